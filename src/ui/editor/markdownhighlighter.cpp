#include "editor/markdownhighlighter.h"

#include "editor/spellhighlighter.h"

#include <QEvent>
#include <QFont>
#include <QPalette>
#include <QPlainTextEdit>
#include <QTextBlock>
#include <QTextDocument>
#include <QTimer>

namespace GravDesk {

MarkdownHighlighter::MarkdownHighlighter(QPlainTextEdit *editor, SpellHighlighter *spelling)
    : QObject(spelling)
    , m_editor(editor)
    , m_spelling(spelling)
    , m_pending(new QTimer(this))
{
    setObjectName(QStringLiteral("markdownHighlighter"));
    buildFormats(editor->palette());
    editor->installEventFilter(this);
    m_pending->setSingleShot(true);
    m_pending->setInterval(0);
    connect(m_pending, &QTimer::timeout, this, &MarkdownHighlighter::flushPending);
    // After QSyntaxHighlighter's own slot (connected when it was made): the edited block is coloured already.
    connect(spelling->document(), &QTextDocument::contentsChange, this,
        [this](int position, int, int) { onContentsChange(position); });
    spelling->setMarkdown(this);
}

MarkdownHighlighter::~MarkdownHighlighter() = default;

bool MarkdownHighlighter::isDark(const QPalette &palette)
{
    return palette.color(QPalette::Base).lightness() < 128;
}

void MarkdownHighlighter::buildFormats(const QPalette &palette)
{
    const bool dark = isDark(palette);
    // Two sets of colours chosen for contrast on a white and on a near-black base (WCAG AA for text).
    auto colour = [dark](QRgb light, QRgb onDark) { return QColor::fromRgb(dark ? onDark : light); };
    auto fg = [&](MarkdownStyle style, QRgb light, QRgb onDark) -> QTextCharFormat & {
        QTextCharFormat &f = m_formats.at(static_cast<size_t>(style));
        f = QTextCharFormat();
        f.setForeground(colour(light, onDark));
        return f;
    };
    fg(MarkdownStyle::Heading, 0x1d4f91, 0x8cb8ff).setFontWeight(QFont::Bold);
    fg(MarkdownStyle::HeadingMarker, 0x7a8ca8, 0x6f86a8).setFontWeight(QFont::Bold);
    m_formats.at(static_cast<size_t>(MarkdownStyle::Emphasis)) = QTextCharFormat();
    m_formats.at(static_cast<size_t>(MarkdownStyle::Emphasis)).setFontItalic(true);
    m_formats.at(static_cast<size_t>(MarkdownStyle::Strong)) = QTextCharFormat();
    m_formats.at(static_cast<size_t>(MarkdownStyle::Strong)).setFontWeight(QFont::Bold);
    fg(MarkdownStyle::CodeSpan, 0x9a3412, 0xf0a070).setBackground(colour(0xf4efe8, 0x2d2a26));
    fg(MarkdownStyle::CodeBlock, 0x4b5563, 0xb8c0cc).setBackground(colour(0xf3f4f6, 0x262a30));
    fg(MarkdownStyle::Link, 0x0b62c4, 0x6cb6ff);
    fg(MarkdownStyle::LinkTarget, 0x6b7280, 0x8b949e);
    fg(MarkdownStyle::Image, 0x7c3aad, 0xc297f0);
    fg(MarkdownStyle::Quote, 0x3f6e2a, 0x9ccc7c);
    fg(MarkdownStyle::ListMarker, 0xb45309, 0xf5a524).setFontWeight(QFont::Bold);
    fg(MarkdownStyle::Table, 0x0f766e, 0x5ccfc2).setFontWeight(QFont::Bold);
    fg(MarkdownStyle::TableDelimiter, 0x0f766e, 0x5ccfc2);
    fg(MarkdownStyle::Rule, 0x6b7280, 0x8b949e).setFontWeight(QFont::Bold);
    fg(MarkdownStyle::Html, 0x8b2f8b, 0xd58ad5);
    fg(MarkdownStyle::HtmlComment, 0x80868f, 0x7d8590).setFontItalic(true);
    fg(MarkdownStyle::Shortcode, 0xb0245f, 0xff7eb0).setFontWeight(QFont::Bold);
    fg(MarkdownStyle::Notice, 0xa15c00, 0xf2b84b).setFontWeight(QFont::Bold);
    fg(MarkdownStyle::Twig, 0x00727a, 0x56d4dd);
    QTextCharFormat &delimiter = fg(MarkdownStyle::SummaryDelimiter, 0x7a4b00, 0xffd27a);
    delimiter.setBackground(colour(0xffe9a8, 0x4a3a12));
    delimiter.setFontWeight(QFont::Bold);
    fg(MarkdownStyle::Escape, 0x80868f, 0x7d8590);
}

bool MarkdownHighlighter::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_editor && event->type() == QEvent::PaletteChange) {
        buildFormats(m_editor->palette());
        m_spelling->rehighlight();
    }
    return QObject::eventFilter(watched, event);
}

void MarkdownHighlighter::setSummaryDelimiter(const QString &delimiter)
{
    if (delimiter == m_delimiter)
        return;
    m_delimiter = delimiter;
    m_spelling->rehighlight();
}

int MarkdownHighlighter::readBlock(const QTextBlock &block, const QString &text, int previousState, MarkdownLineResult *out) const
{
    QTextBlock next = block;
    const MarkdownSyntax::NextLine nextLine = [&next](QString *line) {
        next = next.next();
        if (!next.isValid())
            return false;
        *line = next.text();
        return true;
    };
    return MarkdownSyntax::highlightLine(text, previousState, nextLine, out, m_delimiter);
}

void MarkdownHighlighter::onContentsChange(int position)
{
    if (m_busy)
        return; // the formats of our own rehighlight
    // Two edits before the event loop runs (a replace-all, a paste and a key): the first and the last
    m_pendingFirst = m_pendingFirst < 0 ? position : std::min(m_pendingFirst, position);
    m_pendingLast = std::max(m_pendingLast, position);
    m_pending->start();
}

void MarkdownHighlighter::flushPending()
{
    m_pending->stop();
    QTextDocument *doc = m_spelling->document();
    const int first = m_pendingFirst;
    const int last = m_pendingLast;
    m_pendingFirst = m_pendingLast = -1;
    if (first < 0 || !doc)
        return;
    m_busy = true;
    const int end = doc->characterCount() - 1;
    const QTextBlock a = doc->findBlock(std::min(first, end));
    const QTextBlock b = doc->findBlock(std::min(last, end));
    rehighlightParagraphAbove(a);
    if (b.blockNumber() != a.blockNumber())
        rehighlightParagraphAbove(b);
    m_busy = false;
}

void MarkdownHighlighter::rehighlightParagraphAbove(const QTextBlock &edited)
{
    // The open paragraph above the edit: an underline typed (or removed) below it changes what it is.
    int count = 0;
    for (QTextBlock b = edited.previous(); b.isValid() && count < MarkdownSyntax::kLookahead; b = b.previous(), ++count) {
        if (!MarkdownSyntax::isOpenParagraph(SpellHighlighter::markdownState(b.userState())))
            break;
        m_spelling->rehighlightBlock(b);
    }
}

} // namespace GravDesk
