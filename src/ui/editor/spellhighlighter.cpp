#include "editor/spellhighlighter.h"

#include "editor/markdownhighlighter.h"
#include "spellchecker.h"

#include <QTextBlock>
#include <QTextDocument>

namespace GravDesk {
namespace {

// Marks a block whose words were checked (large documents check the blocks in view only).
class CheckedMark final : public QTextBlockUserData
{
};

} // namespace

SpellHighlighter::SpellHighlighter(QTextDocument *document)
    : QSyntaxHighlighter(document)
{
    setObjectName(QStringLiteral("spellHighlighter"));
    m_format.setUnderlineStyle(QTextCharFormat::SpellCheckUnderline);
    m_format.setUnderlineColor(QColor(0xd0, 0x20, 0x20));
}

SpellHighlighter::~SpellHighlighter() = default;

void SpellHighlighter::setChecker(std::shared_ptr<SpellChecker> checker)
{
    m_checker = std::move(checker);
    rehighlight();
}

void SpellHighlighter::setPageLanguage(const QString &language)
{
    if (language == m_language)
        return;
    m_language = language;
    rehighlight();
}

void SpellHighlighter::setCheckingEnabled(bool enabled)
{
    if (enabled == m_enabled)
        return;
    m_enabled = enabled;
    rehighlight();
}

void SpellHighlighter::setMarkdown(MarkdownHighlighter *markdown)
{
    m_markdown = markdown;
    rehighlight();
}

int SpellHighlighter::spellState(int blockState) const
{
    if (!m_markdown)
        return blockState;
    return blockState < 0 ? SpellTokenizer::BodyStart : (blockState & ((1 << kSpellStateBits) - 1)) - 1;
}

void SpellHighlighter::mergeFormat(int start, int length, const QTextCharFormat &format)
{
    const int end = start + length;
    for (int i = start; i < end;) {
        QTextCharFormat merged = this->format(i);
        int j = i + 1;
        while (j < end && this->format(j) == merged)
            ++j;
        merged.merge(format);
        setFormat(i, j - i, merged);
        i = j;
    }
}

void SpellHighlighter::highlightBlock(const QString &text)
{
    int state = 0;
    const bool first = !currentBlock().previous().isValid();
    const int previous = first ? m_startState : spellState(previousBlockState());
    int mdState = 0;
    if (m_markdown) {
        // The Markdown colours first: the underlines are drawn over them.
        MarkdownLineResult line;
        mdState = m_markdown->readBlock(
            currentBlock(), text, first ? 0 : SpellHighlighter::markdownState(previousBlockState()), &line);
        for (const MarkdownSpan &span : std::as_const(line.spans))
            mergeFormat(span.start, span.length, m_markdown->format(span.style));
    }
    const auto store
        = [this, mdState](int spell) { setCurrentBlockState(m_markdown ? (spell + 1) | (mdState << kSpellStateBits) : spell); };
    const bool outOfView = isCheckingVisibleOnly()
        && (currentBlock().blockNumber() < m_firstVisible || currentBlock().blockNumber() > m_lastVisible);
    if (outOfView || text.size() > kMaxCheckedBlock) {
        setCurrentBlockUserData(nullptr);
        // Highlighting runs again over the whole block at every key typed in it: a megabyte-long line
        // would cost a tokenizer pass and thousands of look-ups per key. Such a line is data (a pasted
        // image, a table row of a generated page), not prose. A block out of view in a huge document is
        // checked when it comes into view. The state passes through unchanged.
        store(previous);
        return;
    }
    const QVector<SpellToken> tokens = SpellTokenizer::tokenizeLine(text, previous, &state, m_language);
    // The state is kept even while checking is off, so that turning it on needs no second pass.
    store(state);
    if (!m_enabled || !m_checker) {
        setCurrentBlockUserData(nullptr);
        return;
    }
    if (!currentBlockUserData())
        setCurrentBlockUserData(new CheckedMark);
    ++m_checkedBlocks;
    const int blockStart = currentBlock().position();
    const int cursor = m_cursorPosition ? m_cursorPosition() - blockStart : -1;
    for (const SpellToken &t : tokens) {
        if (m_checker->isCorrect(t.word, t.route))
            continue;
        if (t.start + t.length == cursor) {
            m_deferredWordEnd = blockStart + cursor;
            continue;
        }
        if (m_markdown)
            mergeFormat(t.start, t.length, m_format);
        else
            setFormat(t.start, t.length, m_format);
    }
}

bool SpellHighlighter::isCheckingVisibleOnly() const
{
    return document() && document()->characterCount() > kMaxFullyCheckedDocument;
}

void SpellHighlighter::setVisibleBlocks(int first, int last)
{
    m_firstVisible = first;
    m_lastVisible = last;
    if (!isCheckingVisibleOnly() || !m_enabled || !m_checker)
        return;
    for (QTextBlock block = document()->findBlockByNumber(std::max(0, first)); block.isValid() && block.blockNumber() <= last;
         block = block.next()) {
        if (!block.userData() && block.length() <= kMaxCheckedBlock)
            rehighlightBlock(block);
    }
}

void SpellHighlighter::cursorMoved()
{
    if (m_deferredWordEnd < 0 || !document() || (m_cursorPosition && m_cursorPosition() == m_deferredWordEnd))
        return;
    const QTextBlock block = document()->findBlock(std::min(m_deferredWordEnd, document()->characterCount() - 1));
    m_deferredWordEnd = -1;
    if (block.isValid())
        rehighlightBlock(block);
}

bool SpellHighlighter::misspelledAt(int position, SpellToken *token) const
{
    if (!m_enabled || !m_checker || !document())
        return false;
    const QTextBlock block = document()->findBlock(position);
    if (!block.isValid() || block.length() > kMaxCheckedBlock || (isCheckingVisibleOnly() && !block.userData()))
        return false;
    const int previous = block.previous().isValid() ? spellState(block.previous().userState()) : m_startState;
    int next = 0;
    const int offset = position - block.position();
    for (const SpellToken &t : SpellTokenizer::tokenizeLine(block.text(), previous, &next, m_language)) {
        if (offset < t.start || offset > t.start + t.length)
            continue;
        if (m_checker->isCorrect(t.word, t.route))
            return false;
        if (token) {
            *token = t;
            token->start += block.position();
        }
        return true;
    }
    return false;
}

} // namespace GravDesk
