#include "newpostdialog.h"

#include "common/datetyping.h"
#include "common/uitext.h"
#include "io/clock.h"
#include "site/pageindex.h"
#include "text/slug.h"
#include "ui_newpostdialog.h"

#include <QCheckBox>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLineEdit>
#include <QPushButton>

namespace GravDesk {
NewPostDialog::NewPostDialog(std::shared_ptr<const PageIndex> index, int section, const QString &language, QWidget *parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::NewPostDialog>())
    , m_index(std::move(index))
    , m_section(section)
{
    m_ui->setupUi(this);
    setObjectName(QStringLiteral("newPostDialog"));
    m_convention = learnSectionConvention(*m_index, m_section);

    const PageNode &node = m_index->nodes[m_section];
    const QString lang0 = m_index->config.defaultLanguage();
    const PageVariant *v = m_index->variantFor(m_section, language.isEmpty() ? lang0 : language);
    const QString sectionTitle = v && !v->title.isEmpty() ? v->title : node.folderSlug;
    m_ui->sectionLabel->setText(QStringLiteral("%1 (%2)").arg(sectionTitle, node.relPath));

    const QStringList languages = m_index->config.languages();
    // One row per language: its file is made (ticked) and its title; an empty title makes a draft `[kk] …`.
    auto *languagesLayout = new QGridLayout(m_ui->languagesWidget);
    languagesLayout->setContentsMargins(0, 0, 0, 0);
    for (const QString &l : languages) {
        m_ui->languageComboBox->addItem(languageName(l), l);
        auto *box = new QCheckBox(languageName(l), m_ui->languagesWidget);
        box->setObjectName(l + QStringLiteral("LanguageCheckBox"));
        box->setProperty("language", l);
        box->setChecked(true);
        auto *title = new QLineEdit(m_ui->languagesWidget);
        title->setObjectName(l + QStringLiteral("TitleLineEdit"));
        title->setClearButtonEnabled(true);
        connect(box, &QCheckBox::toggled, this, &NewPostDialog::updatePlan);
        connect(box, &QCheckBox::toggled, title, &QWidget::setEnabled);
        connect(title, &QLineEdit::textChanged, this, &NewPostDialog::updatePlan);
        const int row = languagesLayout->rowCount();
        languagesLayout->addWidget(box, row, 0);
        languagesLayout->addWidget(title, row, 1);
        m_languageBoxes.append(box);
        m_languageTitles.append(title);
    }
    languagesLayout->setColumnStretch(1, 1);
    const int current = m_ui->languageComboBox->findData(languages.contains(language) ? language : lang0);
    m_ui->languageComboBox->setCurrentIndex(std::max(0, current));
    m_ui->languageComboBox->setEnabled(languages.size() > 1);
    m_ui->languagesWidget->setVisible(languages.size() > 1);
    m_ui->languagesCaptionLabel->setVisible(languages.size() > 1);

    // The date fields show the site's wall-clock time (system.timezone), whatever this computer's zone is.
    const QDateTime now = Clock::nowUtc().toTimeZone(m_index->config.timeZone());
    m_ui->dateTimeEdit->setDateTime(QDateTime(now.date(), QTime(now.time().hour(), now.time().minute())));
    installDateTyping(m_ui->dateTimeEdit); // `29.10.2025` typed as read
    m_ui->dateTimeEdit->setToolTip(tr("In the site's time zone (%1)").arg(QString::fromUtf8(m_index->config.timeZone().id())));

    m_ui->titleLineEdit->setPlaceholderText(tr("The post's title in the chosen language"));
    m_ui->slugLineEdit->setToolTip(tr("Lower-case Latin letters, digits and hyphens. Follows the title until you edit it."));
    m_ui->buttonBox->button(QDialogButtonBox::Ok)->setText(tr("Create"));
    m_ui->buttonBox->button(QDialogButtonBox::Cancel)->setText(tr("Cancel"));
    m_ui->publishedCheckBox->setChecked(false);

    connect(m_ui->buttonBox, &QDialogButtonBox::accepted, this, &NewPostDialog::accept);
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_ui->titleLineEdit, &QLineEdit::textChanged, this, &NewPostDialog::updatePlan);
    connect(m_ui->slugLineEdit, &QLineEdit::textEdited, this, [this](const QString &text) {
        m_slugEdited = !text.isEmpty();
        updatePlan();
    });
    connect(m_ui->dateTimeEdit, &QDateTimeEdit::dateTimeChanged, this, &NewPostDialog::updatePlan);
    connect(m_ui->languageComboBox, &QComboBox::currentIndexChanged, this, &NewPostDialog::onTitleLanguageChanged);
    onTitleLanguageChanged();
    m_ui->titleLineEdit->setFocus();
}

NewPostDialog::~NewPostDialog() = default;

void NewPostDialog::onTitleLanguageChanged()
{
    // The title's language always gets its file.
    const QString lang = m_ui->languageComboBox->currentData().toString();
    for (int i = 0; i < m_languageBoxes.size(); ++i) {
        QCheckBox *box = m_languageBoxes[i];
        const bool isTitleLanguage = box->property("language").toString() == lang;
        if (isTitleLanguage)
            box->setChecked(true);
        box->setEnabled(!isTitleLanguage);
        // The title language's title is the one above.
        m_languageTitles[i]->setVisible(!isTitleLanguage);
    }
    updatePlan();
}

NewPostRequest NewPostDialog::request() const
{
    NewPostRequest r;
    r.section = m_section;
    r.title = m_ui->titleLineEdit->text();
    r.language = m_ui->languageComboBox->currentData().toString();
    const QDateTime shown = m_ui->dateTimeEdit->dateTime();
    r.date = QDateTime(shown.date(), shown.time(), m_index->config.timeZone());
    for (int i = 0; i < m_languageBoxes.size(); ++i) {
        if (!m_languageBoxes[i]->isChecked())
            continue;
        const QString l = m_languageBoxes[i]->property("language").toString();
        r.languages.append(l);
        if (l != r.language && !m_languageTitles[i]->text().trimmed().isEmpty())
            r.titles.insert(l, m_languageTitles[i]->text());
    }
    r.published = m_ui->publishedCheckBox->isChecked();
    r.slug = m_slugEdited ? m_ui->slugLineEdit->text() : QString();
    return r;
}

void NewPostDialog::updatePlan()
{
    const NewPostRequest r = request();
    const NewPostPlan plan = planNewPost(*m_index, r, m_convention);
    if (!m_slugEdited) {
        // Follows the title; an empty title leaves the field empty rather than showing "post".
        m_ui->slugLineEdit->setText(r.title.trimmed().isEmpty() ? QString() : plan.slug);
    }
    // What a language left without a title becomes.
    const QString draft = draftTitle(r.title.trimmed().isEmpty() ? tr("title") : r.title, r.language);
    for (QLineEdit *title : std::as_const(m_languageTitles))
        title->setPlaceholderText(tr("Empty: a draft titled “%1”").arg(draft));
    m_ui->folderLabel->setText(plan.relPath);
    m_ui->urlLabel->setText(plan.url);
    const bool emptyTitle = r.title.trimmed().isEmpty();
    // An empty title is the dialog's starting state, not an error worth red text.
    m_ui->messageLabel->setText(plan.ok || emptyTitle ? QString() : plan.error);
    m_ui->messageLabel->setStyleSheet(QStringLiteral("color: #b00020;"));
    m_ui->buttonBox->button(QDialogButtonBox::Ok)->setEnabled(plan.ok);
}

void NewPostDialog::accept()
{
    const NewPostRequest r = request();
    const NewPostPlan plan = planNewPost(*m_index, r, m_convention);
    QString error;
    if (!plan.ok || !writeNewPost(plan, error)) {
        m_ui->messageLabel->setText(plan.ok ? error : plan.error);
        return;
    }
    m_createdRelPath = plan.relPath;
    m_createdLanguage = r.language;
    QDialog::accept();
    Q_EMIT postCreated(plan.relPath, r.language);
}

} // namespace GravDesk
