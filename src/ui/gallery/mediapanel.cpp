#include "mediapanel.h"

#include "gallerysettings.h"
#include "imagepipeline.h"

#include <QApplication>
#include <QDragEnterEvent>
#include <QDropEvent>
#include <QFileInfo>
#include <QGridLayout>
#include <QInputDialog>
#include <QLabel>
#include <QListWidget>
#include <QMimeData>
#include <QPointer>
#include <QPushButton>
#include <QStyle>
#include <QThreadPool>
#include <QVBoxLayout>

namespace GravDesk {
namespace {

constexpr int kIcon = 56;
constexpr int kRemovedRole = Qt::UserRole + 1;
constexpr int kPendingRole = Qt::UserRole + 2;

QStringList localFiles(const QMimeData *mime)
{
    QStringList out;
    if (mime && mime->hasUrls()) {
        for (const QUrl &u : mime->urls()) {
            if (u.isLocalFile())
                out.append(u.toLocalFile());
        }
    }
    return out;
}

} // namespace

MediaPanel::MediaPanel(QWidget *parent)
    : QWidget(parent)
{
    setObjectName(QStringLiteral("mediaPanel"));
    setAcceptDrops(true);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    auto *title = new QLabel(tr("Media of this page"), this);
    layout->addWidget(title);
    m_list = new QListWidget(this);
    m_list->setObjectName(QStringLiteral("mediaListWidget"));
    m_list->setIconSize(QSize(kIcon, kIcon));
    m_list->setDragDropMode(QAbstractItemView::InternalMove);
    m_list->setDefaultDropAction(Qt::MoveAction);
    m_list->setUniformItemSizes(true);
    m_list->setToolTip(tr("Drag to change the order (media_order); double-click to insert at the cursor."));
    connect(m_list, &QListWidget::itemSelectionChanged, this, &MediaPanel::updateButtons);
    connect(m_list, &QListWidget::itemDoubleClicked, this,
        [this](QListWidgetItem *item) { Q_EMIT insertRequested(linkFor(item->text())); });
    connect(m_list->model(), &QAbstractItemModel::rowsMoved, this, [this] { Q_EMIT orderChanged(names()); });
    layout->addWidget(m_list, 1);

    auto *buttons = new QGridLayout;
    m_insertButton = new QPushButton(tr("Insert"), this);
    m_insertButton->setObjectName(QStringLiteral("insertMediaButton"));
    connect(m_insertButton, &QPushButton::clicked, this, [this] {
        if (!selectedName().isEmpty())
            Q_EMIT insertRequested(linkFor(selectedName()));
    });
    m_renameButton = new QPushButton(tr("Rename…"), this);
    m_renameButton->setObjectName(QStringLiteral("renameMediaButton"));
    connect(m_renameButton, &QPushButton::clicked, this, &MediaPanel::askRename);
    m_deleteButton = new QPushButton(tr("Delete…"), this);
    m_deleteButton->setObjectName(QStringLiteral("deleteMediaButton"));
    connect(m_deleteButton, &QPushButton::clicked, this, [this] {
        if (!selectedName().isEmpty())
            Q_EMIT deleteRequested(selectedName());
    });
    m_galleryButton = new QPushButton(tr("Add Gallery…"), this);
    m_galleryButton->setObjectName(QStringLiteral("addGalleryButton"));
    connect(m_galleryButton, &QPushButton::clicked, this, [this] { Q_EMIT addGalleryRequested({}); });
    m_filesButton = new QPushButton(tr("Add Files…"), this);
    m_filesButton->setObjectName(QStringLiteral("addFilesButton"));
    m_filesButton->setToolTip(tr("Attach documents (PDF, DOCX, PPTX …) to the page; photos go to Add Gallery."));
    connect(m_filesButton, &QPushButton::clicked, this, &MediaPanel::addFilesRequested);
    buttons->addWidget(m_insertButton, 0, 0);
    buttons->addWidget(m_renameButton, 0, 1);
    buttons->addWidget(m_deleteButton, 1, 0);
    buttons->addWidget(m_galleryButton, 1, 1);
    buttons->addWidget(m_filesButton, 2, 0, 1, 2);
    layout->addLayout(buttons);
    updateButtons();
}

QString MediaPanel::linkFor(const QString &name)
{
    static const QStringList images {QStringLiteral("jpg"), QStringLiteral("jpeg"), QStringLiteral("png"), QStringLiteral("webp"),
        QStringLiteral("gif"), QStringLiteral("svg"), QStringLiteral("avif")};
    if (images.contains(QFileInfo(name).suffix().toLower()))
        return QStringLiteral("![](") + name + QLatin1Char(')');
    return QLatin1Char('[') + name + QStringLiteral("](") + name + QLatin1Char(')');
}

void MediaPanel::showFolder(const QString &folder, const QList<PendingMediaEntry> &entries, const QStringList &removed)
{
    m_folder = folder;
    m_entries = entries;
    m_removed = removed;
    refresh();
}

void MediaPanel::refresh()
{
    const QString keep = selectedName();
    m_list->clear();
    const int generation = ++m_generation;
    if (m_folder.isEmpty()) {
        updateButtons();
        return;
    }
    for (const PendingMediaEntry &e : std::as_const(m_entries)) {
        auto *item = new QListWidgetItem(e.name, m_list);
        item->setFlags(item->flags() & ~Qt::ItemIsDropEnabled);
        item->setIcon(style()->standardIcon(e.image ? QStyle::SP_FileIcon : QStyle::SP_FileLinkIcon));
        if (e.added || !e.renamedFrom.isEmpty()) {
            // Waiting for Save: in italics, with what will happen.
            QFont font = item->font();
            font.setItalic(true);
            item->setFont(font);
            item->setData(kPendingRole, true);
            item->setToolTip(e.added ? tr("New: written to the page's folder when you save")
                                     : tr("Renamed from %1 when you save").arg(e.renamedFrom));
        }
        if (e.name == keep)
            item->setSelected(true);
        if (!e.image || e.name.endsWith(QLatin1String(".svg"), Qt::CaseInsensitive))
            continue;
        QPointer<MediaPanel> self(this);
        const QString path = e.readFrom;
        const QString name = e.name;
        QThreadPool::globalInstance()->start([self, path, name, generation] {
            QImage image;
            QString error;
            if (!ImagePipeline::decode(path, kIcon * 2, image, error))
                return;
            QMetaObject::invokeMethod(
                qApp,
                [self, name, image, generation] {
                    if (!self || self->m_generation != generation)
                        return;
                    const QList<QListWidgetItem *> items = self->m_list->findItems(name, Qt::MatchExactly);
                    for (QListWidgetItem *item : items)
                        item->setIcon(QIcon(QPixmap::fromImage(image)));
                },
                Qt::QueuedConnection);
        });
    }
    for (const QString &name : std::as_const(m_removed)) {
        auto *item = new QListWidgetItem(name, m_list);
        QFont font = item->font();
        font.setStrikeOut(true);
        item->setFont(font);
        item->setFlags(Qt::NoItemFlags); // neither selectable nor movable: it goes at Save
        item->setData(kRemovedRole, true);
        item->setData(kPendingRole, true);
        item->setToolTip(tr("Deleted when you save (Ctrl+Z brings it back)"));
        item->setIcon(style()->standardIcon(QStyle::SP_TrashIcon));
    }
    updateButtons();
}

QStringList MediaPanel::names() const
{
    QStringList out;
    for (int i = 0; i < m_list->count(); ++i) {
        if (!m_list->item(i)->data(kRemovedRole).toBool())
            out.append(m_list->item(i)->text());
    }
    return out;
}

QStringList MediaPanel::pendingNames() const
{
    QStringList out;
    for (int i = 0; i < m_list->count(); ++i) {
        if (m_list->item(i)->data(kPendingRole).toBool())
            out.append(m_list->item(i)->text());
    }
    return out;
}

QString MediaPanel::selectedName() const
{
    const QList<QListWidgetItem *> items = m_list->selectedItems();
    return items.isEmpty() ? QString() : items.first()->text();
}

void MediaPanel::updateButtons()
{
    const bool any = !selectedName().isEmpty();
    m_insertButton->setEnabled(any);
    m_renameButton->setEnabled(any);
    m_deleteButton->setEnabled(any);
    m_galleryButton->setEnabled(!m_folder.isEmpty());
    m_filesButton->setEnabled(!m_folder.isEmpty());
}

void MediaPanel::splitFiles(const QStringList &files, QStringList &photos, QStringList &others)
{
    for (const QString &file : files) {
        const QFileInfo fi(file);
        if (fi.isDir() || importableExtensions().contains(fi.suffix().toLower()))
            photos.append(fi.absoluteFilePath());
        else
            others.append(fi.absoluteFilePath());
    }
}

void MediaPanel::askRename()
{
    const QString from = selectedName();
    if (from.isEmpty())
        return;
    bool ok = false;
    const QString to = QInputDialog::getText(this, tr("Rename"),
        tr("New name for %1 (the page's links to it are updated in every language):").arg(from), QLineEdit::Normal, from, &ok);
    if (ok && !to.trimmed().isEmpty() && to.trimmed() != from)
        Q_EMIT renameRequested(from, to.trimmed());
}

void MediaPanel::dragEnterEvent(QDragEnterEvent *event)
{
    if (!m_folder.isEmpty() && !localFiles(event->mimeData()).isEmpty())
        event->acceptProposedAction();
}

void MediaPanel::dropEvent(QDropEvent *event)
{
    const QStringList files = localFiles(event->mimeData());
    if (files.isEmpty())
        return;
    event->acceptProposedAction();
    QStringList photos;
    QStringList others;
    splitFiles(files, photos, others);
    // After the drop returns: the window asks in dialogs of its own.
    QMetaObject::invokeMethod(
        this,
        [this, photos, others] {
            if (!others.isEmpty())
                Q_EMIT attachRequested(others);
            if (!photos.isEmpty())
                Q_EMIT addGalleryRequested(photos);
        },
        Qt::QueuedConnection);
}

} // namespace GravDesk
