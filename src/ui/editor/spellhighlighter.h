#pragma once

#include "text/spelltokens.h"

#include <QSyntaxHighlighter>
#include <QTextCharFormat>

#include <functional>
#include <memory>

namespace GravDesk {

class MarkdownHighlighter;
class SpellChecker;

/**
 * Red wavy underline under the misspelt words of a Markdown body. QSyntaxHighlighter calls it for the
 * blocks that changed only (and for the following ones while their start state changes: a fence opened
 * or closed), and the checker caches answers per word, so typing costs a few hash look-ups.
 */
class SpellHighlighter final : public QSyntaxHighlighter
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SpellHighlighter)

public:
    /// Blocks (lines) longer than this are not checked: see highlightBlock().
    static constexpr int kMaxCheckedBlock = 20000;
    /**
     * In a document larger than this (characters) only the blocks in the visible range are checked
     * (setVisibleBlocks()): a whole pass over a 16 MB page would hold the window for seconds.
     */
    static constexpr int kMaxFullyCheckedDocument = 1024 * 1024;

    explicit SpellHighlighter(QTextDocument *document);
    ~SpellHighlighter() override;

    /// The checker to use (null: nothing is underlined). Rehighlights.
    void setChecker(std::shared_ptr<SpellChecker> checker);
    std::shared_ptr<SpellChecker> checker() const { return m_checker; }
    /// The page's language ("kk", "ru", "en", "" when the site has one language). Rehighlights.
    void setPageLanguage(const QString &language);
    QString pageLanguage() const { return m_language; }
    void setCheckingEnabled(bool enabled);
    /// The tokenizer state before the first line (SpellTokenizer::BodyStart, or frontMatterStart() for YAML).
    void setStartState(int state) { m_startState = state; }
    bool isCheckingEnabled() const { return m_enabled; }

    /**
     * Where the text cursor is (a function, so that it is read while a block is rehighlighted). The
     * word that ends at the cursor is the one being typed: it is not marked until the cursor leaves it
     * (call cursorMoved()), so that a half-typed word does not flash red at every key.
     */
    void setCursorPosition(std::function<int()> position) { m_cursorPosition = std::move(position); }
    /// Marks the word left unmarked for typing once the cursor is elsewhere.
    void cursorMoved();

    /**
     * The blocks the user sees (numbers, inclusive). Large documents check only these (see
     * kMaxFullyCheckedDocument); blocks that come into view are checked now.
     */
    void setVisibleBlocks(int first, int last);
    /// True while the document is too large to be checked whole.
    bool isCheckingVisibleOnly() const;

    /// The misspelt word at @p position of the document (start relative to the document), if any.
    bool misspelledAt(int position, SpellToken *token) const;
    /// How many blocks were checked since the highlighter was made (tests see that edits recheck little).
    int checkedBlocks() const { return m_checkedBlocks; }

    /**
     * Colours the Markdown under the underlines (null: none). Its state is kept in the block state beside
     * the tokenizer's (see markdownState()). Rehighlights.
     */
    void setMarkdown(MarkdownHighlighter *markdown);
    MarkdownHighlighter *markdown() const { return m_markdown; }
    /// The Markdown part of a block state of a highlighter with setMarkdown() (MarkdownSyntax's state).
    static int markdownState(int blockState) { return blockState < 0 ? 0 : blockState >> kSpellStateBits; }

protected:
    void highlightBlock(const QString &text) override;

private:
    // With Markdown, a block state is (tokenizer state + 1) in the low bits and the Markdown state above.
    static constexpr int kSpellStateBits = 17;
    int spellState(int blockState) const;
    // Draws @p format over what the block has at [start, start + length) (colours stay under an underline).
    void mergeFormat(int start, int length, const QTextCharFormat &format);

    MarkdownHighlighter *m_markdown = nullptr;
    std::shared_ptr<SpellChecker> m_checker;
    QString m_language;
    QTextCharFormat m_format;
    std::function<int()> m_cursorPosition;
    int m_startState = SpellTokenizer::BodyStart;
    int m_deferredWordEnd = -1; // document position of the end of the word left unmarked, or -1
    bool m_enabled = true;
    int m_checkedBlocks = 0;
    int m_firstVisible = 0;
    int m_lastVisible = -1;
};

} // namespace GravDesk
