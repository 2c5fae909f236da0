#pragma once

#include "site/bodylint.h"

#include <QVector>
#include <QWidget>

class QPlainTextEdit;
class QTimer;

namespace GravDesk {

/**
 * Warnings while writing: lintBody() over the body editor's text a moment after typing pauses, shown as wavy
 * orange underlines (the editor's "lint" selection layer) and as marks in a narrow margin left of the text
 * (hover for the sentence, click to go there). The summary delimiter under a paragraph, a link or image to
 * nothing, an unclosed shortcode, a `---` line in the body. The window lists the same findings in Problems.
 */
class WritingLint final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(WritingLint)

public:
    static constexpr int kPauseMs = 400; ///< lint this long after the last keystroke

    /// The margin of @p editor (put it left of the editor in the same layout).
    explicit WritingLint(QPlainTextEdit *editor, QWidget *parent = nullptr);

    /// What the lint looks up (the site's link targets, the page's folder and route, the summary delimiter);
    /// lints again at once. The link targets must outlive this (the window keeps them with its index).
    void setContext(const BodyLintContext &context);
    /// Forgets the findings (no page shown).
    void clear();
    /// Lints now (tests, and when a page is shown).
    void lintNow();
    const QVector<BodyFinding> &findings() const { return m_findings; }
    /// Moves the editor's cursor to @p finding and shows it.
    void goTo(const BodyFinding &finding);

    QSize sizeHint() const override { return {14, 0}; }

Q_SIGNALS:
    void findingsChanged();

protected:
    void paintEvent(QPaintEvent *event) override;
    bool event(QEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;

private:
    /// The findings on the line painted at margin height @p y.
    QVector<BodyFinding> findingsAt(int y) const;
    int lineTop(int line) const;

    QPlainTextEdit *m_editor;
    QTimer *m_timer;
    BodyLintContext m_context;
    bool m_hasContext = false;
    QVector<BodyFinding> m_findings;
};

} // namespace GravDesk
