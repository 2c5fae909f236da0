// mergePage(): three-way merge of a page, header field by field into mine's text, body paragraph by paragraph.
#include "vcs/pagemerge.h"

#include <QTest>

using namespace GravDesk;

class TestVcsPageMerge final : public QObject
{
    Q_OBJECT

private:
    static QByteArray page(const QByteArray &header, const QByteArray &body) { return "---\n" + header + "---\n\n" + body; }

    const QByteArray base = page(
        "title: 'Заголовок'\n# note\ndate: '28-02-2023 10:00'\npublished: true\n", "Para one.\n\nPara two.\n\nPara three.\n");

private Q_SLOTS:
    void oneSideOnly()
    {
        QByteArray mine = base;
        mine.replace("Para one.", "Para one, mine.");
        const PageMergeResult r = mergePage(base, mine, base);
        QVERIFY(r.clean);
        QCOMPARE(r.merged, mine);
        const PageMergeResult s = mergePage(base, base, mine);
        QVERIFY(s.clean);
        QCOMPARE(s.merged, mine);
    }

    void differentParagraphs()
    {
        QByteArray mine = base, theirs = base, expected = base;
        mine.replace("Para one.", "Para one, mine.");
        theirs.replace("Para three.", "Para three, theirs.");
        expected.replace("Para one.", "Para one, mine.").replace("Para three.", "Para three, theirs.");
        const PageMergeResult r = mergePage(base, mine, theirs);
        QVERIFY(r.clean);
        QCOMPARE(r.merged, expected);
    }

    void sameParagraph()
    {
        QByteArray mine = base, theirs = base;
        mine.replace("Para two.", "Para two, mine.");
        theirs.replace("Para two.", "Para two, theirs.");
        const PageMergeResult r = mergePage(base, mine, theirs);
        QVERIFY(!r.clean);
        QCOMPARE(r.conflicts.size(), 1);
        QCOMPARE(r.conflicts.at(0).kind, MergeConflict::Kind::Paragraphs);
        QVERIFY(!r.merged.contains("<<<<"));
        QCOMPARE(mergePage(base, mine, theirs, true, MergeTake::Mine).merged, mine);
        QCOMPARE(mergePage(base, mine, theirs, true, MergeTake::Theirs).merged, theirs);
    }

    void headerFieldsKeepMineBytes()
    {
        // Mine reordered nothing but uses CRLF and its own comment; theirs rewrote another field.
        QByteArray mine = base, theirs = base;
        mine.replace("# note\n", "# my note\n");
        mine.replace("published: true", "published: false");
        theirs.replace("title: 'Заголовок'", "title: 'Новый заголовок'");
        QByteArray expected = mine;
        expected.replace("title: 'Заголовок'", "title: 'Новый заголовок'");
        QByteArray mineCrlf = mine;
        mineCrlf.replace("\n", "\r\n");
        const PageMergeResult r = mergePage(base, mineCrlf, theirs);
        QVERIFY(r.clean);
        QCOMPARE(r.merged, expected);
    }

    void sameFieldDifferently()
    {
        QByteArray mine = base, theirs = base;
        mine.replace("published: true", "published: false");
        theirs.replace("published: true", "published: 'no'");
        const PageMergeResult r = mergePage(base, mine, theirs);
        QVERIFY(!r.clean);
        QCOMPARE(r.conflicts.size(), 1);
        QCOMPARE(r.conflicts.at(0).kind, MergeConflict::Kind::HeaderField);
        QCOMPARE(r.conflicts.at(0).key, QStringLiteral("published"));
    }

    void notAPageIsWholeFile()
    {
        const PageMergeResult r = mergePage("a\n", "b\n", "c\n", false);
        QVERIFY(!r.clean);
        QCOMPARE(r.conflicts.at(0).kind, MergeConflict::Kind::WholeFile);
    }
};

QTEST_GUILESS_MAIN(TestVcsPageMerge)
#include "tst_vcs_pagemerge.moc"
