// Undo never touches the disk: a gallery import, a media rename or delete and a new translation are the
// page's pending change in the real window (offscreen); only Save writes them, all at once, and Ctrl+Z
// after a save only makes the page modified again.

#include "dialogs/prompter.h"
#include "fileutil.h"
#include "gallery/galleryimportdialog.h"
#include "gallery/mediapanel.h"
#include "io/statepaths.h"
#include "mainwindow/mainwindow.h"
#include "page/pagedocument.h"
#include "photofixtures.h"
#include "preview/previewview.h"
#include "recovery/recoverycontroller.h"

#include <QAction>
#include <QApplication>
#include <QDirIterator>
#include <QLineEdit>
#include <QListWidget>
#include <QMap>
#include <QMenu>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

using namespace GravDesk;

namespace {

const QString kRel = QStringLiteral("02.news/02.2025-04-22-patient-school-hemophilia");

// Every file under @p dir (relative path -> bytes). The translation ledger is left out: a save updates it
// afterwards on a thread of its own (site/translations.h).
QMap<QString, QByteArray> tree(const QString &dir)
{
    QMap<QString, QByteArray> out;
    QDirIterator it(dir, QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString path = it.next();
        if (QFileInfo(path).fileName().contains(QLatin1String(".translations.yaml")))
            continue;
        out.insert(QDir(dir).relativeFilePath(path), readFile(path));
    }
    return out;
}

bool thumbnailsLoaded(const GalleryImportDialog &dialog)
{
    auto *list = dialog.findChild<QListWidget *>(QStringLiteral("photoListWidget"));
    for (int i = 0; i < list->count(); ++i) {
        if (list->item(i)->data(Qt::UserRole + 3).isNull() && list->item(i)->data(Qt::UserRole + 4).isNull())
            return false;
    }
    return true;
}

} // namespace

class TestPendingChanges : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void cleanupTestCase();
    void addGalleryWritesNothingUntilSave();
    void discardDropsEverything();
    void renameUndoAndSave();
    void deleteAndUndo();
    void languageFileChangedOnDiskRefusesSave();
    void translationIsCreatedBySave();
    void pendingPhotosSurviveACrash(); // last: it leaves the window's journal frozen

private:
    QStringList photos(int count);
    void addGallery(int count);
    void keyUndo();
    bool saveAndWait();
    QString folder() const { return m_siteDir + QStringLiteral("/user/pages/") + kRel; }
    QString staging() const { return StatePaths::siteFolder(m_window->pageIndex()->layout.userDir) + QStringLiteral("/staged"); }
    PageDocument *doc() const { return m_window->currentDocument(); }

    QTemporaryDir m_dir;
    int m_made = 0;
    QString m_siteDir;
    std::shared_ptr<ScriptedPrompter> m_prompter;
    std::unique_ptr<MainWindow> m_window;
    QPlainTextEdit *m_editor = nullptr;
    MediaPanel *m_panel = nullptr;
};

void TestPendingChanges::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY(m_dir.isValid());
    // One window for all: each test opens a fresh copy of the sample site in it.
    m_prompter = std::make_shared<ScriptedPrompter>();
    m_window = std::make_unique<MainWindow>();
    m_window->setPrompter(m_prompter);
    m_window->resize(1400, 860);
    m_window->show();
}

void TestPendingChanges::init()
{
    m_siteDir = m_dir.filePath(QStringLiteral("site%1").arg(++m_made));
    QVERIFY(copyTree(QStringLiteral(GRAVDESK_SOURCE_DIR "/examples/sample-site"), m_siteDir));
    *m_prompter = ScriptedPrompter();
    m_prompter->saveChoice = Prompter::Choice::Discard; // what the last test left unsaved
    QSignalSpy loaded(m_window.get(), &MainWindow::siteLoaded);
    QVERIFY(m_window->openSite(m_siteDir));
    QVERIFY(loaded.wait(30000));
    m_prompter->saveChoice = Prompter::Choice::Cancel;
    m_prompter->saveQuestions = 0;
    QSignalSpy opened(m_window.get(), &MainWindow::documentOpened);
    QVERIFY(m_window->selectPage(kRel, QStringLiteral("ru")));
    QVERIFY(opened.wait(10000));
    m_editor = m_window->findChild<QPlainTextEdit *>(QStringLiteral("bodyPlainTextEdit"));
    m_panel = m_window->findChild<MediaPanel *>(QStringLiteral("mediaPanel"));
    QVERIFY(m_editor && m_panel);
    QTextCursor c = m_editor->textCursor();
    c.movePosition(QTextCursor::End);
    m_editor->setTextCursor(c);
}

void TestPendingChanges::cleanup()
{
    m_prompter->saveChoice = Prompter::Choice::Discard;
}

void TestPendingChanges::cleanupTestCase()
{
    m_prompter->saveChoice = Prompter::Choice::Discard;
    m_window->close();
    // Left to the process's end: destroying a window whose preview page is still starting up crashes
    // inside Qt WebEngine now and then (WebContentsAdapter::initialize during the view's destruction).
    (void)m_window.release();
}

QStringList TestPendingChanges::photos(int count)
{
    QStringList out;
    for (int i = 0; i < count; ++i) {
        const QString path = m_dir.filePath(QStringLiteral("IMG_%1.JPG").arg(2000 + ++m_made));
        PhotoFixtures::writeFile(path, PhotoFixtures::jpeg(PhotoFixtures::scene(1200, 800, m_made)));
        out.append(path);
    }
    return out;
}

void TestPendingChanges::addGallery(int count)
{
    const QStringList files = photos(count);
    bool seen = false;
    QTimer::singleShot(0, this, [&] {
        auto *dialog = qobject_cast<GalleryImportDialog *>(QApplication::activeModalWidget());
        QVERIFY(dialog);
        seen = true;
        QTRY_VERIFY_WITH_TIMEOUT(thumbnailsLoaded(*dialog), 10000);
        QTest::mouseClick(dialog->findChild<QPushButton *>(QStringLiteral("importButton")), Qt::LeftButton);
    });
    m_window->addGallery(files);
    QVERIFY(seen);
}

void TestPendingChanges::keyUndo()
{
    m_editor->setFocus();
    QTest::keyClick(m_editor, Qt::Key_Z, Qt::ControlModifier);
}

bool TestPendingChanges::saveAndWait()
{
    QSignalSpy saved(m_window.get(), &MainWindow::documentSaved);
    m_window->findChild<QAction *>(QStringLiteral("saveAction"))->trigger();
    return saved.wait(20000) && saved.first().first().toBool();
}

void TestPendingChanges::addGalleryWritesNothingUntilSave()
{
    const QMap<QString, QByteArray> before = tree(folder());
    const QString bodyBefore = m_editor->toPlainText();
    addGallery(3);
    QVERIFY(m_editor->toPlainText().contains(QStringLiteral("](2025-04-22-3.jpg \"")));
    QVERIFY(doc()->isModified());
    // Nothing in the site: the photos wait in the state folder, the other languages in memory.
    QCOMPARE(tree(folder()), before);
    QCOMPARE(tree(staging()).size(), 3);
    QTRY_VERIFY(m_panel->names().contains(QStringLiteral("2025-04-22-1.jpg")));
    QVERIFY(m_panel->pendingNames().contains(QStringLiteral("2025-04-22-1.jpg")));

    QVERIFY2(saveAndWait(), qPrintable(m_prompter->lastError));
    QVERIFY(!doc()->isModified());
    const QMap<QString, QByteArray> saved = tree(folder());
    QVERIFY2(saved.size() == before.size() + 3, qPrintable(saved.keys().join(QLatin1Char(' '))));
    for (const QString &n : {QStringLiteral("2025-04-22-1.jpg"), QStringLiteral("2025-04-22-3.jpg")})
        QVERIFY(saved.value(n).startsWith("\xff\xd8"));
    // Every language file has the carousel.
    for (const QString &f : {QStringLiteral("item.ru.md"), QStringLiteral("item.kk.md"), QStringLiteral("item.en.md")})
        QVERIFY2(saved.value(f).contains("(2025-04-22-2.jpg"), qPrintable(f));
    QTRY_VERIFY(m_panel->pendingNames().isEmpty());

    // Ctrl+Z after the save: the editor goes back, the page is modified again, the disk is untouched.
    keyUndo();
    QCOMPARE(m_editor->toPlainText(), bodyBefore);
    QVERIFY(doc()->isModified());
    QCOMPARE(tree(folder()), saved);
    // Redo: as saved again.
    QTest::keyClick(m_editor, Qt::Key_Z, Qt::ControlModifier | Qt::ShiftModifier);
    QVERIFY(!doc()->isModified());
    QCOMPARE(tree(folder()), saved);
}

void TestPendingChanges::discardDropsEverything()
{
    const QMap<QString, QByteArray> before = tree(folder());
    addGallery(2);
    QCOMPARE(tree(staging()).size(), 2);
    // Another page: Discard.
    m_prompter->saveChoice = Prompter::Choice::Discard;
    QSignalSpy opened(m_window.get(), &MainWindow::documentOpened);
    QVERIFY(m_window->selectPage(QStringLiteral("02.news/01.2025-01-20-telemedicine-consultations"), QStringLiteral("ru")));
    QVERIFY(opened.wait(10000));
    QCOMPARE(m_prompter->saveQuestions, 1);
    QCOMPARE(tree(folder()), before);
    QCOMPARE(tree(staging()).size(), 0);
}

void TestPendingChanges::renameUndoAndSave()
{
    addGallery(2);
    QVERIFY2(saveAndWait(), qPrintable(m_prompter->lastError));
    const QMap<QString, QByteArray> saved = tree(folder());
    Q_EMIT m_panel->renameRequested(QStringLiteral("2025-04-22-1.jpg"), QStringLiteral("2025-04-22-hall.jpg"));
    QVERIFY2(m_prompter->lastError.isEmpty(), qPrintable(m_prompter->lastError));
    QVERIFY(m_editor->toPlainText().contains(QStringLiteral("](2025-04-22-hall.jpg \"")));
    QVERIFY(m_panel->names().contains(QStringLiteral("2025-04-22-hall.jpg")));
    QCOMPARE(tree(folder()), saved); // pending only
    keyUndo();
    QVERIFY(m_panel->names().contains(QStringLiteral("2025-04-22-1.jpg")));
    QVERIFY(!doc()->isModified());
    QTest::keyClick(m_editor, Qt::Key_Z, Qt::ControlModifier | Qt::ShiftModifier);
    QVERIFY(doc()->isModified());
    QCOMPARE(tree(folder()), saved);
    QVERIFY2(saveAndWait(), qPrintable(m_prompter->lastError));
    const QMap<QString, QByteArray> after = tree(folder());
    QVERIFY(!after.contains(QStringLiteral("2025-04-22-1.jpg")));
    QCOMPARE(after.value(QStringLiteral("2025-04-22-hall.jpg")), saved.value(QStringLiteral("2025-04-22-1.jpg")));
    for (const QString &f : {QStringLiteral("item.ru.md"), QStringLiteral("item.kk.md"), QStringLiteral("item.en.md")}) {
        QVERIFY2(after.value(f).contains("(2025-04-22-hall.jpg"), qPrintable(f));
        QVERIFY2(!after.value(f).contains("(2025-04-22-1.jpg"), qPrintable(f));
    }
}

void TestPendingChanges::deleteAndUndo()
{
    addGallery(2);
    QVERIFY2(saveAndWait(), qPrintable(m_prompter->lastError));
    const QMap<QString, QByteArray> saved = tree(folder());
    m_prompter->confirmAnswer = true;
    Q_EMIT m_panel->deleteRequested(QStringLiteral("2025-04-22-2.jpg"));
    QVERIFY(!m_panel->names().contains(QStringLiteral("2025-04-22-2.jpg")));
    QVERIFY(m_panel->pendingNames().contains(QStringLiteral("2025-04-22-2.jpg"))); // struck out
    QVERIFY(doc()->isModified());
    QCOMPARE(tree(folder()).keys(), saved.keys());
    QCOMPARE(tree(folder()), saved);
    keyUndo();
    QVERIFY(m_panel->names().contains(QStringLiteral("2025-04-22-2.jpg")));
    QVERIFY(!doc()->isModified());
    // Delete again and save: now it goes.
    Q_EMIT m_panel->deleteRequested(QStringLiteral("2025-04-22-2.jpg"));
    QVERIFY2(saveAndWait(), qPrintable(m_prompter->lastError));
    QVERIFY(!QFile::exists(folder() + QStringLiteral("/2025-04-22-2.jpg")));
    // Ctrl+Z after that save brings it back at the next Save.
    keyUndo();
    QVERIFY(doc()->isModified());
    QVERIFY(!QFile::exists(folder() + QStringLiteral("/2025-04-22-2.jpg")));
    QVERIFY2(saveAndWait(), qPrintable(m_prompter->lastError));
    QCOMPARE(readFile(folder() + QStringLiteral("/2025-04-22-2.jpg")), saved.value(QStringLiteral("2025-04-22-2.jpg")));
}

void TestPendingChanges::languageFileChangedOnDiskRefusesSave()
{
    addGallery(2);
    const QString kk = folder() + QStringLiteral("/item.kk.md");
    const QByteArray theirs = readFile(kk) + "\nA colleague's paragraph.\n";
    QVERIFY(writeFile(kk, theirs));
    const QMap<QString, QByteArray> before = tree(folder());
    const QString mine = m_editor->toPlainText();
    m_prompter->confirmAnswer = false; // "Overwrite it?" No.
    QVERIFY(!saveAndWait());
    QVERIFY2(m_prompter->lastError.isEmpty() || m_prompter->lastError.contains(QStringLiteral("item.kk.md")),
        qPrintable(m_prompter->lastError));
    QCOMPARE(tree(folder()), before);
    QVERIFY(doc()->isModified());
    QCOMPARE(m_editor->toPlainText(), mine);
    QVERIFY(!doc()->folderChanges().isEmpty());
    // Even "overwrite" only overrides the open file: the colleague's words stay.
    m_prompter->confirmAnswer = true;
    QVERIFY(!saveAndWait());
    QCOMPARE(readFile(kk), theirs);
    QCOMPARE(tree(folder()), before);
}

void TestPendingChanges::translationIsCreatedBySave()
{
    // A page without English.
    const QString rel = QStringLiteral("02.news/2025-09-18-nurse-training-course");
    const QString dir = m_siteDir + QStringLiteral("/user/pages/") + rel;
    QVERIFY(!QFile::exists(dir + QStringLiteral("/item.en.md")));
    QSignalSpy opened(m_window.get(), &MainWindow::documentOpened);
    QVERIFY(m_window->selectPage(rel, QStringLiteral("ru")));
    QVERIFY(opened.wait(10000));
    auto *action = m_window->findChild<QAction *>(QStringLiteral("enTranslateAction"));
    QVERIFY(!action); // built when the menu opens
    QMenu *menu = m_window->findChild<QMenu *>(QStringLiteral("translateMenu"));
    QVERIFY(menu);
    QMetaObject::invokeMethod(menu, "aboutToShow");
    action = m_window->findChild<QAction *>(QStringLiteral("enTranslateAction"));
    QVERIFY(action);
    action->trigger();
    QTRY_VERIFY(doc() && doc()->isNew());
    QCOMPARE(doc()->language(), QStringLiteral("en"));
    QVERIFY(doc()->isModified());
    QVERIFY(!QFile::exists(dir + QStringLiteral("/item.en.md")));
    // The translator writes the title (the starter leaves it empty, and Save wants one).
    auto *titleEditor = m_window->findChild<QWidget *>(QStringLiteral("titleFieldEditor"));
    QVERIFY(titleEditor);
    auto *title = titleEditor->findChild<QLineEdit *>();
    QVERIFY(title);
    title->setFocus();
    QTest::keyClicks(title, QStringLiteral("Nurse training"));
    QVERIFY(!QFile::exists(dir + QStringLiteral("/item.en.md")));
    QVERIFY2(saveAndWait(), qPrintable(m_prompter->lastError));
    QVERIFY(QFile::exists(dir + QStringLiteral("/item.en.md")));
    QVERIFY(readFile(dir + QStringLiteral("/item.en.md")).contains("published: false"));
    QVERIFY(readFile(dir + QStringLiteral("/item.en.md")).contains("Nurse training"));
    // The tree learns of it and selects it again.
    QTRY_VERIFY_WITH_TIMEOUT(m_window->pageIndex()
            && m_window->pageIndex()->nodes[m_window->pageIndex()->findByRelPath(rel)].variant(QStringLiteral("en")),
        30000);
}

void TestPendingChanges::pendingPhotosSurviveACrash()
{
    // Photos added and not saved when the process goes without the user's word (SIGTERM flushes and
    // freezes the journal; a crash leaves it as the last snapshot): the next window on the site restores
    // the text and the photos as the page's pending change, and Save writes them.
    const QMap<QString, QByteArray> before = tree(folder());
    addGallery(2);
    const QString body = m_editor->toPlainText();
    QVERIFY(!doc()->folderChanges().isEmpty());
    const QString staged = doc()->currentStagingFolder();
    QVERIFY(QFileInfo(staged).isDir());
    QString error;
    QVERIFY2(m_window->recovery()->flushNow(&error), qPrintable(error));
    m_window->recovery()->freeze();
    // The window lets go of the page without saving; the photos stay where they wait.
    m_prompter->saveChoice = Prompter::Choice::Discard;
    QSignalSpy loaded(m_window.get(), &MainWindow::siteLoaded);
    const QString other = m_dir.filePath(QStringLiteral("other"));
    QVERIFY(copyTree(QStringLiteral(GRAVDESK_SOURCE_DIR "/examples/sample-site"), other));
    QVERIFY(m_window->openSite(other));
    QVERIFY(loaded.wait(30000));
    QVERIFY(QFileInfo(staged).isDir());
    QCOMPARE(tree(folder()), before);

    auto prompter = std::make_shared<ScriptedPrompter>();
    prompter->recoverChoice = Prompter::RecoveryChoice::Restore;
    auto *next = new MainWindow; // left to the process's end, as the fixture's window (Qt WebEngine)
    next->setPrompter(prompter);
    next->resize(1400, 860);
    next->show();
    QSignalSpy nextLoaded(next, &MainWindow::siteLoaded);
    QVERIFY(next->openSite(m_siteDir));
    QVERIFY(nextLoaded.wait(30000));
    QTRY_COMPARE_WITH_TIMEOUT(prompter->recoverQuestions, 1, 5000);
    QTRY_VERIFY_WITH_TIMEOUT(next->currentDocument() && next->currentDocument()->language() == QLatin1String("ru"), 10000);
    PageDocument *restored = next->currentDocument();
    QCOMPARE(next->findChild<QPlainTextEdit *>(QStringLiteral("bodyPlainTextEdit"))->toPlainText(), body);
    QVERIFY(!restored->folderChanges().isEmpty());
    QCOMPARE(restored->currentStagingFolder(), QDir::cleanPath(staged));
    auto *panel = next->findChild<MediaPanel *>(QStringLiteral("mediaPanel"));
    QTRY_COMPARE(panel->pendingNames().size(), 2);
    QCOMPARE(tree(folder()), before); // restored, not written
    QSignalSpy saved(next, &MainWindow::documentSaved);
    QVERIFY(next->save());
    QVERIFY(saved.wait(20000));
    QVERIFY2(saved.first().first().toBool(), qPrintable(prompter->lastError));
    const QMap<QString, QByteArray> after = tree(folder());
    QCOMPARE(after.size(), before.size() + 2);
    for (const QString &f : {QStringLiteral("item.ru.md"), QStringLiteral("item.kk.md"), QStringLiteral("item.en.md")})
        QVERIFY2(after.value(f).contains("owl-carousel"), qPrintable(f));
    next->close();
}

int main(int argc, char *argv[])
{
    PreviewView::registerUrlSchemes();
    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("gravdesk-tests"));
    TestPendingChanges test;
    return QTest::qExec(&test, argc, argv);
}

#include "tst_pendingchanges.moc"
