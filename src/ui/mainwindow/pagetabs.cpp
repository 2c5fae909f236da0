// Pages in tabs: several pages open at once. A click in the tree opens the page in the current tab (asking about
// unsaved edits, as before); a middle click, Ctrl+Enter or the tree's "Open in New Tab" opens it in a tab of its own.
// A tab that is not shown keeps its document: the text, its undo history and its journal entry (the recovery
// controller journals every tracked document), so nothing typed there is lost or saved behind the user's back.
// Ctrl+Tab and Ctrl+Shift+Tab switch, Ctrl+W closes (asking first when the page has unsaved edits).

#include "dialogs/prompter.h"
#include "editor/pageeditor.h"
#include "mainwindow.h"
#include "page/pagedocument.h"
#include "pagetree/pagetreemodel.h"
#include "preview/previewview.h"

#include <QAction>
#include <QComboBox>
#include <QFileInfo>
#include <QKeySequence>
#include <QLabel>
#include <QMenu>
#include <QPlainTextEdit>
#include <QScrollBar>
#include <QTabBar>
#include <QTextCursor>
#include <QTreeView>
#include <QUndoGroup>
#include <QUndoStack>

namespace GravDesk {
namespace {

// @p key and the platform's own keys for @p standard, each once (a key listed twice makes the shortcut ambiguous).
QList<QKeySequence> withStandard(const QKeySequence &key, QKeySequence::StandardKey standard)
{
    QList<QKeySequence> keys {key};
    for (const QKeySequence &k : QKeySequence::keyBindings(standard))
        if (!keys.contains(k))
            keys << k;
    return keys;
}

} // namespace

void MainWindow::buildPageTabs()
{
    m_pageTabs->setObjectName(QStringLiteral("pageTabBar"));
    m_pageTabs->setTabsClosable(true);
    m_pageTabs->setMovable(false);
    m_pageTabs->setExpanding(false);
    m_pageTabs->setDocumentMode(true);
    m_pageTabs->setElideMode(Qt::ElideRight);
    m_pageTabs->setUsesScrollButtons(true);
    m_pageTabs->setVisible(false);
    connect(m_pageTabs, &QTabBar::currentChanged, this, [this](int index) {
        if (!m_switchingTabs && index >= 0)
            activateTab(index);
    });
    connect(m_pageTabs, &QTabBar::tabCloseRequested, this, [this](int index) { closeTab(index); });

    auto *next = new QAction(tr("Next Tab"), this);
    next->setObjectName(QStringLiteral("nextTabAction"));
    next->setShortcuts(withStandard(QKeySequence(Qt::CTRL | Qt::Key_Tab), QKeySequence::NextChild));
    next->setShortcutContext(Qt::WindowShortcut);
    connect(next, &QAction::triggered, this, [this] {
        if (m_tabs.size() > 1)
            activateTab((m_currentTab + 1) % int(m_tabs.size()));
    });
    auto *previous = new QAction(tr("Previous Tab"), this);
    previous->setObjectName(QStringLiteral("previousTabAction"));
    previous->setShortcuts(withStandard(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Backtab), QKeySequence::PreviousChild));
    previous->setShortcutContext(Qt::WindowShortcut);
    connect(previous, &QAction::triggered, this, [this] {
        if (m_tabs.size() > 1)
            activateTab((m_currentTab + int(m_tabs.size()) - 1) % int(m_tabs.size()));
    });
    auto *close = new QAction(tr("Close Tab"), this);
    close->setObjectName(QStringLiteral("closeTabAction"));
    close->setShortcuts(withStandard(QKeySequence(Qt::CTRL | Qt::Key_W), QKeySequence::Close));
    close->setShortcutContext(Qt::WindowShortcut);
    connect(close, &QAction::triggered, this, [this] {
        if (m_currentTab >= 0)
            closeTab(m_currentTab);
    });
    auto *newTab = new QAction(tr("Open in New Tab"), this);
    newTab->setObjectName(QStringLiteral("openInNewTabAction"));
    newTab->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Return));
    newTab->setShortcutContext(Qt::WidgetShortcut);
    connect(newTab, &QAction::triggered, this, [this] {
        if (const PageNode *n = m_model->node(nodeAtTreeIndex(m_tree->currentIndex())))
            openInNewTab(n->relPath);
    });
    m_tree->addAction(newTab);
    for (QAction *a : {next, previous, close})
        addAction(a);
    if (QMenu *page = findChild<QMenu *>(QStringLiteral("pageMenu"))) {
        page->addSeparator();
        page->addAction(next);
        page->addAction(previous);
        page->addAction(close);
    }

    // The tree's context menu (pageactions.cpp), and a middle click on a page: a tab of its own.
    m_tree->setContextMenuPolicy(Qt::CustomContextMenu);
    connect(m_tree, &QWidget::customContextMenuRequested, this, &MainWindow::showTreeMenu);
    m_tree->viewport()->installEventFilter(this);
}

int MainWindow::tabOf(const QString &relPath, const QString &language) const
{
    for (int i = 0; i < m_tabs.size(); ++i)
        if (m_tabs[i].relPath == relPath && (language.isEmpty() || m_tabs[i].language == language))
            return i;
    return -1;
}

bool MainWindow::isParked(const PageDocument *doc) const
{
    for (int i = 0; i < m_tabs.size(); ++i)
        if (i != m_currentTab && m_tabs[i].doc == doc)
            return true;
    return false;
}

QList<MainWindow::Place> MainWindow::openTabs() const
{
    QList<Place> out;
    for (const OpenTab &t : m_tabs)
        out.append(Place {m_sitePath, t.relPath, t.language});
    return out;
}

void MainWindow::rebuildTabBar()
{
    m_switchingTabs = true;
    while (m_pageTabs->count() > m_tabs.size())
        m_pageTabs->removeTab(m_pageTabs->count() - 1);
    while (m_pageTabs->count() < m_tabs.size())
        m_pageTabs->addTab(QString());
    m_pageTabs->setCurrentIndex(m_currentTab);
    m_switchingTabs = false;
    updateTabTexts();
    // One page open needs no tabs; they appear with the second.
    m_pageTabs->setVisible(m_tabs.size() > 1);
}

void MainWindow::updateTabTexts()
{
    const auto index = m_model->index();
    for (int i = 0; i < m_tabs.size() && i < m_pageTabs->count(); ++i) {
        const OpenTab &t = m_tabs[i];
        QString title;
        QString file;
        if (t.doc) {
            title = t.doc->header().values.value(QStringLiteral("title")).toString().trimmed();
            file = QFileInfo(t.doc->path()).fileName();
        } else if (index) {
            const int node = index->findByRelPath(t.relPath);
            if (const PageVariant *v = node > 0 ? index->variantFor(node, t.language) : nullptr) {
                title = v->title;
                file = v->fileName;
            }
        }
        if (title.isEmpty())
            title = t.relPath.section(QLatin1Char('/'), -1);
        if (title.size() > 32)
            title = title.left(31) + QStringLiteral("…");
        const bool modified = t.doc && t.doc->isModified();
        const QString lang = t.language.isEmpty() ? QString() : QStringLiteral(" [%1]").arg(t.language);
        m_pageTabs->setTabText(i, (modified ? QStringLiteral("• ") : QString()) + title + lang);
        m_pageTabs->setTabToolTip(
            i, (modified ? tr("%1 — not saved").arg(t.relPath + QLatin1Char('/') + file) : t.relPath + QLatin1Char('/') + file));
    }
}

void MainWindow::syncCurrentTab()
{
    if (m_tabs.isEmpty() || m_currentTab < 0) {
        m_tabs.append(OpenTab());
        m_currentTab = int(m_tabs.size()) - 1;
    }
    OpenTab &t = m_tabs[m_currentTab];
    t.doc = m_doc;
    t.relPath = m_docRelPath;
    t.language = m_doc ? m_doc->language() : m_language;
    if (m_doc) {
        // Every tab's title and unsaved mark follow its document.
        connect(m_doc, &PageDocument::modifiedChanged, this, &MainWindow::updateTabTexts, Qt::UniqueConnection);
        connect(m_doc, &PageDocument::headerChanged, this, &MainWindow::updateTabTexts, Qt::UniqueConnection);
    }
    rebuildTabBar();
}

void MainWindow::parkCurrentTab()
{
    if (m_currentTab < 0 || m_currentTab >= m_tabs.size())
        return;
    OpenTab &t = m_tabs[m_currentTab];
    t.doc = m_doc;
    if (m_doc) {
        t.view.cursor = m_editor->textCursor().position();
        t.view.scroll = m_editor->verticalScrollBar()->value();
    }
}

bool MainWindow::openInNewTab(const QString &relPath, const QString &language)
{
    const auto index = m_model->index();
    const int node = index ? index->findByRelPath(relPath) : -1;
    if (node <= 0)
        return false;
    const QString lang = language.isEmpty() ? m_language : language;
    const PageVariant *v = m_model->variantFor(node, lang);
    const QString tabLanguage = v ? v->language : lang;
    if (const int open = tabOf(relPath, tabLanguage); open >= 0) {
        activateTab(open);
        return true;
    }
    if (m_doc && m_currentTab < 0)
        syncCurrentTab(); // the page open now becomes the first tab
    parkCurrentTab();
    OpenTab t;
    t.relPath = relPath;
    t.language = tabLanguage;
    m_tabs.append(t);
    m_currentTab = int(m_tabs.size()) - 1;
    rebuildTabBar();
    m_revertingSelection = true;
    m_tree->setCurrentIndex(treeIndexForNode(node));
    m_revertingSelection = false;
    // The document being shown stays alive in its tab: onDocumentOpened() does not delete a parked document.
    openVariant(node, tabLanguage);
    return true;
}

void MainWindow::activateTab(int index)
{
    if (index < 0 || index >= m_tabs.size())
        return;
    if (index == m_currentTab && (m_tabs[index].doc == m_doc && m_doc))
        return;
    parkCurrentTab();
    m_currentTab = index;
    rebuildTabBar();
    const OpenTab t = m_tabs[index];
    const auto pages = m_model->index();
    const int node = pages ? pages->findByRelPath(t.relPath) : -1;
    if (!t.language.isEmpty() && t.language != m_language) {
        // The content language follows the tab, without opening anything else.
        m_language = t.language;
        m_model->setLanguage(t.language);
        const int i = m_languageCombo->findData(t.language);
        if (i >= 0)
            m_languageCombo->setCurrentIndex(i);
    }
    if (node > 0) {
        m_revertingSelection = true;
        m_tree->setCurrentIndex(treeIndexForNode(node));
        m_tree->scrollTo(treeIndexForNode(node));
        m_revertingSelection = false;
    }
    if (t.doc) {
        showParkedDocument(t.doc, node);
    } else if (node > 0) {
        openVariant(node, t.language);
    } else {
        m_statusLabel->setText(tr("%1 is not in the site any more").arg(t.relPath));
    }
}

void MainWindow::showParkedDocument(PageDocument *doc, int node)
{
    const OpenTab &t = m_tabs[m_currentTab];
    ++m_openRequest; // an open still running for the tab left behind is dropped
    m_docNode = node;
    m_docRelPath = t.relPath;
    m_selectedNode = node;
    m_doc = doc;
    m_history->setActiveStack(pageHistory(m_doc));
    m_loadingEditor = true;
    {
        const auto index = m_model->index();
        const QString route
            = index && node > 0 ? index->route(node, m_doc->language().isEmpty() ? m_language : m_doc->language()) : QString();
        showForm(route);
    }
    hideDiskBar();
    if (t.view.cursor >= 0) {
        QTextCursor cursor = m_editor->textCursor();
        cursor.setPosition(std::min(t.view.cursor, m_editor->document()->characterCount() - 1));
        m_editor->setTextCursor(cursor);
        m_editor->verticalScrollBar()->setValue(t.view.scroll);
    }
    m_loadingEditor = false;
    refreshMedia(false);
    m_preview->setPageFolder(QFileInfo(m_doc->path()).absolutePath());
    refreshPreviewHeader();
    m_preview->setMarkdown(QString::fromUtf8(m_doc->composedBytes()), m_doc->path());
    rebuildVariantTabs();
    updateTitle();
    updateLintContext();
    // The file may have changed on disk while the tab was in the background.
    checkOpenPageOnDisk();
    Q_EMIT documentOpened();
}

bool MainWindow::closeTab(int index)
{
    if (index < 0 || index >= m_tabs.size())
        return false;
    if (index != m_currentTab)
        activateTab(index); // the question shows the page it is about
    const int closing = m_currentTab;
    return whenCurrentSettled([this, closing] {
        if (closing >= m_tabs.size())
            return;
        if (m_tabs[closing].doc == m_doc) {
            delete m_doc;
            m_doc = nullptr;
        } else {
            delete m_tabs[closing].doc.data();
        }
        m_tabs.remove(closing);
        m_currentTab = -1;
        if (m_tabs.isEmpty()) {
            rebuildTabBar();
            ++m_openRequest;
            m_docNode = -1;
            m_docRelPath.clear();
            m_selectedNode = -1;
            hideDiskBar();
            m_pageEditor->clear(tr("Select a page in the tree to edit its text."));
            m_preview->showMessage(tr("The preview of the selected page appears here."));
            m_revertingSelection = true;
            m_tree->setCurrentIndex(QModelIndex());
            m_revertingSelection = false;
            rebuildVariantTabs();
            updateTitle();
            return;
        }
        activateTab(std::min<int>(closing, int(m_tabs.size()) - 1));
    });
}

bool MainWindow::whenAllSettled(const std::function<void()> &proceed)
{
    return whenCurrentSettled([this, proceed] {
        for (int i = 0; i < m_tabs.size(); ++i) {
            if (i != m_currentTab && m_tabs[i].doc && m_tabs[i].doc->isModified()) {
                activateTab(i);
                whenAllSettled(proceed);
                return;
            }
        }
        proceed();
    });
}

void MainWindow::dropAllTabs()
{
    for (OpenTab &t : m_tabs)
        if (t.doc && t.doc != m_doc)
            delete t.doc.data();
    m_tabs.clear();
    m_currentTab = -1;
    rebuildTabBar();
}

void MainWindow::restoreTabs(const QStringList &tabs, int current)
{
    // Restored as they were left; each page is read when its tab is first shown.
    if (!m_tabs.isEmpty() || tabs.size() < 2)
        return;
    for (const QString &entry : tabs) {
        OpenTab t;
        t.relPath = entry.section(QLatin1Char('\t'), 0, 0);
        t.language = entry.section(QLatin1Char('\t'), 1, 1);
        if (!t.relPath.isEmpty() && tabOf(t.relPath, t.language) < 0)
            m_tabs.append(t);
    }
    m_currentTab = m_tabs.isEmpty() ? -1 : std::clamp(current, 0, int(m_tabs.size()) - 1);
    rebuildTabBar();
}

} // namespace GravDesk
