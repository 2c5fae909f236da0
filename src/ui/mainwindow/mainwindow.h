#pragma once

#include "page/blueprint.h"
#include "site/pageindex.h"

#include <QDateTime>
#include <QHash>
#include <QMainWindow>
#include <QMap>
#include <QPointer>

#include <functional>
#include <memory>

class QAction;
class QComboBox;
class QFrame;
class QPushButton;
class QLabel;
class QMenu;
class QModelIndex;
class QPlainTextEdit;
class QProgressBar;
class QTabBar;
class QTimer;
class QToolBar;
class QTreeView;
class QTreeWidget;
class QTreeWidgetItem;
class QUndoGroup;

namespace GravDesk {

namespace Markdown {
struct LinkTargets;
}
class BlueprintResolver;
struct BulkEditPlan;
struct FolderOp;
struct PageOperationPlan;
class PageOperations;
class ChangeStream;
class LiveIndex;
class SiteWatcher;
struct GalleryImportResult;
class DocumentManager;
class EditorTypograph;
class TextStatsLabel;
class PageDocument;
class MediaPanel;
class PageEditor;
class PageFormWidget;
class NewsView;
class PageFilterBar;
class PageTextHits;
class PageTreeProxy;
class SiteSearchService;
class FindInSiteDock;
struct SearchMatch;
class PageTreeModel;
class PreviewView;
class Prompter;
class RecoveryController;
struct RecoveryEntry;
class ScrollSync;
class SiteScanner;
class SideBySideWindow;
class SpellCheckController;
class TranslationsDialog;
class CloneDialog;
class VcsController;
struct HeldVersion;
struct FileDecision;
struct HistoryEntry;
struct PublishOutcome;
struct SyncOutcome;

/**
 * GravDesk's window: the post tree and the site's problems on the left; the
 * selected page's header fields, Markdown body and preview on the right.
 */
class MainWindow final : public QMainWindow
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MainWindow)

public:
    explicit MainWindow(QWidget *parent = nullptr);
    ~MainWindow() override;

    /// Replaces how the window asks the user things (tests answer through it).
    void setPrompter(std::shared_ptr<Prompter> prompter);

    /// Opens a site folder (asks to save a modified page first). Returns false if the user cancelled.
    bool openSite(const QString &path);
    QString sitePath() const { return m_sitePath; }
    bool isScanning() const;
    std::shared_ptr<const PageIndex> pageIndex() const;

    /// Selects a page by its folder relative to the pages folder, in @p language ("" keeps the current one).
    bool selectPage(const QString &relPath, const QString &language = {});
    PageDocument *currentDocument() const { return m_doc; }
    /// Saves the current page. Returns false when nothing was started (no page / not editable).
    bool save();

    static QStringList recentSites();

    /// Runs @p proceed once the current page is saved or discarded; returns false if the user cancelled.
    bool whenCurrentSettled(const std::function<void()> &proceed);
    /// Runs @p proceed once every open tab with unsaved edits is saved or discarded (each is shown and asked
    /// about in turn); returns false if the user cancelled the first question.
    bool whenAllSettled(const std::function<void()> &proceed);
    /// Opens the page @p relPath in a tab of its own (or shows the tab it is open in), in @p language ("": the
    /// content language).
    bool openInNewTab(const QString &relPath, const QString &language = {});
    int currentTab() const { return m_currentTab; }
    /// Shows tab @p index (its page as it was left: text, undo history, cursor).
    void activateTab(int index);
    /// Closes tab @p index, asking first when its page has unsaved edits. False when the user cancelled.
    bool closeTab(int index);
    /// Reads the current page again from disk (after another window saved it).
    void reopenCurrent();

    /// Where the user is: the site, the selected page folder (relative to the pages folder) and its language.
    struct Place
    {
        QString site;
        QString page;
        QString language;
    };
    Place place() const;
    /// Where the user last was on the site at @p sitePath (page "" when nothing is remembered).
    static Place lastPlace(const QString &sitePath);
    /// The open tabs, left to right: page folder and language of each.
    QList<Place> openTabs() const;
    /// The side by side window, while one is open.
    SideBySideWindow *sideBySideWindow() const;
    /// Opens the gallery import dialog for the current page with @p files (photos or folders) in it.
    void addGallery(const QStringList &files = {});
    /// Where every change to the open site is reported: GravDesk's own writes and the file watcher's batches.
    ChangeStream *changeStream() const { return m_changes; }
    /// The page index kept up to date from the change stream.
    LiveIndex *liveIndex() const { return m_live; }
    /// Every page file's text in memory, following the change stream (the search fields and Find in Site).
    SiteSearchService *siteSearch() const { return m_siteSearch; }
    /// The open page's file changed on disk while it had unsaved edits (the bar above the editor shows).
    bool hasDiskConflict() const;
    /// The journal of unsaved edits of the open site and the restored text waiting for its pages.
    RecoveryController *recovery() const;
    /// The site's git repository as the window drives it (badges, publish, update, history).
    VcsController *vcs() const;

    // Page management (pageactions.cpp): the tree's context menu and the Page menu.
    /// The pages selected in the tree (folders relative to the pages folder), in the tree's order.
    QStringList selectedPages() const;
    /// Renames the current page: @p name is a slug ("new-slug", the `NN.` prefix stays) or a whole folder name
    /// ("03.new-slug"). Asks with the plan first. False when nothing changed.
    bool renamePage(const QString &name);
    /// Moves the current page into @p parentRel ("" = the top level), asking with the plan first.
    bool movePage(const QString &parentRel);
    /// Renames the folder of the page @p relPath that shares its slug with another to a free slug, asking first.
    bool fixDuplicateSlug(const QString &relPath);
    // Find and Replace in the site (sitereplaceactions.cpp): the Find in Site dock, Replace, Undo Replace in Site.
    /// Replaces the matches ticked in the Find in Site dock (asks with the plan first). False when nothing changed.
    bool replaceInSite();
    /// Puts back every file of the last replace, in one transaction. False when nothing changed.
    bool undoReplaceInSite();
    /// Opens the page of @p match and selects the match (the body editor, or the title or slug field).
    void openSearchMatch(const GravDesk::SearchMatch &match);
    /// Attaches @p files (not photos) to the open page as its pending change, written at Save; offers to link them.
    bool attachFiles(const QStringList &files);

Q_SIGNALS:
    void siteLoaded();
    void documentOpened();
    void documentSaved(bool ok);
    /// The tree and Problems now show a newer index (after changes on disk, ours or others').
    void siteRefreshed();
    /// The open page was read again from disk (it had no unsaved edits).
    void documentReloaded();
    /// The user chose another interface language in Settings (already saved there); "" = the system's.
    void interfaceLanguageChosen(const QString &code);
    /// A page operation or bulk action was carried out (@p ok) or failed; nothing is emitted when it was cancelled.
    void pageOperationFinished(bool ok);
    /// A replace in the site (or its undo) was written (@p ok) or failed; nothing is emitted when it was cancelled.
    void siteReplaceFinished(bool ok);

protected:
    void closeEvent(QCloseEvent *event) override;
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void buildUi();
    // The tree's search field, filters and sorting (treesearch.cpp). Tree rows are PageTreeProxy indexes: every
    // way between them and page nodes goes through treeIndexForNode() and nodeAtTreeIndex().
    QWidget *buildTreeSearch(QWidget *parent);
    void setUpTreeSorting();
    void applyTreeFilter();
    void rebuildTreeFilterChoices();
    /// Sorts the tree by @p column (-1: the folder order).
    void setTreeSort(int column, Qt::SortOrder order);
    QModelIndex firstMatchInTree(const QModelIndex &parent) const;
    /// The tree's row of page @p node (invalid when the filter hides it).
    QModelIndex treeIndexForNode(int node, int column = 0) const;
    /// The page node of a tree row (0: none).
    int nodeAtTreeIndex(const QModelIndex &index) const;
    /// Makes @p node the tree's current row, clearing a filter that hides it. False when there is no such page.
    bool showTreeNode(int node);
    // The workspace per site (workspacememory.cpp): geometry, splitters, tree columns, page and language.
    void saveSiteWorkspace();
    void restoreSiteWorkspace();
    void buildActions();
    void chooseSite();
    // Writing aids (writingactions.cpp): File ▸ New Post (Ctrl+N, a post in the section selected in the tree,
    // the news section by default), Edit ▸ Typograph as You Type / Typograph This Post, the status bar's counters.
    void buildWritingActions();
    void newPost();
    void typographPost();
    void updateTextStats();
    void onTreeSelection();
    void openVariant(int node, const QString &language);
    void onDocumentOpened(PageDocument *doc, int requestId);
    void onSaveFinished(PageDocument *doc, int outcome, const QString &error);
    void onEditorChanged();
    void onPreviewLink(const QUrl &url);
    void showForm(const QString &route);
    void refreshPreviewHeader();
    /// The open page's header changed (form, YAML tab, undo, a merge): title, preview.
    void onHeaderChanged();
    void setLanguage(const QString &language);
    void rebuildLanguageUi();
    void rebuildVariantTabs();
    void showProblems();
    void onProblemActivated(QTreeWidgetItem *item);
    void updateTitle();
    void rememberSite(const QString &path);
    void rebuildRecentMenu();
    // Translations (translationactions.cpp): the Page menu's Translate to, Side by Side and Translations.
    void buildTranslationActions(QMenu *page);
    void rebuildTranslateMenu();
    void createTranslationOf(const QString &relPath, const QString &source, const QString &language);
    void openSideBySide();
    void showTranslations();
    // Crash recovery (recoveryactions.cpp): journal the open pages' unsaved edits, offer them after a crash.
    void buildRecovery();
    void prepareDocument(PageDocument *doc);
    void offerRecovery();
    void openRecoveredPage(const RecoveryEntry &entry);
    void updateRecoveredStatus();
    /// Records an import's result as one step: the open page's text and header as edits, the photos
    /// (staged outside the site) and the other language files as the page's pending change.
    void applyGallery(const GalleryImportResult &result);
    /// Pushes a step that changes the open page's pending folder change.
    void pushFolderChange(const QString &text, const QList<FolderOp> &ops);
    /// The open page's folder for files prepared for Save, outside the site ("" when it cannot be made).
    QString stagingFolder();
    bool handleGalleryDrop(QEvent *event);
    void connectMediaPanel();
    /// Shows the open page's folder in the media panel and its files in the form's pickers.
    void refreshMedia(bool rebuildForm);
    /// Sets media_order of the open page as a header edit (undoable).
    void setOpenPageMediaOrder(const QStringList &names, bool onlyIfPresent);
    // Changes on disk (diskchanges.cpp): the watcher and our own saves feed the change stream; the live
    // index refreshes the tree and Problems; the open page reloads, or the bar above the editor offers
    // Reload, Keep Mine and Compare.
    void buildDiskBar(QWidget *parent);
    void startWatching(const std::shared_ptr<const PageIndex> &index);
    void onSiteChanged(const QStringList &paths);
    void onIndexUpdated(const std::shared_ptr<const PageIndex> &index);
    void checkOpenPageOnDisk();
    void showDiskBar(bool deleted);
    void hideDiskBar();
    void reloadFromDisk();
    void keepMine();
    void compareWithDisk();
    bool saveAs();
    // Warnings while writing in Problems (writingproblems.cpp): the open page's body lint findings, listed first.
    void buildWritingProblems();
    void updateLintContext();
    void showWritingProblems();
    bool activateWritingProblem(QTreeWidgetItem *item);
    // Page management (pageactions.cpp): rename, move, duplicate, change template, delete to the trash and
    // restore, the duplicate-slug fix from Problems, reordering by dragging in the tree, bulk actions on the
    // selection. Each shows its plan and asks; then one transaction; open pages follow to their new place.
    void buildPageActions(QMenu *page);
    void showTreeMenu(const QPoint &pos);
    void showProblemsMenu(const QPoint &pos);
    int currentPageNode() const;
    QVector<int> selectedNodes() const;
    void askRenamePage();
    void askMovePage();
    void duplicatePage();
    void askChangeTemplate();
    void deleteSelectedPages();
    void showTrash();
    void bulkPublish(bool publish);
    void bulkTaxonomy(const QString &taxonomy, bool add);
    void onPagesDropped(const QStringList &relPaths, const QString &parentRel, int row);
    QStringList siteTemplates() const;
    /// Plans with @p make (for the link checkbox's state), asks, applies, and lets the open pages follow.
    bool runPageOperation(const QString &title, const QString &intro, const QString &acceptText, bool offersLinks,
        const std::function<PageOperationPlan(const PageOperations &, bool updateLinks)> &make);
    bool runBulkEdit(const QString &title, const QString &intro, const QString &acceptText, const BulkEditPlan &plan);
    /// False (after telling the user) when a page open with unsaved edits lies in or is one of @p paths.
    bool openPagesAllow(const QStringList &paths, const QString &title);
    /// After an operation: open pages moved by @p renames are read again at their new place; pages under
    /// @p removed close. @p select: a page folder to show once the tree has it ("" = none).
    void followPageOperation(const QList<QPair<QString, QString>> &renames, const QStringList &removed, const QString &select);
    /// Called with each new index: reopens the page an operation moved once the tree shows it.
    void followPendingPageOperation();
    void buildSiteReplace(QMenu *edit);
    void dropReplaceUndo();
    /// After a replace or its undo wrote @p paths: open pages without edits are read again.
    void followRewrittenFiles(const QStringList &paths);
    /// The page files open (in the editor or a tab) with unsaved edits, clean absolute paths.
    QStringList pathsWithUnsavedEdits() const;
    // Publishing through git (vcsactions.cpp): badges and the status bar from VcsController, Page ▸ Publish,
    // File ▸ Update from Server with the decision view, Page ▸ History, File ▸ Clone Site, sign-in prompts.
    void buildVcsActions(QMenu *file, QMenu *page, QToolBar *bar);
    void onVcsStatus();
    void publishPage();
    void onPublishFinished(const QString &pageFolder, const PublishOutcome &outcome);
    void updateFromServer();
    void onUpdateFinished(const SyncOutcome &outcome);
    void onHeldVersions(const QList<HeldVersion> &changed, const QString &error);
    void showDecisions(const QList<FileDecision> &decisions);
    void showPageHistory();
    void restoreVersion(const QByteArray &bytes, const HistoryEntry &entry);
    void cloneSite();
    // The site's profile (siteprofileactions.cpp): File ▸ Import Site Settings… for a site without config/ (a Git
    // Sync clone), and the status bar's note when its languages were found from the page files.
    void buildSiteProfileActions(QMenu *file);
    void importSiteSettings();
    void showSiteProfileNote(const PageIndex &index);
    // Pages in tabs (pagetabs.cpp): several pages open at once; each tab keeps its own document (text, undo
    // history, journal entry) while another is shown.
    void buildPageTabs();
    void syncCurrentTab();
    void parkCurrentTab();
    void showParkedDocument(PageDocument *doc, int node);
    int tabOf(const QString &relPath, const QString &language) const;
    bool isParked(const PageDocument *doc) const;
    void updateTabTexts();
    void rebuildTabBar();
    void dropAllTabs();
    void restoreTabs(const QStringList &tabs, int current);

    std::shared_ptr<Prompter> m_prompter;
    SiteScanner *m_scanner = nullptr;
    QUndoGroup *m_history = nullptr; ///< Undo and Redo act on the open page's history (its document's)
    DocumentManager *m_docs = nullptr;
    PageTreeModel *m_model = nullptr;

    QTreeView *m_tree = nullptr;
    PageTreeProxy *m_treeProxy = nullptr; ///< between m_tree and m_model: the search, the filters, the sort
    PageFilterBar *m_treeFilter = nullptr;
    std::unique_ptr<PageTextHits> m_treeHits; ///< the page files holding the tree's search text
    QLabel *m_treeEmpty = nullptr; ///< "no pages match"
    QAction *m_findPageAction = nullptr;
    NewsView *m_news = nullptr; ///< the News view beside the tree
    QTreeWidget *m_problems = nullptr;
    QLabel *m_problemsLabel = nullptr;
    PageEditor *m_pageEditor = nullptr; ///< form, language tabs, body editor (parts below are its)
    PageFormWidget *m_form = nullptr;
    MediaPanel *m_mediaPanel = nullptr;
    QPlainTextEdit *m_editor = nullptr;
    PreviewView *m_preview = nullptr;
    SpellCheckController *m_spell = nullptr; ///< spelling in the body editor (underline, suggestions, word list)
    ScrollSync *m_scrollSync = nullptr;
    QComboBox *m_languageCombo = nullptr;
    QProgressBar *m_progress = nullptr;
    QLabel *m_statusLabel = nullptr;
    QMenu *m_recentMenu = nullptr;
    QMenu *m_translateMenu = nullptr;
    QPointer<TranslationsDialog> m_translationsDialog;
    QPointer<SideBySideWindow> m_sideBySide; // a window of its own (no parent), closed with this one
    QAction *m_saveAction = nullptr;
    QAction *m_saveAsAction = nullptr;
    ChangeStream *m_changes = nullptr;
    SiteWatcher *m_watcher = nullptr;
    LiveIndex *m_live = nullptr;
    SiteSearchService *m_siteSearch = nullptr;
    QFrame *m_diskBar = nullptr;
    QLabel *m_diskBarLabel = nullptr;
    QPushButton *m_diskReloadButton = nullptr;
    QPushButton *m_diskKeepButton = nullptr;
    QPushButton *m_diskCompareButton = nullptr;
    QPushButton *m_diskSaveAsButton = nullptr;
    QByteArray m_diskBytes; ///< the open page's file as another program left it (while the bar shows)
    bool m_docDeletedOnDisk = false;
    QString m_docRelPath; ///< the open page's folder: node numbers change when the index is refreshed
    struct ViewState
    {
        int cursor = -1;
        int scroll = 0;
    } m_restoreView; ///< applied once when a reloaded page opens
    struct OpenTab
    {
        QString relPath;
        QString language;
        QPointer<PageDocument> doc; ///< null until the tab is first shown (tabs restored at start) or after Discard
        ViewState view; ///< where the cursor and scroll bar were when another tab was shown
    };
    std::shared_ptr<const Markdown::LinkTargets> m_linkTargets; ///< for the body lint, made from m_linkTargetsIndex
    std::shared_ptr<const PageIndex> m_linkTargetsIndex;
    const PageIndex *m_linkTargetsFor = nullptr;
    QTabBar *m_pageTabs = nullptr;
    QVector<OpenTab> m_tabs;
    int m_currentTab = -1;
    bool m_switchingTabs = false;
    QAction *m_addGalleryAction = nullptr;
    // Page management (pageactions.cpp).
    QList<QAction *> m_pageActions; ///< Rename … Delete: the current page
    QList<QAction *> m_bulkActions; ///< Publish … Remove Tag: the selection
    bool m_applyingPageOperation = false; ///< our own operation is being written: the open page is not checked
    struct PendingFollow
    {
        QString reopen; ///< the open page's folder after the operation ("" = nothing to reopen)
        QString language;
        QString select; ///< a page to select once the tree shows it
    } m_follow;

    // Find and Replace in the site (sitereplaceactions.cpp).
    FindInSiteDock *m_findInSite = nullptr;
    QAction *m_undoReplaceAction = nullptr;
    struct ReplaceRecord
    {
        QString label;
        QStringList paths; ///< absolute
        QList<QByteArray> before; ///< each file as it was before the replace
        QList<QByteArray> after; ///< as the replace wrote it (the undo checks the file still holds it)
    } m_lastReplace;

    QString m_sitePath;
    QString m_language;
    PageDocument *m_doc = nullptr;
    int m_docNode = -1;
    int m_openRequest = 0;
    int m_selectedNode = -1;
    bool m_revertingSelection = false;
    bool m_loadingEditor = false;
    bool m_closeAfterSave = false;
    QString m_savingNewFile; ///< a page file the running save creates (the tree learns of it by a rescan)
    std::function<void()> m_afterSave;
    std::unique_ptr<BlueprintResolver> m_blueprints;
    QHash<QString, Blueprint> m_blueprintCache; // by template name
    QMap<QString, QStringList> m_taxonomyValues; // every taxonomy value used on the site, by type
    // Writing aids (writingactions.cpp).
    EditorTypograph *m_typograph = nullptr;
    TextStatsLabel *m_textStats = nullptr;
    QTimer *m_statsTimer = nullptr;
    // Crash recovery (recoveryactions.cpp).
    RecoveryController *m_recovery = nullptr;
    QLabel *m_recoveredLabel = nullptr;
    QString m_recoveryOffered; // the site whose journal was offered in this run
    bool m_workspaceRestored = false; ///< the window's geometry was taken from the first site's memory
    // Publishing through git (vcsactions.cpp).
    VcsController *m_vcs = nullptr;
    QLabel *m_vcsLabel = nullptr;
    QLabel *m_profileLabel = nullptr; ///< languages found from the page files (siteprofileactions.cpp)
    /// Import Site Settings: the found default language the window showed (it follows the imported default).
    QString m_languageBeforeImport;
    QAction *m_publishAction = nullptr;
    QAction *m_updateAction = nullptr;
    QAction *m_historyAction = nullptr;
    QTimer *m_fetchTimer = nullptr;
    QPointer<CloneDialog> m_cloneDialog; ///< while File ▸ Clone Site runs (its git may ask for a password)
    QDateTime m_lastFocusFetch;
    /// Update from Server while the open page has unsaved edits the server's changes were merged into: the page
    /// file (absolute) whose document takes the version the update writes as its base, not as a change on disk.
    QString m_heldFile;
    bool m_heldCheck = false; ///< loadHeldVersions() is running for an update
};

} // namespace GravDesk
