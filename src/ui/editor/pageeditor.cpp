#include "editor/pageeditor.h"

#include "common/appsettings.h"
#include "common/uitext.h"
#include "editor/editortypograph.h"
#include "editor/findbar.h"
#include "editor/formatactions.h"
#include "editor/longlineguard.h"
#include "editor/markdownhighlighter.h"
#include "editor/selectionlayers.h"
#include "editor/spellcheckcontroller.h"
#include "editor/spellhighlighter.h"
#include "editor/writinglint.h"
#include "form/fieldcontext.h"
#include "form/pageformwidget.h"
#include "gallery/pendingmedia.h"
#include "mainwindow/editcommands.h"
#include "page/blueprint.h"
#include "page/pagedocument.h"
#include "site/siteconfig.h"
#include "text/typograph.h"

#include <QEvent>
#include <QFileInfo>
#include <QFontDatabase>
#include <QHBoxLayout>
#include <QPlainTextEdit>
#include <QSplitter>
#include <QTabBar>
#include <QTextBlock>
#include <QTimer>
#include <QToolBar>
#include <QUndoStack>
#include <QVBoxLayout>

namespace GravDesk {

QUndoStack *pageHistory(PageDocument *doc)
{
    if (!doc)
        return nullptr;
    static const QString name = QStringLiteral("pageHistory");
    if (auto *stack = doc->findChild<QUndoStack *>(name, Qt::FindDirectChildrenOnly))
        return stack;
    auto *stack = new QUndoStack(doc);
    stack->setObjectName(name);
    return stack;
}

PageEditor::PageEditor(QWidget *parent)
    : QWidget(parent)
    , m_split(new QSplitter(Qt::Vertical, this))
    , m_formSplit(new QSplitter(Qt::Horizontal, m_split))
    , m_bodySplit(nullptr)
    , m_bodyLayout(nullptr)
    , m_form(new PageFormWidget(m_formSplit))
    , m_tabs(nullptr)
    , m_body(nullptr)
    , m_flushTimer(new QTimer(this))
    , m_flushAtMost(new QTimer(this))
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_split);
    m_split->setObjectName(QStringLiteral("formSplitter"));
    m_formSplit->setObjectName(QStringLiteral("mediaSplitter"));
    m_formSplit->addWidget(m_form);

    // The language files and the body below the form; the user sizes the two.
    auto *bodyBox = new QWidget(m_split);
    m_bodyLayout = new QVBoxLayout(bodyBox);
    m_bodyLayout->setContentsMargins(0, 0, 0, 0);
    m_tabs = new QTabBar(bodyBox);
    m_tabs->setDocumentMode(true);
    m_tabs->setExpanding(false);
    m_tabs->setVisible(false);
    m_bodyLayout->addWidget(m_tabs);
    connect(m_tabs, &QTabBar::tabBarClicked, this, [this](int tab) {
        if (tab < 0)
            return;
        const QString language = m_tabs->tabData(tab).toString();
        if (!m_doc || m_doc->language() != language)
            Q_EMIT languageRequested(language);
    });
    m_bodySplit = new QSplitter(Qt::Horizontal, bodyBox);
    m_bodySplit->setObjectName(QStringLiteral("bodySplitter"));
    m_bodyLayout->addWidget(m_bodySplit, 1);
    // The text, with the margin of warnings while writing on its left.
    auto *bodyRow = new QWidget(m_bodySplit);
    auto *bodyRowLayout = new QHBoxLayout(bodyRow);
    bodyRowLayout->setContentsMargins(0, 0, 0, 0);
    bodyRowLayout->setSpacing(0);
    m_body = new QPlainTextEdit(bodyRow);
    m_body->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_body->setLineWrapMode(QPlainTextEdit::WidgetWidth);
    m_body->setTabChangesFocus(false);
    m_body->setEnabled(false);
    m_lint = new WritingLint(m_body, bodyRow);
    bodyRowLayout->addWidget(m_lint);
    bodyRowLayout->addWidget(m_body, 1);
    m_bodySplit->addWidget(bodyRow);
    // The formatting toolbar between the language tabs and the text.
    m_format = new FormatActions(m_body, bodyBox);
    m_bodyLayout->insertWidget(m_bodyLayout->indexOf(m_bodySplit), m_format->toolBar());
    m_split->addWidget(m_formSplit);
    m_split->addWidget(bodyBox);
    m_split->setStretchFactor(0, 2);
    m_split->setStretchFactor(1, 3);
    m_split->setSizes({300, 500});

    new LongLineGuard(m_body); // a 1 MB line without spaces would take minutes to wrap
    m_spell = new SpellCheckController(m_body, this);
    auto *yaml = m_form->findChild<QPlainTextEdit *>(QStringLiteral("yamlPlainTextEdit"));
    m_spell->addHeaderEditor(yaml);
    m_typograph = new EditorTypograph(m_body);
    m_typograph->setAsYouType(AppSettings::typographAsYouType.get());
    new MarkdownHighlighter(m_body, m_spell->highlighter()); // a layer of the body's one highlighter
    m_findBar = new FindBar(this, bodyBox);
    m_findBar->addEditor(m_body);
    m_bodyLayout->addWidget(m_findBar);

    // Ctrl+Z in the body and in the YAML text walks the page's history, not only that editor's own.
    m_body->installEventFilter(this);
    if (yaml)
        yaml->installEventFilter(this);
    connect(m_body, &QPlainTextEdit::textChanged, this, &PageEditor::onBodyTextChanged);
    // The body editor's own steps are mirrored into the page's history (Qt keeps merging keystrokes).
    connect(m_body->document(), &QTextDocument::undoCommandAdded, this, [this] {
        if (!m_loading && m_doc)
            pageHistory(m_doc)->push(new BodyEditCommand(m_body->document()));
    });
    // The form plans a change; the command's redo() makes it (the form shows it without reloading).
    connect(m_form, &PageFormWidget::headerEditRequested, this,
        [this](const QByteArray &before, const QByteArray &after, const QString &what) {
            if (m_doc && before == m_doc->headerBytes() && after != before)
                pageHistory(m_doc)->push(new HeaderEditCommand(m_doc, before, after, what));
        });

    m_flushTimer->setSingleShot(true);
    m_flushTimer->setInterval(300);
    m_flushAtMost->setSingleShot(true);
    m_flushAtMost->setInterval(2000);
    connect(m_flushTimer, &QTimer::timeout, this, &PageEditor::flushBody);
    connect(m_flushAtMost, &QTimer::timeout, this, &PageEditor::flushBody);
}

PageEditor::~PageEditor()
{
    // The document may outlive this view: it keeps the newest text, not a way to pull it from here.
    flushBody();
}

void PageEditor::setSelectionLayer(
    QPlainTextEdit *editor, const QString &layer, const QList<QTextEdit::ExtraSelection> &selections)
{
    GravDesk::setSelectionLayer(editor, layer, selections);
}

void PageEditor::setPartNames(const QString &bodyName, const QString &tabsName)
{
    m_body->setObjectName(bodyName);
    m_tabs->setObjectName(tabsName);
}

void PageEditor::setFormSide(QWidget *widget)
{
    m_formSplit->addWidget(widget);
    m_formSplit->setStretchFactor(0, 4);
    m_formSplit->setStretchFactor(1, 1);
}

void PageEditor::setBodySide(QWidget *widget)
{
    m_bodySplit->addWidget(widget);
    m_bodySplit->setStretchFactor(0, 1);
    m_bodySplit->setStretchFactor(1, 1);
    m_bodySplit->setSizes({420, 420});
}

void PageEditor::addAboveBody(QWidget *widget)
{
    m_bodyLayout->insertWidget(m_bodyLayout->indexOf(m_bodySplit), widget);
}

void PageEditor::showDocument(PageDocument *doc, const Blueprint &blueprint, const FieldContext &context,
    const SiteConfig &config, const QString &route, const QString &language)
{
    if (doc && doc == m_doc) {
        // The same page with new form choices (new files for the media pickers): the body and its
        // history stay as they are.
        m_form->showDocument(doc, blueprint, context, config, route);
        return;
    }
    flushBody();
    if (m_doc)
        disconnect(m_doc, nullptr, this, nullptr);
    m_lint->clear(); // the window gives the new page's context (setLintContext())
    m_doc = doc;
    if (!doc) {
        clear();
        return;
    }
    m_language = doc->language().isEmpty() ? language : doc->language();
    connect(doc, &PageDocument::modifiedChanged, this, &PageEditor::updateTabMarks);
    connect(doc, &PageDocument::headerChanged, this, &PageEditor::headerChanged);
    m_loading = true;
    m_spell->setPageLanguage(m_language);
    if (MarkdownHighlighter *markdown = m_spell->highlighter()->markdown())
        markdown->setSummaryDelimiter(config.summaryDelimiter().isEmpty() ? QStringLiteral("===") : config.summaryDelimiter());
    m_typograph->setLanguage(m_language);
    m_body->setPlainText(doc->body());
    m_body->document()->setModified(false);
    m_body->setEnabled(true);
    m_body->setReadOnly(!doc->isEditable());
    m_loading = false;
    m_form->showDocument(doc, blueprint, context, config, route);
    // The form's YAML editor is in its tab widget only once a page is shown (the constructor finds none):
    // spelling, the page's Ctrl+Z and the find bar are attached to it here.
    if (auto *yaml = m_form->findChild<QPlainTextEdit *>(QStringLiteral("yamlPlainTextEdit"))) {
        m_spell->addHeaderEditor(yaml);
        yaml->installEventFilter(this);
        m_findBar->addEditor(yaml);
    }
    updateTabMarks();
    // Insert ▸ Media lists the folder as Save will leave it; the shortcodes are those the site renders.
    m_mediaExtensions = config.mediaExtensions();
    m_carousel = config.pluginEnabled(QStringLiteral("shortcode-core"))
        && config.pluginEnabled(QStringLiteral("shortcode-owl-carousel"));
    m_notices = config.pluginEnabled(QStringLiteral("markdown-notices"));
    connect(doc, &PageDocument::folderChanged, this, &PageEditor::updateFormatContext);
    updateFormatContext();
}

void PageEditor::updateFormatContext()
{
    QList<FormatActions::MediaFile> files;
    if (m_doc) {
        for (const PendingMediaEntry &e : PendingMedia::list(m_doc->folderChanges(), m_mediaExtensions, {}))
            files.append({e.name, e.image});
        std::sort(files.begin(), files.end(), [](const auto &a, const auto &b) { return a.name < b.name; });
    }
    m_format->setPageContext(files, m_carousel, m_notices);
}

void PageEditor::setLintContext(const BodyLintContext &context)
{
    m_lint->setContext(context);
}

void PageEditor::clear(const QString &placeholder)
{
    m_lint->clear();
    flushBody();
    if (m_doc)
        disconnect(m_doc, nullptr, this, nullptr);
    m_doc = nullptr;
    m_loading = true;
    m_body->clear();
    m_body->setEnabled(false);
    m_body->setPlaceholderText(placeholder);
    m_loading = false;
    m_form->clear();
    setLanguageTabs({});
}

void PageEditor::setLanguageTabs(const QList<LanguageTab> &tabs)
{
    while (m_tabs->count() > 0)
        m_tabs->removeTab(0);
    for (const LanguageTab &tab : tabs) {
        const int t = m_tabs->addTab(tab.label);
        m_tabs->setTabData(t, tab.language);
        m_tabs->setTabToolTip(t, tab.toolTip);
        if (m_doc && tab.language == m_doc->language())
            m_tabs->setCurrentIndex(t);
    }
    m_tabs->setVisible(!tabs.isEmpty());
    updateTabMarks();
}

void PageEditor::updateTabMarks()
{
    if (!m_doc)
        return;
    const QString mark = QStringLiteral(" *");
    for (int t = 0; t < m_tabs->count(); ++t) {
        if (m_tabs->tabData(t).toString() != m_doc->language())
            continue;
        QString label = m_tabs->tabText(t);
        if (label.endsWith(mark))
            label.chop(mark.size());
        m_tabs->setTabText(t, m_doc->isModified() ? label + mark : label);
    }
}

bool PageEditor::canSave(QString *why) const
{
    if (!m_doc)
        return false;
    if (!m_doc->isEditable()) {
        *why = m_doc->readOnlyReason();
        return false;
    }
    return m_form->canSave(why);
}

QUndoStack *PageEditor::history() const
{
    return pageHistory(m_doc);
}

void PageEditor::onBodyTextChanged()
{
    if (m_loading || !m_doc)
        return;
    Q_EMIT textEdited();
    if (m_body->document()->characterCount() <= kImmediateBodyLimit) {
        m_bodyWaiting = false;
        m_flushTimer->stop();
        m_flushAtMost->stop();
        m_doc->setBody(editorText(m_body));
        Q_EMIT bodyEdited();
        return;
    }
    // A long body: converting it on every keystroke is what made typing lag. The document learns that
    // the text changed, and takes it when typing pauses (or when something reads it first).
    m_doc->setBodyPending([editor = QPointer<QPlainTextEdit>(m_body), doc = QPointer<PageDocument>(m_doc)] {
        return editor ? editorText(editor) : doc ? doc->body() : QString();
    });
    m_bodyWaiting = true;
    m_flushTimer->start();
    if (!m_flushAtMost->isActive())
        m_flushAtMost->start();
}

void PageEditor::flushBody()
{
    m_flushTimer->stop();
    m_flushAtMost->stop();
    if (!m_bodyWaiting)
        return;
    m_bodyWaiting = false;
    if (!m_doc)
        return;
    // Someone may have pulled the text already (a save, the journal): then only the listeners are due.
    if (m_doc->hasPendingBody())
        m_doc->setBody(editorText(m_body));
    Q_EMIT bodyEdited();
}

void PageEditor::replaceBody(const QString &after)
{
    flushBody();
    // The smallest replacement that turns the editor's text into the new body: one editor step, and the
    // text before and after it (with what the user looks at) stays where it is.
    const QString before = editorText(m_body);
    qsizetype prefix = 0;
    while (prefix < before.size() && prefix < after.size() && before.at(prefix) == after.at(prefix))
        ++prefix;
    qsizetype suffix = 0;
    while (suffix < before.size() - prefix && suffix < after.size() - prefix
        && before.at(before.size() - 1 - suffix) == after.at(after.size() - 1 - suffix))
        ++suffix;
    if (prefix == before.size() && prefix == after.size())
        return;
    QTextCursor cursor(m_body->document());
    cursor.beginEditBlock();
    cursor.setPosition(int(prefix));
    cursor.setPosition(int(before.size() - suffix), QTextCursor::KeepAnchor);
    cursor.insertText(after.mid(prefix, after.size() - suffix - prefix));
    cursor.endEditBlock();
    m_body->setTextCursor(cursor);
    flushBody();
}

void PageEditor::editHeader(const QByteArray &after, const QString &field)
{
    if (!m_doc || after == m_doc->headerBytes())
        return;
    pageHistory(m_doc)->push(new HeaderEditCommand(m_doc, m_doc->headerBytes(), after, field)); // redo() applies it
}

int PageEditor::typographPage()
{
    if (!m_doc || !m_doc->isEditable())
        return 0;
    const int bodyEdits = static_cast<int>(Typograph::edits(editorText(m_body), m_language).size());
    const QString title = m_doc->header().values.value(QStringLiteral("title")).toString();
    const QString newTitle = Typograph::plainText(title, m_language);
    FrontMatterDocument header = m_doc->frontMatter();
    const bool titleChanges = newTitle != title && header.isEditable() && header.setValue(QStringLiteral("title"), newTitle).ok;
    if (bodyEdits == 0 && !titleChanges)
        return 0;
    // The body and the title change in one step of the page's history.
    QUndoStack *stack = pageHistory(m_doc);
    stack->beginMacro(tr("Typograph"));
    m_typograph->setLanguage(m_language);
    m_typograph->typographAll();
    if (titleChanges)
        editHeader(header.text(), QStringLiteral("title"));
    stack->endMacro();
    return bodyEdits + (titleChanges ? 1 : 0);
}

bool PageEditor::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_body && m_format->handleKey(event))
        return true;
    if (m_doc && (watched == m_body || qobject_cast<QPlainTextEdit *>(watched)) && routeUndoKeys(event, pageHistory(m_doc)))
        return true;
    return QWidget::eventFilter(watched, event);
}

} // namespace GravDesk
