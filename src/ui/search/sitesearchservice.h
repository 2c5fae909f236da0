#pragma once

#include "site/pageindex.h"
#include "site/sitesearch.h"

#include <QObject>
#include <QStringList>
#include <QThreadPool>

#include <memory>

namespace GravDesk {

/**
 * The window's site search: every page file's text kept in memory (SearchIndex), built on a thread of its own
 * when a site opens and then following the change stream (LiveIndex::updated gives the new index and the changed
 * paths), so that a search in the window never reads the disk. Searches run on the calling thread over a
 * snapshot (the texts are shared, a copy is cheap) while an update may be running.
 *
 * The tree's and the News view's search fields ask which files hold a text (PageTextHits, on a snapshot); Find in
 * Site asks where (search).
 */
class SiteSearchService final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SiteSearchService)

public:
    explicit SiteSearchService(QObject *parent = nullptr);
    ~SiteSearchService() override;

    /// Starts over with @p index (nullptr: no site); the texts are read in the background.
    void reset(std::shared_ptr<const PageIndex> index);
    /// Follows a newer index of the same site; @p changedPaths are the absolute paths the change stream reported.
    void follow(std::shared_ptr<const PageIndex> index, const QStringList &changedPaths);

    /// True once the texts of the current site have been read (until then searches find nothing in them).
    bool isReady() const { return m_ready; }
    /// True while texts are being read.
    bool isBusy() const { return m_running; }
    /// The texts as last read.
    SearchIndex snapshot() const { return m_index; }
    /// The index the texts were last read from (nullptr: none yet).
    std::shared_ptr<const PageIndex> pageIndex() const { return m_pageIndex; }

    /// SearchIndex::search on the texts as last read.
    QVector<SearchMatch> search(const SearchPattern &pattern, int limit = -1, bool *more = nullptr) const
    {
        return m_index.search(pattern, limit, more);
    }

    /// Blocks until the reading in progress (and what is queued) is done (tests, benchmarks).
    void waitForIdle();

Q_SIGNALS:
    /// New texts are in: a search now sees the site as it is on disk (filters should re-apply).
    void updated();

private:
    void startNext();

    QThreadPool m_pool; ///< one thread: reading is done in order, off the global pool the reading itself uses
    SearchIndex m_index;
    std::shared_ptr<const PageIndex> m_pageIndex;
    std::shared_ptr<const PageIndex> m_pending; ///< the newest index waiting to be read
    QStringList m_pendingPaths;
    bool m_pendingBuild = false;
    bool m_running = false;
    bool m_ready = false;
    int m_generation = 0;
};

} // namespace GravDesk
