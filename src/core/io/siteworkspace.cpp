#include "siteworkspace.h"

#include "atomicwriter.h"
#include "changestream.h"
#include "intentjournal.h"
#include "page/savecheck.h"
#include "siteworkspace_p.h"
#include "statepaths.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QMutex>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QSet>

#include <dirent.h>
#include <fcntl.h>
#include <sys/file.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cerrno>
#include <cstring>
#include <map>
#include <set>

namespace GravDesk {
namespace {

QString shown(const QString &path)
{
    return QDir::toNativeSeparators(path);
}

bool readAll(const QString &path, QByteArray &bytes)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return false;
    bytes = f.readAll();
    return true;
}

/// Removes the project's own temp files under a folder, following folder links only inside the site and
/// never into a folder seen before (device and inode), so loops and links out of the site end the walk.
class TempSweep final
{
public:
    explicit TempSweep(const SitePolicy &policy)
        : m_policy(policy)
    { }

    void walk(const QString &folder, bool recursive, int depth = 0)
    {
        struct stat st;
        if (depth > 64 || ::stat(QFile::encodeName(folder).constData(), &st) != 0 || !S_ISDIR(st.st_mode))
            return;
        if (!m_seen.insert(qMakePair(quint64(st.st_dev), quint64(st.st_ino))).second)
            return;
        DIR *dir = ::opendir(QFile::encodeName(folder).constData());
        if (!dir)
            return;
        QStringList subfolders;
        while (const dirent *e = ::readdir(dir)) {
            const QString name = QFile::decodeName(e->d_name);
            if (name == QLatin1String(".") || name == QLatin1String(".."))
                continue;
            const QString path = folder + QLatin1Char('/') + name;
            unsigned char type = e->d_type;
            if (type == DT_UNKNOWN) {
                struct stat lst;
                if (::lstat(QFile::encodeName(path).constData(), &lst) != 0)
                    continue;
                type = S_ISDIR(lst.st_mode) ? DT_DIR : S_ISLNK(lst.st_mode) ? DT_LNK : S_ISREG(lst.st_mode) ? DT_REG : DT_UNKNOWN;
            }
            if (type == DT_REG && SiteWorkspace::isOwnTempName(name)) {
                if (::unlink(QFile::encodeName(path).constData()) == 0)
                    removed.append(path);
            } else if (type == DT_DIR && SiteWorkspace::isOwnTempName(name)) {
                // a page folder copied for a change that never committed (journals were replayed first)
                if (removeEntry(path))
                    removed.append(path);
            } else if (recursive && type == DT_DIR) {
                subfolders.append(path);
            } else if (recursive && type == DT_LNK) {
                const QString real = QFileInfo(path).canonicalFilePath();
                if (!real.isEmpty() && m_policy.insideCanonical(real) && QFileInfo(real).isDir())
                    subfolders.append(real);
            }
        }
        ::closedir(dir);
        for (const QString &sub : std::as_const(subfolders))
            walk(sub, recursive, depth + 1);
    }

    QStringList removed;

private:
    const SitePolicy &m_policy;
    std::set<QPair<quint64, quint64>> m_seen;
};

} // namespace

QString siteFolderOf(const SiteLayout &layout)
{
    // Grav's user/ folder: whether the site was opened at its root, user/ or pages/, everything GravDesk
    // writes lies there, and the journals of one site are found under one name.
    return layout.userDir.isEmpty() ? layout.root : layout.userDir;
}

namespace {

// This process's sweep markers, by journal folder: how many shared locks hold it, and whether every write under
// them ended cleanly.
struct SweepMarker
{
    int holders = 0;
    bool clean = true;
    QByteArray path;
};

QMutex &sweepMarkerLock()
{
    static QMutex lock;
    return lock;
}

std::map<QString, SweepMarker> &sweepMarkers()
{
    static std::map<QString, SweepMarker> markers;
    return markers;
}

// A name no other process (nor a later one with the same pid) uses.
const QByteArray &processMarkerName()
{
    static const QByteArray name = QByteArray("needs-sweep.") + QByteArray::number(qint64(::getpid())) + '.'
        + QByteArray::number(QRandomGenerator::system()->generate64(), 36);
    return name;
}

} // namespace

SiteLock::SiteLock(const QString &journalFolder, Mode mode)
{
    if (journalFolder.isEmpty())
        return;
    m_fd = ::open(QFile::encodeName(journalFolder + QStringLiteral("/lock")).constData(), O_RDWR | O_CREAT | O_CLOEXEC, 0600);
    if (m_fd < 0)
        return;
    int rc;
    do {
        rc = ::flock(m_fd, mode == Mode::Shared ? LOCK_SH : LOCK_EX | LOCK_NB);
    } while (rc != 0 && errno == EINTR);
    if (rc != 0) {
        ::close(m_fd);
        m_fd = -1;
        return;
    }
    if (mode == Mode::Shared) {
        // Temp files may appear in the site from now on: the next recovery must sweep unless this process
        // clears its marker when done. Made and synced before the first write, so a crash never leaves temps
        // without one.
        m_folder = journalFolder;
        const QMutexLocker locker(&sweepMarkerLock());
        SweepMarker &marker = sweepMarkers()[journalFolder];
        if (marker.holders++ == 0) {
            marker.clean = true;
            marker.path = QFile::encodeName(journalFolder) + '/' + processMarkerName();
            const int fd = ::open(marker.path.constData(), O_WRONLY | O_CREAT | O_CLOEXEC, 0600);
            if (fd >= 0) {
                ::fsync(fd);
                ::close(fd);
                syncFolder(journalFolder);
            } else {
                marker.clean = false; // no marker of our own: leave any other one alone
            }
        }
    }
}

void SiteLock::markUnclean()
{
    if (m_folder.isEmpty())
        return;
    const QMutexLocker locker(&sweepMarkerLock());
    sweepMarkers()[m_folder].clean = false;
}

SiteLock::~SiteLock()
{
    if (!m_folder.isEmpty()) {
        // Removed while the lock is still held, so a recovery never runs between the last write and the removal.
        // The removal needs no sync: were it lost, the next recovery would only sweep once more than needed.
        const QMutexLocker locker(&sweepMarkerLock());
        const auto it = sweepMarkers().find(m_folder);
        if (it != sweepMarkers().end() && --it->second.holders == 0) {
            if (it->second.clean)
                ::unlink(it->second.path.constData());
            sweepMarkers().erase(it);
        }
    }
    if (m_fd >= 0)
        ::close(m_fd);
}

SiteWorkspace::Private::Private(const SiteLayout &l, ChangeStream *c)
    : layout(l)
    , changes(c)
    , policy(siteFolderOf(l))
    , pageCheck(&pageWriteProblem)
{ }

QString SiteWorkspace::Private::journalFolder() const
{
    return StatePaths::ensureSiteSubfolder(siteFolderOf(layout), QStringLiteral("transactions"));
}

void SiteWorkspace::Private::report(const QStringList &changed) const
{
    if (changes && !changed.isEmpty())
        changes->notify(changed, ChangeStream::Origin::Own);
}

IoResult SiteWorkspace::Private::checkContent(
    const QString &path, const QString &target, const QByteArray &bytes, const WriteOptions &options) const
{
    if (options.expectNew || options.expectedCurrent) {
        QByteArray now;
        const bool exists = QFileInfo::exists(target);
        if (options.expectNew && exists)
            return SitePolicy::failure(IoResult::Error::ChangedOnDisk,
                QCoreApplication::translate("SiteWorkspace", "%1 already exists; it was created by another program.")
                    .arg(shown(path)));
        if (!options.expectNew && options.expectedCurrent
            && (!exists || !readAll(target, now) || now != *options.expectedCurrent))
            return SitePolicy::failure(IoResult::Error::ChangedOnDisk,
                exists ? QCoreApplication::translate("SiteWorkspace", "%1 was changed by another program; nothing was written.")
                             .arg(shown(path))
                       : QCoreApplication::translate("SiteWorkspace", "%1 was removed by another program; nothing was written.")
                             .arg(shown(path)));
    }
    if (options.shownHeader && pageCheck && path.endsWith(QLatin1String(".md"), Qt::CaseInsensitive)) {
        const QString why = pageCheck(bytes, *options.shownHeader, options.shownHasHeader);
        if (!why.isEmpty())
            return SitePolicy::failure(IoResult::Error::CheckFailed,
                QCoreApplication::translate("SiteWorkspace", "%1 was not saved: %2").arg(shown(path), why));
    }
    IoResult ok;
    ok.ok = true;
    return ok;
}

SiteWorkspace::SiteWorkspace(const SiteLayout &layout, ChangeStream *changes)
    : d(std::make_unique<Private>(layout, changes))
{ }

SiteWorkspace::~SiteWorkspace() = default;

const SiteLayout &SiteWorkspace::layout() const
{
    return d->layout;
}

ChangeStream *SiteWorkspace::changeStream() const
{
    return d->changes;
}

void SiteWorkspace::setPageCheck(PageCheck check)
{
    d->pageCheck = std::move(check);
}

IoResult SiteWorkspace::checkWritable(const QString &path) const
{
    QString target;
    return d->policy.resolveForWrite(path, target);
}

IoResult SiteWorkspace::write(const QString &path, const QByteArray &bytes, const WriteOptions &options)
{
    const QString abs = d->policy.absolute(path);
    QString target;
    IoResult r = d->policy.resolveForWrite(abs, target);
    if (!r.ok)
        return r;
    r = d->checkContent(abs, target, bytes, options);
    if (!r.ok)
        return r;
    SiteLock lock(d->journalFolder(), SiteLock::Mode::Shared);
    const WriteResult w = AtomicWriter::write(target, bytes);
    if (!w.ok)
        lock.markUnclean();
    if (!w.ok)
        return SitePolicy::failure(IoResult::Error::Failed,
            QCoreApplication::translate("SiteWorkspace", "%1 could not be written: %2").arg(shown(abs), w.error));
    r.ok = true;
    r.changed = QStringList {abs};
    if (target != abs)
        r.changed.append(target);
    d->report(r.changed);
    return r;
}

std::unique_ptr<SiteTransaction> SiteWorkspace::begin(const QString &label)
{
    auto p = std::make_unique<SiteTransaction::Private>();
    p->ws = d.get();
    p->label = label;
    p->lock = std::make_unique<SiteLock>(d->journalFolder(), SiteLock::Mode::Shared);
    return std::unique_ptr<SiteTransaction>(new SiteTransaction(std::move(p)));
}

IoResult SiteWorkspace::makeFolder(const QString &path)
{
    const QString abs = d->policy.absolute(path);
    QString entry;
    IoResult r = d->policy.resolveEntry(abs, false, entry);
    if (r.ok && QFileInfo::exists(entry))
        r = SitePolicy::failure(
            IoResult::Error::ChangedOnDisk, QCoreApplication::translate("SiteWorkspace", "%1 already exists.").arg(shown(abs)));
    if (!r.ok)
        return r;
    // mkdir, not mkpath: it fails when the folder appeared meanwhile, so nothing is written into someone else's.
    if (::mkdir(QFile::encodeName(entry).constData(), 0777) != 0)
        return SitePolicy::failure(IoResult::Error::Failed,
            QCoreApplication::translate("SiteWorkspace", "The folder %1 cannot be created: %2")
                .arg(shown(abs), QString::fromLocal8Bit(std::strerror(errno))));
    syncFolder(QFileInfo(entry).absolutePath());
    r.changed = QStringList {abs};
    d->report(r.changed);
    return r;
}

IoResult SiteWorkspace::removeEmptyFolder(const QString &path)
{
    const QString abs = d->policy.absolute(path);
    QString entry;
    // The policy speaks of files: a name inside the folder proves the folder itself lies in the site.
    IoResult r = d->policy.resolveEntry(abs + QStringLiteral("/.gravdesk-probe"), false, entry);
    if (!r.ok)
        return r;
    entry = QFileInfo(entry).absolutePath();
    // rmdir, not a recursive removal: it refuses a folder that is not empty, so nothing is ever lost here.
    if (QFileInfo(abs).isSymLink() || ::rmdir(QFile::encodeName(entry).constData()) != 0)
        return r;
    syncFolder(QFileInfo(entry).absolutePath());
    r.changed = QStringList {abs};
    d->report(r.changed);
    return r;
}

SiteLayout SiteWorkspace::layoutAround(const QString &path)
{
    // From the nearest folder that exists: a file or folder about to be created has none of its own.
    QString start = QDir::cleanPath(QDir(path).absolutePath());
    while (!QFileInfo(start).isDir() && QFileInfo(start).absolutePath() != start)
        start = QFileInfo(start).absolutePath();
    QDir dir(start);
    for (int i = 0; i < 64; ++i) {
        if (dir.dirName() == QLatin1String("pages") || QFileInfo::exists(dir.filePath(QStringLiteral("pages")))) {
            const SiteLayout layout = locateSite(dir.absolutePath());
            if (layout.isValid())
                return layout;
        }
        if (!dir.cdUp())
            break;
    }
    SiteLayout loose;
    loose.root = loose.userDir = loose.pagesDir = start;
    return loose;
}

bool SiteWorkspace::isOwnTempName(const QString &fileName)
{
    static const QRegularExpression own(QStringLiteral("^\\..+\\.gravdesk-[0-9a-z]{1,14}\\.tmp$"));
    return fileName.startsWith(QLatin1String(".gravdesk-import-")) || own.match(fileName).hasMatch();
}

SiteWorkspace::Recovery SiteWorkspace::recover()
{
    Recovery out;
    const QString folder = d->journalFolder();
    if (folder.isEmpty())
        return out;
    const SiteLock lock(folder, SiteLock::Mode::ExclusiveTry);
    if (!lock.held()) {
        // Another GravDesk program is changing this site now: its temps and journal are alive.
        return out;
    }
    QStringList changed;
    for (const QString &name : IntentJournal::journals(folder)) {
        const QString path = folder + QLatin1Char('/') + name;
        const IntentJournal::Loaded journal = IntentJournal::load(path);
        if (!journal.complete) {
            // A plan torn while being written: nothing in the site was touched for it yet.
            QFile::remove(path);
            continue;
        }
        const QString what
            = journal.plan.label.isEmpty() ? QCoreApplication::translate("SiteWorkspace", "a change") : journal.plan.label;
        if (!journal.committed) {
            IntentJournal::rollBack(path, journal.plan);
            ++out.rolledBack;
            out.messages.append(QCoreApplication::translate(
                "SiteWorkspace", "An interrupted change (%1) was rolled back: the site is as it was before it.")
                                    .arg(what));
            continue;
        }
        const QStringList problems = IntentJournal::rollForward(path, journal, changed);
        if (problems.isEmpty()) {
            ++out.completed;
            out.messages.append(
                QCoreApplication::translate("SiteWorkspace", "An interrupted change (%1) was completed.").arg(what));
        } else {
            out.messages.append(
                QCoreApplication::translate("SiteWorkspace", "An interrupted change (%1) could not be completed: %2")
                    .arg(what, problems.join(QLatin1Char(' '))));
        }
    }

    // The walk costs about a second on a 20,000-post site, so it runs only when a writer may have left temps
    // (its marker is still there: it died, or a write of its failed), and once for a site never swept (temps of
    // older versions). Holding the lock exclusively, no writer is alive: every marker left is a dead one's.
    const QStringList markers
        = QDir(folder).entryList({QStringLiteral("needs-sweep"), QStringLiteral("needs-sweep.*")}, QDir::Files | QDir::Hidden);
    const QString swept = folder + QStringLiteral("/swept");
    if (QFileInfo::exists(swept) && markers.isEmpty()) {
        d->report(changed);
        return out;
    }
    TempSweep sweep(d->policy);
    if (!d->layout.pagesDir.isEmpty())
        sweep.walk(d->layout.pagesDir, true);
    if (!d->layout.configDir.isEmpty())
        sweep.walk(d->layout.configDir, true);
    for (const QString &top : {d->layout.root, d->layout.userDir}) {
        if (!top.isEmpty())
            sweep.walk(top, false);
    }
    out.tempsRemoved = int(sweep.removed.size());
    if (out.tempsRemoved > 0)
        out.messages.append(QCoreApplication::translate(
            "SiteWorkspace", "%n temporary file(s) left by an interrupted run were removed.", nullptr, out.tempsRemoved));
    changed += sweep.removed;
    if (QFile marker(swept); !marker.exists() && marker.open(QIODevice::WriteOnly))
        marker.close();
    for (const QString &marker : markers)
        QFile::remove(folder + QLatin1Char('/') + marker);
    d->report(changed);
    return out;
}

} // namespace GravDesk
