// A site without config/ (a Git Sync clone holds only pages/): File ▸ Import Site Settings… keeps a copy of its
// system.yaml and site.yaml in the state folder (core SiteProfile), and the status bar says when the site's
// languages were found from the page files instead.

#include "dialogs/prompter.h"
#include "mainwindow.h"
#include "site/pageindex.h"
#include "site/siteprofile.h"

#include <QAction>
#include <QDir>
#include <QLabel>
#include <QMenu>
#include <QStatusBar>

#include <utility>

namespace GravDesk {

void MainWindow::buildSiteProfileActions(QMenu *file)
{
    auto *import = new QAction(tr("&Import Site Settings…"), this);
    import->setObjectName(QStringLiteral("importSiteSettingsAction"));
    import->setToolTip(tr("Use a copy of the site's system.yaml and site.yaml where the site has no config/ folder "
                          "(a Git Sync clone)"));
    connect(import, &QAction::triggered, this, &MainWindow::importSiteSettings);
    file->insertAction(m_saveAction, import);
    file->insertSeparator(m_saveAction);

    m_profileLabel = new QLabel(this);
    m_profileLabel->setObjectName(QStringLiteral("siteProfileLabel"));
    m_profileLabel->setTextFormat(Qt::RichText);
    m_profileLabel->setVisible(false);
    connect(m_profileLabel, &QLabel::linkActivated, this, [this] { importSiteSettings(); });
    statusBar()->addPermanentWidget(m_profileLabel);
}

void MainWindow::showSiteProfileNote(const PageIndex &index)
{
    const SiteConfig &config = index.config;
    // After an import, a window still in the language it had only found as the default takes the site's own default
    // (the language remembered for the site would otherwise keep it).
    const QString before = std::exchange(m_languageBeforeImport, QString());
    if (!before.isEmpty() && m_language == before && config.languages().contains(config.defaultLanguage()))
        setLanguage(config.defaultLanguage());
    if (!config.languagesInferred()) {
        m_profileLabel->setVisible(false);
        m_profileLabel->clear();
        return;
    }
    // The sentence once, as the site opens; then a short reminder that stays while it holds, its link opening
    // File ▸ Import Site Settings… (the status bar also carries the page's counters).
    const QString note = SiteProfile::inferredLanguagesNote(config.languages());
    statusBar()->showMessage(note, 20000);
    m_profileLabel->setText(tr("Languages %1 found · <a href=\"import\">Import Site Settings…</a>")
                                .arg(config.languages().join(QStringLiteral(", ")).toHtmlEscaped()));
    m_profileLabel->setToolTip(note);
    m_profileLabel->setVisible(true);
}

void MainWindow::importSiteSettings()
{
    const auto index = pageIndex();
    if (!index || isScanning()) {
        m_prompter->showError(this, tr("Import Site Settings"), tr("Open a site first, then import its settings."));
        return;
    }
    const QStringList files = m_prompter->chooseOpenFiles(
        this, tr("Import system.yaml and site.yaml"), tr("Grav settings (system.yaml site.yaml *.yaml *.yml);;All files (*)"));
    if (files.isEmpty())
        return;
    const SiteProfile::ImportResult result = SiteProfile::importFiles(index->layout, files);
    if (!result.ok) {
        m_prompter->showError(this, tr("Import Site Settings"), result.error);
        return;
    }
    QString message = tr("Imported %1 for this site.").arg(result.imported.join(QStringLiteral(", ")));
    for (const QString &note : result.notes)
        message += QLatin1Char(' ') + note;
    // The settings change languages, routes and dates: the site is read again with them.
    if (index->config.languagesInferred())
        m_languageBeforeImport = index->config.defaultLanguage();
    if (openSite(m_sitePath))
        statusBar()->showMessage(message, 20000);
}

} // namespace GravDesk
