#include "mainwindow.h"

#include "common/appsettings.h"
#include "common/interfacelanguage.h"
#include "common/uitext.h"
#include "dialogs/aboutdialog.h"
#include "dialogs/prompter.h"
#include "dialogs/settingsdialog.h"
#include "editor/pageeditor.h"
#include "editor/spellcheckcontroller.h"
#include "form/fieldcontext.h"
#include "form/pageformwidget.h"
#include "gallery/mediapanel.h"
#include "io/changestream.h"
#include "io/sitewatcher.h"
#include "io/siteworkspace.h"
#include "mainwindow/editcommands.h"
#include "markdown/gravrenderer.h"
#include "page/blueprintresolver.h"
#include "page/documentmanager.h"
#include "page/pagedocument.h"
#include "pagetree/newsview.h"
#include "pagetree/pagefilter.h"
#include "pagetree/pagetreemodel.h"
#include "pagetree/pagetreeproxy.h"
#include "preview/previewview.h"
#include "preview/scrollsync.h"
#include "search/sitesearchservice.h"
#include "site/gravdate.h"
#include "site/liveindex.h"
#include "site/sitescanner.h"
#include "site/sitesettings.h"
#include "site/translations.h"
#include "translations/sidebysidewindow.h"
#include "wordlist.h"

#include <QAction>
#include <QApplication>
#include <QCloseEvent>
#include <QComboBox>
#include <QDesktopServices>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QFontDatabase>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLabel>
#include <QMenuBar>
#include <QMessageBox>
#include <QMouseEvent>
#include <QPlainTextEdit>
#include <QProgressBar>
#include <QScrollBar>
#include <QSplitter>
#include <QStatusBar>
#include <QStyle>
#include <QTabBar>
#include <QTabWidget>
#include <QTimer>
#include <QToolBar>
#include <QTreeView>
#include <QTreeWidget>
#include <QUndoGroup>
#include <QUndoStack>
#include <QVBoxLayout>

#include <utility>

namespace GravDesk {
namespace {

const int kMaxRecent = 10;

} // namespace

MainWindow::MainWindow(QWidget *parent)
    : QMainWindow(parent)
    , m_prompter(std::make_shared<MessageBoxPrompter>())
    , m_scanner(new SiteScanner(this))
    , m_docs(new DocumentManager(this))
    , m_model(new PageTreeModel(this))
{
    setObjectName(QStringLiteral("mainWindow"));
    m_changes = new ChangeStream(this);
    m_watcher = new SiteWatcher(m_changes, this);
    m_live = new LiveIndex(this);
    connect(m_changes, &ChangeStream::changed, this, [this](const QStringList &paths) { onSiteChanged(paths); });
    m_siteSearch = new SiteSearchService(this);
    connect(m_live, &LiveIndex::updated, this, [this](const std::shared_ptr<const PageIndex> &index, const QStringList &paths) {
        m_siteSearch->follow(index, paths);
        onIndexUpdated(index);
    });
    m_history = new QUndoGroup(this);
    buildUi();
    buildActions();
    buildWritingActions();
    buildPageTabs();
    buildWritingProblems();
    buildRecovery();

    connect(m_scanner, &SiteScanner::recovered, this, [this](const QStringList &messages, int gen) {
        if (gen == m_scanner->generation())
            statusBar()->showMessage(messages.join(QLatin1Char(' ')), 20000);
    });
    connect(m_scanner, &SiteScanner::started, this, [this](const SiteLayout &, const SiteConfig &config, int gen) {
        if (gen != m_scanner->generation())
            return;
        m_model->beginSite(config);
        m_language = m_model->language();
        rebuildLanguageUi();
    });
    connect(m_scanner, &SiteScanner::nodesReady, this, [this](int first, const QVector<PageNode> &nodes, int gen) {
        if (gen == m_scanner->generation())
            m_model->appendNodes(first, nodes);
    });
    connect(m_scanner, &SiteScanner::progress, this, [this](int done, int total, int gen) {
        if (gen != m_scanner->generation())
            return;
        m_progress->setMaximum(std::max(total, 1));
        m_progress->setValue(done);
        m_statusLabel->setText(tr("Reading pages… %1 of %2 files").arg(done).arg(total));
    });
    connect(m_scanner, &SiteScanner::finished, this, [this](std::shared_ptr<const PageIndex> index, int gen) {
        if (gen != m_scanner->generation())
            return;
        m_model->setIndex(index);
        m_news->setIndex(index);
        m_siteSearch->reset(index);
        m_docs->setWorkspace(std::make_shared<SiteWorkspace>(index->layout, m_changes));
        m_blueprints = std::make_unique<BlueprintResolver>(index->layout, index->config);
        m_spell->setWordListPath(WordList::pathFor(index->layout));
        m_preview->setRenderer(std::make_shared<GravRenderer>(*index));
        m_blueprintCache.clear();
        m_taxonomyValues = siteTaxonomyValues(*index);
        m_progress->setVisible(false);
        for (int r = 0; r < m_treeProxy->rowCount(); ++r)
            m_tree->expand(m_treeProxy->index(r, 0));
        rebuildTreeFilterChoices();
        if (m_treeProxy->isFiltering())
            applyTreeFilter(); // a search kept from the site before (Reload Site)
        showProblems();
        startWatching(index);
        restoreSiteWorkspace();
        m_statusLabel->setText(tr("%1 — %2 pages, %3 errors, %4 warnings")
                                   .arg(index->layout.kindName())
                                   .arg(index->size() - 1)
                                   .arg(index->errorCount())
                                   .arg(index->warningCount()));
        showSiteProfileNote(*index);
        rememberSite(m_sitePath);
        Q_EMIT siteLoaded();
    });
    connect(m_scanner, &SiteScanner::failed, this, [this](const QString &error, int gen) {
        if (gen != m_scanner->generation())
            return;
        m_progress->setVisible(false);
        m_statusLabel->setText(tr("Could not open the site"));
        m_prompter->showError(this, tr("Open Site"), error);
    });
    connect(m_docs, &DocumentManager::opened, this, &MainWindow::onDocumentOpened);
    connect(m_docs, &DocumentManager::openFailed, this, [this](const QString &path, const QString &error, int requestId) {
        if (requestId != m_openRequest)
            return;
        m_prompter->showError(this, tr("Open Page"), tr("%1 cannot be read: %2").arg(QDir::toNativeSeparators(path), error));
    });
    connect(m_docs, &DocumentManager::saveFinished, this, [this](PageDocument *doc, SaveOutcome outcome, const QString &error) {
        onSaveFinished(doc, static_cast<int>(outcome), error);
    });

    restoreGeometry(AppSettings::windowGeometry.get());
    restoreState(AppSettings::windowState.get());
    updateTitle();
}

MainWindow::~MainWindow()
{
    delete m_sideBySide; // closeEvent() let it ask about its unsaved changes
    m_scanner->cancel();
    m_docs->waitForIdle();
}

void MainWindow::setPrompter(std::shared_ptr<Prompter> prompter)
{
    m_prompter = std::move(prompter);
}

void MainWindow::buildUi()
{
    resize(1400, 860);
    auto *split = new QSplitter(Qt::Horizontal, this);
    split->setObjectName(QStringLiteral("mainSplitter"));

    // Left: the post tree above the site's problems.
    auto *left = new QSplitter(Qt::Vertical, split);
    left->setObjectName(QStringLiteral("leftSplitter"));
    // The tree of pages under its search field and filters (treesearch.cpp).
    QWidget *pagesTab = buildTreeSearch(left);
    m_tree = new QTreeView(pagesTab);
    pagesTab->layout()->addWidget(m_tree);
    m_tree->setObjectName(QStringLiteral("pageTreeView"));
    m_tree->setModel(m_treeProxy);
    m_tree->setUniformRowHeights(true);
    m_tree->setAlternatingRowColors(true);
    // Several pages can be selected for bulk actions; the open page follows the current row.
    m_tree->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_tree->setSelectionBehavior(QAbstractItemView::SelectRows);
    // Dragging a page between its siblings reorders them, onto another page moves it there (after asking).
    m_tree->setDragEnabled(true);
    m_tree->setAcceptDrops(true);
    m_tree->setDropIndicatorShown(true);
    m_tree->setDragDropMode(QAbstractItemView::DragDrop);
    m_tree->setDefaultDropAction(Qt::MoveAction);
    m_tree->header()->setStretchLastSection(false);
    m_tree->header()->setSectionResizeMode(PageTreeModel::TitleColumn, QHeaderView::Stretch);
    m_tree->header()->setSectionResizeMode(PageTreeModel::LanguagesColumn, QHeaderView::ResizeToContents);
    m_tree->header()->setSectionResizeMode(PageTreeModel::DateColumn, QHeaderView::ResizeToContents);
    m_tree->header()->setSectionResizeMode(PageTreeModel::StateColumn, QHeaderView::ResizeToContents);
    connect(m_tree->selectionModel(), &QItemSelectionModel::currentRowChanged, this, &MainWindow::onTreeSelection);
    setUpTreeSorting();

    auto *problemsBox = new QWidget(left);
    auto *problemsLayout = new QVBoxLayout(problemsBox);
    problemsLayout->setContentsMargins(0, 4, 0, 0);
    m_problemsLabel = new QLabel(tr("Problems"), problemsBox);
    m_problemsLabel->setObjectName(QStringLiteral("problemsLabel"));
    m_problems = new QTreeWidget(problemsBox);
    m_problems->setObjectName(QStringLiteral("problemsTreeWidget"));
    m_problems->setColumnCount(2);
    m_problems->setHeaderLabels({tr("Where"), tr("Problem")});
    m_problems->setRootIsDecorated(false);
    m_problems->setWordWrap(true);
    m_problems->header()->setSectionResizeMode(0, QHeaderView::Interactive);
    m_problems->setColumnWidth(0, 260);
    connect(m_problems, &QTreeWidget::itemActivated, this, &MainWindow::onProblemActivated);
    problemsLayout->addWidget(m_problemsLabel);
    problemsLayout->addWidget(m_problems);
    // The tree of pages, and the News view: every news item in one list with search and filters.
    auto *leftTabs = new QTabWidget(left);
    leftTabs->setObjectName(QStringLiteral("leftTabWidget"));
    leftTabs->setDocumentMode(true);
    leftTabs->addTab(pagesTab, tr("Pages"));
    m_news = new NewsView(leftTabs);
    m_news->setSiteSearch(m_siteSearch);
    leftTabs->addTab(m_news, tr("News"));
    connect(m_news, &NewsView::openRequested, this,
        [this](const QString &relPath, const QString &language) { selectPage(relPath, language); });
    // Its context menu: the bulk actions of Page ▸ Selected Pages, on the rows selected there.
    m_news->view()->setContextMenuPolicy(Qt::CustomContextMenu);
    connect(m_news->view(), &QWidget::customContextMenuRequested, this, [this](const QPoint &pos) {
        auto *bulk = findChild<QMenu *>(QStringLiteral("selectedPagesMenu"));
        if (!bulk || m_news->selectedPages().isEmpty())
            return;
        QMenu menu(this);
        menu.addActions(bulk->actions());
        menu.exec(m_news->view()->viewport()->mapToGlobal(pos));
    });
    left->addWidget(leftTabs);
    left->addWidget(problemsBox);
    left->setStretchFactor(0, 3);
    left->setStretchFactor(1, 1);

    // Right: the page editor (header form, language files, body) with the media panel beside the form,
    // the bar about changes on disk above the body and the preview beside it.
    // Above it, the tabs of the pages open at once (pagetabs.cpp).
    auto *right = new QWidget(split);
    auto *rightLayout = new QVBoxLayout(right);
    rightLayout->setContentsMargins(0, 0, 0, 0);
    rightLayout->setSpacing(0);
    m_pageTabs = new QTabBar(right);
    rightLayout->addWidget(m_pageTabs);
    m_pageEditor = new PageEditor(right);
    rightLayout->addWidget(m_pageEditor, 1);
    m_pageEditor->setPartNames(QStringLiteral("bodyPlainTextEdit"), QStringLiteral("variantTabBar"));
    m_form = m_pageEditor->form();
    m_editor = m_pageEditor->bodyEditor();
    m_spell = m_pageEditor->spelling();
    m_typograph = m_pageEditor->typograph();
    m_editor->setPlaceholderText(tr("Select a page in the tree to edit its text."));
    connect(m_pageEditor, &PageEditor::languageRequested, this, [this](const QString &lang) {
        if (m_docNode < 0)
            return;
        const int node = m_docNode;
        whenCurrentSettled([this, node, lang] { openVariant(node, lang); });
    });
    connect(m_pageEditor, &PageEditor::bodyEdited, this, &MainWindow::onEditorChanged);
    connect(m_pageEditor, &PageEditor::headerChanged, this, &MainWindow::onHeaderChanged);
    connect(m_spell, &SpellCheckController::problem, this,
        [this](const QString &title, const QString &message) { m_prompter->showError(this, title, message); });
    m_editor->viewport()->installEventFilter(this); // photos dropped on the text: Add Gallery
    m_preview = new PreviewView(m_pageEditor);
    connect(m_preview, &PreviewView::linkActivated, this, &MainWindow::onPreviewLink);
    m_scrollSync = new ScrollSync(m_editor, m_preview, this);
    m_pageEditor->setBodySide(m_preview);
    buildDiskBar(m_pageEditor);
    m_pageEditor->addAboveBody(m_diskBar);
    m_mediaPanel = new MediaPanel(m_pageEditor);
    m_pageEditor->setFormSide(m_mediaPanel);
    connectMediaPanel();

    split->addWidget(left);
    split->addWidget(right);
    split->setStretchFactor(0, 2);
    split->setStretchFactor(1, 5);
    split->setSizes({560, 840});
    setCentralWidget(split);

    m_progress = new QProgressBar(this);
    m_progress->setObjectName(QStringLiteral("scanProgressBar"));
    m_progress->setMaximumWidth(220);
    m_progress->setVisible(false);
    m_statusLabel = new QLabel(tr("Open a Grav site with File ▸ Open Site…"), this);
    statusBar()->addWidget(m_statusLabel, 1);
    statusBar()->addPermanentWidget(m_progress);
    m_preview->showMessage(tr("The preview of the selected page appears here."));
}

void MainWindow::buildActions()
{
    QMenu *file = menuBar()->addMenu(tr("&File"));
    QAction *open = file->addAction(tr("&Open Site…"), this, &MainWindow::chooseSite);
    open->setObjectName(QStringLiteral("openSiteAction"));
    open->setShortcut(QKeySequence::Open);
    open->setIcon(style()->standardIcon(QStyle::SP_DialogOpenButton));
    m_recentMenu = file->addMenu(tr("Open &Recent"));
    m_recentMenu->setObjectName(QStringLiteral("recentMenu"));
    rebuildRecentMenu();
    QAction *reload = file->addAction(tr("Re&load Site"), this, [this] {
        if (!m_sitePath.isEmpty())
            openSite(m_sitePath);
    });
    reload->setShortcut(QKeySequence::Refresh);
    file->addSeparator();
    m_saveAction = file->addAction(tr("&Save"), this, &MainWindow::save);
    m_saveAction->setObjectName(QStringLiteral("saveAction"));
    m_saveAction->setShortcut(QKeySequence::Save);
    m_saveAction->setIcon(style()->standardIcon(QStyle::SP_DialogSaveButton));
    m_saveAction->setEnabled(false);
    m_saveAsAction = file->addAction(tr("Save &As…"), this, &MainWindow::saveAs);
    m_saveAsAction->setObjectName(QStringLiteral("saveAsAction"));
    m_saveAsAction->setShortcut(QKeySequence::SaveAs);
    m_saveAsAction->setEnabled(false);
    file->addSeparator();
    QAction *quit = file->addAction(tr("&Quit"), this, &QWidget::close);
    quit->setShortcut(QKeySequence::Quit);

    QMenu *edit = menuBar()->addMenu(tr("&Edit"));
    QAction *undo = m_history->createUndoAction(this, tr("&Undo"));
    undo->setObjectName(QStringLiteral("undoAction"));
    undo->setShortcut(QKeySequence::Undo);
    QAction *redo = m_history->createRedoAction(this, tr("&Redo"));
    redo->setObjectName(QStringLiteral("redoAction"));
    redo->setShortcut(QKeySequence::Redo);
    edit->addAction(undo);
    edit->addAction(redo);
    edit->addSeparator();
    buildSiteReplace(edit);
    edit->addSeparator();
    edit->addAction(m_spell->checkSpellingAction());
    QAction *settings = edit->addAction(tr("Se&ttings…"), this, [this] {
        SettingsDialog dialog(this);
        const QString before = InterfaceLanguage::saved();
        const auto index = m_model->index();
        const QString urlBefore = index ? index->config.siteUrl() : QString();
        if (index)
            dialog.setSiteUrl(urlBefore, index->config.siteUrlFromSystem());
        if (dialog.exec() != QDialog::Accepted)
            return;
        // the site's address is GravDesk's per-site setting, written like any site file: through the write path
        const auto workspace = m_docs->workspace();
        if (index && workspace && !index->config.siteUrlFromSystem() && !dialog.siteUrl().isEmpty()
            && dialog.siteUrl() != urlBefore) {
            const IoResult saved = SiteSettings::saveSiteUrl(*workspace, dialog.siteUrl());
            if (saved.ok)
                onSiteChanged(saved.changed.isEmpty() ? QStringList {SiteSettings::filePath(index->layout)} : saved.changed);
            else
                m_prompter->showError(this, tr("Settings"), tr("The site's address was not saved:\n\n%1").arg(saved.error));
        }
        if (dialog.language() == before)
            return;
        InterfaceLanguage::save(dialog.language());
        Q_EMIT interfaceLanguageChosen(dialog.language());
    });
    settings->setObjectName(QStringLiteral("settingsAction"));
    settings->setMenuRole(QAction::PreferencesRole);
    settings->setShortcut(QKeySequence::Preferences);

    QMenu *view = menuBar()->addMenu(tr("&View"));
    view->addAction(m_findPageAction);
    view->addSeparator();
    QAction *syncScroll = view->addAction(tr("&Sync Scrolling"));
    syncScroll->setObjectName(QStringLiteral("syncScrollAction"));
    syncScroll->setToolTip(tr("Scroll the preview with the text, and the text with the preview"));
    syncScroll->setCheckable(true);
    syncScroll->setChecked(AppSettings::syncScrolling.get());
    m_scrollSync->setEnabled(syncScroll->isChecked());
    connect(syncScroll, &QAction::toggled, this, [this](bool on) {
        m_scrollSync->setEnabled(on);
        AppSettings::syncScrolling.set(on);
    });

    QMenu *page = menuBar()->addMenu(tr("&Page"));
    page->setObjectName(QStringLiteral("pageMenu"));
    m_addGalleryAction = page->addAction(tr("Add &Gallery…"), this, [this] { addGallery(); });
    m_addGalleryAction->setObjectName(QStringLiteral("addGalleryAction"));
    m_addGalleryAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_G));
    page->addSeparator();
    buildTranslationActions(page);
    buildPageActions(page);

    QMenu *help = menuBar()->addMenu(tr("&Help"));
    help->addAction(tr("&About GravDesk"), this, [this] {
        AboutDialog dialog(this);
        dialog.exec();
    });

    QToolBar *bar = addToolBar(tr("Main"));
    bar->setObjectName(QStringLiteral("mainToolBar"));
    bar->setMovable(false);
    bar->addAction(open);
    bar->addAction(m_saveAction);
    bar->addAction(m_addGalleryAction);
    bar->addSeparator();
    bar->addWidget(new QLabel(tr("Language: "), bar));
    m_languageCombo = new QComboBox(bar);
    m_languageCombo->setObjectName(QStringLiteral("languageComboBox"));
    m_languageCombo->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    connect(
        m_languageCombo, &QComboBox::activated, this, [this](int i) { setLanguage(m_languageCombo->itemData(i).toString()); });
    bar->addWidget(m_languageCombo);
    buildVcsActions(file, page, bar);
    buildSiteProfileActions(file);
    connect(this, &MainWindow::documentOpened, this, &MainWindow::onVcsStatus);
}

bool MainWindow::openSite(const QString &path)
{
    // Reading the same site again keeps the pages open in other tabs (found again by their folders); another
    // site closes every tab, after asking about each with unsaved edits.
    const bool sameSite = !m_sitePath.isEmpty() && QFileInfo(path).absoluteFilePath() == m_sitePath;
    const auto proceed = [this, path, sameSite] {
        saveSiteWorkspace(); // the site being left
        if (sameSite)
            parkCurrentTab();
        else
            dropAllTabs();
        delete m_doc;
        m_doc = nullptr;
        m_docNode = -1;
        m_docRelPath.clear();
        m_selectedNode = -1;
        m_watcher->stop();
        m_live->reset(nullptr);
        m_siteSearch->reset(nullptr);
        hideDiskBar();
        m_pageEditor->clear(tr("Select a page in the tree to edit its text."));
        m_problems->clear();
        m_preview->setPageFolder(QString());
        m_preview->setRenderer(nullptr);
        m_preview->showMessage(tr("The preview of the selected page appears here."));
        m_model->clear();
        m_sitePath = QFileInfo(path).absoluteFilePath();
        m_progress->setValue(0);
        m_progress->setVisible(true);
        m_statusLabel->setText(tr("Opening %1…").arg(QDir::toNativeSeparators(m_sitePath)));
        m_scanner->start(m_sitePath);
        updateTitle();
    };
    return sameSite ? whenCurrentSettled(proceed) : whenAllSettled(proceed);
}

bool MainWindow::isScanning() const
{
    return m_scanner->isRunning();
}

std::shared_ptr<const PageIndex> MainWindow::pageIndex() const
{
    return m_model->index();
}

void MainWindow::chooseSite()
{
    const QString dir
        = QFileDialog::getExistingDirectory(this, tr("Open Grav Site"), m_sitePath.isEmpty() ? QDir::homePath() : m_sitePath);
    if (!dir.isEmpty())
        openSite(dir);
}

bool MainWindow::selectPage(const QString &relPath, const QString &language)
{
    if (!language.isEmpty())
        setLanguage(language);
    const auto index = m_model->index();
    if (!index)
        return false;
    const int node = index->findByRelPath(relPath);
    if (node <= 0)
        return false;
    showTreeNode(node);
    return m_selectedNode == node;
}

void MainWindow::onTreeSelection()
{
    if (m_revertingSelection)
        return;
    const int node = nodeAtTreeIndex(m_tree->currentIndex());
    if (node <= 0 || node == m_docNode)
        return;
    if (const PageNode *n = m_model->node(node)) {
        // A page open in a tab: that tab is shown, as it was left.
        int open = tabOf(n->relPath, m_language);
        if (open < 0)
            open = tabOf(n->relPath, QString());
        if (open >= 0 && (open != m_currentTab || m_tabs[open].doc)) {
            activateTab(open);
            return;
        }
    }
    const int previous = m_docNode;
    const bool ok = whenCurrentSettled([this, node] {
        m_selectedNode = node;
        openVariant(node, m_language);
    });
    if (!ok && previous > 0) {
        m_revertingSelection = true;
        m_tree->setCurrentIndex(treeIndexForNode(previous));
        m_revertingSelection = false;
    }
}

void MainWindow::openVariant(int node, const QString &language)
{
    const PageNode *n = m_model->node(node);
    if (!n)
        return;
    m_docNode = node;
    m_docRelPath = n->relPath;
    m_selectedNode = node;
    const PageVariant *v = n->variant(language);
    if (!v)
        v = m_model->variantFor(node, language);
    if (!v) {
        // A folder without a page file: nothing to edit.
        m_pageEditor->clear(tr("Select a page in the tree to edit its text."));
        if (!isParked(m_doc))
            delete m_doc;
        m_doc = nullptr;
        syncCurrentTab();
        rebuildVariantTabs();
        m_preview->showMessage(tr("“%1” has no page file: Grav shows it as an empty folder.").arg(n->folderName));
        updateTitle();
        return;
    }
    const auto index = m_model->index();
    const QString folder = index ? index->absolutePath(node) : QString();
    m_docs->open(folder + QLatin1Char('/') + v->fileName, v->language, ++m_openRequest);
}

void MainWindow::onDocumentOpened(PageDocument *doc, int requestId)
{
    if (requestId != m_openRequest) {
        delete doc;
        return;
    }
    PageDocument *previous = m_doc;
    m_doc = doc;
    m_doc->setParent(this);
    prepareDocument(m_doc); // journaled from now on; recovered text goes in before the editors show it
    connect(m_doc, &PageDocument::modifiedChanged, this, &MainWindow::updateTitle);
    connect(m_doc, &PageDocument::folderChanged, this, [this] { refreshMedia(false); });
    // A page file that resolves outside the site (a link) is shown, never written.
    if (const auto index = m_model->index(); index && m_docNode > 0) {
        if (const PageVariant *v = index->variantExact(m_docNode, m_doc->language());
            v && QFileInfo(index->filePath(m_docNode, v->fileName)) == QFileInfo(m_doc->path()))
            m_doc->setReadOnlyReason(v->readOnlyReason);
    }
    // The page's history is its document's: Undo and Redo follow the open page.
    m_history->addStack(pageHistory(m_doc));
    m_history->setActiveStack(pageHistory(m_doc));
    m_loadingEditor = true;
    {
        const auto index = m_model->index();
        const QString route
            = index ? index->route(m_docNode, m_doc->language().isEmpty() ? m_language : m_doc->language()) : QString();
        showForm(route);
    }
    if (!isParked(previous))
        delete previous; // after the editor let go of it (a page kept in another tab stays there)
    if (!m_doc->isEditable())
        statusBar()->showMessage(m_doc->readOnlyReason(), 15000);
    hideDiskBar();
    if (m_restoreView.cursor >= 0) {
        // Read again after a change on disk: the user stays where they were.
        QTextCursor cursor = m_editor->textCursor();
        cursor.setPosition(std::min(m_restoreView.cursor, m_editor->document()->characterCount() - 1));
        m_editor->setTextCursor(cursor);
        m_editor->verticalScrollBar()->setValue(m_restoreView.scroll);
        m_restoreView = ViewState();
    }
    m_loadingEditor = false;
    refreshMedia(false);
    m_preview->setPageFolder(QFileInfo(m_doc->path()).absolutePath());
    refreshPreviewHeader();
    m_preview->setMarkdown(QString::fromUtf8(m_doc->composedBytes()), m_doc->path());
    rebuildVariantTabs();
    updateTitle();
    syncCurrentTab();
    updateLintContext();
    Q_EMIT documentOpened();
}

void MainWindow::onPreviewLink(const QUrl &url)
{
    const QString scheme = url.scheme();
    if (scheme != QLatin1String("http") && scheme != QLatin1String("https") && scheme != QLatin1String("mailto")) {
        m_statusLabel->setText(tr("The preview does not follow links within the site: %1").arg(url.toDisplayString()));
        return;
    }
    if (m_prompter->confirm(this, tr("Open Link"), tr("Open this link in your web browser?\n\n%1").arg(url.toDisplayString())))
        QDesktopServices::openUrl(url);
}

void MainWindow::refreshPreviewHeader()
{
    if (!m_doc)
        return;
    const auto index = m_model->index();
    // As the theme prints them: the title, and the date in system.pages.dateformat.short.
    const SiteConfig config = index ? index->config : SiteConfig();
    const QVariantMap h = m_doc->header().values;
    QString format = h.value(QStringLiteral("dateformat")).toString();
    if (format.isEmpty())
        format = config.dateFormatDefault();
    const QDateTime date = parseGravDate(h.value(QStringLiteral("date")), format, config.timeZone());
    QString shortFormat = config.value(QStringLiteral("system.pages.dateformat.short")).toString();
    if (shortFormat.isEmpty())
        shortFormat = QStringLiteral("jS M Y");
    m_preview->setPageHeader(
        h.value(QStringLiteral("title")).toString().trimmed(), date.isValid() ? formatPhpDate(date, shortFormat) : QString());
}

void MainWindow::showForm(const QString &route)
{
    const auto index = m_model->index();
    const SiteConfig config = index ? index->config : SiteConfig();
    const QString templateName = index ? index->templateName(m_docNode, m_doc->language()) : QStringLiteral("default");
    if (!m_blueprintCache.contains(templateName))
        m_blueprintCache.insert(templateName, m_blueprints ? m_blueprints->resolve(templateName) : Blueprint());
    m_pageEditor->showDocument(m_doc, m_blueprintCache.value(templateName), makeFieldContext(config, *m_doc, m_taxonomyValues),
        config, route, m_language);
}

void MainWindow::onHeaderChanged()
{
    updateTitle();
    refreshPreviewHeader();
    if (m_doc)
        m_preview->setMarkdown(QString::fromUtf8(m_doc->composedBytes()), m_doc->path());
}

bool MainWindow::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_tree->viewport() && event->type() == QEvent::MouseButtonPress) {
        // A middle click on a page: a tab of its own (Ctrl+click adds the page to the selection).
        const auto *mouse = static_cast<QMouseEvent *>(event);
        const bool newTab = mouse->button() == Qt::MiddleButton;
        if (newTab) {
            if (const PageNode *n = m_model->node(nodeAtTreeIndex(m_tree->indexAt(mouse->position().toPoint())))) {
                openInNewTab(n->relPath);
                return true;
            }
        }
    }
    if (watched == m_editor->viewport() && handleGalleryDrop(event))
        return true;
    return QMainWindow::eventFilter(watched, event);
}

void MainWindow::onEditorChanged()
{
    if (m_loadingEditor || !m_doc)
        return;
    m_preview->setMarkdown(QString::fromUtf8(m_doc->composedBytes()), m_doc->path());
}

bool MainWindow::save()
{
    if (!m_doc)
        return false;
    if (!m_doc->isEditable()) {
        m_prompter->showError(this, tr("Save"), m_doc->readOnlyReason());
        return false;
    }
    // The write path's own policy says whether the file may be replaced; a read-only one gets Save As.
    if (const auto workspace = m_docs->workspace();
        workspace && workspace->checkWritable(m_doc->path()).kind == IoResult::Error::ReadOnly) {
        // Never replace a file its owner made read-only; the text is kept and can go elsewhere.
        if (m_prompter->confirm(this, tr("Save"),
                tr("%1 is read-only, so GravDesk does not replace it. Save your version under another name?")
                    .arg(QDir::toNativeSeparators(m_doc->path()))))
            saveAs();
        return false;
    }
    QString why;
    if (!m_form->canSave(&why)) {
        m_prompter->showError(this, tr("Save"), tr("This page cannot be saved yet:\n\n%1").arg(why));
        return false;
    }
    m_saveAction->setEnabled(false);
    m_statusLabel->setText(tr("Saving %1…").arg(QFileInfo(m_doc->path()).fileName()));
    m_savingNewFile = m_doc->isNew() ? m_doc->path() : QString();
    m_docs->save(m_doc);
    return true;
}

void MainWindow::onSaveFinished(PageDocument *doc, int outcomeValue, const QString &error)
{
    const auto outcome = static_cast<SaveOutcome>(outcomeValue);
    if (doc != m_doc)
        return;
    const QString name = QFileInfo(doc->path()).fileName();
    bool ok = outcome == SaveOutcome::Written || outcome == SaveOutcome::Unchanged;
    if (reportUnwrittenSave(*m_prompter, this, outcome, error)) {
        m_docs->save(doc, true);
        return;
    }
    if (outcome == SaveOutcome::Written) {
        m_statusLabel->setText(tr("Saved %1").arg(name));
        hideDiskBar();
        // The tree, Problems and every listener see the save at once.
        m_changes->notify({QFileInfo(doc->path()).absoluteFilePath()}, ChangeStream::Origin::Own);
        if (const auto index = m_model->index())
            recordTranslationSavedLater(doc->path(), doc->language(), index->config.languages());
    } else if (outcome == SaveOutcome::Unchanged)
        m_statusLabel->setText(tr("%1 has no changes to save").arg(name));
    else
        m_statusLabel->setText(tr("%1 was not saved").arg(name));
    if (ok)
        m_editor->document()->setModified(false);
    updateTitle();
    auto after = std::move(m_afterSave);
    m_afterSave = nullptr;
    const QString created = outcome == SaveOutcome::Written ? std::exchange(m_savingNewFile, QString()) : QString();
    if (ok && after) {
        after();
    } else if (!created.isEmpty()) {
        // A new language file: the tree learns of it by a rescan, then it is selected again.
        const Place here = place();
        connect(
            this, &MainWindow::siteLoaded, this, [this, here] { selectPage(here.page, here.language); },
            Qt::SingleShotConnection);
        QTimer::singleShot(0, this, [this] { openSite(m_sitePath); });
    } else if (!ok && m_docNode > 0) {
        // The user asked to save before moving on; stay on this page.
        m_revertingSelection = true;
        m_tree->setCurrentIndex(treeIndexForNode(m_docNode));
        m_revertingSelection = false;
    }
    Q_EMIT documentSaved(ok);
}

bool MainWindow::whenCurrentSettled(const std::function<void()> &proceed)
{
    if (!m_doc || !m_doc->isModified()) {
        proceed();
        return true;
    }
    switch (m_prompter->askSaveChanges(this, QFileInfo(m_doc->path()).fileName())) {
    case Prompter::Choice::Cancel: return false;
    case Prompter::Choice::Discard:
        delete m_doc; // its edits are dropped; the file on disk was never touched
        m_doc = nullptr;
        proceed();
        return true;
    case Prompter::Choice::Save:
        m_afterSave = proceed;
        if (!save()) {
            m_afterSave = nullptr;
            return false;
        }
        return true;
    }
    return false;
}

MainWindow::Place MainWindow::place() const
{
    Place p;
    p.site = m_sitePath;
    if (const PageNode *n = m_model->node(m_docNode))
        p.page = n->relPath;
    p.language = m_doc && !m_doc->language().isEmpty() ? m_doc->language() : m_language;
    return p;
}

void MainWindow::reopenCurrent()
{
    if (m_docNode > 0 && (!m_doc || !m_doc->isModified()))
        openVariant(m_docNode, m_doc ? m_doc->language() : m_language);
}

void MainWindow::setLanguage(const QString &language)
{
    if (language == m_language && m_languageCombo->currentData().toString() == language)
        return;
    m_language = language;
    m_model->setLanguage(language);
    const int i = m_languageCombo->findData(language);
    if (i >= 0)
        m_languageCombo->setCurrentIndex(i);
    if (m_docNode > 0 && (!m_doc || m_doc->language() != language)) {
        const PageNode *n = m_model->node(m_docNode);
        if (n && n->variant(language)) {
            const int node = m_docNode;
            whenCurrentSettled([this, node, language] { openVariant(node, language); });
        }
    }
}

void MainWindow::rebuildLanguageUi()
{
    m_languageCombo->clear();
    const QString current = m_model->language();
    const QStringList langs = m_model->config().languages();
    for (const QString &l : std::as_const(langs))
        m_languageCombo->addItem(languageName(l), l);
    if (langs.isEmpty())
        m_languageCombo->addItem(tr("(single language)"), QString());
    const int i = m_languageCombo->findData(current);
    m_languageCombo->setCurrentIndex(std::max(0, i));
    m_languageCombo->setEnabled(langs.size() > 1);
}

void MainWindow::rebuildVariantTabs()
{
    const PageNode *n = m_model->node(m_docNode);
    if (!n || n->variants.isEmpty()) {
        m_pageEditor->setLanguageTabs({});
        return;
    }
    QList<PageVariant> variants = n->variants;
    if (m_doc && m_doc->isNew()) {
        // A translation not saved yet has a tab of its own.
        PageVariant pending;
        pending.language = m_doc->language();
        pending.fileName = QFileInfo(m_doc->path()).fileName();
        variants.append(pending);
    }
    QList<PageEditor::LanguageTab> tabs;
    for (const PageVariant &v : std::as_const(variants))
        tabs.append({v.language, v.language.isEmpty() ? v.fileName : v.language, v.fileName});
    m_pageEditor->setLanguageTabs(tabs);
}

void MainWindow::showProblems()
{
    m_problems->clear();
    const auto index = m_model->index();
    if (!index)
        return;
    for (const SiteProblem &p : index->problems) {
        auto *item = new QTreeWidgetItem(m_problems);
        item->setText(0, p.line > 0 ? QStringLiteral("%1:%2").arg(p.path).arg(p.line) : p.path);
        item->setText(1, p.text());
        item->setToolTip(1, p.text());
        item->setData(0, Qt::UserRole, p.path);
        item->setData(0, Qt::UserRole + 1, int(p.kind));
        if (p.kind == ProblemKind::DuplicateSlug)
            item->setToolTip(0, tr("Double-click to give this page a free slug"));
        item->setIcon(0,
            style()->standardIcon(p.severity == Severity::Error ? QStyle::SP_MessageBoxCritical
                    : p.severity == Severity::Warning           ? QStyle::SP_MessageBoxWarning
                                                                : QStyle::SP_MessageBoxInformation));
    }
    m_problemsLabel->setText(tr("Problems: %1 errors, %2 warnings").arg(index->errorCount()).arg(index->warningCount()));
    showWritingProblems();
}

void MainWindow::onProblemActivated(QTreeWidgetItem *item)
{
    if (activateWritingProblem(item))
        return;
    const auto index = m_model->index();
    if (!index || !item)
        return;
    QString path = item->data(0, Qt::UserRole).toString();
    int node = index->findByRelPath(path);
    if (node < 0)
        node = index->findByRelPath(path.section(QLatin1Char('/'), 0, -2));
    if (node > 0)
        showTreeNode(node);
    // A duplicate slug is fixed from here: the page gets a free slug, after the plan is shown.
    if (node > 0 && item->data(0, Qt::UserRole + 1).toInt() == int(ProblemKind::DuplicateSlug))
        fixDuplicateSlug(path);
}

void MainWindow::updateTitle()
{
    QString title = QStringLiteral("GravDesk");
    if (!m_sitePath.isEmpty())
        title = QFileInfo(m_sitePath).fileName() + QStringLiteral(" — ") + title;
    if (m_doc) {
        const QFileInfo fi(m_doc->path());
        title = fi.dir().dirName() + QLatin1Char('/') + fi.fileName() + QStringLiteral("[*] — ") + title;
    }
    setWindowTitle(title);
    const bool modified = m_doc && m_doc->isModified();
    setWindowModified(modified);
    m_saveAction->setEnabled(modified);
    m_saveAsAction->setEnabled(m_doc != nullptr);
}

QStringList MainWindow::recentSites()
{
    return AppSettings::recentSites.get();
}

void MainWindow::rememberSite(const QString &path)
{
    QStringList list = recentSites();
    list.removeAll(path);
    list.prepend(path);
    while (list.size() > kMaxRecent)
        list.removeLast();
    AppSettings::recentSites.set(list);
    rebuildRecentMenu();
}

void MainWindow::rebuildRecentMenu()
{
    m_recentMenu->clear();
    const QStringList list = recentSites();
    for (const QString &path : list) {
        QAction *a = m_recentMenu->addAction(QDir::toNativeSeparators(path));
        connect(a, &QAction::triggered, this, [this, path] { openSite(path); });
    }
    m_recentMenu->setEnabled(!list.isEmpty());
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    // The side by side window asks about its own unsaved changes first.
    if (m_sideBySide && !m_sideBySide->close()) {
        event->ignore();
        return;
    }
    for (int i = 0; i < m_tabs.size(); ++i) {
        if (i != m_currentTab && m_tabs[i].doc && m_tabs[i].doc->isModified()) {
            // Pages with unsaved edits in other tabs: each is shown and asked about, then the window closes.
            event->ignore();
            whenAllSettled([this] { QTimer::singleShot(0, this, &QWidget::close); });
            return;
        }
    }
    if (m_doc && m_doc->isModified()) {
        switch (m_prompter->askSaveChanges(this, QFileInfo(m_doc->path()).fileName())) {
        case Prompter::Choice::Cancel: event->ignore(); return;
        case Prompter::Choice::Save:
            event->ignore();
            m_afterSave = [this] { QTimer::singleShot(0, this, &QWidget::close); };
            if (!save())
                m_afterSave = nullptr;
            return;
        case Prompter::Choice::Discard: break;
        }
    }
    AppSettings::windowGeometry.set(saveGeometry());
    AppSettings::windowState.set(saveState());
    saveSiteWorkspace();
    m_scanner->cancel();
    m_docs->waitForIdle();
    event->accept();
}

} // namespace GravDesk
