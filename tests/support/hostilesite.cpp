#include "hostilesite.h"

#include "fileutil.h"

#include <QCryptographicHash>
#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>

#include <sys/stat.h>

namespace GravDesk {
namespace {

QByteArray tablePage()
{
    QByteArray b = "---\ntitle: Table\n---\n\n";
    for (int c = 0; c < 20; ++c)
        b += "| h" + QByteArray::number(c) + " ";
    b += "|\n";
    for (int c = 0; c < 20; ++c)
        b += "|---";
    b += "|\n";
    for (int r = 0; r < 2000; ++r) {
        for (int c = 0; c < 20; ++c)
            b += "| r" + QByteArray::number(r) + "c" + QByteArray::number(c) + " ";
        b += "|\n";
    }
    return b;
}

} // namespace

HostileSite::HostileSite()
    : m_site(std::make_unique<TempSite>())
{
    const auto require = [this](bool ok, const char *what) {
        if (!ok && m_error.isEmpty())
            m_error = QString::fromUtf8(what);
    };
    require(m_outside.isValid() && m_site->isValid(), "temporary folders");
    m_site->populateSample();
    const QString out = m_outside.path();
    require(writeFile(out + QStringLiteral("/page.md"), TempSite::page("title: Outside\n")), "outside page");
    require(QDir().mkpath(out + QStringLiteral("/folder")), "outside folder");
    require(writeFile(out + QStringLiteral("/folder/item.md"), TempSite::page("title: Outside folder\n")), "outside folder page");

    require(m_site->makePageFolder(QStringLiteral("04.fifo")), "04.fifo");
    require(::mkfifo(QFile::encodeName(page(QStringLiteral("04.fifo/item.md"))).constData(), 0644) == 0, "mkfifo");
    require(m_site->makePageFolder(QStringLiteral("05.zero")), "05.zero");
    require(QFile::link(QStringLiteral("/dev/zero"), page(QStringLiteral("05.zero/item.md"))), "link to /dev/zero");
    m_site->writePage(QStringLiteral("06.loop/item.md"), TempSite::page("title: Loop\n"));
    require(QFile::link(QStringLiteral(".."), page(QStringLiteral("06.loop/up"))), "link to an ancestor");
    m_site->writePage(QStringLiteral("07.a/item.md"), TempSite::page("title: A\n"));
    m_site->writePage(QStringLiteral("07.b/item.md"), TempSite::page("title: B\n"));
    require(QFile::link(QStringLiteral("../07.b"), page(QStringLiteral("07.a/to-b"))), "07.a/to-b");
    require(QFile::link(QStringLiteral("../07.a"), page(QStringLiteral("07.b/to-a"))), "07.b/to-a");
    m_site->writePage(QStringLiteral("08.root/item.md"), TempSite::page("title: Root\n"));
    require(QFile::link(QStringLiteral("/"), page(QStringLiteral("08.root/slash"))), "link to /");
    require(m_site->makePageFolder(QStringLiteral("09.linked")), "09.linked");
    require(QFile::link(out + QStringLiteral("/page.md"), page(QStringLiteral("09.linked/item.md"))), "page link out");
    require(QFile::link(out + QStringLiteral("/folder"), page(QStringLiteral("10.outfolder"))), "folder link out");
    const QString readOnly = m_site->writePage(QStringLiteral("11.readonly/item.md"), TempSite::page("title: Read-only\n"));
    require(QFile::setPermissions(readOnly, QFileDevice::ReadOwner | QFileDevice::ReadGroup | QFileDevice::ReadOther), "444");
    m_site->writePage(
        QStringLiteral("12.longline/item.md"), TempSite::page("title: Long line\n", QByteArray(1 << 20, 'x') + '\n'));
    const QString huge = m_site->writePage(QStringLiteral("13.huge/item.md"), TempSite::page("title: Huge\n"));
    {
        QFile f(huge); // 50 MB without writing them: the size alone must refuse it
        require(f.open(QIODevice::ReadWrite) && f.resize(qint64(50) * 1024 * 1024), "50 MB");
    }
    m_site->writePage(QStringLiteral("14.table/item.md"), tablePage());
    m_site->writePage(QStringLiteral("15.plain/item.md"), TempSite::page("title: Plain\n"));
    require(m_site->makePageFolder(QStringLiteral("16.dangling")), "16.dangling");
    require(QFile::link(out + QStringLiteral("/missing.md"), page(QStringLiteral("16.dangling/item.md"))), "dangling link");
}

HostileSite::~HostileSite()
{
    // Let the temporary folder remove the read-only page.
    QFile::setPermissions(page(QStringLiteral("11.readonly/item.md")), QFileDevice::ReadOwner | QFileDevice::WriteOwner);
}

QByteArray HostileSite::treeHash(const QString &root)
{
    QCryptographicHash hash(QCryptographicHash::Sha256);
    QStringList paths;
    QDirIterator it(root, QDir::AllEntries | QDir::Hidden | QDir::System | QDir::NoDotAndDotDot, QDirIterator::Subdirectories);
    while (it.hasNext())
        paths << it.next();
    paths.sort();
    for (const QString &path : std::as_const(paths)) {
        struct stat st;
        if (::lstat(QFile::encodeName(path).constData(), &st) != 0)
            continue;
        hash.addData(QFile::encodeName(path));
        hash.addData(QByteArray::number(static_cast<qint64>(st.st_mode)));
        if (S_ISLNK(st.st_mode))
            hash.addData(QFile::encodeName(QFileInfo(path).symLinkTarget()));
        else if (S_ISREG(st.st_mode))
            hash.addData(readFile(path));
    }
    return hash.result().toHex();
}

} // namespace GravDesk
