#pragma once

#include "galleryimport.h"

#include <QDialog>
#include <QImage>
#include <QList>
#include <QPair>

#include <atomic>
#include <memory>

class QCheckBox;
class QDialogButtonBox;
class QFormLayout;
class QLabel;
class QLineEdit;
class QListWidget;
class QListWidgetItem;
class QProgressBar;
class QPushButton;
class QSpinBox;

namespace GravDesk {

struct GallerySettings;

/**
 * Picks and arranges photos for a page's gallery: thumbnails to reorder by dragging, remove and rotate,
 * a caption per photo in each of the page's languages (prefilled with the page's titles), the size and
 * quality settings; then runs the import off the GUI thread with a progress bar and Cancel.
 */
class GalleryImportDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(GalleryImportDialog)

public:
    /// @p base: page folder, targets and carousel parameters; @p titles: (language, page title) pairs.
    GalleryImportDialog(const GalleryImportRequest &base, const QList<QPair<QString, QString>> &titles,
        const GallerySettings &settings, QWidget *parent = nullptr);
    ~GalleryImportDialog() override;

    /// Adds photos (folders give their images).
    void addFiles(const QStringList &paths);
    int photoCount() const;
    /// The photos in their current order, with rotation and captions.
    QList<GalleryItem> items() const;
    /// Rotates the selected photos by @p degrees (clockwise).
    void rotateSelected(int degrees);
    void removeSelected();
    /// Starts the import (what the Import button does).
    void startImport();
    bool isImporting() const { return m_running; }
    /// After the dialog was accepted: what the import did.
    const GalleryImportResult &result() const { return m_result; }
    /// Cancel: while an import runs it is stopped, and the dialog closes once the folder is as it was.
    void reject() override;

Q_SIGNALS:
    void importFinished();

protected:
    void dragEnterEvent(QDragEnterEvent *event) override;
    void dropEvent(QDropEvent *event) override;

private:
    void chooseFiles();
    void onSelectionChanged();
    void onCaptionEdited(const QString &language, const QString &text);
    void setThumbnail(const QString &path, const QImage &image, const QString &error);
    void updateIcon(QListWidgetItem *item);
    void updateButtons();
    void onFinished();

    GalleryImportRequest m_base;
    QList<QPair<QString, QString>> m_titles;
    QListWidget *m_list = nullptr;
    QPushButton *m_addButton = nullptr;
    QPushButton *m_removeButton = nullptr;
    QPushButton *m_rotateLeftButton = nullptr;
    QPushButton *m_rotateRightButton = nullptr;
    QFormLayout *m_captionForm = nullptr;
    QList<QPair<QString, QLineEdit *>> m_captionEdits;
    QSpinBox *m_maxEdgeSpin = nullptr;
    QSpinBox *m_qualitySpin = nullptr;
    QCheckBox *m_webpCheck = nullptr;
    QCheckBox *m_sidecarCheck = nullptr;
    QProgressBar *m_progress = nullptr;
    QLabel *m_messageLabel = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
    QPushButton *m_importButton = nullptr;

    bool m_running = false;
    bool m_updatingCaptions = false;
    bool m_closeWhenDone = false;
    std::shared_ptr<std::atomic_bool> m_cancel;
    GalleryImportResult m_result;
};

} // namespace GravDesk
