// The preview is a sandbox: a security corpus of hostile content must neither run nor load anything.
#include "fileutil.h"
#include "preview/previewview.h"

#include <QApplication>
#include <QDir>
#include <QFile>
#include <QImage>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QWebEnginePage>

#include <memory>

using namespace GravDesk;

class TestPreviewSandbox final : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_page;
    std::unique_ptr<PreviewView> m_view;

    // Evaluates @p script in the shell's page; callbacks may come late, so they write to shared state.
    QVariant evaluate(const QString &script)
    {
        auto result = std::make_shared<QVariant>();
        auto done = std::make_shared<bool>(false);
        m_view->page()->runJavaScript(script, [result, done](const QVariant &v) {
            *result = v;
            *done = true;
        });
        if (!QTest::qWaitFor([done] { return *done; }, 10000))
            qWarning("no answer from the preview page to: %s", qUtf8Printable(script));
        return *result;
    }

    void show(const QString &markdown)
    {
        const int before = m_view->renderCount();
        m_view->setMarkdown(markdown);
        QTRY_VERIFY_WITH_TIMEOUT(m_view->renderCount() > before, 10000);
        QTest::qWait(1500); // give anything hostile time to try
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        QDir root(m_dir.path());
        QVERIFY(root.mkpath(QStringLiteral("pages/01.news")));
        m_page = root.filePath(QStringLiteral("pages/01.news"));
        QImage img(8, 8, QImage::Format_RGB32);
        img.fill(Qt::red);
        QVERIFY(img.save(m_page + QStringLiteral("/ok.png")));
        QVERIFY(img.save(root.filePath(QStringLiteral("secret.png"))));
        QVERIFY(QFile::link(root.filePath(QStringLiteral("secret.png")), m_page + QStringLiteral("/out.png")));
        m_view = std::make_unique<PreviewView>();
        m_view->resize(800, 600);
        m_view->setPageFolder(m_page);
        m_view->show();
        QTRY_VERIFY_WITH_TIMEOUT(m_view->isShellReady(), 20000);
    }

    void pageMediaLoads()
    {
        show(QStringLiteral("![ok](ok.png)\n\n<img id=\"ok\" src=\"ok.png\">\n"));
        QTRY_COMPARE_WITH_TIMEOUT(evaluate(QStringLiteral("document.getElementById('ok').naturalWidth")).toInt(), 8, 10000);
    }

    // Photos waiting for Save are served from the staging folder, and from nowhere else.
    void pendingMediaOnlyFromTheTwoFolders()
    {
        QDir root(m_dir.path());
        QVERIFY(root.mkpath(QStringLiteral("staging")));
        const QString staging = root.filePath(QStringLiteral("staging"));
        QImage img(4, 4, QImage::Format_RGB32);
        img.fill(Qt::blue);
        QVERIFY(img.save(staging + QStringLiteral("/x-1.png")));
        QVERIFY(img.save(m_page + QStringLiteral("/old.png"))); // never shown before: not in the page's cache
        const int deniedBefore = m_view->deniedMediaRequests();
        m_view->setPendingMedia(staging,
            {{QStringLiteral("new.png"), staging + QStringLiteral("/x-1.png")},
                {QStringLiteral("escape.png"), root.filePath(QStringLiteral("secret.png"))}},
            {QStringLiteral("old.png")});
        show(QStringLiteral("<img id=\"new\" src=\"new.png\"> <img id=\"esc\" src=\"escape.png\"> "
                            "<img id=\"gone\" src=\"old.png\">\n"));
        QTRY_COMPARE_WITH_TIMEOUT(evaluate(QStringLiteral("document.getElementById('new').naturalWidth")).toInt(), 4, 10000);
        QCOMPARE(evaluate(QStringLiteral("document.getElementById('esc').naturalWidth")).toInt(), 0);
        QCOMPARE(evaluate(QStringLiteral("document.getElementById('gone').naturalWidth")).toInt(), 0); // deleted at Save
        QVERIFY(m_view->deniedMediaRequests() > deniedBefore);
        m_view->setPendingMedia({}, {}, {});
    }

    void hostileContentDoesNothing()
    {
        QSignalSpy links(m_view.get(), &PreviewView::linkActivated);
        const int blockedBefore = m_view->blockedRequests();
        const int deniedBefore = m_view->deniedMediaRequests();
        const QString corpus = QStringLiteral(
            "<script>window.pwned = 'script';</script>\n\n"
            "<img src=\"nope.png\" onerror=\"window.pwned = 'onerror'\">\n\n"
            "<svg><script>window.pwned = 'svg'</script></svg>\n\n"
            "<body onload=\"window.pwned = 'onload'\"></body>\n\n"
            "[click](javascript:window.pwned='link')\n\n"
            "<a id=\"js\" href=\"javascript:window.pwned='href'\">js</a>\n\n"
            "<meta http-equiv=\"refresh\" content=\"0; url=https://example.com/\">\n\n"
            "<iframe srcdoc=\"<script>parent.pwned = 'srcdoc'</script>\"></iframe>\n\n"
            "<iframe src=\"https://example.com/\"></iframe>\n\n"
            "<img src=\"http://127.0.0.1:9/track.png\">\n\n"
            "<img src=\"file:///etc/hostname\">\n\n"
            "<img id=\"up\" src=\"../../secret.png\">\n\n"
            "<img id=\"enc\" src=\"%2e%2e/%2e%2e/secret.png\">\n\n"
            "<img id=\"out\" src=\"out.png\">\n\n"
            "<link rel=\"stylesheet\" href=\"https://example.com/x.css\">\n\n"
            "<object data=\"file:///etc/hostname\"></object>\n\n"
            "<form action=\"https://example.com/\"><button id=\"submit\">go</button></form>\n\n"
            "<style>@import url('https://example.com/y.css'); body { background: url('file:///etc/z.png'); }</style>\n");
        show(corpus);
        // Nothing ran, in the page or in a frame.
        QCOMPARE(evaluate(QStringLiteral("typeof window.pwned")).toString(), QStringLiteral("undefined"));
        // Scripted attempts from the shell's side: fetch and XHR to file:// and http:// fail.
        evaluate(QStringLiteral("fetch('file:///etc/hostname').then(function(){window.fetched=1}).catch(function(){});"
                                "fetch('http://127.0.0.1:9/').then(function(){window.fetched=2}).catch(function(){});"));
        QTest::qWait(1000);
        QCOMPARE(evaluate(QStringLiteral("typeof window.fetched")).toString(), QStringLiteral("undefined"));
        // Clicking links and submitting forms leaves the shell where it is.
        evaluate(QStringLiteral("document.getElementById('js').click(); document.getElementById('submit').click();"));
        QTest::qWait(1000);
        QCOMPARE(evaluate(QStringLiteral("typeof window.pwned")).toString(), QStringLiteral("undefined"));
        QCOMPARE(m_view->page()->url(), QUrl(QStringLiteral("qrc:/preview/shell.html")));
        // Images outside the page folder did not load, and the sandbox saw and refused the attempts.
        QCOMPARE(evaluate(QStringLiteral("document.getElementById('up').naturalWidth")).toInt(), 0);
        QCOMPARE(evaluate(QStringLiteral("document.getElementById('enc').naturalWidth")).toInt(), 0);
        QCOMPARE(evaluate(QStringLiteral("document.getElementById('out').naturalWidth")).toInt(), 0);
        // Two layers refuse: the shell's CSP in the renderer, and the profile's interceptor behind it.
        const int violations = evaluate(QStringLiteral("window.gravdeskBlocked || 0")).toInt();
        QVERIFY2(violations + m_view->blockedRequests() - blockedBefore >= 5, qPrintable(QString::number(violations)));
        QVERIFY(m_view->deniedMediaRequests() > deniedBefore);
        Q_UNUSED(links);
    }

    void externalLinkIsReportedNotFollowed()
    {
        QSignalSpy links(m_view.get(), &PreviewView::linkActivated);
        show(QStringLiteral("<a id=\"ext\" href=\"https://example.com/page\">site</a>\n"));
        // A user's click (not a script's) is what asks the window to open the link.
        const QVariant rect
            = evaluate(QStringLiteral("(function(){var r=document.getElementById('ext').getBoundingClientRect();return "
                                      "[r.left+r.width/2, r.top+r.height/2];})()"));
        const QVariantList xy = rect.toList();
        QVERIFY2(xy.size() == 2, qPrintable(evaluate(QStringLiteral("document.getElementById('content').innerHTML")).toString()));
        QWidget *target = m_view->focusProxy() ? m_view->focusProxy() : m_view.get();
        QTest::mouseClick(target, Qt::LeftButton, Qt::NoModifier, QPoint(xy[0].toInt(), xy[1].toInt()));
        QTRY_VERIFY_WITH_TIMEOUT(!links.isEmpty(), 5000);
        QCOMPARE(links.first().first().toUrl(), QUrl(QStringLiteral("https://example.com/page")));
        QCOMPARE(m_view->page()->url(), QUrl(QStringLiteral("qrc:/preview/shell.html")));
    }

    void crashedRendererIsReplaced()
    {
        show(QStringLiteral("Before the crash.\n"));
        m_view->page()->setUrl(QUrl(QStringLiteral("chrome://crash"))); // Chromium's own debug URL: kills the renderer
        QTRY_VERIFY_WITH_TIMEOUT(m_view->recoveries() > 0, 20000);
        QTRY_VERIFY_WITH_TIMEOUT(m_view->isShellReady(), 20000);
        QTRY_VERIFY_WITH_TIMEOUT(evaluate(QStringLiteral("document.getElementById('content').textContent"))
                                     .toString()
                                     .contains(QStringLiteral("Before the crash")),
            20000);
    }

    void cleanupTestCase() { m_view.reset(); }
};

int main(int argc, char *argv[])
{
    PreviewView::registerUrlSchemes();
    QApplication app(argc, argv);
    TestPreviewSandbox test;
    return QTest::qExec(&test, argc, argv);
}

#include "tst_previewsandbox.moc"
