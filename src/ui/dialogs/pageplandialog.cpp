#include "pageplandialog.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QFontDatabase>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace GravDesk {

PagePlanDialog::PagePlanDialog(const Prompter::PlanQuestion &question, QWidget *parent)
    : QDialog(parent)
    , m_question(question)
{
    setObjectName(QStringLiteral("pagePlanDialog"));
    setWindowTitle(question.title);
    resize(640, 420);
    auto *layout = new QVBoxLayout(this);
    auto *intro = new QLabel(question.intro, this);
    intro->setObjectName(QStringLiteral("planIntroLabel"));
    intro->setWordWrap(true);
    layout->addWidget(intro);
    m_text = new QPlainTextEdit(this);
    m_text->setObjectName(QStringLiteral("planPlainTextEdit"));
    m_text->setReadOnly(true);
    m_text->setLineWrapMode(QPlainTextEdit::NoWrap);
    m_text->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    layout->addWidget(m_text, 1);
    m_warnings = new QLabel(this);
    m_warnings->setObjectName(QStringLiteral("planWarningsLabel"));
    m_warnings->setWordWrap(true);
    m_warnings->setTextFormat(Qt::PlainText);
    layout->addWidget(m_warnings);
    m_links = new QCheckBox(tr("&Update links in other pages"), this);
    m_links->setObjectName(QStringLiteral("updateLinksCheckBox"));
    m_links->setToolTip(tr("Rewrite the links of other pages that point to the pages that move, in the style they were "
                           "written in. Without it those links stay as they are and lead nowhere."));
    m_links->setChecked(true);
    m_links->setVisible(question.offersLinkUpdate);
    connect(m_links, &QCheckBox::toggled, this, &PagePlanDialog::replan);
    layout->addWidget(m_links);
    auto *buttons = new QDialogButtonBox(this);
    m_accept = buttons->addButton(question.acceptText.isEmpty() ? tr("OK") : question.acceptText, QDialogButtonBox::AcceptRole);
    m_accept->setObjectName(QStringLiteral("planAcceptButton"));
    m_accept->setDefault(true);
    QPushButton *cancel = buttons->addButton(tr("Cancel"), QDialogButtonBox::RejectRole);
    cancel->setObjectName(QStringLiteral("planCancelButton"));
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
    replan();
}

bool PagePlanDialog::updateLinks() const
{
    return !m_question.offersLinkUpdate || m_links->isChecked();
}

void PagePlanDialog::replan()
{
    m_view = m_question.plan ? m_question.plan(updateLinks()) : Prompter::PlanView();
    if (!m_view.error.isEmpty()) {
        m_text->setPlainText(m_view.error);
        m_accept->setEnabled(false);
    } else {
        m_text->setPlainText(m_view.lines.join(QLatin1Char('\n')));
        m_accept->setEnabled(true);
    }
    QStringList notes;
    for (const QString &w : std::as_const(m_view.warnings))
        notes << QStringLiteral("⚠ ") + w;
    m_warnings->setText(notes.join(QLatin1Char('\n')));
    m_warnings->setVisible(!notes.isEmpty());
}

} // namespace GravDesk
