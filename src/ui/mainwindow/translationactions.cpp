// The main window's Page menu for translating: Translate to ▸ (open or start another language of the
// page; Written First In ▸, the language its translations follow), Side by Side (two languages in one
// window), Translations (missing, outdated and untranslated languages).

#include "common/uitext.h"
#include "dialogs/prompter.h"
#include "io/changestream.h"
#include "io/siteworkspace.h"
#include "mainwindow.h"
#include "page/documentmanager.h"
#include "page/pagedocument.h"
#include "pagetree/pagetreemodel.h"
#include "site/translations.h"
#include "translations/sidebysidewindow.h"
#include "translations/translationsdialog.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QLabel>
#include <QMenu>

namespace GravDesk {

void MainWindow::buildTranslationActions(QMenu *page)
{
    m_translateMenu = page->addMenu(tr("&Translate to"));
    m_translateMenu->setObjectName(QStringLiteral("translateMenu"));
    connect(m_translateMenu, &QMenu::aboutToShow, this, &MainWindow::rebuildTranslateMenu);
    rebuildTranslateMenu();
    QAction *side = page->addAction(tr("&Side by Side…"), this, &MainWindow::openSideBySide);
    side->setObjectName(QStringLiteral("sideBySideAction"));
    side->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_T));
    QAction *list = page->addAction(tr("Tr&anslations…"), this, &MainWindow::showTranslations);
    list->setObjectName(QStringLiteral("translationsAction"));
}

void MainWindow::rebuildTranslateMenu()
{
    m_translateMenu->clear();
    const auto index = m_model->index();
    const PageNode *node = m_model->node(m_docNode);
    if (!index || !node || !m_doc || m_doc->language().isEmpty()) {
        m_translateMenu->addAction(tr("(open a page of a multilingual site)"))->setEnabled(false);
        return;
    }
    const QString relPath = node->relPath;
    const QString source = m_doc->language();
    for (const QString &lang : index->config.languages()) {
        if (lang == source)
            continue;
        QAction *a = nullptr;
        if (node->variant(lang)) {
            a = m_translateMenu->addAction(tr("Open %1").arg(languageName(lang)), this, [this, lang] { setLanguage(lang); });
        } else {
            a = m_translateMenu->addAction(tr("Start %1 from %2").arg(languageName(lang), source), this,
                [this, relPath, source, lang] { createTranslationOf(relPath, source, lang); });
        }
        a->setObjectName(lang + QStringLiteral("TranslateAction"));
    }
    // The language the page was written in first: its translations are tracked against that file. Decided by the
    // oldest file unless the user chose (the choice is kept in the folder's .translations.yaml, shared through git).
    m_translateMenu->addSeparator();
    QMenu *sourceMenu = m_translateMenu->addMenu(tr("Written First In"));
    sourceMenu->setObjectName(QStringLiteral("sourceLanguageMenu"));
    const QString folder = index->absolutePath(m_docNode);
    const QString stem = node->variants.isEmpty() ? QString() : node->variants.first().stem;
    const QString current = pageSourceLanguage(folder, stem, index->config.languages(), TranslationLedger::load(folder));
    for (const QString &lang : index->config.languages()) {
        if (!node->variant(lang))
            continue;
        QAction *a = sourceMenu->addAction(languageName(lang), this, [this, folder, lang] {
            QString error;
            const auto workspace = m_docs->workspace();
            if (!setPageSourceLanguage(folder, lang, &error, workspace.get())) {
                m_prompter->showError(this, tr("Translate"), tr("The source language was not recorded: %1").arg(error));
                return;
            }
            m_changes->notify({QDir(folder).filePath(TranslationLedger::fileName())}, ChangeStream::Origin::Own);
            m_statusLabel->setText(tr("Translations of this page now follow its %1 text").arg(languageName(lang)));
        });
        a->setObjectName(lang + QStringLiteral("SourceLanguageAction"));
        a->setCheckable(true);
        a->setChecked(lang == current);
    }
}

void MainWindow::createTranslationOf(const QString &relPath, const QString &source, const QString &language)
{
    whenCurrentSettled([this, relPath, source, language] {
        const auto index = m_model->index();
        const int n = index ? index->findByRelPath(relPath) : -1;
        const PageVariant *v = n > 0 ? index->nodes[n].variant(source) : nullptr;
        if (!v) {
            m_prompter->showError(this, tr("Translate"), tr("%1 has no %2 file to translate from.").arg(relPath, source));
            return;
        }
        const QDir folder(index->absolutePath(n));
        const QString target = folder.filePath(v->stem + QLatin1Char('.') + language + QStringLiteral(".md"));
        if (QFileInfo::exists(target)) {
            m_prompter->showError(this, tr("Translate"),
                tr("The %1 translation was not created: %2 already exists.").arg(language, QFileInfo(target).fileName()));
            return;
        }
        QFile file(folder.filePath(v->fileName));
        QString why;
        const QByteArray starter
            = file.open(QIODevice::ReadOnly) ? translationStarter(file.readAll(), source, &why) : QByteArray();
        if (starter.isEmpty()) {
            m_prompter->showError(this, tr("Translate"),
                tr("The %1 translation was not created: %2").arg(language, why.isEmpty() ? file.errorString() : why));
            return;
        }
        // The new file is the open page's pending change: nothing is on disk until Save (Discard drops it).
        m_docNode = n;
        m_selectedNode = n;
        onDocumentOpened(PageDocument::createNew(target, starter, language), ++m_openRequest);
        m_statusLabel->setText(
            tr("New %1: a draft with the %2 text to translate, written when you save").arg(QFileInfo(target).fileName(), source));
    });
}

void MainWindow::openSideBySide()
{
    const auto index = m_model->index();
    const PageNode *node = m_model->node(m_docNode);
    if (!index || !node || !m_doc || m_doc->language().isEmpty()) {
        m_prompter->showError(this, tr("Side by Side"), tr("Open a page that has a language file first."));
        return;
    }
    QString other;
    for (const QString &lang : index->config.languages())
        if (lang != m_doc->language() && node->variant(lang) && other.isEmpty())
            other = lang;
    if (other.isEmpty()) {
        m_prompter->showError(
            this, tr("Side by Side"), tr("This page has only one language. Start a translation with Page ▸ Translate to first."));
        return;
    }
    const int n = m_docNode;
    const QString left = m_doc->language();
    if (m_sideBySide) {
        m_sideBySide->raise();
        m_sideBySide->activateWindow();
        return;
    }
    whenCurrentSettled([this, index, n, left, other] {
        // A top-level window of its own: its widgets never join this window's focus chain.
        m_sideBySide = new SideBySideWindow(index, n, left, other, m_prompter);
        // What was saved there is read again here, so this window never saves an older copy.
        connect(m_sideBySide, &SideBySideWindow::closed, this, &MainWindow::reopenCurrent, Qt::QueuedConnection);
        m_sideBySide->show();
    });
}

SideBySideWindow *MainWindow::sideBySideWindow() const
{
    return m_sideBySide.data();
}

void MainWindow::showTranslations()
{
    if (!m_translationsDialog) {
        m_translationsDialog = new TranslationsDialog(this);
        m_translationsDialog->setAttribute(Qt::WA_DeleteOnClose);
        connect(m_translationsDialog, &TranslationsDialog::openRequested, this,
            [this](const QString &relPath, const QString &language) {
                whenCurrentSettled([this, relPath, language] { selectPage(relPath, language); });
            });
        connect(m_translationsDialog, &TranslationsDialog::createRequested, this,
            [this](const QString &relPath, const QString &source, const QString &language) {
                if (m_prompter->confirm(this, tr("Translate"),
                        tr("Start the %1 translation of %2 from its %3 text? It is created as a draft (not published).")
                            .arg(languageName(language), relPath, source)))
                    createTranslationOf(relPath, source, language);
            });
        connect(this, &MainWindow::siteLoaded, m_translationsDialog, [this] { m_translationsDialog->refresh(m_model->index()); });
        connect(
            this, &MainWindow::documentSaved, m_translationsDialog, [this] { m_translationsDialog->refresh(m_model->index()); });
    }
    m_translationsDialog->refresh(m_model->index());
    m_translationsDialog->show();
    m_translationsDialog->raise();
}

} // namespace GravDesk
