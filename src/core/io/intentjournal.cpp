#include "intentjournal.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRandomGenerator>
#include <QSet>
#include <QThreadPool>
#include <QUrl>
#include <QtConcurrent>

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cerrno>
#include <cstdio>
#include <cstring>

namespace GravDesk {
namespace {

const char kMagic[] = "gravdesk-transaction 1";
const QString kSuffix = QStringLiteral(".journal");

QByteArray encode(const QString &s)
{
    // Percent-encoded, so a name with spaces or a newline keeps one token per field.
    return QUrl::toPercentEncoding(s, "/");
}

QString decode(const QByteArray &b)
{
    return QUrl::fromPercentEncoding(b);
}

bool syncPath(const QString &path, bool folder)
{
    const int fd = ::open(QFile::encodeName(path).constData(), folder ? O_RDONLY | O_DIRECTORY : O_RDONLY);
    if (fd < 0)
        return false;
    const int rc = ::fsync(fd);
    ::close(fd);
    return rc == 0;
}

bool appendAndSync(const QString &path, const QByteArray &bytes, QString &error)
{
    const int fd = ::open(QFile::encodeName(path).constData(), O_WRONLY | O_APPEND);
    if (fd < 0) {
        error = QString::fromLocal8Bit(std::strerror(errno));
        return false;
    }
    const ssize_t n = ::write(fd, bytes.constData(), size_t(bytes.size()));
    const bool ok = n == bytes.size() && ::fsync(fd) == 0;
    if (!ok)
        error = QString::fromLocal8Bit(std::strerror(errno));
    ::close(fd);
    return ok;
}

bool exists(const QString &path)
{
    struct stat st;
    return ::lstat(QFile::encodeName(path).constData(), &st) == 0;
}

bool renameEntry(const QString &from, const QString &to)
{
    return ::rename(QFile::encodeName(from).constData(), QFile::encodeName(to).constData()) == 0;
}

QString folderOf(const QString &path)
{
    return QFileInfo(path).absolutePath();
}

void syncFoldersAtOnce(const QSet<QString> &folders)
{
    if (folders.size() >= kSyncFileSystemFrom && syncFileSystem(*folders.cbegin()))
        return;
    if (folders.size() < 4) {
        for (const QString &f : folders)
            syncPath(f, true);
        return;
    }
    // Many folders (a page operation touching 50 pages): synced by several threads, so that their fsyncs
    // share the file system's journal commits.
    QThreadPool pool;
    pool.setMaxThreadCount(8);
    QtConcurrent::blockingMap(
        &pool, QList<QString>(folders.cbegin(), folders.cend()), [](const QString &f) { syncPath(f, true); });
}

} // namespace

bool removeEntry(const QString &path)
{
    struct stat st;
    if (::lstat(QFile::encodeName(path).constData(), &st) != 0)
        return true;
    if (S_ISDIR(st.st_mode))
        return QDir(path).removeRecursively(); // does not follow links inside
    return QFile::remove(path);
}

void syncFolders(const QSet<QString> &folders)
{
    syncFoldersAtOnce(folders);
}

bool syncFileSystem(const QString &anyPath)
{
#ifdef Q_OS_LINUX
    const int fd = ::open(QFile::encodeName(anyPath).constData(), O_RDONLY | O_CLOEXEC);
    if (fd < 0)
        return false;
    const int rc = ::syncfs(fd);
    ::close(fd);
    return rc == 0;
#else
    Q_UNUSED(anyPath);
    return false;
#endif
}

bool syncFile(const QString &path)
{
    return syncPath(path, false);
}

bool syncFolder(const QString &path)
{
    return syncPath(path, true);
}

bool IntentJournal::create(const QString &folder, const IntentPlan &plan, QString &path, QString &error)
{
    QByteArray text = kMagic;
    text += "\nlabel " + encode(plan.label) + '\n';
    for (const QString &s : plan.staged)
        text += "staged " + encode(s) + '\n';
    for (const auto &p : plan.park)
        text += "park " + encode(p.first) + ' ' + encode(p.second) + '\n';
    for (const auto &p : plan.place)
        text += "place " + encode(p.first) + ' ' + encode(p.second) + '\n';
    for (const QString &s : plan.drop)
        text += "drop " + encode(s) + '\n';
    text += "end\n";

    // Named by time first, so recovery replays interrupted transactions in the order they began.
    const QString stamp = QString::number(QDateTime::currentMSecsSinceEpoch()).rightJustified(15, QLatin1Char('0'));
    for (int attempt = 0; attempt < 16; ++attempt) {
        path = folder + QLatin1Char('/') + stamp + QLatin1Char('-') + QString::number(QRandomGenerator::global()->generate(), 36)
            + kSuffix;
        const int fd = ::open(QFile::encodeName(path).constData(), O_WRONLY | O_CREAT | O_EXCL, 0600);
        if (fd < 0) {
            if (errno == EEXIST)
                continue;
            error = QString::fromLocal8Bit(std::strerror(errno));
            return false;
        }
        const ssize_t n = ::write(fd, text.constData(), size_t(text.size()));
        const bool ok = n == text.size() && ::fsync(fd) == 0;
        if (!ok)
            error = QString::fromLocal8Bit(std::strerror(errno));
        ::close(fd);
        if (!ok) {
            QFile::remove(path);
            return false;
        }
        syncPath(folder, true);
        return true;
    }
    error = QCoreApplication::translate("SiteWorkspace", "no free journal name");
    return false;
}

bool IntentJournal::markCommitted(const QString &path, QString &error)
{
    return appendAndSync(path, "commit\n", error);
}

IntentJournal::Loaded IntentJournal::load(const QString &path)
{
    Loaded out;
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return out;
    const QList<QByteArray> lines = f.readAll().split('\n');
    if (lines.isEmpty() || lines.first() != kMagic)
        return out;
    for (qsizetype i = 1; i < lines.size(); ++i) {
        const QList<QByteArray> f = lines.at(i).split(' ');
        const QByteArray &kind = f.first();
        if (out.complete) {
            if (kind == "commit")
                out.committed = true;
            else if (kind == "parked")
                out.parked = true;
            continue;
        }
        if (kind == "label" && f.size() == 2)
            out.plan.label = decode(f.at(1));
        else if (kind == "staged" && f.size() == 2)
            out.plan.staged.append(decode(f.at(1)));
        else if (kind == "park" && f.size() == 3)
            out.plan.park.append({decode(f.at(1)), decode(f.at(2))});
        else if (kind == "place" && f.size() == 3)
            out.plan.place.append({decode(f.at(1)), decode(f.at(2))});
        else if (kind == "drop" && f.size() == 2)
            out.plan.drop.append(decode(f.at(1)));
        else if (kind == "end")
            out.complete = true;
        else
            return Loaded {};
    }
    return out;
}

QStringList IntentJournal::journals(const QString &folder)
{
    return QDir(folder).entryList({QStringLiteral("*") + kSuffix}, QDir::Files | QDir::Hidden, QDir::Name);
}

QStringList IntentJournal::rollForward(const QString &path, const Loaded &journal, QStringList &changed, const Step &step)
{
    QStringList problems;
    const IntentPlan &plan = journal.plan;
    QSet<QString> folders;
    if (!journal.parked) {
        // Phase 1: nothing was placed yet, so a source still there is the old entry.
        for (const auto &[from, temp] : plan.park) {
            if (step)
                step();
            if (exists(temp))
                continue;
            if (!exists(from))
                continue; // removed meanwhile by someone else: nothing to move
            if (!renameEntry(from, temp))
                problems.append(QCoreApplication::translate("SiteWorkspace", "%1 could not be moved: %2")
                                    .arg(QDir::toNativeSeparators(from), QString::fromLocal8Bit(std::strerror(errno))));
            folders.insert(folderOf(from));
            changed.append(from);
        }
        if (!plan.park.isEmpty()) {
            syncFoldersAtOnce(folders);
            QString error;
            if (!appendAndSync(path, "parked\n", error))
                problems.append(error);
        }
    } else {
        for (const auto &p : plan.park)
            changed.append(p.first);
    }
    // Phase 2: every final name is free now; a temp that is gone was placed.
    for (const auto &[temp, final] : plan.place) {
        if (step)
            step();
        changed.append(final);
        if (!exists(temp))
            continue;
        if (!renameEntry(temp, final))
            problems.append(QCoreApplication::translate("SiteWorkspace", "%1 could not be put in place: %2")
                                .arg(QDir::toNativeSeparators(final), QString::fromLocal8Bit(std::strerror(errno))));
        folders.insert(folderOf(final));
    }
    syncFoldersAtOnce(folders);
    for (const QString &temp : plan.drop) {
        if (step)
            step();
        if (exists(temp))
            removeEntry(temp);
    }
    if (problems.isEmpty()) {
        QFile::remove(path);
        syncPath(folderOf(path), true);
    }
    changed.removeDuplicates();
    return problems;
}

void IntentJournal::rollBack(const QString &path, const IntentPlan &plan)
{
    for (const QString &temp : plan.staged) {
        if (exists(temp))
            removeEntry(temp);
    }
    if (!path.isEmpty()) {
        QFile::remove(path);
        syncPath(folderOf(path), true);
    }
}

} // namespace GravDesk
