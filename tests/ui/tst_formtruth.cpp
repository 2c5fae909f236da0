// The header form tells the truth: toggles read and write their blueprint options (Open Matter's
// inverted "Display this Item in Blog List"), optional fields have a "not set" state that removes the
// key, only set fields are validated — by the same rule `gravdesk-cli check` applies — a missing
// `published:` reads as published, and YAML errors point at the YAML tab's own numbered line.

#include "fileutil.h"
#include "form/fieldcontext.h"
#include "form/fieldwidgets.h"
#include "form/pageformwidget.h"
#include "form/yamltextedit.h"
#include "page/blueprintresolver.h"
#include "page/pagedocument.h"
#include "programrun.h"
#include "site/pageindex.h"
#include "site/siteconfig.h"
#include "site/sitelayout.h"
#include "tempsite.h"
#include "testpaths.h"

#include <QApplication>
#include <QDateTimeEdit>
#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QLayout>
#include <QLineEdit>
#include <QRadioButton>
#include <QTest>
#include <QToolButton>

#include <memory>

using namespace GravDesk;

namespace {

// A real news item of the production site (Open Matter theme); its Blog Item toggles are replaced per test.
const char kCorpusItem[] = "user/pages/02.news/32.2022-04-25-patient-school-invitation/item.ru.md";

// A site of our own for the rules (an int with a minimum, an optional toggle, a required title).
const QByteArray kRulesBlueprint = R"(title: Item
extends@: default
form:
  fields:
    tabs:
      type: tabs
      fields:
        news:
          type: tab
          title: News
          fields:
            header.title:
              type: text
              label: Title
              validate:
                required: true
            header.size:
              type: text
              label: Size
              toggleable: true
              validate:
                type: int
                min: 1
            header.subtitle:
              type: text
              label: Subtitle
              toggleable: true
)";

QByteArray replaceLine(QByteArray header, const QByteArray &prefix, const QByteArray &line)
{
    QList<QByteArray> lines = header.split('\n');
    for (qsizetype i = 0; i < lines.size(); ++i) {
        if (lines[i].startsWith(prefix)) {
            if (line.isEmpty())
                lines.removeAt(i);
            else
                lines[i] = line;
            return lines.join('\n');
        }
    }
    return header;
}

} // namespace

class TestFormTruth final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanup();
    void openMatterToggleShowsTheTruth_data();
    void openMatterToggleShowsTheTruth();
    void tickingDisplayKeepsThePostListed();
    void absentToggleShowsDefaultWithoutWriting();
    void optionalToggleUnsetRemovesKey();
    void optionalTextUnsetRemovesKey();
    void optionalDateUnsetAndSet();
    void validationOnlyOnSetFields();
    void formAndCliReportTheSameProblem();
    void missingPublishedShowsPublished();
    void yamlTabHasLineNumbers();
    void yamlErrorPointsAtTabLine_data();
    void yamlErrorPointsAtTabLine();
    void rejectedHeaderNamesTheTabLine();

private:
    // Opens @p file (bytes) as a page of @p siteRoot with the blueprint of @p templateName.
    bool open(const QString &siteRoot, const QString &path, const QByteArray &file, const QString &templateName)
    {
        const SiteLayout layout = locateSite(siteRoot);
        const SiteConfig config = SiteConfig::load(layout);
        const Blueprint bp = BlueprintResolver(layout, config).resolve(templateName);
        if (!bp.isValid())
            return false;
        m_doc = std::make_unique<PageDocument>(path, file, QStringLiteral("ru"));
        m_form = std::make_unique<PageFormWidget>();
        // The form plans changes; its owner makes them (the page editor, through an undo command).
        connect(m_form.get(), &PageFormWidget::headerEditRequested, m_doc.get(),
            [this](const QByteArray &before, const QByteArray &after, const QString &) {
                QCOMPARE(m_doc->headerBytes(), before);
                m_doc->setHeaderBytes(after);
            });
        // The window's context: the site's date format and time zone (the form shows the site's wall-clock time).
        m_form->showDocument(m_doc.get(), bp, makeFieldContext(config, *m_doc, {}), config, QStringLiteral("/news/x"));
        m_form->show();
        return true;
    }
    bool openCorpusItem(const QByteArray &header)
    {
        m_corpusFile = TestPaths::corpusDir() + QLatin1Char('/') + QLatin1String(kCorpusItem);
        return open(TestPaths::corpusDir(), m_corpusFile, "---\n" + header + "---\n\nBody\n", QStringLiteral("item"));
    }
    QByteArray corpusHeader() const
    {
        const QByteArray file = readFile(TestPaths::corpusDir() + QLatin1Char('/') + QLatin1String(kCorpusItem));
        const qsizetype end = file.indexOf("\n---", 4);
        return file.mid(4, end - 4 + 1);
    }
    bool openRulesSite(const QByteArray &header)
    {
        m_site = std::make_unique<TempSite>();
        m_site->writeDefaultConfig();
        m_site->writeFile(QStringLiteral("user/blueprints/pages/item.yaml"), kRulesBlueprint);
        const QByteArray file = "---\n" + header + "---\n\nBody\n";
        const QString path = m_site->writePage(QStringLiteral("01.news/a/item.ru.md"), file);
        return open(m_site->root(), path, file, QStringLiteral("item"));
    }
    template<typename T> T *child(const QString &name) const { return m_form->findChild<T *>(name); }
    QRadioButton *radio(const QString &name) const { return child<QRadioButton>(name + QStringLiteral("RadioButton")); }
    QLabel *errorLabel(const QString &key) const { return child<QLabel>(key + QStringLiteral("ErrorLabel")); }
    QByteArray header() const { return m_doc->headerBytes(); }

    std::unique_ptr<TempSite> m_site;
    std::unique_ptr<PageDocument> m_doc;
    std::unique_ptr<PageFormWidget> m_form;
    QString m_corpusFile;
};

void TestFormTruth::initTestCase()
{
    // "Now" for a date picked from the calendar: 14:30 in Almaty.
    qputenv("GRAVDESK_NOW", "2026-12-07T09:30:00Z");
}

void TestFormTruth::cleanup()
{
    m_form.reset();
    m_doc.reset();
    m_site.reset();
}

void TestFormTruth::openMatterToggleShowsTheTruth_data()
{
    QTest::addColumn<QByteArray>("line");
    QTest::addColumn<QString>("checked"); // the radio button that must be checked
    // `hide_from_post_list` is inverted: option 0 reads "Yes" (the post is displayed), 1 reads "No".
    QTest::newRow("false") << QByteArray("hide_from_post_list: false") << QStringLiteral("hide_from_post_list_0");
    QTest::newRow("true") << QByteArray("hide_from_post_list: true") << QStringLiteral("hide_from_post_list_1");
    QTest::newRow("0") << QByteArray("hide_from_post_list: 0") << QStringLiteral("hide_from_post_list_0");
    QTest::newRow("1") << QByteArray("hide_from_post_list: 1") << QStringLiteral("hide_from_post_list_1");
    // Text: PHP's truth decides, as Grav's (bool) cast does.
    QTest::newRow("'true'") << QByteArray("hide_from_post_list: 'true'") << QStringLiteral("hide_from_post_list_1");
    // Absent: the blueprint's default (0: displayed), not written.
    QTest::newRow("absent") << QByteArray() << QStringLiteral("hide_from_post_list_0");
}

void TestFormTruth::openMatterToggleShowsTheTruth()
{
    if (!QDir(TestPaths::corpusDir()).exists())
        QSKIP("../shared/corpus/hemcenter is absent: the Open Matter blueprint test is skipped");
    QFETCH(QByteArray, line);
    QFETCH(QString, checked);
    const QByteArray original = replaceLine(corpusHeader(), "hide_from_post_list:", line);
    QVERIFY(openCorpusItem(original));
    QRadioButton *yes = radio(QStringLiteral("hide_from_post_list_0"));
    QRadioButton *no = radio(QStringLiteral("hide_from_post_list_1"));
    QVERIFY(yes && no);
    // Labels in option order, as the blueprint writes them.
    QCOMPARE(yes->text(), QStringLiteral("Yes"));
    QCOMPARE(no->text(), QStringLiteral("No"));
    QLayout *row = m_form->findChild<QWidget *>(QStringLiteral("hide_from_post_listFieldEditor"))->layout();
    QVERIFY(row->indexOf(yes) < row->indexOf(no));
    QVERIFY(radio(checked)->isChecked());
    QCOMPARE(yes->isChecked() + no->isChecked(), 1);
    // Showing writes nothing, not even the default.
    QCOMPARE(header(), original);
}

void TestFormTruth::tickingDisplayKeepsThePostListed()
{
    if (!QDir(TestPaths::corpusDir()).exists())
        QSKIP("../shared/corpus/hemcenter is absent: the Open Matter blueprint test is skipped");
    const QByteArray hidden = replaceLine(corpusHeader(), "hide_from_post_list:", "hide_from_post_list: true");
    QVERIFY(openCorpusItem(hidden));
    // "Display this Item in Blog List: Yes" → hide_from_post_list: false (a bool: validate.type is bool).
    radio(QStringLiteral("hide_from_post_list_0"))->click();
    QCOMPARE(header(), replaceLine(hidden, "hide_from_post_list:", "hide_from_post_list: false"));
    radio(QStringLiteral("hide_from_post_list_1"))->click();
    QCOMPARE(header(), hidden);
}

void TestFormTruth::absentToggleShowsDefaultWithoutWriting()
{
    if (!QDir(TestPaths::corpusDir()).exists())
        QSKIP("../shared/corpus/hemcenter is absent: the Open Matter blueprint test is skipped");
    // continue_link: default 1 ("Yes"); not in the file.
    const QByteArray original = replaceLine(corpusHeader(), "continue_link:", QByteArray());
    QVERIFY(!original.contains("continue_link"));
    QVERIFY(openCorpusItem(original));
    QVERIFY(radio(QStringLiteral("continue_link_1"))->isChecked());
    auto *note = child<QLabel>(QStringLiteral("continue_linkNoteLabel"));
    QVERIFY(note && !note->isHidden());
    QCOMPARE(header(), original);
    // Choosing the other option writes it; the note goes.
    radio(QStringLiteral("continue_link_0"))->click();
    QVERIFY(header().contains("continue_link: false\n"));
    QVERIFY(note->isHidden());
}

void TestFormTruth::optionalToggleUnsetRemovesKey()
{
    if (!QDir(TestPaths::corpusDir()).exists())
        QSKIP("../shared/corpus/hemcenter is absent: the Open Matter blueprint test is skipped");
    // header_image is toggleable: one control with options Enabled, Disabled and "not set".
    const QByteArray original = corpusHeader();
    QVERIFY(original.contains("header_image: false\n"));
    QVERIFY(openCorpusItem(original));
    QRadioButton *unset = radio(QStringLiteral("header_image_unset"));
    QVERIFY(unset);
    QVERIFY(unset->text().contains(QStringLiteral("not set")));
    QVERIFY(radio(QStringLiteral("header_image_0"))->isChecked());
    QCOMPARE(radio(QStringLiteral("header_image_0"))->text(), QStringLiteral("Disabled"));
    // No second checkbox beside the control any more.
    QVERIFY(m_form->findChild<QWidget *>(QStringLiteral("header_imageFieldEditor"))->findChildren<QRadioButton *>().size() == 3);

    unset->click();
    QCOMPARE(header(), replaceLine(original, "header_image:", QByteArray()));
    radio(QStringLiteral("header_image_1"))->click();
    QVERIFY(header().contains("header_image: true\n"));
    // Reloaded without the key, the form shows "not set" again.
    unset->click();
    m_form->reloadHeader();
    QVERIFY(unset->isChecked());
}

void TestFormTruth::optionalTextUnsetRemovesKey()
{
    QVERIFY(openRulesSite("title: A\nsubtitle: 'Old'\n"));
    auto *edit = child<QLineEdit>(QStringLiteral("subtitleLineEdit"));
    QVERIFY(edit);
    QVERIFY(edit->placeholderText().contains(QStringLiteral("not set")));
    QCOMPARE(edit->text(), QStringLiteral("Old"));
    // Emptying an optional field unsets it: the key goes instead of becoming ''.
    edit->clear();
    QCOMPARE(header(), QByteArray("title: A\n"));
    // Typing sets it again.
    QTest::keyClicks(edit, QStringLiteral("New"));
    QCOMPARE(header(), QByteArray("title: A\nsubtitle: 'New'\n"));
}

void TestFormTruth::optionalDateUnsetAndSet()
{
    QVERIFY(openRulesSite("title: A\ndate: '25-04-2022 10:00'\n"));
    auto *edit = child<QDateTimeEdit>(QStringLiteral("dateDateTimeEdit"));
    auto *unset = child<QToolButton>(QStringLiteral("dateUnsetToolButton"));
    QVERIFY(edit && unset);
    QCOMPARE(edit->date(), QDate(2022, 4, 25));
    // Unset: the key goes, the editor says so.
    unset->click();
    QCOMPARE(header(), QByteArray("title: A\n"));
    QVERIFY(edit->text().contains(QStringLiteral("not set")));
    // A day picked (as from the calendar) sets it again, at the time of now rather than midnight.
    edit->setDate(QDate(2026, 12, 15));
    QCOMPARE(header(), QByteArray("title: A\ndate: '15-12-2026 14:30'\n"));
    // A date typed as it is read: day, month and year all change, not the day alone.
    edit->setFocus();
    QTest::keyClick(edit, Qt::Key_A, Qt::ControlModifier);
    QTest::keyClicks(edit, QStringLiteral("29.10.2025"));
    QCOMPARE(edit->date(), QDate(2025, 10, 29));
    QCOMPARE(header(), QByteArray("title: A\ndate: '29-10-2025 14:30'\n"));
    QTest::keyClick(edit, Qt::Key_A, Qt::ControlModifier);
    QTest::keyClicks(edit, QStringLiteral("1.5.2024 9:05"));
    QCOMPARE(header(), QByteArray("title: A\ndate: '01-05-2024 09:05'\n"));
    // Typed over "not set": the date is set again.
    unset->click();
    QCOMPARE(header(), QByteArray("title: A\n"));
    edit->setFocus();
    QTest::keyClick(edit, Qt::Key_A, Qt::ControlModifier);
    QTest::keyClicks(edit, QStringLiteral("29.10.2025"));
    QCOMPARE(edit->date(), QDate(2025, 10, 29));
    QVERIFY(header().startsWith("title: A\ndate: '29-10-2025 "));
}

void TestFormTruth::validationOnlyOnSetFields()
{
    // size (int, at least 1) is not set: no red text, nothing blocks saving.
    QVERIFY(openRulesSite("title: A\n"));
    QLabel *error = errorLabel(QStringLiteral("size"));
    QVERIFY(error);
    QVERIFY(error->isHidden());
    QString why;
    QVERIFY2(m_form->canSave(&why), qPrintable(why));

    // Set to 0: the rule applies.
    auto *edit = child<QLineEdit>(QStringLiteral("sizeLineEdit"));
    QTest::keyClicks(edit, QStringLiteral("0"));
    QCOMPARE(header(), QByteArray("title: A\nsize: '0'\n"));
    QVERIFY(!error->isHidden());
    QVERIFY(error->text().contains(QStringLiteral("at least 1")));
    QVERIFY(!m_form->canSave(&why));

    // Unset again: the key goes and so does the complaint.
    edit->clear();
    QCOMPARE(header(), QByteArray("title: A\n"));
    QVERIFY(error->isHidden());
    QVERIFY(m_form->canSave(&why));
}

void TestFormTruth::formAndCliReportTheSameProblem()
{
    QVERIFY(openRulesSite("title: A\nsize: 0\n"));
    QLabel *error = errorLabel(QStringLiteral("size"));
    QVERIFY(error && !error->isHidden());
    const QString formSays = error->text();
    QVERIFY(!formSays.isEmpty());

    const ProgramRun r
        = runProgram(QStringLiteral(GRAVDESK_CLI), {QStringLiteral("check"), m_site->root(), QStringLiteral("--json")});
    const QJsonArray problems = QJsonDocument::fromJson(r.out).object().value(QStringLiteral("problems")).toArray();
    QStringList cliSays;
    for (const QJsonValue &v : problems)
        if (v.toObject().value(QStringLiteral("kind")).toString() == QLatin1String("blueprint-rule"))
            cliSays << v.toObject().value(QStringLiteral("message")).toString();
    QCOMPARE(cliSays.size(), 1);
    QVERIFY2(cliSays.first().contains(QStringLiteral("(size): ") + formSays),
        qPrintable(cliSays.first() + QStringLiteral(" / ") + formSays));

    // And where the form is quiet (a field that is not set), so is the CLI.
    m_site->writePage(QStringLiteral("01.news/a/item.ru.md"), "---\ntitle: A\n---\n\nBody\n");
    const ProgramRun clean
        = runProgram(QStringLiteral(GRAVDESK_CLI), {QStringLiteral("check"), m_site->root(), QStringLiteral("--json")});
    QVERIFY(!clean.out.contains("blueprint-rule"));
}

void TestFormTruth::missingPublishedShowsPublished()
{
    QVERIFY(openRulesSite("title: A\n"));
    // The core default blueprint's published toggle is optional; not set, it says what Grav does.
    QRadioButton *unset = radio(QStringLiteral("published_unset"));
    QVERIFY(unset && unset->isChecked());
    QVERIFY2(unset->text().contains(QStringLiteral("Yes")), qPrintable(unset->text()));
    QVERIFY(!radio(QStringLiteral("published_0"))->isChecked());
    QCOMPARE(header(), QByteArray("title: A\n"));
    // The tree's state comes from the page index: published too.
    PageVariant v;
    QVERIFY(readVariant(m_doc->path(), SiteConfig::load(locateSite(m_site->root())), v));
    QCOMPARE(v.publishState, PublishState::Published);
}

void TestFormTruth::yamlTabHasLineNumbers()
{
    QVERIFY(openRulesSite("title: A\nsize: 3\nsubtitle: B\n"));
    auto *yaml = child<YamlTextEdit>(QStringLiteral("yamlPlainTextEdit"));
    QVERIFY(yaml);
    auto *gutter = yaml->findChild<QWidget *>(QStringLiteral("yamlLineNumberArea"));
    QVERIFY(gutter);
    // The text starts right of the gutter, which is wide enough for two digits.
    QVERIFY(yaml->lineNumberAreaWidth() > yaml->fontMetrics().horizontalAdvance(QStringLiteral("99")));
    QVERIFY(yaml->viewport()->geometry().left() >= yaml->lineNumberAreaWidth());
    QCOMPARE(yaml->document()->blockCount(), 4); // three lines and the empty one after the last newline
}

void TestFormTruth::yamlErrorPointsAtTabLine_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<int>("line");
    QTest::newRow("line 2") << QStringLiteral("title: A\nbad: 'x' y\nsubtitle: B\n") << 2;
    QTest::newRow("line 4") << QStringLiteral("title: A\nsize: 3\nsubtitle: B\nbad: 'x' y\n") << 4;
    // Grav reads a duplicate key only with its legacy parser: refused too, at the second key.
    QTest::newRow("line 3") << QStringLiteral("title: A\nsize: 3\ntitle: B\n") << 3;
}

void TestFormTruth::yamlErrorPointsAtTabLine()
{
    QFETCH(QString, text);
    QFETCH(int, line);
    QVERIFY(openRulesSite("title: A\nsize: 3\nsubtitle: B\n"));
    auto *yaml = child<YamlTextEdit>(QStringLiteral("yamlPlainTextEdit"));
    yaml->setPlainText(text);
    auto *error = child<QLabel>(QStringLiteral("yamlErrorLabel"));
    QVERIFY2(error->text().startsWith(QStringLiteral("Line %1,").arg(line)), qPrintable(error->text()));
    QCOMPARE(yaml->errorLine(), line);
    // The document keeps its last valid header.
    QCOMPARE(header(), QByteArray("title: A\nsize: 3\nsubtitle: B\n"));
    yaml->setPlainText(QStringLiteral("title: A\n"));
    QCOMPARE(yaml->errorLine(), 0);
    QVERIFY(error->text().isEmpty());
}

void TestFormTruth::rejectedHeaderNamesTheTabLine()
{
    // Blank lines before the header move the file's lines, not the tab's: the error is on tab line 2.
    m_site = std::make_unique<TempSite>();
    m_site->writeDefaultConfig();
    m_site->writeFile(QStringLiteral("user/blueprints/pages/item.yaml"), kRulesBlueprint);
    const QByteArray file = "\n\n---\ntitle: A\nbad: 'x' y\n---\n\nBody\n";
    const QString path = m_site->writePage(QStringLiteral("01.news/a/item.ru.md"), file);
    QVERIFY(open(m_site->root(), path, file, QStringLiteral("item")));
    auto *state = child<QLabel>(QStringLiteral("headerStateLabel"));
    QVERIFY(state && !state->isHidden());
    QVERIFY2(state->text().contains(QStringLiteral("line 2 in the YAML tab, line 5 of the file")), qPrintable(state->text()));
    QCOMPARE(child<YamlTextEdit>(QStringLiteral("yamlPlainTextEdit"))->errorLine(), 2);
}

QTEST_MAIN(TestFormTruth)
#include "tst_formtruth.moc"
