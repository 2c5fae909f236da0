#pragma once

#include "mainwindow/mainwindow.h"

#include <QObject>

#include <memory>

namespace GravDesk {

/**
 * Owns the main window. When the user picks another interface language in Settings it applies it and
 * rebuilds the window in place, on the same site, page and language file: every text is then created
 * in the new language, which retranslating each widget in place could not guarantee.
 */
class WindowHost final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(WindowHost)

public:
    explicit WindowHost(QObject *parent = nullptr);
    ~WindowHost() override;

    /// Shows a window and opens @p place (site, optional page folder and language).
    void show(const MainWindow::Place &place, const QByteArray &geometry = {});
    MainWindow *window() const { return m_window.get(); }

Q_SIGNALS:
    /// A new window replaced the old one (its site is being opened).
    void windowReplaced(GravDesk::MainWindow *window);

private:
    void rebuild(const QString &language);

    std::unique_ptr<MainWindow> m_window;
};

} // namespace GravDesk
