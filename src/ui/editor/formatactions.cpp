#include "editor/formatactions.h"

#include "editor/markdownformat.h"

#include <QAction>
#include <QKeyEvent>
#include <QMenu>
#include <QPlainTextEdit>
#include <QToolBar>
#include <QToolButton>

namespace GravDesk {

FormatActions::FormatActions(QPlainTextEdit *editor, QWidget *parent)
    : QObject(parent)
    , m_editor(editor)
    , m_toolBar(new QToolBar(parent))
    , m_mediaMenu(new QMenu(parent))
    , m_shortcodeMenu(new QMenu(parent))
{
    m_toolBar->setObjectName(QStringLiteral("formatToolBar"));
    m_toolBar->setToolButtonStyle(Qt::ToolButtonTextOnly);
    m_toolBar->setIconSize(QSize(16, 16));

    QAction *bold = add(QStringLiteral("boldAction"), tr("B"), QKeySequence(Qt::CTRL | Qt::Key_B), &MarkdownFormat::toggleBold);
    bold->setToolTip(tr("Bold (Ctrl+B)"));
    QFont f = m_toolBar->font();
    f.setBold(true);
    bold->setFont(f);
    QAction *italic
        = add(QStringLiteral("italicAction"), tr("I"), QKeySequence(Qt::CTRL | Qt::Key_I), &MarkdownFormat::toggleItalic);
    italic->setToolTip(tr("Italic (Ctrl+I)"));
    f.setBold(false);
    f.setItalic(true);
    italic->setFont(f);
    QAction *link
        = add(QStringLiteral("linkAction"), tr("Link"), QKeySequence(Qt::CTRL | Qt::Key_K), &MarkdownFormat::insertLink);
    link->setToolTip(tr("Link (Ctrl+K)"));
    m_toolBar->addSeparator();

    // Headings: Ctrl+1 … Ctrl+6 (a toolbar menu), Ctrl+0 a plain paragraph.
    auto *headings = new QMenu(tr("Heading"), parent);
    headings->setObjectName(QStringLiteral("headingMenu"));
    for (int level = 0; level <= 6; ++level) {
        auto *a = new QAction(level == 0 ? tr("Paragraph") : tr("Heading %1").arg(level), parent);
        a->setObjectName(QStringLiteral("heading%1Action").arg(level));
        a->setShortcut(QKeySequence(Qt::CTRL | static_cast<Qt::Key>(Qt::Key_0 + level)));
        a->setShortcutContext(Qt::WidgetShortcut); // while the text has the focus
        editor->addAction(a);
        connect(a, &QAction::triggered, this, [this, level] {
            if (m_editor && !m_editor->isReadOnly())
                MarkdownFormat::setHeading(m_editor, level);
        });
        headings->addAction(a);
        m_actions << a;
    }
    QAction *headingButton = m_toolBar->addAction(tr("H"));
    headingButton->setObjectName(QStringLiteral("headingAction"));
    headingButton->setToolTip(tr("Heading (Ctrl+1 … Ctrl+6; Ctrl+0: paragraph)"));
    headingButton->setMenu(headings);
    connect(headingButton, &QAction::triggered, this, [this] {
        if (m_editor && !m_editor->isReadOnly())
            MarkdownFormat::setHeading(m_editor, 2); // the level a news text uses under the page title
    });
    if (auto *button = qobject_cast<QToolButton *>(m_toolBar->widgetForAction(headingButton)))
        button->setPopupMode(QToolButton::MenuButtonPopup);

    add(QStringLiteral("bulletListAction"), tr("• List"), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_8),
        &MarkdownFormat::toggleBulletList)
        ->setToolTip(tr("Bulleted list (Ctrl+Shift+8)"));
    add(QStringLiteral("numberedListAction"), tr("1. List"), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_7),
        &MarkdownFormat::toggleNumberedList)
        ->setToolTip(tr("Numbered list (Ctrl+Shift+7)"));
    add(QStringLiteral("quoteAction"), tr("Quote"), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Q), &MarkdownFormat::toggleQuote)
        ->setToolTip(tr("Quote (Ctrl+Shift+Q)"));
    add(QStringLiteral("codeAction"), tr("Code"), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_C), &MarkdownFormat::toggleCode)
        ->setToolTip(tr("Code (Ctrl+Shift+C)"));
    add(QStringLiteral("tableAction"), tr("Table"), QKeySequence(), &MarkdownFormat::insertTable)
        ->setToolTip(tr("Table: the selected lines (cells separated by tabs or semicolons) become its rows"));
    m_toolBar->addSeparator();

    QAction *media = m_toolBar->addAction(tr("Media"));
    media->setObjectName(QStringLiteral("insertMediaAction"));
    media->setToolTip(tr("Insert an image or a file of this page"));
    media->setMenu(m_mediaMenu);
    m_mediaMenu->setObjectName(QStringLiteral("insertMediaMenu"));
    if (auto *button = qobject_cast<QToolButton *>(m_toolBar->widgetForAction(media)))
        button->setPopupMode(QToolButton::InstantPopup);
    add(QStringLiteral("summaryBreakAction"), tr("Summary Break"), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Return),
        &MarkdownFormat::insertSummaryBreak)
        ->setToolTip(tr("Insert the summary break: the news list shows the text above it (Ctrl+Shift+Enter)"));
    QAction *shortcode = m_toolBar->addAction(tr("Shortcode"));
    shortcode->setObjectName(QStringLiteral("insertShortcodeAction"));
    shortcode->setToolTip(tr("Insert a shortcode of the site's plugins"));
    shortcode->setMenu(m_shortcodeMenu);
    m_shortcodeMenu->setObjectName(QStringLiteral("insertShortcodeMenu"));
    if (auto *button = qobject_cast<QToolButton *>(m_toolBar->widgetForAction(shortcode)))
        button->setPopupMode(QToolButton::InstantPopup);
    rebuildMediaMenu();
    rebuildShortcodeMenu();
}

QAction *FormatActions::add(const QString &name, const QString &text, const QKeySequence &key, void (*run)(QPlainTextEdit *))
{
    QAction *a = m_toolBar->addAction(text);
    a->setObjectName(name);
    a->setShortcut(key);
    // While the text has the focus: Qt's shortcut map then also finds Ctrl+B typed in a Cyrillic layout.
    a->setShortcutContext(Qt::WidgetShortcut);
    if (m_editor)
        m_editor->addAction(a);
    connect(a, &QAction::triggered, this, [this, run] {
        if (m_editor && !m_editor->isReadOnly()) {
            run(m_editor);
            m_editor->setFocus();
        }
    });
    m_actions << a;
    return a;
}

void FormatActions::setPageContext(const QList<MediaFile> &media, bool carousel, bool notices)
{
    m_media = media;
    m_carousel = carousel;
    m_notices = notices;
    rebuildMediaMenu();
    rebuildShortcodeMenu();
}

void FormatActions::rebuildMediaMenu()
{
    m_mediaMenu->clear();
    for (const MediaFile &file : std::as_const(m_media)) {
        QAction *a = m_mediaMenu->addAction(file.name);
        connect(a, &QAction::triggered, this, [this, file] {
            if (m_editor && !m_editor->isReadOnly()) {
                MarkdownFormat::insertMediaLink(m_editor, file.name, file.image);
                m_editor->setFocus();
            }
        });
    }
    if (m_media.isEmpty())
        m_mediaMenu->addAction(tr("(this page has no files yet: Add Gallery or drop photos on the text)"))->setEnabled(false);
}

void FormatActions::rebuildShortcodeMenu()
{
    m_shortcodeMenu->clear();
    auto insert = [this](const QString &text, const QString &block, const QString &marker) {
        QAction *a = m_shortcodeMenu->addAction(text);
        connect(a, &QAction::triggered, this, [this, block, marker] {
            if (m_editor && !m_editor->isReadOnly()) {
                MarkdownFormat::insertBlock(m_editor, block, marker);
                m_editor->setFocus();
            }
        });
    };
    if (m_carousel) {
        const QString photos = tr("![Caption](photo.jpg)");
        insert(tr("Photo carousel (owl-carousel)"),
            QStringLiteral("[owl-carousel items=1 margin=10 loop=true autoplay=true autoplayHoverPause=true nav=true]\n%1\n"
                           "[/owl-carousel]")
                .arg(photos),
            photos);
    }
    if (m_notices) {
        const QString text = tr("Text of the notice");
        insert(tr("Notice (yellow)"), QStringLiteral("! ") + text, text);
        insert(tr("Notice (red)"), QStringLiteral("!! ") + text, text);
        insert(tr("Notice (blue)"), QStringLiteral("!!! ") + text, text);
        insert(tr("Notice (green)"), QStringLiteral("!!!! ") + text, text);
    }
    if (m_shortcodeMenu->isEmpty())
        m_shortcodeMenu->addAction(tr("(the site has no shortcode plugin GravDesk knows enabled)"))->setEnabled(false);
}

bool FormatActions::handleKey(QEvent *event)
{
    if (event->type() != QEvent::KeyPress && event->type() != QEvent::ShortcutOverride)
        return false;
    auto *key = static_cast<QKeyEvent *>(event);
    const QKeySequence pressed(key->keyCombination());
    for (QAction *a : std::as_const(m_actions)) {
        if (a->shortcut().isEmpty() || a->shortcut() != pressed)
            continue;
        if (event->type() == QEvent::ShortcutOverride) {
            // Not the editor's: the shortcut goes to the action (the editor keeps Ctrl+K for itself).
            event->ignore();
        } else {
            a->trigger();
            event->accept();
        }
        return true;
    }
    return false;
}

} // namespace GravDesk
