#include "editor/spellhighlighter.h"

#include "spellchecker.h"

#include <QTextBlock>
#include <QTextDocument>

namespace GravDesk {

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

void SpellHighlighter::highlightBlock(const QString &text)
{
    int state = 0;
    const int previous = currentBlock().previous().isValid() ? previousBlockState() : m_startState;
    if (text.size() > kMaxCheckedBlock) {
        // Highlighting runs again over the whole block at every key typed in it: a megabyte-long line
        // would cost a tokenizer pass and thousands of look-ups per key. Such a line is data (a pasted
        // image, a table row of a generated page), not prose; its state passes through unchanged.
        setCurrentBlockState(previous);
        return;
    }
    const QVector<SpellToken> tokens = SpellTokenizer::tokenizeLine(text, previous, &state, m_language);
    // The state is kept even while checking is off, so that turning it on needs no second pass.
    setCurrentBlockState(state);
    if (!m_enabled || !m_checker)
        return;
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
        setFormat(t.start, t.length, m_format);
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
    if (!block.isValid() || block.length() > kMaxCheckedBlock)
        return false;
    const int previous = block.previous().isValid() ? block.previous().userState() : m_startState;
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
