#pragma once

#include <QFutureWatcher>
#include <QHash>
#include <QWebEngineView>

#include <memory>

class QTimer;
class QWebChannel;
class QWebEngineProfile;

namespace GravDesk {

class GravRenderer;
class PageMediaSchemeHandler;
class PreviewBridge;
class SandboxInterceptor;

/**
 * The body preview. The shell page is loaded once from the resources; new
 * HTML is pushed into it, so scroll position and images stay put while the
 * user types. Rendering runs on a worker (one job in flight, one pending),
 * debounced by document size. Content is untrusted: the profile is
 * off-the-record, every request that is not the shell or the page's own
 * media is blocked, and the shell's CSP forbids content scripts. The shell's
 * own script reports back (the reader's scrolling) over a web channel whose
 * one object takes only a line number.
 */
class PreviewView final : public QWebEngineView
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PreviewView)

public:
    /**
     * The preview renders at most this much of a page file (its beginning, whole lines) and says so
     * above it: a page ten times a long news post (a generated 2,000-row table, a pasted 1 MB line) would
     * otherwise be rendered, sent and laid out again at every key, for seconds and gigabytes.
     */
    static constexpr qsizetype kMaxPreviewBytes = 256 * 1024;
    /// The notice shown above a cut preview (class gravdesk-too-large), as UTF-8 HTML.
    static QByteArray tooLargeNotice();

    explicit PreviewView(QWidget *parent = nullptr);
    ~PreviewView() override;

    /// Must run before QApplication is created.
    static void registerUrlSchemes();

    /// Sets the folder whose files the preview may show (the page's media).
    void setPageFolder(const QString &folder);
    /**
     * The page's media as the next Save leaves them: @p pending maps a name to the file that holds its
     * bytes now (a photo waiting in @p stagingFolder, or a file of the page folder under its old name);
     * @p hidden names are not shown (deleted or renamed away). Only files directly inside the page folder
     * or @p stagingFolder are ever served.
     */
    void setPendingMedia(const QString &stagingFolder, const QHash<QString, QString> &pending, const QStringList &hidden);
    /**
     * Renders with Grav's dialect for this site from now on (nullptr: plain CommonMark). The renderer
     * must outlive the renders started with it: it is held until they finish.
     */
    void setRenderer(std::shared_ptr<const GravRenderer> renderer);
    /**
     * Schedules a render of @p text — the whole page file (header and body) when @p filePath names it,
     * else Markdown alone; cheap to call on every keystroke.
     */
    void setMarkdown(const QString &text, const QString &filePath = QString());
    /// The page title and date shown above the body, as the site's theme prints them.
    void setPageHeader(const QString &title, const QString &date);
    /// Shows a message instead of content (e.g. no page selected).
    void showMessage(const QString &text);

    /**
     * Scrolls so that line @p fileLine of the page file (1-based, fractional within a line) sits at
     * @p viewportFraction of the preview's height; smooth unless @p instant. Blocks carry their source
     * lines (data-gd-line); a line inside a block is interpolated towards the next block.
     */
    void scrollToLine(double fileLine, double viewportFraction = 0.0, bool instant = false);
    /// Whether the page reports the reader's scrolling (previewScrolled()).
    void setScrollSyncEnabled(bool enabled);
    /// The line in the page file where the body starts (1 when setMarkdown() got Markdown alone).
    int bodyFirstLine() const { return m_bodyFirstLine; }
    /// Lines in the text last given to setMarkdown().
    int lineCount() const { return m_lineCount; }
    /// True when the shell shows the dark palette (it follows the widget's palette).
    bool isDarkTheme() const { return m_dark; }

    bool isShellReady() const { return m_shellReady; }
    QString lastHtml() const { return m_lastHtml; }
    int renderCount() const { return m_renderCount; }
    /// How many times setMarkdown() was called; contentApplied() reports these numbers.
    int requestedSeq() const { return m_requestedSeq; }
    /// Requests the sandbox refused: network, file:// and other schemes.
    int blockedRequests() const;
    /// Media requests for anything but a file directly inside the page folder.
    int deniedMediaRequests() const;
    /// Times the render process crashed and the shell was reloaded.
    int recoveries() const { return m_recoveries; }

Q_SIGNALS:
    /// Emitted when rendered HTML has been handed to the page.
    void contentPushed();
    /// The page confirmed it shows the render of setMarkdown() call number @p seq (see requestedSeq()).
    void contentApplied(int seq);
    /// The user clicked a link in the preview; it was not followed.
    void linkActivated(const QUrl &url);
    /// The reader scrolled the preview: line @p fileLine of the page file (fractional) is at its top.
    void previewScrolled(double fileLine);

protected:
    void showEvent(QShowEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    void startRender();
    void push(const QString &html);
    void pushHeader();
    void pushShellState();
    void runInShell(const QString &function, const QVariantList &args);

    QWebEngineProfile *m_profile = nullptr;
    PageMediaSchemeHandler *m_media = nullptr;
    SandboxInterceptor *m_interceptor = nullptr;
    QWebChannel *m_channel = nullptr;
    PreviewBridge *m_bridge = nullptr;
    QTimer *m_debounce = nullptr;
    QFutureWatcher<QByteArray> m_watcher;
    QString m_pendingMarkdown;
    QString m_pendingPath;
    std::shared_ptr<const GravRenderer> m_renderer;
    bool m_hasPending = false;
    bool m_shellReady = false;
    QString m_queuedHtml;
    bool m_hasQueued = false;
    QString m_lastHtml;
    QString m_title;
    QString m_date;
    int m_renderCount = 0;
    int m_recoveries = 0;
    int m_requestedSeq = 0;
    int m_renderingSeq = 0;
    int m_bodyFirstLine = 1;
    int m_lineCount = 0;
    bool m_syncEnabled = true;
    bool m_dark = false;
};

} // namespace GravDesk
