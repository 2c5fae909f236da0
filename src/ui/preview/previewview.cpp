#include "previewview.h"

#include "markdown/gravrenderer.h"
#include "markdown/plainrenderer.h"
#include "page/envelope.h"
#include "site/pagemediapath.h"

#include <QBuffer>
#include <QDir>
#include <QEvent>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonValue>
#include <QMimeDatabase>
#include <QPalette>
#include <QPointer>
#include <QRegularExpression>
#include <QTimer>
#include <QWebChannel>
#include <QWebEnginePage>
#include <QWebEngineProfile>
#include <QWebEngineScript>
#include <QWebEngineSettings>
#include <QWebEngineUrlRequestInterceptor>
#include <QWebEngineUrlRequestJob>
#include <QWebEngineUrlScheme>
#include <QWebEngineUrlSchemeHandler>
#include <QtConcurrent/QtConcurrentRun>

#include <atomic>
#include <cmath>
#include <tuple>

// The resources live in this static library; make sure they are registered in every executable using it.
static void initPreviewResources()
{
    Q_INIT_RESOURCE(gravdesk);
}

namespace GravDesk {
namespace {

const QByteArray kMediaScheme = QByteArrayLiteral("gravdesk-media");

const QUrl kShellUrl(QStringLiteral("qrc:/preview/shell.html"));

} // namespace

/// Lets through only the shell (qrc), inline data and the page's own media; counts what it blocks.
class SandboxInterceptor final : public QWebEngineUrlRequestInterceptor
{
public:
    using QWebEngineUrlRequestInterceptor::QWebEngineUrlRequestInterceptor;
    std::atomic_int blocked {0};

    void interceptRequest(QWebEngineUrlRequestInfo &info) override
    {
        const QString scheme = info.requestUrl().scheme();
        if (scheme == QLatin1String("qrc") || scheme == QLatin1String("data") || scheme == QString::fromLatin1(kMediaScheme))
            return;
        ++blocked;
        info.block(true);
    }
};

namespace {

/// Keeps the shell in place: links are reported, never followed; the shell's console goes to Qt's log.
class PreviewPage final : public QWebEnginePage
{
    Q_OBJECT

public:
    using QWebEnginePage::QWebEnginePage;

Q_SIGNALS:
    void linkRequested(const QUrl &url);

protected:
    void javaScriptConsoleMessage(
        JavaScriptConsoleMessageLevel level, const QString &message, int line, const QString &source) override
    {
        if (level == ErrorMessageLevel)
            qWarning("preview: %s (%s:%d)", qUtf8Printable(message), qUtf8Printable(source), line);
    }
    bool acceptNavigationRequest(const QUrl &url, NavigationType type, bool isMainFrame) override
    {
        if (isMainFrame && url == kShellUrl && (type == NavigationTypeTyped || type == NavigationTypeReload))
            return true;
        if (isMainFrame && type == NavigationTypeLinkClicked)
            Q_EMIT linkRequested(url);
        // Anything else (meta refresh, script or form navigation, frames) stays out.
        return false;
    }
};

} // namespace

/// Serves files of the current page folder, and nothing else.
class PageMediaSchemeHandler final : public QWebEngineUrlSchemeHandler
{
public:
    using QWebEngineUrlSchemeHandler::QWebEngineUrlSchemeHandler;
    QString folder;
    QString gravFolderUrl; ///< how Grav names the folder in image URLs (`/user/pages/<folder>/`)
    QString stagingFolder; ///< photos waiting for Save
    QHash<QString, QString> pending; ///< name after Save -> where its bytes are now
    QStringList hidden; ///< names that Save removes
    int denied = 0;

    // A name the next Save changes: served from where its bytes are now, if that is one of the two folders.
    QString pendingPath(const QString &encodedPath, bool *known) const
    {
        QString name = QUrl::fromPercentEncoding(encodedPath.toUtf8());
        if (!gravFolderUrl.isEmpty() && name.startsWith(gravFolderUrl))
            name = name.mid(gravFolderUrl.size());
        if (name.startsWith(QLatin1Char('/')))
            name.remove(0, 1);
        // A photo not in the folder yet is linked by Grav under the page's route: its last segment names it.
        if (!pending.contains(name) && pending.contains(name.section(QLatin1Char('/'), -1)))
            name = name.section(QLatin1Char('/'), -1);
        *known = pending.contains(name) || hidden.contains(name);
        if (!pending.contains(name))
            return QString();
        const QFileInfo source(pending.value(name));
        const QString dir = source.absolutePath();
        if (dir != QFileInfo(folder).absoluteFilePath()
            && (stagingFolder.isEmpty() || dir != QFileInfo(stagingFolder).absoluteFilePath()))
            return QString();
        return resolvePageMediaRequest(dir, QString::fromLatin1(QUrl::toPercentEncoding(source.fileName())));
    }

    void requestStarted(QWebEngineUrlRequestJob *job) override
    {
        bool known = false;
        const QString encoded = job->requestUrl().path(QUrl::FullyEncoded);
        const QString staged = pendingPath(encoded, &known);
        const QString path = known ? staged : resolvePageMediaRequest(folder, gravFolderUrl, encoded);
        if (path.isEmpty()) {
            ++denied;
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

/// The shell's way back to GravDesk over the web channel: it only ever reports numbers.
class PreviewBridge final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PreviewBridge)

public:
    using QObject::QObject;

Q_SIGNALS:
    void scrolled(double line);

public Q_SLOTS:
    void previewScrolled(double line)
    {
        if (std::isfinite(line) && line > 0)
            Q_EMIT scrolled(line);
    }
};

namespace {

// Line breaks in @p text (\n, \r\n or a lone \r), counted on the UTF-16 text: this runs at every key.
int countBreaks(QStringView text)
{
    int n = 0;
    const qsizetype size = text.size();
    for (qsizetype i = 0; i < size; ++i) {
        const char16_t c = text[i].unicode();
        if (c == u'\n' || (c == u'\r' && (i + 1 == size || text[i + 1] != u'\n')))
            ++n;
    }
    return n;
}

// How many lines @p text has, and on which of them the body starts when it is a whole page file.
std::pair<int, int> bodyLines(const QString &text, bool wholeFile)
{
    const int lines = countBreaks(text) + 1;
    if (!wholeFile)
        return {1, lines};
    // The header is at the top: a huge page's body need not be converted to find where it ends. The
    // envelope read from a prefix agrees with the whole file's when its header closes well inside it.
    constexpr qsizetype kPrefix = 64 * 1024;
    if (text.size() > kPrefix) {
        const QByteArray head = QStringView(text).left(kPrefix).toUtf8();
        const Envelope envelope = splitEnvelope(head);
        if (envelope.bodyOffset > 0 && envelope.bodyOffset + 2 < head.size())
            return {countBreaks(QString::fromUtf8(envelope.prefix())) + 1, lines};
    }
    return {countBreaks(QString::fromUtf8(splitEnvelope(text.toUtf8()).prefix())) + 1, lines};
}

// The part of @p bytes the preview renders: all of it up to kMaxPreviewBytes, else its beginning,
// ending at a line end when one is near the cut (a table keeps whole rows), else at a character's end.
QByteArray previewPart(const QByteArray &bytes, bool *cut)
{
    *cut = bytes.size() > PreviewView::kMaxPreviewBytes;
    if (!*cut)
        return bytes;
    qsizetype end = bytes.lastIndexOf('\n', PreviewView::kMaxPreviewBytes - 1);
    if (end >= PreviewView::kMaxPreviewBytes / 2)
        return bytes.left(end + 1);
    end = PreviewView::kMaxPreviewBytes;
    while (end > 0 && (static_cast<uchar>(bytes[end]) & 0xC0) == 0x80)
        --end;
    return bytes.left(end);
}

} // namespace

QByteArray PreviewView::tooLargeNotice()
{
    return QStringLiteral("<p class=\"gravdesk-notice gravdesk-too-large\">%1</p>")
        .arg(tr("This page is too large to preview in full; the preview shows its first %1 KB.").arg(kMaxPreviewBytes / 1024))
        .toUtf8();
}

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
    m_profile = new QWebEngineProfile; // off the record: no cache or cookies on disk; deleted after the page
    m_interceptor = new SandboxInterceptor(m_profile);
    m_profile->setUrlRequestInterceptor(m_interceptor);
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
    connect(page, &PreviewPage::linkRequested, this, &PreviewView::linkActivated);
    // The shell reports the reader's scrolling over a web channel; content scripts cannot run to use it.
    m_channel = new QWebChannel(this);
    m_bridge = new PreviewBridge(this);
    m_channel->registerObject(QStringLiteral("gravdeskBridge"), m_bridge);
    page->setWebChannel(m_channel);
    connect(m_bridge, &PreviewBridge::scrolled, this, [this](double line) {
        if (m_syncEnabled)
            Q_EMIT previewScrolled(line);
    });
    // A crashed renderer is replaced: reload the shell and show the last content again.
    connect(page, &QWebEnginePage::renderProcessTerminated, this,
        [this, page](QWebEnginePage::RenderProcessTerminationStatus status) {
            if (status == QWebEnginePage::NormalTerminationStatus)
                return;
            m_shellReady = false;
            m_queuedHtml = m_lastHtml;
            m_hasQueued = true;
            ++m_recoveries;
            QTimer::singleShot(0, page, [page] { page->setUrl(kShellUrl); });
        });
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
        // A refused navigation (a link, a meta refresh in the content) also ends in loadFinished(false)
        // while the shell stays as it was; only a crash (handled above) takes the shell away.
        if (!ok)
            return;
        m_shellReady = true;
        pushShellState();
        pushHeader();
        if (m_hasQueued) {
            m_hasQueued = false;
            push(m_queuedHtml);
        }
    });
    page->setUrl(kShellUrl);
}

PreviewView::~PreviewView()
{
    m_watcher.waitForFinished();
    // The page must go before its profile; as siblings they would be destroyed the other way round.
    delete page();
    delete m_profile;
}

int PreviewView::blockedRequests() const
{
    return m_interceptor->blocked;
}

int PreviewView::deniedMediaRequests() const
{
    return m_media->denied;
}

void PreviewView::setPageFolder(const QString &folder)
{
    if (folder != m_media->folder)
        runInShell(QStringLiteral("gravdeskNewPage"), {}); // before the new page's content, in order
    m_media->folder = folder;
    m_media->gravFolderUrl.clear();
    if (m_renderer && !folder.isEmpty()) {
        const QString rel = QDir(m_renderer->pagesDir()).relativeFilePath(QDir(folder).canonicalPath());
        if (!rel.startsWith(QLatin1String("..")))
            m_media->gravFolderUrl = QStringLiteral("/user/pages/") + rel + QLatin1Char('/');
    }
}

void PreviewView::setPendingMedia(const QString &stagingFolder, const QHash<QString, QString> &pending, const QStringList &hidden)
{
    m_media->stagingFolder = stagingFolder;
    m_media->pending = pending;
    m_media->hidden = hidden;
}

void PreviewView::setRenderer(std::shared_ptr<const GravRenderer> renderer)
{
    m_renderer = std::move(renderer);
}

void PreviewView::setMarkdown(const QString &markdown, const QString &filePath)
{
    m_pendingMarkdown = markdown;
    m_pendingPath = filePath;
    std::tie(m_bodyFirstLine, m_lineCount) = bodyLines(markdown, !filePath.isEmpty());
    m_hasPending = true;
    ++m_requestedSeq;
    if (!isVisible())
        return; // rendered when shown
    // Waiting trades latency for renders not made: a keystroke within the wait joins the same render
    // instead of leaving a stale one in flight. Render and patch cost about 0.5 ms per 1,000 characters
    // (5 ms for a 10 KB Cyrillic post, 30 ms for 100 KB); waiting 1 ms per 4,096 characters adds at most
    // half a render to a keystroke's latency, and a post up to 16K characters waits 0–3 ms, less than its
    // render. A zero wait still folds the edits of one event (a paste, a replace) into one render.
    const int delay = std::min(static_cast<int>(markdown.size() / 4096), 100);
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
    m_renderingSeq = m_requestedSeq;
    // The text is converted and cut on the worker: a copy of the QString is only a reference.
    if (!m_renderer) {
        m_watcher.setFuture(QtConcurrent::run([text = m_pendingMarkdown] {
            bool cut = false;
            const QByteArray html = renderPlainMarkdown(previewPart(text.toUtf8(), &cut));
            return cut ? QByteArray(tooLargeNotice() + html) : html;
        }));
        return;
    }
    // The renderer travels with the job, so a site change while it runs cannot pull it away.
    m_watcher.setFuture(QtConcurrent::run([text = m_pendingMarkdown, path = m_pendingPath, renderer = m_renderer] {
        bool cut = false;
        const QByteArray md = previewPart(text.toUtf8(), &cut);
        RenderOptions options;
        options.keepSummaryDelimiter = true; // shown as a marker below
        options.sourceLines = true; // scroll sync
        options.previewPlaceholders = true;
        options.maxInputBytes = 2 * 1024 * 1024;
        options.maxOutputBytes = 16 * 1024 * 1024;
        const RenderResult r = renderer->render(md, path, options);
        QString html = r.ok ? r.html : QStringLiteral("<p class=\"gravdesk-message\">%1</p>").arg(r.error.toHtmlEscaped());
        const QString delimiter = renderer->config().summaryDelimiter();
        // The delimiter's paragraph may carry its source line; the marker keeps it for scroll sync.
        const QRegularExpression delimiterParagraph(QStringLiteral("<p((?: data-gd-line=\"\\d+\")?)>")
            + QRegularExpression::escape(delimiter.toHtmlEscaped()) + QStringLiteral("</p>"));
        html.replace(delimiterParagraph,
            QStringLiteral("<div class=\"gravdesk-summary-marker\"\\1 title=\"%1\"></div>")
                .arg(PreviewView::tr("The summary shown in the news list ends here")));
        if (r.truncated || cut)
            html.prepend(QString::fromUtf8(tooLargeNotice()));
        if (r.headerRejected)
            html.prepend(QStringLiteral("<p class=\"gravdesk-notice\">%1</p>")
                             .arg(PreviewView::tr("Grav rejects this page's header and would publish the error page below.")));
        return html.toUtf8();
    }));
}

void PreviewView::changeEvent(QEvent *event)
{
    QWebEngineView::changeEvent(event);
    if (event->type() == QEvent::PaletteChange || event->type() == QEvent::LanguageChange)
        pushShellState();
}

void PreviewView::runInShell(const QString &function, const QVariantList &args)
{
    if (!m_shellReady)
        return;
    const QString json = QString::fromUtf8(QJsonDocument::fromVariant(args).toJson(QJsonDocument::Compact));
    page()->runJavaScript(QStringLiteral("window.") + function + QStringLiteral(" && window.") + function + QLatin1Char('(')
            + json.mid(1, json.size() - 2) + QStringLiteral(");"),
        QWebEngineScript::MainWorld);
}

void PreviewView::pushShellState()
{
    const QPalette pal = palette();
    m_dark = pal.color(QPalette::Base).lightness() < pal.color(QPalette::Text).lightness();
    runInShell(QStringLiteral("gravdeskSetTheme"), {m_dark});
    runInShell(QStringLiteral("gravdeskSetSync"), {m_syncEnabled});
    const QVariantMap labels {
        {QStringLiteral("twig"), tr("Twig")},
        {QStringLiteral("shortcode"), tr("Shortcode")},
        {QStringLiteral("summary"), tr("summary ▴ · ▾ full text")},
        {QStringLiteral("previous"), tr("Previous picture")},
        {QStringLiteral("next"), tr("Next picture")},
        {QStringLiteral("slide"), tr("Picture %1")},
    };
    runInShell(QStringLiteral("gravdeskSetLabels"), {labels});
}

void PreviewView::scrollToLine(double fileLine, double viewportFraction, bool instant)
{
    runInShell(QStringLiteral("gravdeskScrollToLine"), {fileLine, viewportFraction, m_lineCount, instant});
}

void PreviewView::setScrollSyncEnabled(bool enabled)
{
    m_syncEnabled = enabled;
    runInShell(QStringLiteral("gravdeskSetSync"), {enabled});
}

void PreviewView::setPageHeader(const QString &title, const QString &date)
{
    m_title = title;
    m_date = date;
    pushHeader();
}

void PreviewView::pushHeader()
{
    if (!m_shellReady)
        return; // sent once the shell has loaded
    const QString args
        = QString::fromUtf8(QJsonDocument::fromVariant(QVariantList {m_title, m_date}).toJson(QJsonDocument::Compact));
    page()->runJavaScript(QStringLiteral("window.gravdeskSetHeader && window.gravdeskSetHeader(") + args.mid(1, args.size() - 2)
            + QStringLiteral(");"),
        QWebEngineScript::MainWorld);
}

void PreviewView::showMessage(const QString &text)
{
    setPageHeader(QString(), QString());
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
    // The script's value is the sequence number, returned once the DOM is patched.
    const int seq = m_renderingSeq;
    QPointer<PreviewView> self(this);
    page()->runJavaScript(QStringLiteral("window.gravdeskSetContent && window.gravdeskSetContent(") + arg.mid(1, arg.size() - 2)
            + QStringLiteral("); ") + QString::number(seq) + QLatin1Char(';'),
        QWebEngineScript::MainWorld, [self](const QVariant &v) {
            if (self)
                Q_EMIT self->contentApplied(v.toInt());
        });
    Q_EMIT contentPushed();
}

} // namespace GravDesk

#include "previewview.moc"
