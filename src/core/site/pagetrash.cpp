#include "site/pagetrash.h"

#include "io/clock.h"
#include "io/intentjournal.h"
#include "io/statepaths.h"
#include "site/pageindex.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRandomGenerator>
#include <QRegularExpression>

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <algorithm>

namespace GravDesk {
namespace {

QString shown(const QString &path)
{
    return QDir::toNativeSeparators(path);
}

bool copyFileSynced(const QString &from, const QString &to, mode_t mode)
{
    QFile in(from);
    if (!in.open(QIODevice::ReadOnly))
        return false;
    const int fd = ::open(QFile::encodeName(to).constData(), O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, mode & 0777);
    if (fd < 0)
        return false;
    bool ok = true;
    QByteArray chunk;
    while (ok && !(chunk = in.read(1 << 20)).isEmpty()) {
        qsizetype done = 0;
        while (ok && done < chunk.size()) {
            const ssize_t n = ::write(fd, chunk.constData() + done, size_t(chunk.size() - done));
            if (n < 0 && errno == EINTR)
                continue;
            ok = n > 0;
            done += ok ? n : 0;
        }
    }
    ok = ok && in.error() == QFile::NoError && ::fsync(fd) == 0;
    ::close(fd);
    return ok;
}

} // namespace

bool copyPageFolder(const QString &from, const QString &to, QString &error)
{
    if (!QDir().mkdir(to)) {
        error = QCoreApplication::translate("GravDesk::PageOperations", "The folder %1 cannot be created.").arg(shown(to));
        return false;
    }
    const QFileInfoList entries
        = QDir(from).entryInfoList(QDir::AllEntries | QDir::Hidden | QDir::System | QDir::NoDotAndDotDot, QDir::Name);
    for (const QFileInfo &e : entries) {
        const QString target = to + QLatin1Char('/') + e.fileName();
        struct stat st;
        if (::lstat(QFile::encodeName(e.absoluteFilePath()).constData(), &st) != 0)
            continue;
        if (S_ISLNK(st.st_mode)) {
            if (!QFile::link(e.symLinkTarget(), target)) {
                error = QCoreApplication::translate("GravDesk::PageOperations", "The link %1 cannot be copied.")
                            .arg(shown(e.absoluteFilePath()));
                return false;
            }
        } else if (S_ISDIR(st.st_mode)) {
            if (!copyPageFolder(e.absoluteFilePath(), target, error))
                return false;
        } else if (S_ISREG(st.st_mode)) {
            if (!copyFileSynced(e.absoluteFilePath(), target, st.st_mode)) {
                error = QCoreApplication::translate("GravDesk::PageOperations", "%1 cannot be copied.")
                            .arg(shown(e.absoluteFilePath()));
                return false;
            }
        }
    }
    syncFolder(to);
    return true;
}

PageTrash::PageTrash(const SiteLayout &layout)
    : m_siteFolder(layout.userDir.isEmpty() ? layout.root : layout.userDir)
    , m_pagesDir(QDir::cleanPath(layout.pagesDir))
{ }

QString PageTrash::folder() const
{
    return StatePaths::ensureSiteSubfolder(m_siteFolder, QStringLiteral("trash"));
}

std::optional<TrashEntry> PageTrash::entry(const QString &id) const
{
    static const QRegularExpression valid(QStringLiteral("^[0-9]{8}-[0-9]{6}-[0-9a-z]+$"));
    const QString base = folder();
    if (base.isEmpty() || !valid.match(id).hasMatch())
        return std::nullopt;
    QFile record(base + QLatin1Char('/') + id + QStringLiteral("/record.json"));
    if (!record.open(QIODevice::ReadOnly))
        return std::nullopt;
    const QJsonObject o = QJsonDocument::fromJson(record.readAll()).object();
    TrashEntry e;
    e.id = id;
    e.relPath = o.value(QStringLiteral("path")).toString();
    e.title = o.value(QStringLiteral("title")).toString();
    e.deletedAt = QDateTime::fromString(o.value(QStringLiteral("deleted")).toString(), Qt::ISODate).toUTC();
    e.folder = base + QLatin1Char('/') + id + QStringLiteral("/page");
    if (e.relPath.isEmpty() || !QFileInfo(e.folder).isDir())
        return std::nullopt;
    return e;
}

QList<TrashEntry> PageTrash::entries() const
{
    QList<TrashEntry> out;
    const QString base = folder();
    if (base.isEmpty())
        return out;
    for (const QString &id : QDir(base).entryList(QDir::Dirs | QDir::NoDotAndDotDot, QDir::Name | QDir::Reversed)) {
        if (auto e = entry(id))
            out.append(*e);
    }
    return out;
}

bool PageTrash::store(
    const QString &pageFolder, const QString &relPath, const QString &title, TrashEntry &entry, QString &error) const
{
    const QString base = folder();
    if (base.isEmpty()) {
        error = QCoreApplication::translate("GravDesk::PageOperations", "The trash folder cannot be created in %1.")
                    .arg(shown(StatePaths::siteFolder(m_siteFolder)));
        return false;
    }
    const QDateTime now = Clock::nowUtc();
    QString id;
    for (int attempt = 0; attempt < 16 && id.isEmpty(); ++attempt) {
        const QString candidate = now.toString(QStringLiteral("yyyyMMdd-HHmmss-"))
            + QString::number(QRandomGenerator::global()->bounded(36 * 36 * 36 * 36), 36).rightJustified(4, QLatin1Char('0'));
        if (QDir().mkdir(base + QLatin1Char('/') + candidate))
            id = candidate;
    }
    if (id.isEmpty()) {
        error = QCoreApplication::translate("GravDesk::PageOperations", "No new entry can be made in the trash folder %1.")
                    .arg(shown(base));
        return false;
    }
    const QString dir = base + QLatin1Char('/') + id;
    if (!copyPageFolder(pageFolder, dir + QStringLiteral("/page"), error)) {
        removeEntry(dir);
        return false;
    }
    QJsonObject o;
    o.insert(QStringLiteral("path"), relPath);
    o.insert(QStringLiteral("title"), title);
    o.insert(QStringLiteral("deleted"), now.toString(Qt::ISODate));
    o.insert(QStringLiteral("pages"), m_pagesDir);
    QFile record(dir + QStringLiteral("/record.json"));
    if (!record.open(QIODevice::WriteOnly) || record.write(QJsonDocument(o).toJson()) < 0 || !record.flush()
        || ::fsync(record.handle()) != 0) {
        error = QCoreApplication::translate("GravDesk::PageOperations", "The trash record %1 cannot be written.")
                    .arg(shown(record.fileName()));
        record.close();
        removeEntry(dir);
        return false;
    }
    record.close();
    syncFolder(dir);
    syncFolder(base);
    entry.id = id;
    entry.relPath = relPath;
    entry.title = title;
    entry.deletedAt = now;
    entry.folder = dir + QStringLiteral("/page");
    return true;
}

bool PageTrash::drop(const QString &id) const
{
    const auto e = entry(id);
    if (!e)
        return false;
    return removeEntry(QFileInfo(e->folder).absolutePath());
}

PageOperationPlan PageTrash::restore(const PageOperations &operations, const QString &id, bool freeName) const
{
    PageOperationPlan plan;
    plan.kind = PageOperationPlan::Kind::Restore;
    const PageIndex &index = operations.index();
    plan.pagesDir = QDir::cleanPath(index.layout.pagesDir);
    const auto e = entry(id);
    if (!e) {
        plan.error = QCoreApplication::translate("GravDesk::PageOperations", "There is no page %1 in the trash.").arg(id);
        return plan;
    }
    const QString parentRel = e->relPath.contains(QLatin1Char('/')) ? e->relPath.section(QLatin1Char('/'), 0, -2) : QString();
    const int parent = parentRel.isEmpty() ? 0 : index.findByRelPath(parentRel);
    if (parent < 0) {
        plan.error = QCoreApplication::translate(
            "GravDesk::PageOperations", "The page %1 cannot be restored: the section %2 it was in no longer exists.")
                         .arg(e->relPath, parentRel);
        return plan;
    }
    QString name = e->relPath.section(QLatin1Char('/'), -1);
    static const QRegularExpression prefix(QStringLiteral("^(\\d+\\.)?(.*)$"));
    const auto m = prefix.match(name);
    const QString order = m.captured(1), slug = m.captured(2);
    const QString place = index.absolutePath(parent) + QLatin1Char('/') + name;
    const QString free = operations.freeSlug(parent, slug);
    const bool taken = QFileInfo::exists(place) || free != slug;
    if (taken && !freeName) {
        plan.error = QCoreApplication::translate(
            "GravDesk::PageOperations", "The page %1 cannot be restored: %2 is taken now. Restore it under a free name instead.")
                         .arg(e->relPath, QFileInfo::exists(place) ? name : slug);
        return plan;
    }
    if (taken) {
        name = order + free;
        if (QFileInfo::exists(index.absolutePath(parent) + QLatin1Char('/') + name)) {
            plan.error = QCoreApplication::translate(
                "GravDesk::PageOperations", "The page %1 cannot be restored: no free name was found.")
                             .arg(e->relPath);
            return plan;
        }
        plan.warnings.append(
            QCoreApplication::translate("GravDesk::PageOperations", "The page comes back as %1, since %2 is taken.")
                .arg(name, e->relPath.section(QLatin1Char('/'), -1)));
    }
    plan.copyFrom = e->folder;
    plan.copyTo = index.absolutePath(parent) + QLatin1Char('/') + name;
    plan.resultFolder = plan.copyTo;
    plan.trashId = e->id;
    plan.label = QCoreApplication::translate("GravDesk::PageOperations", "Restore %1").arg(e->relPath);
    plan.ok = true;
    return plan;
}

} // namespace GravDesk
