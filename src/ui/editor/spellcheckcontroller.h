#pragma once

#include <QFutureWatcher>
#include <QObject>
#include <QString>
#include <QVector>

#include <memory>

class QAction;
class QMenu;
class QPlainTextEdit;
class QPoint;

namespace GravDesk {

class SpellChecker;
class SpellHighlighter;

/**
 * Spell checking for the body editor (and the header's YAML text): loads the dictionaries off the GUI
 * thread, underlines through a SpellHighlighter per editor, and puts suggestions, "Add to Dictionary"
 * and "Ignore" at the top of each editor's context menu. The "Check Spelling" action turns it on and
 * off (remembered in QSettings).
 */
class SpellCheckController final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SpellCheckController)

public:
    explicit SpellCheckController(QPlainTextEdit *editor, QObject *parent = nullptr);
    ~SpellCheckController() override;

    QAction *checkSpellingAction() const { return m_checkAction; }
    /// The body editor's highlighter.
    SpellHighlighter *highlighter() const { return m_highlighter; }
    /// Checks the header's YAML text too: values and list items, never keys or comments.
    void addHeaderEditor(QPlainTextEdit *editor);
    /// Null until the dictionaries are loaded (see checkerReady()).
    std::shared_ptr<SpellChecker> checker() const;
    /// Uses @p checker instead of the installed dictionaries (tests).
    void setChecker(std::shared_ptr<SpellChecker> checker);

    /// The site's shared word list ("" when no site is open); read again now.
    void setWordListPath(const QString &path);
    /// The open page's language: it decides which Cyrillic dictionary speaks first. The first call loads the dictionaries.
    void setPageLanguage(const QString &language);

    /// The body editor's context menu for a click at @p pos (viewport coordinates), spelling entries first.
    QMenu *createContextMenu(const QPoint &pos) { return createContextMenu(m_editor, pos); }
    /// The same for any editor this controller checks.
    QMenu *createContextMenu(QPlainTextEdit *editor, const QPoint &pos);

Q_SIGNALS:
    void checkerReady();
    /// Something went wrong that the user should hear about (the word list could not be written …).
    void problem(const QString &title, const QString &message);

private:
    /// Starts loading the dictionaries (once per process, on a worker) unless already started.
    void loadDictionaries();
    SpellHighlighter *attach(QPlainTextEdit *editor, int startState);
    SpellHighlighter *highlighterOf(QPlainTextEdit *editor) const;
    void applyWordListPath();
    void rehighlightAll();

    QPlainTextEdit *m_editor;
    SpellHighlighter *m_highlighter;
    QVector<QPair<QPlainTextEdit *, SpellHighlighter *>> m_editors; // the body editor first
    QAction *m_checkAction;
    QFutureWatcher<std::shared_ptr<SpellChecker>> m_loader;
    bool m_loadStarted = false;
    QString m_wordListPath;
};

} // namespace GravDesk
