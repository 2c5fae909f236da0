// File ▸ New Post (Ctrl+N) driven through the real main window offscreen, with a Kazakh title.
#include "dialogs/newpostdialog.h"
#include "dialogs/prompter.h"
#include "fileutil.h"
#include "mainwindow/mainwindow.h"
#include "page/envelope.h"
#include "page/frontmatter.h"
#include "page/pagedocument.h"
#include "pagetree/pagetreemodel.h"
#include "preview/previewview.h"

#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QDateTimeEdit>
#include <QDialogButtonBox>
#include <QDir>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QPushButton>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeView>

using namespace GravDesk;

namespace {

// Types text as key events, as a keyboard with a Kazakh layout would (QTest::keyClicks is ASCII-only).
void typeText(QWidget *w, const QString &text)
{
    for (const QChar c : text)
        QTest::sendKeyEvent(QTest::Click, w, Qt::Key_unknown, QString(c), Qt::NoModifier);
}

} // namespace

class TestNewPostDialog final : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_site;
    std::shared_ptr<ScriptedPrompter> m_prompter;
    std::unique_ptr<MainWindow> m_window;

    NewPostDialog *openDialog()
    {
        auto *action = m_window->findChild<QAction *>(QStringLiteral("newPostAction"));
        if (!action || action->shortcut() != QKeySequence(QKeySequence::New))
            return nullptr;
        action->trigger();
        return m_window->findChild<NewPostDialog *>(QStringLiteral("newPostDialog"));
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY(m_dir.isValid());
        m_site = m_dir.filePath(QStringLiteral("site"));
        QVERIFY(copyTree(QStringLiteral(GRAVDESK_SOURCE_DIR "/examples/sample-site"), m_site));
        m_prompter = std::make_shared<ScriptedPrompter>();
        m_window = std::make_unique<MainWindow>();
        m_window->setPrompter(m_prompter);
        m_window->show();
        QSignalSpy loaded(m_window.get(), &MainWindow::siteLoaded);
        QVERIFY(m_window->openSite(m_site));
        QVERIFY(loaded.wait(30000));
    }

    void actionInFileMenu()
    {
        // File ▸ New Post…, next to Open Site, with the platform's New shortcut (Ctrl+N).
        auto *action = m_window->findChild<QAction *>(QStringLiteral("newPostAction"));
        auto *open = m_window->findChild<QAction *>(QStringLiteral("openSiteAction"));
        QVERIFY(action && open);
        QCOMPARE(action->shortcut(), QKeySequence(QKeySequence::New));
        QMenu *file = nullptr;
        for (QObject *o : open->associatedObjects())
            file = file ? file : qobject_cast<QMenu *>(o);
        QVERIFY(file);
        QVERIFY(file->actions().contains(action));
        QVERIFY(file->actions().indexOf(action) > file->actions().indexOf(open));
    }

    void createsKazakhPost()
    {
        NewPostDialog *dialog = openDialog();
        QVERIFY(dialog);
        QVERIFY(dialog->isVisible());
        auto *title = dialog->findChild<QLineEdit *>(QStringLiteral("titleLineEdit"));
        auto *slug = dialog->findChild<QLineEdit *>(QStringLiteral("slugLineEdit"));
        auto *folder = dialog->findChild<QLabel *>(QStringLiteral("folderLabel"));
        auto *url = dialog->findChild<QLabel *>(QStringLiteral("urlLabel"));
        auto *buttons = dialog->findChild<QDialogButtonBox *>(QStringLiteral("buttonBox"));
        auto *ruBox = dialog->findChild<QCheckBox *>(QStringLiteral("ruLanguageCheckBox"));
        auto *date = dialog->findChild<QDateTimeEdit *>(QStringLiteral("dateTimeEdit"));
        QVERIFY(title && slug && folder && url && buttons && ruBox && date);
        QVERIFY(!buttons->button(QDialogButtonBox::Ok)->isEnabled()); // no title yet
        QVERIFY(ruBox->isChecked()); // every site language by default
        QVERIFY(!dialog->findChild<QCheckBox *>(QStringLiteral("kkLanguageCheckBox"))->isEnabled()); // the title's

        // The date typed as it is read (Select All, then day, month, year, time).
        date->setFocus();
        QTest::keyClick(date, Qt::Key_A, Qt::ControlModifier);
        QTest::keyClicks(date, QStringLiteral("22.03.2026 10:15"));
        QCOMPARE(date->dateTime(), QDateTime(QDate(2026, 3, 22), QTime(10, 15)));
        title->setFocus();
        typeText(title, QStringLiteral("Наурыз мерекесі құтты болсын"));
        // A title per language: en gets its own, ru is left empty and becomes a draft marked [kk].
        auto *enTitle = dialog->findChild<QLineEdit *>(QStringLiteral("enTitleLineEdit"));
        auto *ruTitle = dialog->findChild<QLineEdit *>(QStringLiteral("ruTitleLineEdit"));
        QVERIFY(enTitle && ruTitle);
        QVERIFY(!dialog->findChild<QLineEdit *>(QStringLiteral("kkTitleLineEdit"))->isVisible()); // the title above
        QVERIFY(ruTitle->placeholderText().contains(QStringLiteral("[kk] Наурыз мерекесі құтты болсын")));
        enTitle->setFocus();
        QTest::keyClicks(enTitle, QStringLiteral("Happy Nauryz"));
        // The slug, folder and URL follow the title as it is typed. The sample site's news items are numbered 01.–05.
        QCOMPARE(slug->text(), QStringLiteral("nauryz-merekesi-qutty-bolsyn"));
        QCOMPARE(folder->text(), QStringLiteral("02.news/06.2026-03-22-nauryz-merekesi-qutty-bolsyn"));
        QCOMPARE(url->text(), QStringLiteral("/kk/news/2026-03-22-nauryz-merekesi-qutty-bolsyn"));
        QVERIFY(buttons->button(QDialogButtonBox::Ok)->isEnabled());

        // A slug a sibling already routes by (its prefix ignored) is refused with a message.
        slug->clear();
        typeText(slug, QStringLiteral("2025-09-18-nurse-training-course"));
        date->setDateTime(QDateTime(QDate(2025, 9, 18), QTime(10, 15)));
        auto *message = dialog->findChild<QLabel *>(QStringLiteral("messageLabel"));
        QVERIFY(message->text().contains(QStringLiteral("2025-09-18-nurse-training-course")));
        QVERIFY(!buttons->button(QDialogButtonBox::Ok)->isEnabled());
        slug->clear();
        typeText(slug, QStringLiteral("nauryz"));
        date->setDateTime(QDateTime(QDate(2026, 3, 22), QTime(10, 15)));
        QCOMPARE(folder->text(), QStringLiteral("02.news/06.2026-03-22-nauryz"));
        QVERIFY(message->text().isEmpty());

        QSignalSpy opened(m_window.get(), &MainWindow::documentOpened);
        QTest::mouseClick(buttons->button(QDialogButtonBox::Ok), Qt::LeftButton);
        QVERIFY(opened.wait(30000));

        const QString dir = m_site + QStringLiteral("/user/pages/02.news/06.2026-03-22-nauryz");
        QCOMPARE(QDir(dir).entryList(QDir::Files),
            QStringList({QStringLiteral("item.en.md"), QStringLiteral("item.kk.md"), QStringLiteral("item.ru.md")}));
        const Envelope kk = splitEnvelope(readFile(dir + QStringLiteral("/item.kk.md")));
        const HeaderParse h = parseHeader(kk.headerText);
        QVERIFY2(h.accepted, qPrintable(h.error));
        QCOMPARE(h.values.value(QStringLiteral("title")).toString(), QStringLiteral("Наурыз мерекесі құтты болсын"));
        QCOMPARE(h.values.value(QStringLiteral("published")), QVariant(false));
        QCOMPARE(h.values.value(QStringLiteral("date")).toString(), QStringLiteral("22-03-2026 10:15"));
        QCOMPARE(kk.body, QByteArrayLiteral("===\n"));
        const HeaderParse ru = parseHeader(splitEnvelope(readFile(dir + QStringLiteral("/item.ru.md"))).headerText);
        QCOMPARE(ru.values.value(QStringLiteral("title")).toString(), QStringLiteral("[kk] Наурыз мерекесі құтты болсын"));
        QCOMPARE(ru.values.value(QStringLiteral("published")), QVariant(false));
        const HeaderParse en = parseHeader(splitEnvelope(readFile(dir + QStringLiteral("/item.en.md"))).headerText);
        QCOMPARE(en.values.value(QStringLiteral("title")).toString(), QStringLiteral("Happy Nauryz"));
        QCOMPARE(en.values.value(QStringLiteral("published")), QVariant(false));
        // The post was written in Kazakh first: its translations follow kk (the folder's sidecar says so).
        QVERIFY(readFile(dir + QStringLiteral("/.translations.yaml")).contains("source: 'kk'")
            || readFile(dir + QStringLiteral("/.translations.yaml")).contains("source: kk"));

        // The new page is open and selected in the tree, in Kazakh.
        PageDocument *doc = m_window->currentDocument();
        QVERIFY(doc);
        QCOMPARE(QDir::cleanPath(doc->path()), QDir::cleanPath(dir + QStringLiteral("/item.kk.md")));
        auto *tree = m_window->findChild<QTreeView *>(QStringLiteral("pageTreeView"));
        const int node = tree->currentIndex().data(PageTreeModel::NodeIndexRole).toInt();
        QVERIFY(node > 0);
        QCOMPARE(m_window->pageIndex()->nodes[node].relPath, QStringLiteral("02.news/06.2026-03-22-nauryz"));
    }

    void sectionOfSelectedPage()
    {
        // With the new page selected, the section is its parent: the dialog opens on news again.
        NewPostDialog *dialog = openDialog();
        QVERIFY(dialog);
        auto *folder = dialog->findChild<QLabel *>(QStringLiteral("folderLabel"));
        auto *title = dialog->findChild<QLineEdit *>(QStringLiteral("titleLineEdit"));
        title->setText(QStringLiteral("Тест"));
        QVERIFY(folder->text().startsWith(QStringLiteral("02.news/07.")));
        dialog->reject();
    }
};

int main(int argc, char *argv[])
{
    PreviewView::registerUrlSchemes();
    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("gravdesk-tests"));
    TestNewPostDialog test;
    return QTest::qExec(&test, argc, argv);
}
#include "tst_newpostdialog.moc"
