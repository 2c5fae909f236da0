// The main window's gallery import: the Add Gallery action, photos dropped on the editor, and the
// import's result applied as one step of the page's history.

#include "common/uitext.h"
#include "dialogs/prompter.h"
#include "form/pageformwidget.h"
#include "gallery/galleryfilescommand.h"
#include "gallery/galleryimportdialog.h"
#include "gallery/mediapanel.h"
#include "galleryimport.h"
#include "gallerysettings.h"
#include "mainwindow/editcommands.h"
#include "mainwindow/mainwindow.h"
#include "mediafiles.h"
#include "page/frontmatterdocument.h"
#include "page/pagedocument.h"
#include "pagetree/pagetreemodel.h"
#include "preview/previewview.h"
#include "site/siteconfig.h"

#include <QDragEnterEvent>
#include <QDropEvent>
#include <QFileInfo>
#include <QLabel>
#include <QMimeData>
#include <QPlainTextEdit>
#include <QTextCursor>
#include <QTextDocument>
#include <QUndoStack>

namespace GravDesk {
namespace {

QStringList droppedImages(const QMimeData *mime)
{
    QStringList out;
    if (!mime || !mime->hasUrls())
        return out;
    for (const QUrl &url : mime->urls()) {
        if (!url.isLocalFile())
            continue;
        const QFileInfo fi(url.toLocalFile());
        if (fi.isDir() || importableExtensions().contains(fi.suffix().toLower()))
            out.append(fi.absoluteFilePath());
    }
    return out;
}

bool samePath(const QString &a, const QString &b)
{
    return QFileInfo(a).canonicalFilePath() == QFileInfo(b).canonicalFilePath();
}

} // namespace

void MainWindow::addGallery(const QStringList &files)
{
    if (!m_doc) {
        m_prompter->showError(this, tr("Add Gallery"), tr("Select a page first: the photos go into its folder."));
        return;
    }
    if (!m_doc->isEditable()) {
        m_prompter->showError(this, tr("Add Gallery"), m_doc->readOnlyReason());
        return;
    }
    const QString folder = QFileInfo(m_doc->path()).absolutePath();
    const GallerySettings settings = GallerySettings::forPageFolder(folder);
    GalleryImportRequest base;
    base.pageFolder = folder;
    base.carouselParams = settings.carouselParams;
    QList<QPair<QString, QString>> titles;
    for (GalleryTarget t : GalleryImport::pageFiles(folder)) {
        QString title;
        if (samePath(t.path, m_doc->path())) {
            // The open page as the user has it, unsaved edits included; the block goes at the cursor.
            t.body = editorText(m_editor);
            t.headerBytes = m_doc->headerBytes();
            const QTextCursor cursor = m_editor->textCursor();
            t.position = cursor.selectionStart();
            t.selectionLength = cursor.selectionEnd() - cursor.selectionStart();
            title = FrontMatterDocument(m_doc->headerBytes()).value(QStringLiteral("title")).toString().trimmed();
        } else {
            title = GalleryImport::pageTitle(t.path);
        }
        titles.append({t.language, title});
        base.targets.append(t);
    }
    // The open page's language first: its caption is the one the user is writing.
    for (qsizetype i = 1; i < titles.size(); ++i) {
        if (titles.at(i).first == m_doc->language())
            titles.move(i, 0);
    }
    GalleryImportDialog dialog(base, titles, settings, this);
    dialog.addFiles(files);
    if (dialog.exec() != QDialog::Accepted)
        return;
    applyGallery(dialog.result());
}

void MainWindow::applyGallery(const GalleryImportResult &result)
{
    m_undo->beginMacro(tr("Add Gallery"));
    for (const GalleryPageResult &page : result.pages) {
        if (page.written || !m_doc || !samePath(page.path, m_doc->path()))
            continue;
        replaceEditorText(page.body);
        const QByteArray headerBefore = m_doc->headerBytes();
        if (page.headerBytes != headerBefore) {
            m_doc->setHeaderBytes(page.headerBytes);
            m_undo->push(new HeaderEditCommand(
                m_doc, headerBefore, page.headerBytes, QStringLiteral("gallery"), [this] { onHeaderChangedByUndo(); }));
        }
    }
    m_undo->push(new GalleryFilesCommand(result));
    m_undo->endMacro();
    onHeaderChangedByUndo();
    refreshMedia(true);

    QStringList problems;
    for (const GalleryItemResult &r : result.items) {
        if (!r.ok)
            problems.append(r.error);
    }
    m_statusLabel->setText(tr("%n photo(s) added to the gallery.", nullptr, result.imported()));
    if (!problems.isEmpty())
        m_prompter->showError(
            this, tr("Add Gallery"), tr("These files were not imported:\n\n%1").arg(problems.join(QLatin1Char('\n'))));
}

void MainWindow::replaceEditorText(const QString &after)
{
    // The smallest replacement that turns the editor's text into the new body: one editor step.
    const QString before = editorText(m_editor);
    qsizetype prefix = 0;
    while (prefix < before.size() && prefix < after.size() && before.at(prefix) == after.at(prefix))
        ++prefix;
    qsizetype suffix = 0;
    while (suffix < before.size() - prefix && suffix < after.size() - prefix
        && before.at(before.size() - 1 - suffix) == after.at(after.size() - 1 - suffix))
        ++suffix;
    if (prefix == before.size() && prefix == after.size())
        return;
    QTextCursor cursor(m_editor->document());
    cursor.beginEditBlock();
    cursor.setPosition(int(prefix));
    cursor.setPosition(int(before.size() - suffix), QTextCursor::KeepAnchor);
    cursor.insertText(after.mid(prefix, after.size() - suffix - prefix));
    cursor.endEditBlock();
    m_editor->setTextCursor(cursor);
}

void MainWindow::setOpenPageMediaOrder(const QStringList &names, bool onlyIfPresent)
{
    if (!m_doc || !m_doc->isEditable())
        return;
    FrontMatterDocument doc(m_doc->headerBytes());
    if (!doc.isEditable() || (onlyIfPresent && !doc.contains(QStringLiteral("media_order"))))
        return;
    if (!doc.setValue(QStringLiteral("media_order"), names.join(QLatin1Char(','))).ok || !doc.isModified())
        return;
    const QByteArray before = m_doc->headerBytes();
    m_doc->setHeaderBytes(doc.text());
    m_undo->push(
        new HeaderEditCommand(m_doc, before, doc.text(), QStringLiteral("media_order"), [this] { onHeaderChangedByUndo(); }));
    onHeaderChangedByUndo();
}

void MainWindow::refreshMedia(bool rebuildForm)
{
    if (!m_doc) {
        m_mediaPanel->showFolder(QString(), QString(), {});
        return;
    }
    const auto index = m_model->index();
    const SiteConfig config = index ? index->config : SiteConfig();
    m_mediaPanel->showFolder(QFileInfo(m_doc->path()).absolutePath(), m_doc->path(), config.mediaExtensions());
    if (rebuildForm && index) {
        // The form's media pickers list the folder's files: show the new ones.
        showForm(index->route(m_docNode, m_doc->language().isEmpty() ? m_language : m_doc->language()));
    }
}

void MainWindow::connectMediaPanel()
{
    connect(m_mediaPanel, &MediaPanel::insertRequested, this, [this](const QString &markdown) {
        if (!m_doc || m_editor->isReadOnly())
            return;
        m_editor->textCursor().insertText(markdown);
        m_editor->setFocus();
    });
    connect(m_mediaPanel, &MediaPanel::addGalleryRequested, this, [this](const QStringList &files) { addGallery(files); });
    connect(m_mediaPanel, &MediaPanel::deleteRequested, this, [this](const QString &name) {
        const QString folder = m_mediaPanel->folder();
        const int users = MediaFiles::referencingPages(folder, name);
        const QString question = users > 0
            ? tr("Delete %1? %n page file(s) of this page still show it; their links will be broken.", nullptr, users).arg(name)
            : tr("Delete %1 from the page's folder?").arg(name);
        if (!m_prompter->confirm(this, tr("Delete File"), question))
            return;
        const GalleryFilesCommand::FolderState before = GalleryFilesCommand::snapshot(folder);
        const MediaChange r = MediaFiles::remove(folder, name);
        if (!r.ok)
            m_prompter->showError(this, tr("Delete File"), r.error);
        auto *command = new GalleryFilesCommand(tr("Delete %1").arg(name), before, GalleryFilesCommand::snapshot(folder));
        if (command->isEmpty())
            delete command;
        else
            m_undo->push(command); // Ctrl+Z brings the file back
        refreshMedia(true);
    });
    connect(m_mediaPanel, &MediaPanel::renameRequested, this, [this](const QString &from, const QString &to) {
        if (!m_doc)
            return;
        const QString folder = m_mediaPanel->folder();
        const GalleryFilesCommand::FolderState before = GalleryFilesCommand::snapshot(folder);
        const MediaChange r = MediaFiles::rename(folder, from, to, m_doc->path());
        if (!r.ok) {
            m_prompter->showError(this, tr("Rename"), r.error);
            return;
        }
        // One step: the files on disk, and the open page's links and media_order as edits.
        m_undo->beginMacro(tr("Rename %1").arg(from));
        m_undo->push(new GalleryFilesCommand(tr("Rename %1").arg(from), before, GalleryFilesCommand::snapshot(folder)));
        replaceEditorText(MediaFiles::replaceReferences(editorText(m_editor), from, to));
        const QVariant order = FrontMatterDocument(m_doc->headerBytes()).value(QStringLiteral("media_order"));
        if (order.isValid()) {
            QStringList names
                = order.typeId() == QMetaType::QString ? order.toString().split(QLatin1Char(',')) : order.toStringList();
            for (QString &n : names)
                n = n.trimmed() == from ? to : n.trimmed();
            setOpenPageMediaOrder(names, true);
        }
        m_undo->endMacro();
        m_statusLabel->setText(tr("%1 renamed to %2.").arg(from, to));
        refreshMedia(true);
    });
    connect(m_mediaPanel, &MediaPanel::orderChanged, this, [this](const QStringList &names) {
        if (!m_doc)
            return;
        const QString folder = m_mediaPanel->folder();
        const GalleryFilesCommand::FolderState before = GalleryFilesCommand::snapshot(folder);
        const MediaChange r = MediaFiles::setOrder(folder, names, m_doc->path());
        if (!r.ok) {
            m_prompter->showError(this, tr("Media Order"), r.error);
            return;
        }
        m_undo->beginMacro(tr("Media Order"));
        m_undo->push(new GalleryFilesCommand(tr("Media Order"), before, GalleryFilesCommand::snapshot(folder)));
        setOpenPageMediaOrder(names, false);
        m_undo->endMacro();
    });
}

bool MainWindow::handleGalleryDrop(QEvent *event)
{
    if (event->type() == QEvent::DragEnter || event->type() == QEvent::DragMove) {
        auto *drag = static_cast<QDragMoveEvent *>(event);
        if (droppedImages(drag->mimeData()).isEmpty())
            return false;
        drag->acceptProposedAction();
        return true;
    }
    if (event->type() == QEvent::Drop) {
        auto *drop = static_cast<QDropEvent *>(event);
        const QStringList files = droppedImages(drop->mimeData());
        if (files.isEmpty())
            return false;
        drop->acceptProposedAction();
        // After the drop returns: the dialog runs its own event loop.
        QMetaObject::invokeMethod(
            this, [this, files] { addGallery(files); }, Qt::QueuedConnection);
        return true;
    }
    return false;
}

} // namespace GravDesk
