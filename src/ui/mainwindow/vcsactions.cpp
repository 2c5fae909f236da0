// The main window's side of publishing through the site's git remote: the tree's badges and the status bar
// from VcsController (fetched on focus, after a publish and every minute, on its worker), Page ▸ Publish,
// File ▸ Update from Server with the decision view, Page ▸ History with "Restore This Version as a Draft",
// File ▸ Clone Site, and git's password prompts through the window's own dialog.

#include "dialogs/prompter.h"
#include "editor/pageeditor.h"
#include "io/clock.h"
#include "io/safefile.h"
#include "mainwindow.h"
#include "page/documentmanager.h"
#include "page/envelope.h"
#include "page/pagedocument.h"
#include "pagetree/pagetreemodel.h"
#include "site/liveindex.h"
#include "vcs/askpass.h"
#include "vcs/clonedialog.h"
#include "vcs/decisiondialog.h"
#include "vcs/historydialog.h"
#include "vcs/vcscontroller.h"

#include <QAction>
#include <QApplication>
#include <QDir>
#include <QFileInfo>
#include <QLabel>
#include <QLocale>
#include <QMenu>
#include <QPlainTextEdit>
#include <QStatusBar>
#include <QStyle>
#include <QTimer>
#include <QToolBar>
#include <QUndoStack>

#include <utility>

namespace GravDesk {
namespace {

constexpr int kFetchEveryMs = 60'000;
// Focus changes come in bursts (dialogs, menus): a fetch on focus at most this often.
constexpr qint64 kFocusFetchGapSecs = 15;
// How long the outcome of a publish or an update stays in the status bar: over the site summary, which the update's
// own writes refresh at once.
constexpr int kNoticeMs = 30'000;

void notice(QMainWindow *window, const QString &text)
{
    window->statusBar()->showMessage(text, kNoticeMs);
}

QString relativeTime(const QDateTime &when)
{
    const qint64 secs = when.secsTo(Clock::nowUtc());
    if (secs < 90)
        return MainWindow::tr("just now");
    if (secs < 90 * 60)
        return MainWindow::tr("%n min ago", nullptr, int(secs / 60));
    if (secs < 36 * 3600)
        return MainWindow::tr("%n h ago", nullptr, int(secs / 3600));
    return QLocale().toString(when.toLocalTime(), QLocale::ShortFormat);
}

} // namespace

VcsController *MainWindow::vcs() const
{
    return m_vcs;
}

void MainWindow::buildVcsActions(QMenu *file, QMenu *page, QToolBar *bar)
{
    m_vcs = new VcsController(this);
    m_vcsLabel = new QLabel(this);
    m_vcsLabel->setObjectName(QStringLiteral("vcsStatusLabel"));
    m_vcsLabel->setVisible(false);
    statusBar()->addPermanentWidget(m_vcsLabel);

    QAction *clone = new QAction(tr("&Clone Site…"), this);
    clone->setObjectName(QStringLiteral("cloneSiteAction"));
    connect(clone, &QAction::triggered, this, &MainWindow::cloneSite);
    m_updateAction = new QAction(tr("&Update from Server"), this);
    m_updateAction->setObjectName(QStringLiteral("updateFromServerAction"));
    m_updateAction->setToolTip(
        tr("Take what changed on the server; edits made on both sides in the same place are yours to decide"));
    m_updateAction->setIcon(style()->standardIcon(QStyle::SP_BrowserReload));
    m_updateAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_U));
    connect(m_updateAction, &QAction::triggered, this, &MainWindow::updateFromServer);
    file->insertAction(m_saveAction, clone);
    file->insertAction(m_saveAction, m_updateAction);
    file->insertSeparator(m_saveAction);

    page->addSeparator();
    m_publishAction = page->addAction(tr("&Publish"), this, &MainWindow::publishPage);
    m_publishAction->setObjectName(QStringLiteral("publishAction"));
    m_publishAction->setToolTip(tr("Send this page (its language files and media) to the server as one change"));
    m_publishAction->setIcon(style()->standardIcon(QStyle::SP_ArrowUp));
    m_publishAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_P));
    m_historyAction = page->addAction(tr("&History…"), this, &MainWindow::showPageHistory);
    m_historyAction->setObjectName(QStringLiteral("historyAction"));
    bar->addSeparator();
    bar->addAction(m_updateAction);
    bar->addAction(m_publishAction);

    connect(m_vcs, &VcsController::statusChanged, this, &MainWindow::onVcsStatus);
    connect(m_vcs, &VcsController::busyChanged, this, &MainWindow::onVcsStatus);
    connect(m_vcs, &VcsController::updateFinished, this, &MainWindow::onUpdateFinished);
    connect(m_vcs, &VcsController::heldVersionsReady, this, &MainWindow::onHeldVersions);
    connect(m_vcs, &VcsController::publishFinished, this, &MainWindow::onPublishFinished);
    connect(m_vcs, &VcsController::queuedPublished, this, [this](const QStringList &folders) {
        notice(this, tr("Published %n page(s) that were waiting for the server.", nullptr, int(folders.size())));
    });
    connect(this, &MainWindow::siteLoaded, this, [this] {
        const auto index = m_model->index();
        if (!index)
            return;
        m_vcs->setAskPass(AskPassServer::instance()->program());
        m_vcs->setSite(index->layout, m_docs->workspace());
    });
    // Our own saves and others' changes: the badges follow (no network; the status of the working tree).
    auto *local = new QTimer(this);
    local->setSingleShot(true);
    local->setInterval(400);
    connect(local, &QTimer::timeout, this, [this] {
        if (m_vcs->isActive())
            m_vcs->refresh(false);
    });
    connect(this, &MainWindow::siteRefreshed, local, qOverload<>(&QTimer::start));

    m_fetchTimer = new QTimer(this);
    m_fetchTimer->setInterval(kFetchEveryMs);
    connect(m_fetchTimer, &QTimer::timeout, this, [this] {
        if (m_vcs->isActive() && !m_vcs->isBusy())
            m_vcs->refresh(true);
    });
    m_fetchTimer->start();
    connect(qApp, &QGuiApplication::applicationStateChanged, this, [this](Qt::ApplicationState state) {
        if (state != Qt::ApplicationActive || !isActiveWindow() || !m_vcs->isActive() || m_vcs->isBusy())
            return;
        if (m_lastFocusFetch.isValid() && m_lastFocusFetch.secsTo(Clock::nowUtc()) < kFocusFetchGapSecs)
            return;
        m_lastFocusFetch = Clock::nowUtc();
        m_vcs->refresh(true);
    });

    // git's password prompts: asked in jobs the user started, refused at once in background fetches.
    QPointer<MainWindow> self(this);
    AskPassServer::instance()->addAnswerer(this,
        {[self] { return self && (self->m_vcs->promptsAllowed() || (self->m_cloneDialog && self->m_cloneDialog->isCloning())); },
            [self](
                const QString &prompt, QString *answer) { return self && self->m_prompter->askPassword(self, prompt, answer); },
            [self] {
                if (self)
                    self->m_vcs->noteSignInRefused();
            }});
    onVcsStatus();
}

void MainWindow::onVcsStatus()
{
    const bool active = m_vcs->isActive();
    const bool busy = m_vcs->isBusy();
    m_publishAction->setEnabled(active && m_doc != nullptr && !busy);
    m_historyAction->setEnabled(active && m_doc != nullptr);
    m_updateAction->setEnabled(active && !busy);
    m_model->setGitStates(active ? m_vcs->pageStates() : QHash<QString, PageGitState>());
    m_model->setQueuedPages(active ? m_vcs->queuedPages() : QSet<QString>());
    const VcsController::SiteState state = m_vcs->state();
    m_vcsLabel->setVisible(state != VcsController::SiteState::None);
    if (state == VcsController::SiteState::None)
        return;
    const RepoStatus &s = m_vcs->status();
    QStringList parts;
    parts << VcsController::stateText(state);
    if (active && s.ok)
        parts << tr("↑%1 ↓%2").arg(s.ahead).arg(s.behind);
    if (s.lastServerSync.isValid())
        parts << tr("server synced %1").arg(relativeTime(s.lastServerSync));
    if (active && s.ok && s.serverMayBeStuck)
        parts << tr("server may be stuck");
    if (active && s.ok && !s.nameWarnings.isEmpty())
        parts << tr("%n name(s) Windows cannot check out", nullptr, int(s.nameWarnings.size()));
    if (!m_vcs->queued().isEmpty())
        parts << tr("%n page(s) queued", nullptr, int(m_vcs->queued().size()));
    if (busy)
        parts << tr("working…");
    m_vcsLabel->setText(parts.join(QStringLiteral(" · ")));
    QStringList tip;
    tip << tr("Publishing through git: %1").arg(VcsController::stateText(state));
    if (active && s.ok)
        tip << tr("%1 commit(s) here the server does not have, %2 on the server not here yet.").arg(s.ahead).arg(s.behind);
    if (m_vcs->lastFetch().isValid())
        tip << tr("Last checked with the server: %1.").arg(relativeTime(m_vcs->lastFetch()));
    if (!m_vcs->problem().isEmpty())
        tip << m_vcs->problem();
    if (state == VcsController::SiteState::SignInNeeded)
        tip << tr("Use File ▸ Update from Server to sign in.");
    if (active && s.ok && s.serverMayBeStuck)
        tip << serverStuckText(s);
    if (active && s.ok && !s.nameWarnings.isEmpty()) {
        tip << tr("Names from the server that Windows cannot check out (rename them on the server):");
        for (const PathWarning &w : s.nameWarnings)
            tip << QStringLiteral("  ") + pathWarningText(w);
    }
    m_vcsLabel->setToolTip(tip.join(QLatin1Char('\n')));
}

void MainWindow::publishPage()
{
    if (!m_vcs->isActive() || !m_doc)
        return;
    const QString folder = QFileInfo(m_doc->path()).absolutePath();
    const auto index = m_model->index();
    const QString name = QDir(index ? index->layout.pagesDir : m_sitePath).relativeFilePath(folder);
    // The page is published as it is on disk: unsaved edits are saved (or dropped) first.
    whenCurrentSettled([this, folder, name] {
        statusBar()->clearMessage();
        m_statusLabel->setText(tr("Publishing %1…").arg(name));
        m_vcs->publish(folder);
    });
}

void MainWindow::onPublishFinished(const QString &pageFolder, const PublishOutcome &o)
{
    const QString name = QFileInfo(pageFolder).fileName();
    switch (o.result) {
    case PublishOutcome::Result::Published:
        notice(this, tr("Published “%1”. The site shows it when the server syncs.").arg(o.message));
        if (!o.warnings.isEmpty())
            m_prompter->showError(this, tr("Publish"), o.warnings.join(QLatin1Char('\n')));
        break;
    case PublishOutcome::Result::NothingToPublish:
        notice(this, tr("Nothing to publish: %1 is the same as on the server.").arg(name));
        break;
    case PublishOutcome::Result::Queued:
        notice(this, tr("The server cannot be reached: “%1” waits and is published when it answers again.").arg(o.message));
        break;
    case PublishOutcome::Result::NeedsDecision:
        notice(this, tr("Before %1 can be published, decide how to combine your edits with the server's.").arg(name));
        showDecisions(o.sync.decisions);
        break;
    case PublishOutcome::Result::Failed:
        m_prompter->showError(this, tr("Publish"), tr("%1 was not published:\n\n%2").arg(name, o.error));
        break;
    }
}

void MainWindow::updateFromServer()
{
    if (!m_vcs->isActive() || m_heldCheck)
        return;
    statusBar()->clearMessage();
    m_statusLabel->setText(tr("Updating from the server…"));
    m_heldFile.clear();
    if (m_doc && m_doc->isModified() && m_doc->isEditable() && !m_vcs->repoRelative(m_doc->path()).isEmpty()) {
        // The open page's unsaved text is this desktop's side of its merge, not the file on disk: the server's
        // changes are merged into the editor first (asking where both sides changed the same place), before the
        // update writes anything.
        m_heldCheck = true;
        m_vcs->loadHeldVersions({m_doc->path()});
        return;
    }
    m_vcs->update();
}

void MainWindow::onHeldVersions(const QList<HeldVersion> &changed, const QString &error)
{
    if (!m_heldCheck)
        return;
    m_heldCheck = false;
    if (!error.isEmpty() || changed.isEmpty() || !m_doc || changed.first().file != m_doc->path()) {
        // Offline and the like are said by the update itself.
        m_vcs->update();
        return;
    }
    const HeldVersion &held = changed.first();
    const QByteArray mine = m_doc->composedBytes();
    const bool isPage = held.path.endsWith(QLatin1String(".md"));
    PageMergeResult merge = mergePage(held.base, mine, held.theirs, isPage);
    QList<MergeChoice> choices;
    if (!merge.error.isEmpty()) {
        m_prompter->showError(this, tr("Update from Server"), tr("Nothing was updated:\n\n%1").arg(merge.error));
        return;
    }
    if (!merge.conflicts.isEmpty()) {
        // Nothing is written while the user decides: the file and the editor's text stay as they are.
        DecisionDialog dialog(
            {FileDecision {held.path, FileDecision::Reason::BothEdited, merge.conflicts}}, m_vcs->topDir(), this);
        if (m_prompter->runDialog(&dialog) != QDialog::Accepted) {
            notice(this, tr("Nothing was updated; your pages are as they were."));
            return;
        }
        if (!m_doc || m_doc->path() != held.file || m_doc->composedBytes() != mine) {
            notice(this, tr("The page changed while you decided; nothing was updated. Update again."));
            return;
        }
        choices = dialog.decisions().value(0).choices;
        QList<MergeConflict> unanswered;
        merge = mergePage(held.base, mine, held.theirs, isPage, choices, &unanswered);
        if (!merge.error.isEmpty() || !unanswered.isEmpty()) {
            m_prompter->showError(this, tr("Update from Server"),
                tr("Nothing was updated:\n\n%1")
                    .arg(merge.error.isEmpty() ? tr("Not every question was answered.") : merge.error));
            return;
        }
    }
    if (merge.merged != toLf(mine)) {
        // The result becomes edits of the page: one step in its history, unsaved until Save.
        const Envelope env = splitEnvelope(merge.merged);
        QUndoStack *history = pageHistory(m_doc);
        history->beginMacro(tr("Take Changes from the Server"));
        m_pageEditor->editHeader(headerBytes(env), QStringLiteral("server"));
        m_pageEditor->replaceBody(QString::fromUtf8(env.body));
        history->endMacro();
        updateTitle();
    }
    // The update writes the server's version (or a merge with what was saved) under the editor: it becomes the
    // document's base when the update is done, so Save replaces it without asking about a change on disk.
    m_heldFile = held.file;
    QList<SyncDecision> decisions;
    if (!choices.isEmpty())
        decisions.append(SyncDecision {held.path, MergeTake::Nobody, choices});
    m_vcs->update(decisions);
}

void MainWindow::onUpdateFinished(const SyncOutcome &o)
{
    if (!m_heldFile.isEmpty() && o.result != SyncOutcome::Result::NeedsDecision) {
        const QString held = std::exchange(m_heldFile, QString());
        if (m_doc && m_doc->path() == held) {
            const FileRead disk = readRegularFile(held);
            if (disk.ok && disk.bytes != m_doc->envelope().raw)
                m_doc->rebaseOnDisk(disk.bytes);
            if (disk.ok)
                hideDiskBar();
            updateTitle();
        }
    }
    switch (o.result) {
    case SyncOutcome::Result::UpToDate: notice(this, tr("Up to date with the server.")); break;
    case SyncOutcome::Result::Updated: {
        QStringList parts;
        parts << tr("Updated from the server: %n file(s) taken", nullptr, int(o.updated.size()));
        if (!o.merged.isEmpty())
            parts << tr("%n merged with your edits", nullptr, int(o.merged.size()));
        if (!o.removed.isEmpty())
            parts << tr("%n removed", nullptr, int(o.removed.size()));
        QString text = parts.join(QStringLiteral(", ")) + QLatin1Char('.');
        // A page the server moved (renamed its folder) while it had edits here: the edits went with it.
        for (const QString &merged : o.merged) {
            const QString name = QFileInfo(merged).fileName();
            const QString folder = QFileInfo(merged).path();
            for (const QString &removed : o.removed) {
                if (QFileInfo(removed).fileName() == name && QFileInfo(removed).path() != folder) {
                    text += QLatin1Char(' ')
                        + tr("The server moved %1 to %2; your edits went with it.")
                              .arg(QFileInfo(QFileInfo(removed).path()).fileName(), QFileInfo(folder).fileName());
                    break;
                }
            }
        }
        if (!o.nameWarnings.isEmpty()) {
            QStringList pages;
            for (const PathWarning &w : o.nameWarnings) {
                if (!pages.contains(w.page))
                    pages << w.page;
            }
            text += QLatin1Char(' ')
                + tr("Windows cannot check out some names the server sent, in: %1.").arg(pages.join(QStringLiteral(", ")));
        }
        notice(this, text);
        break;
    }
    case SyncOutcome::Result::NeedsDecision: showDecisions(o.decisions); break;
    case SyncOutcome::Result::Offline:
        // A state, not an error: the status bar says so and the update can be tried again.
        notice(this,
            VcsController::classifyFailure(o.error) == VcsController::SiteState::SignInNeeded
                ? tr("The server wants you to sign in; the update was not done.")
                : tr("The server cannot be reached; nothing was updated. Your pages are as they were."));
        break;
    case SyncOutcome::Result::Failed:
        m_prompter->showError(this, tr("Update from Server"), tr("Nothing was updated:\n\n%1").arg(o.error));
        break;
    }
}

void MainWindow::showDecisions(const QList<FileDecision> &decisions)
{
    if (decisions.isEmpty())
        return;
    DecisionDialog dialog(decisions, m_vcs->topDir(), this);
    if (m_prompter->runDialog(&dialog) != QDialog::Accepted) {
        notice(this, tr("Nothing was updated; your pages are as they were."));
        if (!m_heldFile.isEmpty()) {
            m_heldFile.clear();
            checkOpenPageOnDisk();
        }
        return;
    }
    m_statusLabel->setText(tr("Updating from the server with your decisions…"));
    m_vcs->update(dialog.decisions());
}

void MainWindow::showPageHistory()
{
    if (!m_vcs->isActive() || !m_doc)
        return;
    const QString file = m_doc->path();
    const QString folder = QFileInfo(file).absolutePath();
    connect(
        m_vcs, &VcsController::historyReady, this,
        [this, file, folder](const QString &forFolder, const QList<HistoryEntry> &entries) {
            if (forFolder != folder || !m_doc || m_doc->path() != file)
                return;
            HistoryDialog dialog(QFileInfo(folder).fileName() + QLatin1Char('/') + QFileInfo(file).fileName(), entries, this);
            connect(&dialog, &HistoryDialog::versionWanted, this,
                [this, file](const QString &commit) { m_vcs->loadVersion(commit, file); });
            connect(m_vcs, &VcsController::versionReady, &dialog,
                [&dialog](const QString &commit, const QString &, bool found, const QByteArray &bytes) {
                    dialog.showVersion(commit, found, bytes);
                });
            dialog.selectVersion(0);
            if (m_prompter->runDialog(&dialog) != QDialog::Accepted || !dialog.hasVersion())
                return;
            if (!m_doc || m_doc->path() != file) {
                m_statusLabel->setText(tr("The page was closed; nothing was restored."));
                return;
            }
            restoreVersion(dialog.selectedBytes(), dialog.selectedEntry());
        },
        Qt::SingleShotConnection);
    m_vcs->loadHistory(folder);
}

void MainWindow::restoreVersion(const QByteArray &bytes, const HistoryEntry &entry)
{
    if (!m_doc || !m_doc->isEditable())
        return;
    const Envelope env = splitEnvelope(bytes);
    // The old text becomes edits of the page, one step in its history; the file is untouched until Save.
    QUndoStack *history = pageHistory(m_doc);
    history->beginMacro(tr("Restore Version of %1").arg(QLocale().toString(entry.when.toLocalTime(), QLocale::ShortFormat)));
    m_pageEditor->editHeader(headerBytes(env), QStringLiteral("history"));
    m_pageEditor->replaceBody(QString::fromUtf8(env.body));
    history->endMacro();
    updateTitle();
    m_statusLabel->setText(tr("The version of %1 (%2) is in the editor as unsaved edits; save to keep it.")
                               .arg(QLocale().toString(entry.when.toLocalTime(), QLocale::ShortFormat), entry.subject));
}

void MainWindow::cloneSite()
{
    CloneDialog dialog(AskPassServer::instance()->program(), this);
    m_cloneDialog = &dialog;
    const int result = m_prompter->runDialog(&dialog);
    m_cloneDialog = nullptr;
    if (result == QDialog::Accepted)
        openSite(dialog.folder());
}

} // namespace GravDesk
