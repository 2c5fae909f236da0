// The preview shell's own script: the patcher keeps blocks whose only change is their source line,
// placeholders are labelled, image actions are approximated, galleries are slideshows, and the
// palette decides light or dark; many edits in one event are rendered once. Content here is hand-written
// HTML carrying the renderer's attributes.
#include "preview/previewview.h"

#include <QApplication>
#include <QDir>
#include <QImage>
#include <QPalette>
#include <QTemporaryDir>
#include <QTest>
#include <QWebEnginePage>

#include <memory>

using namespace GravDesk;

class TestPreviewShell final : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<PreviewView> m_view;

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

    // Shows @p markdown and waits until the page confirms it has patched the DOM with it.
    bool show(const QString &markdown)
    {
        auto applied = std::make_shared<int>(-1);
        const auto conn = connect(m_view.get(), &PreviewView::contentApplied, this, [applied](int seq) { *applied = seq; });
        m_view->setMarkdown(markdown);
        const int want = m_view->requestedSeq();
        const bool ok = QTest::qWaitFor([&] { return *applied >= want; }, 10000);
        disconnect(conn);
        return ok;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        QImage img(40, 20, QImage::Format_RGB32);
        img.fill(Qt::darkCyan);
        QVERIFY(img.save(m_dir.filePath(QStringLiteral("wide.png"))));
        m_view = std::make_unique<PreviewView>();
        m_view->resize(900, 700);
        m_view->setPageFolder(m_dir.path());
        m_view->show();
        QTRY_VERIFY_WITH_TIMEOUT(m_view->isShellReady(), 20000);
    }

    void patcherKeepsBlocksWhoseLineMoved()
    {
        QVERIFY(show(QStringLiteral("<div data-gd-line=\"1\" id=\"a\">A</div>\n\n<div data-gd-line=\"3\" id=\"b\">B</div>\n")));
        evaluate(QStringLiteral("document.getElementById('a').gdMark = 7; document.getElementById('b').gdMark = 7;"));
        // A new block above: both old blocks move down two lines, and neither is replaced.
        QVERIFY(show(QStringLiteral("<div data-gd-line=\"1\" id=\"n\">New</div>\n\n<div data-gd-line=\"3\" id=\"a\">A</div>\n\n"
                                    "<div data-gd-line=\"5\" id=\"b\">B</div>\n")));
        QCOMPARE(evaluate(QStringLiteral("document.getElementById('n').textContent")).toString(), QStringLiteral("New"));
        QCOMPARE(evaluate(QStringLiteral("document.getElementById('a').gdMark")).toInt(), 7);
        QCOMPARE(evaluate(QStringLiteral("document.getElementById('b').gdMark")).toInt(), 7);
        QCOMPARE(evaluate(QStringLiteral("document.getElementById('a').getAttribute('data-gd-line')")).toString(),
            QStringLiteral("3"));
        QCOMPARE(evaluate(QStringLiteral("document.getElementById('b').getAttribute('data-gd-line')")).toString(),
            QStringLiteral("5"));
        // A block whose content changed is replaced; its neighbours stay.
        QVERIFY(show(
            QStringLiteral("<div data-gd-line=\"1\" id=\"n\">New</div>\n\n<div data-gd-line=\"3\" id=\"a\">A edited</div>\n\n"
                           "<div data-gd-line=\"5\" id=\"b\">B</div>\n")));
        QCOMPARE(evaluate(QStringLiteral("typeof document.getElementById('a').gdMark")).toString(), QStringLiteral("undefined"));
        QCOMPARE(evaluate(QStringLiteral("document.getElementById('a').textContent")).toString(), QStringLiteral("A edited"));
        QCOMPARE(evaluate(QStringLiteral("document.getElementById('b').gdMark")).toInt(), 7);
        QCOMPARE(evaluate(QStringLiteral("document.getElementById('content').children.length")).toInt(), 3);
    }

    void editsOfOneEventRenderOnce()
    {
        // A paste or a replace changes the text many times before the event loop runs again; a short text
        // waits no time before its render, and still only the last text is rendered.
        const int before = m_view->renderCount();
        for (int i = 1; i < 20; ++i)
            m_view->setMarkdown(QStringLiteral("<p id=\"burst\">%1</p>\n").arg(i));
        QVERIFY(show(QStringLiteral("<p id=\"burst\">20</p>\n")));
        QCOMPARE(m_view->renderCount(), before + 1);
        QCOMPARE(evaluate(QStringLiteral("document.getElementById('burst').textContent")).toString(), QStringLiteral("20"));
    }

    void placeholdersAreLabelled()
    {
        QVERIFY(show(QStringLiteral(
            "<p>Before <span class=\"gd-placeholder\" data-gd-kind=\"twig\" id=\"t\">{{ page.title }}</span> after</p>\n\n"
            "<div class=\"gd-placeholder\" data-gd-kind=\"shortcode\" id=\"s\">[notice]Hi[/notice]</div>\n")));
        const QString twig
            = evaluate(QStringLiteral("getComputedStyle(document.getElementById('t'), '::before').content")).toString();
        const QString shortcode
            = evaluate(QStringLiteral("getComputedStyle(document.getElementById('s'), '::before').content")).toString();
        QVERIFY2(twig.contains(QStringLiteral("Twig")), qPrintable(twig));
        QVERIFY2(shortcode.contains(QStringLiteral("Shortcode")), qPrintable(shortcode));
        // Boxed apart from the text, and the original source is still there to read.
        QCOMPARE(evaluate(QStringLiteral("getComputedStyle(document.getElementById('t')).borderTopStyle")).toString(),
            QStringLiteral("dashed"));
        QCOMPARE(evaluate(QStringLiteral("getComputedStyle(document.getElementById('s')).display")).toString(),
            QStringLiteral("block"));
        QVERIFY(evaluate(QStringLiteral("document.getElementById('t').offsetWidth")).toInt() > 0);
        QCOMPARE(evaluate(QStringLiteral("document.getElementById('s').textContent")).toString(),
            QStringLiteral("[notice]Hi[/notice]"));
    }

    void imageActionsAreApproximated_data()
    {
        QTest::addColumn<QString>("actions");
        QTest::addColumn<int>("width");
        QTest::addColumn<int>("height");
        QTest::addColumn<QString>("fit");
        // wide.png is 40×20.
        QTest::newRow("cropZoom, Grav's query form") << QStringLiteral("cropZoom=100,80") << 100 << 80 << QStringLiteral("cover");
        QTest::newRow("zoomCrop") << QStringLiteral("zoomCrop(60,60)") << 60 << 60 << QStringLiteral("cover");
        QTest::newRow("cropResize keeps the ratio")
            << QStringLiteral("cropResize(300,200);quality(80)") << 300 << 150 << QStringLiteral("fill");
        QTest::newRow("forceResize") << QStringLiteral("forceResize=90,30") << 90 << 30 << QStringLiteral("fill");
        QTest::newRow("resize") << QStringLiteral("resize=90,30&quality=70") << 90 << 30 << QStringLiteral("contain");
        QTest::newRow("crop") << QStringLiteral("crop(5,4,12,10)") << 12 << 10 << QStringLiteral("none");
        QTest::newRow("width") << QStringLiteral("width=120") << 120 << 60 << QStringLiteral("fill");
        QTest::newRow("height") << QStringLiteral("height(10)") << 20 << 10 << QStringLiteral("fill");
    }

    void imageActionsAreApproximated()
    {
        QFETCH(QString, actions);
        QFETCH(int, width);
        QFETCH(int, height);
        QFETCH(QString, fit);
        QVERIFY(show(QStringLiteral("<p><img id=\"i\" src=\"wide.png\" data-grav-actions=\"%1\"></p>\n").arg(actions)));
        QTRY_COMPARE_WITH_TIMEOUT(evaluate(QStringLiteral("document.getElementById('i').naturalWidth")).toInt(), 40, 10000);
        QTRY_COMPARE_WITH_TIMEOUT(
            evaluate(QStringLiteral("Math.round(document.getElementById('i').getBoundingClientRect().width)")).toInt(), width,
            5000);
        QCOMPARE(
            evaluate(QStringLiteral("Math.round(document.getElementById('i').getBoundingClientRect().height)")).toInt(), height);
        QCOMPARE(evaluate(QStringLiteral("getComputedStyle(document.getElementById('i')).objectFit")).toString(), fit);
        if (actions.startsWith(QLatin1String("crop(")))
            QCOMPARE(evaluate(QStringLiteral("document.getElementById('i').style.objectPosition")).toString(),
                QStringLiteral("-5px -4px"));
    }

    void galleryIsASlideshow()
    {
        const QString gallery = QStringLiteral("<div class=\"owl-carousel owl-theme\" id=\"owl-1\">\n<img id=\"s1\" "
                                               "src=\"wide.png\">\n<img id=\"s2\" src=\"wide.png\">\n"
                                               "<img id=\"s3\" src=\"wide.png\">\n</div>\n\n");
        QVERIFY(show(gallery + QStringLiteral("<p>After</p>\n")));
        auto shown = [this](const char *id) {
            return evaluate(QStringLiteral("getComputedStyle(document.getElementById('%1')).display").arg(QLatin1String(id)))
                       .toString()
                != QLatin1String("none");
        };
        QVERIFY(shown("s1"));
        QVERIFY(!shown("s2"));
        QVERIFY(!shown("s3"));
        QCOMPARE(evaluate(QStringLiteral("document.querySelectorAll('#owl-1 .gd-carousel-dot').length")).toInt(), 3);
        evaluate(QStringLiteral("document.querySelector('#owl-1 .gd-carousel-next').click()"));
        QVERIFY(!shown("s1"));
        QVERIFY(shown("s2"));
        // Typing elsewhere re-renders; the gallery keeps the picture the reader chose.
        QVERIFY(show(gallery + QStringLiteral("<p>After, edited</p>\n")));
        QVERIFY(shown("s2"));
        evaluate(
            QStringLiteral("document.getElementById('owl-1').dispatchEvent(new KeyboardEvent('keydown', {key: 'ArrowLeft'}))"));
        QVERIFY(shown("s1"));
        evaluate(
            QStringLiteral("document.getElementById('owl-1').dispatchEvent(new KeyboardEvent('keydown', {key: 'ArrowLeft'}))"));
        QVERIFY(shown("s3")); // wraps around
        evaluate(QStringLiteral("document.querySelectorAll('#owl-1 .gd-carousel-dot')[1].click()"));
        QVERIFY(shown("s2"));
        // Another page with a carousel of the same id (ids repeat from page to page): it starts at slide 1.
        QTemporaryDir other;
        m_view->setPageFolder(other.path());
        QVERIFY(show(gallery + QStringLiteral("<p>Another page</p>\n")));
        QVERIFY(shown("s1"));
        QVERIFY(!shown("s2"));
        m_view->setPageFolder(m_dir.path());
    }

    void darkPaletteDarkensThePage()
    {
        QVERIFY(show(QStringLiteral("Some text.\n")));
        const auto background = [this] {
            return evaluate(QStringLiteral("getComputedStyle(document.documentElement).backgroundColor")).toString();
        };
        QPalette dark;
        dark.setColor(QPalette::Window, QColor(0x2b, 0x2b, 0x2b));
        dark.setColor(QPalette::Base, QColor(0x1e, 0x1e, 0x1e));
        dark.setColor(QPalette::Text, QColor(0xee, 0xee, 0xee));
        dark.setColor(QPalette::WindowText, QColor(0xee, 0xee, 0xee));
        QPalette light;
        light.setColor(QPalette::Window, QColor(0xef, 0xef, 0xef));
        light.setColor(QPalette::Base, Qt::white);
        light.setColor(QPalette::Text, Qt::black);
        light.setColor(QPalette::WindowText, Qt::black);

        m_view->setPalette(light);
        QTRY_VERIFY_WITH_TIMEOUT(
            !evaluate(QStringLiteral("document.documentElement.classList.contains('gd-dark')")).toBool(), 5000);
        const QString lightBackground = background();
        m_view->setPalette(dark);
        QVERIFY(m_view->isDarkTheme());
        QTRY_VERIFY_WITH_TIMEOUT(
            evaluate(QStringLiteral("document.documentElement.classList.contains('gd-dark')")).toBool(), 5000);
        QVERIFY2(background() != lightBackground, qPrintable(background()));
        m_view->setPalette(light);
        QVERIFY(!m_view->isDarkTheme());
        QTRY_VERIFY_WITH_TIMEOUT(
            !evaluate(QStringLiteral("document.documentElement.classList.contains('gd-dark')")).toBool(), 5000);
        QCOMPARE(background(), lightBackground);
    }

    void cleanupTestCase() { m_view.reset(); }
};

int main(int argc, char *argv[])
{
    PreviewView::registerUrlSchemes();
    QApplication app(argc, argv);
    TestPreviewShell test;
    return QTest::qExec(&test, argc, argv);
}

#include "tst_previewshell.moc"
