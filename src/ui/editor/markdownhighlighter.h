#pragma once

#include "editor/markdownsyntax.h"

#include <QObject>
#include <QTextCharFormat>

#include <array>

class QPalette;
class QPlainTextEdit;
class QTextBlock;
class QTimer;

namespace GravDesk {

class SpellHighlighter;

/**
 * Markdown colours for the body editor, as Grav's Parsedown reads the text (MarkdownSyntax). A
 * QTextDocument takes one QSyntaxHighlighter cleanly, and the body already has its SpellHighlighter: this
 * one is a layer of it — the SpellHighlighter asks it for a block's formats first and draws the spelling
 * underlines over them. The colours follow the editor's palette (light or dark by the lightness of its
 * base colour) and change with it.
 *
 * A setext underline (or a table's `|---|` line) changes what the paragraph lines above it are, which
 * QSyntaxHighlighter does not rehighlight by itself: after an edit, the open paragraph above the edited
 * line is coloured again once control returns to the event loop (flushPending() does it at once).
 */
class MarkdownHighlighter final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MarkdownHighlighter)

public:
    /// Colours @p editor's text through @p spelling, the highlighter of its document.
    MarkdownHighlighter(QPlainTextEdit *editor, SpellHighlighter *spelling);
    ~MarkdownHighlighter() override;

    /// Grav's summary delimiter (system.yaml summary.delimiter; `===` by default). Rehighlights.
    void setSummaryDelimiter(const QString &delimiter);
    QString summaryDelimiter() const { return m_delimiter; }

    /// The format of @p style in the current palette.
    const QTextCharFormat &format(MarkdownStyle style) const { return m_formats.at(static_cast<size_t>(style)); }
    /// True when @p palette is a dark one (its base colour is dark).
    static bool isDark(const QPalette &palette);

    /// Reads @p block (text @p text), given the Markdown state the block before it ended in.
    int readBlock(const QTextBlock &block, const QString &text, int previousState, MarkdownLineResult *out) const;
    /// Colours the paragraph lines above an edit now rather than when the event loop runs.
    void flushPending();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void buildFormats(const QPalette &palette);
    void onContentsChange(int position);
    void rehighlightParagraphAbove(const QTextBlock &edited);

    QPlainTextEdit *m_editor;
    SpellHighlighter *m_spelling;
    QString m_delimiter = QStringLiteral("===");
    std::array<QTextCharFormat, static_cast<size_t>(MarkdownStyle::Count)> m_formats;
    QTimer *m_pending;
    int m_pendingFirst = -1; ///< document positions of the first and last edit not followed up yet
    int m_pendingLast = -1;
    bool m_busy = false;
};

} // namespace GravDesk
