#pragma once

#include <QStringList>
#include <QWidget>

class QListWidget;
class QListWidgetItem;
class QPushButton;

namespace GravDesk {

/**
 * The open page's media beside the form: the folder's files with thumbnails in Grav's order. Drag to
 * reorder (media_order), insert a link at the cursor, rename, delete, or drop photos to add a gallery.
 * The panel only asks; the main window does the changes (they touch the open page).
 */
class MediaPanel final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MediaPanel)

public:
    explicit MediaPanel(QWidget *parent = nullptr);

    /// Shows the media of @p folder in the order @p pageFile's header gives ("" folder: nothing).
    void showFolder(const QString &folder, const QString &pageFile, const QStringList &extensions);
    void refresh();
    QString folder() const { return m_folder; }
    QStringList names() const;
    QString selectedName() const;
    /// The Markdown that links @p name: an image for pictures, a link otherwise.
    static QString linkFor(const QString &name);

Q_SIGNALS:
    void insertRequested(const QString &markdown);
    void renameRequested(const QString &from, const QString &to);
    void deleteRequested(const QString &name);
    void orderChanged(const QStringList &names);
    void addGalleryRequested(const QStringList &files);

protected:
    void dragEnterEvent(QDragEnterEvent *event) override;
    void dropEvent(QDropEvent *event) override;

private:
    void updateButtons();
    void askRename();

    QString m_folder;
    QString m_pageFile;
    QStringList m_extensions;
    QListWidget *m_list = nullptr;
    QPushButton *m_insertButton = nullptr;
    QPushButton *m_renameButton = nullptr;
    QPushButton *m_deleteButton = nullptr;
    QPushButton *m_galleryButton = nullptr;
    int m_generation = 0; // thumbnails of an older listing are dropped
};

} // namespace GravDesk
