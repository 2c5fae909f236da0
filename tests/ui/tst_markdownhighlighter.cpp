// The body editor's Markdown colours: what is coloured as a heading, code, a quote, a list or a table is
// what Grav's Parsedown makes of the same text (compared with the renderer over Parsedown's own test
// inputs), the summary delimiter has its own colour, the colours follow the palette, and spelling
// underlines are drawn over them.
#include "editor/markdownhighlighter.h"
#include "editor/markdownsyntax.h"
#include "editor/spellhighlighter.h"
#include "markdown/parsedown.h"
#include "spellchecker.h"
#include "testpaths.h"

#include <QDir>
#include <QDirIterator>
#include <QElapsedTimer>
#include <QFile>
#include <QPlainTextEdit>
#include <QRegularExpression>
#include <QTest>
#include <QTextBlock>
#include <QTextLayout>

using namespace GravDesk;

namespace {

QVector<MarkdownLineResult> readLines(const QString &markdown)
{
    const QStringList lines = markdown.split(QLatin1Char('\n'));
    QVector<MarkdownLineResult> out;
    int state = MarkdownSyntax::StartState;
    for (int i = 0; i < lines.size(); ++i) {
        int next = i;
        const MarkdownSyntax::NextLine nextLine = [&](QString *line) {
            if (++next >= lines.size())
                return false;
            *line = lines.at(next);
            return true;
        };
        MarkdownLineResult r;
        state = MarkdownSyntax::highlightLine(lines.at(i), state, nextLine, &r);
        out.append(r);
    }
    return out;
}

QString kindName(MarkdownLine kind)
{
    static const char *const names[] = {"blank", "paragraph", "heading", "underline", "code", "fence", "list", "quote", "html",
        "comment", "table", "rule", "notice", "twig", "shortcode", "reference", "delimiter"};
    return QString::fromLatin1(names[static_cast<int>(kind)]);
}

QString kindsOf(const QString &markdown)
{
    QStringList out;
    for (const MarkdownLineResult &r : readLines(markdown))
        out << kindName(r.kind) + (r.headingLevel > 0 ? QString::number(r.headingLevel) : QString());
    return out.join(QLatin1Char(' '));
}

// The element the renderer starts at each line (0-based) of a body: its top-level blocks carry the line.
QMap<int, QString> engineBlocks(const QString &markdown)
{
    Markdown::ParsedownOptions options;
    options.sourceLines = true;
    Markdown::Parsedown parsedown(options, {});
    const QByteArray utf8 = markdown.toUtf8();
    const QString html = QString::fromUtf8(parsedown.text(std::string_view(utf8.constData(), size_t(utf8.size()))));
    QMap<int, QString> out;
    static const QRegularExpression tag(QStringLiteral("<([a-zA-Z][a-zA-Z0-9-]*) data-gd-line=\"(\\d+)\""));
    for (const QRegularExpressionMatch &m : tag.globalMatch(html))
        out.insert(m.captured(2).toInt() - 1, m.captured(1));
    return out;
}

// The element a block the highlighter starts must be, or "" for blocks this test does not compare.
QString expectedTag(const MarkdownLineResult &r)
{
    switch (r.kind) {
    case MarkdownLine::Heading: return QStringLiteral("h%1").arg(r.headingLevel);
    case MarkdownLine::Fence:
    case MarkdownLine::CodeBlock: return QStringLiteral("pre");
    case MarkdownLine::Quote: return QStringLiteral("blockquote");
    case MarkdownLine::List: return QStringLiteral("list");
    case MarkdownLine::Table: return QStringLiteral("table");
    case MarkdownLine::Rule: return QStringLiteral("hr");
    case MarkdownLine::Paragraph:
    case MarkdownLine::SummaryDelimiter: return QStringLiteral("p");
    default: return {};
    }
}

QString normalisedTag(const QString &tag)
{
    return tag == QLatin1String("ul") || tag == QLatin1String("ol") ? QStringLiteral("list") : tag;
}

bool comparedTag(const QString &tag)
{
    static const QStringList tags = QStringLiteral("h1 h2 h3 h4 h5 h6 pre blockquote list table hr p").split(QLatin1Char(' '));
    return tags.contains(tag) || (!tag.isEmpty() && tag != QLatin1String("div"));
}

// The disagreements of the highlighter with the renderer on @p markdown, one line each.
QStringList disagreements(const QString &markdown)
{
    const QMap<int, QString> engine = engineBlocks(markdown);
    const QVector<MarkdownLineResult> lines = readLines(markdown);
    QStringList out;
    for (int i = 0; i < lines.size(); ++i) {
        QString mine = lines.at(i).blockStart ? expectedTag(lines.at(i)) : QString();
        if (lines.at(i).blockStart && lines.at(i).kind == MarkdownLine::Html) {
            // an HTML block is the element its first line opens (`<hr>` is one too)
            static const QRegularExpression open(QStringLiteral("^\\s*<([a-zA-Z][a-zA-Z0-9-]*)"));
            mine = open.match(markdown.section(QLatin1Char('\n'), i, i)).captured(1);
        }
        const QString theirs = normalisedTag(engine.value(i));
        if (mine == theirs || (mine.isEmpty() && !comparedTag(theirs)) || (theirs.isEmpty() && mine.isEmpty()))
            continue;
        if (!mine.isEmpty() && theirs.isEmpty() && !engine.contains(i) && mine == QLatin1String("p"))
            continue; // a paragraph the renderer left out of the annotations (a summary delimiter …)
        if (!comparedTag(mine) && !comparedTag(theirs))
            continue;
        out << QStringLiteral("line %1 \"%2\": highlighter %3, renderer %4")
                   .arg(i + 1)
                   .arg(markdown.section(QLatin1Char('\n'), i, i).left(40), mine.isEmpty() ? QStringLiteral("-") : mine,
                       theirs.isEmpty() ? QStringLiteral("-") : theirs);
    }
    return out;
}

bool hasStyle(const QTextBlock &block, const QTextCharFormat &style)
{
    for (const QTextLayout::FormatRange &r : block.layout()->formats())
        if (r.format.foreground() == style.foreground() && r.format.fontWeight() == style.fontWeight())
            return true;
    return false;
}

} // namespace

class TestMarkdownHighlighter : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void blocks_data()
    {
        QTest::addColumn<QString>("markdown");
        QTest::addColumn<QString>("kinds");
        QTest::newRow("atx") << QStringLiteral("# One\n##Two\n####### seven\n#")
                             << QStringLiteral("heading1 heading2 paragraph paragraph");
        QTest::newRow("setext") << QStringLiteral("Title\n===\n\nSub\ntitle\n---")
                                << QStringLiteral("heading1 underline blank heading2 heading2 underline");
        QTest::newRow("underline with a trailing space is a rule")
            << QStringLiteral("Text\n--- ") << QStringLiteral("paragraph rule");
        QTest::newRow("summary delimiter") << QStringLiteral("Intro.\n\n===\n\nMore.")
                                           << QStringLiteral("paragraph blank delimiter blank paragraph");
        QTest::newRow("delimiter after a heading") << QStringLiteral("# Title\n===") << QStringLiteral("heading1 delimiter");
        QTest::newRow("delimiter that a paragraph continues")
            << QStringLiteral("\n===\nmore") << QStringLiteral("blank paragraph paragraph");
        QTest::newRow("fences") << QStringLiteral("```php\n# not a heading\n````\n~~~\n```\n~~~")
                                << QStringLiteral("fence code fence fence code fence");
        QTest::newRow("indented code") << QStringLiteral("Text\n    more text\n\n    code\n\n    more code")
                                       << QStringLiteral("paragraph paragraph blank code blank code");
        QTest::newRow("code after a heading") << QStringLiteral("# H\n    code") << QStringLiteral("heading1 code");
        QTest::newRow("lists") << QStringLiteral("- a\n  b\nlazy\n\n  c\n\n1. one\n2) two")
                               << QStringLiteral("list list list blank list blank list list");
        QTest::newRow("quotes") << QStringLiteral("> a\nlazy\n\n> b\n\nafter")
                                << QStringLiteral("quote quote blank quote blank paragraph");
        QTest::newRow("table") << QStringLiteral("a | b\n--|--\n1 | 2\n\nx")
                               << QStringLiteral("table table table blank paragraph");
        QTest::newRow("no table without a pipe") << QStringLiteral("a\n--|--") << QStringLiteral("paragraph paragraph");
        QTest::newRow("html block") << QStringLiteral("<div>\n<div>\n# no\n</div>\n# no\n</div>\n# yes")
                                    << QStringLiteral("html html html html html html heading1");
        QTest::newRow("inline html is a paragraph") << QStringLiteral("<span>x</span>") << QStringLiteral("paragraph");
        QTest::newRow("comment") << QStringLiteral("<!-- a\nb -->\nc") << QStringLiteral("comment comment paragraph");
        QTest::newRow("grav") << QStringLiteral("[owl-carousel items=1]\n{{ page.title }}\n! Note\n!! Warn\n\n!!!!! no")
                              << QStringLiteral("shortcode twig notice notice blank paragraph");
        QTest::newRow("reference") << QStringLiteral("[id]: http://x.kz") << QStringLiteral("reference");
        QTest::newRow("rules") << QStringLiteral("***\n\n- - -\n\n___") << QStringLiteral("rule blank rule blank rule");
    }
    void blocks()
    {
        QFETCH(QString, markdown);
        QFETCH(QString, kinds);
        QCOMPARE(kindsOf(markdown), kinds);
        QCOMPARE(disagreements(markdown), QStringList());
    }

    void inlines()
    {
        QVector<MarkdownSpan> spans;
        const QString text = QStringLiteral("a *em* **st** `co*de` [l](u) ![i](s) <b>x</b> {{ t }} [youtube id=1] snake_case_x");
        MarkdownSyntax::inlineSpans(text, 0, &spans);
        QStringList got;
        for (const MarkdownSpan &s : spans)
            got << QString::number(int(s.style)) + QLatin1Char(':') + text.mid(s.start, s.length);
        const auto style = [](MarkdownStyle s, const char *t) -> QString {
            return QString::number(int(s)) + QLatin1Char(':') + QLatin1String(t);
        };
        QVERIFY2(got.contains(style(MarkdownStyle::Emphasis, "*em*")), qPrintable(got.join(QLatin1Char('|'))));
        QVERIFY(got.contains(style(MarkdownStyle::Strong, "**st**")));
        QVERIFY(got.contains(style(MarkdownStyle::CodeSpan, "`co*de`")));
        QVERIFY(got.contains(style(MarkdownStyle::Link, "[l]")));
        QVERIFY(got.contains(style(MarkdownStyle::LinkTarget, "(u)")));
        QVERIFY(got.contains(style(MarkdownStyle::Image, "![i]")));
        QVERIFY(got.contains(style(MarkdownStyle::Html, "<b>")));
        QVERIFY(got.contains(style(MarkdownStyle::Twig, "{{ t }}")));
        QVERIFY(got.contains(style(MarkdownStyle::Shortcode, "[youtube id=1]")));
        for (const QString &g : got)
            QVERIFY2(!g.contains(QLatin1String("case")), qPrintable(g)); // no emphasis inside words
    }

    // Property: over Parsedown 1.7.4's own test inputs, every heading, code block, quote, list, table, rule
    // and paragraph the highlighter starts is one the renderer starts on the same line, and the other way round.
    void agreesWithTheRendererOnParsedownsTests()
    {
        const QDir dir(TestPaths::sharedDir() + QStringLiteral("/corpus/parsedown-1.7.4"));
        const QStringList files = dir.entryList({QStringLiteral("*.md")}, QDir::Files, QDir::Name);
        if (files.isEmpty())
            QSKIP("Parsedown's test inputs are absent");
        // Blocks inside HTML blocks and nested constructs the one-line reader does not model (see the file).
        static const QStringList known = {};
        QStringList problems;
        int compared = 0;
        for (const QString &name : files) {
            QFile f(dir.filePath(name));
            QVERIFY(f.open(QIODevice::ReadOnly));
            QString text = QString::fromUtf8(f.readAll());
            text.replace(QStringLiteral("\r\n"), QStringLiteral("\n"));
            for (const QString &p : disagreements(text))
                problems << name + QStringLiteral(": ") + p;
            ++compared;
        }
        QVERIFY(compared > 40);
        if (!problems.isEmpty())
            qWarning().noquote() << problems.join(QLatin1Char('\n'));
        QCOMPARE(problems.size(), 0);
    }

    // The same property over the bodies of a real Grav site (kk, ru and en news with galleries, notices,
    // HTML and Twig).
    void agreesWithTheRendererOnTheCorpus()
    {
        const QString pages = TestPaths::corpusDir() + QStringLiteral("/user/pages");
        if (!QDir(pages).exists())
            QSKIP("the corpus is absent");
        QStringList problems;
        int compared = 0;
        QDirIterator it(pages, {QStringLiteral("*.md")}, QDir::Files, QDirIterator::Subdirectories);
        while (it.hasNext()) {
            QFile f(it.next());
            QVERIFY(f.open(QIODevice::ReadOnly));
            QString text = QString::fromUtf8(f.readAll());
            text.replace(QStringLiteral("\r\n"), QStringLiteral("\n"));
            if (text.startsWith(QStringLiteral("---\n"))) { // the body is what follows the front matter
                const qsizetype end = text.indexOf(QStringLiteral("\n---"), 3);
                if (end < 0)
                    continue;
                text = text.mid(text.indexOf(QLatin1Char('\n'), end + 4) + 1);
            }
            for (const QString &p : disagreements(text))
                problems << QDir(pages).relativeFilePath(f.fileName()) + QStringLiteral(": ") + p;
            ++compared;
        }
        QVERIFY(compared > 100);
        if (!problems.isEmpty())
            qWarning().noquote() << problems.join(QLatin1Char('\n'));
        QCOMPARE(problems.size(), 0);
    }

    void colouredInTheEditor()
    {
        QPlainTextEdit edit;
        SpellHighlighter spelling(edit.document());
        auto *markdown = new MarkdownHighlighter(&edit, &spelling);
        QCoreApplication::processEvents(); // QSyntaxHighlighter's first, delayed pass
        edit.setPlainText(QStringLiteral("Title\n\nText"));
        const QTextCharFormat heading = markdown->format(MarkdownStyle::Heading);
        QVERIFY(!hasStyle(edit.document()->firstBlock(), heading));
        // An underline typed below the paragraph makes it a heading.
        QTextCursor c(edit.document()->findBlockByNumber(1));
        c.insertText(QStringLiteral("==="));
        markdown->flushPending();
        QVERIFY(hasStyle(edit.document()->firstBlock(), heading));
        // … and taking it away makes it a paragraph again.
        c.movePosition(QTextCursor::StartOfBlock);
        c.movePosition(QTextCursor::EndOfBlock, QTextCursor::KeepAnchor);
        c.insertText(QStringLiteral("x"));
        markdown->flushPending();
        QVERIFY(!hasStyle(edit.document()->firstBlock(), heading));
    }

    void followsThePalette()
    {
        QPlainTextEdit edit;
        SpellHighlighter spelling(edit.document());
        auto *markdown = new MarkdownHighlighter(&edit, &spelling);
        edit.setPlainText(QStringLiteral("# Title"));
        const QColor light = markdown->format(MarkdownStyle::Heading).foreground().color();
        QPalette dark = edit.palette();
        dark.setColor(QPalette::Base, QColor(0x1e, 0x1e, 0x1e));
        dark.setColor(QPalette::Text, QColor(0xdd, 0xdd, 0xdd));
        edit.setPalette(dark);
        const QColor onDark = markdown->format(MarkdownStyle::Heading).foreground().color();
        QVERIFY(light != onDark);
        QVERIFY(onDark.lightness() > light.lightness());
        QVERIFY(hasStyle(edit.document()->firstBlock(), markdown->format(MarkdownStyle::Heading)));
    }

    void underlinesOverColours()
    {
        auto checker = std::make_shared<SpellChecker>();
        if (!checker->loadInstalledDictionaries().isEmpty())
            QSKIP("dictionaries missing");
        QPlainTextEdit edit;
        SpellHighlighter spelling(edit.document());
        auto *markdown = new MarkdownHighlighter(&edit, &spelling);
        spelling.setPageLanguage(QStringLiteral("kk"));
        spelling.setChecker(checker);
        edit.setPlainText(QStringLiteral("# Дәрігрлер\n\nСоңғы жолл."));
        const QTextCharFormat heading = markdown->format(MarkdownStyle::Heading);
        bool found = false;
        for (const QTextLayout::FormatRange &r : edit.document()->firstBlock().layout()->formats()) {
            if (r.format.underlineStyle() != QTextCharFormat::SpellCheckUnderline)
                continue;
            QCOMPARE(edit.document()->firstBlock().text().mid(r.start, r.length), QStringLiteral("Дәрігрлер"));
            QCOMPARE(r.format.foreground(), heading.foreground()); // the underline keeps the heading's colour
            found = true;
        }
        QVERIFY(found);
        QVERIFY(spelling.misspelledAt(edit.document()->lastBlock().position() + 7, nullptr));
    }

    void megabyteLineIsCheap()
    {
        const QString line = QStringLiteral("# ") + QString(1024 * 1024, QLatin1Char('x'));
        MarkdownLineResult r;
        QElapsedTimer t;
        t.start();
        MarkdownSyntax::highlightLine(line, MarkdownSyntax::StartState, {}, &r);
        QVERIFY(t.elapsed() < 50);
        QCOMPARE(r.kind, MarkdownLine::Heading);
        for (const MarkdownSpan &s : std::as_const(r.spans))
            QVERIFY(s.start + s.length <= 256);
    }
};

QTEST_MAIN(TestMarkdownHighlighter)
#include "tst_markdownhighlighter.moc"
