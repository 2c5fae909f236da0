#pragma once

#include <QPlainTextEdit>

namespace GravDesk {

/**
 * The YAML tab's editor: plain text with the line numbers of the header in a gutter on the left, so
 * that "line N" in an error message is the line the user sees numbered N. The line of the last
 * error is marked in the gutter and highlighted.
 */
class YamlTextEdit final : public QPlainTextEdit
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(YamlTextEdit)

public:
    explicit YamlTextEdit(QWidget *parent = nullptr);

    /// Marks line @p line (1-based; 0 clears the mark).
    void setErrorLine(int line);
    int errorLine() const { return m_errorLine; }
    /// The gutter's width in pixels, wide enough for the highest line number.
    int lineNumberAreaWidth() const;

protected:
    void resizeEvent(QResizeEvent *event) override;

private:
    friend class LineNumberArea;
    void paintLineNumbers(QPaintEvent *event);
    void updateGutterWidth();
    void updateGutter(const QRect &rect, int dy);
    void updateErrorHighlight();

    QWidget *m_gutter;
    int m_errorLine = 0;
};

} // namespace GravDesk
