// Hand-written edge cases of the page file envelope (rockettheme/toolbox MarkdownFile::decode, as Grav 1.7 runs it).

#include "page/envelope.h"

#include <QTest>

using namespace GravDesk;

Q_DECLARE_METATYPE(GravDesk::LineEnding)

class TestEnvelope final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void split_data();
    void split();
    void compose_data();
    void compose();
    void composeConvertsBodyLineEndings();
    void lineEndings_data();
    void lineEndings();
    void validUtf8_data();
    void validUtf8();
    void validUtf8AtEveryOffset();
};

void TestEnvelope::split_data()
{
    QTest::addColumn<QByteArray>("raw");
    QTest::addColumn<bool>("hasHeader");
    QTest::addColumn<QByteArray>("headerText");
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<int>("bodyOffset");
    QTest::addColumn<LineEnding>("lineEnding");
    QTest::addColumn<bool>("validUtf8");
    QTest::addColumn<bool>("hasBom");
    QTest::addColumn<bool>("finalNewline");
    QTest::addColumn<int>("headerFirstLine");

    const auto LF = LineEnding::LF;
    const auto CRLF = LineEnding::CRLF;
    const auto CR = LineEnding::CR;

    // raw, hasHeader, headerText, body, bodyOffset, lineEnding, validUtf8, hasBom, finalNewline, headerFirstLine
    QTest::newRow("admin style") << QByteArrayLiteral("---\ntitle: A\n---\n\nBody\n") << true << QByteArrayLiteral("title: A")
                                 << QByteArrayLiteral("Body\n") << 18 << LF << true << false << true << 2;
    QTest::newRow("cyrillic") << QByteArrayLiteral("---\ntitle: 'Привет'\n---\n\nТекст\n") << true
                              << QByteArrayLiteral("title: 'Привет'") << QByteArrayLiteral("Текст\n") << 31 << LF << true << false
                              << true << 2;
    QTest::newRow("one bom") << QByteArrayLiteral("\xEF\xBB\xBF---\ntitle: A\n---\nBody") << true << QByteArrayLiteral("title: A")
                             << QByteArrayLiteral("Body") << 20 << LF << true << true << false << 2;
    // ltrim() takes a character list: any run of those three bytes goes, in any order.
    QTest::newRow("several bom bytes") << QByteArrayLiteral("\xEF\xBB\xBF\xEF\xBB\xBF\xBB---\ntitle: A\n---\nB") << true
                                       << QByteArrayLiteral("title: A") << QByteArrayLiteral("B") << 24 << LF << true << true
                                       << false << 2;
    // U+FF01 starts with 0xEF: the trim eats it, the rest is not UTF-8, so the whole rest is body.
    QTest::newRow("bom byte eaten from text") << QByteArrayLiteral("\xEF\xBC\x81"
                                                                   "abc\n")
                                              << false << QByteArray()
                                              << QByteArrayLiteral("\xBC\x81"
                                                                   "abc\n")
                                              << 1 << LF << false << true << true << 0;
    QTest::newRow("crlf") << QByteArrayLiteral("---\r\ntitle: A\r\n---\r\n\r\nBody\r\nLine 2\r\n") << true
                          << QByteArrayLiteral("title: A") << QByteArrayLiteral("Body\nLine 2\n") << 22 << CRLF << true << false
                          << true << 2;
    QTest::newRow("crlf several blank lines")
        << QByteArrayLiteral("---\r\na: 1\r\n---\r\n\r\n\r\nB") << true << QByteArrayLiteral("a: 1") << QByteArrayLiteral("B")
        << 20 << CRLF << true << false << false << 2;
    QTest::newRow("lone cr") << QByteArrayLiteral("---\rtitle: A\r---\rBody\r") << true << QByteArrayLiteral("title: A")
                             << QByteArrayLiteral("Body\n") << 17 << CR << true << false << true << 2;
    QTest::newRow("mixed endings, crlf majority")
        << QByteArrayLiteral("---\r\na: 1\n---\r\nBody\r\nx\r\n") << true << QByteArrayLiteral("a: 1")
        << QByteArrayLiteral("Body\nx\n") << 15 << CRLF << true << false << true << 2;
    QTest::newRow("no header") << QByteArrayLiteral("Just text\n") << false << QByteArray() << QByteArrayLiteral("Just text\n")
                               << 0 << LF << true << false << true << 0;
    QTest::newRow("empty file") << QByteArray() << false << QByteArray() << QByteArray() << 0 << LF << true << false << false
                                << 0;
    QTest::newRow("unclosed header") << QByteArrayLiteral("---\ntitle: A\nBody\n") << false << QByteArray()
                                     << QByteArrayLiteral("---\ntitle: A\nBody\n") << 0 << LF << true << false << true << 0;
    QTest::newRow("--- inside the body") << QByteArrayLiteral("---\na: 1\n---\nText\n---\nMore\n") << true
                                         << QByteArrayLiteral("a: 1") << QByteArrayLiteral("Text\n---\nMore\n") << 13 << LF
                                         << true << false << true << 2;
    // The header ends at the first line that *starts* with ---; the rest of that line is body.
    QTest::newRow("---foo closing line") << QByteArrayLiteral("---\na: 1\n---foo\nBody") << true << QByteArrayLiteral("a: 1")
                                         << QByteArrayLiteral("foo\nBody") << 12 << LF << true << false << false << 2;
    QTest::newRow("---- closing line") << QByteArrayLiteral("---\na: 1\n----\nB") << true << QByteArrayLiteral("a: 1")
                                       << QByteArrayLiteral("-\nB") << 12 << LF << true << false << false << 2;
    QTest::newRow("blank lines after header")
        << QByteArrayLiteral("---\na: 1\n---\n\n\n\nBody") << true << QByteArrayLiteral("a: 1") << QByteArrayLiteral("Body") << 16
        << LF << true << false << false << 2;
    // Only newlines are swallowed: a line of spaces is body.
    QTest::newRow("line of spaces after header")
        << QByteArrayLiteral("---\na: 1\n---\n\n  \nBody") << true << QByteArrayLiteral("a: 1") << QByteArrayLiteral("  \nBody")
        << 14 << LF << true << false << false << 2;
    QTest::newRow("no final newline") << QByteArrayLiteral("---\na: 1\n---\nBody") << true << QByteArrayLiteral("a: 1")
                                      << QByteArrayLiteral("Body") << 13 << LF << true << false << false << 2;
    QTest::newRow("header only, no newline") << QByteArrayLiteral("---\na: 1\n---") << true << QByteArrayLiteral("a: 1")
                                             << QByteArray() << 12 << LF << true << false << false << 2;
    QTest::newRow("header only") << QByteArrayLiteral("---\na: 1\n---\n") << true << QByteArrayLiteral("a: 1") << QByteArray()
                                 << 13 << LF << true << false << true << 2;
    // (.+?) needs at least one character: `---\n---` is not a header...
    QTest::newRow("empty header") << QByteArrayLiteral("---\n---\nBody\n") << false << QByteArray()
                                  << QByteArrayLiteral("---\n---\nBody\n") << 0 << LF << true << false << true << 0;
    // ...but then the lazy match runs on to the next --- line.
    QTest::newRow("empty header, later ---")
        << QByteArrayLiteral("---\n---\nx: 1\n---\nB") << true << QByteArrayLiteral("---\nx: 1") << QByteArrayLiteral("B") << 17
        << LF << true << false << false << 2;
    QTest::newRow("one blank header line") << QByteArrayLiteral("---\n\n---\nB") << false << QByteArray()
                                           << QByteArrayLiteral("---\n\n---\nB") << 0 << LF << true << false << false << 0;
    QTest::newRow("two blank header lines") << QByteArrayLiteral("---\n\n\n---\nB") << true << QByteArrayLiteral("\n")
                                            << QByteArrayLiteral("B") << 10 << LF << true << false << false << 2;
    QTest::newRow("leading blank lines") << QByteArrayLiteral("\n\n  \n---\na: 1\n---\nB") << true << QByteArrayLiteral("a: 1")
                                         << QByteArrayLiteral("B") << 18 << LF << true << false << false << 5;
    QTest::newRow("leading spaces before ---") << QByteArrayLiteral("  ---\na: 1\n---\nB") << true << QByteArrayLiteral("a: 1")
                                               << QByteArrayLiteral("B") << 15 << LF << true << false << false << 2;
    QTest::newRow("leading NUL and vertical tab")
        << QByteArrayLiteral("\0\x0B---\na: 1\n---\nB") << true << QByteArrayLiteral("a: 1") << QByteArrayLiteral("B") << 15 << LF
        << true << false << false << 2;
    QTest::newRow("bom then blank lines") << QByteArrayLiteral("\xEF\xBB\xBF\r\n---\r\na: 1\r\n---\r\nB") << true
                                          << QByteArrayLiteral("a: 1") << QByteArrayLiteral("B") << 21 << CRLF << true << true
                                          << false << 3;
    QTest::newRow("trailing space on opening line")
        << QByteArrayLiteral("--- \na: 1\n---\nB") << false << QByteArray() << QByteArrayLiteral("--- \na: 1\n---\nB") << 0 << LF
        << true << false << false << 0;
    QTest::newRow("four dashes opening line")
        << QByteArrayLiteral("----\na: 1\n---\nB") << false << QByteArray() << QByteArrayLiteral("----\na: 1\n---\nB") << 0 << LF
        << true << false << false << 0;
    // Only the first tab after a newline becomes four spaces; a tab on the first header line stays.
    QTest::newRow("tabs after newline") << QByteArrayLiteral("---\na:\n\tb: 1\n\t\tc: 2\n---\nB") << true
                                        << QByteArrayLiteral("a:\n    b: 1\n    \tc: 2") << QByteArrayLiteral("B") << 24 << LF
                                        << true << false << false << 2;
    QTest::newRow("tab on first header line") << QByteArrayLiteral("---\n\ta: 1\n---\nB") << true << QByteArrayLiteral("\ta: 1")
                                              << QByteArrayLiteral("B") << 14 << LF << true << false << false << 2;
    QTest::newRow("tab in body untouched") << QByteArrayLiteral("---\na: 1\n---\n\tcode\n") << true << QByteArrayLiteral("a: 1")
                                           << QByteArrayLiteral("\tcode\n") << 13 << LF << true << false << true << 2;
    // PCRE's /u flag fails on invalid UTF-8: no header, the whole (BOM-less, LF) text is body.
    QTest::newRow("invalid utf-8 in header")
        << QByteArrayLiteral("---\ntitle: \xFF\n---\nBody") << false << QByteArray()
        << QByteArrayLiteral("---\ntitle: \xFF\n---\nBody") << 0 << LF << false << false << false << 0;
    QTest::newRow("invalid utf-8 in body, crlf")
        << QByteArrayLiteral("\xEF\xBB\xBF---\r\na: 1\r\n---\r\n\xC3\x28\r\n") << false << QByteArray()
        << QByteArrayLiteral("---\na: 1\n---\n\xC3\x28\n") << 3 << CRLF << false << true << true << 0;
    QTest::newRow("overlong encoding") << QByteArrayLiteral("---\na: \xC0\xAF\n---\nB") << false << QByteArray()
                                       << QByteArrayLiteral("---\na: \xC0\xAF\n---\nB") << 0 << LF << false << false << false
                                       << 0;
}

void TestEnvelope::split()
{
    QFETCH(QByteArray, raw);
    QFETCH(bool, hasHeader);
    QFETCH(QByteArray, headerText);
    QFETCH(QByteArray, body);
    QFETCH(int, bodyOffset);
    QFETCH(LineEnding, lineEnding);
    QFETCH(bool, validUtf8);
    QFETCH(bool, hasBom);
    QFETCH(bool, finalNewline);
    QFETCH(int, headerFirstLine);

    const Envelope env = splitEnvelope(raw);
    QCOMPARE(env.raw, raw);
    QCOMPARE(env.hasHeader, hasHeader);
    QCOMPARE(env.headerText, headerText);
    QCOMPARE(env.body, body);
    QCOMPARE(env.bodyOffset, qsizetype(bodyOffset));
    QCOMPARE(env.lineEnding, lineEnding);
    QCOMPARE(env.validUtf8, validUtf8);
    QCOMPARE(env.hasBom, hasBom);
    QCOMPARE(env.finalNewline, finalNewline);
    QCOMPARE(env.headerFirstLine, headerFirstLine);
    // The split never loses a byte.
    QCOMPARE(env.prefix() + env.rawBody(), raw);
    // The body's original bytes are Grav's body in the file's own line endings.
    QCOMPARE(env.rawBody().replace("\r\n", "\n").replace('\r', '\n'), body);
}

void TestEnvelope::compose_data()
{
    QTest::addColumn<QByteArray>("raw");
    QTest::addColumn<bool>("roundTrips"); // composing the unchanged body gives the file back

    QTest::newRow("lf") << QByteArrayLiteral("---\ntitle: A\n---\n\nBody\n") << true;
    QTest::newRow("crlf") << QByteArrayLiteral("---\r\ntitle: A\r\n---\r\n\r\nBody\r\nTwo\r\n") << true;
    QTest::newRow("cr") << QByteArrayLiteral("---\rtitle: A\r---\r\rBody\r") << true;
    QTest::newRow("bom") << QByteArrayLiteral("\xEF\xBB\xBF---\ntitle: A\n---\nBody") << true;
    QTest::newRow("no final newline") << QByteArrayLiteral("---\ntitle: A\n---\n\nBody") << true;
    QTest::newRow("no header") << QByteArrayLiteral("Only body\r\nline\r\n") << true;
    QTest::newRow("bom, no header") << QByteArrayLiteral("\xEF\xBB\xBFOnly body\n") << true;
    QTest::newRow("---foo closing") << QByteArrayLiteral("---\na: 1\n---foo\nBody") << true;
    QTest::newRow("header only") << QByteArrayLiteral("---\na: 1\n---") << true;
    QTest::newRow("leading whitespace") << QByteArrayLiteral("\n \n---\na: 1\n---\n\n\nB\n") << true;
    QTest::newRow("cyrillic crlf") << QByteArrayLiteral("---\r\ntitle: 'Мектеп'\r\n---\r\n\r\nМәтін\r\n") << true;
    // Mixed line endings become the file's majority style on save (the body is edited as LF text).
    QTest::newRow("mixed") << QByteArrayLiteral("---\r\na: 1\r\n---\r\nx\r\ny\nz\r\n") << false;
}

void TestEnvelope::compose()
{
    QFETCH(QByteArray, raw);
    QFETCH(bool, roundTrips);

    const Envelope env = splitEnvelope(raw);
    const QByteArray unchanged = composeWithBody(env, QString::fromUtf8(env.body));
    if (roundTrips)
        QCOMPARE(unchanged, raw);
    else
        QVERIFY(unchanged != raw);
    QVERIFY(unchanged.startsWith(env.prefix()));

    const QString edited = QStringLiteral("Новый текст\n\nSecond paragraph.\n");
    const QByteArray out = composeWithBody(env, edited);
    // The header bytes (BOM, ---, header, closing line, swallowed newlines) are kept exactly.
    QCOMPARE(out.left(env.bodyOffset), env.prefix());
    QCOMPARE(out.mid(env.bodyOffset), GravDesk::applyLineEnding(edited.toUtf8(), env.lineEnding));
    // And Grav reads the new body back.
    const Envelope again = splitEnvelope(out);
    QCOMPARE(again.hasHeader, env.hasHeader);
    QCOMPARE(again.headerText, env.headerText);
    QCOMPARE(QString::fromUtf8(again.body), edited);
}

void TestEnvelope::composeConvertsBodyLineEndings()
{
    const Envelope crlf = splitEnvelope(QByteArrayLiteral("---\r\na: 1\r\n---\r\n\r\nold\r\n"));
    QCOMPARE(
        composeWithBody(crlf, QStringLiteral("x\ny\r\nz\rw")), QByteArrayLiteral("---\r\na: 1\r\n---\r\n\r\nx\r\ny\r\nz\r\nw"));
    const Envelope lf = splitEnvelope(QByteArrayLiteral("---\na: 1\n---\n\nold\n"));
    QCOMPARE(composeWithBody(lf, QStringLiteral("x\r\ny\rz\n")), QByteArrayLiteral("---\na: 1\n---\n\nx\ny\nz\n"));
    const Envelope cr = splitEnvelope(QByteArrayLiteral("---\ra: 1\r---\rold\r"));
    QCOMPARE(composeWithBody(cr, QStringLiteral("x\r\ny\n")), QByteArrayLiteral("---\ra: 1\r---\rx\ry\r"));
}

void TestEnvelope::lineEndings_data()
{
    QTest::addColumn<QByteArray>("lf");
    QTest::addColumn<LineEnding>("ending");
    QTest::addColumn<QByteArray>("expected");

    QTest::newRow("lf") << QByteArrayLiteral("a\nb\n") << LineEnding::LF << QByteArrayLiteral("a\nb\n");
    QTest::newRow("crlf") << QByteArrayLiteral("a\nb\n") << LineEnding::CRLF << QByteArrayLiteral("a\r\nb\r\n");
    QTest::newRow("cr") << QByteArrayLiteral("a\nb\n") << LineEnding::CR << QByteArrayLiteral("a\rb\r");
    QTest::newRow("empty") << QByteArray() << LineEnding::CRLF << QByteArray();
    QTest::newRow("blank lines") << QByteArrayLiteral("\n\n") << LineEnding::CRLF << QByteArrayLiteral("\r\n\r\n");
}

void TestEnvelope::lineEndings()
{
    QFETCH(QByteArray, lf);
    QFETCH(LineEnding, ending);
    QFETCH(QByteArray, expected);
    QCOMPARE(GravDesk::applyLineEnding(lf, ending), expected);
}

void TestEnvelope::validUtf8_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<bool>("valid");

    QTest::newRow("ascii") << QByteArrayLiteral("abc") << true;
    QTest::newRow("empty") << QByteArray() << true;
    QTest::newRow("cyrillic and kazakh") << QByteArrayLiteral("Қазақ тілі, русский") << true;
    QTest::newRow("emoji") << QByteArrayLiteral("\xF0\x9F\x98\x80") << true;
    QTest::newRow("max code point") << QByteArrayLiteral("\xF4\x8F\xBF\xBF") << true;
    QTest::newRow("lone continuation") << QByteArrayLiteral("\x80") << false;
    QTest::newRow("overlong slash") << QByteArrayLiteral("\xC0\xAF") << false;
    QTest::newRow("overlong 3 bytes") << QByteArrayLiteral("\xE0\x80\xAF") << false;
    QTest::newRow("surrogate") << QByteArrayLiteral("\xED\xA0\x80") << false;
    QTest::newRow("above U+10FFFF") << QByteArrayLiteral("\xF4\x90\x80\x80") << false;
    QTest::newRow("truncated") << QByteArrayLiteral("\xD0") << false;
    QTest::newRow("truncated 4 bytes") << QByteArrayLiteral("\xF0\x9F\x98") << false;
    QTest::newRow("latin-1") << QByteArrayLiteral("caf\xE9") << false;
    QTest::newRow("0xFF") << QByteArrayLiteral("\xFF") << false;
}

void TestEnvelope::validUtf8()
{
    QFETCH(QByteArray, bytes);
    QFETCH(bool, valid);
    QCOMPARE(isValidUtf8(bytes), valid);
}

// isValidUtf8() checks sixteen bytes at a time: every sequence, good or bad, at every place in a longer text.
void TestEnvelope::validUtf8AtEveryOffset()
{
    const QByteArray text = QByteArrayLiteral("Қазақ тілі, русский, abc defgh ijklm: ӘҒҚҢӨҰҮҺІ.");
    const QList<QByteArray> good {"a", "\xD0\x90", "\xC2\xA0", "\xE2\x80\x94", "\xEF\xBB\xBF", "\xF0\x9F\x98\x80"};
    const QList<QByteArray> bad {"\x80", "\xBF", "\xC0\x80", "\xC1\xBF", "\xD0", "\xD0\xD0",
        "\xD0"
        "a",
        "\xE0\x80\xAF", "\xED\xA0\x80", "\xE2\x80", "\xF4\x90\x80\x80", "\xF0\x8F\xBF\xBF", "\xF5\x80\x80\x80", "\xFF"};
    for (qsizetype at = 0; at <= text.size(); ++at) {
        if (at < text.size() && (static_cast<unsigned char>(text[at]) & 0xC0) == 0x80)
            continue; // inside a character
        for (const QByteArray &g : good)
            QVERIFY2(isValidUtf8(QByteArray(text).insert(at, g)), qPrintable(QString::number(at)));
        for (const QByteArray &b : bad)
            QVERIFY2(!isValidUtf8(QByteArray(text).insert(at, b)),
                qPrintable(QString::number(at) + QLatin1Char(' ') + QString::fromLatin1(b.toHex())));
    }
}

QTEST_GUILESS_MAIN(TestEnvelope)
#include "tst_envelope.moc"
