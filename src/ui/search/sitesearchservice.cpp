#include "search/sitesearchservice.h"

#include <QCoreApplication>
#include <QFutureWatcher>
#include <QtConcurrent/QtConcurrentRun>

namespace GravDesk {

SiteSearchService::SiteSearchService(QObject *parent)
    : QObject(parent)
{
    m_pool.setMaxThreadCount(1);
}

SiteSearchService::~SiteSearchService()
{
    ++m_generation;
    m_pool.waitForDone();
}

void SiteSearchService::reset(std::shared_ptr<const PageIndex> index)
{
    ++m_generation;
    m_index = SearchIndex();
    m_pageIndex.reset();
    m_ready = false;
    m_pending = std::move(index);
    m_pendingPaths.clear();
    m_pendingBuild = true;
    if (!m_pending)
        m_pendingBuild = false;
    startNext();
}

void SiteSearchService::follow(std::shared_ptr<const PageIndex> index, const QStringList &changedPaths)
{
    if (!index)
        return;
    m_pending = std::move(index);
    m_pendingPaths += changedPaths;
    startNext();
}

void SiteSearchService::startNext()
{
    if (m_running || !m_pending)
        return;
    m_running = true;
    const int generation = m_generation;
    std::shared_ptr<const PageIndex> index = std::move(m_pending);
    m_pending.reset();
    const QStringList paths = std::move(m_pendingPaths);
    m_pendingPaths.clear();
    const bool build = m_pendingBuild || !m_ready;
    m_pendingBuild = false;
    SearchIndex base = m_index; // shares the texts: the update re-reads only what changed
    auto *watcher = new QFutureWatcher<SearchIndex>(this);
    connect(watcher, &QFutureWatcher<SearchIndex>::finished, this, [this, watcher, generation, index] {
        watcher->deleteLater();
        m_running = false;
        if (generation == m_generation) {
            m_index = watcher->result();
            m_pageIndex = index;
            m_ready = true;
            Q_EMIT updated();
        }
        startNext();
    });
    watcher->setFuture(QtConcurrent::run(&m_pool, [base = std::move(base), index, paths, build]() mutable {
        if (build)
            base.build(*index);
        else
            base.update(*index, paths);
        return base;
    }));
}

void SiteSearchService::waitForIdle()
{
    // The watcher's finished() arrives as an event: let it in after the thread is done, until nothing is queued.
    while (m_running || m_pending) {
        m_pool.waitForDone();
        QCoreApplication::processEvents(QEventLoop::AllEvents, 50);
    }
}

} // namespace GravDesk
