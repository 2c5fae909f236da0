#include "wordlist.h"

#include "io/siteworkspace.h"
#include "site/sitelayout.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>

#include <optional>

namespace GravDesk {
namespace {

QStringList parseWords(const QByteArray &bytes)
{
    QStringList words;
    const QString text = QString::fromUtf8(bytes);
    for (QStringView line : QStringView(text).split(QLatin1Char('\n'))) {
        if (line.startsWith(QChar(0xFEFF)))
            line = line.mid(1); // a byte order mark some editors write
        line = line.trimmed();
        if (!line.isEmpty() && !line.startsWith(QLatin1Char('#')))
            words << line.toString();
    }
    return words;
}

} // namespace

QString WordList::pathFor(const SiteLayout &layout)
{
    if (layout.pagesDir.isEmpty())
        return QString();
    return layout.pagesDir + QStringLiteral("/.gravdesk/dictionary.txt");
}

WordList::WordList(QString path)
    : m_path(std::move(path))
{ }

bool WordList::reload(QString *error)
{
    m_words.clear();
    if (m_path.isEmpty() || !QFileInfo::exists(m_path))
        return true;
    QFile file(m_path);
    if (!file.open(QIODevice::ReadOnly)) {
        if (error)
            *error = file.errorString();
        return false;
    }
    m_words = parseWords(file.readAll());
    return true;
}

bool WordList::contains(const QString &word) const
{
    for (const QString &line : m_words)
        if (line == word || (line.startsWith(word) && line.size() > word.size() && line.at(word.size()) == QLatin1Char('/')))
            return true;
    return false;
}

WriteResult WordList::add(const QString &word, SiteWorkspace *workspace)
{
    const QString clean = word.trimmed();
    if (m_path.isEmpty())
        return {false, QCoreApplication::translate("GravDesk::SpellChecker", "No site is open, so there is no word list.")};
    if (clean.isEmpty() || clean.contains(QLatin1Char('\n')) || clean.startsWith(QLatin1Char('#')))
        return {false, QCoreApplication::translate("GravDesk::SpellChecker", "“%1” is not a word.").arg(word)};
    QByteArray bytes;
    QFile file(m_path);
    if (file.exists()) {
        if (!file.open(QIODevice::ReadOnly))
            return {false, file.errorString()};
        bytes = file.readAll();
        file.close();
    } else {
        bytes = "# GravDesk: the newsroom's own words, one per line (UTF-8). Shared with the site's pages.\n";
    }
    m_words = parseWords(bytes);
    if (contains(clean))
        return {true, QString()};
    if (!bytes.isEmpty() && !bytes.endsWith('\n'))
        bytes += '\n';
    bytes += clean.toUtf8() + '\n';
    std::optional<SiteWorkspace> local;
    if (!workspace)
        workspace = &local.emplace(SiteWorkspace::layoutAround(m_path));
    const QString folder = QFileInfo(m_path).absolutePath();
    if (!QFileInfo(folder).isDir()) {
        const IoResult made = workspace->makeFolder(folder);
        if (!made.ok && !QFileInfo(folder).isDir())
            return {false,
                QCoreApplication::translate("GravDesk::SpellChecker", "The folder %1 cannot be created.")
                    .arg(QDir::toNativeSeparators(folder))};
    }
    const IoResult result = workspace->write(m_path, bytes);
    if (result.ok)
        m_words << clean;
    return {result.ok, result.error};
}

} // namespace GravDesk
