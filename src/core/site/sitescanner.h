#pragma once

#include "site/pageindex.h"

#include <QFutureWatcher>
#include <QObject>
#include <QStringList>

#include <atomic>
#include <memory>

namespace GravDesk {

/**
 * Scans a site on a worker thread and reports by signals (queued to the
 * receiver's thread): nodes as they are parsed, progress, then the complete
 * index with its problems. Starting a new scan cancels the running one.
 */
class SiteScanner final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SiteScanner)

public:
    explicit SiteScanner(QObject *parent = nullptr);
    ~SiteScanner() override;

    /// Locates, configures and scans the site at @p path. Emits failed() when it is not a Grav site.
    void start(const QString &path);
    void cancel();
    bool isRunning() const;
    int generation() const { return m_generation; }

Q_SIGNALS:
    void started(const GravDesk::SiteLayout &layout, const GravDesk::SiteConfig &config, int generation);
    void nodesReady(int first, const QVector<GravDesk::PageNode> &nodes, int generation);
    void progress(int done, int total, int generation);
    void finished(std::shared_ptr<const GravDesk::PageIndex> index, int generation);
    void failed(const QString &error, int generation);
    /// Interrupted transactions were finished or rolled back, or leftover temp files removed, before
    /// the scan (SiteWorkspace::recover()); one sentence per thing done.
    void recovered(const QStringList &messages, int generation);

private:
    std::shared_ptr<std::atomic_bool> m_cancel;
    QFutureWatcher<void> *m_watcher = nullptr;
    int m_generation = 0;
};

} // namespace GravDesk
