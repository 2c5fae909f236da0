#include "sitescanner.h"

#include "io/siteworkspace.h"

#include <QPointer>
#include <QtConcurrent/QtConcurrentRun>

namespace GravDesk {

SiteScanner::SiteScanner(QObject *parent)
    : QObject(parent)
{
    qRegisterMetaType<GravDesk::SiteLayout>("GravDesk::SiteLayout");
    qRegisterMetaType<GravDesk::SiteConfig>("GravDesk::SiteConfig");
    qRegisterMetaType<QVector<GravDesk::PageNode>>("QVector<GravDesk::PageNode>");
    qRegisterMetaType<std::shared_ptr<const GravDesk::PageIndex>>("std::shared_ptr<const GravDesk::PageIndex>");
}

SiteScanner::~SiteScanner()
{
    cancel();
    if (m_watcher)
        m_watcher->waitForFinished();
}

bool SiteScanner::isRunning() const
{
    return m_watcher && m_watcher->isRunning();
}

void SiteScanner::cancel()
{
    if (m_cancel)
        m_cancel->store(true);
}

void SiteScanner::start(const QString &path)
{
    cancel();
    const int generation = ++m_generation;
    auto cancelFlag = std::make_shared<std::atomic_bool>(false);
    m_cancel = cancelFlag;
    if (m_watcher)
        m_watcher->deleteLater();
    m_watcher = new QFutureWatcher<void>(this);
    QPointer<SiteScanner> self(this);
    m_watcher->setFuture(QtConcurrent::run([self, path, generation, cancelFlag] {
        // Signals emitted here are queued to the receivers' threads.
        const SiteLayout layout = locateSite(path);
        if (!layout.isValid()) {
            if (self)
                Q_EMIT self->failed(layout.error, generation);
            return;
        }
        // An interrupted transaction is completed or rolled back, and our own temporary files are
        // removed, before anything of the site is read.
        const SiteWorkspace::Recovery recovery = SiteWorkspace(layout).recover();
        if (self && !recovery.messages.isEmpty())
            Q_EMIT self->recovered(recovery.messages, generation);
        const SiteConfig config = SiteConfig::load(layout);
        if (self)
            Q_EMIT self->started(layout, config, generation);
        ScanSink sink;
        sink.nodes = [self, generation](int first, const QVector<PageNode> &batch) {
            if (self)
                Q_EMIT self->nodesReady(first, batch, generation);
        };
        sink.progress = [self, generation](int done, int total) {
            if (self)
                Q_EMIT self->progress(done, total, generation);
        };
        auto index = std::make_shared<PageIndex>(scanSite(layout, config, sink, cancelFlag.get()));
        if (cancelFlag->load())
            return;
        if (self)
            Q_EMIT self->finished(std::move(index), generation);
    }));
}

} // namespace GravDesk
