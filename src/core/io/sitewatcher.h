#pragma once

#include <QElapsedTimer>
#include <QHash>
#include <QObject>
#include <QSet>
#include <QStringList>

#include <sys/types.h>

class QSocketNotifier;
class QTimer;

namespace GravDesk {

class ChangeStream;

/**
 * Watches a site's page and configuration folders for changes made by other programs (a colleague's
 * editor, `git pull`, a sync client) and reports them to a ChangeStream as External, in batches: a burst
 * of events (a pull rewriting 2,000 files) becomes one batch after a short quiet time, and a steady
 * stream of events is still reported at least every few seconds.
 *
 * One inotify watch per folder (not per file: the kernel's watch limit is per user), added for folders
 * as they appear. Folder links are followed once (device and inode), never out of the site. When the
 * kernel drops events (queue overflow) or a watch cannot be added, the watched root itself is reported,
 * which listeners take as "rescan everything".
 */
class SiteWatcher final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SiteWatcher)

public:
    explicit SiteWatcher(ChangeStream *stream, QObject *parent = nullptr);
    ~SiteWatcher() override;

    /// Starts watching @p roots (absolute folders) and everything below them, inside @p siteRoot.
    bool start(const QString &siteRoot, const QStringList &roots);
    void stop();
    bool isActive() const { return m_fd >= 0; }
    /// Folders watched now.
    int watchCount() const { return int(m_pathOf.size()); }
    /// Quiet time that ends a batch (ms) and the longest a change waits (ms).
    void setTiming(int quietMs, int maxWaitMs);
    /// Why watching is incomplete ("" when all is well), e.g. the kernel's watch limit was reached.
    QString problem() const { return m_problem; }

Q_SIGNALS:
    /// A batch was handed to the stream (for status display and tests).
    void batchReported(int paths);

private:
    void addTree(const QString &folder);
    void addOne(const QString &folder);
    void readEvents();
    void queue(const QString &path);
    void flush();

    ChangeStream *m_stream = nullptr;
    int m_fd = -1;
    QSocketNotifier *m_notifier = nullptr;
    QTimer *m_quiet = nullptr;
    QElapsedTimer m_oldest;
    int m_maxWaitMs = 3000;
    QString m_siteRoot;
    QStringList m_roots;
    QHash<int, QString> m_pathOf; // watch descriptor → folder
    QHash<QString, int> m_watchOf;
    QSet<QPair<dev_t, ino_t>> m_seen; // folders watched, by identity: loops and duplicate links
    QHash<int, QPair<dev_t, ino_t>> m_identityOf;
    QSet<QString> m_pending;
    QString m_problem;
};

} // namespace GravDesk
