#pragma once

#include "site/pageindex.h"

#include <QMap>
#include <QWidget>

#include <memory>

class QLabel;
class QPlainTextEdit;

namespace GravDesk {

class DocumentManager;
class PageDocument;
class PageEditor;
class Prompter;

/**
 * Two languages of one page side by side, each with its header form and body, for translating: the
 * paragraph the cursor is in is highlighted in both texts, and scrolling one text scrolls the other to
 * the same paragraph (paragraphs are counted as Markdown does: runs of lines between blank lines). Each
 * side is the same page editor as the main window's (form, language tabs, body with spelling and the
 * typograph; its history is its document's); Save writes both and records which source version the
 * translation follows (site/translations.h).
 */
class SideBySideWindow final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SideBySideWindow)

public:
    SideBySideWindow(std::shared_ptr<const PageIndex> index, int node, const QString &leftLanguage, const QString &rightLanguage,
        std::shared_ptr<Prompter> prompter, QWidget *parent = nullptr);
    ~SideBySideWindow() override;

    bool isModified() const;
    /// Saves both sides; false when a side cannot be saved now (the user was told why).
    bool save();
    PageDocument *document(int side) const { return m_panes[side].doc; }
    QPlainTextEdit *editor(int side) const;
    PageEditor *pageEditor(int side) const { return m_panes[side].editor; }
    /// The paragraph (0-based) the other side shows at its top after the last synchronised scroll.
    int alignedParagraph(int side) const;

    /// The block numbers where the paragraphs of @p text start (lines after a blank line or the start).
    static QList<int> paragraphStarts(const QStringList &lines);

Q_SIGNALS:
    /// Both sides are loaded.
    void ready();
    /// A side was written (or was unchanged) after save().
    void saved(int side, bool ok);
    /// The window was closed (it deletes itself); its files are as the user left them on disk.
    void closed();

protected:
    void closeEvent(QCloseEvent *event) override;

private:
    struct Pane
    {
        PageEditor *editor = nullptr;
        QLabel *state = nullptr;
        PageDocument *doc = nullptr;
        int request = 0;
        bool loading = false;
    };

    QWidget *buildPane(int side);
    void open(int side, const QString &language);
    void showLanguageTabs(int side);
    void onOpened(PageDocument *doc, int requestId);
    void onSaveFinished(PageDocument *doc, int outcome, const QString &error);
    void syncScroll(int from);
    void highlightParagraph(int from);
    int paragraphAt(int side, int blockNumber) const;
    int blockOfParagraph(int side, int paragraph) const;
    void updateStates();

    std::shared_ptr<const PageIndex> m_index;
    std::shared_ptr<Prompter> m_prompter;
    int m_node;
    DocumentManager *m_docs;
    Pane m_panes[2];
    QMap<QString, QStringList> m_taxonomyValues;
    int m_requests = 0;
    int m_syncing = 0; // > 0 while a scroll set by the other side is applied
    int m_aligned[2] = {-1, -1};
    bool m_closeAfterSave = false;
};

} // namespace GravDesk
