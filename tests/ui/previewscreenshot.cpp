// Takes the README's preview screenshots: opens a page file's site in the real window, selects the
// page, waits until the preview shows it with its pictures, and saves the window as a PNG.
//   previewscreenshot PAGE_FILE OUT.png [--qm TRANSLATION.qm] [--size 1400x900] [--dark] [--scroll-to CSS_SELECTOR]
// Run it under a real X server (xvfb-run -a); settings go to a test location, not the user's.
#include "mainwindow/mainwindow.h"
#include "preview/previewview.h"
#include "site/sitelayout.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QDir>
#include <QFileInfo>
#include <QImage>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLocale>
#include <QPalette>
#include <QPixmap>
#include <QSplitter>
#include <QStandardPaths>
#include <QStyleFactory>
#include <QTest>
#include <QTranslator>
#include <QWebEnginePage>

#include <cstdio>
#include <memory>

using namespace GravDesk;

namespace {

bool evaluateTrue(PreviewView *view, const QString &script)
{
    auto result = std::make_shared<int>(-1);
    view->page()->runJavaScript(script, [result](const QVariant &v) { *result = v.toBool() ? 1 : 0; });
    return QTest::qWaitFor([result] { return *result >= 0; }, 5000) && *result == 1;
}

QPalette darkPalette()
{
    QPalette p;
    p.setColor(QPalette::Window, QColor(0x2d, 0x30, 0x34));
    p.setColor(QPalette::WindowText, QColor(0xe6, 0xe6, 0xe6));
    p.setColor(QPalette::Base, QColor(0x1f, 0x22, 0x26));
    p.setColor(QPalette::AlternateBase, QColor(0x2a, 0x2d, 0x31));
    p.setColor(QPalette::Text, QColor(0xe6, 0xe6, 0xe6));
    p.setColor(QPalette::Button, QColor(0x35, 0x38, 0x3c));
    p.setColor(QPalette::ButtonText, QColor(0xe6, 0xe6, 0xe6));
    p.setColor(QPalette::Highlight, QColor(0x2f, 0x6f, 0xc4));
    p.setColor(QPalette::HighlightedText, Qt::white);
    p.setColor(QPalette::PlaceholderText, QColor(0x90, 0x90, 0x90));
    p.setColor(QPalette::Disabled, QPalette::Text, QColor(0x80, 0x80, 0x80));
    p.setColor(QPalette::Disabled, QPalette::WindowText, QColor(0x80, 0x80, 0x80));
    p.setColor(QPalette::Disabled, QPalette::ButtonText, QColor(0x80, 0x80, 0x80));
    return p;
}

int fail(const char *message)
{
    std::fprintf(stderr, "previewscreenshot: %s\n", message);
    return 1;
}

} // namespace

int main(int argc, char *argv[])
{
    PreviewView::registerUrlSchemes();
    QStandardPaths::setTestModeEnabled(true);
    QApplication::setAttribute(Qt::AA_ShareOpenGLContexts);
    QApplication app(argc, argv);
    QApplication::setOrganizationName(QStringLiteral("GravDeskScreenshots"));
    QApplication::setApplicationName(QStringLiteral("GravDesk"));
    QApplication::setStyle(QStyleFactory::create(QStringLiteral("Fusion")));

    QCommandLineParser parser;
    const QCommandLineOption qmOption(QStringLiteral("qm"), QStringLiteral("Interface translation."), QStringLiteral("FILE"));
    const QCommandLineOption sizeOption(
        QStringLiteral("size"), QStringLiteral("Window size."), QStringLiteral("WxH"), QStringLiteral("1400x900"));
    const QCommandLineOption darkOption(QStringLiteral("dark"), QStringLiteral("Dark palette."));
    const QCommandLineOption scrollOption(
        QStringLiteral("scroll-to"), QStringLiteral("Scroll the preview to this element."), QStringLiteral("SELECTOR"));
    parser.addOptions({qmOption, sizeOption, darkOption, scrollOption});
    parser.addPositionalArgument(QStringLiteral("page"), QStringLiteral("Page file."));
    parser.addPositionalArgument(QStringLiteral("out"), QStringLiteral("PNG to write."));
    parser.process(app);
    const QStringList args = parser.positionalArguments();
    if (args.size() != 2)
        return fail("usage: previewscreenshot PAGE_FILE OUT.png [--qm FILE] [--size WxH] [--dark]");

    QTranslator translator;
    if (parser.isSet(qmOption)) {
        if (!translator.load(parser.value(qmOption)))
            return fail("cannot load the translation");
        QApplication::installTranslator(&translator);
        const QString code = QFileInfo(parser.value(qmOption)).completeBaseName().section(QLatin1Char('_'), -1);
        QLocale::setDefault(QLocale(code));
    }
    if (parser.isSet(darkOption))
        QApplication::setPalette(darkPalette());

    // The page's site: the outermost folder above it that is a Grav site holding it.
    const QFileInfo page(args[0]);
    if (!page.isFile())
        return fail("no such page file");
    QString site, relPath;
    for (QDir dir(page.absolutePath()); !dir.isRoot(); dir.cdUp()) {
        const SiteLayout layout = locateSite(dir.absolutePath());
        if (layout.isValid() && page.absolutePath().startsWith(layout.pagesDir + QLatin1Char('/'))) {
            site = dir.absolutePath();
            relPath = QDir(layout.pagesDir).relativeFilePath(page.absolutePath());
        }
    }
    if (site.isEmpty())
        return fail("the page is not inside a Grav site");
    const QString language = page.fileName().section(QLatin1Char('.'), 1, 1);

    const QStringList wh = parser.value(sizeOption).split(QLatin1Char('x'));
    MainWindow window;
    window.resize(wh.value(0).toInt(), wh.value(1).toInt());
    if (auto *split = window.findChild<QSplitter *>(QStringLiteral("mainSplitter")))
        split->setSizes({400, window.width() - 400});
    if (auto *body = window.findChild<QSplitter *>(QStringLiteral("bodySplitter")))
        body->setSizes({440, window.width() - 400 - 440});
    if (auto *form = window.findChild<QSplitter *>(QStringLiteral("formSplitter")))
        form->setSizes({200, window.height() - 200});
    window.show();
    auto *preview = window.findChild<PreviewView *>(QStringLiteral("previewView"));
    if (!preview)
        return fail("no preview in the window");

    bool loaded = false;
    QObject::connect(&window, &MainWindow::siteLoaded, &window, [&] { loaded = true; });
    window.openSite(site);
    if (!QTest::qWaitFor([&] { return loaded; }, 60000))
        return fail("the site did not load");
    if (!window.selectPage(relPath, language))
        return fail("the page is not in the site's tree");
    int applied = -1;
    QObject::connect(preview, &PreviewView::contentApplied, &window, [&](int seq) { applied = seq; });
    if (!QTest::qWaitFor([&] { return window.currentDocument() && applied > 0 && applied >= preview->requestedSeq(); }, 30000))
        return fail("the preview did not show the page");
    if (!QTest::qWaitFor(
            [&] {
                return evaluateTrue(
                    preview, QStringLiteral("Array.prototype.every.call(document.images, function (i) { return i.complete; })"));
            },
            10000))
        std::fputs("previewscreenshot: some pictures did not load\n", stderr);
    if (parser.isSet(scrollOption)) {
        const QString selector
            = QString::fromUtf8(QJsonDocument(QJsonArray {parser.value(scrollOption)}).toJson(QJsonDocument::Compact));
        if (!evaluateTrue(preview,
                QStringLiteral("(function (e) { if (!e) return false; window.scrollTo(0, e.getBoundingClientRect().top + "
                               "window.scrollY - 24);"
                               " return true; })(document.querySelector(")
                    + selector.mid(1, selector.size() - 2) + QStringLiteral("))")))
            return fail("nothing in the preview matches --scroll-to");
    }
    QTest::qWait(800);
    if (!window.grab().toImage().convertToFormat(QImage::Format_RGB32).save(args[1], "PNG", 9))
        return fail("cannot write the PNG");
    return 0;
}
