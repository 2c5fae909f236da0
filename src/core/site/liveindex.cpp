#include "liveindex.h"

#include <QCoreApplication>
#include <QFutureWatcher>
#include <QPointer>
#include <QThread>
#include <QtConcurrent/QtConcurrentRun>

namespace GravDesk {
namespace {

bool isInside(const QString &path, const QString &folder)
{
    return !folder.isEmpty() && (path == folder || path.startsWith(folder + QLatin1Char('/')));
}

} // namespace

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
    return isInside(path, index.layout.pagesDir) || isInside(path, index.layout.configDir)
        || isInside(index.layout.pagesDir, path);
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
    auto *watcher = new QFutureWatcher<std::shared_ptr<const PageIndex>>(this);
    connect(watcher, &QFutureWatcher<std::shared_ptr<const PageIndex>>::finished, this, [this, watcher, batch, generation] {
        const std::shared_ptr<const PageIndex> next = watcher->result();
        watcher->deleteLater();
        m_running = false;
        if (generation == m_generation) {
            m_index = next;
            Q_EMIT updated(next, batch);
        }
        startNext();
    });
    watcher->setFuture(QtConcurrent::run([base, batch, updater]() -> std::shared_ptr<const PageIndex> {
        return std::make_shared<PageIndex>(updater(*base, batch));
    }));
}

void LiveIndex::waitForIdle()
{
    while (m_running || (!m_queued.isEmpty() && m_index)) {
        QCoreApplication::processEvents(QEventLoop::AllEvents, 20);
        QThread::msleep(1);
    }
}

PageIndex LiveIndex::update(const PageIndex &old, const QStringList &paths)
{
    bool configChanged = false;
    for (const QString &p : paths) {
        if (isInside(p, old.layout.configDir) || isInside(old.layout.pagesDir, p))
            configChanged = true;
    }
    const SiteConfig config = configChanged ? SiteConfig::load(old.layout) : old.config;
    return scanSite(old.layout, config);
}

} // namespace GravDesk
