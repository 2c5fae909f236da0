#include "sitewatcher.h"

#include "io/changestream.h"
#include "io/pathwithin.h"

#include <QDir>
#include <QFileInfo>
#include <QSocketNotifier>
#include <QTimer>

#include <dirent.h>
#include <fcntl.h>
#include <sys/inotify.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cerrno>

namespace GravDesk {
namespace {

constexpr uint32_t kFolderEvents = IN_CREATE | IN_DELETE | IN_MOVED_FROM | IN_MOVED_TO | IN_CLOSE_WRITE | IN_ATTRIB
    | IN_DELETE_SELF | IN_MOVE_SELF | IN_ONLYDIR;

} // namespace

SiteWatcher::SiteWatcher(ChangeStream *stream, QObject *parent)
    : QObject(parent)
    , m_stream(stream)
    , m_quiet(new QTimer(this))
{
    m_quiet->setSingleShot(true);
    m_quiet->setInterval(200);
    connect(m_quiet, &QTimer::timeout, this, &SiteWatcher::flush);
}

SiteWatcher::~SiteWatcher()
{
    stop();
}

void SiteWatcher::setTiming(int quietMs, int maxWaitMs)
{
    m_quiet->setInterval(quietMs);
    m_maxWaitMs = maxWaitMs;
}

bool SiteWatcher::start(const QString &siteRoot, const QStringList &roots)
{
    stop();
    m_fd = ::inotify_init1(IN_NONBLOCK | IN_CLOEXEC);
    if (m_fd < 0) {
        m_problem = tr("Changes made by other programs are not shown: the system refused a file watcher (%1).")
                        .arg(QString::fromLocal8Bit(strerror(errno)));
        return false;
    }
    m_siteRoot = QFileInfo(siteRoot).canonicalFilePath();
    if (m_siteRoot.isEmpty())
        m_siteRoot = QDir::cleanPath(QFileInfo(siteRoot).absoluteFilePath());
    m_notifier = new QSocketNotifier(m_fd, QSocketNotifier::Read, this);
    connect(m_notifier, &QSocketNotifier::activated, this, &SiteWatcher::readEvents);
    for (const QString &root : roots) {
        const QString clean = QDir::cleanPath(QFileInfo(root).absoluteFilePath());
        if (!QFileInfo(clean).isDir())
            continue;
        m_roots.append(clean);
        addTree(clean);
    }
    return true;
}

void SiteWatcher::stop()
{
    delete m_notifier;
    m_notifier = nullptr;
    if (m_fd >= 0)
        ::close(m_fd);
    m_fd = -1;
    m_pathOf.clear();
    m_watchOf.clear();
    m_seen.clear();
    m_identityOf.clear();
    m_pending.clear();
    m_roots.clear();
    m_quiet->stop();
    m_problem.clear();
}

void SiteWatcher::addTree(const QString &folder)
{
    // Breadth first, one readdir per folder; hidden folders are skipped as Grav skips them.
    QStringList todo {folder};
    while (!todo.isEmpty()) {
        const QString dir = todo.takeFirst();
        addOne(dir);
        if (!m_watchOf.contains(dir))
            continue;
        DIR *d = ::opendir(QFile::encodeName(dir).constData());
        if (!d)
            continue;
        while (const dirent *e = ::readdir(d)) {
            if (e->d_name[0] == '.')
                continue;
            const QString child = dir + QLatin1Char('/') + QFile::decodeName(e->d_name);
            bool isDir = e->d_type == DT_DIR;
            if (e->d_type == DT_LNK || e->d_type == DT_UNKNOWN) {
                struct stat st;
                isDir = ::stat(QFile::encodeName(child).constData(), &st) == 0 && S_ISDIR(st.st_mode);
            }
            if (isDir)
                todo.append(child);
        }
        ::closedir(d);
    }
}

void SiteWatcher::addOne(const QString &folder)
{
    if (m_fd < 0 || m_watchOf.contains(folder))
        return;
    struct stat st;
    if (::stat(QFile::encodeName(folder).constData(), &st) != 0 || !S_ISDIR(st.st_mode))
        return;
    const QPair<dev_t, ino_t> id(st.st_dev, st.st_ino);
    if (m_seen.contains(id))
        return; // a loop, or a second link to a folder already watched
    // A folder link that leads out of the site is not watched (the scan reports it).
    const QString canonical = QFileInfo(folder).canonicalFilePath();
    if (!canonical.isEmpty() && !isPathWithin(canonical, m_siteRoot))
        return;
    const int wd = ::inotify_add_watch(m_fd, QFile::encodeName(folder).constData(), kFolderEvents);
    if (wd < 0) {
        if (m_problem.isEmpty())
            m_problem = tr("Some folders are not watched for changes by other programs (%1); use File ▸ Reload Site "
                           "after such changes.")
                            .arg(QString::fromLocal8Bit(strerror(errno)));
        return;
    }
    // inotify gives one descriptor per inode: two paths to one folder share it.
    if (m_pathOf.contains(wd))
        return;
    m_seen.insert(id);
    m_identityOf.insert(wd, id);
    m_pathOf.insert(wd, folder);
    m_watchOf.insert(folder, wd);
}

void SiteWatcher::readEvents()
{
    alignas(struct inotify_event) char buffer[64 * 1024];
    for (;;) {
        const ssize_t n = ::read(m_fd, buffer, sizeof buffer);
        if (n <= 0)
            break;
        for (char *p = buffer; p < buffer + n;) {
            const auto *ev = reinterpret_cast<const struct inotify_event *>(p);
            p += sizeof(struct inotify_event) + ev->len;
            if (ev->mask & IN_Q_OVERFLOW) {
                // The kernel dropped events: everything may have changed.
                for (const QString &root : std::as_const(m_roots))
                    queue(root);
                continue;
            }
            const QString folder = m_pathOf.value(ev->wd);
            if (folder.isEmpty())
                continue;
            if (ev->mask & (IN_IGNORED | IN_DELETE_SELF | IN_MOVE_SELF)) {
                if (ev->mask & IN_IGNORED) {
                    m_seen.remove(m_identityOf.take(ev->wd));
                    m_pathOf.remove(ev->wd);
                    m_watchOf.remove(folder);
                }
                queue(folder);
                continue;
            }
            if (ev->len == 0) {
                queue(folder);
                continue;
            }
            const QByteArray name(ev->name);
            // Hidden entries (our own temporary files among them) are never pages; their rename into
            // place arrives as an event for the visible name.
            if (name.startsWith('.'))
                continue;
            const QString path = folder + QLatin1Char('/') + QFile::decodeName(name);
            if ((ev->mask & (IN_CREATE | IN_MOVED_TO)) && (ev->mask & IN_ISDIR))
                addTree(path);
            queue(path);
        }
    }
}

void SiteWatcher::queue(const QString &path)
{
    if (m_pending.isEmpty())
        m_oldest.start();
    m_pending.insert(path);
    if (m_oldest.elapsed() >= m_maxWaitMs)
        flush();
    else
        m_quiet->start();
}

void SiteWatcher::flush()
{
    m_quiet->stop();
    if (m_pending.isEmpty())
        return;
    QStringList paths(m_pending.cbegin(), m_pending.cend());
    m_pending.clear();
    paths.sort();
    if (m_stream)
        m_stream->notify(paths, ChangeStream::Origin::External);
    Q_EMIT batchReported(int(paths.size()));
}

} // namespace GravDesk
