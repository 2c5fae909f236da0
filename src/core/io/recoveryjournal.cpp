#include "recoveryjournal.h"

#include "io/atomicwriter.h"
#include "io/statepaths.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMutexLocker>

#ifdef Q_OS_LINUX
#include <sys/resource.h>
#include <unistd.h>
#endif

#include <algorithm>
#include <utility>

namespace GravDesk {
namespace {

const int kFormat = 1;

QString base64(const QByteArray &bytes)
{
    return QString::fromLatin1(bytes.toBase64());
}

QJsonObject folderOpJson(const FolderOp &op)
{
    QJsonObject o;
    o.insert(QStringLiteral("kind"), static_cast<int>(op.kind));
    o.insert(QStringLiteral("path"), op.path);
    if (!op.to.isEmpty())
        o.insert(QStringLiteral("to"), op.to);
    if (!op.source.isEmpty())
        o.insert(QStringLiteral("source"), op.source);
    if (op.kind == FolderOp::Kind::WriteText) {
        // Page files in Base64: their bytes are kept exactly.
        o.insert(QStringLiteral("before"), base64(op.before));
        o.insert(QStringLiteral("after"), base64(op.after));
        o.insert(QStringLiteral("headerBefore"), base64(op.headerBefore));
        o.insert(QStringLiteral("headerAfter"), base64(op.headerAfter));
    }
    if (op.keepIfUsed)
        o.insert(QStringLiteral("keepIfUsed"), true);
    return o;
}

std::optional<FolderOp> folderOpFromJson(const QJsonObject &o)
{
    FolderOp op;
    const int kind = o.value(QStringLiteral("kind")).toInt(-1);
    if (kind < static_cast<int>(FolderOp::Kind::WriteText) || kind > static_cast<int>(FolderOp::Kind::Remove))
        return std::nullopt;
    op.kind = static_cast<FolderOp::Kind>(kind);
    op.path = o.value(QStringLiteral("path")).toString();
    op.to = o.value(QStringLiteral("to")).toString();
    op.source = o.value(QStringLiteral("source")).toString();
    op.keepIfUsed = o.value(QStringLiteral("keepIfUsed")).toBool();
    if (op.path.isEmpty() || (op.kind == FolderOp::Kind::Rename && op.to.isEmpty())
        || (op.kind == FolderOp::Kind::AddFile && op.source.isEmpty()))
        return std::nullopt;
    if (op.kind == FolderOp::Kind::WriteText) {
        for (const auto &[key, field] : {std::pair {"before", &op.before}, std::pair {"after", &op.after},
                 std::pair {"headerBefore", &op.headerBefore}, std::pair {"headerAfter", &op.headerAfter}}) {
            const auto decoded = QByteArray::fromBase64Encoding(
                o.value(QLatin1String(key)).toString().toLatin1(), QByteArray::AbortOnBase64DecodingErrors);
            if (!decoded)
                return std::nullopt;
            *field = *decoded;
        }
    }
    return op;
}
const QString kSuffix = QStringLiteral(".json");

} // namespace

RecoveryJournal::RecoveryJournal(const QString &siteRoot)
    : RecoveryJournal(StatePaths::ensureSiteSubfolder(siteRoot, QStringLiteral("recovery")), true)
{ }

RecoveryJournal::RecoveryJournal(const QString &folder, bool)
    : m_folder(folder)
{
    m_pool.setMaxThreadCount(1);
    // The worker is idle most of the time; let its thread go and come back rather than hold it.
    m_pool.setExpiryTimeout(5000);
    if (!m_folder.isEmpty() && !QDir().mkpath(m_folder))
        m_folder.clear();
    removeStaleTemps();
}

std::unique_ptr<RecoveryJournal> RecoveryJournal::inFolder(const QString &folder)
{
    return std::unique_ptr<RecoveryJournal>(new RecoveryJournal(folder, true));
}

RecoveryJournal::~RecoveryJournal()
{
    flush();
}

void RecoveryJournal::removeStaleTemps()
{
    if (m_folder.isEmpty())
        return;
    // A crash between the temporary file and the rename leaves one of AtomicWriter's hidden files.
    const QStringList temps = QDir(m_folder).entryList({QStringLiteral(".*.tmp")}, QDir::Files | QDir::Hidden);
    for (const QString &name : temps)
        QFile::remove(m_folder + QLatin1Char('/') + name);
}

QString RecoveryJournal::entryId(const QString &slot, const QString &pagePath)
{
    const QByteArray key = slot.toUtf8() + '\n' + QDir::cleanPath(pagePath).toUtf8();
    return QString::fromLatin1(QCryptographicHash::hash(key, QCryptographicHash::Sha1).toHex().left(20)) + kSuffix;
}

QByteArray RecoveryJournal::hashOf(const QByteArray &bytes)
{
    return QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex();
}

void RecoveryJournal::record(const RecoveryEntry &entry, const QByteArray &loadedBytes)
{
    Pending p;
    p.entry = entry;
    p.loadedBytes = loadedBytes;
    schedule(entryId(entry.slot, entry.pagePath), std::move(p));
}

void RecoveryJournal::remove(const QString &slot, const QString &pagePath)
{
    schedule(entryId(slot, pagePath), Pending());
}

void RecoveryJournal::removeId(const QString &id)
{
    // Only names this journal made: an id never leaves the folder.
    if (id.contains(QLatin1Char('/')) || !id.endsWith(kSuffix))
        return;
    schedule(id, Pending());
}

void RecoveryJournal::clear()
{
    flush();
    if (m_folder.isEmpty())
        return;
    const QStringList names = QDir(m_folder).entryList({QLatin1Char('*') + kSuffix}, QDir::Files);
    for (const QString &name : names)
        QFile::remove(m_folder + QLatin1Char('/') + name);
}

void RecoveryJournal::schedule(const QString &id, Pending pending)
{
    if (m_folder.isEmpty())
        return;
    bool queued = false;
    {
        QMutexLocker lock(&m_mutex);
        auto it = m_pending.find(id);
        if (it != m_pending.end()) {
            // A write of this entry is already queued: it will take the newest snapshot.
            *it = std::move(pending);
            queued = true;
        } else {
            m_pending.insert(id, std::move(pending));
        }
    }
    if (!queued)
        m_pool.start([this, id] { writePending(id); });
}

void RecoveryJournal::writePending(const QString &id)
{
#ifdef Q_OS_LINUX
    // A lower weight for the journal's thread (nice 10; Linux nices threads): on a busy machine the time it
    // spends serialising an entry goes to the GUI thread first. Not SCHED_IDLE: a thread that may hold the
    // pool's lock while starved would stall the GUI thread that hands it the next snapshot.
    static thread_local const bool niced = ::setpriority(PRIO_PROCESS, static_cast<id_t>(::gettid()), 10) == 0;
    Q_UNUSED(niced);
#endif
    Pending p;
    {
        QMutexLocker lock(&m_mutex);
        auto it = m_pending.find(id);
        if (it == m_pending.end())
            return;
        p = std::move(*it);
        m_pending.erase(it);
    }
    const QString path = m_folder + QLatin1Char('/') + id;
    QString error;
    if (!p.entry) {
        if (QFileInfo::exists(path) && !QFile::remove(path))
            error = QCoreApplication::translate("GravDesk::RecoveryJournal", "cannot remove the recovery entry %1")
                        .arg(QDir::toNativeSeparators(path));
    } else {
        RecoveryEntry &e = *p.entry;
        if (e.loadedHash.isEmpty() && !p.loadedBytes.isEmpty())
            e.loadedHash = hashOf(p.loadedBytes);
        const WriteResult w = AtomicWriter::write(path, serialize(e));
        if (!w.ok)
            error = w.error;
    }
    if (!error.isEmpty()) {
        QMutexLocker lock(&m_mutex);
        m_lastError = error;
    }
}

bool RecoveryJournal::flush(QString *error)
{
    m_pool.waitForDone();
    QMutexLocker lock(&m_mutex);
    const QString last = std::exchange(m_lastError, QString());
    if (error)
        *error = last;
    return last.isEmpty();
}

QByteArray RecoveryJournal::serialize(const RecoveryEntry &entry)
{
    QJsonObject o;
    o.insert(QStringLiteral("format"), kFormat);
    o.insert(QStringLiteral("slot"), entry.slot);
    o.insert(QStringLiteral("page"), entry.pagePath);
    o.insert(QStringLiteral("language"), entry.language);
    o.insert(QStringLiteral("title"), entry.title);
    // Base64: the header bytes are kept exactly, whatever they hold.
    o.insert(QStringLiteral("header"), QString::fromLatin1(entry.headerBytes.toBase64()));
    o.insert(QStringLiteral("body"), entry.body);
    o.insert(QStringLiteral("loadedSha256"), QString::fromLatin1(entry.loadedHash));
    o.insert(QStringLiteral("time"), entry.time.toUTC().toString(Qt::ISODateWithMs));
    if (!entry.folderOps.isEmpty()) {
        QJsonArray ops;
        for (const FolderOp &op : entry.folderOps)
            ops.append(folderOpJson(op));
        o.insert(QStringLiteral("folderOps"), ops);
        o.insert(QStringLiteral("staging"), entry.stagingFolder);
    }
    return QJsonDocument(o).toJson(QJsonDocument::Compact);
}

std::optional<RecoveryEntry> RecoveryJournal::parseEntry(const QByteArray &bytes, QString *error)
{
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(bytes, &parseError);
    const auto fail = [error](const QString &why) -> std::optional<RecoveryEntry> {
        if (error)
            *error = why;
        return std::nullopt;
    };
    if (parseError.error != QJsonParseError::NoError)
        return fail(QCoreApplication::translate("GravDesk::RecoveryJournal", "%1 at byte %2")
                        .arg(parseError.errorString(), QString::number(parseError.offset)));
    if (!doc.isObject())
        return fail(QCoreApplication::translate("GravDesk::RecoveryJournal", "not an entry object"));
    const QJsonObject o = doc.object();
    if (o.value(QStringLiteral("format")).toInt() != kFormat)
        return fail(QCoreApplication::translate("GravDesk::RecoveryJournal", "unknown format"));
    const QJsonValue page = o.value(QStringLiteral("page"));
    const QJsonValue body = o.value(QStringLiteral("body"));
    const QJsonValue header = o.value(QStringLiteral("header"));
    if (!page.isString() || page.toString().isEmpty() || !body.isString() || !header.isString())
        return fail(QCoreApplication::translate("GravDesk::RecoveryJournal", "no page, header or body"));
    const auto decoded = QByteArray::fromBase64Encoding(header.toString().toLatin1(), QByteArray::AbortOnBase64DecodingErrors);
    if (!decoded)
        return fail(QCoreApplication::translate("GravDesk::RecoveryJournal", "the header is not Base64"));
    RecoveryEntry e;
    e.slot = o.value(QStringLiteral("slot")).toString();
    e.pagePath = page.toString();
    e.language = o.value(QStringLiteral("language")).toString();
    e.title = o.value(QStringLiteral("title")).toString();
    e.headerBytes = *decoded;
    e.body = body.toString();
    e.loadedHash = o.value(QStringLiteral("loadedSha256")).toString().toLatin1();
    e.time = QDateTime::fromString(o.value(QStringLiteral("time")).toString(), Qt::ISODateWithMs);
    for (const QJsonValue &v : o.value(QStringLiteral("folderOps")).toArray()) {
        const std::optional<FolderOp> op = folderOpFromJson(v.toObject());
        if (!op)
            return fail(QCoreApplication::translate("GravDesk::RecoveryJournal", "a change of the page's folder is damaged"));
        e.folderOps.append(*op);
    }
    e.stagingFolder = o.value(QStringLiteral("staging")).toString();
    return e;
}

RecoveryListing RecoveryJournal::list()
{
    flush();
    RecoveryListing listing;
    if (m_folder.isEmpty())
        return listing;
    const QStringList names = QDir(m_folder).entryList({QLatin1Char('*') + kSuffix}, QDir::Files, QDir::Name);
    for (const QString &name : names) {
        const QString path = m_folder + QLatin1Char('/') + name;
        QFile file(path);
        QString why;
        std::optional<RecoveryEntry> e;
        if (!file.open(QIODevice::ReadOnly))
            why = file.errorString();
        else
            e = parseEntry(file.readAll(), &why);
        if (!e) {
            listing.problems << QCoreApplication::translate(
                "GravDesk::RecoveryJournal", "The recovery entry %1 cannot be used: %2.")
                                    .arg(QDir::toNativeSeparators(path), why);
            continue;
        }
        e->id = name;
        listing.entries << *e;
    }
    std::stable_sort(listing.entries.begin(), listing.entries.end(),
        [](const RecoveryEntry &a, const RecoveryEntry &b) { return a.time > b.time; });
    return listing;
}

} // namespace GravDesk
