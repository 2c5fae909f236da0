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

    // Two people fixing two neighbouring paragraphs: both kept. Among three neighbours edited, the one both changed
    // is the only decision. A paragraph moved on one side is not an edit in place: the stretch stays one decision.
    void neighbouringParagraphs()
    {
        QByteArray mine = base, theirs = base, expected = base;
        mine.replace("Para one.", "Para one, mine.");
        theirs.replace("Para two.", "Para two, theirs.");
        expected.replace("Para one.", "Para one, mine.").replace("Para two.", "Para two, theirs.");
        PageMergeResult r = mergePage(base, mine, theirs);
        QVERIFY(r.clean);
        QCOMPARE(r.merged, expected);
        r = mergePage(base, theirs, mine);
        QVERIFY(r.clean);
        QCOMPARE(r.merged, expected);

        mine.replace("Para two.", "Para two, mine.");
        theirs.replace("Para three.", "Para three, theirs.");
        r = mergePage(base, mine, theirs);
        QVERIFY(!r.clean);
        QCOMPARE(r.conflicts.size(), 1);
        QCOMPARE(r.conflicts.at(0).base, QStringLiteral("Para two.\n\n"));
        QCOMPARE(r.conflicts.at(0).mine, QStringLiteral("Para two, mine.\n\n"));
        QCOMPARE(r.conflicts.at(0).theirs, QStringLiteral("Para two, theirs.\n\n"));
        QCOMPARE(mergePage(base, mine, theirs, true, MergeTake::Theirs).merged,
            page("title: 'Заголовок'\n# note\ndate: '28-02-2023 10:00'\npublished: true\n",
                "Para one, mine.\n\nPara two, theirs.\n\nPara three, theirs.\n"));

        QByteArray moved = base, edited = base;
        moved.replace("Para one.\n\nPara two.", "Para two.\n\nPara one, moved.");
        edited.replace("Para two.", "Para two, theirs.");
        QVERIFY(!mergePage(base, moved, edited).clean);
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

    // A paragraph added right before or after one the other side edited overlaps nothing: both are kept. Two sides
    // adding next to the same unchanged paragraph are still a decision (which goes first is not known).
    void addedNextToEdited_data()
    {
        QTest::addColumn<QByteArray>("mineFrom");
        QTest::addColumn<QByteArray>("mineTo");
        QTest::addColumn<QByteArray>("theirsFrom");
        QTest::addColumn<QByteArray>("theirsTo");
        QTest::addColumn<bool>("clean");
        QTest::newRow("added after it on their side")
            << QByteArray("Para two.") << QByteArray("Para two, mine.") << QByteArray("Para three.")
            << QByteArray("New para.\n\nPara three.") << true;
        QTest::newRow("added before it on their side") << QByteArray("Para two.") << QByteArray("Para two, mine.")
                                                       << QByteArray("Para two.") << QByteArray("New para.\n\nPara two.") << true;
        QTest::newRow("added after it on my side") << QByteArray("Para three.") << QByteArray("New para.\n\nPara three.")
                                                   << QByteArray("Para two.") << QByteArray("Para two, theirs.") << true;
        QTest::newRow("both added after the same paragraph")
            << QByteArray("Para three.") << QByteArray("Mine new.\n\nPara three.") << QByteArray("Para three.")
            << QByteArray("Their new.\n\nPara three.") << false;
    }

    void addedNextToEdited()
    {
        QFETCH(QByteArray, mineFrom);
        QFETCH(QByteArray, mineTo);
        QFETCH(QByteArray, theirsFrom);
        QFETCH(QByteArray, theirsTo);
        QFETCH(bool, clean);
        QByteArray mine = base, theirs = base;
        mine.replace(mineFrom, mineTo);
        theirs.replace(theirsFrom, theirsTo);
        const PageMergeResult r = mergePage(base, mine, theirs);
        QCOMPARE(r.clean, clean);
        if (!clean)
            return;
        QByteArray expected = theirs;
        expected.replace(mineFrom, mineTo);
        QCOMPARE(r.merged, expected);
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

    // The decision view's answers: each conflict settled its own way, an edited field and paragraph written
    // as typed (mine's header text kept around them), an answer that no longer fits reported as unanswered.
    void choicesPerConflict()
    {
        QByteArray mine = base, theirs = base;
        mine.replace("Para one.", "Para one, mine.").replace("Para three.", "Para three, mine.");
        mine.replace("title: 'Заголовок'", "title: 'Мой'").replace("published: true", "published: false");
        theirs.replace("Para one.", "Para one, theirs.").replace("Para three.", "Para three, theirs.");
        theirs.replace("title: 'Заголовок'", "title: 'Их'").replace("published: true", "published: maybe");
        const PageMergeResult asked = mergePage(base, mine, theirs);
        QCOMPARE(asked.conflicts.size(), 4); // title, published, para one, para three
        QList<MergeChoice> choices;
        for (const MergeConflict &c : asked.conflicts) {
            MergeChoice choice {c, MergeChoice::Side::Mine, QString()};
            if (c.key == QLatin1String("title"))
                choice = {c, MergeChoice::Side::Edited, QStringLiteral("title: 'Общий'")};
            else if (c.key == QLatin1String("published"))
                choice.side = MergeChoice::Side::Theirs;
            else if (c.mine.startsWith(QLatin1String("Para one")))
                choice = {c, MergeChoice::Side::Edited, QStringLiteral("Para one, together.")};
            choices.append(choice);
        }
        QList<MergeConflict> unanswered;
        const PageMergeResult r = mergePage(base, mine, theirs, true, choices, &unanswered);
        QVERIFY2(r.error.isEmpty(), qPrintable(r.error));
        QVERIFY(unanswered.isEmpty());
        QCOMPARE(r.merged,
            page("title: 'Общий'\n# note\ndate: '28-02-2023 10:00'\npublished: maybe\n",
                "Para one, together.\n\nPara two.\n\nPara three, mine.\n"));
        QVERIFY(!r.merged.contains("<<<<<<<"));

        // The server changed the paragraph again since: that answer fits no more.
        QByteArray newer = theirs;
        newer.replace("Para three, theirs.", "Para three, theirs again.");
        unanswered.clear();
        mergePage(base, mine, newer, true, choices, &unanswered);
        QCOMPARE(unanswered.size(), 1);
        QCOMPARE(unanswered.first().theirs, QStringLiteral("Para three, theirs again.\n"));

        // A field written by hand that is not YAML is refused with a sentence naming it.
        choices.first().text = QStringLiteral("title: [unclosed");
        const PageMergeResult bad = mergePage(base, mine, theirs, true, choices, nullptr);
        QVERIFY(bad.error.contains(QLatin1String("title")));
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
