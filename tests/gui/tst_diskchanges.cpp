// The real main window and changes on disk, through real inotify: a pull that rewrites 2,000 page files
// while a page has unsaved edits; an untouched page reloaded in place; Keep Mine, Compare, a deleted file,
// a read-only file, and saves that show in the tree at once.

#include "dialogs/comparedialog.h"
#include "dialogs/prompter.h"
#include "fileutil.h"
#include "mainwindow/mainwindow.h"
#include "page/envelope.h"
#include "page/frontmatter.h"
#include "page/pagedocument.h"
#include "pagetree/pagetreemodel.h"
#include "site/liveindex.h"
#include "tempsite.h"

#include <QApplication>
#include <QFile>
#include <QFileInfo>
#include <QFrame>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScrollBar>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeView>

using namespace GravDesk;

namespace {

constexpr int kItems = 2000;

QString itemRel(int i)
{
    return QStringLiteral("02.news/%1.item-%1").arg(i, 4, 10, QLatin1Char('0'));
}

QByteArray item(int i, const QString &titlePrefix, const QByteArray &body = QByteArrayLiteral("Мәтін.\n\nЕкінші абзац.\n"))
{
    return TempSite::newsItem(QStringLiteral("%1 %2").arg(titlePrefix).arg(i), QStringLiteral("01-02-2025 10:00"), true, body);
}

void typeText(QWidget *w, const QString &text)
{
    for (const QChar c : text)
        QTest::sendKeyEvent(QTest::Click, w, Qt::Key_unknown, QString(c), Qt::NoModifier);
}

} // namespace

class TestDiskChanges : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<TempSite> m_site;
    std::shared_ptr<ScriptedPrompter> m_prompter;
    std::unique_ptr<MainWindow> m_window;

    QPlainTextEdit *editor() { return m_window->findChild<QPlainTextEdit *>(QStringLiteral("bodyPlainTextEdit")); }
    QString file(int i) { return m_site->pagesDir() + QLatin1Char('/') + itemRel(i) + QStringLiteral("/item.kk.md"); }

    bool openPage(int i)
    {
        QSignalSpy opened(m_window.get(), &MainWindow::documentOpened);
        m_window->selectPage(itemRel(i), QStringLiteral("kk"));
        return (m_window->currentDocument() && m_window->currentDocument()->path() == file(i)) || opened.wait(10000);
    }

    QString treeTitle(int i)
    {
        auto *model = m_window->findChild<PageTreeModel *>();
        const int node = model->index()->findByRelPath(itemRel(i));
        return model->indexForNode(node, PageTreeModel::TitleColumn).data().toString();
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        m_site = std::make_unique<TempSite>();
        QVERIFY(m_site->isValid());
        m_site->writeDefaultConfig();
        m_site->writePage(QStringLiteral("02.news/blog.kk.md"), TempSite::page("title: Жаңалықтар\n"));
        for (int i = 0; i < kItems; ++i)
            QVERIFY(!m_site->writePage(itemRel(i) + QStringLiteral("/item.kk.md"), item(i, QStringLiteral("Жаңалық"))).isEmpty());
        m_prompter = std::make_shared<ScriptedPrompter>();
        m_window = std::make_unique<MainWindow>();
        m_window->setPrompter(m_prompter);
        m_window->show();
        QSignalSpy loaded(m_window.get(), &MainWindow::siteLoaded);
        QVERIFY(m_window->openSite(m_site->root()));
        QVERIFY(loaded.wait(60000));
    }

    // A pull rewrites every page while the open one has unsaved edits: one refresh, every title new, the bar
    // above the editor, and not a byte written by GravDesk.
    void pullOf2000FilesWhileEditing()
    {
        QVERIFY(openPage(7));
        editor()->setFocus();
        editor()->moveCursor(QTextCursor::End);
        typeText(editor(), QStringLiteral(" Менің сөзім."));
        QVERIFY(m_window->currentDocument()->isModified());
        const QString selectedBefore = m_window->place().page;

        QSignalSpy refreshed(m_window.get(), &MainWindow::siteRefreshed);
        QList<QByteArray> written;
        for (int i = 0; i < kItems; ++i) {
            written.append(item(i, QStringLiteral("Pulled")));
            QFile f(file(i));
            QVERIFY(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
            f.write(written.last());
        }
        QVERIFY(refreshed.wait(30000));
        QTest::qWait(2500); // a second refresh would come within the watcher's batch time
        QCOMPARE(refreshed.count(), 1);
        QCOMPARE(treeTitle(0), QStringLiteral("Pulled 0"));
        QCOMPARE(treeTitle(1999), QStringLiteral("Pulled 1999"));
        QCOMPARE(m_window->place().page, selectedBefore);
        QVERIFY(m_window->hasDiskConflict());
        QVERIFY(m_window->findChild<QFrame *>(QStringLiteral("diskChangeBar"))->isVisible());
        QVERIFY(m_window->currentDocument()->isModified());
        QVERIFY(editor()->toPlainText().endsWith(QStringLiteral(" Менің сөзім.")));
        for (int i = 0; i < kItems; ++i)
            QCOMPARE(readFile(file(i)), written.at(i));
    }

    // Keep Mine: the version on disk is the new base; Save replaces it without asking.
    void keepMineThenSave()
    {
        QVERIFY(m_window->hasDiskConflict());
        m_window->findChild<QPushButton *>(QStringLiteral("diskKeepMineButton"))->click();
        QVERIFY(!m_window->hasDiskConflict());
        QSignalSpy saved(m_window.get(), &MainWindow::documentSaved);
        QVERIFY(m_window->save());
        QVERIFY(saved.wait(10000));
        QCOMPARE(saved.first().first().toBool(), true);
        const Envelope env = splitEnvelope(readFile(file(7)));
        QVERIFY(QString::fromUtf8(env.body).endsWith(QStringLiteral(" Менің сөзім.")));
        // The header is the pulled one: mine had not touched it.
        QCOMPARE(parseHeader(env.headerText).values.value(QStringLiteral("title")).toString(), QStringLiteral("Pulled 7"));
    }

    // The open page without unsaved edits is read again in place: same page, cursor and scroll kept.
    void untouchedPageReloadsInPlace()
    {
        QVERIFY(openPage(11));
        QVERIFY(!m_window->currentDocument()->isModified());
        QTextCursor c = editor()->textCursor();
        c.setPosition(3);
        editor()->setTextCursor(c);
        QSignalSpy reloaded(m_window.get(), &MainWindow::documentReloaded);
        QVERIFY(writeFile(file(11), item(11, QStringLiteral("Outside"), "Жаңа мәтін сырттан.\n")));
        QVERIFY(reloaded.wait(10000));
        QCOMPARE(editor()->toPlainText(), QStringLiteral("Жаңа мәтін сырттан.\n"));
        QCOMPARE(editor()->textCursor().position(), 3);
        QVERIFY(!m_window->hasDiskConflict());
        QTRY_COMPARE_WITH_TIMEOUT(treeTitle(11), QStringLiteral("Outside 11"), 10000);
    }

    // Compare: each difference defaults to the side that made it (the server retitled the page and rewrote
    // the second paragraph; I changed the first); the result stays unsaved until Save.
    void compareTakesEitherSide()
    {
        QVERIFY(openPage(12));
        editor()->moveCursor(QTextCursor::Start);
        typeText(editor(), QStringLiteral("Менің "));
        const QByteArray disk = item(12, QStringLiteral("Server"), "Мәтін.\n\nСервердің абзацы.\n");
        QVERIFY(writeFile(file(12), disk));
        QTRY_VERIFY_WITH_TIMEOUT(m_window->hasDiskConflict(), 10000);
        QStringList defaults;
        m_prompter->dialogAnswer = [&defaults](QDialog *d) {
            auto *dialog = qobject_cast<CompareDialog *>(d);
            for (const CompareItem &i : dialog->comparison().items) {
                if (i.differs)
                    defaults << (i.takeMine ? QStringLiteral("mine") : QStringLiteral("disk"));
            }
            return int(QDialog::Accepted);
        };
        m_window->findChild<QPushButton *>(QStringLiteral("diskCompareButton"))->click();
        m_prompter->dialogAnswer = nullptr;
        QCOMPARE(defaults, QStringList({QStringLiteral("disk"), QStringLiteral("mine"), QStringLiteral("disk")}));
        QVERIFY(!m_window->hasDiskConflict());
        QCOMPARE(readFile(file(12)), disk); // nothing written yet
        QVERIFY(m_window->currentDocument()->isModified());
        QCOMPARE(
            m_window->currentDocument()->header().values.value(QStringLiteral("title")).toString(), QStringLiteral("Server 12"));
        QCOMPARE(editor()->toPlainText(), QStringLiteral("Менің Мәтін.\n\nСервердің абзацы.\n"));
        QSignalSpy saved(m_window.get(), &MainWindow::documentSaved);
        QVERIFY(m_window->save());
        QVERIFY(saved.wait(10000));
        QCOMPARE(
            QString::fromUtf8(splitEnvelope(readFile(file(12))).body), QStringLiteral("Менің Мәтін.\n\nСервердің абзацы.\n"));
    }

    // A file deleted under the editor: the text stays, Save writes it again.
    void deletedFileIsRecreatedBySave()
    {
        QVERIFY(openPage(13));
        const QString text = editor()->toPlainText();
        QVERIFY(QFile::remove(file(13)));
        QTRY_VERIFY_WITH_TIMEOUT(m_window->hasDiskConflict(), 10000);
        QCOMPARE(editor()->toPlainText(), text);
        QVERIFY(m_window->currentDocument()->isModified());
        QSignalSpy saved(m_window.get(), &MainWindow::documentSaved);
        QVERIFY(m_window->save());
        QVERIFY(saved.wait(10000));
        QCOMPARE(QString::fromUtf8(splitEnvelope(readFile(file(13))).body), text);
        QVERIFY(!m_window->hasDiskConflict());
    }

    // A read-only page file is never replaced; Save says so and offers Save As.
    void readOnlyFileIsNotReplaced()
    {
        QVERIFY(openPage(14));
        const QByteArray before = readFile(file(14));
        QVERIFY(QFile::setPermissions(file(14), QFileDevice::ReadOwner | QFileDevice::ReadGroup | QFileDevice::ReadOther));
        editor()->moveCursor(QTextCursor::End);
        typeText(editor(), QStringLiteral("!"));
        m_prompter->confirmAnswer = true;
        const QString copy = m_site->pagesDir() + QStringLiteral("/02.news/copy-of-14.md");
        m_prompter->saveFileAnswer = copy;
        QVERIFY(!m_window->save());
        m_prompter->confirmAnswer = false;
        QCOMPARE(readFile(file(14)), before);
        QVERIFY(QString::fromUtf8(readFile(copy)).endsWith(QStringLiteral("!")));
        QVERIFY(m_window->currentDocument()->isModified());
        QFile::setPermissions(file(14), QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    }

    // A saved title shows in the tree at once, and a page added by another program appears; the selection stays.
    void savesAndNewPagesShowInTheTree()
    {
        m_prompter->saveChoice = Prompter::Choice::Discard;
        QVERIFY(openPage(15));
        QVERIFY(!m_window->currentDocument()->isModified());
        PageDocument *doc = m_window->currentDocument();
        QByteArray header = doc->headerBytes();
        header.replace("Pulled 15", "Сақталды 15");
        QVERIFY(header.contains("Сақталды 15"));
        doc->setHeaderBytes(header);
        QSignalSpy refreshed(m_window.get(), &MainWindow::siteRefreshed);
        QSignalSpy saved(m_window.get(), &MainWindow::documentSaved);
        QVERIFY(m_window->save());
        QVERIFY(saved.count() == 1 || saved.wait(10000));
        QVERIFY2(saved.first().first().toBool(), qPrintable(m_prompter->lastError));
        QVERIFY(refreshed.wait(10000));
        QCOMPARE(treeTitle(15), QStringLiteral("Сақталды 15"));

        QVERIFY(
            !m_site->writePage(QStringLiteral("02.news/9999.brand-new/item.kk.md"), item(9999, QStringLiteral("New"))).isEmpty());
        QTRY_VERIFY_WITH_TIMEOUT(m_window->pageIndex()->findByRelPath(QStringLiteral("02.news/9999.brand-new")) > 0, 10000);
        QCOMPARE(m_window->place().page, itemRel(15));
        QVERIFY(m_window->findChild<QTreeView *>(QStringLiteral("pageTreeView"))->currentIndex().data(PageTreeModel::RelPathRole)
            == itemRel(15));
    }

    // A page file that is a link to a file outside the site opens read-only, with the reason, and is never written.
    void pageLinkedOutsideTheSiteIsReadOnly()
    {
        m_prompter->saveChoice = Prompter::Choice::Discard;
        QTemporaryDir outside;
        const QString target = outside.filePath(QStringLiteral("item.kk.md"));
        const QByteArray bytes = item(8888, QStringLiteral("Outside"));
        QVERIFY(writeFile(target, bytes));
        QVERIFY(m_site->makePageFolder(QStringLiteral("02.news/8888.linked")));
        QVERIFY(QFile::link(target, m_site->pagesDir() + QStringLiteral("/02.news/8888.linked/item.kk.md")));
        QTRY_VERIFY_WITH_TIMEOUT(m_window->pageIndex()->findByRelPath(QStringLiteral("02.news/8888.linked")) > 0, 10000);
        QSignalSpy opened(m_window.get(), &MainWindow::documentOpened);
        m_window->selectPage(QStringLiteral("02.news/8888.linked"), QStringLiteral("kk"));
        QVERIFY(opened.count() > 0 || opened.wait(10000));
        QVERIFY(!m_window->currentDocument()->isEditable());
        QVERIFY(!m_window->currentDocument()->readOnlyReason().isEmpty());
        QVERIFY(editor()->isReadOnly());
        m_prompter->lastError.clear();
        QVERIFY(!m_window->save());
        QCOMPARE(m_prompter->lastError, m_window->currentDocument()->readOnlyReason());
        QCOMPARE(readFile(target), bytes);
    }

    void cleanupTestCase()
    {
        m_prompter->saveChoice = Prompter::Choice::Discard;
        m_window.reset();
    }
};

QTEST_MAIN(TestDiskChanges)
#include "tst_diskchanges.moc"
