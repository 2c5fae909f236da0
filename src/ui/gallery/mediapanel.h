#pragma once

#include "gallery/pendingmedia.h"

#include <QStringList>
#include <QWidget>

class QListWidget;
class QListWidgetItem;
class QPushButton;

namespace GravDesk {

/**
 * The open page's media beside the form: the folder's files as the next Save leaves them, with
 * thumbnails in Grav's order; photos waiting for Save are marked, renames show the old name, files to
 * be deleted are struck out. Drag to reorder (media_order), insert a link at the cursor, rename, delete,
 * drop photos to add a gallery, or add any other file (a PDF, a document) with Add Files… or a drop. The
 * panel only asks; the main window records the changes.
 */
class MediaPanel final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MediaPanel)

public:
    explicit MediaPanel(QWidget *parent = nullptr);

    /// Shows @p entries of @p folder in their order, and @p removed struck out ("" folder: nothing).
    void showFolder(const QString &folder, const QList<PendingMediaEntry> &entries, const QStringList &removed);
    void refresh();
    QString folder() const { return m_folder; }
    /// The names listed, in order (files to be deleted are not among them).
    QStringList names() const;
    /// The names listed as waiting for Save (new, renamed or to be deleted).
    QStringList pendingNames() const;
    QString selectedName() const;
    /// The Markdown that links @p name: an image for pictures, a link otherwise.
    static QString linkFor(const QString &name);
    /// Splits dropped or chosen files: photos and folders of photos for the gallery, everything else to attach.
    static void splitFiles(const QStringList &files, QStringList &photos, QStringList &others);

Q_SIGNALS:
    void insertRequested(const QString &markdown);
    void renameRequested(const QString &from, const QString &to);
    void deleteRequested(const QString &name);
    void orderChanged(const QStringList &names);
    void addGalleryRequested(const QStringList &files);
    /// Add Files… was clicked: the window asks which files.
    void addFilesRequested();
    /// Files that are not photos were dropped: attach them to the page.
    void attachRequested(const QStringList &files);

protected:
    void dragEnterEvent(QDragEnterEvent *event) override;
    void dropEvent(QDropEvent *event) override;

private:
    void updateButtons();
    void askRename();

    QString m_folder;
    QList<PendingMediaEntry> m_entries;
    QStringList m_removed;
    QListWidget *m_list = nullptr;
    QPushButton *m_insertButton = nullptr;
    QPushButton *m_renameButton = nullptr;
    QPushButton *m_deleteButton = nullptr;
    QPushButton *m_galleryButton = nullptr;
    QPushButton *m_filesButton = nullptr;
    int m_generation = 0; // thumbnails of an older listing are dropped
};

} // namespace GravDesk
