// The floor any Qt WebEngine desktop program stands on: a window with one QWebEngineView showing a short HTML page,
// and nothing else. bench/bench_startup.sh starts it exactly as it starts GravDesk and measures both the same way,
// so GravDesk's start-up time and memory are read next to what Qt WebEngine alone costs on this machine.
#include <QApplication>
#include <QMainWindow>
#include <QWebEngineView>

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QMainWindow window;
    window.setWindowTitle(QStringLiteral("WebEngine floor"));
    auto *view = new QWebEngineView(&window);
    view->setHtml(QStringLiteral("<!doctype html><html><body><h1>Floor</h1><p>One paragraph of text.</p></body></html>"));
    window.setCentralWidget(view);
    window.resize(1300, 820);
    window.show();
    return QApplication::exec();
}
