// Saving a page: untouched files stay untouched, the header's bytes survive a body edit exactly, and a
// file changed by someone else is never overwritten silently.

#include "fileutil.h"
#include "page/documentmanager.h"
#include "page/pagedocument.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>

#include <memory>

using namespace GravDesk;

namespace {

// A fixed modification time in the past, so "untouched" can be checked without sleeping.
const QDateTime kOldTime(QDate(2021, 3, 4), QTime(5, 6, 7), QTimeZone::utc());

bool setOldTime(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) && f.setFileTime(kOldTime, QFileDevice::FileModificationTime);
}

QStringList folderEntries(const QString &dir)
{
    return QDir(dir).entryList(QDir::AllEntries | QDir::Hidden | QDir::System | QDir::NoDotAndDotDot, QDir::Name);
}

} // namespace

class TestPageSave final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void unchangedIsNotWritten_data();
    void unchangedIsNotWritten();
    void bodyEdit_data();
    void bodyEdit();
    void changedOnDisk();
    void deletedSinceLoad();
    void managerSaveSignals();
    void managerRefusesExternalChange();
    void managerOpenFailure();
    void notUtf8IsReadOnly();
    void pendingBodyIsPulledWhenRead();
    void headerEditsStandOrFallTogether();
};

void TestPageSave::initTestCase()
{
    qRegisterMetaType<GravDesk::SaveOutcome>();
    qRegisterMetaType<GravDesk::PageDocument *>();
}

void TestPageSave::unchangedIsNotWritten_data()
{
    QTest::addColumn<QByteArray>("bytes");

    QTest::newRow("lf") << QByteArrayLiteral("---\ntitle: 'Новость'\ndate: '25-05-2024 10:00'\n---\n\nТекст.\n");
    QTest::newRow("crlf") << QByteArrayLiteral("---\r\ntitle: A\r\n---\r\n\r\nBody\r\n");
    QTest::newRow("no final newline") << QByteArrayLiteral("---\ntitle: A\n---\n\nBody");
    QTest::newRow("bom") << QByteArrayLiteral("\xEF\xBB\xBF---\ntitle: A\n---\nBody\n");
    QTest::newRow("mixed line endings") << QByteArrayLiteral("---\r\ntitle: A\n---\r\nx\r\ny\nz\r\n");
    QTest::newRow("no header") << QByteArrayLiteral("Just text\n");
    QTest::newRow("comments and odd quoting") << QByteArrayLiteral("---\n# note\ntitle:   \"A\"   # x\n---\n\n\n\nBody\n");
}

void TestPageSave::unchangedIsNotWritten()
{
    QFETCH(QByteArray, bytes);
    QTemporaryDir tmp;
    const QString path = tmp.filePath(QStringLiteral("item.ru.md"));
    QVERIFY(writeFile(path, bytes));
    QVERIFY(setOldTime(path));

    PageDocument doc(path, readFile(path), QStringLiteral("ru"));
    QVERIFY(!doc.isModified());
    // Setting the same text is not an edit.
    doc.setBody(doc.body());
    QVERIFY(!doc.isModified());

    QString error;
    QCOMPARE(DocumentManager::saveNow(path, doc.envelope().raw, doc.composedBytes(), false, &error), SaveOutcome::Unchanged);
    QVERIFY(error.isEmpty());
    QCOMPARE(readFile(path), bytes);
    QCOMPARE(QFileInfo(path).lastModified(), kOldTime);

    DocumentManager manager;
    QSignalSpy finished(&manager, &DocumentManager::saveFinished);
    manager.save(&doc);
    if (finished.isEmpty())
        QVERIFY(finished.wait(5000));
    QCOMPARE(finished.size(), 1);
    QCOMPARE(finished.first().at(1).value<SaveOutcome>(), SaveOutcome::Unchanged);
    manager.waitForIdle();
    QCOMPARE(readFile(path), bytes);
    QCOMPARE(QFileInfo(path).lastModified(), kOldTime);
    QCOMPARE(folderEntries(tmp.path()), QStringList {QStringLiteral("item.ru.md")});
}

void TestPageSave::bodyEdit_data()
{
    QTest::addColumn<QByteArray>("before");
    QTest::addColumn<QString>("newBody");
    QTest::addColumn<QByteArray>("after");

    QTest::newRow("lf")
        << QByteArrayLiteral("---\ntitle: 'Новость'\n# keep me\ndate: '25-05-2024 10:00'\n---\n\nOld body.\n")
        << QStringLiteral("Жаңа мәтін.\n\n===\n\nMore.\n")
        << QByteArrayLiteral("---\ntitle: 'Новость'\n# keep me\ndate: '25-05-2024 10:00'\n---\n\nЖаңа мәтін.\n\n===\n\nMore.\n");
    QTest::newRow("crlf") << QByteArrayLiteral("---\r\ntitle: A\r\n---\r\n\r\nOld\r\n") << QStringLiteral("Line one\nLine two\n")
                          << QByteArrayLiteral("---\r\ntitle: A\r\n---\r\n\r\nLine one\r\nLine two\r\n");
    QTest::newRow("no final newline") << QByteArrayLiteral("---\ntitle: A\n---\n\nBody") << QStringLiteral("Body edited")
                                      << QByteArrayLiteral("---\ntitle: A\n---\n\nBody edited");
    QTest::newRow("bom and blank lines") << QByteArrayLiteral("\xEF\xBB\xBF---\ntitle: A\n---\n\n\n\nOld\n")
                                         << QStringLiteral("New\n")
                                         << QByteArrayLiteral("\xEF\xBB\xBF---\ntitle: A\n---\n\n\n\nNew\n");
    QTest::newRow("---foo closing line") << QByteArrayLiteral("---\ntitle: A\n---foo\nbar") << QStringLiteral("baz\nqux")
                                         << QByteArrayLiteral("---\ntitle: A\n---baz\nqux");
    QTest::newRow("header only") << QByteArrayLiteral("---\ntitle: A\n---\n") << QStringLiteral("First text.\n")
                                 << QByteArrayLiteral("---\ntitle: A\n---\nFirst text.\n");
    QTest::newRow("no header") << QByteArrayLiteral("Old\r\n") << QStringLiteral("New\n") << QByteArrayLiteral("New\r\n");
    QTest::newRow("body emptied") << QByteArrayLiteral("---\ntitle: A\n---\n\nOld\n") << QString()
                                  << QByteArrayLiteral("---\ntitle: A\n---\n\n");
}

void TestPageSave::bodyEdit()
{
    QFETCH(QByteArray, before);
    QFETCH(QString, newBody);
    QFETCH(QByteArray, after);

    QTemporaryDir tmp;
    const QString path = tmp.filePath(QStringLiteral("item.kk.md"));
    QVERIFY(writeFile(path, before));
    PageDocument doc(path, readFile(path), QStringLiteral("kk"));
    QVERIFY(doc.isEditable());
    const QByteArray prefix = doc.envelope().prefix();

    QSignalSpy modified(&doc, &PageDocument::modifiedChanged);
    QSignalSpy bodyChanged(&doc, &PageDocument::bodyChanged);
    doc.setBody(newBody);
    QVERIFY(doc.isModified());
    QCOMPARE(modified.size(), 1);
    QCOMPARE(modified.first().first().toBool(), true);
    QCOMPARE(bodyChanged.size(), 1);
    QCOMPARE(doc.composedBytes(), after);

    QString error;
    QCOMPARE(DocumentManager::saveNow(path, doc.envelope().raw, doc.composedBytes(), false, &error), SaveOutcome::Written);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    const QByteArray disk = readFile(path);
    QCOMPARE(disk, after);
    // The header bytes are the original ones, byte for byte; Grav reads the new body.
    QCOMPARE(disk.left(prefix.size()), prefix);
    const Envelope again = splitEnvelope(disk);
    QCOMPARE(again.headerText, doc.envelope().headerText);
    QCOMPARE(QString::fromUtf8(again.body), newBody);
    QCOMPARE(folderEntries(tmp.path()), QStringList {QStringLiteral("item.kk.md")});

    doc.markSaved(disk, newBody);
    QVERIFY(!doc.isModified());
    QCOMPARE(modified.size(), 2);
    QCOMPARE(doc.envelope().raw, disk);
}

void TestPageSave::changedOnDisk()
{
    QTemporaryDir tmp;
    const QString path = tmp.filePath(QStringLiteral("item.ru.md"));
    const QByteArray loaded = QByteArrayLiteral("---\ntitle: A\n---\n\nMine\n");
    const QByteArray theirs = QByteArrayLiteral("---\ntitle: A (edited in the admin)\n---\n\nTheirs\n");
    QVERIFY(writeFile(path, loaded));
    PageDocument doc(path, readFile(path), QStringLiteral("ru"));
    doc.setBody(QStringLiteral("Mine, edited\n"));

    QVERIFY(writeFile(path, theirs)); // someone else saves first
    QVERIFY(setOldTime(path));
    QString error;
    QCOMPARE(DocumentManager::saveNow(path, doc.envelope().raw, doc.composedBytes(), false, &error), SaveOutcome::ChangedOnDisk);
    QVERIFY2(error.contains(QStringLiteral("changed")), qPrintable(error));
    QCOMPARE(readFile(path), theirs);
    QCOMPARE(QFileInfo(path).lastModified(), kOldTime);
    QCOMPARE(folderEntries(tmp.path()), QStringList {QStringLiteral("item.ru.md")});

    // The user may choose to overwrite.
    error.clear();
    QCOMPARE(DocumentManager::saveNow(path, doc.envelope().raw, doc.composedBytes(), true, &error), SaveOutcome::Written);
    QCOMPARE(readFile(path), QByteArrayLiteral("---\ntitle: A\n---\n\nMine, edited\n"));
}

void TestPageSave::deletedSinceLoad()
{
    QTemporaryDir tmp;
    const QString path = tmp.filePath(QStringLiteral("item.ru.md"));
    QVERIFY(writeFile(path, QByteArrayLiteral("---\ntitle: A\n---\n\nBody\n")));
    PageDocument doc(path, readFile(path), QStringLiteral("ru"));
    doc.setBody(QStringLiteral("Edited\n"));
    QVERIFY(QFile::remove(path));
    QString error;
    QCOMPARE(DocumentManager::saveNow(path, doc.envelope().raw, doc.composedBytes(), false, &error), SaveOutcome::ChangedOnDisk);
    QVERIFY(!error.isEmpty());
    QVERIFY(!QFile::exists(path));
}

void TestPageSave::managerSaveSignals()
{
    QTemporaryDir tmp;
    const QString path = tmp.filePath(QStringLiteral("item.en.md"));
    QVERIFY(writeFile(path, QByteArrayLiteral("---\r\ntitle: News\r\n---\r\n\r\nOld text\r\n")));

    DocumentManager manager;
    QSignalSpy opened(&manager, &DocumentManager::opened);
    manager.open(path, QStringLiteral("en"), 42);
    QVERIFY(opened.wait(5000));
    QCOMPARE(opened.first().at(1).toInt(), 42);
    std::unique_ptr<PageDocument> doc(opened.first().at(0).value<PageDocument *>());
    QVERIFY(doc);
    QCOMPARE(doc->path(), path);
    QCOMPARE(doc->language(), QStringLiteral("en"));
    QCOMPARE(doc->body(), QStringLiteral("Old text\n"));
    QCOMPARE(doc->header().values.value(QStringLiteral("title")).toString(), QStringLiteral("News"));

    QSignalSpy modified(doc.get(), &PageDocument::modifiedChanged);
    QSignalSpy finished(&manager, &DocumentManager::saveFinished);
    doc->setBody(QStringLiteral("New text\nSecond line\n"));
    manager.save(doc.get());
    QCOMPARE(manager.pendingSaves(), 1);
    QVERIFY(finished.wait(5000));
    QCOMPARE(finished.size(), 1);
    const QList<QVariant> args = finished.takeFirst();
    QCOMPARE(args.at(0).value<PageDocument *>(), doc.get());
    QCOMPARE(args.at(1).value<SaveOutcome>(), SaveOutcome::Written);
    QVERIFY(args.at(2).toString().isEmpty());
    QCOMPARE(manager.pendingSaves(), 0);
    QVERIFY(!doc->isModified());
    QCOMPARE(modified.size(), 2); // true on the edit, false after the save
    QCOMPARE(modified.last().first().toBool(), false);
    QCOMPARE(readFile(path), QByteArrayLiteral("---\r\ntitle: News\r\n---\r\n\r\nNew text\r\nSecond line\r\n"));

    // Saving again has nothing to write.
    manager.save(doc.get());
    if (finished.isEmpty())
        QVERIFY(finished.wait(5000));
    QCOMPARE(finished.first().at(1).value<SaveOutcome>(), SaveOutcome::Unchanged);
    manager.waitForIdle();
    QCOMPARE(folderEntries(tmp.path()), QStringList {QStringLiteral("item.en.md")});
}

void TestPageSave::managerRefusesExternalChange()
{
    QTemporaryDir tmp;
    const QString path = tmp.filePath(QStringLiteral("item.kk.md"));
    QVERIFY(writeFile(path, QByteArrayLiteral("---\ntitle: A\n---\n\nOld\n")));
    PageDocument doc(path, readFile(path), QStringLiteral("kk"));
    doc.setBody(QStringLiteral("Mine\n"));
    const QByteArray theirs = QByteArrayLiteral("---\ntitle: B\n---\n\nTheirs\n");
    QVERIFY(writeFile(path, theirs));

    DocumentManager manager;
    QSignalSpy finished(&manager, &DocumentManager::saveFinished);
    manager.save(&doc);
    QVERIFY(finished.wait(5000));
    QCOMPARE(finished.first().at(1).value<SaveOutcome>(), SaveOutcome::ChangedOnDisk);
    QVERIFY(!finished.first().at(2).toString().isEmpty());
    QVERIFY(doc.isModified()); // the user's text is kept
    QCOMPARE(readFile(path), theirs);

    manager.save(&doc, true);
    QVERIFY(finished.wait(5000));
    QCOMPARE(finished.last().at(1).value<SaveOutcome>(), SaveOutcome::Written);
    QCOMPARE(readFile(path), QByteArrayLiteral("---\ntitle: A\n---\n\nMine\n"));
}

void TestPageSave::managerOpenFailure()
{
    QTemporaryDir tmp;
    DocumentManager manager;
    QSignalSpy failed(&manager, &DocumentManager::openFailed);
    const QString path = tmp.filePath(QStringLiteral("missing.md"));
    manager.open(path, QStringLiteral("kk"), 7);
    QVERIFY(failed.wait(5000));
    QCOMPARE(failed.first().at(0).toString(), path);
    QVERIFY(!failed.first().at(1).toString().isEmpty());
    QCOMPARE(failed.first().at(2).toInt(), 7);
}

// Saving a file that is not UTF-8 would lose bytes, so it is refused and the file left alone.
void TestPageSave::notUtf8IsReadOnly()
{
    QTemporaryDir tmp;
    const QString path = tmp.filePath(QStringLiteral("item.ru.md"));
    const QByteArray latin1 = QByteArrayLiteral("---\ntitle: caf\xE9\n---\n\nText\n");
    QVERIFY(writeFile(path, latin1));
    PageDocument doc(path, readFile(path), QStringLiteral("ru"));
    QVERIFY(!doc.isEditable());
    QVERIFY(!doc.readOnlyReason().isEmpty());
    doc.setBody(QStringLiteral("Edited\n"));
    DocumentManager manager;
    QSignalSpy finished(&manager, &DocumentManager::saveFinished);
    manager.save(&doc);
    if (finished.isEmpty())
        QVERIFY(finished.wait(5000));
    QCOMPARE(finished.first().at(1).value<SaveOutcome>(), SaveOutcome::Failed);
    QCOMPARE(finished.first().at(2).toString(), doc.readOnlyReason());
    QCOMPARE(readFile(path), latin1);
}

void TestPageSave::pendingBodyIsPulledWhenRead()
{
    // A view typing in a long body only says the text changed; whoever reads the body gets the newest text.
    PageDocument doc(QStringLiteral("/nonexistent/item.ru.md"), "---\ntitle: A\n---\nold body\n", QStringLiteral("ru"));
    QSignalSpy modified(&doc, &PageDocument::modifiedChanged);
    int pulls = 0;
    QString viewText = QStringLiteral("new body\n");
    doc.setBodyPending([&] {
        ++pulls;
        return viewText;
    });
    QVERIFY(doc.isModified()); // at once, without converting the text
    QCOMPARE(modified.count(), 1);
    QCOMPARE(pulls, 0);
    QVERIFY(doc.hasPendingBody());
    QCOMPARE(doc.composedBytes(), QByteArray("---\ntitle: A\n---\nnew body\n"));
    QCOMPARE(pulls, 1);
    QVERIFY(!doc.hasPendingBody());
    QCOMPARE(doc.body(), viewText);
    QCOMPARE(pulls, 1); // taken once
    // Typed back to the saved text: once pulled, the document is unmodified again.
    viewText = QStringLiteral("old body\n");
    doc.setBodyPending([&] {
        ++pulls;
        return viewText;
    });
    QVERIFY(doc.isModified());
    QCOMPARE(doc.body(), viewText);
    QVERIFY(!doc.isModified());
    // setBody() from the view settles a pending body without pulling it.
    doc.setBodyPending([&] {
        ++pulls;
        return QStringLiteral("never");
    });
    doc.setBody(QStringLiteral("old body\n"));
    QVERIFY(!doc.hasPendingBody());
    QVERIFY(!doc.isModified());
    QCOMPARE(pulls, 2);
}

void TestPageSave::headerEditsStandOrFallTogether()
{
    PageDocument doc(QStringLiteral("/nonexistent/item.ru.md"), "---\ntitle: A # kept\ndate: '01-02-2024 10:00'\n---\nbody\n",
        QStringLiteral("ru"));
    QSignalSpy changed(&doc, &PageDocument::headerChanged);
    // The second edit is refused (a key path through a scalar): the plan is refused as a whole.
    QByteArray after;
    FrontMatterEditResult r = doc.planHeaderEdit(
        [](FrontMatterDocument &fm) {
            const FrontMatterEditResult first = fm.setValue(QStringLiteral("title"), QStringLiteral("B"));
            return first.ok ? fm.setValue(QStringLiteral("title.sub"), QStringLiteral("x")) : first;
        },
        &after);
    QVERIFY(!r.ok);
    QCOMPARE(after, doc.headerBytes());
    // A plan changes nothing by itself.
    r = doc.planHeaderEdit(
        [](FrontMatterDocument &fm) { return fm.setValue(QStringLiteral("title"), QStringLiteral("B")); }, &after);
    QVERIFY2(r.ok, qPrintable(r.error));
    QCOMPARE(after, QByteArray("title: B # kept\ndate: '01-02-2024 10:00'\n"));
    QCOMPARE(changed.count(), 0);
    QCOMPARE(doc.frontMatter().value(QStringLiteral("title")).toString(), QStringLiteral("A"));
    QVERIFY(!doc.isModified());
    doc.setHeaderBytes(after);
    QCOMPARE(changed.count(), 1);
    QCOMPARE(doc.header().values.value(QStringLiteral("title")).toString(), QStringLiteral("B"));
    QCOMPARE(doc.frontMatter().value(QStringLiteral("title")).toString(), QStringLiteral("B"));
    // One copy: bytes set from elsewhere are what the next field edit starts from.
    doc.setHeaderBytes("title: C\ndate: '01-02-2024 10:00'\npublished: false\n");
    QCOMPARE(doc.frontMatter().value(QStringLiteral("published")).toBool(), false);
    r = doc.planHeaderEdit(
        [](FrontMatterDocument &fm) { return fm.setValue(QStringLiteral("title"), QStringLiteral("D")); }, &after);
    QVERIFY(r.ok);
    QCOMPARE(after, QByteArray("title: D\ndate: '01-02-2024 10:00'\npublished: false\n"));
}

QTEST_GUILESS_MAIN(TestPageSave)
#include "tst_pagesave.moc"
