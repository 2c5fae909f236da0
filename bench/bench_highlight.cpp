// The body editor's highlighting per keystroke on the GUI thread: one character typed into a 10 KB post,
// a 100 KB post and a 1 MB line, with (a) no highlighter, (b) a QSyntaxHighlighter that does nothing (the
// named peer: what Qt itself costs per rehighlighted block), (c) the spelling highlighter alone and (d) the
// Markdown colours with spelling (what the editor runs). Prints p50 and p95 of the keystroke's time (the
// edit, the rehighlight of the blocks it touches and the deferred paragraph pass), in ms, and the time of
// the first pass over the whole text (when a page is opened). The document's
// layout does nothing: laying out a 1 MB line costs seconds per key in any QPlainTextEdit (see
// gravdesk-bench-hugepages) and would bury the highlighter's share.
#include "editor/markdownhighlighter.h"
#include "editor/spellhighlighter.h"
#include "spellchecker.h"

#include <QAbstractTextDocumentLayout>
#include <QApplication>
#include <QElapsedTimer>
#include <QPlainTextEdit>
#include <QSyntaxHighlighter>
#include <QTextBlock>

#include <algorithm>
#include <cstdio>
#include <memory>
#include <vector>

using namespace GravDesk;

namespace {

// A layout that lays out nothing, so that a keystroke costs the edit and the highlighting only.
class NullLayout final : public QAbstractTextDocumentLayout
{
public:
    using QAbstractTextDocumentLayout::QAbstractTextDocumentLayout;
    void draw(QPainter *, const PaintContext &) override { }
    int hitTest(const QPointF &, Qt::HitTestAccuracy) const override { return -1; }
    int pageCount() const override { return 1; }
    QSizeF documentSize() const override { return {800, 600}; }
    QRectF frameBoundingRect(QTextFrame *) const override { return {}; }
    QRectF blockBoundingRect(const QTextBlock &) const override { return {}; }

protected:
    void documentChanged(int, int, int) override { }
};

class NullHighlighter final : public QSyntaxHighlighter
{
public:
    using QSyntaxHighlighter::QSyntaxHighlighter;

protected:
    void highlightBlock(const QString &) override { }
};

QString post(qsizetype chars)
{
    const QString unit = QStringLiteral(
        "## Гематология орталығында оқу\n\n"
        "Орталықта **білім беру бағдарламасы** өтті: 12 дәрігер [жаңа әдістерді](https://example.org) _үйренді_. "
        "В программе приняли участие врачи из разных городов, `код` и {{ page.title }}.\n\n"
        "- бірінші тармақ\n- второй пункт с <span class=\"x\">разметкой</span>\n\n"
        "> Цитата врача о лечении.\n\n"
        "```\nconst x = 1;\n```\n\n"
        "[owl-carousel items=1 margin=10]\n![Фото](photo.jpg)\n[/owl-carousel]\n\n"
        "| Күні | Орны |\n|---|---|\n| 12.05 | Алматы |\n\n");
    QString s;
    while (s.size() < chars)
        s += unit;
    return s;
}

QString megabyteLine()
{
    QString s = QStringLiteral("Ұзын жол ");
    while (s.size() < 1024 * 1024)
        s += QStringLiteral("сөз word слово ");
    return s;
}

double percentile(std::vector<double> v, double p)
{
    std::sort(v.begin(), v.end());
    return v.empty() ? 0 : v[std::min(v.size() - 1, static_cast<size_t>(p * double(v.size() - 1) + 0.5))];
}

enum class Kind { None, Null, Spelling, Markdown };

// One keystroke per round into a copy of @p text, at @p position (moving on with the typed text).
std::vector<double> keystrokes(
    const QString &text, int position, Kind kind, const std::shared_ptr<SpellChecker> &checker, int rounds, double *firstPassMs)
{
    QPlainTextEdit editor; // gives the Markdown colours their palette; the text is in its own document
    QTextDocument document;
    document.setDocumentLayout(new NullLayout(&document));
    std::unique_ptr<QSyntaxHighlighter> highlighter;
    MarkdownHighlighter *markdown = nullptr;
    if (kind == Kind::Null) {
        highlighter = std::make_unique<NullHighlighter>(&document);
    } else if (kind != Kind::None) {
        auto spelling = std::make_unique<SpellHighlighter>(&document);
        spelling->setPageLanguage(QStringLiteral("kk"));
        spelling->setChecker(checker);
        if (kind == Kind::Markdown)
            markdown = new MarkdownHighlighter(&editor, spelling.get());
        highlighter = std::move(spelling);
    }
    QCoreApplication::processEvents(); // QSyntaxHighlighter's first, delayed pass (over nothing yet)
    // Opening a page: the text arrives in a document that has its highlighter, which reads all of it.
    QElapsedTimer firstPass;
    firstPass.start();
    document.setPlainText(text);
    QCoreApplication::processEvents();
    *firstPassMs = double(firstPass.nsecsElapsed()) / 1e6;
    std::vector<double> ms;
    QTextCursor cursor(&document);
    for (int i = 0; i < rounds; ++i) {
        cursor.setPosition(position + i);
        QElapsedTimer t;
        t.start();
        cursor.insertText(QStringLiteral("а"));
        if (markdown)
            markdown->flushPending();
        ms.push_back(double(t.nsecsElapsed()) / 1e6);
    }
    return ms;
}

} // namespace

int main(int argc, char **argv)
{
    QApplication app(argc, argv);
    auto checker = std::make_shared<SpellChecker>();
    const QStringList missing = checker->loadInstalledDictionaries();
    if (!missing.isEmpty())
        std::printf("dictionaries missing (%s): spelling runs its tokenizer only\n", qPrintable(missing.join(QLatin1Char(' '))));
    struct Case
    {
        const char *name;
        QString text;
        int position;
        int rounds;
    };
    const QString small = post(10 * 1024);
    const QString large = post(100 * 1024);
    const QString line = megabyteLine();
    // In the middle of a paragraph of the middle of the post; in the middle of the line.
    const std::vector<Case> cases = {{"10 KB post", small, int(small.indexOf(QStringLiteral("өтті"), small.size() / 2)), 200},
        {"100 KB post", large, int(large.indexOf(QStringLiteral("өтті"), large.size() / 2)), 200},
        {"1 MB line", line, int(line.size() / 2), 50}};
    const struct
    {
        Kind kind;
        const char *name;
    } kinds[] = {{Kind::None, "(a) no highlighter"}, {Kind::Null, "(b) empty QSyntaxHighlighter"},
        {Kind::Spelling, "(c) spelling only"}, {Kind::Markdown, "(d) Markdown + spelling"}};
    std::printf("%-12s %-30s %10s %10s %14s\n", "text", "highlighter", "p50 ms", "p95 ms", "first pass ms");
    for (const Case &c : cases) {
        for (const auto &k : kinds) {
            double firstPass = 0;
            const std::vector<double> ms
                = keystrokes(c.text, c.position, k.kind, missing.isEmpty() ? checker : nullptr, c.rounds, &firstPass);
            std::printf(
                "%-12s %-30s %10.3f %10.3f %14.1f\n", c.name, k.name, percentile(ms, 0.5), percentile(ms, 0.95), firstPass);
            std::fflush(stdout);
        }
    }
    // The Markdown reader's own share of a keystroke in the 1 MB line (no Qt machinery around it).
    std::vector<double> reader;
    for (int i = 0; i < 50; ++i) {
        MarkdownLineResult r;
        QElapsedTimer t;
        t.start();
        MarkdownSyntax::highlightLine(line, MarkdownSyntax::StartState, {}, &r);
        reader.push_back(double(t.nsecsElapsed()) / 1e6);
    }
    std::printf(
        "%-12s %-30s %10.3f %10.3f\n", "1 MB line", "MarkdownSyntax alone", percentile(reader, 0.5), percentile(reader, 0.95));
    return 0;
}
