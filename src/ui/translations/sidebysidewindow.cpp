#include "sidebysidewindow.h"

#include "common/uitext.h"
#include "dialogs/prompter.h"
#include "editor/pageeditor.h"
#include "editor/spellcheckcontroller.h"
#include "form/fieldcontext.h"
#include "io/siteworkspace.h"
#include "page/blueprintresolver.h"
#include "page/documentmanager.h"
#include "page/pagedocument.h"
#include "recovery/recoverycontroller.h"
#include "site/translations.h"
#include "wordlist.h"

#include <QCloseEvent>
#include <QDir>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScrollBar>
#include <QSplitter>
#include <QTextBlock>
#include <QVBoxLayout>

namespace GravDesk {
namespace {

QStringList blockTexts(const QTextDocument *doc)
{
    QStringList lines;
    for (QTextBlock b = doc->begin(); b.isValid(); b = b.next())
        lines << b.text();
    return lines;
}

} // namespace

QList<int> SideBySideWindow::paragraphStarts(const QStringList &lines)
{
    QList<int> starts;
    bool blankBefore = true;
    for (int i = 0; i < lines.size(); ++i) {
        const bool blank = lines[i].trimmed().isEmpty();
        if (!blank && blankBefore)
            starts << i;
        blankBefore = blank;
    }
    return starts;
}

SideBySideWindow::SideBySideWindow(std::shared_ptr<const PageIndex> index, int node, const QString &leftLanguage,
    const QString &rightLanguage, std::shared_ptr<Prompter> prompter, QWidget *parent)
    : QWidget(parent, Qt::Window)
    , m_index(std::move(index))
    , m_prompter(std::move(prompter))
    , m_node(node)
    , m_docs(new DocumentManager(this))
{
    setObjectName(QStringLiteral("sideBySideWindow"));
    setAttribute(Qt::WA_DeleteOnClose);
    resize(1400, 860);
    m_taxonomyValues = siteTaxonomyValues(*m_index);
    // Saves go through the same transaction path as the main window's.
    m_docs->setWorkspace(std::make_shared<SiteWorkspace>(m_index->layout));
    const PageNode &n = m_index->nodes[node];
    setWindowTitle(tr("%1 — side by side").arg(n.relPath));

    auto *layout = new QVBoxLayout(this);
    auto *split = new QSplitter(Qt::Horizontal, this);
    split->setObjectName(QStringLiteral("sideBySideSplitter"));
    layout->addWidget(split, 1);
    for (int side = 0; side < 2; ++side)
        split->addWidget(buildPane(side));
    auto *buttons = new QHBoxLayout;
    layout->addLayout(buttons);
    auto *hint = new QLabel(tr("The paragraph with the cursor is highlighted on both sides; scrolling one side scrolls the other "
                               "to the same paragraph."),
        this);
    hint->setWordWrap(true);
    buttons->addWidget(hint, 1);
    auto *saveButton = new QPushButton(tr("&Save Both"), this);
    saveButton->setObjectName(QStringLiteral("saveBothPushButton"));
    saveButton->setShortcut(QKeySequence::Save);
    connect(saveButton, &QPushButton::clicked, this, &SideBySideWindow::save);
    buttons->addWidget(saveButton);
    auto *closeButton = new QPushButton(tr("Close"), this);
    connect(closeButton, &QPushButton::clicked, this, &QWidget::close);
    buttons->addWidget(closeButton);

    connect(m_docs, &DocumentManager::opened, this, &SideBySideWindow::onOpened);
    connect(m_docs, &DocumentManager::openFailed, this, [this](const QString &path, const QString &error, int) {
        m_prompter->showError(this, tr("Open Page"), tr("%1 cannot be read: %2").arg(QDir::toNativeSeparators(path), error));
    });
    connect(m_docs, &DocumentManager::saveFinished, this, [this](PageDocument *doc, SaveOutcome outcome, const QString &error) {
        onSaveFinished(doc, static_cast<int>(outcome), error);
    });
    open(0, leftLanguage);
    open(1, rightLanguage);
}

SideBySideWindow::~SideBySideWindow()
{
    m_docs->waitForIdle();
}

QWidget *SideBySideWindow::buildPane(int side)
{
    Pane &p = m_panes[side];
    auto *box = new QWidget;
    box->setObjectName(side == 0 ? QStringLiteral("leftPaneWidget") : QStringLiteral("rightPaneWidget"));
    auto *v = new QVBoxLayout(box);
    v->setContentsMargins(0, 0, 0, 0);
    p.state = new QLabel(box);
    v->addWidget(p.state);
    p.editor = new PageEditor(box);
    p.editor->setPartNames(side == 0 ? QStringLiteral("leftBodyPlainTextEdit") : QStringLiteral("rightBodyPlainTextEdit"),
        side == 0 ? QStringLiteral("leftLanguageTabBar") : QStringLiteral("rightLanguageTabBar"));
    v->addWidget(p.editor, 1);
    // The word list of the site is shared with the main window's editor (read when it is set).
    p.editor->spelling()->setWordListPath(WordList::pathFor(m_index->layout));

    connect(p.editor, &PageEditor::languageRequested, this, [this, side](const QString &lang) {
        Pane &pane = m_panes[side];
        if (pane.doc && pane.doc->isModified()) {
            const Prompter::Choice c = m_prompter->askSaveChanges(this, QFileInfo(pane.doc->path()).fileName());
            if (c == Prompter::Choice::Cancel || (c == Prompter::Choice::Save && !save())) {
                showLanguageTabs(side); // the tab of the page being edited stays current
                return;
            }
        }
        open(side, lang);
    });
    QPlainTextEdit *body = p.editor->bodyEditor();
    connect(body->verticalScrollBar(), &QScrollBar::valueChanged, this, [this, side] { syncScroll(side); });
    connect(body, &QPlainTextEdit::cursorPositionChanged, this, [this, side] { highlightParagraph(side); });
    return box;
}

QPlainTextEdit *SideBySideWindow::editor(int side) const
{
    return m_panes[side].editor->bodyEditor();
}

void SideBySideWindow::showLanguageTabs(int side)
{
    QList<PageEditor::LanguageTab> tabs;
    for (const PageVariant &var : m_index->nodes[m_node].variants)
        if (!var.language.isEmpty())
            tabs.append({var.language, languageName(var.language), var.fileName});
    m_panes[side].editor->setLanguageTabs(tabs);
}

void SideBySideWindow::open(int side, const QString &language)
{
    Pane &p = m_panes[side];
    const PageVariant *v = m_index->nodes[m_node].variant(language);
    if (!v)
        return;
    p.request = ++m_requests;
    m_docs->open(m_index->filePath(m_node, v->fileName), language, p.request);
}

void SideBySideWindow::onOpened(PageDocument *doc, int requestId)
{
    int side = -1;
    for (int s = 0; s < 2; ++s)
        if (m_panes[s].request == requestId)
            side = s;
    if (side < 0) {
        delete doc;
        return;
    }
    Pane &p = m_panes[side];
    PageDocument *previous = p.doc;
    p.doc = doc;
    doc->setParent(this);
    // Journaled like the main window's page; recovered text of this file goes in before the editor shows it.
    if (RecoveryController *recovery = RecoveryController::forPath(doc->path())) {
        recovery->track(doc, QStringLiteral("side-by-side/%1").arg(side));
        recovery->applyRecovered(doc);
    }
    connect(doc, &PageDocument::modifiedChanged, this, &SideBySideWindow::updateStates);
    const SiteConfig &config = m_index->config;
    const BlueprintResolver resolver(m_index->layout, config);
    const Blueprint bp = resolver.resolve(m_index->templateName(m_node, doc->language()));
    p.editor->showDocument(doc, bp, makeFieldContext(config, *doc, m_taxonomyValues), config,
        m_index->route(m_node, doc->language()), doc->language());
    delete previous; // after the editor let go of it
    showLanguageTabs(side);
    updateStates();
    if (m_panes[0].doc && m_panes[1].doc && m_panes[0].request + m_panes[1].request > 0)
        Q_EMIT ready();
}

bool SideBySideWindow::isModified() const
{
    return (m_panes[0].doc && m_panes[0].doc->isModified()) || (m_panes[1].doc && m_panes[1].doc->isModified());
}

bool SideBySideWindow::save()
{
    for (const Pane &p : m_panes) {
        if (!p.doc || !p.doc->isModified())
            continue;
        QString why;
        if (!p.doc->isEditable()) {
            m_prompter->showError(this, tr("Save"), p.doc->readOnlyReason());
            return false;
        }
        if (!p.editor->canSave(&why)) {
            m_prompter->showError(
                this, tr("Save"), tr("%1 cannot be saved yet:\n\n%2").arg(QFileInfo(p.doc->path()).fileName(), why));
            return false;
        }
    }
    for (const Pane &p : m_panes)
        if (p.doc && p.doc->isModified())
            m_docs->save(p.doc);
    return true;
}

void SideBySideWindow::onSaveFinished(PageDocument *doc, int outcomeValue, const QString &error)
{
    const auto outcome = static_cast<SaveOutcome>(outcomeValue);
    const int side = m_panes[0].doc == doc ? 0 : m_panes[1].doc == doc ? 1 : -1;
    if (side < 0)
        return;
    if (reportUnwrittenSave(*m_prompter, this, outcome, error)) {
        m_docs->save(doc, true);
        return;
    }
    const bool ok = outcome == SaveOutcome::Written || outcome == SaveOutcome::Unchanged;
    if (outcome == SaveOutcome::Written) {
        // The translation now follows the source as it is on disk (off the interface thread: it reads the source).
        recordTranslationSavedLater(doc->path(), doc->language(), m_index->config.languages());
    }
    updateStates();
    Q_EMIT saved(side, ok);
    if (!ok)
        m_closeAfterSave = false;
    else if (m_closeAfterSave && !isModified() && m_docs->pendingSaves() == 0)
        close();
}

void SideBySideWindow::updateStates()
{
    for (Pane &p : m_panes) {
        if (!p.doc)
            continue;
        const QString name = QFileInfo(p.doc->path()).fileName();
        p.state->setText(p.doc->isModified() ? name + QStringLiteral(" *") : name);
    }
    setWindowModified(isModified());
}

int SideBySideWindow::paragraphAt(int side, int blockNumber) const
{
    const QList<int> starts = paragraphStarts(blockTexts(editor(side)->document()));
    const auto it = std::upper_bound(starts.cbegin(), starts.cend(), blockNumber);
    return std::max(0, static_cast<int>(it - starts.cbegin()) - 1);
}

int SideBySideWindow::blockOfParagraph(int side, int paragraph) const
{
    const QList<int> starts = paragraphStarts(blockTexts(editor(side)->document()));
    if (starts.isEmpty())
        return 0;
    return starts.value(std::min(paragraph, static_cast<int>(starts.size()) - 1));
}

int SideBySideWindow::alignedParagraph(int side) const
{
    return m_aligned[side];
}

void SideBySideWindow::syncScroll(int from)
{
    if (m_syncing > 0)
        return;
    const int to = 1 - from;
    QPlainTextEdit *src = editor(from);
    QPlainTextEdit *dst = editor(to);
    if (!m_panes[0].doc || !m_panes[1].doc)
        return;
    const int paragraph = paragraphAt(from, src->cursorForPosition(QPoint(2, 2)).blockNumber());
    const QTextBlock target = dst->document()->findBlockByNumber(blockOfParagraph(to, paragraph));
    // The scroll bar of a QPlainTextEdit counts layout lines: the target's first line is the sum of the
    // lines of the blocks before it.
    int line = 0;
    for (QTextBlock b = dst->document()->begin(); b.isValid() && b != target; b = b.next())
        line += b.isVisible() ? std::max(1, b.lineCount()) : 0;
    ++m_syncing;
    dst->verticalScrollBar()->setValue(line);
    --m_syncing;
    m_aligned[to] = paragraph;
}

void SideBySideWindow::highlightParagraph(int from)
{
    const int paragraph = paragraphAt(from, editor(from)->textCursor().blockNumber());
    const QColor colour = palette().color(QPalette::Highlight);
    for (int side = 0; side < 2; ++side) {
        QPlainTextEdit *e = editor(side);
        const int first = blockOfParagraph(side, paragraph);
        QList<QTextEdit::ExtraSelection> marks;
        for (QTextBlock b = e->document()->findBlockByNumber(first); b.isValid() && !b.text().trimmed().isEmpty(); b = b.next()) {
            QTextEdit::ExtraSelection s;
            s.cursor = QTextCursor(b);
            s.format.setBackground(QColor(colour.red(), colour.green(), colour.blue(), 64));
            s.format.setProperty(QTextFormat::FullWidthSelection, true);
            marks << s;
        }
        PageEditor::setSelectionLayer(e, QStringLiteral("paragraph"), marks); // the find bar has a layer too
    }
}

void SideBySideWindow::closeEvent(QCloseEvent *event)
{
    if (isModified()) {
        QStringList names;
        for (const Pane &p : m_panes)
            if (p.doc && p.doc->isModified())
                names << QFileInfo(p.doc->path()).fileName();
        switch (m_prompter->askSaveChanges(this, names.join(QStringLiteral(", ")))) {
        case Prompter::Choice::Cancel: event->ignore(); return;
        case Prompter::Choice::Save:
            event->ignore();
            m_closeAfterSave = save(); // closes once both writes are done (onSaveFinished)
            return;
        case Prompter::Choice::Discard:
            for (Pane &p : m_panes) {
                p.editor->clear();
                delete p.doc; // edits dropped; the files on disk were never touched
                p.doc = nullptr;
            }
            break;
        }
    }
    m_docs->waitForIdle();
    event->accept();
    Q_EMIT closed();
}

} // namespace GravDesk
