// Find and Replace in the whole site (Edit ▸ Find in Site…, Ctrl+Shift+F): the dock searches the texts the
// window keeps in memory; Replace writes the ticked matches of every page file in ONE transaction, after checking
// that each file still holds the bytes the search saw; Edit ▸ Undo Replace in Site puts every file back in one
// transaction until the next save. A page open with unsaved edits is left out of a replace with a note: the
// user's text is never overwritten. Open pages without edits follow the disk (diskchanges.cpp reloads them).

#include "dialogs/prompter.h"
#include "editor/pageeditor.h"
#include "form/pageformwidget.h"
#include "io/safefile.h"
#include "io/siteworkspace.h"
#include "mainwindow.h"
#include "page/documentmanager.h"
#include "page/envelope.h"
#include "page/frontmatterdocument.h"
#include "page/pagedocument.h"
#include "search/findinsitedock.h"
#include "search/sitesearchservice.h"
#include "site/sitereplace.h"

#include <QAction>
#include <QDir>
#include <QFileInfo>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QPlainTextEdit>
#include <QStatusBar>
#include <QTextBlock>

#include <algorithm>

namespace GravDesk {

void MainWindow::buildSiteReplace(QMenu *edit)
{
    m_findInSite = new FindInSiteDock(m_siteSearch, this);
    m_findInSite->hide();
    addDockWidget(Qt::BottomDockWidgetArea, m_findInSite);
    connect(m_findInSite, &FindInSiteDock::replaceRequested, this, &MainWindow::replaceInSite);
    connect(m_findInSite, &FindInSiteDock::openRequested, this, &MainWindow::openSearchMatch);

    QAction *find = edit->addAction(tr("Find in &Site…"), this, [this] { m_findInSite->openFind(); });
    find->setObjectName(QStringLiteral("findInSiteAction"));
    find->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_F));
    find->setShortcutContext(Qt::ApplicationShortcut);
    m_undoReplaceAction = edit->addAction(tr("Undo Replace in Site"), this, &MainWindow::undoReplaceInSite);
    m_undoReplaceAction->setObjectName(QStringLiteral("undoReplaceInSiteAction"));
    m_undoReplaceAction->setEnabled(false);
    // One undo until the next save of any page.
    connect(this, &MainWindow::documentSaved, this, [this](bool ok) {
        if (ok)
            dropReplaceUndo();
    });
}

void MainWindow::dropReplaceUndo()
{
    m_lastReplace = ReplaceRecord();
    m_undoReplaceAction->setEnabled(false);
    m_undoReplaceAction->setToolTip(QString());
}

QStringList MainWindow::pathsWithUnsavedEdits() const
{
    QStringList out;
    if (m_doc && m_doc->isModified())
        out.append(QDir::cleanPath(m_doc->path()));
    for (const OpenTab &t : std::as_const(m_tabs))
        if (t.doc && t.doc->isModified() && !out.contains(QDir::cleanPath(t.doc->path())))
            out.append(QDir::cleanPath(t.doc->path()));
    return out;
}

bool MainWindow::replaceInSite()
{
    const QString title = tr("Replace in Site");
    const auto index = m_siteSearch->pageIndex();
    const auto workspace = m_docs->workspace();
    const SearchPattern &pattern = m_findInSite->pattern();
    if (!index || !workspace || !pattern.isValid())
        return false;
    ReplaceTemplate replacement;
    QString error;
    if (!replacement.set(m_findInSite->replacementText(), pattern, &error)) {
        m_prompter->showError(this, title, error);
        return false;
    }
    const QMap<QString, QVector<SearchMatch>> ticked = m_findInSite->tickedMatches();
    if (ticked.isEmpty()) {
        m_prompter->showError(this, title, tr("No match is ticked."));
        return false;
    }
    const QString pagesDir = QDir::cleanPath(index->layout.pagesDir);
    const QStringList unsaved = pathsWithUnsavedEdits();
    struct Change
    {
        QString rel;
        QString path;
        QByteArray before;
        QByteArray after;
        int count = 0;
        QVector<QPair<qsizetype, qsizetype>> shifts; ///< (offset, length change) of each replaced span
    };
    QList<Change> changes;
    QStringList skipped;
    QStringList stale;
    int total = 0;
    for (auto it = ticked.cbegin(); it != ticked.cend(); ++it) {
        const QString &rel = it.key();
        const QString path = pagesDir + QLatin1Char('/') + rel;
        if (unsaved.contains(path)) {
            skipped << tr("%1: left as it is, because it is open with unsaved edits. Save the page and replace again.").arg(rel);
            continue;
        }
        // What is on disk now must be what the search saw: else the results are stale.
        const SearchText *seen = m_findInSite->resultsIndex().text(rel);
        const FileRead disk = readRegularFile(path);
        if (!seen || !disk.ok || disk.bytes != seen->bytes) {
            stale << rel;
            continue;
        }
        FileReplacement r = replaceMatches(disk.bytes, pattern, replacement, it.value());
        if (r.stale) {
            stale << rel;
            continue;
        }
        if (!r.ok) {
            skipped << tr("%1: left as it is. %2").arg(rel, r.error);
            continue;
        }
        if (r.after == disk.bytes)
            continue;
        QVector<QPair<qsizetype, qsizetype>> shifts;
        for (const FileReplacement::Span &span : std::as_const(r.spans))
            shifts.append({span.start, span.newLength - span.oldLength});
        changes.append({rel, path, disk.bytes, r.after, r.replaced, shifts});
        total += r.replaced;
    }
    if (!stale.isEmpty()) {
        m_findInSite->runSearch();
        m_prompter->showError(this, title,
            tr("These pages changed since the search, so nothing was replaced:\n%1\n\nThe results have been searched "
               "again; check them and replace again.")
                .arg(stale.join(QLatin1Char('\n'))));
        return false;
    }
    if (changes.isEmpty()) {
        m_prompter->showError(this, title, tr("Nothing can be replaced:\n%1").arg(skipped.join(QLatin1Char('\n'))));
        return false;
    }
    const QString with = m_findInSite->replacementText();
    Prompter::PlanQuestion question;
    question.title = title;
    question.intro = tr("Replace %1 with “%2”? Edit ▸ Undo Replace in Site takes it back until the next save.")
                         .arg(tr("%n match(es)", nullptr, total), with);
    question.acceptText = tr("Replace");
    question.plan = [&changes, &skipped](bool) {
        Prompter::PlanView view;
        for (const Change &c : changes)
            view.lines << tr("%1: %n match(es)", nullptr, c.count).arg(c.rel);
        view.warnings = skipped;
        return view;
    };
    bool links = false;
    if (!m_prompter->confirmPlan(this, question, links))
        return false;

    const QString label = tr("Replace “%1” with “%2” in %n page(s)", nullptr, int(changes.size())).arg(pattern.text(), with);
    auto transaction = workspace->begin(label);
    for (const Change &c : std::as_const(changes)) {
        WriteOptions options;
        options.expectedCurrent = c.before;
        const Envelope env = splitEnvelope(c.after);
        options.shownHasHeader = env.hasHeader;
        options.shownHeader = headerBytes(env);
        transaction->put(c.path, c.after, options);
    }
    m_applyingPageOperation = true; // the open pages follow below, not as someone else's change
    const IoResult result = transaction->commit();
    m_applyingPageOperation = false;
    if (!result.ok) {
        m_prompter->showError(this, title, tr("%1\n\nNothing was changed.").arg(result.error));
        Q_EMIT siteReplaceFinished(false);
        return false;
    }
    QStringList written;
    for (const Change &c : std::as_const(changes))
        written << c.path;
    followRewrittenFiles(written);
    m_lastReplace = ReplaceRecord();
    m_lastReplace.label = label;
    for (const Change &c : std::as_const(changes)) {
        m_findInSite->followReplace(c.rel, c.shifts);
        m_lastReplace.paths << c.path;
        m_lastReplace.before << c.before;
        m_lastReplace.after << c.after;
    }
    m_undoReplaceAction->setEnabled(true);
    m_undoReplaceAction->setToolTip(label);
    const QString done
        = tr("Replaced %1 in %2.").arg(tr("%n match(es)", nullptr, total), tr("%n page(s)", nullptr, int(changes.size())));
    m_statusLabel->setText(done);
    m_findInSite->setNote(skipped.isEmpty() ? done : done + QLatin1Char(' ') + skipped.join(QLatin1Char(' ')));
    Q_EMIT siteReplaceFinished(true);
    return true;
}

bool MainWindow::undoReplaceInSite()
{
    const QString title = tr("Undo Replace in Site");
    const auto workspace = m_docs->workspace();
    if (!workspace || m_lastReplace.paths.isEmpty())
        return false;
    // A page open with unsaved edits (made after the replace) keeps them: nothing is undone.
    const QStringList unsaved = pathsWithUnsavedEdits();
    for (const QString &p : std::as_const(m_lastReplace.paths)) {
        if (unsaved.contains(QDir::cleanPath(p))) {
            m_prompter->showError(this, title,
                tr("%1 has unsaved edits. Save the page (or undo your edits) first; nothing was undone.")
                    .arg(QDir::toNativeSeparators(p)));
            return false;
        }
    }
    auto transaction = workspace->begin(title);
    for (int i = 0; i < m_lastReplace.paths.size(); ++i) {
        WriteOptions options;
        options.expectedCurrent = m_lastReplace.after[i];
        const Envelope env = splitEnvelope(m_lastReplace.before[i]);
        options.shownHasHeader = env.hasHeader;
        options.shownHeader = headerBytes(env);
        transaction->put(m_lastReplace.paths[i], m_lastReplace.before[i], options);
    }
    m_applyingPageOperation = true;
    const IoResult result = transaction->commit();
    m_applyingPageOperation = false;
    if (!result.ok) {
        m_prompter->showError(this, title,
            result.kind == IoResult::Error::ChangedOnDisk
                ? tr("%1\n\nA page changed after the replace, so nothing was undone.").arg(result.error)
                : tr("%1\n\nNothing was undone.").arg(result.error));
        Q_EMIT siteReplaceFinished(false);
        return false;
    }
    followRewrittenFiles(m_lastReplace.paths);
    const QString done = tr("Undone: %1").arg(m_lastReplace.label);
    dropReplaceUndo();
    m_statusLabel->setText(done);
    m_findInSite->setNote(done);
    Q_EMIT siteReplaceFinished(true);
    return true;
}

void MainWindow::followRewrittenFiles(const QStringList &paths)
{
    const auto rewritten = [&paths](const PageDocument *doc) { return doc && paths.contains(QDir::cleanPath(doc->path())); };
    // Tabs in the background without edits: read again when shown (those with edits were left out).
    for (OpenTab &t : m_tabs) {
        if (t.doc && t.doc.data() != m_doc && !t.doc->isModified() && rewritten(t.doc.data())) {
            delete t.doc.data();
            t.doc = nullptr;
        }
    }
    if (m_doc && !m_doc->isModified() && rewritten(m_doc)) {
        reloadFromDisk();
        statusBar()->showMessage(
            tr("%1 has been reloaded with the replaced text.").arg(QFileInfo(m_doc->path()).fileName()), 10000);
    }
}

void MainWindow::openSearchMatch(const SearchMatch &match)
{
    const auto index = m_siteSearch->pageIndex();
    if (!index)
        return;
    const QString file
        = QDir::cleanPath(index->layout.pagesDir + QLatin1Char('/') + match.folder + QLatin1Char('/') + match.file);
    const auto goTo = [this, match, file] {
        if (!m_doc || QDir::cleanPath(m_doc->path()) != file)
            return;
        if (match.field == SearchField::Title || match.field == SearchField::Slug) {
            const QString name
                = match.field == SearchField::Title ? QStringLiteral("titleLineEdit") : QStringLiteral("slugLineEdit");
            if (auto *edit = m_form->findChild<QLineEdit *>(name)) {
                const QString hit = match.lineText.mid(match.column - 1, match.length);
                const qsizetype at = edit->text().indexOf(hit, 0, Qt::CaseInsensitive);
                edit->setFocus(Qt::OtherFocusReason);
                if (at >= 0)
                    edit->setSelection(int(at), int(hit.size()));
            }
            return;
        }
        // The editor shows the body: its first line is the file's line after the header's bytes.
        const QByteArray prefix = m_doc->envelope().raw.left(m_doc->envelope().bodyOffset);
        const int headerLines = int(prefix.count('\n') + prefix.count('\r') - prefix.count("\r\n"));
        const QTextBlock block = m_editor->document()->findBlockByNumber(match.line - 1 - headerLines);
        if (!block.isValid())
            return;
        QTextCursor cursor(block);
        const int start = std::clamp(match.column - 1, 0, block.length() - 1);
        cursor.setPosition(block.position() + start);
        cursor.setPosition(block.position() + std::min(start + match.length, block.length() - 1), QTextCursor::KeepAnchor);
        m_editor->setTextCursor(cursor);
        m_editor->centerCursor();
        m_editor->setFocus(Qt::OtherFocusReason);
    };
    if (m_doc && QDir::cleanPath(m_doc->path()) == file) {
        goTo();
        return;
    }
    selectPage(match.folder, match.language);
    if (m_doc && QDir::cleanPath(m_doc->path()) == file)
        goTo();
    else
        connect(this, &MainWindow::documentOpened, this, goTo, Qt::SingleShotConnection);
}

} // namespace GravDesk
