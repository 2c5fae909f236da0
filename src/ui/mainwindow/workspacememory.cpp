// The workspace of each site, remembered between runs: the window's geometry, its splitters, the tree's
// columns, the open tabs, and the page and content language the user was on. Kept in the user's settings (never in the
// site), under a key made from the site's canonical path.

#include "common/appsettings.h"
#include "mainwindow.h"
#include "pagetree/pagetreemodel.h"
#include "pagetree/pagetreeproxy.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFileInfo>
#include <QHeaderView>
#include <QSettings>
#include <QSplitter>
#include <QTreeView>

namespace GravDesk {
namespace {

/// The settings group of the site at @p sitePath.
QString siteGroup(const QString &sitePath)
{
    QFileInfo info(sitePath);
    QString canonical = info.canonicalFilePath();
    if (canonical.isEmpty())
        canonical = QDir::cleanPath(info.absoluteFilePath());
    return QStringLiteral("sites/")
        + QString::fromLatin1(QCryptographicHash::hash(canonical.toUtf8(), QCryptographicHash::Sha1).toHex().left(16));
}

} // namespace

MainWindow::Place MainWindow::lastPlace(const QString &sitePath)
{
    QSettings settings;
    settings.beginGroup(siteGroup(sitePath));
    return Place {
        sitePath, settings.value(QStringLiteral("page")).toString(), settings.value(QStringLiteral("language")).toString()};
}

void MainWindow::saveSiteWorkspace()
{
    if (m_sitePath.isEmpty())
        return;
    QSettings settings;
    settings.beginGroup(siteGroup(m_sitePath));
    settings.setValue(QStringLiteral("geometry"), saveGeometry());
    settings.beginGroup(QStringLiteral("splitters"));
    for (QSplitter *s : findChildren<QSplitter *>())
        if (!s->objectName().isEmpty())
            settings.setValue(s->objectName(), s->saveState());
    settings.endGroup();
    settings.setValue(QStringLiteral("treeHeader"), m_tree->header()->saveState());
    // The tree's sort (-1: the folder order), apart from the header's state so that the default stays explicit.
    settings.setValue(QStringLiteral("treeSortColumn"), m_treeProxy->sortColumn());
    settings.setValue(QStringLiteral("treeSortDescending"), m_treeProxy->sortOrder() == Qt::DescendingOrder);
    // The open tabs (page folder and language each), restored as they were left.
    QStringList tabs;
    for (const Place &t : openTabs())
        if (!t.page.isEmpty())
            tabs << t.page + QLatin1Char('\t') + t.language;
    settings.setValue(QStringLiteral("tabs"), tabs);
    settings.setValue(QStringLiteral("currentTab"), m_currentTab);
    const Place here = place();
    if (!here.page.isEmpty()) {
        settings.setValue(QStringLiteral("page"), here.page);
        settings.setValue(QStringLiteral("language"), here.language);
    }
}

void MainWindow::restoreSiteWorkspace()
{
    QSettings settings;
    settings.beginGroup(siteGroup(m_sitePath));
    if (!m_workspaceRestored) {
        // The window's place and size once per run: a site opened later does not move the window.
        m_workspaceRestored = true;
        const QByteArray geometry = settings.value(QStringLiteral("geometry")).toByteArray();
        if (!geometry.isEmpty())
            restoreGeometry(geometry);
    }
    settings.beginGroup(QStringLiteral("splitters"));
    for (QSplitter *s : findChildren<QSplitter *>()) {
        const QByteArray state = settings.value(s->objectName()).toByteArray();
        if (!s->objectName().isEmpty() && !state.isEmpty())
            s->restoreState(state);
    }
    settings.endGroup();
    const QByteArray header = settings.value(QStringLiteral("treeHeader")).toByteArray();
    if (!header.isEmpty())
        m_tree->header()->restoreState(header);
    const int sortColumn = settings.value(QStringLiteral("treeSortColumn"), -1).toInt();
    setTreeSort(sortColumn >= 0 && sortColumn < PageTreeModel::ColumnCount ? sortColumn : -1,
        settings.value(QStringLiteral("treeSortDescending")).toBool() ? Qt::DescendingOrder : Qt::AscendingOrder);
    restoreTabs(settings.value(QStringLiteral("tabs")).toStringList(), settings.value(QStringLiteral("currentTab")).toInt());
    // The content language the user worked in, unless a page was asked for in another one.
    const QString language = settings.value(QStringLiteral("language")).toString();
    if (!language.isEmpty() && m_selectedNode <= 0 && m_model->index() && m_model->index()->config.languages().contains(language))
        setLanguage(language);
}

} // namespace GravDesk
