// Warnings while writing in the Problems list: the open page's findings of the body lint (the editor's margin shows
// them too) are listed first, marked as the page being edited, and follow the text as it is typed; double-click one
// to go to its line.

#include "editor/pageeditor.h"
#include "editor/writinglint.h"
#include "mainwindow.h"
#include "page/pagedocument.h"
#include "pagetree/pagetreemodel.h"
#include "site/sitecheck.h"

#include <QFileInfo>
#include <QStyle>
#include <QTreeWidget>

namespace GravDesk {
namespace {

/// Problems items of the page being edited hold the finding's number under this role.
constexpr int kWritingRole = Qt::UserRole + 7;

} // namespace

void MainWindow::buildWritingProblems()
{
    connect(m_pageEditor->writingLint(), &WritingLint::findingsChanged, this, &MainWindow::showWritingProblems);
}

void MainWindow::updateLintContext()
{
    const auto index = m_model->index();
    if (!index || !m_doc || m_docNode <= 0) {
        return;
    }
    if (m_linkTargetsFor != index.get()) {
        // The site's pages and files as links find them; made again for each new index.
        m_linkTargets = std::make_shared<Markdown::LinkTargets>(linkTargetsOf(*index));
        m_linkTargetsFor = index.get();
        m_linkTargetsIndex = index; // keeps the index the targets were made from
    }
    const QString language = m_doc->language().isEmpty() ? m_language : m_doc->language();
    m_pageEditor->setLintContext(bodyLintContext(*index, m_docNode, language, m_linkTargets.get()));
}

void MainWindow::showWritingProblems()
{
    for (int i = m_problems->topLevelItemCount() - 1; i >= 0; --i)
        if (m_problems->topLevelItem(i)->data(0, kWritingRole).isValid())
            delete m_problems->takeTopLevelItem(i);
    if (!m_doc)
        return;
    const QVector<BodyFinding> &findings = m_pageEditor->writingLint()->findings();
    const QString file = QFileInfo(m_doc->path()).fileName();
    for (int i = findings.size() - 1; i >= 0; --i) {
        const BodyFinding &f = findings[i];
        auto *item = new QTreeWidgetItem;
        item->setText(0, tr("%1, text line %2 (open)").arg(file).arg(f.line));
        item->setText(1, f.message.toString());
        item->setToolTip(1, f.message.toString());
        item->setData(0, Qt::UserRole, m_docRelPath);
        item->setData(0, kWritingRole, i);
        item->setIcon(0,
            style()->standardIcon(f.severity == Severity::Error ? QStyle::SP_MessageBoxCritical : QStyle::SP_MessageBoxWarning));
        m_problems->insertTopLevelItem(0, item);
    }
}

bool MainWindow::activateWritingProblem(QTreeWidgetItem *item)
{
    if (!item || !item->data(0, kWritingRole).isValid())
        return false;
    const int i = item->data(0, kWritingRole).toInt();
    const QVector<BodyFinding> &findings = m_pageEditor->writingLint()->findings();
    if (i >= 0 && i < findings.size())
        m_pageEditor->writingLint()->goTo(findings[i]);
    return true;
}

} // namespace GravDesk
