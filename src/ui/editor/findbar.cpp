#include "editor/findbar.h"

#include "editor/selectionlayers.h"

#include <QCheckBox>
#include <QEvent>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QShortcut>
#include <QTextBlock>
#include <QTimer>
#include <QToolButton>

#include <functional>

namespace GravDesk {
namespace {

// The smallest edit that turns @p editor's text into @p after, in one edit block (one undo step).
void replaceText(QPlainTextEdit *editor, const QString &before, const QString &after)
{
    qsizetype prefix = 0;
    while (prefix < before.size() && prefix < after.size() && before.at(prefix) == after.at(prefix))
        ++prefix;
    qsizetype suffix = 0;
    while (suffix < before.size() - prefix && suffix < after.size() - prefix
        && before.at(before.size() - 1 - suffix) == after.at(after.size() - 1 - suffix))
        ++suffix;
    QTextCursor cursor(editor->document());
    cursor.beginEditBlock();
    cursor.setPosition(int(prefix));
    cursor.setPosition(int(before.size() - suffix), QTextCursor::KeepAnchor);
    cursor.insertText(after.mid(prefix, after.size() - suffix - prefix));
    cursor.endEditBlock();
    editor->setTextCursor(cursor);
}

} // namespace

FindBar::FindBar(QWidget *host, QWidget *parent)
    : QWidget(parent)
    , m_host(host)
    , m_find(new QLineEdit(this))
    , m_replace(new QLineEdit(this))
    , m_case(new QCheckBox(tr("Match case"), this))
    , m_word(new QCheckBox(tr("Whole words"), this))
    , m_regex(new QCheckBox(tr("Regular expression"), this))
    , m_yo(new QCheckBox(tr("ё = е"), this))
    , m_previous(new QToolButton(this))
    , m_next(new QToolButton(this))
    , m_close(new QToolButton(this))
    , m_replaceOne(new QPushButton(tr("Replace"), this))
    , m_replaceAll(new QPushButton(tr("Replace All"), this))
    , m_count(new QLabel(this))
    , m_error(new QLabel(this))
    , m_replaceRow(new QWidget(this))
    , m_escape(new QShortcut(QKeySequence(Qt::Key_Escape), host))
    , m_refreshTimer(new QTimer(this))
{
    setObjectName(QStringLiteral("findBarWidget"));
    m_find->setObjectName(QStringLiteral("findLineEdit"));
    m_replace->setObjectName(QStringLiteral("replaceLineEdit"));
    m_case->setObjectName(QStringLiteral("findCaseCheckBox"));
    m_word->setObjectName(QStringLiteral("findWholeWordCheckBox"));
    m_regex->setObjectName(QStringLiteral("findRegexCheckBox"));
    m_yo->setObjectName(QStringLiteral("findYoCheckBox"));
    m_previous->setObjectName(QStringLiteral("findPreviousToolButton"));
    m_next->setObjectName(QStringLiteral("findNextToolButton"));
    m_close->setObjectName(QStringLiteral("findCloseToolButton"));
    m_replaceOne->setObjectName(QStringLiteral("replacePushButton"));
    m_replaceAll->setObjectName(QStringLiteral("replaceAllPushButton"));
    m_count->setObjectName(QStringLiteral("findCountLabel"));
    m_error->setObjectName(QStringLiteral("findErrorLabel"));
    m_replaceRow->setObjectName(QStringLiteral("replaceRowWidget"));

    m_find->setPlaceholderText(tr("Find"));
    m_find->setClearButtonEnabled(true);
    m_replace->setPlaceholderText(tr("Replace with"));
    m_previous->setArrowType(Qt::UpArrow);
    m_previous->setToolTip(tr("Previous match (Shift+F3)"));
    m_next->setArrowType(Qt::DownArrow);
    m_next->setToolTip(tr("Next match (F3)"));
    m_close->setText(QStringLiteral("✕"));
    m_close->setAutoRaise(true);
    m_close->setToolTip(tr("Close (Esc)"));
    m_yo->setToolTip(tr("Treat ё and е as the same letter"));
    m_yo->setChecked(true);
    m_regex->setToolTip(tr("In the replacement, \\1 or $1 stands for the first group"));
    // Room for "1000 of more than 1000" without the row jumping as the count changes.
    m_count->setMinimumWidth(m_count->fontMetrics().horizontalAdvance(QStringLiteral("0000 of 0000")) + 8);
    m_error->setStyleSheet(QStringLiteral("QLabel { color: #b02a37; }"));
    m_error->setWordWrap(true);
    m_error->hide();

    auto *grid = new QGridLayout(this);
    grid->setContentsMargins(4, 2, 4, 2);
    grid->setVerticalSpacing(2);
    auto *findRow = new QHBoxLayout;
    findRow->addWidget(m_previous);
    findRow->addWidget(m_next);
    findRow->addWidget(m_count);
    findRow->addStretch(1);
    findRow->addWidget(m_case);
    findRow->addWidget(m_word);
    findRow->addWidget(m_regex);
    findRow->addWidget(m_yo);
    findRow->addWidget(m_close);
    grid->addWidget(m_find, 0, 0);
    grid->addLayout(findRow, 0, 1);
    grid->addWidget(m_error, 1, 0, 1, 2);
    auto *replaceRow = new QHBoxLayout(m_replaceRow);
    replaceRow->setContentsMargins(0, 0, 0, 0);
    replaceRow->addWidget(m_replaceOne);
    replaceRow->addWidget(m_replaceAll);
    replaceRow->addStretch(1);
    grid->addWidget(m_replace, 2, 0);
    grid->addWidget(m_replaceRow, 2, 1);
    grid->setColumnStretch(0, 2);
    grid->setColumnStretch(1, 3);

    // The page's shortcuts: only the page that holds the focus answers (the side by side window has two).
    auto shortcut = [this, host](const QKeySequence &keys, const QString &name, std::function<void()> slot) {
        auto *s = new QShortcut(keys, host);
        s->setObjectName(name);
        s->setContext(Qt::WidgetWithChildrenShortcut);
        connect(s, &QShortcut::activated, this, std::move(slot));
    };
    shortcut(QKeySequence(Qt::CTRL | Qt::Key_F), QStringLiteral("findShortcut"), [this] { openFind(); });
    shortcut(QKeySequence(Qt::CTRL | Qt::Key_H), QStringLiteral("replaceShortcut"), [this] { openReplace(); });
    const auto next = [this](bool forward) {
        if (m_find->text().isEmpty()) {
            openFind();
            return;
        }
        if (isHidden()) {
            show();
            m_escape->setEnabled(true);
        }
        forward ? findNext() : findPrevious();
    };
    shortcut(QKeySequence(Qt::Key_F3), QStringLiteral("findNextShortcut"), [next] { next(true); });
    shortcut(QKeySequence(Qt::SHIFT | Qt::Key_F3), QStringLiteral("findPreviousShortcut"), [next] { next(false); });
    m_escape->setContext(Qt::WidgetWithChildrenShortcut);
    m_escape->setEnabled(false); // Esc belongs to the editor while the bar is closed
    connect(m_escape, &QShortcut::activated, this, &FindBar::closeBar);

    connect(m_find, &QLineEdit::textEdited, this, &FindBar::patternEdited);
    connect(m_find, &QLineEdit::returnPressed, this, [this] { findNext(); });
    connect(m_replace, &QLineEdit::returnPressed, this, [this] { replaceCurrent(); });
    for (QCheckBox *box : {m_case, m_word, m_regex, m_yo})
        connect(box, &QCheckBox::toggled, this, &FindBar::patternEdited);
    connect(m_next, &QToolButton::clicked, this, [this] { findNext(); });
    connect(m_previous, &QToolButton::clicked, this, [this] { findPrevious(); });
    connect(m_close, &QToolButton::clicked, this, &FindBar::closeBar);
    connect(m_replaceOne, &QPushButton::clicked, this, [this] { replaceCurrent(); });
    connect(m_replaceAll, &QPushButton::clicked, this, [this] { replaceAll(); });
    m_find->installEventFilter(this);

    // Typing in the page moves the matches: they are found again once typing pauses.
    m_refreshTimer->setSingleShot(true);
    m_refreshTimer->setInterval(150);
    connect(m_refreshTimer, &QTimer::timeout, this, &FindBar::refresh);
    hide();
}

FindBar::~FindBar() = default;

void FindBar::addEditor(QPlainTextEdit *editor)
{
    if (!editor || m_editors.contains(editor))
        return;
    m_editors.append(editor);
    if (!m_target)
        m_target = editor;
    editor->installEventFilter(this);
    connect(editor, &QPlainTextEdit::textChanged, this, [this, editor] {
        if (isVisible() && editor == m_target)
            m_refreshTimer->start();
    });
}

QPlainTextEdit *FindBar::target() const
{
    return m_target;
}

bool FindBar::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() == QEvent::FocusIn) {
        for (const QPointer<QPlainTextEdit> &e : std::as_const(m_editors)) {
            if (e == watched && e != m_target) {
                // The bar follows the editor the user works in: its matches move there.
                clearHighlights();
                m_target = e;
                if (isVisible())
                    refresh();
            }
        }
    } else if (watched == m_find && event->type() == QEvent::KeyPress) {
        const auto *key = static_cast<QKeyEvent *>(event);
        if ((key->key() == Qt::Key_Return || key->key() == Qt::Key_Enter) && (key->modifiers() & Qt::ShiftModifier)) {
            findPrevious();
            return true;
        }
    }
    return QWidget::eventFilter(watched, event);
}

FindOptions FindBar::options() const
{
    FindOptions o;
    o.caseSensitive = m_case->isChecked();
    o.wholeWord = m_word->isChecked();
    o.regularExpression = m_regex->isChecked();
    o.yoIsYe = m_yo->isChecked();
    return o;
}

void FindBar::openFind()
{
    m_replace->hide();
    m_replaceRow->hide();
    if (QPlainTextEdit *e = target()) {
        const QString selected = e->textCursor().selectedText();
        // One line of selected text is what the user wants to find (a selection of lines is not).
        if (!selected.isEmpty() && !selected.contains(QChar::ParagraphSeparator))
            m_find->setText(m_regex->isChecked() ? QRegularExpression::escape(selected) : selected);
    }
    show();
    m_escape->setEnabled(true);
    m_find->setFocus(Qt::ShortcutFocusReason);
    m_find->selectAll();
    refresh();
}

void FindBar::openReplace()
{
    openFind();
    const bool editable = target() && !target()->isReadOnly();
    m_replace->show();
    m_replaceRow->show();
    m_replace->setEnabled(editable);
    m_replaceOne->setEnabled(editable);
    m_replaceAll->setEnabled(editable);
    if (!m_find->text().isEmpty()) {
        m_replace->setFocus(Qt::ShortcutFocusReason);
        m_replace->selectAll();
    }
}

void FindBar::closeBar()
{
    clearHighlights();
    hide();
    m_escape->setEnabled(false);
    if (QPlainTextEdit *e = target())
        e->setFocus(Qt::OtherFocusReason);
}

void FindBar::clearHighlights()
{
    m_matches.clear();
    m_more = false;
    for (const QPointer<QPlainTextEdit> &e : std::as_const(m_editors))
        if (e && !selectionLayer(e, layerName()).isEmpty())
            setSelectionLayer(e, layerName(), {});
}

QString FindBar::preparedText() const
{
    return target() ? m_matcher.prepare(target()->toPlainText()) : QString();
}

void FindBar::patternEdited()
{
    refresh();
    // Typing in the find field shows the first match from where the selection starts (incremental search).
    QPlainTextEdit *e = target();
    if (!e || !m_matcher.isValid())
        return;
    const FindMatch m = m_matcher.findNext(preparedText(), e->textCursor().selectionStart());
    if (m.length > 0)
        select(m);
}

void FindBar::refresh()
{
    m_refreshTimer->stop();
    QPlainTextEdit *e = target();
    QString error;
    if (!m_matcher.setPattern(m_find->text(), options(), &error)) {
        // An invalid regular expression: say why, highlight nothing (and never crash).
        m_error->setText(tr("Invalid regular expression: %1").arg(error));
        m_error->show();
        m_count->clear();
        clearHighlights();
        return;
    }
    m_error->hide();
    if (!e || m_matcher.isEmpty()) {
        clearHighlights();
        m_count->clear();
        return;
    }
    m_matches = m_matcher.findAll(preparedText(), kMaxHighlighted, &m_more);
    showCount();
}

void FindBar::showCount()
{
    QPlainTextEdit *e = target();
    if (!e)
        return;
    const QTextCursor cursor = e->textCursor();
    int current = -1;
    for (int i = 0; i < m_matches.size(); ++i)
        if (m_matches.at(i).start == cursor.selectionStart()
            && m_matches.at(i).start + m_matches.at(i).length == cursor.selectionEnd())
            current = i;
    const bool dark = palette().color(QPalette::Base).lightness() < 128;
    const QColor all = dark ? QColor(0x8a, 0x6d, 0x00, 150) : QColor(0xff, 0xd8, 0x4d, 150);
    const QColor here = dark ? QColor(0xd9, 0x6c, 0x00, 200) : QColor(0xff, 0x9a, 0x2e, 200);
    QList<QTextEdit::ExtraSelection> marks;
    marks.reserve(m_matches.size());
    QTextCursor c(e->document());
    for (int i = 0; i < m_matches.size(); ++i) {
        QTextEdit::ExtraSelection s;
        c.setPosition(m_matches.at(i).start);
        c.setPosition(m_matches.at(i).start + m_matches.at(i).length, QTextCursor::KeepAnchor);
        s.cursor = c;
        s.format.setBackground(i == current ? here : all);
        marks.append(s);
    }
    setSelectionLayer(e, layerName(), marks);

    m_count->setToolTip(m_more ? tr("Only the first %1 matches are highlighted.").arg(kMaxHighlighted) : QString());
    if (!m_status.isEmpty()) {
        m_count->setText(m_status);
        m_status.clear();
    } else if (m_matches.isEmpty()) {
        m_count->setText(tr("No matches"));
    } else if (m_more) {
        m_count->setText(current >= 0 ? tr("%1 of more than %2").arg(current + 1).arg(kMaxHighlighted)
                                      : tr("More than %1 matches").arg(kMaxHighlighted));
    } else {
        m_count->setText(
            current >= 0 ? tr("%1 of %2").arg(current + 1).arg(m_matches.size()) : tr("Matches: %1").arg(m_matches.size()));
    }
}

void FindBar::select(const FindMatch &match)
{
    QPlainTextEdit *e = target();
    QTextCursor c(e->document());
    c.setPosition(match.start);
    c.setPosition(match.start + match.length, QTextCursor::KeepAnchor);
    e->setTextCursor(c);
    e->ensureCursorVisible();
    showCount();
}

bool FindBar::findNext()
{
    QPlainTextEdit *e = target();
    if (!e)
        return false;
    if (!m_matcher.isValid())
        refresh();
    const FindMatch m = m_matcher.findNext(preparedText(), e->textCursor().selectionEnd());
    if (m.length == 0) {
        showCount();
        return false;
    }
    select(m);
    return true;
}

bool FindBar::findPrevious()
{
    QPlainTextEdit *e = target();
    if (!e)
        return false;
    if (!m_matcher.isValid())
        refresh();
    const FindMatch m = m_matcher.findPrevious(preparedText(), e->textCursor().selectionStart());
    if (m.length == 0) {
        showCount();
        return false;
    }
    select(m);
    return true;
}

bool FindBar::replaceCurrent()
{
    QPlainTextEdit *e = target();
    if (!e || e->isReadOnly())
        return false;
    refresh();
    const QTextCursor selection = e->textCursor();
    const QString original = e->toPlainText();
    const QString prepared = m_matcher.prepare(original);
    const FindMatch current {selection.selectionStart(), selection.selectionEnd() - selection.selectionStart()};
    if (!m_matcher.matchesExactly(prepared, current.start, current.length)) {
        findNext(); // nothing selected to replace yet: show the next match first
        return false;
    }
    QTextCursor c = selection;
    c.insertText(m_matcher.replacementFor(original, prepared, current, m_replace->text()));
    e->setTextCursor(c);
    refresh();
    findNext();
    return true;
}

int FindBar::replaceAll()
{
    QPlainTextEdit *e = target();
    if (!e || e->isReadOnly())
        return 0;
    refresh();
    if (!m_matcher.isValid())
        return 0;
    int count = 0;
    const QString before = e->toPlainText();
    const QString after = m_matcher.replaceAll(before, m_replace->text(), &count);
    if (count > 0)
        replaceText(e, before, after);
    m_status = tr("Replaced: %1").arg(count);
    refresh();
    return count;
}

} // namespace GravDesk
