// Drives the real main window offscreen: open the sample site, select a post, edit, save, switch.
#include "dialogs/aboutdialog.h"
#include "dialogs/prompter.h"
#include "fileutil.h"
#include "mainwindow/mainwindow.h"
#include "page/envelope.h"
#include "page/pagedocument.h"
#include "preview/previewview.h"

#include <QApplication>
#include <QCheckBox>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QRadioButton>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeView>

#include <sys/stat.h>

using namespace GravDesk;

namespace {

// Types text as key events, as a keyboard with a Kazakh layout would (QTest::keyClicks is ASCII-only).
void typeText(QWidget *w, const QString &text)
{
    for (const QChar c : text)
        QTest::sendKeyEvent(QTest::Click, w, Qt::Key_unknown, QString(c), Qt::NoModifier);
}

} // namespace

class TestMainWindow : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_site;
    std::shared_ptr<ScriptedPrompter> m_prompter;
    std::unique_ptr<MainWindow> m_window;

    // The first news item that has a kk file, and that file.
    QString firstNewsItem(QString *file)
    {
        const auto index = m_window->pageIndex();
        const int news = index->findByRelPath(QStringLiteral("02.news"));
        for (int c : index->nodes[news].children) {
            if (const PageVariant *v = index->variantExact(c, QStringLiteral("kk"))) {
                *file = index->filePath(c, v->fileName);
                return index->nodes[c].relPath;
            }
        }
        return {};
    }

    bool openPage(const QString &relPath, const QString &lang)
    {
        QSignalSpy opened(m_window.get(), &MainWindow::documentOpened);
        m_window->selectPage(relPath, lang);
        return opened.wait(10000) || (m_window->currentDocument() && m_window->currentDocument()->language() == lang);
    }

    QPlainTextEdit *editor() { return m_window->findChild<QPlainTextEdit *>(QStringLiteral("bodyPlainTextEdit")); }

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
        QVERIFY(m_window->pageIndex());
        QVERIFY(MainWindow::recentSites().contains(QFileInfo(m_site).absoluteFilePath()));
    }

    void selectShowsTitleBodyAndPreview()
    {
        QString file;
        const QString rel = firstNewsItem(&file);
        QVERIFY(!rel.isEmpty());
        QVERIFY(openPage(rel, QStringLiteral("kk")));
        PageDocument *doc = m_window->currentDocument();
        QVERIFY(doc);
        QCOMPARE(doc->path(), file);
        // The form is built from the sample site's item blueprint.
        const auto *titleEditor = m_window->findChild<QWidget *>(QStringLiteral("titleFieldEditor"));
        QVERIFY(titleEditor);
        const auto *title = titleEditor->findChild<QLineEdit *>();
        QVERIFY(title);
        QCOMPARE(title->text(), doc->header().values.value(QStringLiteral("title")).toString().trimmed());
        QVERIFY(!title->text().isEmpty());
        QCOMPARE(editor()->toPlainText(), QString::fromUtf8(splitEnvelope(readFile(file)).body));
        auto *preview = m_window->findChild<PreviewView *>(QStringLiteral("previewView"));
        QVERIFY(preview);
        QTRY_VERIFY_WITH_TIMEOUT(
            preview->isShellReady() && preview->lastHtml().contains(QRegularExpression(QStringLiteral("<p[ >]"))), 20000);
        // The shell really shows it.
        // Callbacks may arrive after this function returns: they write to shared state, never to the stack.
        auto shown = std::make_shared<QString>();
        QTRY_VERIFY_WITH_TIMEOUT(
            [&] {
                preview->page()->runJavaScript(QStringLiteral("document.getElementById('content').innerHTML"),
                    [shown](const QVariant &v) { *shown = v.toString(); });
                return shown->contains(QRegularExpression(QStringLiteral("<p[ >]"))); // blocks carry data-gd-line
            }(),
            20000);
        if (const QString dir = qEnvironmentVariable("GRAVDESK_SCREENSHOT_DIR"); !dir.isEmpty()) {
            QTest::qWait(1500);
            m_window->grab().save(dir + QStringLiteral("/mainwindow.png"));
        }
    }

    void editAndSaveKeepsHeaderBytes()
    {
        QString file;
        const QString rel = firstNewsItem(&file);
        QVERIFY(openPage(rel, QStringLiteral("kk")));
        const QByteArray before = readFile(file);
        const Envelope env = splitEnvelope(before);
        QVERIFY(env.hasHeader);
        QVERIFY(!m_window->isWindowModified());

        QPlainTextEdit *ed = editor();
        ed->setFocus();
        ed->moveCursor(QTextCursor::End);
        typeText(ed, QStringLiteral(" Жаңа сөйлем."));
        QVERIFY(m_window->currentDocument()->isModified());
        QVERIFY(m_window->isWindowModified());

        QSignalSpy saved(m_window.get(), &MainWindow::documentSaved);
        QTest::keySequence(m_window.get(), QKeySequence::Save);
        QVERIFY(saved.wait(10000));
        QCOMPARE(saved.first().first().toBool(), true);
        QVERIFY(!m_window->currentDocument()->isModified());
        QVERIFY(!m_window->isWindowModified());

        const QByteArray after = readFile(file);
        QCOMPARE(after.left(env.bodyOffset), before.left(env.bodyOffset));
        const QString body = QString::fromUtf8(after.mid(env.bodyOffset));
        QVERIFY(body.endsWith(QStringLiteral(" Жаңа сөйлем.")));
        QCOMPARE(body, QString::fromUtf8(env.body) + QStringLiteral(" Жаңа сөйлем."));
        // No temporary file is left in the page folder.
        const QStringList leftovers
            = QDir(QFileInfo(file).absolutePath()).entryList({QStringLiteral(".*.tmp")}, QDir::Files | QDir::Hidden);
        QVERIFY2(leftovers.isEmpty(), qPrintable(leftovers.join(QLatin1Char(' '))));
    }

    void untouchedPageIsNeverRewritten()
    {
        QString file;
        const QString rel = firstNewsItem(&file);
        const QString ru = QFileInfo(file).absolutePath() + QStringLiteral("/item.ru.md");
        QVERIFY(QFileInfo::exists(ru));
        // A save replaces the file by rename, so the inode would change; so would the mtime.
        struct stat before
        {
        };
        QCOMPARE(::stat(QFile::encodeName(ru).constData(), &before), 0);
        const QByteArray bytes = readFile(ru);
        QVERIFY(openPage(rel, QStringLiteral("ru")));
        QCOMPARE(m_window->currentDocument()->path(), ru);
        QSignalSpy saved(m_window.get(), &MainWindow::documentSaved);
        QTest::keySequence(m_window.get(), QKeySequence::Save); // nothing to save: the action is disabled
        QTest::qWait(300);
        QCOMPARE(saved.count(), 0);
        m_window->save(); // even when asked directly
        QVERIFY(saved.count() == 1 || saved.wait(5000));
        QCOMPARE(saved.first().first().toBool(), true);
        struct stat after
        {
        };
        QCOMPARE(::stat(QFile::encodeName(ru).constData(), &after), 0);
        QCOMPARE(after.st_ino, before.st_ino);
        QCOMPARE(after.st_mtim.tv_sec, before.st_mtim.tv_sec);
        QCOMPARE(after.st_mtim.tv_nsec, before.st_mtim.tv_nsec);
        QCOMPARE(readFile(ru), bytes);
        QVERIFY(m_prompter->lastError.isEmpty());
    }

    void switchingAwayAsks()
    {
        QString file;
        const QString rel = firstNewsItem(&file);
        QVERIFY(openPage(rel, QStringLiteral("kk")));
        const QByteArray before = readFile(file);
        QTest::keyClicks(editor(), QStringLiteral("xyz"));
        QVERIFY(m_window->currentDocument()->isModified());

        // Cancel: stay on the page, keep the text.
        m_prompter->saveChoice = Prompter::Choice::Cancel;
        const int asked = m_prompter->saveQuestions;
        m_window->selectPage(rel, QStringLiteral("en"));
        QCOMPARE(m_prompter->saveQuestions, asked + 1);
        QCOMPARE(m_window->currentDocument()->path(), file);
        QVERIFY(editor()->toPlainText().contains(QStringLiteral("xyz")));

        // Discard: the file is untouched and the other language opens.
        m_prompter->saveChoice = Prompter::Choice::Discard;
        QSignalSpy opened(m_window.get(), &MainWindow::documentOpened);
        m_window->selectPage(rel, QStringLiteral("ru"));
        QVERIFY(opened.wait(10000));
        QCOMPARE(m_window->currentDocument()->language(), QStringLiteral("ru"));
        QCOMPARE(readFile(file), before);
    }

    void formEditsOnlyTheirLines()
    {
        const QString rel = QStringLiteral("02.news/01.2025-01-20-telemedicine-consultations");
        QVERIFY(openPage(rel, QStringLiteral("ru")));
        const QString file = m_window->currentDocument()->path();
        const QList<QByteArray> before = readFile(file).split('\n');
        auto *tabs = m_window->findChild<QTabWidget *>(QStringLiteral("formTabWidget"));
        QVERIFY(tabs);
        const auto showTabOf = [tabs](QWidget *w) {
            for (int i = 0; i < tabs->count(); ++i)
                if (tabs->widget(i)->isAncestorOf(w))
                    tabs->setCurrentIndex(i);
        };

        // Title: select all and type a new one.
        auto *titleEditor = m_window->findChild<QWidget *>(QStringLiteral("titleFieldEditor"));
        QVERIFY(titleEditor);
        auto *title = titleEditor->findChild<QLineEdit *>();
        QVERIFY(title);
        showTabOf(title);
        title->setFocus();
        title->selectAll();
        typeText(title, QStringLiteral("Телемедицина: 2025"));
        // Published: off.
        auto *publishedEditor = m_window->findChild<QWidget *>(QStringLiteral("publishedFieldEditor"));
        QVERIFY(publishedEditor);
        // The toggle shows its options; "No" (option 0) unpublishes.
        auto *publishedYes = publishedEditor->findChild<QRadioButton *>(QStringLiteral("published_1RadioButton"));
        auto *published = publishedEditor->findChild<QRadioButton *>(QStringLiteral("published_0RadioButton"));
        QVERIFY(publishedYes && publishedYes->isChecked() && published && !published->isChecked());
        showTabOf(published);
        published->click();
        // A tag, typed after the existing ones.
        auto *tags = m_window->findChild<QLineEdit *>(QStringLiteral("tagTaxonomyLineEdit"));
        QVERIFY(tags);
        QCOMPARE(tags->text(), QStringLiteral("telemedicine, regions"));
        showTabOf(tags);
        tags->setFocus();
        tags->end(false);
        typeText(tags, QStringLiteral(", donors"));
        QVERIFY(m_window->currentDocument()->isModified());
        // The preview's heading follows the form.
        auto *preview = m_window->findChild<PreviewView *>(QStringLiteral("previewView"));
        auto heading = std::make_shared<QString>();
        QTRY_VERIFY_WITH_TIMEOUT(
            [&] {
                preview->page()->runJavaScript(QStringLiteral("document.getElementById('page-title').textContent"),
                    [heading](const QVariant &v) { *heading = v.toString(); });
                return *heading == QStringLiteral("Телемедицина: 2025");
            }(),
            10000);

        QSignalSpy saved(m_window.get(), &MainWindow::documentSaved);
        QVERIFY(m_window->save());
        QVERIFY(saved.count() == 1 || saved.wait(10000));
        QVERIFY(saved.last().first().toBool());

        QList<QByteArray> expected = before;
        const auto replace = [&expected](const QByteArray &prefix, const QByteArray &line) {
            for (QByteArray &l : expected)
                if (l.startsWith(prefix)) {
                    l = line;
                    return true;
                }
            return false;
        };
        QVERIFY(replace("title:", "title: 'Телемедицина: 2025'"));
        QVERIFY(replace("published:", "published: false"));
        const qsizetype regions = expected.indexOf(QByteArrayLiteral("        - regions"));
        QVERIFY(regions > 0);
        expected.insert(regions + 1, QByteArrayLiteral("        - donors"));
        const QList<QByteArray> after = readFile(file).split('\n');
        QCOMPARE(after, expected);
        if (const QString dir = qEnvironmentVariable("GRAVDESK_SCREENSHOT_DIR"); !dir.isEmpty())
            m_window->grab().save(dir + QStringLiteral("/form.png"));
    }

    void yamlTabErrorsBlockSaving()
    {
        const QString rel = QStringLiteral("02.news/01.2025-01-20-telemedicine-consultations");
        QVERIFY(openPage(rel, QStringLiteral("en")));
        const QString file = m_window->currentDocument()->path();
        const QByteArray before = readFile(file);
        auto *yaml = m_window->findChild<QPlainTextEdit *>(QStringLiteral("yamlPlainTextEdit"));
        QVERIFY(yaml);
        yaml->moveCursor(QTextCursor::End);
        typeText(yaml, QStringLiteral("\nbroken: [unclosed"));
        auto *error = m_window->findChild<QLabel *>(QStringLiteral("yamlErrorLabel"));
        QVERIFY(error && error->text().contains(QStringLiteral("Line")));
        m_prompter->lastError.clear();
        QVERIFY(!m_window->save());
        QVERIFY(m_prompter->lastError.contains(QStringLiteral("YAML")));
        QCOMPARE(readFile(file), before);
        // The user's text stays in the tab; fixing it syncs the form.
        QVERIFY(yaml->toPlainText().endsWith(QStringLiteral("broken: [unclosed")));
        typeText(yaml, QStringLiteral("]"));
        QVERIFY(error->text().isEmpty());
        QVERIFY(m_window->currentDocument()->isModified());
        m_prompter->saveChoice = Prompter::Choice::Discard;
    }

    void undoWalksBodyAndHeaderTogether()
    {
        QVERIFY(openPage(QStringLiteral("02.news/02.2025-04-22-patient-school-hemophilia"), QStringLiteral("kk")));
        PageDocument *doc = m_window->currentDocument();
        const QByteArray header = doc->headerBytes();
        const QString body = doc->body();
        auto *title = m_window->findChild<QWidget *>(QStringLiteral("titleFieldEditor"))->findChild<QLineEdit *>();
        auto *tabs = m_window->findChild<QTabWidget *>(QStringLiteral("formTabWidget"));
        for (int i = 0; i < tabs->count(); ++i)
            if (tabs->widget(i)->isAncestorOf(title))
                tabs->setCurrentIndex(i);
        title->setFocus();
        title->end(false);
        typeText(title, QStringLiteral(" — жаңа"));
        QVERIFY(doc->headerBytes() != header);
        editor()->setFocus();
        editor()->moveCursor(QTextCursor::End);
        typeText(editor(), QStringLiteral(" Қосымша."));
        QVERIFY(doc->body() != body);

        QTest::keySequence(editor(), QKeySequence::Undo); // the body's typing, as one step
        QCOMPARE(doc->body(), body);
        QVERIFY(doc->headerBytes() != header);
        QTest::keySequence(editor(), QKeySequence::Undo); // the whole title edit, as one step
        QCOMPARE(doc->headerBytes(), header);
        QVERIFY(!doc->isModified());
        QCOMPARE(title->text(), doc->header().values.value(QStringLiteral("title")).toString());

        QTest::keySequence(editor(), QKeySequence::Redo);
        QTest::keySequence(editor(), QKeySequence::Redo);
        QVERIFY(title->text().endsWith(QStringLiteral(" — жаңа")));
        QVERIFY(doc->body().endsWith(QStringLiteral(" Қосымша.")));
        m_prompter->saveChoice = Prompter::Choice::Discard;
    }

    void mediaOrderByDragging()
    {
        QVERIFY(openPage(QStringLiteral("02.news/03.2025-06-14-world-blood-donor-day"), QStringLiteral("en")));
        PageDocument *doc = m_window->currentDocument();
        QVERIFY(!doc->header().values.contains(QStringLiteral("media_order")));
        auto *list = m_window->findChild<QListWidget *>(QStringLiteral("mediaOrderListWidget"));
        QVERIFY(list);
        QCOMPARE(list->count(), 4);
        QCOMPARE(list->item(0)->text(), QStringLiteral("2025-06-14-1.jpg"));
        QVERIFY(!doc->isModified()); // showing the order writes nothing
        // What a drag of the third photo to the top does to the model.
        QVERIFY(list->model()->moveRow(QModelIndex(), 2, QModelIndex(), 0));
        QCOMPARE(doc->header().values.value(QStringLiteral("media_order")).toString(),
            QStringLiteral("2025-06-14-3.jpg,2025-06-14-1.jpg,2025-06-14-2.jpg,2025-06-14-4.jpg"));
        QVERIFY(doc->isModified());
        QTest::keySequence(editor(), QKeySequence::Undo);
        QVERIFY(!doc->isModified());
        m_prompter->saveChoice = Prompter::Choice::Discard;
    }

    void galleryPreviewAsGravRendersIt()
    {
        QVERIFY(openPage(QStringLiteral("02.news/03.2025-06-14-world-blood-donor-day"), QStringLiteral("kk")));
        auto *preview = m_window->findChild<PreviewView *>(QStringLiteral("previewView"));
        const auto eval = [preview](const QString &script) {
            auto out = std::make_shared<QVariant>();
            auto done = std::make_shared<bool>(false);
            preview->page()->runJavaScript(script, [out, done](const QVariant &v) {
                *out = v;
                *done = true;
            });
            if (!QTest::qWaitFor([done] { return *done; }, 10000))
                return QVariant();
            return *out;
        };
        // The carousel is Grav's owl-carousel markup, and its slides are the page folder's photos.
        QTRY_COMPARE_WITH_TIMEOUT(
            eval(QStringLiteral("document.querySelectorAll('.owl-carousel img').length")).toInt(), 4, 20000);
        QTRY_VERIFY_WITH_TIMEOUT(
            eval(QStringLiteral("Array.from(document.querySelectorAll('.owl-carousel img')).every(i => i.naturalWidth > 0)"))
                .toBool(),
            20000);
        // The summary delimiter is a visible marker, not a paragraph of "===".
        QCOMPARE(eval(QStringLiteral("document.querySelectorAll('.gravdesk-summary-marker').length")).toInt(), 1);
        QVERIFY(!eval(QStringLiteral("document.getElementById('content').innerHTML"))
                     .toString()
                     .contains(QStringLiteral("<p>===</p>")));
        if (const QString dir = qEnvironmentVariable("GRAVDESK_SCREENSHOT_DIR"); !dir.isEmpty()) {
            eval(QStringLiteral("document.querySelector('.gravdesk-summary-marker').scrollIntoView()"));
            QTest::qWait(1000);
            m_window->grab().save(dir + QStringLiteral("/gallery.png"));
        }
    }

    void aboutDialog()
    {
        AboutDialog dialog(m_window.get());
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        const auto *title = dialog.findChild<QLabel *>(QStringLiteral("titleLabel"));
        QVERIFY(title && title->text().contains(QStringLiteral(GRAVDESK_VERSION)));
        if (const QString dir = qEnvironmentVariable("GRAVDESK_SCREENSHOT_DIR"); !dir.isEmpty())
            dialog.grab().save(dir + QStringLiteral("/about.png"));
    }

    void cleanupTestCase()
    {
        m_prompter->saveChoice = Prompter::Choice::Discard;
        m_window->close();
        m_window.reset();
    }
};

int main(int argc, char *argv[])
{
    PreviewView::registerUrlSchemes();
    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("gravdesk-tests"));
    TestMainWindow test;
    return QTest::qExec(&test, argc, argv);
}

#include "tst_mainwindow.moc"
