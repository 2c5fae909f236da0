#pragma once

#include <QObject>
#include <QPointer>
#include <QTextOption>

class QPlainTextEdit;

namespace GravDesk {

/**
 * Keeps an editor responsive when its text holds an over-long run without white space (a pasted
 * base64 image, minified HTML, a 1 MB line of one word). Qt wraps such a run by searching, for each
 * screen line, the rest of the run for a word boundary: its cost grows with the square of the run
 * (a 1 MB run froze the window for over a minute). While such a run is in the text, the editor wraps
 * anywhere, which costs one pass; ordinary text keeps wrapping at word boundaries as before.
 */
class LongLineGuard final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(LongLineGuard)

public:
    /// Runs of this many characters without white space switch the editor to wrapping anywhere.
    static constexpr int kMaxUnbrokenRun = 10000;

    /// Watches @p editor's text from now on (it becomes the guard's parent).
    explicit LongLineGuard(QPlainTextEdit *editor);

    /// True while the editor wraps anywhere because of an over-long run.
    bool isActive() const { return m_active; }
    /// The longest run without white space in @p text, stopping early once it reaches @p enough.
    static int longestUnbrokenRun(QStringView text, int enough = kMaxUnbrokenRun);

Q_SIGNALS:
    void activeChanged(bool active);

private:
    void contentsChanged(int position, int removed, int added);
    void rescanAll();
    bool rangeHasLongRun(int from, int to) const;
    void setActive(bool active);

    QPointer<QPlainTextEdit> m_editor;
    QTextOption::WrapMode m_normalMode = QTextOption::WrapAtWordBoundaryOrAnywhere;
    bool m_active = false;
};

} // namespace GravDesk
