#pragma once

#include <QObject>
#include <QString>

class QPlainTextEdit;

namespace GravDesk {

/**
 * The typograph in the body editor: as you type (the paragraph being typed is corrected when a space,
 * line break, punctuation mark or quote is typed) and on demand for the whole page. Each correction is
 * one step of the editor's undo history, so Ctrl+Z right after it gives back what was typed.
 */
class EditorTypograph final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(EditorTypograph)

public:
    explicit EditorTypograph(QPlainTextEdit *editor);

    /// The page's language ("kk", "ru", "en"): it picks the quotes and rules.
    void setLanguage(const QString &language) { m_language = language; }
    void setAsYouType(bool on) { m_asYouType = on; }
    bool asYouType() const { return m_asYouType; }

    /// Typographs the whole body as one undoable step; returns the number of changes.
    int typographAll();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void typographParagraphAt(int position);
    int applyEdits(int from, int to);

    QPlainTextEdit *m_editor;
    QString m_language;
    bool m_asYouType = false;
};

} // namespace GravDesk
