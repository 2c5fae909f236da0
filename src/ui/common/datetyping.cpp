#include "datetyping.h"

#include <QCoreApplication>
#include <QDateTimeEdit>
#include <QKeyEvent>
#include <QLineEdit>

namespace GravDesk {
namespace {

const char *const kHalfTyped = "gravdeskHalfTypedDate";

class DateTypingFilter final : public QObject
{
public:
    DateTypingFilter(QDateTimeEdit *edit, std::function<void()> settled)
        : QObject(edit)
        , m_edit(edit)
        , m_settled(std::move(settled))
    {
        edit->installEventFilter(this);
    }

protected:
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (watched != m_edit || m_inside)
            return false;
        // A shortcut (Ctrl+S) is offered to the focused field first: what was typed counts before it runs.
        if (event->type() == QEvent::ShortcutOverride) {
            if (static_cast<QKeyEvent *>(event)->modifiers() & (Qt::ControlModifier | Qt::AltModifier | Qt::MetaModifier))
                settle();
            return false;
        }
        if (event->type() == QEvent::FocusIn || event->type() == QEvent::FocusOut || event->type() == QEvent::MouseButtonPress) {
            settle();
            forget();
            return false;
        }
        if (event->type() != QEvent::KeyPress)
            return false;
        auto *key = static_cast<QKeyEvent *>(event);
        const QString text = key->text();
        QLineEdit *line = m_edit->findChild<QLineEdit *>();
        if (!line || text.size() != 1 || (key->modifiers() & (Qt::ControlModifier | Qt::AltModifier | Qt::MetaModifier))) {
            settle();
            forget();
            return false;
        }
        // What we remember holds only while the text and cursor are as our last digit left them.
        if (line->cursorPosition() != m_lastCursor || line->text() != m_lastText)
            forget();
        const QChar c = text.at(0);
        if (c.isDigit()) {
            if (!m_midSection)
                startSection(line);
            const int before = m_edit->currentSectionIndex();
            m_edit->setProperty(kHalfTyped, true); // until we know the section is complete
            m_inside = true;
            QCoreApplication::sendEvent(m_edit, event);
            m_inside = false;
            m_advanced = m_edit->currentSectionIndex() != before;
            m_midSection = !m_advanced && !line->hasSelectedText();
            m_lastCursor = line->cursorPosition();
            m_lastText = line->text();
            const QDateTimeEdit::Section section = m_edit->currentSection();
            const bool full = m_edit->sectionText(section).size() >= (section == QDateTimeEdit::YearSection ? 4 : 2);
            if (!m_midSection || full)
                settle();
            return true;
        }
        settle();
        const bool separator = QStringLiteral(".:/-, ").contains(c);
        const bool swallow = separator && m_advanced; // the section already moved on by itself
        forget();
        return swallow;
    }

private:
    // The section is complete (or typing stopped there): listeners may read the date again.
    void settle()
    {
        if (!m_edit->property(kHalfTyped).toBool())
            return;
        m_edit->setProperty(kHalfTyped, false);
        if (m_settled)
            m_settled();
    }

    void forget()
    {
        m_advanced = false;
        m_midSection = false;
        m_lastCursor = -1;
    }

    // Selects the section the next digit starts, unless one section is selected already.
    void startSection(QLineEdit *line)
    {
        if (!m_edit->specialValueText().isEmpty() && m_edit->dateTime() == m_edit->minimumDateTime()) {
            // An unset date ("not set"): typing starts from today.
            m_edit->setDateTime(QDateTime(QDate::currentDate(), QTime(0, 0)));
            m_edit->setCurrentSectionIndex(0);
        }
        const QString selected = line->selectedText();
        if (!selected.isEmpty() && selected == m_edit->sectionText(m_edit->currentSection()))
            return;
        if (selected == line->text() || line->cursorPosition() >= line->text().size())
            m_edit->setCurrentSectionIndex(0);
        m_edit->setSelectedSection(m_edit->currentSection());
    }

    QDateTimeEdit *m_edit;
    bool m_inside = false;
    bool m_advanced = false; ///< the last digit filled its section and the edit moved to the next one
    bool m_midSection = false; ///< the last digit left its section open for another digit
    int m_lastCursor = -1;
    QString m_lastText;
    std::function<void()> m_settled;
};

} // namespace

void installDateTyping(QDateTimeEdit *edit, std::function<void()> settled)
{
    new DateTypingFilter(edit, std::move(settled));
}

bool isHalfTyped(const QDateTimeEdit *edit)
{
    return edit->property(kHalfTyped).toBool();
}

} // namespace GravDesk
