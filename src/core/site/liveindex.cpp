#include "liveindex.h"

#include "io/pathwithin.h"

#include <QFutureWatcher>
#include <QtConcurrent/QtConcurrentRun>

namespace GravDesk {
LiveIndex::LiveIndex(QObject *parent)
    : QObject(parent)
    , m_updater(&LiveIndex::update)
{ }

// A running update only holds copies; its result is dropped with the watcher.
LiveIndex::~LiveIndex() = default;

void LiveIndex::reset(std::shared_ptr<const PageIndex> index)
{
    m_index = std::move(index);
    m_queued.clear();
    ++m_generation;
}

void LiveIndex::setUpdater(Updater updater)
{
    m_updater = std::move(updater);
}

bool LiveIndex::concernsSite(const PageIndex &index, const QString &path)
{
    return isPathWithin(path, index.layout.pagesDir) || isPathWithin(path, index.layout.configDir)
        || isPathWithin(index.layout.pagesDir, path);
}

void LiveIndex::apply(const QStringList &paths)
{
    if (!m_index)
        return;
    for (const QString &p : paths) {
        if (concernsSite(*m_index, p) && !m_queued.contains(p))
            m_queued.append(p);
    }
    if (!m_running)
        startNext();
}

void LiveIndex::startNext()
{
    if (m_queued.isEmpty() || !m_index)
        return;
    const QStringList batch = std::exchange(m_queued, {});
    const std::shared_ptr<const PageIndex> base = m_index;
    const Updater updater = m_updater;
    const int generation = m_generation;
    m_running = true;
    using Result = std::pair<std::shared_ptr<const PageIndex>, bool>; // the index, and whether it changed
    auto *watcher = new QFutureWatcher<Result>(this);
    connect(watcher, &QFutureWatcher<Result>::finished, this, [this, watcher, batch, generation] {
        const Result next = watcher->result();
        watcher->deleteLater();
        m_running = false;
        if (generation == m_generation) {
            m_index = next.first;
            if (next.second)
                Q_EMIT updated(next.first, batch);
        }
        startNext();
    });
    watcher->setFuture(QtConcurrent::run([base, batch, updater]() -> Result {
        IndexUpdate u = updater(*base, batch);
        const bool changed = !u.change.isEmpty();
        return {std::make_shared<PageIndex>(std::move(u.index)), changed};
    }));
}

IndexUpdate LiveIndex::update(const PageIndex &old, const QStringList &paths)
{
    return updateIndex(old, paths);
}

} // namespace GravDesk
