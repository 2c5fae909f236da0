#include "editor/spellcheckcontroller.h"

#include "common/appsettings.h"
#include "editor/spellhighlighter.h"
#include "spellchecker.h"

#include <QAction>
#include <QDir>
#include <QMenu>
#include <QPlainTextEdit>
#include <QTextBlock>
#include <QTimer>
#include <QtConcurrent/QtConcurrentRun>

namespace GravDesk {
namespace {

const int kMaxSuggestions = 7;

} // namespace

SpellCheckController::SpellCheckController(QPlainTextEdit *editor, QObject *parent)
    : QObject(parent)
    , m_editor(editor)
    , m_highlighter(nullptr)
    , m_checkAction(new QAction(tr("Check &Spelling"), this))
{
    setObjectName(QStringLiteral("spellCheckController"));
    m_checkAction->setObjectName(QStringLiteral("checkSpellingAction"));
    m_checkAction->setCheckable(true);
    m_checkAction->setChecked(AppSettings::spellingEnabled.get());
    m_checkAction->setToolTip(tr("Underline words that the Kazakh, Russian and English dictionaries do not know"));
    m_checkAction->setStatusTip(m_checkAction->toolTip());
    connect(m_checkAction, &QAction::toggled, this, [this](bool on) {
        AppSettings::spellingEnabled.set(on);
        for (const auto &e : std::as_const(m_editors))
            e.second->setCheckingEnabled(on);
    });
    m_highlighter = attach(editor, SpellTokenizer::BodyStart);

    // Loading ru_RU and kk_KZ takes a noticeable fraction of a second: never on the GUI thread.
    connect(&m_loader, &QFutureWatcher<std::shared_ptr<SpellChecker>>::finished, this, [this] {
        if (m_highlighter->checker())
            return;
        const auto checker = m_loader.result();
        QStringList missing;
        for (const QString &language : SpellChecker::supportedLanguages())
            if (!checker->hasDictionary(language))
                missing << language;
        if (!missing.isEmpty()) {
            // Said where the user looks for it, not in a dialog at every start.
            const QString message
                = tr("No dictionary is installed for: %1 (Debian packages hunspell-kk, hunspell-ru, hunspell-en-us)")
                      .arg(missing.join(QStringLiteral(", ")));
            m_checkAction->setToolTip(m_checkAction->toolTip() + QLatin1Char('\n') + message);
            m_checkAction->setStatusTip(message);
        }
        setChecker(checker);
    });
    // The dictionaries are loaded when a page is first shown (setPageLanguage()), not with the window: a window
    // on a site with no page open does not hold them.
}

void SpellCheckController::loadDictionaries()
{
    if (m_loadStarted)
        return;
    m_loadStarted = true;
    // Once per process: every page editor (the main window's, both sides of the side by side window)
    // shares the dictionaries and the site's word list.
    static const QFuture<std::shared_ptr<SpellChecker>> shared = QtConcurrent::run([] {
        auto checker = std::make_shared<SpellChecker>();
        checker->loadInstalledDictionaries();
        return checker;
    });
    m_loader.setFuture(shared);
}

SpellCheckController::~SpellCheckController()
{
    m_loader.waitForFinished();
}

SpellHighlighter *SpellCheckController::attach(QPlainTextEdit *editor, int startState)
{
    auto *highlighter = new SpellHighlighter(editor->document());
    highlighter->setStartState(startState);
    highlighter->setCheckingEnabled(m_checkAction->isChecked());
    if (m_highlighter) {
        highlighter->setPageLanguage(m_highlighter->pageLanguage());
        highlighter->setChecker(m_highlighter->checker());
    }
    highlighter->setCursorPosition([editor] { return editor->textCursor().position(); });
    // A huge document is checked where the user looks: the blocks in view (and a screen around them),
    // once the view has been painted.
    auto *inView = new QTimer(highlighter);
    inView->setSingleShot(true);
    connect(inView, &QTimer::timeout, highlighter, [editor, highlighter] {
        const QRect view = editor->viewport()->rect();
        const int first = editor->cursorForPosition(view.topLeft()).blockNumber();
        const int last = editor->cursorForPosition(view.bottomRight()).blockNumber();
        const int margin = std::max(20, last - first);
        highlighter->setVisibleBlocks(first - margin, last + margin);
    });
    connect(editor, &QPlainTextEdit::updateRequest, inView, [inView] {
        if (!inView->isActive())
            inView->start(0);
    });
    connect(editor, &QPlainTextEdit::cursorPositionChanged, highlighter, &SpellHighlighter::cursorMoved);
    editor->setContextMenuPolicy(Qt::CustomContextMenu);
    connect(editor, &QWidget::customContextMenuRequested, this, [this, editor](const QPoint &pos) {
        QMenu *menu = createContextMenu(editor, pos);
        menu->setAttribute(Qt::WA_DeleteOnClose);
        menu->popup(editor->viewport()->mapToGlobal(pos));
    });
    m_editors.append({editor, highlighter});
    return highlighter;
}

void SpellCheckController::addHeaderEditor(QPlainTextEdit *editor)
{
    if (editor && !highlighterOf(editor))
        attach(editor, SpellTokenizer::frontMatterStart());
}

SpellHighlighter *SpellCheckController::highlighterOf(QPlainTextEdit *editor) const
{
    for (const auto &e : m_editors)
        if (e.first == editor)
            return e.second;
    return nullptr;
}

void SpellCheckController::rehighlightAll()
{
    for (const auto &e : std::as_const(m_editors))
        e.second->rehighlight();
}

std::shared_ptr<SpellChecker> SpellCheckController::checker() const
{
    return m_highlighter->checker();
}

void SpellCheckController::setChecker(std::shared_ptr<SpellChecker> checker)
{
    if (checker && !m_wordListPath.isEmpty())
        checker->setWordList(m_wordListPath);
    for (const auto &e : std::as_const(m_editors))
        e.second->setChecker(checker);
    Q_EMIT checkerReady();
}

void SpellCheckController::setWordListPath(const QString &path)
{
    m_wordListPath = path;
    applyWordListPath();
}

void SpellCheckController::applyWordListPath()
{
    const auto checker = m_highlighter->checker();
    if (!checker)
        return; // applied when the dictionaries are loaded
    QString error;
    if (!checker->setWordList(m_wordListPath, &error))
        Q_EMIT problem(tr("Spelling"),
            tr("The site's word list %1 cannot be read: %2").arg(QDir::toNativeSeparators(m_wordListPath), error));
    rehighlightAll();
}

void SpellCheckController::setPageLanguage(const QString &language)
{
    loadDictionaries();
    for (const auto &e : std::as_const(m_editors))
        e.second->setPageLanguage(language);
}

QMenu *SpellCheckController::createContextMenu(QPlainTextEdit *editor, const QPoint &pos)
{
    QMenu *menu = editor->createStandardContextMenu(pos);
    menu->setObjectName(editor == m_editor ? QStringLiteral("bodyContextMenu") : QStringLiteral("headerContextMenu"));
    const auto checker = m_highlighter->checker();
    SpellHighlighter *highlighter = highlighterOf(editor);
    SpellToken token;
    if (!checker || !highlighter || editor->isReadOnly()
        || !highlighter->misspelledAt(editor->cursorForPosition(pos).position(), &token))
        return menu;

    QAction *first = menu->actions().value(0);
    const QStringList suggestions = checker->suggestions(token.word, token.route, kMaxSuggestions);
    QList<QAction *> spelling;
    for (const QString &s : suggestions) {
        auto *a = new QAction(s, menu);
        a->setObjectName(QStringLiteral("spellSuggestionAction"));
        QFont bold = a->font();
        bold.setBold(true);
        a->setFont(bold);
        connect(a, &QAction::triggered, this, [editor, token, s] {
            QTextCursor cursor(editor->document());
            cursor.setPosition(token.start);
            cursor.setPosition(token.start + token.length, QTextCursor::KeepAnchor);
            // One edit block: one step in the undo history.
            cursor.beginEditBlock();
            cursor.insertText(s);
            cursor.endEditBlock();
        });
        spelling << a;
    }
    if (suggestions.isEmpty()) {
        auto *none = new QAction(tr("(No suggestions)"), menu);
        none->setEnabled(false);
        spelling << none;
    }
    auto *separator = new QAction(menu);
    separator->setSeparator(true);
    spelling << separator;

    auto *add = new QAction(tr("&Add “%1” to Dictionary").arg(token.word), menu);
    add->setObjectName(QStringLiteral("addToDictionaryAction"));
    add->setToolTip(tr("Adds the word to the site's word list, which everyone editing this site shares"));
    const QString word = token.word;
    connect(add, &QAction::triggered, this, [this, word] {
        const auto checker = m_highlighter->checker();
        if (!checker)
            return;
        const WriteResult result = checker->addToWordList(word);
        if (!result.ok)
            Q_EMIT problem(
                tr("Add to Dictionary"), tr("“%1” could not be added to the site's word list: %2").arg(word, result.error));
        m_highlighter->rehighlight();
    });
    add->setEnabled(!checker->wordList().path().isEmpty());
    spelling << add;

    auto *ignore = new QAction(tr("&Ignore “%1”").arg(token.word), menu);
    ignore->setObjectName(QStringLiteral("ignoreWordAction"));
    ignore->setToolTip(tr("Accepts the word until GravDesk is closed"));
    connect(ignore, &QAction::triggered, this, [this, word] {
        if (const auto checker = m_highlighter->checker()) {
            checker->ignore(word);
            rehighlightAll();
        }
    });
    spelling << ignore;
    auto *separator2 = new QAction(menu);
    separator2->setSeparator(true);
    spelling << separator2;
    menu->insertActions(first, spelling);
    return menu;
}

} // namespace GravDesk
