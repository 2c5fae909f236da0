// The main window's gallery import and media panel: the Add Gallery action, photos dropped on the
// editor, files attached (Add Files…, or dropped on the panel), media renames, deletes and reordering. Each is one step of the
// page's history that changes only the page's pending change (the photos wait outside the site); Save writes all of it at once.

#include "common/uitext.h"
#include "dialogs/prompter.h"
#include "editor/pageeditor.h"
#include "form/pageformwidget.h"
#include "gallery/galleryimportdialog.h"
#include "gallery/mediapanel.h"
#include "gallery/pendingmedia.h"
#include "galleryimport.h"
#include "gallerysettings.h"
#include "io/statepaths.h"
#include "mainwindow/editcommands.h"
#include "mainwindow/mainwindow.h"
#include "mediafiles.h"
#include "page/frontmatterdocument.h"
#include "page/pagedocument.h"
#include "pagetree/pagetreemodel.h"
#include "preview/previewview.h"
#include "site/pageoperations.h"
#include "site/siteconfig.h"

#include <QDir>
#include <QDragEnterEvent>
#include <QDropEvent>
#include <QFileInfo>
#include <QLabel>
#include <QMimeData>
#include <QPlainTextEdit>
#include <QTextCursor>
#include <QTextDocument>
#include <QTimer>
#include <QUndoStack>
#include <QUuid>

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
    return QFileInfo(a).absoluteFilePath() == QFileInfo(b).absoluteFilePath()
        || (QFileInfo::exists(a) && QFileInfo(a).canonicalFilePath() == QFileInfo(b).canonicalFilePath());
}

QStringList mediaOrder(const QByteArray &headerBytes)
{
    const QVariant order = FrontMatterDocument(headerBytes).value(QStringLiteral("media_order"));
    QStringList names = order.typeId() == QMetaType::QString ? order.toString().split(QLatin1Char(',')) : order.toStringList();
    for (QString &n : names)
        n = n.trimmed();
    return names;
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
    if (!m_doc->folderChanges().isEmpty()) {
        // New names are chosen against the folder on disk: earlier pending photos must be there first.
        if (!m_prompter->confirm(this, tr("Add Gallery"),
                tr("This page has changes to its files that are written when it is saved. Save the page now and then "
                   "add the gallery?")))
            return;
        m_afterSave = [this, files] { QTimer::singleShot(0, this, [this, files] { addGallery(files); }); };
        if (!save())
            m_afterSave = nullptr;
        return;
    }
    const QString staging = stagingFolder();
    if (staging.isEmpty()) {
        m_prompter->showError(this, tr("Add Gallery"), tr("The folder for photos waiting for Save cannot be created."));
        return;
    }
    const QString folder = QFileInfo(m_doc->path()).absolutePath();
    const GallerySettings settings = GallerySettings::forPageFolder(folder);
    GalleryImportRequest base;
    base.pageFolder = folder;
    base.carouselParams = settings.carouselParams;
    // Nothing enters the site: the photos go to the staging folder, the page texts come back to us.
    base.stagingFolder = staging;
    base.workspace = m_docs->workspace().get();
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
            title = m_doc->frontMatter().value(QStringLiteral("title")).toString().trimmed();
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

bool MainWindow::attachFiles(const QStringList &files)
{
    const QString title = tr("Add Files");
    const auto index = m_model->index();
    if (!m_doc || !index || m_docNode <= 0) {
        m_prompter->showError(this, title, tr("Select a page first: the files go into its folder."));
        return false;
    }
    if (!m_doc->isEditable()) {
        m_prompter->showError(this, title, m_doc->readOnlyReason());
        return false;
    }
    // The core decides what may be attached and under which name (Grav admin's rules, 5 MB warning, 50 MB limit).
    const PageOperations ops(*index);
    const PageOperationPlan plan = ops.attach(m_docNode, files);
    if (!plan.ok) {
        m_prompter->showError(this, title,
            tr("Nothing was attached:\n\n%1").arg(plan.refused.isEmpty() ? plan.error : plan.refused.join(QLatin1Char('\n'))));
        return false;
    }
    // The names are free on disk; they must also be free of the files waiting for Save.
    const QString folder = QFileInfo(m_doc->path()).absolutePath();
    QStringList taken;
    for (const PlannedFile &f : m_doc->folderChanges().plannedFiles())
        taken.append(f.name);
    QList<QPair<QString, QString>> attachments;
    for (const auto &a : plan.attachments) {
        const QString name = freeFileName(folder, QFileInfo(a.second).fileName(), taken);
        taken.append(name);
        attachments.append({a.first, name});
    }
    if (!plan.warnings.isEmpty() || !plan.refused.isEmpty()) {
        Prompter::PlanQuestion question;
        question.title = title;
        question.intro = tr("These files are added to the page's folder when you save the page:");
        question.acceptText = tr("Add");
        const QStringList notes = plan.warnings + plan.refused;
        question.plan = [&attachments, notes](bool) {
            Prompter::PlanView view;
            for (const auto &a : attachments)
                view.lines << tr("Attach %1 as %2").arg(QDir::toNativeSeparators(a.first), a.second);
            view.warnings = notes;
            return view;
        };
        bool links = true;
        if (!m_prompter->confirmPlan(this, question, links))
            return false;
    }
    // Copied outside the site now (the file chosen may change or go before the page is saved).
    const QString staging = stagingFolder();
    if (staging.isEmpty()) {
        m_prompter->showError(this, title, tr("The folder for files waiting for Save cannot be created."));
        return false;
    }
    QList<FolderOp> added;
    QStringList names;
    for (const auto &a : std::as_const(attachments)) {
        const QString prepared
            = staging + QLatin1Char('/') + QUuid::createUuid().toString(QUuid::Id128).left(12) + QLatin1Char('-') + a.second;
        if (!QFile::copy(a.first, prepared)) {
            for (const FolderOp &op : std::as_const(added))
                QFile::remove(op.source);
            m_prompter->showError(this, title,
                tr("%1 cannot be copied for the page; nothing was attached.").arg(QDir::toNativeSeparators(a.first)));
            return false;
        }
        FolderOp op;
        op.kind = FolderOp::Kind::AddFile;
        op.path = folder + QLatin1Char('/') + a.second;
        op.source = prepared;
        added.append(op);
        names.append(a.second);
    }
    const bool link = !m_editor->isReadOnly()
        && m_prompter->confirm(this, title,
            tr("Insert a link to %n file(s) at the cursor?", nullptr, int(names.size())) + QStringLiteral("\n\n")
                + names.join(QLatin1Char('\n')));
    // One step of the page's history: the files (written at Save) and the links.
    pageHistory(m_doc)->beginMacro(title);
    pushFolderChange(title, added);
    if (link) {
        QStringList lines;
        for (const QString &n : std::as_const(names))
            lines << MediaPanel::linkFor(n);
        m_editor->textCursor().insertText(lines.join(QLatin1Char('\n')));
    }
    pageHistory(m_doc)->endMacro();
    m_statusLabel->setText(
        tr("%n file(s) attached; they are written to the page's folder when you save.", nullptr, int(names.size())));
    return true;
}

QString MainWindow::stagingFolder()
{
    if (!m_doc)
        return QString();
    // Under the site's own state folder, beside the transactions' journals (keyed by the user/ folder, as the workspace keys
    // them).
    const auto index = m_model->index();
    const QString root = index ? index->layout.userDir : m_sitePath;
    return m_doc->stagingFolder(StatePaths::ensureSiteSubfolder(root, QStringLiteral("staged")));
}

void MainWindow::applyGallery(const GalleryImportResult &result)
{
    if (!m_doc)
        return;
    pageHistory(m_doc)->beginMacro(tr("Add Gallery"));
    for (const GalleryPageResult &page : result.pages) {
        if (!samePath(page.path, m_doc->path()))
            continue;
        m_pageEditor->replaceBody(page.body);
        m_pageEditor->editHeader(page.headerBytes, QStringLiteral("gallery"));
    }
    const QList<FolderOp> ops = PendingMedia::fromImport(result, m_doc->path());
    if (!ops.isEmpty())
        pushFolderChange(tr("Add Gallery"), ops);
    pageHistory(m_doc)->endMacro();

    QStringList problems;
    for (const GalleryItemResult &r : result.items) {
        if (!r.ok)
            problems.append(r.error);
    }
    m_statusLabel->setText(
        tr("%n photo(s) added to the gallery; they are written to the page's folder when you save.", nullptr, result.imported()));
    if (!problems.isEmpty())
        m_prompter->showError(
            this, tr("Add Gallery"), tr("These files were not imported:\n\n%1").arg(problems.join(QLatin1Char('\n'))));
}

void MainWindow::setOpenPageMediaOrder(const QStringList &names, bool onlyIfPresent)
{
    if (!m_doc || !m_doc->isEditable())
        return;
    FrontMatterDocument doc = m_doc->frontMatter();
    if (!doc.isEditable() || (onlyIfPresent && !doc.contains(QStringLiteral("media_order"))))
        return;
    if (!doc.setValue(QStringLiteral("media_order"), names.join(QLatin1Char(','))).ok)
        return;
    m_pageEditor->editHeader(doc.text(), QStringLiteral("media_order"));
}

void MainWindow::pushFolderChange(const QString &text, const QList<FolderOp> &ops)
{
    pageHistory(m_doc)->push(new FolderChangeCommand(m_doc, text, ops, [this] { refreshMedia(true); }));
}

void MainWindow::refreshMedia(bool rebuildForm)
{
    if (!m_doc) {
        m_mediaPanel->showFolder(QString(), {}, {});
        m_preview->setPendingMedia({}, {}, {});
        return;
    }
    const auto index = m_model->index();
    const SiteConfig config = index ? index->config : SiteConfig();
    const PageChangeSet &changes = m_doc->folderChanges();
    // The folder as Save will leave it, in the order the header as edited gives.
    const QList<PendingMediaEntry> entries
        = PendingMedia::list(changes, config.mediaExtensions(), mediaOrder(m_doc->headerBytes()));
    const QStringList removed = PendingMedia::removed(changes, config.mediaExtensions());
    m_mediaPanel->showFolder(QFileInfo(m_doc->path()).absolutePath(), entries, removed);
    QHash<QString, QString> pending;
    for (const PendingMediaEntry &e : entries) {
        if (e.added || !e.renamedFrom.isEmpty())
            pending.insert(e.name, e.readFrom);
    }
    QStringList hidden = removed;
    for (const PendingMediaEntry &e : entries) {
        if (!e.renamedFrom.isEmpty())
            hidden.append(e.renamedFrom);
    }
    m_preview->setPendingMedia(pending.isEmpty() ? QString() : stagingFolder(), pending, hidden);
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
    connect(m_mediaPanel, &MediaPanel::attachRequested, this, [this](const QStringList &files) { attachFiles(files); });
    connect(m_mediaPanel, &MediaPanel::addFilesRequested, this, [this] {
        const QStringList files = m_prompter->chooseOpenFiles(this, tr("Add Files"));
        QStringList photos;
        QStringList others;
        MediaPanel::splitFiles(files, photos, others);
        if (!others.isEmpty())
            attachFiles(others);
        if (!photos.isEmpty())
            addGallery(photos);
    });
    connect(m_mediaPanel, &MediaPanel::deleteRequested, this, [this](const QString &name) {
        if (!m_doc || !m_doc->isEditable())
            return;
        const int users = PendingMedia::referencingPages(m_doc->folderChanges(), m_doc->path(), editorText(m_editor), name);
        const QString question = users > 0
            ? tr("Delete %1? %n page file(s) of this page still show it; their links will be broken.", nullptr, users).arg(name)
            : tr("Delete %1 from the page's folder?").arg(name);
        if (!m_prompter->confirm(this, tr("Delete File"), question))
            return;
        QString error;
        const QList<FolderOp> ops = PendingMedia::remove(m_doc->folderChanges(), name, stagingFolder(), &error);
        if (!error.isEmpty()) {
            m_prompter->showError(this, tr("Delete File"), error);
            return;
        }
        if (!ops.isEmpty())
            pushFolderChange(tr("Delete %1").arg(name), ops); // deleted at Save; Ctrl+Z brings it back
    });
    connect(m_mediaPanel, &MediaPanel::renameRequested, this, [this](const QString &from, const QString &to) {
        if (!m_doc)
            return;
        QString error;
        const QList<FolderOp> ops = PendingMedia::rename(m_doc->folderChanges(), m_doc->path(), from, to, &error);
        if (!error.isEmpty()) {
            m_prompter->showError(this, tr("Rename"), error);
            return;
        }
        if (ops.isEmpty())
            return;
        // One step: the files and the other language files (pending until Save), and the open page's links
        // and media_order as edits.
        pageHistory(m_doc)->beginMacro(tr("Rename %1").arg(from));
        pushFolderChange(tr("Rename %1").arg(from), ops);
        m_pageEditor->replaceBody(MediaFiles::replaceReferences(editorText(m_editor), from, to));
        const QVariant order = m_doc->frontMatter().value(QStringLiteral("media_order"));
        if (order.isValid()) {
            QStringList names
                = order.typeId() == QMetaType::QString ? order.toString().split(QLatin1Char(',')) : order.toStringList();
            for (QString &n : names)
                n = n.trimmed() == from ? to : n.trimmed();
            setOpenPageMediaOrder(names, true);
        }
        pageHistory(m_doc)->endMacro();
        m_statusLabel->setText(tr("%1 renamed to %2 (written when you save).").arg(from, to));
    });
    connect(m_mediaPanel, &MediaPanel::orderChanged, this, [this](const QStringList &names) {
        if (!m_doc)
            return;
        QString error;
        const QList<FolderOp> ops = PendingMedia::setOrder(m_doc->folderChanges(), m_doc->path(), names, &error);
        if (!error.isEmpty()) {
            m_prompter->showError(this, tr("Media Order"), error);
            return;
        }
        pageHistory(m_doc)->beginMacro(tr("Media Order"));
        if (!ops.isEmpty())
            pushFolderChange(tr("Media Order"), ops);
        setOpenPageMediaOrder(names, false);
        pageHistory(m_doc)->endMacro();
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
