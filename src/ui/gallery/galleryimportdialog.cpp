#include "galleryimportdialog.h"

#include "gallerysettings.h"
#include "imagepipeline.h"

#include <QApplication>
#include <QCheckBox>
#include <QDialogButtonBox>
#include <QDragEnterEvent>
#include <QDropEvent>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMimeData>
#include <QPainter>
#include <QPointer>
#include <QProgressBar>
#include <QPushButton>
#include <QSpinBox>
#include <QStyle>
#include <QStyledItemDelegate>
#include <QThreadPool>
#include <QTransform>
#include <QVBoxLayout>

namespace GravDesk {
namespace {

enum Role {
    SourceRole = Qt::UserRole,
    RotationRole,
    CaptionsRole, // QVariantMap language -> caption
    ThumbRole, // QImage as decoded (upright, before the user's rotation)
    ErrorRole,
};

constexpr int kThumb = 160;

// List mode reorders by dragging (icon mode would only move items about); this puts the name under
// the thumbnail as icon mode does.
class ThumbnailDelegate final : public QStyledItemDelegate
{
public:
    using QStyledItemDelegate::QStyledItemDelegate;

protected:
    void initStyleOption(QStyleOptionViewItem *option, const QModelIndex &index) const override
    {
        QStyledItemDelegate::initStyleOption(option, index);
        option->decorationPosition = QStyleOptionViewItem::Top;
        option->decorationAlignment = Qt::AlignHCenter | Qt::AlignTop;
        option->displayAlignment = Qt::AlignHCenter | Qt::AlignTop;
        option->features |= QStyleOptionViewItem::WrapText;
    }
};

QStringList droppedFiles(const QMimeData *mime)
{
    QStringList out;
    if (!mime || !mime->hasUrls())
        return out;
    for (const QUrl &url : mime->urls()) {
        if (url.isLocalFile())
            out.append(url.toLocalFile());
    }
    return out;
}

} // namespace

GalleryImportDialog::GalleryImportDialog(const GalleryImportRequest &base, const QList<QPair<QString, QString>> &titles,
    const GallerySettings &settings, QWidget *parent)
    : QDialog(parent)
    , m_base(base)
    , m_titles(titles)
{
    setObjectName(QStringLiteral("galleryImportDialog"));
    setWindowTitle(tr("Add Gallery"));
    setAcceptDrops(true);
    resize(900, 640);

    auto *layout = new QVBoxLayout(this);
    auto *hint
        = new QLabel(tr("Drag photos or a folder here. Drag the thumbnails to change their order; each photo gets a caption in "
                        "every language of the page."),
            this);
    hint->setWordWrap(true);
    layout->addWidget(hint);

    m_list = new QListWidget(this);
    m_list->setObjectName(QStringLiteral("photoListWidget"));
    m_list->setViewMode(QListView::ListMode);
    m_list->setFlow(QListView::LeftToRight);
    m_list->setWrapping(true);
    m_list->setResizeMode(QListView::Adjust);
    m_list->setIconSize(QSize(kThumb, kThumb));
    m_list->setGridSize(QSize(kThumb + 24, kThumb + 40));
    m_list->setUniformItemSizes(true);
    m_list->setSpacing(4);
    m_list->setDragDropMode(QAbstractItemView::InternalMove);
    m_list->setDefaultDropAction(Qt::MoveAction);
    m_list->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_list->setWordWrap(true);
    m_list->setItemDelegate(new ThumbnailDelegate(m_list));
    m_list->setTextElideMode(Qt::ElideMiddle);
    connect(m_list, &QListWidget::itemSelectionChanged, this, &GalleryImportDialog::onSelectionChanged);
    layout->addWidget(m_list, 1);

    auto *tools = new QHBoxLayout;
    m_addButton = new QPushButton(style()->standardIcon(QStyle::SP_DialogOpenButton), tr("Add Photos…"), this);
    m_addButton->setObjectName(QStringLiteral("addPhotosButton"));
    connect(m_addButton, &QPushButton::clicked, this, &GalleryImportDialog::chooseFiles);
    m_removeButton = new QPushButton(tr("Remove"), this);
    m_removeButton->setObjectName(QStringLiteral("removePhotoButton"));
    m_removeButton->setShortcut(QKeySequence::Delete);
    connect(m_removeButton, &QPushButton::clicked, this, &GalleryImportDialog::removeSelected);
    m_rotateLeftButton = new QPushButton(tr("Rotate Left"), this);
    m_rotateLeftButton->setObjectName(QStringLiteral("rotateLeftButton"));
    connect(m_rotateLeftButton, &QPushButton::clicked, this, [this] { rotateSelected(270); });
    m_rotateRightButton = new QPushButton(tr("Rotate Right"), this);
    m_rotateRightButton->setObjectName(QStringLiteral("rotateRightButton"));
    connect(m_rotateRightButton, &QPushButton::clicked, this, [this] { rotateSelected(90); });
    tools->addWidget(m_addButton);
    tools->addWidget(m_removeButton);
    tools->addWidget(m_rotateLeftButton);
    tools->addWidget(m_rotateRightButton);
    tools->addStretch(1);
    layout->addLayout(tools);

    auto *bottom = new QHBoxLayout;
    auto *captions = new QGroupBox(tr("Caption of the selected photos (alt text and title)"), this);
    m_captionForm = new QFormLayout(captions);
    for (const auto &[language, title] : std::as_const(m_titles)) {
        auto *edit = new QLineEdit(captions);
        edit->setObjectName(QStringLiteral("caption_%1_LineEdit").arg(language.isEmpty() ? QStringLiteral("default") : language));
        edit->setPlaceholderText(title);
        const QString lang = language;
        connect(edit, &QLineEdit::textEdited, this, [this, lang](const QString &text) { onCaptionEdited(lang, text); });
        m_captionForm->addRow(language.isEmpty() ? tr("Caption:") : tr("Caption (%1):").arg(language), edit);
        m_captionEdits.append({language, edit});
    }
    bottom->addWidget(captions, 3);

    auto *options = new QGroupBox(tr("Photos"), this);
    auto *optionsForm = new QFormLayout(options);
    m_maxEdgeSpin = new QSpinBox(options);
    m_maxEdgeSpin->setObjectName(QStringLiteral("maxEdgeSpinBox"));
    m_maxEdgeSpin->setRange(256, 8192);
    m_maxEdgeSpin->setSingleStep(256);
    m_maxEdgeSpin->setSuffix(tr(" px"));
    m_maxEdgeSpin->setValue(settings.image.maxEdge);
    m_qualitySpin = new QSpinBox(options);
    m_qualitySpin->setObjectName(QStringLiteral("qualitySpinBox"));
    m_qualitySpin->setRange(30, 100);
    m_qualitySpin->setValue(settings.image.quality);
    m_webpCheck = new QCheckBox(tr("Save as WebP"), options);
    m_webpCheck->setObjectName(QStringLiteral("webpCheckBox"));
    m_webpCheck->setChecked(settings.image.webp);
    m_sidecarCheck = new QCheckBox(tr("Write .meta.yaml captions"), options);
    m_sidecarCheck->setObjectName(QStringLiteral("sidecarCheckBox"));
    m_sidecarCheck->setChecked(settings.sidecars);
    optionsForm->addRow(tr("Longest edge:"), m_maxEdgeSpin);
    optionsForm->addRow(tr("Quality:"), m_qualitySpin);
    optionsForm->addRow(m_webpCheck);
    optionsForm->addRow(m_sidecarCheck);
    bottom->addWidget(options, 2);
    layout->addLayout(bottom);

    m_messageLabel = new QLabel(this);
    m_messageLabel->setObjectName(QStringLiteral("messageLabel"));
    m_messageLabel->setWordWrap(true);
    m_messageLabel->setVisible(false);
    layout->addWidget(m_messageLabel);

    auto *footer = new QHBoxLayout;
    m_progress = new QProgressBar(this);
    m_progress->setObjectName(QStringLiteral("importProgressBar"));
    m_progress->setVisible(false);
    footer->addWidget(m_progress, 1);
    m_buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    m_importButton = m_buttons->addButton(tr("Import"), QDialogButtonBox::AcceptRole);
    m_importButton->setObjectName(QStringLiteral("importButton"));
    m_buttons->button(QDialogButtonBox::Cancel)->setObjectName(QStringLiteral("cancelButton"));
    connect(m_importButton, &QPushButton::clicked, this, &GalleryImportDialog::startImport);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &GalleryImportDialog::reject);
    footer->addWidget(m_buttons);
    layout->addLayout(footer);

    onSelectionChanged();
}

GalleryImportDialog::~GalleryImportDialog()
{
    if (m_cancel)
        m_cancel->store(true);
}

int GalleryImportDialog::photoCount() const
{
    return m_list->count();
}

void GalleryImportDialog::addFiles(const QStringList &paths)
{
    QStringList present;
    for (int i = 0; i < m_list->count(); ++i)
        present.append(m_list->item(i)->data(SourceRole).toString());
    for (const QString &path : expandImageSources(paths)) {
        if (present.contains(path))
            continue;
        present.append(path);
        auto *item = new QListWidgetItem(QFileInfo(path).fileName(), m_list);
        item->setData(SourceRole, path);
        item->setData(RotationRole, 0);
        item->setData(CaptionsRole, QVariantMap());
        item->setToolTip(QDir::toNativeSeparators(path));
        item->setFlags(item->flags() & ~Qt::ItemIsDropEnabled);
        QPixmap placeholder(kThumb, kThumb);
        placeholder.fill(palette().color(QPalette::Mid));
        item->setIcon(QIcon(placeholder));
        // Thumbnails are decoded at scale on the global pool; the dialog may be gone when they arrive.
        QPointer<GalleryImportDialog> self(this);
        QThreadPool::globalInstance()->start([self, path] {
            QImage image;
            QString error;
            ImagePipeline::decode(path, kThumb * 2, image, error);
            QMetaObject::invokeMethod(
                qApp,
                [self, path, image, error] {
                    if (self)
                        self->setThumbnail(path, image, error);
                },
                Qt::QueuedConnection);
        });
    }
    updateButtons();
}

void GalleryImportDialog::setThumbnail(const QString &path, const QImage &image, const QString &error)
{
    for (int i = 0; i < m_list->count(); ++i) {
        QListWidgetItem *item = m_list->item(i);
        if (item->data(SourceRole).toString() != path)
            continue;
        if (!error.isEmpty()) {
            item->setData(ErrorRole, error);
            item->setIcon(style()->standardIcon(QStyle::SP_MessageBoxWarning));
            item->setToolTip(error);
            item->setForeground(palette().color(QPalette::PlaceholderText));
        } else {
            item->setData(ThumbRole, image.scaled(kThumb, kThumb, Qt::KeepAspectRatio, Qt::SmoothTransformation));
            updateIcon(item);
        }
    }
}

void GalleryImportDialog::updateIcon(QListWidgetItem *item)
{
    const QImage thumb = item->data(ThumbRole).value<QImage>();
    if (thumb.isNull())
        return;
    const int rotation = item->data(RotationRole).toInt();
    const QImage turned = rotation ? thumb.transformed(QTransform().rotate(rotation)) : thumb;
    // Centred on a square so that every cell lines up whatever the photo's shape.
    QPixmap square(kThumb, kThumb);
    square.fill(Qt::transparent);
    QPainter p(&square);
    p.drawImage((kThumb - turned.width()) / 2, (kThumb - turned.height()) / 2, turned);
    p.end();
    item->setIcon(QIcon(square));
}

QList<GalleryItem> GalleryImportDialog::items() const
{
    QList<GalleryItem> out;
    for (int i = 0; i < m_list->count(); ++i) {
        const QListWidgetItem *item = m_list->item(i);
        GalleryItem g;
        g.source = item->data(SourceRole).toString();
        g.rotation = item->data(RotationRole).toInt();
        const QVariantMap captions = item->data(CaptionsRole).toMap();
        for (const auto &[language, title] : m_titles)
            g.captions.insert(language, captions.contains(language) ? captions.value(language).toString() : title);
        out.append(g);
    }
    return out;
}

void GalleryImportDialog::rotateSelected(int degrees)
{
    for (QListWidgetItem *item : m_list->selectedItems()) {
        item->setData(RotationRole, (item->data(RotationRole).toInt() + degrees) % 360);
        updateIcon(item);
    }
}

void GalleryImportDialog::removeSelected()
{
    qDeleteAll(m_list->selectedItems());
    updateButtons();
}

void GalleryImportDialog::chooseFiles()
{
    const QStringList files = QFileDialog::getOpenFileNames(this, tr("Add Photos"), QString(),
        tr("Photos (*.jpg *.jpeg *.png *.webp *.heic *.heif *.JPG *.JPEG *.PNG *.HEIC);;All files (*)"));
    addFiles(files);
}

void GalleryImportDialog::onSelectionChanged()
{
    const QList<QListWidgetItem *> selected = m_list->selectedItems();
    m_updatingCaptions = true;
    for (const auto &[language, edit] : std::as_const(m_captionEdits)) {
        edit->setEnabled(!selected.isEmpty() && !m_running);
        QString text;
        if (!selected.isEmpty()) {
            const QVariantMap captions = selected.first()->data(CaptionsRole).toMap();
            QString title;
            for (const auto &t : std::as_const(m_titles)) {
                if (t.first == language)
                    title = t.second;
            }
            text = captions.contains(language) ? captions.value(language).toString() : title;
        }
        edit->setText(text);
    }
    m_updatingCaptions = false;
    updateButtons();
}

void GalleryImportDialog::onCaptionEdited(const QString &language, const QString &text)
{
    if (m_updatingCaptions)
        return;
    for (QListWidgetItem *item : m_list->selectedItems()) {
        QVariantMap captions = item->data(CaptionsRole).toMap();
        captions.insert(language, text);
        item->setData(CaptionsRole, captions);
    }
}

void GalleryImportDialog::updateButtons()
{
    const bool any = !m_list->selectedItems().isEmpty();
    m_removeButton->setEnabled(any && !m_running);
    m_rotateLeftButton->setEnabled(any && !m_running);
    m_rotateRightButton->setEnabled(any && !m_running);
    m_addButton->setEnabled(!m_running);
    m_importButton->setEnabled(m_list->count() > 0 && !m_running);
    m_importButton->setText(m_list->count() > 0 ? tr("Import %n Photo(s)", nullptr, m_list->count()) : tr("Import"));
}

void GalleryImportDialog::startImport()
{
    if (m_running || m_list->count() == 0)
        return;
    GalleryImportRequest req = m_base;
    req.items = items();
    req.image.maxEdge = m_maxEdgeSpin->value();
    req.image.quality = m_qualitySpin->value();
    req.image.webp = m_webpCheck->isChecked();
    req.writeSidecars = m_sidecarCheck->isChecked();
    m_running = true;
    m_list->setEnabled(false);
    m_maxEdgeSpin->setEnabled(false);
    m_qualitySpin->setEnabled(false);
    m_webpCheck->setEnabled(false);
    m_sidecarCheck->setEnabled(false);
    onSelectionChanged();
    m_messageLabel->setVisible(false);
    m_progress->setRange(0, int(req.items.size()));
    m_progress->setValue(0);
    m_progress->setFormat(tr("%v of %m photos"));
    m_progress->setVisible(true);
    m_cancel = std::make_shared<std::atomic_bool>(false);

    QPointer<GalleryImportDialog> self(this);
    const std::shared_ptr<std::atomic_bool> cancel = m_cancel;
    QThreadPool::globalInstance()->start([self, req, cancel] {
        GalleryImportResult result = GalleryImport::run(
            req,
            [self](int done, int) {
                QMetaObject::invokeMethod(
                    qApp,
                    [self, done] {
                        if (self)
                            self->m_progress->setValue(done);
                    },
                    Qt::QueuedConnection);
            },
            cancel.get());
        QMetaObject::invokeMethod(
            qApp,
            [self, result] {
                if (self) {
                    self->m_result = result;
                    self->onFinished();
                }
            },
            Qt::QueuedConnection);
    });
}

void GalleryImportDialog::onFinished()
{
    m_running = false;
    m_cancel.reset();
    m_progress->setVisible(false);
    m_list->setEnabled(true);
    m_maxEdgeSpin->setEnabled(true);
    m_qualitySpin->setEnabled(true);
    m_webpCheck->setEnabled(true);
    m_sidecarCheck->setEnabled(true);
    onSelectionChanged();
    Q_EMIT importFinished();
    m_buttons->button(QDialogButtonBox::Cancel)->setEnabled(true);
    if (m_result.ok) {
        // Also when Cancel came too late to stop it: the photos are in the folder and must be shown.
        accept();
        return;
    }
    if (m_closeWhenDone) {
        QDialog::reject();
        return;
    }
    QStringList lines {m_result.error};
    for (const GalleryItemResult &r : std::as_const(m_result.items)) {
        if (!r.ok && !r.error.isEmpty())
            lines.append(r.error);
    }
    m_messageLabel->setText(lines.join(QLatin1Char('\n')));
    m_messageLabel->setVisible(true);
}

void GalleryImportDialog::reject()
{
    if (m_running) {
        // Cancel the import; the dialog closes once it has put the folder back as it was.
        m_buttons->button(QDialogButtonBox::Cancel)->setEnabled(false);
        m_progress->setFormat(tr("Cancelling…"));
        if (m_cancel)
            m_cancel->store(true);
        m_closeWhenDone = true;
        return;
    }
    m_buttons->button(QDialogButtonBox::Cancel)->setEnabled(true);
    QDialog::reject();
}

void GalleryImportDialog::dragEnterEvent(QDragEnterEvent *event)
{
    if (!m_running && !droppedFiles(event->mimeData()).isEmpty())
        event->acceptProposedAction();
}

void GalleryImportDialog::dropEvent(QDropEvent *event)
{
    const QStringList files = droppedFiles(event->mimeData());
    if (files.isEmpty() || m_running)
        return;
    addFiles(files);
    event->acceptProposedAction();
}

} // namespace GravDesk
