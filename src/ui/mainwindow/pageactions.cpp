// Page management in the window: the tree's context menu and the Page menu rename, move, duplicate, change
// the template of and delete pages (to the trash, and back with Page ▸ Trash…); Problems fixes a duplicate
// slug; dragging in the tree reorders siblings or moves a page; the selection takes bulk actions (publish,
// unpublish, a category or tag added or removed, delete). The core plans each change (PageOperations,
// planBulk…()); the user sees the plan and confirms; it is written as one transaction. A page open with
// unsaved edits that the change would move or rewrite stops it with a message: text is never lost. Open
// pages that moved are read again at their new place once the tree shows it.

#include "dialogs/prompter.h"
#include "dialogs/trashdialog.h"
#include "editor/pageeditor.h"
#include "io/siteworkspace.h"
#include "mainwindow.h"
#include "page/blueprintresolver.h"
#include "page/documentmanager.h"
#include "page/pagedocument.h"
#include "pagetree/newsview.h"
#include "pagetree/pagetreemodel.h"
#include "preview/previewview.h"
#include "site/bulkedit.h"
#include "site/pageoperations.h"
#include "site/pagetrash.h"

#include <QAction>
#include <QDir>
#include <QFileInfo>
#include <QLabel>
#include <QMenu>
#include <QPlainTextEdit>
#include <QRegularExpression>
#include <QScrollBar>
#include <QSet>
#include <QStatusBar>
#include <QTreeView>
#include <QTreeWidget>

namespace GravDesk {
namespace {

const int kProblemKindRole = Qt::UserRole + 1;

QString relTo(const QString &pagesDir, const QString &path)
{
    const QString dir = QDir::cleanPath(pagesDir);
    const QString p = QDir::cleanPath(path);
    if (p == dir)
        return QString();
    return p.startsWith(dir + QLatin1Char('/')) ? p.mid(dir.size() + 1) : QString();
}

bool within(const QString &path, const QString &folder)
{
    const QString p = QDir::cleanPath(path);
    const QString f = QDir::cleanPath(folder);
    return p == f || p.startsWith(f + QLatin1Char('/'));
}

// Where @p path is after @p renames (each from → to, as planned: a path follows the first that covers it).
QString followRenames(const QList<QPair<QString, QString>> &renames, const QString &path)
{
    const QString p = QDir::cleanPath(path);
    for (const auto &r : renames) {
        const QString from = QDir::cleanPath(r.first);
        if (within(p, from))
            return QDir::cleanPath(r.second) + p.mid(from.size());
    }
    return p;
}

Prompter::PlanView viewOf(const PageOperationPlan &plan)
{
    Prompter::PlanView view;
    view.error = plan.ok ? QString() : plan.error;
    view.lines = plan.describe();
    view.warnings = plan.warnings + plan.refused;
    return view;
}

QStringList touchedPaths(const PageOperationPlan &plan)
{
    QStringList out;
    for (const auto &r : plan.renames)
        out << r.first;
    for (const PageLinkEdit &e : plan.linkEdits)
        out << e.path;
    for (const PageFileEdit &e : plan.edits)
        out << e.path;
    if (!plan.removeFolder.isEmpty())
        out << plan.removeFolder;
    return out;
}

} // namespace

void MainWindow::buildPageActions(QMenu *page)
{
    const auto add = [this, page](const QString &text, const char *name, void (MainWindow::*slot)()) {
        QAction *a = page->addAction(text, this, slot);
        a->setObjectName(QLatin1String(name));
        return a;
    };
    page->addSeparator();
    QAction *rename = add(tr("&Rename…"), "renamePageAction", &MainWindow::askRenamePage);
    rename->setShortcut(QKeySequence(Qt::Key_F2));
    rename->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    m_tree->addAction(rename);
    QAction *move = add(tr("&Move To…"), "movePageAction", &MainWindow::askMovePage);
    QAction *duplicate = add(tr("D&uplicate"), "duplicatePageAction", &MainWindow::duplicatePage);
    QAction *changeTemplate = add(tr("Change &Template…"), "changeTemplateAction", &MainWindow::askChangeTemplate);
    QAction *remove = add(tr("&Delete…"), "deletePageAction", &MainWindow::deleteSelectedPages);
    remove->setShortcut(QKeySequence(QKeySequence::Delete));
    remove->setShortcutContext(Qt::WidgetShortcut);
    m_tree->addAction(remove);
    QAction *trash = add(tr("Tras&h…"), "showTrashAction", &MainWindow::showTrash);
    m_pageActions = {rename, move, duplicate, changeTemplate, remove};

    QMenu *bulk = page->addMenu(tr("Selected &Pages"));
    bulk->setObjectName(QStringLiteral("selectedPagesMenu"));
    const auto addBulk = [this, bulk](const QString &text, const char *name, const std::function<void()> &run) {
        QAction *a = bulk->addAction(text, this, run);
        a->setObjectName(QLatin1String(name));
        m_bulkActions.append(a);
        return a;
    };
    addBulk(tr("&Publish"), "publishPagesAction", [this] { bulkPublish(true); });
    addBulk(tr("&Unpublish"), "unpublishPagesAction", [this] { bulkPublish(false); });
    bulk->addSeparator();
    addBulk(tr("Add to &Category…"), "addCategoryAction", [this] { bulkTaxonomy(QStringLiteral("category"), true); });
    addBulk(tr("Add &Tag…"), "addTagAction", [this] { bulkTaxonomy(QStringLiteral("tag"), true); });
    addBulk(tr("&Remove from Category…"), "removeCategoryAction", [this] { bulkTaxonomy(QStringLiteral("category"), false); });
    addBulk(tr("Remove T&ag…"), "removeTagAction", [this] { bulkTaxonomy(QStringLiteral("tag"), false); });
    bulk->addSeparator();
    bulk->addAction(remove);
    Q_UNUSED(trash)

    connect(m_model, &PageTreeModel::pagesDropped, this, &MainWindow::onPagesDropped);
    m_problems->setContextMenuPolicy(Qt::CustomContextMenu);
    connect(m_problems, &QWidget::customContextMenuRequested, this, &MainWindow::showProblemsMenu);
}

void MainWindow::showTreeMenu(const QPoint &pos)
{
    const PageNode *n = m_model->node(nodeAtTreeIndex(m_tree->indexAt(pos)));
    if (!n)
        return;
    QMenu menu(this);
    const QString rel = n->relPath;
    QAction *open = menu.addAction(tr("Open in New Tab"), this, [this, rel] { openInNewTab(rel); });
    open->setObjectName(QStringLiteral("openInNewTabMenuAction"));
    menu.addSeparator();
    const int selected = int(selectedNodes().size());
    for (QAction *a : std::as_const(m_pageActions)) {
        // With several pages selected, only Delete applies to all of them.
        const bool forAll = a->objectName() == QLatin1String("deletePageAction");
        a->setEnabled(selected <= 1 || forAll);
        menu.addAction(a);
    }
    menu.addSeparator();
    QMenu *bulk = menu.addMenu(selected > 1 ? tr("%n Selected Pages", nullptr, selected) : tr("This Page"));
    for (QAction *a : std::as_const(m_bulkActions))
        bulk->addAction(a);
    menu.exec(m_tree->viewport()->mapToGlobal(pos));
    for (QAction *a : std::as_const(m_pageActions))
        a->setEnabled(true);
}

void MainWindow::showProblemsMenu(const QPoint &pos)
{
    QTreeWidgetItem *item = m_problems->itemAt(pos);
    if (!item)
        return;
    QMenu menu(this);
    const QString path = item->data(0, Qt::UserRole).toString();
    QAction *show = menu.addAction(tr("Show Page"), this, [this, item] { onProblemActivated(item); });
    Q_UNUSED(show)
    if (item->data(0, kProblemKindRole).toInt() == int(ProblemKind::DuplicateSlug)) {
        QAction *fix = menu.addAction(tr("Fix Duplicate Slug…"), this, [this, path] { fixDuplicateSlug(path); });
        fix->setObjectName(QStringLiteral("fixDuplicateSlugAction"));
    }
    menu.exec(m_problems->viewport()->mapToGlobal(pos));
}

int MainWindow::currentPageNode() const
{
    return nodeAtTreeIndex(m_tree->currentIndex());
}

QVector<int> MainWindow::selectedNodes() const
{
    QVector<int> out;
    // The News view's selection when it is the one shown (bulk actions act on what the user sees selected).
    if (m_news && m_news->isVisible()) {
        if (const auto index = m_model->index()) {
            for (const auto &page : m_news->selectedPages())
                if (const int n = index->findByRelPath(page.first); n > 0 && !out.contains(n))
                    out.append(n);
        }
        if (!out.isEmpty()) {
            std::sort(out.begin(), out.end());
            return out;
        }
    }
    const QModelIndexList rows = m_tree->selectionModel()->selectedRows(PageTreeModel::TitleColumn);
    for (const QModelIndex &i : rows)
        if (const int n = nodeAtTreeIndex(i); n > 0 && !out.contains(n))
            out.append(n);
    if (out.isEmpty() && currentPageNode() > 0)
        out.append(currentPageNode());
    std::sort(out.begin(), out.end());
    return out;
}

QStringList MainWindow::selectedPages() const
{
    QStringList out;
    for (const int n : selectedNodes())
        if (const PageNode *p = m_model->node(n))
            out.append(p->relPath);
    return out;
}

bool MainWindow::openPagesAllow(const QStringList &paths, const QString &title)
{
    QList<PageDocument *> docs;
    if (m_doc)
        docs.append(m_doc);
    for (const OpenTab &t : std::as_const(m_tabs))
        if (t.doc && !docs.contains(t.doc.data()))
            docs.append(t.doc.data());
    for (PageDocument *doc : std::as_const(docs)) {
        if (!doc->isModified())
            continue;
        for (const QString &p : paths) {
            if (within(doc->path(), p)) {
                m_prompter->showError(this, title,
                    tr("%1 has unsaved edits, and this change moves or rewrites it. Save the page (or undo your edits) "
                       "first; nothing was changed.")
                        .arg(QDir::toNativeSeparators(doc->path())));
                return false;
            }
        }
    }
    return true;
}

bool MainWindow::runPageOperation(const QString &title, const QString &intro, const QString &acceptText, bool offersLinks,
    const std::function<PageOperationPlan(const PageOperations &, bool updateLinks)> &make)
{
    const auto index = m_model->index();
    const auto workspace = m_docs->workspace();
    if (!index || !workspace)
        return false;
    // The index the plan is made against stays alive while the operation runs.
    PageOperations ops(*index);
    PageOperationPlan plan = make(ops, true);
    if (!plan.ok) {
        m_prompter->showError(this, title, plan.error);
        return false;
    }
    Prompter::PlanQuestion question;
    question.title = title;
    question.intro = intro;
    question.acceptText = acceptText;
    question.offersLinkUpdate = offersLinks;
    question.plan = [&ops, &make](bool links) { return viewOf(make(ops, links)); };
    bool updateLinks = true;
    if (!m_prompter->confirmPlan(this, question, updateLinks))
        return false;
    plan = make(ops, updateLinks);
    if (!plan.ok) {
        m_prompter->showError(this, title, plan.error);
        return false;
    }
    if (!openPagesAllow(touchedPaths(plan), title))
        return false;
    m_applyingPageOperation = true;
    const IoResult result = applyPageOperation(*workspace, plan);
    m_applyingPageOperation = false;
    if (!result.ok) {
        m_prompter->showError(this, title, tr("%1\n\nNothing was changed.").arg(result.error));
        Q_EMIT pageOperationFinished(false);
        return false;
    }
    QString select;
    if (plan.kind == PageOperationPlan::Kind::Duplicate || plan.kind == PageOperationPlan::Kind::Restore)
        select = relTo(plan.pagesDir, plan.resultFolder);
    followPageOperation(plan.renames, plan.removeFolder.isEmpty() ? QStringList() : QStringList {plan.removeFolder}, select);
    m_statusLabel->setText(plan.label);
    Q_EMIT pageOperationFinished(true);
    return true;
}

bool MainWindow::runBulkEdit(const QString &title, const QString &intro, const QString &acceptText, const BulkEditPlan &plan)
{
    const auto workspace = m_docs->workspace();
    if (!workspace)
        return false;
    if (!plan.ok) {
        m_prompter->showError(this, title, plan.error);
        return false;
    }
    Prompter::PlanQuestion question;
    question.title = title;
    question.intro = intro;
    question.acceptText = acceptText;
    question.plan = [&plan](bool) {
        Prompter::PlanView view;
        view.lines = plan.describe();
        view.warnings = plan.warnings;
        return view;
    };
    bool links = true;
    if (!m_prompter->confirmPlan(this, question, links))
        return false;
    QStringList touched = plan.removeFolders;
    for (const BulkFileEdit &e : plan.edits)
        touched << e.path;
    if (!openPagesAllow(touched, title))
        return false;
    m_applyingPageOperation = true;
    const IoResult result = applyBulkEdit(*workspace, plan);
    m_applyingPageOperation = false;
    if (!result.ok) {
        m_prompter->showError(this, title, tr("%1\n\nNothing was changed.").arg(result.error));
        Q_EMIT pageOperationFinished(false);
        return false;
    }
    followPageOperation({}, plan.removeFolders, QString());
    m_statusLabel->setText(plan.label);
    Q_EMIT pageOperationFinished(true);
    return true;
}

void MainWindow::followPageOperation(
    const QList<QPair<QString, QString>> &renames, const QStringList &removed, const QString &select)
{
    const auto index = m_model->index();
    if (!index)
        return;
    const QString pagesDir = index->layout.pagesDir;
    const auto isRemoved = [&removed](const QString &path) {
        return std::any_of(removed.cbegin(), removed.cend(), [&path](const QString &r) { return within(path, r); });
    };
    const auto isMoved = [&renames](const QString &path) { return followRenames(renames, path) != QDir::cleanPath(path); };

    // Tabs in the background: their pages are known by folder, and read again when shown.
    for (int i = int(m_tabs.size()) - 1; i >= 0; --i) {
        if (i == m_currentTab)
            continue;
        OpenTab &t = m_tabs[i];
        const QString folder = pagesDir + QLatin1Char('/') + t.relPath;
        if (isRemoved(folder)) {
            delete t.doc.data();
            m_tabs.remove(i);
            if (m_currentTab > i)
                --m_currentTab;
            continue;
        }
        const QString moved = followRenames(renames, folder);
        if (moved != QDir::cleanPath(folder) || (t.doc && isMoved(t.doc->path()))) {
            t.relPath = relTo(pagesDir, moved);
            delete t.doc.data(); // unmodified (checked before): read again at the new place
            t.doc = nullptr;
        }
    }

    m_follow = PendingFollow();
    m_follow.select = select;
    if (m_doc && (isRemoved(m_doc->path()) || isMoved(m_doc->path()))) {
        const bool gone = isRemoved(m_doc->path());
        const QString language = m_doc->language();
        if (!gone) {
            m_follow.reopen = relTo(pagesDir, QFileInfo(followRenames(renames, m_doc->path())).absolutePath());
            m_follow.language = language;
            m_restoreView.cursor = m_editor->textCursor().position();
            m_restoreView.scroll = m_editor->verticalScrollBar()->value();
        }
        // The editor lets go of the document before it goes.
        ++m_openRequest;
        m_pageEditor->clear(gone ? tr("The page was moved to the trash (Page ▸ Trash… brings it back).")
                                 : tr("Opening the page at its new place…"));
        PageDocument *doc = m_doc;
        m_doc = nullptr;
        delete doc;
        m_docNode = -1;
        m_selectedNode = -1;
        m_docRelPath = m_follow.reopen;
        hideDiskBar();
        if (gone) {
            if (m_currentTab >= 0 && m_currentTab < m_tabs.size())
                m_tabs.remove(m_currentTab);
            m_currentTab = -1;
            m_docRelPath.clear();
            m_preview->showMessage(tr("The preview of the selected page appears here."));
        } else if (m_currentTab >= 0 && m_currentTab < m_tabs.size()) {
            m_tabs[m_currentTab].relPath = m_follow.reopen;
        }
        updateTitle();
    } else if (m_doc) {
        // A page whose links changed is read again (it had no unsaved edits).
        checkOpenPageOnDisk();
    }
    rebuildTabBar();
}

void MainWindow::followPendingPageOperation()
{
    const auto index = m_model->index();
    if (!index || (m_follow.reopen.isEmpty() && m_follow.select.isEmpty()))
        return;
    if (!m_follow.reopen.isEmpty()) {
        const int node = index->findByRelPath(m_follow.reopen);
        if (node <= 0)
            return; // an index from before the change: wait for the next one
        const QString language = m_follow.language;
        m_follow.reopen.clear();
        m_revertingSelection = true;
        const QModelIndex mi = treeIndexForNode(node);
        m_tree->setCurrentIndex(mi);
        m_tree->scrollTo(mi);
        m_revertingSelection = false;
        openVariant(node, language.isEmpty() ? m_language : language);
    }
    if (!m_follow.select.isEmpty()) {
        const QString select = m_follow.select;
        if (index->findByRelPath(select) <= 0)
            return;
        m_follow.select.clear();
        selectPage(select);
    }
}

bool MainWindow::renamePage(const QString &name)
{
    const int node = currentPageNode();
    const PageNode *n = m_model->node(node);
    if (!n || node <= 0)
        return false;
    static const QRegularExpression numbered(QStringLiteral("^\\d+\\."));
    const QString wanted = name.trimmed();
    const bool folder = numbered.match(wanted).hasMatch();
    return runPageOperation(tr("Rename Page"),
        tr("Rename the folder of “%1”. The page's address changes with it.").arg(n->relPath), tr("Rename"), true,
        [node, wanted, folder](const PageOperations &ops, bool links) {
            PageOperations::Options options;
            options.updateLinks = links;
            return folder ? ops.renameFolder(node, wanted, options) : ops.renameSlug(node, wanted, options);
        });
}

void MainWindow::askRenamePage()
{
    const PageNode *n = m_model->node(currentPageNode());
    if (!n)
        return;
    QString name = n->folderName;
    if (!m_prompter->askText(this, tr("Rename Page"),
            tr("New name of the folder “%1” (a slug keeps the number in front; the page's address follows it):")
                .arg(n->folderName),
            name)
        || name.trimmed().isEmpty() || name.trimmed() == n->folderName)
        return;
    renamePage(name);
}

bool MainWindow::movePage(const QString &parentRel)
{
    const auto index = m_model->index();
    const int node = currentPageNode();
    const PageNode *n = m_model->node(node);
    if (!index || !n || node <= 0)
        return false;
    const int parent = parentRel.isEmpty() ? 0 : index->findByRelPath(parentRel);
    if (parent < 0) {
        m_prompter->showError(this, tr("Move Page"), tr("There is no page %1 in the site.").arg(parentRel));
        return false;
    }
    if (parent == n->parent) {
        m_prompter->showError(this, tr("Move Page"), tr("%1 is already there; nothing was changed.").arg(n->relPath));
        return false;
    }
    const QString where = parentRel.isEmpty() ? tr("the top level") : parentRel;
    return runPageOperation(tr("Move Page"), tr("Move “%1” into %2.").arg(n->relPath, where), tr("Move"), true,
        [node, parent](const PageOperations &ops, bool links) {
            PageOperations::Options options;
            options.updateLinks = links;
            return ops.move(node, parent, QString(), options);
        });
}

void MainWindow::askMovePage()
{
    const auto index = m_model->index();
    const PageNode *n = m_model->node(currentPageNode());
    if (!index || !n)
        return;
    // Sections: the top level, top-level pages and every page with pages inside, but never the page itself,
    // what is inside it, or where it is now.
    QStringList items {tr("(top level)")};
    QStringList paths {QString()};
    for (int i = 1; i < index->size(); ++i) {
        const PageNode &p = index->nodes[i];
        if (p.relPath == n->relPath || p.relPath.startsWith(n->relPath + QLatin1Char('/')))
            continue;
        if (p.parent != 0 && p.children.isEmpty())
            continue;
        items << p.relPath;
        paths << p.relPath;
    }
    const int here = int(paths.indexOf(n->relPath.section(QLatin1Char('/'), 0, -2)));
    if (here >= 0) {
        items.removeAt(here);
        paths.removeAt(here);
    }
    const int chosen = m_prompter->chooseItem(this, tr("Move Page"), tr("Move “%1” into:").arg(n->relPath), items, 0);
    if (chosen < 0 || chosen >= paths.size())
        return;
    movePage(paths.at(chosen));
}

void MainWindow::duplicatePage()
{
    const int node = currentPageNode();
    const PageNode *n = m_model->node(node);
    if (!n || node <= 0)
        return;
    runPageOperation(tr("Duplicate Page"),
        tr("Copy “%1” with every language file and all its files beside it, under a free name.").arg(n->relPath), tr("Duplicate"),
        false, [node](const PageOperations &ops, bool) { return ops.duplicate(node); });
}

QStringList MainWindow::siteTemplates() const
{
    const auto index = m_model->index();
    if (!index)
        return {};
    QSet<QString> names;
    // The theme's page templates, the site's page blueprints, and what pages use now.
    if (m_blueprints) {
        for (const QString &dir : m_blueprints->themeDirs()) {
            const QStringList files
                = QDir(dir + QStringLiteral("/templates")).entryList({QStringLiteral("*.html.twig")}, QDir::Files);
            for (const QString &f : files)
                names.insert(f.chopped(int(qstrlen(".html.twig"))));
        }
    }
    const QStringList blueprints
        = QDir(index->layout.userDir + QStringLiteral("/blueprints/pages")).entryList({QStringLiteral("*.yaml")}, QDir::Files);
    for (const QString &f : blueprints)
        names.insert(f.chopped(int(qstrlen(".yaml"))));
    for (const PageNode &p : index->nodes)
        if (!p.stem.isEmpty())
            names.insert(p.stem);
    names.insert(QStringLiteral("default"));
    QStringList out(names.cbegin(), names.cend());
    out.removeIf([](const QString &t) { return t.isEmpty() || t.contains(QLatin1Char('.')) || t.contains(QLatin1Char('/')); });
    std::sort(out.begin(), out.end());
    return out;
}

void MainWindow::askChangeTemplate()
{
    const int node = currentPageNode();
    const PageNode *n = m_model->node(node);
    if (!n || node <= 0)
        return;
    if (n->variants.isEmpty()) {
        m_prompter->showError(this, tr("Change Template"), tr("%1 has no page file.").arg(n->relPath));
        return;
    }
    QStringList templates = siteTemplates();
    templates.removeAll(n->stem);
    const int chosen = m_prompter->chooseItem(this, tr("Change Template"),
        tr("“%1” uses the template %2. Its page files are renamed to the template:").arg(n->relPath, n->stem), templates, 0);
    if (chosen < 0 || chosen >= templates.size())
        return;
    const QString name = templates.at(chosen);
    runPageOperation(tr("Change Template"), tr("Use the template %1 for “%2”.").arg(name, n->relPath), tr("Change Template"),
        false, [node, name](const PageOperations &ops, bool) { return ops.changeTemplate(node, name); });
}

void MainWindow::deleteSelectedPages()
{
    const QVector<int> nodes = selectedNodes();
    if (nodes.isEmpty())
        return;
    if (nodes.size() == 1) {
        const int node = nodes.first();
        const PageNode *n = m_model->node(node);
        runPageOperation(tr("Delete Page"),
            tr("Move “%1” to the trash. It is kept outside the site; Page ▸ Trash… brings it back.")
                .arg(n ? n->relPath : QString()),
            tr("Delete"), false, [node](const PageOperations &ops, bool) { return ops.remove(node); });
        return;
    }
    const auto index = m_model->index();
    if (!index)
        return;
    const BulkEditPlan plan = planBulkDelete(*index, nodes);
    runBulkEdit(tr("Delete Pages"),
        tr("Move %n page(s) to the trash in one change. They are kept outside the site; Page ▸ Trash… brings them back.", nullptr,
            int(nodes.size())),
        tr("Delete"), plan);
}

void MainWindow::showTrash()
{
    const auto index = m_model->index();
    if (!index)
        return;
    const PageTrash trash(index->layout);
    TrashDialog dialog(trash.entries(), this);
    if (m_prompter->runDialog(&dialog) != QDialog::Accepted)
        return;
    const QString id = dialog.selectedId();
    if (id.isEmpty())
        return;
    bool freeName = false;
    {
        PageOperations ops(*index);
        const PageOperationPlan first = trash.restore(ops, id, false);
        if (!first.ok) {
            // Its place is taken now: it can come back under a free name beside it.
            const PageOperationPlan other = trash.restore(ops, id, true);
            if (!other.ok) {
                m_prompter->showError(this, tr("Restore Page"), first.error);
                return;
            }
            if (!m_prompter->confirm(
                    this, tr("Restore Page"), tr("%1\n\nRestore it under a free name instead?").arg(first.error)))
                return;
            freeName = true;
        }
    }
    runPageOperation(tr("Restore Page"), tr("Put the page back into the site."), tr("Restore"), false,
        [&trash, id, freeName](const PageOperations &ops, bool) { return trash.restore(ops, id, freeName); });
}

bool MainWindow::fixDuplicateSlug(const QString &relPath)
{
    const auto index = m_model->index();
    const int node = index ? index->findByRelPath(relPath) : -1;
    if (node <= 0) {
        m_prompter->showError(this, tr("Fix Duplicate Slug"), tr("There is no page %1 in the site.").arg(relPath));
        return false;
    }
    return runPageOperation(tr("Fix Duplicate Slug"),
        tr("“%1” has the same address as another page in its section, so Grav shows only one of them. It gets a free "
           "slug made from its title:")
            .arg(relPath),
        tr("Rename"), true, [node](const PageOperations &ops, bool links) {
            PageOperations::Options options;
            options.updateLinks = links;
            return ops.fixDuplicateSlug(node, QString(), options);
        });
}

void MainWindow::onPagesDropped(const QStringList &relPaths, const QString &parentRel, int row)
{
    const auto index = m_model->index();
    if (!index || relPaths.isEmpty())
        return;
    const int parent = parentRel.isEmpty() ? 0 : index->findByRelPath(parentRel);
    if (parent < 0)
        return;
    QVector<int> dragged;
    for (const QString &p : relPaths)
        if (const int n = index->findByRelPath(p); n > 0)
            dragged.append(n);
    if (dragged.isEmpty())
        return;
    const bool siblings = std::all_of(dragged.cbegin(), dragged.cend(), [&](int n) { return index->nodes[n].parent == parent; });
    if (row >= 0 && siblings) {
        // Between siblings: the new order, with as few folders renumbered as the core can manage.
        const QVector<int> &children = index->nodes[parent].children;
        QVector<int> order;
        int insertAt = 0;
        for (int r = 0; r < children.size(); ++r) {
            if (r == row)
                insertAt = int(order.size());
            if (!dragged.contains(children[r]))
                order.append(children[r]);
        }
        if (row >= children.size())
            insertAt = int(order.size());
        for (int k = 0; k < dragged.size(); ++k)
            order.insert(insertAt + k, dragged[k]);
        if (order == children)
            return;
        const QString where = parentRel.isEmpty() ? tr("the top level") : parentRel;
        runPageOperation(tr("Reorder Pages"),
            tr("Put the pages of %1 in the new order. Only folders whose number must change are renamed.").arg(where),
            tr("Reorder"), true, [parent, order](const PageOperations &ops, bool links) {
                PageOperations::Options options;
                options.updateLinks = links;
                return ops.reorder(parent, order, options);
            });
        return;
    }
    if (dragged.size() != 1) {
        m_prompter->showError(
            this, tr("Move Page"), tr("Drag one page at a time to move it into another section; nothing was changed."));
        return;
    }
    const int node = dragged.first();
    if (index->nodes[node].parent == parent)
        return; // dropped onto its own section: nothing to do
    const QString where = parentRel.isEmpty() ? tr("the top level") : parentRel;
    runPageOperation(tr("Move Page"), tr("Move “%1” into %2.").arg(index->nodes[node].relPath, where), tr("Move"), true,
        [node, parent](const PageOperations &ops, bool links) {
            PageOperations::Options options;
            options.updateLinks = links;
            return ops.move(node, parent, QString(), options);
        });
}

void MainWindow::bulkPublish(bool publish)
{
    const auto index = m_model->index();
    const QVector<int> nodes = selectedNodes();
    if (!index || nodes.isEmpty())
        return;
    BulkHeaderChange change;
    change.kind = publish ? BulkHeaderChange::Kind::Publish : BulkHeaderChange::Kind::Unpublish;
    const BulkEditPlan plan = planBulkHeaderChange(*index, nodes, change);
    runBulkEdit(publish ? tr("Publish Pages") : tr("Unpublish Pages"),
        publish ? tr("Publish %n page(s) in every language (published: true).", nullptr, int(nodes.size()))
                : tr("Hide %n page(s) from the site in every language (published: false).", nullptr, int(nodes.size())),
        publish ? tr("Publish") : tr("Unpublish"), plan);
}

void MainWindow::bulkTaxonomy(const QString &taxonomy, bool add)
{
    const auto index = m_model->index();
    const QVector<int> nodes = selectedNodes();
    if (!index || nodes.isEmpty())
        return;
    const bool category = taxonomy == QLatin1String("category");
    QString value;
    if (add) {
        const QString title = category ? tr("Add to Category") : tr("Add Tag");
        const QString label = category ? tr("Category to add to %n page(s):", nullptr, int(nodes.size()))
                                       : tr("Tag to add to %n page(s):", nullptr, int(nodes.size()));
        if (!m_prompter->askText(this, title, label, value, m_taxonomyValues.value(taxonomy)) || value.trimmed().isEmpty())
            return;
    } else {
        // The values the selected pages have.
        QStringList present;
        for (const int n : nodes)
            for (const PageVariant &v : index->nodes[n].variants)
                for (const QString &t : v.taxonomy.value(taxonomy))
                    if (!present.contains(t))
                        present.append(t);
        const QString title = category ? tr("Remove from Category") : tr("Remove Tag");
        if (present.isEmpty()) {
            m_prompter->showError(this, title,
                category ? tr("None of the selected pages is in a category.") : tr("None of the selected pages has a tag."));
            return;
        }
        std::sort(present.begin(), present.end());
        const int chosen = m_prompter->chooseItem(this, title,
            category ? tr("Category to remove the selected pages from:") : tr("Tag to remove from the selected pages:"), present,
            0);
        if (chosen < 0 || chosen >= present.size())
            return;
        value = present.at(chosen);
    }
    BulkHeaderChange change;
    change.kind = add ? BulkHeaderChange::Kind::AddTaxonomy : BulkHeaderChange::Kind::RemoveTaxonomy;
    change.taxonomy = taxonomy;
    change.value = value.trimmed();
    const BulkEditPlan plan = planBulkHeaderChange(*index, nodes, change);
    runBulkEdit(plan.label, tr("Change the header of every language file of the selected pages; nothing else in them changes."),
        add ? tr("Add") : tr("Remove"), plan);
}

} // namespace GravDesk
