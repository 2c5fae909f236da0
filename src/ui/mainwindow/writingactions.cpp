// The main window's writing aids: File ▸ New Post, Edit ▸ Typograph as You Type and Typograph This Post,
// and the status bar's counters for the open page.

#include "common/appsettings.h"
#include "common/uitext.h"
#include "dialogs/newpostdialog.h"
#include "dialogs/prompter.h"
#include "editor/editortypograph.h"
#include "editor/pageeditor.h"
#include "mainwindow.h"
#include "mainwindow/editcommands.h"
#include "mainwindow/textstatslabel.h"
#include "page/frontmatterdocument.h"
#include "page/pagedocument.h"
#include "pagetree/pagetreemodel.h"
#include "site/newpost.h"
#include "text/typograph.h"

#include <QAction>
#include <QLabel>
#include <QMenu>
#include <QMenuBar>
#include <QPlainTextEdit>
#include <QStatusBar>
#include <QTimer>
#include <QUndoStack>

namespace GravDesk {
void MainWindow::buildWritingActions()
{
    // File ▸ New Post, after Open Recent.
    QMenu *file = m_recentMenu->parentWidget() ? qobject_cast<QMenu *>(m_recentMenu->parentWidget()) : nullptr;
    auto *newPostAction = new QAction(tr("&New Post…"), this);
    newPostAction->setObjectName(QStringLiteral("newPostAction"));
    newPostAction->setShortcut(QKeySequence::New);
    connect(newPostAction, &QAction::triggered, this, &MainWindow::newPost);
    if (file) {
        const QList<QAction *> actions = file->actions();
        file->insertAction(actions.value(actions.indexOf(m_recentMenu->menuAction()) + 1), newPostAction);
    } else {
        addAction(newPostAction);
    }

    // Edit ▸ typograph actions, after Undo and Redo.
    QMenu *edit = nullptr;
    if (QAction *undo = findChild<QAction *>(QStringLiteral("undoAction"))) {
        for (QObject *o : undo->associatedObjects()) {
            if ((edit = qobject_cast<QMenu *>(o)))
                break;
        }
    }
    if (!edit)
        edit = menuBar()->addMenu(tr("&Edit"));
    edit->addSeparator();
    QAction *asYouType = edit->addAction(tr("Typograph as You &Type"));
    asYouType->setObjectName(QStringLiteral("typographAsYouTypeAction"));
    asYouType->setCheckable(true);
    asYouType->setChecked(m_typograph->asYouType());
    asYouType->setToolTip(tr("Quotes, dashes, no-break spaces and ellipses are corrected in the paragraph you type."));
    connect(asYouType, &QAction::toggled, this, [this](bool on) {
        m_typograph->setAsYouType(on);
        AppSettings::typographAsYouType.set(on);
    });
    QAction *post = edit->addAction(tr("Typograph This &Post"), this, &MainWindow::typographPost);
    post->setObjectName(QStringLiteral("typographPostAction"));
    post->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Y));

    // Counters for the open page, refreshed shortly after typing stops.
    m_textStats = new TextStatsLabel(this);
    statusBar()->addPermanentWidget(m_textStats);
    m_statsTimer = new QTimer(this);
    m_statsTimer->setSingleShot(true);
    m_statsTimer->setInterval(250);
    connect(m_statsTimer, &QTimer::timeout, this, &MainWindow::updateTextStats);
    connect(m_pageEditor, &PageEditor::textEdited, m_statsTimer, qOverload<>(&QTimer::start));
    connect(m_pageEditor, &PageEditor::headerChanged, m_statsTimer, qOverload<>(&QTimer::start));
    connect(this, &MainWindow::documentOpened, this, &MainWindow::updateTextStats);
}

void MainWindow::newPost()
{
    const auto index = m_model->index();
    if (!index || isScanning()) {
        m_prompter->showError(this, tr("New Post"), tr("Open a site first (File ▸ Open Site…)."));
        return;
    }
    const int section = sectionForNode(*index, m_selectedNode);
    if (section < 0) {
        m_prompter->showError(this, tr("New Post"),
            tr("This site has no news section (a page using the blog template). Select the section in the tree first."));
        return;
    }
    // The tree is read again from disk after the post is created: the open page is settled first.
    whenCurrentSettled([this, index, section] {
        auto *dialog = new NewPostDialog(index, section, m_language, this);
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        connect(dialog, &NewPostDialog::postCreated, this, [this](const QString &relPath, const QString &language) {
            auto connection = std::make_shared<QMetaObject::Connection>();
            *connection = connect(this, &MainWindow::siteLoaded, this, [this, connection, relPath, language] {
                disconnect(*connection);
                selectPage(relPath, language);
            });
            if (!openSite(m_sitePath))
                disconnect(*connection);
        });
        dialog->open();
    });
}

void MainWindow::typographPost()
{
    if (!m_doc || !m_doc->isEditable())
        return;
    const int changes = m_pageEditor->typographPage();
    m_statusLabel->setText(changes == 0 ? tr("Typograph: nothing to change") : tr("Typograph: %n change(s)", nullptr, changes));
}

void MainWindow::updateTextStats()
{
    if (!m_doc) {
        m_textStats->clearCounts();
        return;
    }
    const QVariantMap h = m_doc->header().values;
    m_textStats->showCounts(editorText(m_editor), h.value(QStringLiteral("title")).toString(),
        h.value(QStringLiteral("metadata")).toMap().value(QStringLiteral("description")).toString(),
        m_doc->language().isEmpty() ? m_language : m_doc->language());
}

} // namespace GravDesk
