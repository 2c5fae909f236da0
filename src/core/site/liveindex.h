#pragma once

#include "site/indexupdate.h"
#include "site/pageindex.h"

#include <QObject>
#include <QStringList>

#include <functional>
#include <memory>

namespace GravDesk {

/**
 * The site's page index kept up to date from the change stream: each batch of changed paths (GravDesk's
 * own saves, or the file watcher's batch after a `git pull`) produces one new index on a worker thread,
 * and one updated() signal. Batches that arrive while an update runs are merged into the next one, so a
 * burst of changes costs at most two updates, never one per file.
 *
 * Paths outside the pages and configuration folders are ignored; a change to the configuration, or to the
 * pages folder itself, re-reads the configuration and the whole site.
 */
class LiveIndex final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(LiveIndex)

public:
    /// Computes the new index from the old one and a batch of changed absolute paths (runs on a worker).
    using Updater = std::function<IndexUpdate(const PageIndex &old, const QStringList &paths)>;

    explicit LiveIndex(QObject *parent = nullptr);
    ~LiveIndex() override;

    /// Starts from a complete scan (drops queued batches and ignores a running update's result).
    void reset(std::shared_ptr<const PageIndex> index);
    std::shared_ptr<const PageIndex> index() const { return m_index; }
    /// Queues a batch of changed absolute paths.
    void apply(const QStringList &paths);
    bool isUpdating() const { return m_running; }
    /// Replaces how a batch is applied (tests; the default is update()).
    void setUpdater(Updater updater);
    /// The default: updateIndex(), which re-reads only what changed (the whole site when the configuration did).
    static IndexUpdate update(const PageIndex &old, const QStringList &paths);
    /// True when @p path lies in the site's pages or configuration folder (or is one of them).
    static bool concernsSite(const PageIndex &index, const QString &path);

Q_SIGNALS:
    /// A new index that differs from the last one; @p paths are the changed paths it took in. A batch that
    /// changed nothing the index holds (our own save coming back from the watcher) emits nothing.
    void updated(std::shared_ptr<const GravDesk::PageIndex> index, const QStringList &paths);

private:
    void startNext();

    std::shared_ptr<const PageIndex> m_index;
    QStringList m_queued;
    bool m_running = false;
    int m_generation = 0;
    Updater m_updater;
};

} // namespace GravDesk
