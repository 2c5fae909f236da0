// The check before every page save: the header Grav would read from the bytes about to be written is the
// header the user is shown, or nothing is written. The YAML tab is the hardest case: its text is whatever
// the user typed, last line without a line break included.

#include "fileutil.h"
#include "oracle.h"
#include "page/envelope.h"
#include "page/frontmatter.h"
#include "page/pagedocument.h"
#include "page/savecheck.h"
#include "testpaths.h"

#include <QDirIterator>
#include <QFile>
#include <QJsonArray>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QTest>
#include <QThreadPool>
#include <QtConcurrent/QtConcurrentMap>

using namespace GravDesk;

namespace {

constexpr quint32 kSeed = 20261207;
constexpr int kEdits = 4000; // checked with parseHeader
constexpr int kOracleEdits = 160; // of those, also read by the PHP oracle

// What the user typed, read as a header on its own: between `---` lines, with a final line break.
QByteArray wrapped(const QByteArray &tab)
{
    QByteArray t = tab;
    if (!t.endsWith('\n') && !t.endsWith('\r'))
        t += '\n';
    return QByteArrayLiteral("---\n") + t + QByteArrayLiteral("---\n");
}

// A line that starts with `---` ends Grav's header; an empty header is no header. Such tab texts cannot be
// saved as the user sees them, so the save must be refused.
bool cannotBeSavedAsShown(const QByteArray &tab)
{
    QByteArray lf = tab;
    lf.replace("\r\n", "\n");
    lf.replace('\r', '\n');
    if (lf.trimmed().isEmpty())
        return true;
    const QList<QByteArray> lines = lf.split('\n');
    for (const QByteArray &l : lines) {
        if (l.startsWith("---"))
            return true;
    }
    return false;
}

struct Case
{
    QString base;
    QByteArray tab;
    QByteArray bytes;
    QString problem;
    QString describe() const { return QStringLiteral("%1 with the YAML tab\n%2").arg(base, QString::fromUtf8(tab)); }
};

// One random edit of the tab's text, of the kinds that broke saves: a key typed on the last line without
// Enter, trailing spaces, a comment as the last line, `---` and `...` lines, no final line break, CRLF.
QByteArray randomTab(const QByteArray &header, QRandomGenerator &rng)
{
    QList<QByteArray> lines = header.split('\n');
    if (!lines.isEmpty() && lines.last().isEmpty())
        lines.removeLast();
    bool finalBreak = true;
    const int edits = 1 + int(rng.bounded(3));
    for (int e = 0; e < edits; ++e) {
        const int pos = lines.isEmpty() ? 0 : int(rng.bounded(quint32(lines.size() + 1)));
        switch (rng.bounded(10)) {
        case 0:
            lines.append("foo: " + QByteArray::number(rng.bounded(100)));
            finalBreak = false;
            break;
        case 1:
            if (!lines.isEmpty())
                lines.last() += QByteArray(1 + int(rng.bounded(3)), ' ');
            break;
        case 2:
            lines.append("# a note at the end");
            finalBreak = rng.bounded(2) == 0;
            break;
        case 3: lines.insert(pos, "---"); break;
        case 4: lines.insert(pos, "..."); break;
        case 5: lines.insert(pos, rng.bounded(2) ? QByteArray("---x: 1") : QByteArray("----")); break;
        case 6: finalBreak = false; break;
        case 7: lines.append("extra_" + QByteArray::number(rng.bounded(1000)) + ": 'Тест ё'"); break;
        case 8:
            if (!lines.isEmpty())
                lines.removeAt(int(rng.bounded(quint32(lines.size()))));
            break;
        case 9:
            lines.append("list:\n  - a\n  - b");
            finalBreak = rng.bounded(2) == 0;
            break;
        }
    }
    QByteArray out = lines.join('\n');
    if (finalBreak && !out.isEmpty())
        out += '\n';
    if (rng.bounded(8) == 0)
        out.replace("\n", "\r\n");
    return out;
}

QStringList basePages()
{
    QStringList files;
    QDirIterator it(TestPaths::sourceDir() + QStringLiteral("/examples/sample-site/user/pages"), {QStringLiteral("*.md")},
        QDir::Files, QDirIterator::Subdirectories);
    while (it.hasNext())
        files.append(it.next());
    const QString corpus = TestPaths::corpusDir() + QStringLiteral("/hemcenter/user/pages/02.news/");
    for (const QString &p : {QStringLiteral("2024-05-25-education-exchange-program/item.ru.md"),
             QStringLiteral("14.2019-07-22-silk-road-central-asia-hematology-forum/item.kk.md")}) {
        if (QFileInfo::exists(corpus + p))
            files.append(corpus + p);
    }
    files.sort();
    return files;
}

} // namespace

class TestSaveCheck final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void lastLineWithoutLineBreak();
    void refused_data();
    void refused();
    void pageWithoutHeader();
    void randomTabEdits();
};

// The measured case: a key typed on the tab's last line without Enter wrote `foo: 1---`.
void TestSaveCheck::lastLineWithoutLineBreak()
{
    const QByteArray file = "---\ntitle: Жаңалық\npublished: false\n---\n\nМәтін\n";
    PageDocument doc(QStringLiteral("item.kk.md"), file, QStringLiteral("kk"));
    const QByteArray tab = "title: Жаңалық\npublished: false\nfoo: 1";
    doc.setHeaderBytes(tab);
    const QByteArray bytes = doc.composedBytes();
    QCOMPARE(bytes, QByteArray("---\ntitle: Жаңалық\npublished: false\nfoo: 1\n---\n\nМәтін\n"));
    QCOMPARE(pageWriteProblem(bytes, tab, true), QString());
    const Envelope env = splitEnvelope(bytes);
    QVERIFY(env.hasHeader);
    const HeaderParse h = parseHeader(env.headerText);
    QCOMPARE(h.values.value(QStringLiteral("published")), QVariant(false));
    QCOMPARE(h.values.value(QStringLiteral("foo")), QVariant(1));

    // CRLF files get CRLF, and the saved document is no longer modified.
    const QByteArray crlf = "---\r\ntitle: A\r\n---\r\n\r\nText\r\n";
    PageDocument doc2(QStringLiteral("item.md"), crlf, QString());
    doc2.setHeaderBytes("title: A\r\nfoo: 1");
    QCOMPARE(doc2.composedBytes(), QByteArray("---\r\ntitle: A\r\nfoo: 1\r\n---\r\n\r\nText\r\n"));
    doc2.markSaved(doc2.composedBytes(), doc2.body());
    QVERIFY(!doc2.isModified());
}

void TestSaveCheck::refused_data()
{
    QTest::addColumn<QByteArray>("tab");
    QTest::addColumn<QString>("why");
    QTest::newRow("dash line") << QByteArray("title: A\n---\nfoo: 1\n") << QStringLiteral("Line 2");
    QTest::newRow("dash prefix") << QByteArray("title: A\n---foo: 1") << QStringLiteral("Line 2");
    QTest::newRow("first line dashes") << QByteArray("---\ntitle: A\n") << QStringLiteral("Line 1");
    QTest::newRow("empty") << QByteArray("") << QStringLiteral("no header");
    QTest::newRow("blank") << QByteArray("\n") << QStringLiteral("header");
}

void TestSaveCheck::refused()
{
    QFETCH(QByteArray, tab);
    QFETCH(QString, why);
    PageDocument doc(QStringLiteral("item.md"), "---\ntitle: A\n---\n\nText\n", QString());
    doc.setHeaderBytes(tab);
    const QString problem = pageWriteProblem(doc.composedBytes(), tab, true);
    QVERIFY2(!problem.isEmpty(), doc.composedBytes().constData());
    QVERIFY2(problem.contains(why), qPrintable(problem));
}

void TestSaveCheck::pageWithoutHeader()
{
    const QByteArray plain = "Text only\n";
    QCOMPARE(pageWriteProblem(plain, QByteArray(), false), QString());
    // The user typed a front-matter block at the top of a page without a header: Grav would take it as one.
    QVERIFY(!pageWriteProblem("---\ntitle: X\n---\nText\n", QByteArray(), false).isEmpty());
    // A `---` rule further down is text.
    QCOMPARE(pageWriteProblem("Text\n\n---\n\nMore\n", QByteArray(), false), QString());
    // Not valid UTF-8: Grav's /u split fails.
    QVERIFY(!pageWriteProblem("---\ntitle: \xff\n---\n", "title: \xff\n", true).isEmpty());
}

// Random edits of the tab: the saved header reads (as Grav and the oracle read it) exactly as the tab's
// text reads on its own, or the save is refused; and it is refused exactly when the text cannot be a header.
void TestSaveCheck::randomTabEdits()
{
    const QStringList bases = basePages();
    QVERIFY2(!bases.isEmpty(), "the sample site's pages are missing");
    QList<QByteArray> raws;
    for (const QString &b : bases)
        raws.append(readFile(b));
    QRandomGenerator rng(kSeed);
    QList<Case> cases;
    for (int i = 0; i < kEdits; ++i) {
        const int b = int(rng.bounded(quint32(bases.size())));
        PageDocument doc(bases.at(b), raws.at(b), QString());
        if (!doc.envelope().hasHeader)
            continue;
        Case c;
        c.base = bases.at(b);
        c.tab = randomTab(doc.headerBytes(), rng);
        doc.setHeaderBytes(c.tab);
        c.bytes = doc.composedBytes();
        c.problem = pageWriteProblem(c.bytes, c.tab, true);
        const bool mustRefuse = cannotBeSavedAsShown(c.tab);
        if (mustRefuse) {
            QVERIFY2(!c.problem.isEmpty(), qPrintable(QStringLiteral("saved although it cannot be: ") + c.describe()));
            continue;
        }
        QVERIFY2(c.problem.isEmpty(), qPrintable(c.problem + QStringLiteral("\n") + c.describe()));
        const Envelope written = splitEnvelope(c.bytes);
        QVERIFY2(written.hasHeader, qPrintable(c.describe()));
        const HeaderParse got = parseHeader(written.headerText);
        const HeaderParse meant = parseHeader(splitEnvelope(wrapped(c.tab)).headerText);
        QVERIFY2(got.accepted == meant.accepted && got.values == meant.values && got.keyOrder == meant.keyOrder,
            qPrintable(c.describe()));
        cases.append(c);
    }
    QVERIFY(cases.size() > kOracleEdits);

    if (const QString why = Oracle::unavailableReason(); !why.isEmpty())
        QSKIP(qPrintable(QStringLiteral("the oracle part is skipped: ") + why));
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    QStringList files;
    QList<Case> checked;
    for (int i = 0; i < kOracleEdits; ++i) {
        const Case &c = cases.at(int(i * (cases.size() / kOracleEdits)));
        const QString saved = dir.filePath(QStringLiteral("saved-%1.md").arg(i));
        const QString alone = dir.filePath(QStringLiteral("tab-%1.md").arg(i));
        QVERIFY(writeFile(saved, c.bytes));
        QVERIFY(writeFile(alone, wrapped(c.tab)));
        files << saved << alone;
        checked.append(c);
    }
    QThreadPool pool;
    pool.setMaxThreadCount(std::max(2, QThread::idealThreadCount()));
    const QList<OracleFrontmatter> results
        = QtConcurrent::blockingMapped(&pool, files, [](const QString &f) { return Oracle::frontmatter(f); });
    for (int i = 0; i < checked.size(); ++i) {
        const OracleFrontmatter &saved = results.at(2 * i);
        const OracleFrontmatter &alone = results.at(2 * i + 1);
        QVERIFY2(saved.ran && alone.ran, qPrintable(saved.failure + alone.failure));
        QVERIFY2(saved.headerRejected == alone.headerRejected, qPrintable(checked.at(i).describe()));
        QVERIFY2(saved.header == alone.header && saved.headerKeys == alone.headerKeys,
            qPrintable(QStringLiteral("the oracle reads another header from the saved file: ") + checked.at(i).describe()));
    }
}

QTEST_GUILESS_MAIN(TestSaveCheck)
#include "tst_savecheck.moc"
