#pragma once

#include <QFutureWatcher>
#include <QWebEngineView>

class QTimer;
class QWebEngineProfile;

namespace GravDesk {

class PageMediaSchemeHandler;

/**
 * The body preview. The shell page is loaded once from the resources; new
 * HTML is pushed into it, so scroll position and images stay put while the
 * user types. Rendering runs on a worker (one job in flight, one pending),
 * debounced by document size. Content is untrusted: the profile is
 * off-the-record, every request that is not the shell or the page's own
 * media is blocked, and the shell's CSP forbids content scripts.
 */
class PreviewView final : public QWebEngineView
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PreviewView)

public:
    explicit PreviewView(QWidget *parent = nullptr);
    ~PreviewView() override;

    /// Must run before QApplication is created.
    static void registerUrlSchemes();

    /// Sets the folder whose files the preview may show (the page's media).
    void setPageFolder(const QString &folder);
    /// Schedules a render of @p markdown; cheap to call on every keystroke.
    void setMarkdown(const QString &markdown);
    /// Shows a message instead of content (e.g. no page selected).
    void showMessage(const QString &text);

    bool isShellReady() const { return m_shellReady; }
    QString lastHtml() const { return m_lastHtml; }
    int renderCount() const { return m_renderCount; }

Q_SIGNALS:
    /// Emitted when rendered HTML has been handed to the page.
    void contentPushed();

protected:
    void showEvent(QShowEvent *event) override;

private:
    void startRender();
    void push(const QString &html);

    QWebEngineProfile *m_profile = nullptr;
    PageMediaSchemeHandler *m_media = nullptr;
    QTimer *m_debounce = nullptr;
    QFutureWatcher<QByteArray> m_watcher;
    QString m_pendingMarkdown;
    bool m_hasPending = false;
    bool m_shellReady = false;
    QString m_queuedHtml;
    bool m_hasQueued = false;
    QString m_lastHtml;
    int m_renderCount = 0;
};

} // namespace GravDesk
