#include "translationsdialog.h"

#include "common/uitext.h"

#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTreeWidget>
#include <QVBoxLayout>
#include <QtConcurrent>

namespace GravDesk {

TranslationsDialog::TranslationsDialog(QWidget *parent)
    : QDialog(parent)
    , m_list(new QTreeWidget(this))
    , m_summary(new QLabel(this))
{
    setObjectName(QStringLiteral("translationsDialog"));
    setWindowTitle(tr("Translations"));
    resize(760, 460);
    auto *layout = new QVBoxLayout(this);
    m_summary->setObjectName(QStringLiteral("translationsSummaryLabel"));
    m_summary->setWordWrap(true);
    layout->addWidget(m_summary);
    m_list->setObjectName(QStringLiteral("translationsTreeWidget"));
    m_list->setColumnCount(4);
    m_list->setHeaderLabels({tr("Page"), tr("Language"), tr("State"), tr("Source")});
    m_list->setRootIsDecorated(false);
    m_list->setSortingEnabled(true);
    m_list->header()->setSectionResizeMode(0, QHeaderView::Stretch);
    layout->addWidget(m_list, 1);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    QPushButton *open = buttons->addButton(tr("Open"), QDialogButtonBox::ActionRole);
    open->setObjectName(QStringLiteral("openTranslationPushButton"));
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);

    const auto activate = [this](QTreeWidgetItem *item) {
        if (!item)
            return;
        const QString rel = item->data(0, Qt::UserRole).toString();
        const QString lang = item->data(1, Qt::UserRole).toString();
        const QString source = item->data(3, Qt::UserRole).toString();
        if (item->data(2, Qt::UserRole).toInt() == TranslationIssue::Missing)
            Q_EMIT createRequested(rel, source, lang);
        else
            Q_EMIT openRequested(rel, lang);
    };
    connect(m_list, &QTreeWidget::itemActivated, this, activate);
    connect(open, &QPushButton::clicked, this, [this, activate] { activate(m_list->currentItem()); });
    connect(&m_watcher, &QFutureWatcher<QVector<TranslationIssue>>::finished, this, [this] { fill(m_watcher.result()); });
}

TranslationsDialog::~TranslationsDialog()
{
    m_watcher.waitForFinished();
}

void TranslationsDialog::refresh(std::shared_ptr<const PageIndex> index)
{
    m_index = std::move(index);
    m_list->clear();
    if (!m_index) {
        m_summary->setText(tr("No site is open."));
        return;
    }
    m_summary->setText(tr("Reading the pages…"));
    m_watcher.waitForFinished();
    auto held = m_index; // the worker keeps the index alive
    m_watcher.setFuture(QtConcurrent::run([held] { return translationIssues(*held); }));
}

int TranslationsDialog::rowCount() const
{
    return m_list->topLevelItemCount();
}

void TranslationsDialog::fill(const QVector<TranslationIssue> &issues)
{
    m_list->setSortingEnabled(false);
    m_list->clear();
    int missing = 0;
    int outdated = 0;
    int untranslated = 0;
    for (const TranslationIssue &i : issues) {
        auto *item = new QTreeWidgetItem(m_list);
        const QString title = i.title.isEmpty() ? i.relPath : i.title;
        item->setText(0, title);
        item->setToolTip(0, i.relPath);
        item->setData(0, Qt::UserRole, i.relPath);
        item->setText(1, languageName(i.language));
        item->setData(1, Qt::UserRole, i.language);
        if (i.kind == TranslationIssue::Missing) {
            ++missing;
            item->setText(2, tr("missing"));
            item->setToolTip(2, tr("Double-click to start this translation from the %1 text.").arg(i.source));
        } else if (i.kind == TranslationIssue::Untranslated) {
            ++untranslated;
            item->setText(2, tr("draft, not translated"));
            item->setToolTip(2,
                tr("Created as a draft from the %1 text and still titled “%2”: nobody has translated it yet.")
                    .arg(i.source, i.title));
        } else {
            ++outdated;
            item->setText(2, tr("older than its source"));
            item->setToolTip(2, tr("The %1 text changed after this translation was last saved.").arg(i.source));
        }
        item->setData(2, Qt::UserRole, int(i.kind));
        item->setText(3, i.source);
        item->setData(3, Qt::UserRole, i.source);
    }
    m_list->setSortingEnabled(true);
    m_list->sortByColumn(0, Qt::AscendingOrder);
    if (issues.isEmpty())
        m_summary->setText(
            tr("Every page has all the site's languages translated, and no translation is older than its source."));
    else
        m_summary->setText(tr("Missing: %n.", nullptr, missing) + QLatin1Char(' ')
            + tr("Older than their source: %n.", nullptr, outdated) + QLatin1Char(' ')
            + tr("Drafts not translated: %n.", nullptr, untranslated) + QLatin1Char(' ')
            + tr("Double-click a row to open it, or to start a missing translation from its source."));
    Q_EMIT refreshed();
}

} // namespace GravDesk
