#include "windowhost.h"

#include "common/interfacelanguage.h"

#include <QPlainTextEdit>
#include <QTimer>

namespace GravDesk {
namespace {

void focusBodyEditor(MainWindow *w)
{
    auto *editor = w->findChild<QPlainTextEdit *>(QStringLiteral("bodyPlainTextEdit"));
    if (!editor || !editor->isEnabled())
        return;
    w->activateWindow();
    editor->setFocus(Qt::OtherFocusReason);
    QTextCursor cursor = editor->textCursor();
    cursor.movePosition(QTextCursor::Start);
    editor->setTextCursor(cursor);
    editor->ensureCursorVisible();
}

} // namespace

WindowHost::WindowHost(QObject *parent)
    : QObject(parent)
{ }

WindowHost::~WindowHost() = default;

void WindowHost::show(const MainWindow::Place &place, const QByteArray &geometry)
{
    m_window = std::make_unique<MainWindow>();
    if (!geometry.isEmpty())
        m_window->restoreGeometry(geometry);
    MainWindow *w = m_window.get();
    connect(w, &MainWindow::interfaceLanguageChosen, this, [this, w](const QString &code) {
        // The open page is saved or discarded first, as when switching pages.
        w->whenAllSettled([this, code] { QTimer::singleShot(0, this, [this, code] { rebuild(code); }); });
    });
    w->show();
    if (place.site.isEmpty())
        return;
    if (!place.page.isEmpty()) {
        const QString page = place.page, language = place.language;
        connect(
            w, &MainWindow::siteLoaded, w,
            [w, page, language] {
                // The page asked for is there to be edited: keyboard in its body, at the start.
                connect(
                    w, &MainWindow::documentOpened, w, [w] { focusBodyEditor(w); }, Qt::SingleShotConnection);
                w->selectPage(page, language);
            },
            Qt::SingleShotConnection);
    }
    w->openSite(place.site);
}

void WindowHost::rebuild(const QString &language)
{
    const MainWindow::Place place = m_window->place();
    const QByteArray geometry = m_window->saveGeometry();
    m_window.reset();
    InterfaceLanguage::apply(language);
    show(place, geometry);
    Q_EMIT windowReplaced(m_window.get());
}

} // namespace GravDesk
