#include "pagetree/pagefilter.h"

#include "common/uitext.h"
#include "pagetree/pagetreemodel.h"
#include "search/sitesearchservice.h"
#include "site/sitesearch.h"
#include "text/searchfold.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QTimer>
#include <QVBoxLayout>
#include <QtConcurrent/QtConcurrentFilter>

#include <algorithm>

namespace GravDesk {
namespace {

const QDate kAnyDate(2000, 1, 1); ///< the date edits' "any" value (their minimum)
const int kTypingPauseMs = 150; ///< typing is reported this long after the last key: one text search per pause

} // namespace

bool PageFilterCriteria::isActive() const
{
    return !text.trimmed().isEmpty() || !language.isEmpty() || !missingLanguage.isEmpty() || state >= 0 || from.isValid()
        || to.isValid() || !taxonomy.isEmpty() || problemsOnly;
}

void PageFilterMatcher::setCriteria(const PageFilterCriteria &criteria)
{
    m_criteria = criteria;
    m_folded = SearchFold::folded(criteria.text.trimmed());
}

bool PageFilterMatcher::matches(const PageFilterSubject &s) const
{
    const PageFilterCriteria &c = m_criteria;
    if (!m_folded.isEmpty() && !s.textInFile && !(s.haystack && s.haystack->contains(m_folded)))
        return false;
    if (!c.language.isEmpty() && !(s.languages && s.languages->contains(c.language)))
        return false;
    if (!c.missingLanguage.isEmpty() && s.languagesPresent && s.languagesPresent->contains(c.missingLanguage))
        return false;
    if (c.state >= 0 && s.state != c.state)
        return false;
    if ((c.from.isValid() || c.to.isValid()) && !s.date.isValid())
        return false;
    if (c.from.isValid() && s.date.date() < c.from)
        return false;
    if (c.to.isValid() && s.date.date() > c.to)
        return false;
    if (!c.taxonomy.isEmpty() && !(s.taxonomy && s.taxonomy->contains(c.taxonomy)))
        return false;
    if (c.problemsOnly && !s.hasProblems)
        return false;
    return true;
}

void PageTextHits::update(const SiteSearchService *search, const QString &text)
{
    const QString wanted = text.trimmed();
    if (m_asked && wanted == m_text)
        return;
    const QString folded = SearchFold::folded(wanted);
    // The next letter typed: every file holding the new text held the one before, so only those are read again.
    const bool narrow = m_asked && !m_folded.isEmpty() && folded.contains(m_folded);
    m_text = wanted;
    m_asked = true;
    SearchPattern pattern;
    if (!search || wanted.isEmpty() || !pattern.set(wanted, false)) {
        m_fileHits.clear();
        m_folderHits.clear();
        m_folded.clear();
        return;
    }
    m_folded = folded;
    // Flags by position in one snapshot of the texts: no path strings are built for the 20,000 files a common
    // word is in, and the filters' questions are one hash look-up each.
    if (narrow && m_fileHits.size() == m_texts.fileCount()) {
        m_fileHits = m_texts.fileHits(pattern, &m_fileHits);
    } else {
        m_texts = search->snapshot();
        ++m_snapshotId;
        m_fileHits = m_texts.fileHits(pattern);
    }
    m_folderHits = m_texts.folderHits(pattern, m_fileHits);
}

void PageTextHits::invalidate()
{
    m_text.clear();
    m_folded.clear();
    m_asked = false;
}

PageFilterBar::PageFilterBar(const QString &namePrefix, QWidget *parent)
    : QWidget(parent)
    , m_search(new QLineEdit(this))
    , m_language(new QComboBox(this))
    , m_state(new QComboBox(this))
    , m_taxonomy(new QComboBox(this))
    , m_from(new QDateEdit(this))
    , m_to(new QDateEdit(this))
    , m_problems(new QCheckBox(tr("With problems"), this))
    , m_count(new QLabel(this))
    , m_typing(new QTimer(this))
{
    const auto name = [&namePrefix](const char *suffix) -> QString { return namePrefix + QLatin1String(suffix); };
    setObjectName(name("FilterBar"));
    m_search->setObjectName(name("SearchLineEdit"));
    m_search->setPlaceholderText(tr("Search titles, slugs, folders and text (any case, ё = е)"));
    m_search->setClearButtonEnabled(true);
    m_language->setObjectName(name("LanguageComboBox"));
    m_state->setObjectName(name("StateComboBox"));
    m_state->addItem(tr("Any state"), -1);
    for (const PublishState s : {PublishState::Published, PublishState::Draft, PublishState::Scheduled, PublishState::Expired})
        m_state->addItem(PageTreeModel::stateText(s), int(s));
    m_taxonomy->setObjectName(name("TaxonomyComboBox"));
    for (QDateEdit *d : {m_from, m_to}) {
        d->setCalendarPopup(true);
        d->setDisplayFormat(QStringLiteral("dd.MM.yyyy"));
        d->setMinimumDate(kAnyDate);
        d->setSpecialValueText(tr("any"));
        d->setDate(kAnyDate);
    }
    m_from->setObjectName(name("FromDateEdit"));
    m_to->setObjectName(name("ToDateEdit"));
    m_problems->setObjectName(name("ProblemsCheckBox"));
    m_count->setObjectName(name("CountLabel"));
    setLanguages({});
    setTaxonomyValues({});

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_search);
    auto *row1 = new QHBoxLayout;
    row1->addWidget(m_language, 1);
    row1->addWidget(m_state, 1);
    row1->addWidget(m_taxonomy, 1);
    layout->addLayout(row1);
    auto *row2 = new QHBoxLayout;
    row2->addWidget(new QLabel(tr("From"), this));
    row2->addWidget(m_from);
    row2->addWidget(new QLabel(tr("to"), this));
    row2->addWidget(m_to);
    row2->addWidget(m_problems);
    row2->addStretch(1);
    row2->addWidget(m_count);
    layout->addLayout(row2);

    m_typing->setSingleShot(true);
    m_typing->setInterval(kTypingPauseMs);
    connect(m_typing, &QTimer::timeout, this, &PageFilterBar::criteriaChanged);
    connect(m_search, &QLineEdit::textChanged, this, [this](const QString &text) {
        if (text.trimmed().isEmpty()) {
            m_typing->stop();
            Q_EMIT criteriaChanged();
        } else {
            m_typing->start();
        }
    });
    for (QComboBox *c : {m_language, m_state, m_taxonomy})
        connect(c, &QComboBox::currentIndexChanged, this, &PageFilterBar::criteriaChanged);
    connect(m_from, &QDateEdit::dateChanged, this, &PageFilterBar::criteriaChanged);
    connect(m_to, &QDateEdit::dateChanged, this, &PageFilterBar::criteriaChanged);
    connect(m_problems, &QCheckBox::toggled, this, &PageFilterBar::criteriaChanged);
    m_search->installEventFilter(this);
}

bool PageFilterBar::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_search && event->type() == QEvent::KeyPress && static_cast<QKeyEvent *>(event)->key() == Qt::Key_Escape
        && !m_search->text().isEmpty()) {
        m_search->clear();
        return true;
    }
    return QWidget::eventFilter(watched, event);
}

PageFilterCriteria PageFilterBar::criteria() const
{
    PageFilterCriteria c;
    c.text = m_search->text();
    const QString language = m_language->currentData().toString();
    if (language.startsWith(QLatin1Char('!')))
        c.missingLanguage = language.mid(1);
    else
        c.language = language;
    c.state = m_state->currentData().toInt();
    c.from = m_from->date() == kAnyDate ? QDate() : m_from->date();
    c.to = m_to->date() == kAnyDate ? QDate() : m_to->date();
    c.taxonomy = m_taxonomy->currentData().toString();
    c.problemsOnly = m_problems->isChecked();
    return c;
}

void PageFilterBar::setLanguages(const QStringList &codes)
{
    const QString current = m_language->currentData().toString();
    const QSignalBlocker block(m_language);
    m_language->clear();
    m_language->addItem(tr("Any language"), QString());
    for (const QString &l : codes)
        m_language->addItem(languageName(l), l);
    for (const QString &l : codes)
        m_language->addItem(tr("Without %1").arg(languageName(l)), QString(QLatin1Char('!') + l));
    m_language->setCurrentIndex(std::max(0, m_language->findData(current)));
}

void PageFilterBar::setTaxonomyValues(const QStringList &values)
{
    const QString current = m_taxonomy->currentData().toString();
    const QSignalBlocker block(m_taxonomy);
    m_taxonomy->clear();
    m_taxonomy->addItem(tr("Any category or tag"), QString());
    for (const QString &t : values)
        m_taxonomy->addItem(t, t);
    m_taxonomy->setCurrentIndex(std::max(0, m_taxonomy->findData(current)));
}

void PageFilterBar::setCountText(const QString &text)
{
    m_count->setText(text);
}

void PageFilterBar::flush()
{
    if (m_typing->isActive()) {
        m_typing->stop();
        Q_EMIT criteriaChanged();
    }
}

void PageFilterBar::clearAll()
{
    {
        const QSignalBlocker b0(m_search), b1(m_language), b2(m_state), b3(m_taxonomy), b4(m_from), b5(m_to), b6(m_problems);
        m_typing->stop();
        m_search->clear();
        m_language->setCurrentIndex(0);
        m_state->setCurrentIndex(0);
        m_taxonomy->setCurrentIndex(0);
        m_from->setDate(kAnyDate);
        m_to->setDate(kAnyDate);
        m_problems->setChecked(false);
    }
    Q_EMIT criteriaChanged();
}

} // namespace GravDesk
