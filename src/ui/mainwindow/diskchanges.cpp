// The main window and the disk: the file watcher and GravDesk's own saves feed one change stream; the
// live index turns each batch into a new index that the tree and Problems show without losing the
// selection; the open page reloads in place when it has no unsaved edits, and otherwise a bar above the
// editor offers Reload, Keep Mine and Compare.

#include "common/uitext.h"
#include "dialogs/comparedialog.h"
#include "dialogs/prompter.h"
#include "editor/pageeditor.h"
#include "form/fieldcontext.h"
#include "form/pageformwidget.h"
#include "io/changestream.h"
#include "io/pathwithin.h"
#include "io/safefile.h"
#include "io/sitewatcher.h"
#include "mainwindow/editcommands.h"
#include "mainwindow/mainwindow.h"
#include "markdown/gravrenderer.h"
#include "page/blueprintresolver.h"
#include "page/documentmanager.h"
#include "page/envelope.h"
#include "page/frontmatterdocument.h"
#include "page/pagecompare.h"
#include "page/pagedocument.h"
#include "pagetree/newsview.h"
#include "pagetree/pagetreemodel.h"
#include "preview/previewview.h"
#include "site/liveindex.h"

#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QFrame>
#include <QHBoxLayout>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScrollBar>
#include <QStatusBar>
#include <QStyle>
#include <QTabBar>
#include <QTimer>
#include <QTreeView>
#include <QUndoStack>

namespace GravDesk {
void MainWindow::buildDiskBar(QWidget *parent)
{
    m_diskBar = new QFrame(parent);
    m_diskBar->setObjectName(QStringLiteral("diskChangeBar"));
    m_diskBar->setFrameShape(QFrame::StyledPanel);
    m_diskBar->setAutoFillBackground(true);
    QPalette pal = m_diskBar->palette();
    pal.setColor(QPalette::Window, QColor(0xff, 0xf3, 0xcd));
    pal.setColor(QPalette::WindowText, QColor(0x5c, 0x45, 0x00));
    m_diskBar->setPalette(pal);
    auto *layout = new QHBoxLayout(m_diskBar);
    layout->setContentsMargins(8, 4, 8, 4);
    auto *icon = new QLabel(m_diskBar);
    icon->setPixmap(style()->standardIcon(QStyle::SP_MessageBoxWarning).pixmap(20, 20));
    layout->addWidget(icon);
    m_diskBarLabel = new QLabel(m_diskBar);
    m_diskBarLabel->setObjectName(QStringLiteral("diskChangeLabel"));
    m_diskBarLabel->setWordWrap(true);
    layout->addWidget(m_diskBarLabel, 1);
    const auto button = [this, layout](const QString &text, const QString &name, const QString &tip) {
        auto *b = new QPushButton(text, m_diskBar);
        b->setObjectName(name);
        b->setToolTip(tip);
        layout->addWidget(b);
        return b;
    };
    m_diskReloadButton = button(tr("&Reload"), QStringLiteral("diskReloadButton"),
        tr("Show the page as it is on disk now. Your unsaved edits are dropped."));
    m_diskKeepButton = button(tr("&Keep Mine"), QStringLiteral("diskKeepMineButton"),
        tr("Keep your edits; saving replaces the version on disk. If you edited only the header or only the text, the "
           "other part follows the version on disk."));
    m_diskCompareButton = button(tr("&Compare…"), QStringLiteral("diskCompareButton"),
        tr("See the version on disk and yours side by side and take either, field by field and paragraph by paragraph."));
    m_diskSaveAsButton = button(tr("Save &As…"), QStringLiteral("diskSaveAsButton"), tr("Save your version under another name."));
    connect(m_diskReloadButton, &QPushButton::clicked, this, &MainWindow::reloadFromDisk);
    connect(m_diskKeepButton, &QPushButton::clicked, this, &MainWindow::keepMine);
    connect(m_diskCompareButton, &QPushButton::clicked, this, &MainWindow::compareWithDisk);
    connect(m_diskSaveAsButton, &QPushButton::clicked, this, &MainWindow::saveAs);
    m_diskBar->setVisible(false);
}

bool MainWindow::hasDiskConflict() const
{
    return m_diskBar && !m_diskBar->isHidden();
}

void MainWindow::startWatching(const std::shared_ptr<const PageIndex> &index)
{
    m_live->reset(index);
    QStringList roots {index->layout.pagesDir};
    if (!index->layout.configDir.isEmpty())
        roots.append(index->layout.configDir);
    m_watcher->start(index->layout.root, roots);
    if (!m_watcher->problem().isEmpty())
        m_statusLabel->setText(m_watcher->problem());
}

void MainWindow::onSiteChanged(const QStringList &paths)
{
    m_live->apply(paths);
    if (!m_doc)
        return;
    const QString file = QFileInfo(m_doc->path()).absoluteFilePath();
    for (const QString &p : paths) {
        // The file itself, or a folder it lies in (removed, renamed, or the watcher's "everything" root).
        if (isPathWithin(file, p)) {
            checkOpenPageOnDisk();
            return;
        }
    }
}

void MainWindow::onIndexUpdated(const std::shared_ptr<const PageIndex> &index)
{
    const bool configChanged = !m_model->index() || m_model->index()->config.languages() != index->config.languages();
    m_model->replaceIndex(index);
    m_news->setIndex(index);
    // Node numbers change with the index; the open page is known by its folder.
    const int docNode = m_docRelPath.isNull() ? -1 : index->findByRelPath(m_docRelPath);
    if (m_selectedNode == m_docNode)
        m_selectedNode = docNode;
    m_docNode = docNode;
    m_blueprints = std::make_unique<BlueprintResolver>(index->layout, index->config);
    m_blueprintCache.clear();
    m_taxonomyValues = siteTaxonomyValues(*index);
    rebuildTreeFilterChoices();
    m_preview->setRenderer(std::make_shared<GravRenderer>(*index));
    if (configChanged)
        rebuildLanguageUi();
    showProblems();
    updateLintContext(); // a file that appeared or went changes which links lead nowhere
    rebuildVariantTabs();
    updateTitle();
    m_statusLabel->setText(tr("%1 — %2 pages, %3 errors, %4 warnings")
                               .arg(index->layout.kindName())
                               .arg(index->size() - 1)
                               .arg(index->errorCount())
                               .arg(index->warningCount()));
    followPendingPageOperation(); // a page an operation moved opens at its new place
    Q_EMIT siteRefreshed();
}

void MainWindow::checkOpenPageOnDisk()
{
    // Our own page operation is being written: the open page follows it afterwards (pageactions.cpp).
    if (!m_doc || m_applyingPageOperation)
        return;
    // An update from the server is writing under a page whose unsaved text took the server's changes already:
    // the document's base follows when the update is done (vcsactions.cpp).
    if (!m_heldFile.isEmpty() && m_heldFile == m_doc->path())
        return;
    if (m_docs->pendingSaves() > 0) {
        // Our own save is being written: look once it is done, or it would look like someone else's change.
        QTimer::singleShot(100, this, &MainWindow::checkOpenPageOnDisk);
        return;
    }
    const QString path = m_doc->path();
    const FileRead disk = readRegularFile(path);
    if (disk.ok && disk.bytes == m_doc->envelope().raw) {
        // Our own save, or a write that changed nothing.
        if (m_docDeletedOnDisk)
            hideDiskBar();
        return;
    }
    const bool deleted = disk.kind == FileRead::Error::NotFound;
    if (!disk.ok && !deleted) {
        m_statusLabel->setText(tr("%1 changed on disk and cannot be read now: %2").arg(QFileInfo(path).fileName(), disk.error));
        return;
    }
    if (deleted) {
        m_diskBytes.clear();
        m_docDeletedOnDisk = true;
        // The text stays; a save writes the file again.
        m_doc->rebaseOnDisk(QByteArray());
        showDiskBar(true);
        updateTitle();
        return;
    }
    m_docDeletedOnDisk = false;
    m_diskBytes = disk.bytes;
    if (!m_doc->isModified()) {
        reloadFromDisk();
        statusBar()->showMessage(
            tr("%1 was changed by another program and has been reloaded.").arg(QFileInfo(path).fileName()), 10000);
        return;
    }
    showDiskBar(false);
}

void MainWindow::showDiskBar(bool deleted)
{
    const QString name = QFileInfo(m_doc->path()).fileName();
    if (deleted) {
        m_diskBarLabel->setText(tr("<b>%1 was deleted on disk.</b> Your text is still here: Save writes the file again, "
                                   "or Save As… writes it under another name.")
                                    .arg(name.toHtmlEscaped()));
    } else {
        m_diskBarLabel->setText(tr("<b>%1 was changed on disk by another program.</b> Your edits are not saved. "
                                   "Reload shows the version on disk, Keep Mine keeps yours, Compare shows both.")
                                    .arg(name.toHtmlEscaped()));
    }
    m_diskReloadButton->setVisible(!deleted);
    m_diskKeepButton->setVisible(!deleted);
    m_diskCompareButton->setVisible(!deleted);
    m_diskSaveAsButton->setVisible(deleted);
    m_diskBar->setVisible(true);
}

void MainWindow::hideDiskBar()
{
    m_diskBar->setVisible(false);
    m_diskBytes.clear();
    m_docDeletedOnDisk = false;
}

void MainWindow::reloadFromDisk()
{
    if (!m_doc || m_docNode <= 0)
        return;
    hideDiskBar();
    // Opened again, with the cursor and the scroll position as they are now.
    m_restoreView.cursor = m_editor->textCursor().position();
    m_restoreView.scroll = m_editor->verticalScrollBar()->value();
    const QString path = m_doc->path();
    const QString language = m_doc->language();
    m_docs->open(path, language, ++m_openRequest);
    connect(
        this, &MainWindow::documentOpened, this, [this] { Q_EMIT documentReloaded(); }, Qt::SingleShotConnection);
}

void MainWindow::keepMine()
{
    if (!m_doc)
        return;
    // The version on disk becomes the base: a save replaces exactly it, without asking again. What the
    // user never touched (the header, or the text) follows the version on disk.
    const bool headerEdited = m_doc->headerBytes() != headerBytes(m_doc->envelope());
    const bool bodyEdited = m_doc->body() != QString::fromUtf8(m_doc->envelope().body);
    m_doc->rebaseOnDisk(m_diskBytes);
    const Envelope disk = splitEnvelope(m_diskBytes);
    if (!headerEdited && m_doc->headerBytes() != headerBytes(disk))
        m_doc->setHeaderBytes(headerBytes(disk)); // the form and the preview follow the document
    if (!bodyEdited)
        m_pageEditor->replaceBody(QString::fromUtf8(disk.body)); // one step of the page's history, like any edit
    hideDiskBar();
    updateTitle();
    statusBar()->showMessage(tr("Your version is kept; saving replaces the version on disk."), 10000);
}

void MainWindow::compareWithDisk()
{
    if (!m_doc)
        return;
    const bool hasHeader = m_doc->envelope().hasHeader || !m_doc->headerBytes().isEmpty();
    const PageComparison comparison
        = comparePages(m_diskBytes, m_doc->headerBytes(), hasHeader, m_doc->body(), m_doc->envelope().raw);
    CompareDialog dialog(comparison, QFileInfo(m_doc->path()).fileName(), this);
    if (m_prompter->runDialog(&dialog) != QDialog::Accepted)
        return;
    const CompareMerge merged = mergeChoices(dialog.comparison());
    if (!merged.ok) {
        m_prompter->showError(this, tr("Compare"), merged.error);
        return;
    }
    m_doc->rebaseOnDisk(m_diskBytes);
    hideDiskBar();
    // The choices become edits of the page: one step in its history, unsaved until Save.
    QUndoStack *history = pageHistory(m_doc);
    history->beginMacro(tr("Take Changes from Disk"));
    m_pageEditor->editHeader(merged.header, QStringLiteral("compare"));
    m_pageEditor->replaceBody(merged.body);
    history->endMacro();
    updateTitle();
}

bool MainWindow::saveAs()
{
    if (!m_doc)
        return false;
    const QString suggested = m_doc->path();
    const QString target = m_prompter->chooseSaveFile(this, tr("Save Page As"), suggested);
    if (target.isEmpty())
        return false;
    const QFileInfo info(target);
    if (info.exists()) {
        m_prompter->showError(
            this, tr("Save As"), tr("%1 exists already. Choose a new name.").arg(QDir::toNativeSeparators(target)));
        return false;
    }
    QString error;
    const SaveOutcome outcome = DocumentManager::saveNow(target, QByteArray(), m_doc->composedBytes(), false, &error);
    if (outcome != SaveOutcome::Written) {
        m_prompter->showError(this, tr("Save As"), error.isEmpty() ? tr("Nothing was written.") : error);
        return false;
    }
    m_changes->notify({info.absoluteFilePath()}, ChangeStream::Origin::Own);
    m_statusLabel->setText(tr("Saved as %1").arg(QDir::toNativeSeparators(target)));
    return true;
}

} // namespace GravDesk
