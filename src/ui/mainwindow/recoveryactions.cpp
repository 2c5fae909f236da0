// The main window's crash recovery: every open page's unsaved edits go to the site's recovery journal
// (RecoveryController); after the site is scanned, edits a crash left there are offered in the "Recover
// Unsaved Changes" dialog and restored into their editors as unsaved changes when their pages open.

#include "dialogs/prompter.h"
#include "mainwindow.h"
#include "page/pagedocument.h"
#include "pagetree/pagetreemodel.h"
#include "recovery/recoverycontroller.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QLabel>
#include <QPlainTextEdit>
#include <QStatusBar>
#include <QTimer>

namespace GravDesk {
namespace {

const QString kMainSlot = QStringLiteral("main");
// Above this a page file is refused anyway; do not read it just to compare.
const qint64 kMaxCompareBytes = 16 * 1024 * 1024;

/// Why the file under @p e is not the one the edits were made on ("" when it is).
QString diskNote(const RecoveryEntry &e)
{
    const QFileInfo info(e.pagePath);
    if (!info.exists())
        return MainWindow::tr("The file was deleted since; Save creates it again.");
    if (e.loadedHash.isEmpty())
        return MainWindow::tr("The file was created since.");
    QFile file(e.pagePath);
    if (!info.isFile() || info.size() > kMaxCompareBytes || !file.open(QIODevice::ReadOnly))
        return MainWindow::tr("The file cannot be compared with the edits.");
    if (RecoveryJournal::hashOf(file.readAll()) != e.loadedHash)
        return MainWindow::tr("The file changed on disk since.");
    return {};
}

} // namespace

void MainWindow::buildRecovery()
{
    m_recovery = new RecoveryController(this);
    m_recoveredLabel = new QLabel(this);
    m_recoveredLabel->setObjectName(QStringLiteral("recoveredLabel"));
    m_recoveredLabel->setVisible(false);
    m_recoveredLabel->setTextFormat(Qt::RichText);
    statusBar()->addPermanentWidget(m_recoveredLabel);
    connect(m_recoveredLabel, &QLabel::linkActivated, this, [this] {
        // "Open": the next page holding recovered text.
        const QVector<RecoveryEntry> &waiting = m_recovery->recovered();
        if (!waiting.isEmpty())
            openRecoveredPage(waiting.first());
    });
    connect(m_recovery, &RecoveryController::recoveredChanged, this, &MainWindow::updateRecoveredStatus);
    connect(this, &MainWindow::siteLoaded, this, [this] {
        const auto index = m_model->index();
        if (!index)
            return;
        // By the user/ folder: the same site opened from its Grav root or its user/ folder shares a journal.
        m_recovery->setSite(index->layout.userDir);
        // After the handlers of this signal (a page given on the command line is being opened).
        QTimer::singleShot(0, this, &MainWindow::offerRecovery);
    });
}

RecoveryController *MainWindow::recovery() const
{
    return m_recovery;
}

void MainWindow::prepareDocument(PageDocument *doc)
{
    m_recovery->track(doc, kMainSlot);
    if (const auto restored = m_recovery->applyRecovered(doc)) {
        m_statusLabel->setText(tr("Restored the unsaved text of %1; it is not saved yet").arg(QFileInfo(doc->path()).fileName()));
        // The keyboard goes back to the restored text (after the dialog it was left on the tree).
        QTimer::singleShot(0, m_editor, [this] {
            activateWindow();
            m_editor->setFocus(Qt::OtherFocusReason);
        });
    }
}

void MainWindow::offerRecovery()
{
    RecoveryJournal *journal = m_recovery->journal();
    const auto index = m_model->index();
    if (!journal || !index || m_recoveryOffered == m_recovery->siteUserDir())
        return;
    m_recoveryOffered = m_recovery->siteUserDir(); // once per site and run
    const RecoveryListing listing = journal->list();
    if (!listing.problems.isEmpty())
        m_statusLabel->setText(listing.problems.join(QLatin1Char(' ')));
    if (listing.entries.isEmpty())
        return;
    QVector<Prompter::RecoveryItem> items;
    const QDir site(m_sitePath);
    for (const RecoveryEntry &e : listing.entries) {
        Prompter::RecoveryItem item;
        item.title = e.title;
        item.file = QDir::toNativeSeparators(site.relativeFilePath(e.pagePath));
        item.time = e.time;
        item.note = diskNote(e);
        items << item;
    }
    switch (m_prompter->askRecover(this, items)) {
    case Prompter::RecoveryChoice::Later: return;
    case Prompter::RecoveryChoice::Discard: m_recovery->discard(listing.entries); return;
    case Prompter::RecoveryChoice::Restore: break;
    }
    m_recovery->setRecovered(listing.entries);
    // The page open now (or being opened: one given on the command line) takes its text when it opens;
    // with none, the newest recovered page is opened.
    if (m_doc && !m_doc->isModified()) {
        for (const RecoveryEntry &e : listing.entries) {
            if (QDir::cleanPath(e.pagePath) == QDir::cleanPath(m_doc->path()) && e.language == m_doc->language()) {
                openVariant(m_docNode, m_doc->language());
                return;
            }
        }
    } else if (!m_doc && m_selectedNode <= 0) {
        openRecoveredPage(listing.entries.first());
    }
}

void MainWindow::openRecoveredPage(const RecoveryEntry &entry)
{
    const auto index = m_model->index();
    if (!index)
        return;
    const QString folder = QFileInfo(entry.pagePath).absolutePath();
    QString rel = QDir(index->layout.pagesDir).relativeFilePath(folder);
    if (rel == QLatin1String("."))
        rel.clear();
    if (!selectPage(rel, entry.language))
        m_statusLabel->setText(tr("The page of %1 is not in the site any more").arg(QDir::toNativeSeparators(entry.pagePath)));
}

void MainWindow::updateRecoveredStatus()
{
    const QVector<RecoveryEntry> &waiting = m_recovery->recovered();
    m_recoveredLabel->setVisible(!waiting.isEmpty());
    if (waiting.isEmpty())
        return;
    QStringList lines;
    const QDir site(m_sitePath);
    for (const RecoveryEntry &e : waiting)
        lines << (e.title.isEmpty() ? QString() : e.title + QStringLiteral(" — "))
                + QDir::toNativeSeparators(site.relativeFilePath(e.pagePath));
    m_recoveredLabel->setText(tr("Recovered text waiting in %n page(s): <a href=\"open\">open</a>", nullptr, waiting.size()));
    m_recoveredLabel->setToolTip(tr("These pages hold recovered text that is put into the editor when you open them:\n%1")
                                     .arg(lines.join(QLatin1Char('\n'))));
}

} // namespace GravDesk
