#include "changestream.h"
#include "intentjournal.h"
#include "siteworkspace_p.h"
#include "statepaths.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QRandomGenerator>
#include <QSet>
#include <QThreadPool>
#include <QtConcurrent>

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cerrno>
#include <cstring>

namespace GravDesk {
namespace {

QString shown(const QString &path)
{
    return QDir::toNativeSeparators(path);
}

bool entryExists(const QString &path)
{
    struct stat st;
    return ::lstat(QFile::encodeName(path).constData(), &st) == 0;
}

// Writes @p bytes to a new file @p temp with @p mode and (with @p sync) syncs it.
bool writeSynced(const QString &temp, const QByteArray &bytes, mode_t mode, QString &error, bool sync = true)
{
    const int fd = ::open(QFile::encodeName(temp).constData(), O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0666);
    if (fd < 0) {
        error = QString::fromLocal8Bit(std::strerror(errno));
        return false;
    }
    qsizetype done = 0;
    bool ok = true;
    while (ok && done < bytes.size()) {
        const ssize_t n = ::write(fd, bytes.constData() + done, size_t(bytes.size() - done));
        if (n < 0 && errno == EINTR)
            continue;
        ok = n > 0;
        done += ok ? n : 0;
    }
    if (ok && mode != 0)
        ok = ::fchmod(fd, mode) == 0;
    ok = ok && (!sync || ::fsync(fd) == 0);
    if (!ok)
        error = QString::fromLocal8Bit(std::strerror(errno));
    ::close(fd);
    return ok;
}

bool isFolder(const QString &path)
{
    struct stat st;
    return ::lstat(QFile::encodeName(path).constData(), &st) == 0 && S_ISDIR(st.st_mode);
}

bool within(const QString &path, const QString &folder)
{
    return path.size() > folder.size() && path.startsWith(folder) && path.at(folder.size()) == QLatin1Char('/');
}

// The folder among @p folders that holds @p path (not the folder itself), else "".
QString holder(const QString &path, const QHash<QString, QString> &folders)
{
    for (auto it = folders.cbegin(); it != folders.cend(); ++it) {
        if (within(path, it.key()))
            return it.key();
    }
    return {};
}

} // namespace

QString ownTempName(const QString &target)
{
    const QFileInfo info(target);
    // Hidden (Grav and watchers skip dot-files) and recognisable, so recovery removes only its own.
    return info.absolutePath() + QStringLiteral("/.") + info.fileName().left(160) + QStringLiteral(".gravdesk-")
        + QString::number(QRandomGenerator::global()->generate64(), 36) + QStringLiteral(".tmp");
}

void testCommitPause()
{
    static const int pause = qEnvironmentVariableIntValue("GRAVDESK_TEST_COMMIT_PAUSE_US");
    if (pause > 0)
        ::usleep(useconds_t(pause));
}

SiteTransaction::SiteTransaction(std::unique_ptr<Private> p)
    : d(std::move(p))
{ }

SiteTransaction::~SiteTransaction()
{
    if (!d->finished)
        rollback();
}

const QString &SiteTransaction::label() const
{
    return d->label;
}

bool SiteTransaction::isEmpty() const
{
    return d->ops.isEmpty();
}

void SiteTransaction::put(const QString &path, const QByteArray &bytes, const WriteOptions &options)
{
    d->ops.append({Private::Kind::Put, d->ws->policy.absolute(path), QString(), bytes, options});
}

QString SiteTransaction::stagingPath(const QString &target)
{
    const QString abs = d->ws->policy.absolute(target);
    QString temp = ownTempName(abs);
    d->ops.append({Private::Kind::Staged, abs, temp, QByteArray(), WriteOptions()});
    d->ownTemps.append(temp);
    return temp;
}

bool SiteTransaction::restage(const QString &stagingPath, const QString &target)
{
    for (qsizetype i = 0; i < d->ops.size(); ++i) {
        Private::Op &op = d->ops[i];
        if (op.kind != Private::Kind::Staged || op.other != stagingPath)
            continue;
        if (target.isEmpty()) {
            removeEntry(stagingPath);
            d->ops.removeAt(i);
        } else {
            op.path = d->ws->policy.absolute(target);
        }
        return true;
    }
    return false;
}

void SiteTransaction::putFile(const QString &target, const QString &sourceFile)
{
    d->ops.append({Private::Kind::PutFile, d->ws->policy.absolute(target), sourceFile, QByteArray(), WriteOptions()});
}

void SiteTransaction::rename(const QString &from, const QString &to)
{
    d->ops.append(
        {Private::Kind::Rename, d->ws->policy.absolute(from), d->ws->policy.absolute(to), QByteArray(), WriteOptions()});
}

void SiteTransaction::remove(const QString &path)
{
    d->ops.append({Private::Kind::Remove, d->ws->policy.absolute(path), QString(), QByteArray(), WriteOptions()});
}

void SiteTransaction::rollback()
{
    for (const QString &temp : std::as_const(d->ownTemps)) {
        if (entryExists(temp) && !removeEntry(temp) && d->lock)
            d->lock->markUnclean(); // left in the site: the next recovery sweeps
    }
    d->ownTemps.clear();
    d->ops.clear();
    d->finished = true;
    d->lock.reset();
}

IoResult SiteTransaction::commit()
{
    if (d->finished)
        return SitePolicy::failure(IoResult::Error::Failed,
            QCoreApplication::translate("SiteWorkspace", "This change was already carried out or dropped."));
    const SitePolicy &policy = d->ws->policy;
    const auto fail = [this](const IoResult &r) {
        rollback();
        return r;
    };

    // 1. Check everything before the site is touched.
    IntentPlan plan;
    plan.label = d->label;
    QSet<QString> freed; // entries renamed away or removed: their names may be taken
    QSet<QString> claimed; // final names taken by this transaction
    struct Content
    {
        QString temp;
        const Private::Op *op;
        mode_t mode;
    };
    QList<Content> contents;
    QStringList changed;
    QStringList callerStaged; // files the caller wrote at stagingPath() names
    QSet<QString> mustBeFree; // final names that must not exist unless this change frees them
    // Folders renamed (old entry -> new entry) or removed as a whole: a page file inside one may be written
    // in the same change (its new content is staged in the old place and moves with the folder); nothing
    // else may happen inside them.
    QHash<QString, QString> movedFolders;
    for (const Private::Op &op : std::as_const(d->ops)) {
        if (op.kind != Private::Kind::Rename && op.kind != Private::Kind::Remove)
            continue;
        QString entry;
        if (policy.resolveEntry(op.path, true, entry, true).ok && isFolder(entry)) {
            QString to;
            if (op.kind == Private::Kind::Rename && !policy.resolveEntry(op.other, false, to).ok)
                to.clear();
            movedFolders.insert(entry, op.kind == Private::Kind::Rename ? to : QString());
        }
    }
    const auto insideMoved = [&](const QString &path) {
        return SitePolicy::failure(IoResult::Error::Failed,
            QCoreApplication::translate("SiteWorkspace", "%1 lies in a folder this change also moves or removes.")
                .arg(shown(path)));
    };
    QList<QPair<QString, QString>> lastPlaces; // files written inside moved folders: placed after the folders
    for (const Private::Op &op : std::as_const(d->ops)) {
        if (op.kind == Private::Kind::Rename || op.kind == Private::Kind::Remove) {
            QString entry;
            IoResult r = policy.resolveEntry(op.path, true, entry, true);
            if (!r.ok)
                return fail(r);
            if (!holder(entry, movedFolders).isEmpty())
                return fail(insideMoved(op.path));
            if (freed.contains(entry))
                return fail(SitePolicy::failure(IoResult::Error::Failed,
                    QCoreApplication::translate("SiteWorkspace", "%1 is moved twice in one change.").arg(shown(op.path))));
            freed.insert(entry);
            const QString parkedAt = ownTempName(entry);
            plan.park.append({entry, parkedAt});
            changed.append(op.path);
            if (op.kind == Private::Kind::Remove) {
                plan.drop.append(parkedAt);
                continue;
            }
            QString to;
            r = policy.resolveEntry(op.other, false, to);
            if (!r.ok)
                return fail(r);
            if (!holder(to, movedFolders).isEmpty() || within(to, entry))
                return fail(insideMoved(op.other));
            plan.place.append({parkedAt, to});
            mustBeFree.insert(to);
            changed.append(op.other);
            continue;
        }
        QString target;
        IoResult r = policy.resolveForWrite(op.path, target);
        if (!r.ok)
            return fail(r);
        const QString movedWith = holder(target, movedFolders);
        if (!movedWith.isEmpty() && (op.kind != Private::Kind::Put || movedFolders.value(movedWith).isEmpty()))
            return fail(insideMoved(op.path));
        // Where a file inside a renamed folder ends up once the folder is in its new place.
        const auto moved = [&](const QString &path) {
            return movedWith.isEmpty() ? path : movedFolders.value(movedWith) + path.mid(movedWith.size());
        };
        changed.append(moved(op.path));
        if (target != op.path)
            changed.append(moved(target));
        struct stat st;
        const bool existed = ::lstat(QFile::encodeName(target).constData(), &st) == 0;
        if (op.kind == Private::Kind::Put) {
            r = d->ws->checkContent(op.path, target, op.bytes, op.options);
            if (!r.ok)
                return fail(r);
            const QString temp = ownTempName(target);
            plan.staged.append(temp);
            if (movedWith.isEmpty())
                plan.place.append({temp, target});
            else
                lastPlaces.append({moved(temp), moved(target)});
            contents.append({temp, &op, existed ? mode_t(st.st_mode & 07777) : mode_t(0)});
        } else if (op.kind == Private::Kind::Staged) {
            // a file, or a folder prepared whole (a copied page)
            if (!QFileInfo(op.other).isFile() && !(QFileInfo(op.other).isDir() && !QFileInfo(op.other).isSymLink()))
                return fail(SitePolicy::failure(IoResult::Error::Failed,
                    QCoreApplication::translate("SiteWorkspace", "The new file for %1 was not prepared.").arg(shown(op.path))));
            if (QFileInfo(op.other).absolutePath() != QFileInfo(target).absolutePath() && isFolder(op.other)) {
                return fail(SitePolicy::failure(IoResult::Error::Failed,
                    QCoreApplication::translate("SiteWorkspace", "The new folder for %1 was not prepared beside it.")
                        .arg(shown(op.path))));
            } else if (QFileInfo(op.other).absolutePath() != QFileInfo(target).absolutePath()) {
                // The target's folder is reached through a link: the staged file is not next to it.
                const QString temp = ownTempName(target);
                plan.staged.append(temp);
                plan.place.append({temp, target});
                contents.append({temp, &op, 0});
            } else {
                plan.staged.append(op.other);
                plan.place.append({op.other, target});
                callerStaged.append(op.other);
            }
            mustBeFree.insert(target);
        } else {
            if (!QFileInfo(op.other).isReadable())
                return fail(SitePolicy::failure(IoResult::Error::Failed,
                    QCoreApplication::translate("SiteWorkspace", "%1 cannot be read.").arg(shown(op.other))));
            const QString temp = ownTempName(target);
            plan.staged.append(temp);
            plan.place.append({temp, target});
            contents.append({temp, &op, 0});
            mustBeFree.insert(target);
        }
    }
    plan.place += lastPlaces;
    for (const auto &p : std::as_const(plan.place)) {
        if (claimed.contains(p.second))
            return fail(SitePolicy::failure(IoResult::Error::Failed,
                QCoreApplication::translate("SiteWorkspace", "%1 is written twice in one change.").arg(shown(p.second))));
        claimed.insert(p.second);
    }
    for (const QString &target : std::as_const(mustBeFree)) {
        if (!freed.contains(target) && entryExists(target))
            return fail(SitePolicy::failure(IoResult::Error::ChangedOnDisk,
                QCoreApplication::translate("SiteWorkspace", "%1 already exists; GravDesk does not replace it.")
                    .arg(shown(target))));
    }
    if (plan.place.isEmpty() && plan.park.isEmpty()) {
        d->finished = true;
        d->lock.reset();
        IoResult ok;
        ok.ok = true;
        return ok;
    }

    // 2. The whole plan is journaled and synced before anything in the site changes.
    const QString folder = d->ws->journalFolder();
    if (folder.isEmpty())
        return fail(SitePolicy::failure(IoResult::Error::Failed,
            QCoreApplication::translate("SiteWorkspace", "The state folder %1 cannot be created.")
                .arg(shown(StatePaths::siteFolder(d->ws->layout.root)))));
    QString journal;
    QString error;
    if (!IntentJournal::create(folder, plan, journal, error))
        return fail(SitePolicy::failure(IoResult::Error::Failed,
            QCoreApplication::translate("SiteWorkspace", "The journal of this change cannot be written: %1").arg(error)));
    for (const Content &c : std::as_const(contents))
        d->ownTemps.append(c.temp);
    const auto undo = [&](const QString &why) {
        d->lock->markUnclean(); // the journal's rollback removes the temps; should it not, the sweep does
        IntentJournal::rollBack(journal, plan);
        return fail(SitePolicy::failure(IoResult::Error::Failed, why));
    };

    // 3. New content is staged next to its target and synced, with the folders that hold it. Many files
    // (a page operation rewriting the links of 50 pages) are staged by several threads: their fsyncs then
    // share the file system's journal commits instead of waiting for one each.
    struct Staging
    {
        const Content *content;
        QString error; ///< "" when staged
    };
    QList<Staging> staging;
    for (const Content &c : std::as_const(contents))
        staging.append({&c, QString()});
    // A large change (a sync bringing 2,000 pages) writes its files unsynced and then syncs the file system once
    // (syncFileSystem); should that fail, each file is synced after all.
    const bool many = staging.size() >= kSyncFileSystemFrom;
    const auto stage = [many](Staging &s) {
        const Content &c = *s.content;
        QByteArray bytes = c.op->bytes;
        if (c.op->kind != Private::Kind::Put) {
            QFile source(c.op->other);
            if (!source.open(QIODevice::ReadOnly)) {
                s.error = QCoreApplication::translate("SiteWorkspace", "%1 cannot be read: %2")
                              .arg(shown(c.op->other), source.errorString());
                return;
            }
            bytes = source.readAll();
        }
        QString why;
        if (!writeSynced(c.temp, bytes, c.mode, why, !many))
            s.error = QCoreApplication::translate("SiteWorkspace", "%1 cannot be written: %2").arg(shown(c.op->path), why);
    };
    if (staging.size() < 4 || qEnvironmentVariableIsSet("GRAVDESK_TEST_COMMIT_PAUSE_US")) {
        for (Staging &s : staging) {
            testCommitPause();
            stage(s);
            if (!s.error.isEmpty())
                break;
        }
    } else {
        QThreadPool pool;
        pool.setMaxThreadCount(8);
        QtConcurrent::blockingMap(&pool, staging, stage);
    }
    QSet<QString> folders;
    for (const Staging &s : std::as_const(staging)) {
        if (!s.error.isEmpty())
            return undo(s.error);
        folders.insert(QFileInfo(s.content->temp).absolutePath());
    }
    bool syncedAll = false;
    if (many) {
        syncedAll = syncFileSystem(staging.first().content->temp);
        for (int i = 0; !syncedAll && i < staging.size(); ++i) {
            if (!syncFile(staging[i].content->temp))
                return undo(QCoreApplication::translate("SiteWorkspace", "%1 cannot be synced to disk.")
                                .arg(shown(staging[i].content->op->path)));
        }
    }
    for (const QString &staged : std::as_const(callerStaged)) {
        testCommitPause();
        if (!(isFolder(staged) ? syncFolder(staged) : syncFile(staged)))
            return undo(QCoreApplication::translate("SiteWorkspace", "%1 cannot be synced to disk.").arg(shown(staged)));
        folders.insert(QFileInfo(staged).absolutePath());
    }
    if (!syncedAll || !callerStaged.isEmpty())
        syncFolders(folders);

    // 4. The commit mark: from here on the change is carried out, by us or by the next recovery.
    testCommitPause();
    if (!IntentJournal::markCommitted(journal, error))
        return undo(QCoreApplication::translate("SiteWorkspace", "The journal of this change cannot be written: %1").arg(error));
    d->ownTemps.clear();
    d->finished = true;

    IntentJournal::Loaded loaded;
    loaded.complete = true;
    loaded.committed = true;
    loaded.plan = plan;
    QStringList done;
    const QStringList problems = IntentJournal::rollForward(journal, loaded, done, &testCommitPause);
    if (!problems.isEmpty())
        d->lock->markUnclean();
    d->lock.reset();
    IoResult result;
    result.changed = changed;
    result.changed.removeDuplicates();
    d->ws->report(result.changed);
    if (!problems.isEmpty()) {
        result.kind = IoResult::Error::Failed;
        result.error = problems.join(QLatin1Char(' '));
        return result;
    }
    result.ok = true;
    return result;
}

} // namespace GravDesk
