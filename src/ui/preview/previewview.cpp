#include "previewview.h"

#include "markdown/plainrenderer.h"

#include <QBuffer>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonValue>
#include <QMimeDatabase>
#include <QTimer>
#include <QWebEnginePage>
#include <QWebEngineProfile>
#include <QWebEngineScript>
#include <QWebEngineSettings>
#include <QWebEngineUrlRequestInterceptor>
#include <QWebEngineUrlRequestJob>
#include <QWebEngineUrlScheme>
#include <QWebEngineUrlSchemeHandler>
#include <QtConcurrent/QtConcurrentRun>

// The resources live in this static library; make sure they are registered in every executable using it.
static void initPreviewResources()
{
    Q_INIT_RESOURCE(gravdesk);
}

namespace GravDesk {
namespace {

const QByteArray kMediaScheme = QByteArrayLiteral("gravdesk-media");

/// Lets through only the shell (qrc), inline data and the page's own media.
class SandboxInterceptor final : public QWebEngineUrlRequestInterceptor
{
public:
    using QWebEngineUrlRequestInterceptor::QWebEngineUrlRequestInterceptor;
    void interceptRequest(QWebEngineUrlRequestInfo &info) override
    {
        const QString scheme = info.requestUrl().scheme();
        if (scheme == QLatin1String("qrc") || scheme == QLatin1String("data") || scheme == QString::fromLatin1(kMediaScheme))
            return;
        info.block(true);
    }
};

/// Passes the shell's console messages to Qt's log (content scripts never run, so these are ours).
class PreviewPage final : public QWebEnginePage
{
public:
    using QWebEnginePage::QWebEnginePage;

protected:
    void javaScriptConsoleMessage(
        JavaScriptConsoleMessageLevel level, const QString &message, int line, const QString &source) override
    {
        if (level == ErrorMessageLevel)
            qWarning("preview: %s (%s:%d)", qUtf8Printable(message), qUtf8Printable(source), line);
    }
    bool acceptNavigationRequest(const QUrl &url, NavigationType type, bool isMainFrame) override
    {
        // Clicking a link in the preview must not replace the shell.
        Q_UNUSED(url);
        return type == NavigationTypeTyped || !isMainFrame;
    }
};

} // namespace

/// Serves files of the current page folder, and nothing else.
class PageMediaSchemeHandler final : public QWebEngineUrlSchemeHandler
{
public:
    using QWebEngineUrlSchemeHandler::QWebEngineUrlSchemeHandler;
    QString folder;

    void requestStarted(QWebEngineUrlRequestJob *job) override
    {
        if (folder.isEmpty()) {
            job->fail(QWebEngineUrlRequestJob::UrlNotFound);
            return;
        }
        const QString rel = QUrl::fromPercentEncoding(job->requestUrl().path(QUrl::FullyEncoded).toUtf8()).mid(1);
        const QString root = QDir(folder).canonicalPath();
        const QString path = QFileInfo(QDir(folder).filePath(rel)).canonicalFilePath();
        // Only plain files directly inside the page folder (no "..", no links out of it).
        if (path.isEmpty() || root.isEmpty() || QFileInfo(path).absolutePath() != root || rel.contains(QLatin1Char('/'))) {
            job->fail(QWebEngineUrlRequestJob::RequestDenied);
            return;
        }
        auto *file = new QFile(path, job);
        if (!file->open(QIODevice::ReadOnly)) {
            job->fail(QWebEngineUrlRequestJob::UrlNotFound);
            return;
        }
        const QByteArray mime = QMimeDatabase().mimeTypeForFile(path).name().toUtf8();
        job->reply(mime, file);
    }
};

void PreviewView::registerUrlSchemes()
{
    QWebEngineUrlScheme scheme(kMediaScheme);
    scheme.setSyntax(QWebEngineUrlScheme::Syntax::Host);
    scheme.setFlags(QWebEngineUrlScheme::SecureScheme | QWebEngineUrlScheme::CorsEnabled);
    QWebEngineUrlScheme::registerScheme(scheme);
}

PreviewView::PreviewView(QWidget *parent)
    : QWebEngineView(parent)
{
    initPreviewResources();
    setObjectName(QStringLiteral("previewView"));
    m_profile = new QWebEngineProfile(this); // off the record: no cache or cookies on disk
    m_profile->setUrlRequestInterceptor(new SandboxInterceptor(m_profile));
    m_media = new PageMediaSchemeHandler(m_profile);
    m_profile->installUrlSchemeHandler(kMediaScheme, m_media);
    auto *page = new PreviewPage(m_profile, this);
    QWebEngineSettings *s = page->settings();
    s->setAttribute(QWebEngineSettings::LocalContentCanAccessRemoteUrls, false);
    s->setAttribute(QWebEngineSettings::LocalContentCanAccessFileUrls, false);
    s->setAttribute(QWebEngineSettings::JavascriptCanOpenWindows, false);
    s->setAttribute(QWebEngineSettings::PluginsEnabled, false);
    s->setAttribute(QWebEngineSettings::AutoLoadIconsForPage, false);
    setPage(page);
    setContextMenuPolicy(Qt::NoContextMenu);

    m_debounce = new QTimer(this);
    m_debounce->setSingleShot(true);
    connect(m_debounce, &QTimer::timeout, this, &PreviewView::startRender);
    connect(&m_watcher, &QFutureWatcher<QByteArray>::finished, this, [this] {
        push(QString::fromUtf8(m_watcher.result()));
        if (m_hasPending)
            m_debounce->start(0);
    });
    connect(page, &QWebEnginePage::loadFinished, this, [this](bool ok) {
        m_shellReady = ok;
        if (ok && m_hasQueued) {
            m_hasQueued = false;
            push(m_queuedHtml);
        }
    });
    page->setUrl(QUrl(QStringLiteral("qrc:/preview/shell.html")));
}

PreviewView::~PreviewView()
{
    m_watcher.waitForFinished();
}

void PreviewView::setPageFolder(const QString &folder)
{
    m_media->folder = folder;
}

void PreviewView::setMarkdown(const QString &markdown)
{
    m_pendingMarkdown = markdown;
    m_hasPending = true;
    if (!isVisible())
        return; // rendered when shown
    // Larger documents wait longer, so typing in a long post does not queue renders.
    const int delay = std::clamp(static_cast<int>(markdown.size() / 400), 30, 400);
    m_debounce->start(delay);
}

void PreviewView::showEvent(QShowEvent *event)
{
    QWebEngineView::showEvent(event);
    if (m_hasPending && !m_watcher.isRunning())
        m_debounce->start(0);
}

void PreviewView::startRender()
{
    if (!m_hasPending || m_watcher.isRunning())
        return; // the finished handler starts the pending job
    m_hasPending = false;
    const QByteArray md = m_pendingMarkdown.toUtf8();
    m_watcher.setFuture(QtConcurrent::run([md] { return renderPlainMarkdown(md); }));
}

void PreviewView::showMessage(const QString &text)
{
    m_hasPending = false;
    m_debounce->stop();
    push(QStringLiteral("<p class=\"gravdesk-message\">") + text.toHtmlEscaped() + QStringLiteral("</p>"));
}

void PreviewView::push(const QString &html)
{
    m_lastHtml = html;
    ++m_renderCount;
    if (!m_shellReady) {
        m_queuedHtml = html;
        m_hasQueued = true;
        return;
    }
    const QString arg = QString::fromUtf8(QJsonDocument::fromVariant(QVariantList {html}).toJson(QJsonDocument::Compact));
    page()->runJavaScript(QStringLiteral("window.gravdeskSetContent && window.gravdeskSetContent(") + arg.mid(1, arg.size() - 2)
            + QStringLiteral(");"),
        QWebEngineScript::MainWorld);
    Q_EMIT contentPushed();
}

} // namespace GravDesk
