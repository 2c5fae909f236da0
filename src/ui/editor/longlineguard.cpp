#include "editor/longlineguard.h"

#include <QPlainTextEdit>
#include <QTextBlock>
#include <QTextDocument>

namespace GravDesk {

LongLineGuard::LongLineGuard(QPlainTextEdit *editor)
    : QObject(editor)
    , m_editor(editor)
{
    setObjectName(QStringLiteral("longLineGuard"));
    // contentsChange comes before the editor lays the new text out for painting (a loaded page or a
    // paste of several lines is laid out lazily), so a run is wrapped anywhere from its first layout on.
    connect(editor->document(), &QTextDocument::contentsChange, this, &LongLineGuard::contentsChanged);
}

int LongLineGuard::longestUnbrokenRun(QStringView text, int enough)
{
    int longest = 0;
    int run = 0;
    for (const QChar c : text) {
        if (c.isSpace()) {
            run = 0;
            continue;
        }
        if (++run > longest) {
            longest = run;
            if (longest >= enough)
                break;
        }
    }
    return longest;
}

bool LongLineGuard::rangeHasLongRun(int from, int to) const
{
    QTextDocument *doc = m_editor->document();
    // Whole blocks: a run typed at the end of a long one counts with the rest of it.
    for (QTextBlock block = doc->findBlock(from); block.isValid() && block.position() <= to; block = block.next()) {
        if (block.length() > kMaxUnbrokenRun && longestUnbrokenRun(block.text()) >= kMaxUnbrokenRun)
            return true;
    }
    return false;
}

void LongLineGuard::contentsChanged(int position, int removed, int added)
{
    if (!m_editor)
        return;
    if (!m_active) {
        if (rangeHasLongRun(position, position + added))
            setActive(true);
        return;
    }
    // Removing text may have ended the reason. Only blocks longer than a run are read, so this costs a
    // pass over the long lines (about a millisecond per megabyte), and only while the guard is on.
    if (removed > 0)
        rescanAll();
}

void LongLineGuard::rescanAll()
{
    if (m_editor)
        setActive(rangeHasLongRun(0, m_editor->document()->characterCount()));
}

void LongLineGuard::setActive(bool active)
{
    if (active == m_active)
        return;
    m_active = active;
    if (active)
        m_normalMode = m_editor->wordWrapMode();
    m_editor->setWordWrapMode(active ? QTextOption::WrapAnywhere : m_normalMode);
    Q_EMIT activeChanged(active);
}

} // namespace GravDesk
