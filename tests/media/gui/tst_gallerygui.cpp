// The gallery import in the real window, offscreen: the dialog (thumbnails, order, rotation, captions,
// import with progress, cancel) and Add Gallery on a page of the sample site as one undoable step of
// the page's pending change, written by Save.
// With GRAVDESK_SCREENSHOT_DIR set it saves gallery-import.png and gallery-result.png there.

#include "dialogs/prompter.h"
#include "editor/pageeditor.h"
#include "fileutil.h"
#include "gallery/galleryimportdialog.h"
#include "gallery/mediapanel.h"
#include "galleryimport.h"
#include "gallerysettings.h"
#include "mainwindow/mainwindow.h"
#include "page/pagedocument.h"
#include "photofixtures.h"
#include "preview/previewview.h"
#include "tempsite.h"

#include <QApplication>
#include <QDir>
#include <QFile>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QUndoStack>

using namespace GravDesk;

namespace {

bool thumbnailsLoaded(const GalleryImportDialog &dialog)
{
    auto *list = dialog.findChild<QListWidget *>(QStringLiteral("photoListWidget"));
    for (int i = 0; i < list->count(); ++i) {
        if (list->item(i)->data(Qt::UserRole + 3).isNull() && list->item(i)->data(Qt::UserRole + 4).isNull())
            return false;
    }
    return true;
}

// The translation ledger is left out: a save updates it afterwards on a thread of its own.
QStringList folderFiles(const QString &dir)
{
    QStringList names = QDir(dir).entryList(QDir::Files | QDir::Hidden, QDir::Name);
    names.removeIf([](const QString &n) { return n.contains(QLatin1String(".translations.yaml")); });
    return names;
}

} // namespace

class TestGalleryGui : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void dialogOrdersRotatesAndCaptions();
    void cancelLeavesFolderAsItWas();
    void addGalleryIsOneUndoStep();

private:
    QStringList photos(int count, int w = 1600, int h = 1000);

    QTemporaryDir m_dir;
    int m_made = 0;
};

void TestGalleryGui::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY(m_dir.isValid());
}

QStringList TestGalleryGui::photos(int count, int w, int h)
{
    QStringList out;
    for (int i = 0; i < count; ++i) {
        const int n = ++m_made;
        const QString path = m_dir.filePath(QStringLiteral("IMG_%1.JPG").arg(1000 + n));
        const int orientation = n % 3 == 0 ? 6 : 1;
        PhotoFixtures::writeFile(path,
            PhotoFixtures::withCameraMetadata(
                PhotoFixtures::jpeg(PhotoFixtures::storedFor(PhotoFixtures::scene(w, h, n), orientation)), orientation));
        out.append(path);
    }
    return out;
}

void TestGalleryGui::dialogOrdersRotatesAndCaptions()
{
    TempSite site;
    const QString rel = QStringLiteral("02.news/07.2024-03-01-open-day");
    site.writePage(rel + QStringLiteral("/item.ru.md"), TempSite::page("title: День открытых дверей\n", "Текст.\n"));
    site.writePage(rel + QStringLiteral("/item.kk.md"), TempSite::page("title: Ашық есік күні\n", "Мәтін.\n"));
    const QString folder = site.pagesDir() + QLatin1Char('/') + rel;
    GalleryImportRequest base;
    base.pageFolder = folder;
    base.targets = GalleryImport::pageFiles(folder);
    const QList<QPair<QString, QString>> titles {
        {QStringLiteral("kk"), QStringLiteral("Ашық есік күні")}, {QStringLiteral("ru"), QStringLiteral("День открытых дверей")}};
    GalleryImportDialog dialog(base, titles, GallerySettings());
    const QString notes = m_dir.filePath(QStringLiteral("notes.jpg"));
    PhotoFixtures::writeFile(notes, "not a photo\n");
    QStringList files = photos(3);
    dialog.addFiles(files + QStringList {notes, files.first()}); // a duplicate is added once
    QCOMPARE(dialog.photoCount(), 4);
    dialog.show();
    QTRY_VERIFY_WITH_TIMEOUT(thumbnailsLoaded(dialog), 10000);

    auto *list = dialog.findChild<QListWidget *>(QStringLiteral("photoListWidget"));
    // Reorder: the third photo first (what a drag does to the list), remove the text file.
    list->insertItem(0, list->takeItem(2));
    list->setCurrentRow(3);
    dialog.removeSelected();
    QCOMPARE(dialog.photoCount(), 3);
    list->clearSelection();
    list->setCurrentRow(0);
    dialog.rotateSelected(90);
    auto *ru = dialog.findChild<QLineEdit *>(QStringLiteral("caption_ru_LineEdit"));
    QVERIFY(ru);
    QCOMPARE(ru->text(), QStringLiteral("День открытых дверей"));
    ru->selectAll();
    QTest::keyClicks(ru, QStringLiteral("Hall"));
    const QList<GalleryItem> items = dialog.items();
    QCOMPARE(items.size(), 3);
    QCOMPARE(items[0].source, files[2]);
    QCOMPARE(items[0].rotation, 90);
    QCOMPARE(items[0].captions.value(QStringLiteral("ru")), QStringLiteral("Hall"));
    QCOMPARE(items[0].captions.value(QStringLiteral("kk")), QStringLiteral("Ашық есік күні"));
    QCOMPARE(items[1].captions.value(QStringLiteral("ru")), QStringLiteral("День открытых дверей"));

    QSignalSpy done(&dialog, &GalleryImportDialog::importFinished);
    QTest::mouseClick(dialog.findChild<QPushButton *>(QStringLiteral("importButton")), Qt::LeftButton);
    QVERIFY(dialog.isImporting());
    QVERIFY(done.wait(30000));
    QCOMPARE(dialog.result().imported(), 3);
    QCOMPARE(dialog.result().items[0].fileName, QStringLiteral("2024-03-01-1.jpg"));
    // Photo 3 was stored sideways (EXIF orientation 6), is upright landscape, then turned by hand: portrait.
    QCOMPARE(dialog.result().items[0].size, QSize(1000, 1600));
    QCOMPARE(dialog.result().items[1].size, QSize(1600, 1000));
    const QByteArray ruFile = readFile(folder + QStringLiteral("/item.ru.md"));
    QVERIFY(ruFile.contains("![Hall](2024-03-01-1.jpg \"Hall\")\n"));
}

void TestGalleryGui::cancelLeavesFolderAsItWas()
{
    TempSite site;
    const QString rel = QStringLiteral("02.news/08.2024-04-01-x");
    site.writePage(rel + QStringLiteral("/item.ru.md"), TempSite::page("title: X\n", "Текст.\n"));
    const QString folder = site.pagesDir() + QLatin1Char('/') + rel;
    const QStringList before = folderFiles(folder);
    const QByteArray page = readFile(folder + QStringLiteral("/item.ru.md"));
    GalleryImportRequest base;
    base.pageFolder = folder;
    base.maxThreads = 1;
    GalleryImportDialog dialog(base, {{QStringLiteral("ru"), QStringLiteral("X")}}, GallerySettings());
    dialog.addFiles(photos(12, 4000, 3000));
    dialog.show();
    QSignalSpy done(&dialog, &GalleryImportDialog::importFinished);
    dialog.startImport();
    QVERIFY(dialog.isImporting());
    dialog.reject(); // Cancel while it runs
    QVERIFY(dialog.isVisible()); // stays until the folder is back as it was
    QVERIFY(done.wait(30000));
    QTRY_VERIFY(!dialog.isVisible());
    QCOMPARE(dialog.result().cancelled, true);
    QCOMPARE(folderFiles(folder), before);
    QCOMPARE(readFile(folder + QStringLiteral("/item.ru.md")), page);
}

void TestGalleryGui::addGalleryIsOneUndoStep()
{
    const QString siteDir = m_dir.filePath(QStringLiteral("site"));
    QVERIFY(copyTree(QStringLiteral(GRAVDESK_SOURCE_DIR "/examples/sample-site"), siteDir));
    auto prompter = std::make_shared<ScriptedPrompter>();
    // Left to the process's end (closed below): destroying a window whose preview page is still starting up
    // crashes inside Qt WebEngine now and then (WebContentsAdapter::initialize during the view's destruction).
    MainWindow &window = *new MainWindow;
    window.setPrompter(prompter);
    window.resize(1400, 860);
    window.show();
    QSignalSpy loaded(&window, &MainWindow::siteLoaded);
    QVERIFY(window.openSite(siteDir));
    QVERIFY(loaded.wait(30000));
    const QString rel = QStringLiteral("02.news/02.2025-04-22-patient-school-hemophilia");
    const QString folder = siteDir + QStringLiteral("/user/pages/") + rel;
    QSignalSpy opened(&window, &MainWindow::documentOpened);
    QVERIFY(window.selectPage(rel, QStringLiteral("ru")));
    QVERIFY(opened.wait(10000));
    const QStringList filesBefore = folderFiles(folder);
    const QByteArray kkBefore = readFile(folder + QStringLiteral("/item.kk.md"));
    auto *editor = window.findChild<QPlainTextEdit *>(QStringLiteral("bodyPlainTextEdit"));
    const QString bodyBefore = editor->toPlainText();
    QTextCursor c = editor->textCursor();
    c.movePosition(QTextCursor::End);
    editor->setTextCursor(c);

    const QStringList files = photos(4, 2400, 1600);
    bool dialogSeen = false;
    QTimer::singleShot(0, this, [&] {
        auto *dialog = qobject_cast<GalleryImportDialog *>(QApplication::activeModalWidget());
        QVERIFY(dialog);
        dialogSeen = true;
        QTRY_VERIFY_WITH_TIMEOUT(thumbnailsLoaded(*dialog), 10000);
        if (const QString dir = qEnvironmentVariable("GRAVDESK_SCREENSHOT_DIR"); !dir.isEmpty()) {
            dialog->findChild<QListWidget *>(QStringLiteral("photoListWidget"))->setCurrentRow(0);
            QTest::qWait(300);
            dialog->grab().save(dir + QStringLiteral("/gallery-import.png"));
        }
        QTest::mouseClick(dialog->findChild<QPushButton *>(QStringLiteral("importButton")), Qt::LeftButton);
    });
    window.addGallery(files);
    QVERIFY(dialogSeen);

    const QString body = editor->toPlainText();
    QVERIFY2(body.startsWith(bodyBefore), qPrintable(body));
    QVERIFY(body.contains(QStringLiteral("[owl-carousel class=\"gallery-owl\" items=1 margin=10 loop=true autoplay=false "
                                         "lazyLoad=true]\n![")));
    QVERIFY(body.contains(QStringLiteral("](2025-04-22-4.jpg \"")));
    QVERIFY(window.currentDocument()->isModified());
    QVERIFY(window.currentDocument()->headerBytes().contains("header_image: false"));
    // Nothing is on disk before Save: the photos and the other languages are the page's pending change.
    QCOMPARE(readFile(folder + QStringLiteral("/item.kk.md")), kkBefore);
    QCOMPARE(folderFiles(folder), filesBefore);
    auto *panel = window.findChild<MediaPanel *>(QStringLiteral("mediaPanel"));
    QVERIFY(panel);
    QTRY_VERIFY(panel->names().contains(QStringLiteral("2025-04-22-4.jpg")));

    if (const QString dir = qEnvironmentVariable("GRAVDESK_SCREENSHOT_DIR"); !dir.isEmpty()) {
        auto *preview = window.findChild<PreviewView *>(QStringLiteral("previewView"));
        QTRY_VERIFY_WITH_TIMEOUT(preview->lastHtml().contains(QStringLiteral("owl-carousel")), 20000);
        QTest::qWait(1500);
        // Show the gallery: the end of the text and of the preview.
        editor->ensureCursorVisible();
        preview->page()->runJavaScript(
            QStringLiteral("var c = document.querySelector('.owl-carousel'); if (c) c.scrollIntoView({block: 'start'});"));
        QTest::qWait(1500);
        window.grab().save(dir + QStringLiteral("/gallery-result.png"));
    }

    // One step back: text, header, and the pending photos and language files.
    QUndoStack *undo = pageHistory(window.currentDocument()); // the page's history is its document's
    QVERIFY(undo);
    undo->undo();
    QCOMPARE(editor->toPlainText(), bodyBefore);
    QVERIFY(!window.currentDocument()->headerBytes().contains("header_image: false"));
    QVERIFY(!window.currentDocument()->isModified());
    QVERIFY(!panel->names().contains(QStringLiteral("2025-04-22-1.jpg")));
    QCOMPARE(folderFiles(folder), filesBefore);
    undo->redo();
    QCOMPARE(editor->toPlainText(), body);
    QVERIFY(panel->names().contains(QStringLiteral("2025-04-22-1.jpg")));
    QCOMPARE(folderFiles(folder), filesBefore);

    // Rename one: the open page's text changes as an edit, the rest waits for Save.
    Q_EMIT panel->renameRequested(QStringLiteral("2025-04-22-1.jpg"), QStringLiteral("2025-04-22-opening.jpg"));
    QVERIFY2(prompter->lastError.isEmpty(), qPrintable(prompter->lastError));
    QVERIFY(editor->toPlainText().contains(QStringLiteral("](2025-04-22-opening.jpg \"")));
    QVERIFY(!editor->toPlainText().contains(QStringLiteral("2025-04-22-1.jpg")));
    QVERIFY(panel->names().contains(QStringLiteral("2025-04-22-opening.jpg")));
    QCOMPARE(folderFiles(folder), filesBefore);
    // Undo takes the rename back everywhere, redo does it again.
    const QString renamedBody = editor->toPlainText();
    undo->undo();
    QVERIFY(panel->names().contains(QStringLiteral("2025-04-22-1.jpg")));
    QVERIFY(editor->toPlainText().contains(QStringLiteral("](2025-04-22-1.jpg \"")));
    undo->redo();
    QCOMPARE(editor->toPlainText(), renamedBody);

    // Save writes all of it: the photos under their final names and every language file.
    QSignalSpy saved(&window, &MainWindow::documentSaved);
    QVERIFY(window.save());
    QVERIFY(saved.wait(20000));
    QVERIFY(saved.first().first().toBool());
    QCOMPARE(folderFiles(folder).size(), filesBefore.size() + 4);
    QVERIFY(QFile::exists(folder + QStringLiteral("/2025-04-22-opening.jpg")));
    QVERIFY(!QFile::exists(folder + QStringLiteral("/2025-04-22-1.jpg")));
    QVERIFY(readFile(folder + QStringLiteral("/item.kk.md")).contains("(2025-04-22-opening.jpg"));
    QVERIFY(readFile(folder + QStringLiteral("/item.kk.md")).contains("(2025-04-22-4.jpg"));
    QVERIFY(readFile(folder + QStringLiteral("/item.ru.md")).contains("](2025-04-22-opening.jpg \""));

    // Insert a link at the cursor.
    QTextCursor end = editor->textCursor();
    end.movePosition(QTextCursor::End);
    editor->setTextCursor(end);
    Q_EMIT panel->insertRequested(MediaPanel::linkFor(QStringLiteral("2025-04-22-2.jpg")));
    QVERIFY(editor->toPlainText().endsWith(QStringLiteral("![](2025-04-22-2.jpg)")));
    // Delete asks first; "no" keeps the file; "yes" deletes it at Save.
    prompter->confirmAnswer = false;
    Q_EMIT panel->deleteRequested(QStringLiteral("2025-04-22-3.jpg"));
    QVERIFY(panel->names().contains(QStringLiteral("2025-04-22-3.jpg")));
    prompter->confirmAnswer = true;
    Q_EMIT panel->deleteRequested(QStringLiteral("2025-04-22-3.jpg"));
    QVERIFY(!panel->names().contains(QStringLiteral("2025-04-22-3.jpg")));
    QVERIFY(QFile::exists(folder + QStringLiteral("/2025-04-22-3.jpg")));
    undo->undo(); // back in the list
    QVERIFY(panel->names().contains(QStringLiteral("2025-04-22-3.jpg")));
    QVERIFY(QFile::exists(folder + QStringLiteral("/2025-04-22-3.jpg")));
    prompter->saveChoice = ScriptedPrompter::Choice::Discard;
    window.close();
}

int main(int argc, char *argv[])
{
    PreviewView::registerUrlSchemes();
    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("gravdesk-tests"));
    TestGalleryGui test;
    return QTest::qExec(&test, argc, argv);
}

#include "tst_gallerygui.moc"
