#include "pagedocument.h"

#include "page/frontmatterdocument.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QSet>
#include <QUuid>

#include <sys/types.h>

#include <cerrno>
#include <csignal>

namespace GravDesk {

PageDocument::PageDocument(const QString &path, const QByteArray &bytes, const QString &language, QObject *parent)
    : QObject(parent)
    , m_path(path)
    , m_language(language)
    , m_env(splitEnvelope(bytes))
    , m_changes(QFileInfo(path).absolutePath())
{
    if (m_env.hasHeader)
        m_header = parseHeader(m_env.headerText);
    if (!m_env.validUtf8)
        m_readOnlyReason = tr("This file is not valid UTF-8. GravDesk shows it read-only so that no byte is lost; convert it to "
                              "UTF-8 first.");
    else if (m_env.raw.contains('\0'))
        m_readOnlyReason = tr("This file contains NUL bytes and is shown read-only.");
    m_savedBody = QString::fromUtf8(m_env.body);
    m_body = m_savedBody;
    m_savedHeaderBytes = GravDesk::headerBytes(m_env);
    m_headerBytes = m_savedHeaderBytes;
    resetFrontMatter();
}

void PageDocument::resetFrontMatter()
{
    m_fm = FrontMatterDocument(m_headerBytes);
    m_fm.setDateContext(m_dateFormat, m_zone);
}

void PageDocument::setDateContext(const QString &defaultFormat, const QTimeZone &zone)
{
    m_dateFormat = defaultFormat;
    m_zone = zone;
    m_fm.setDateContext(defaultFormat, zone);
}

FrontMatterEditResult PageDocument::planHeaderEdit(
    const std::function<FrontMatterEditResult(FrontMatterDocument &)> &edit, QByteArray *after) const
{
    FrontMatterDocument candidate = m_fm;
    const FrontMatterEditResult result = edit(candidate);
    *after = result.ok ? candidate.text() : m_headerBytes;
    return result;
}

PageDocument *PageDocument::createNew(const QString &path, const QByteArray &bytes, const QString &language, QObject *parent)
{
    auto *doc = new PageDocument(path, bytes, language, parent);
    doc->m_new = true;
    doc->m_modified = true;
    return doc;
}

PageDocument::~PageDocument()
{
    if (!m_stagingFolder.isEmpty() && !m_keepStaging)
        QDir(m_stagingFolder).removeRecursively();
}

QString PageDocument::stagingFolder(const QString &stateFolder)
{
    if (m_stagingFolder.isEmpty() && !stateFolder.isEmpty()) {
        // The process id first: a folder of a process that is gone (a crash) is found and removed later.
        const QString name
            = QStringLiteral("%1-%2").arg(QCoreApplication::applicationPid()).arg(QUuid::createUuid().toString(QUuid::Id128));
        const QString dir = QDir(stateFolder).filePath(name);
        if (QDir().mkpath(dir))
            m_stagingFolder = dir;
    }
    return m_stagingFolder;
}

void PageDocument::adoptStagingFolder(const QString &folder)
{
    if (m_stagingFolder.isEmpty() && !folder.isEmpty() && QFileInfo(folder).isDir())
        m_stagingFolder = QDir::cleanPath(folder);
}

int PageDocument::removeOrphanStagingFolders(const QString &stateFolder, const QStringList &keep)
{
    if (stateFolder.isEmpty())
        return 0;
    QSet<QString> kept;
    for (const QString &k : keep)
        if (!k.isEmpty())
            kept.insert(QDir::cleanPath(k));
    int removed = 0;
    const QDir root(stateFolder);
    for (const QFileInfo &fi : root.entryInfoList(QDir::Dirs | QDir::NoDotAndDotDot | QDir::Hidden)) {
        const QString path = QDir::cleanPath(fi.absoluteFilePath());
        if (kept.contains(path) || fi.isSymLink())
            continue;
        bool isPid = false;
        const qint64 pid = fi.fileName().section(QLatin1Char('-'), 0, 0).toLongLong(&isPid);
        // A process that still runs (this one included) may be preparing photos in it.
        if (isPid && pid > 0 && (::kill(static_cast<pid_t>(pid), 0) == 0 || errno == EPERM))
            continue;
        if (QDir(path).removeRecursively())
            ++removed;
    }
    return removed;
}

void PageDocument::recordFolderChange(int step, bool inverse, const QList<FolderOp> &ops)
{
    m_changes.record(step, inverse, ops);
    Q_EMIT folderChanged();
    updateModified();
}

void PageDocument::updateModified()
{
    if (m_pull) {
        // The newest text is still in its view: modified until it is pulled and compared.
        if (!m_modified) {
            m_modified = true;
            Q_EMIT modifiedChanged(true);
        }
        return;
    }
    const bool modified = m_new || m_body != m_savedBody || m_headerBytes != m_savedHeaderBytes || !m_changes.isEmpty();
    if (modified != m_modified) {
        m_modified = modified;
        Q_EMIT modifiedChanged(m_modified);
    }
}

void PageDocument::setHeaderBytes(const QByteArray &bytes)
{
    if (bytes == m_headerBytes)
        return;
    m_headerBytes = bytes;
    resetFrontMatter();
    m_header = m_fm.parsed();
    Q_EMIT headerChanged();
    updateModified();
}

QString PageDocument::body() const
{
    if (m_pull) {
        // Taken from the view once; listeners hear of it as of any change of the body.
        QString pulled = m_pull();
        m_pull = nullptr;
        auto *self = const_cast<PageDocument *>(this);
        if (pulled != m_body) {
            m_body = std::move(pulled);
            Q_EMIT self->bodyChanged();
        }
        self->updateModified();
    }
    return m_body;
}

void PageDocument::setBody(const QString &body)
{
    const bool wasPending = bool(m_pull);
    m_pull = nullptr;
    if (body == m_body) {
        if (wasPending)
            updateModified();
        return;
    }
    m_body = body;
    Q_EMIT bodyChanged();
    updateModified();
}

void PageDocument::setBodyPending(std::function<QString()> pull)
{
    const bool first = !m_pull;
    m_pull = std::move(pull);
    if (first)
        updateModified();
}

QByteArray PageDocument::composedBytes() const
{
    // Untouched text is written back as it was read: recomposing would turn mixed line endings into
    // the file's majority style, changing bytes the user never edited.
    const bool headerSame = m_headerBytes == m_savedHeaderBytes;
    body(); // a pending body is taken from its view
    if (m_body == m_savedBody)
        return headerSame ? m_env.raw : composeWithHeader(m_env, m_headerBytes);
    if (headerSame)
        return composeWithBody(m_env, m_body);
    QByteArray lf = m_body.toUtf8();
    lf.replace("\r\n", "\n");
    lf.replace('\r', '\n');
    return composePage(m_env, m_headerBytes, applyLineEnding(lf, m_env.lineEnding));
}

void PageDocument::markSaved(const QByteArray &bytes, const QString &body, int savedSteps)
{
    m_new = false;
    // Steps recorded while the save ran stay pending; one taken back meanwhile was written anyway.
    if (savedSteps < 0 || savedSteps > m_changes.stepCount())
        m_changes.clear();
    else
        m_changes.dropFirst(savedSteps);
    Q_EMIT folderChanged();
    m_env = splitEnvelope(bytes);
    if (m_env.hasHeader)
        m_header = parseHeader(m_env.headerText);
    m_savedBody = body;
    // The header on disk is now the saved one; header edits made while saving stay pending.
    m_savedHeaderBytes = GravDesk::headerBytes(m_env);
    // A header typed without a final line break was saved with one: that is the text the user saved.
    if (!m_headerBytes.isEmpty() && !m_headerBytes.endsWith('\n') && !m_headerBytes.endsWith('\r')
        && m_savedHeaderBytes.startsWith(m_headerBytes) && m_savedHeaderBytes.size() - m_headerBytes.size() <= 2
        && m_savedHeaderBytes.mid(m_headerBytes.size()).trimmed().isEmpty())
        m_headerBytes = m_savedHeaderBytes;
    resetFrontMatter();
    if (m_headerBytes != m_savedHeaderBytes)
        m_header = m_fm.parsed();
    updateModified();
}

void PageDocument::rebaseOnDisk(const QByteArray &bytes)
{
    m_env = splitEnvelope(bytes);
    m_savedBody = QString::fromUtf8(m_env.body);
    m_savedHeaderBytes = GravDesk::headerBytes(m_env);
    updateModified();
}

} // namespace GravDesk
