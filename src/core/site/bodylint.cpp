#include "site/bodylint.h"

#include "markdown/parsedown.h"
#include "markdown/shortcodes.h"

#include <QHash>
#include <QRegularExpression>
#include <QSet>

namespace GravDesk {
namespace {

struct Line
{
    QStringView text;
    qsizetype offset = 0; ///< in the body
    bool code = false; ///< inside a fenced code block (or its fence)
    bool indentedCode = false;
};

// The body's lines, with fenced code marked (``` or ~~~, at most three spaces before it, closed by the same).
QVector<Line> splitLines(const QString &body)
{
    QVector<Line> lines;
    qsizetype start = 0;
    QChar fence;
    qsizetype fenceLength = 0;
    while (start <= body.size()) {
        qsizetype end = body.indexOf(QLatin1Char('\n'), start);
        if (end < 0)
            end = body.size();
        QStringView text = QStringView(body).mid(start, end - start);
        if (text.endsWith(QLatin1Char('\r')))
            text.chop(1);
        Line l {text, start};
        qsizetype indent = 0;
        while (indent < text.size() && text[indent] == QLatin1Char(' '))
            ++indent;
        const QStringView rest = text.mid(indent);
        if (fenceLength > 0) {
            l.code = true;
            qsizetype n = 0;
            while (n < rest.size() && rest[n] == fence)
                ++n;
            if (n >= fenceLength && rest.mid(n).trimmed().isEmpty())
                fenceLength = 0;
        } else if (indent < 4 && (rest.startsWith(QLatin1String("```")) || rest.startsWith(QLatin1String("~~~")))) {
            fence = rest[0];
            fenceLength = 0;
            while (fenceLength < rest.size() && rest[fenceLength] == fence)
                ++fenceLength;
            l.code = true;
        }
        lines.append(l);
        if (end >= body.size())
            break;
        start = end + 1;
    }
    return lines;
}

bool isBlank(QStringView s)
{
    return s.trimmed().isEmpty();
}

// Parsedown's setext rule, asked of Parsedown itself: which lines (1-based) start an <h1> in @p body.
QSet<int> h1Lines(const QString &body)
{
    Markdown::ParsedownOptions options;
    options.sourceLines = true;
    Markdown::Parsedown parsedown(options, {});
    const QByteArray utf8 = body.toUtf8();
    const std::string html = parsedown.text(std::string_view(utf8.constData(), static_cast<size_t>(utf8.size())));
    QSet<int> out;
    static const QRegularExpression h1(QStringLiteral("<h1 data-gd-line=\"(\\d+)\""));
    auto it = h1.globalMatch(QString::fromUtf8(html.data(), static_cast<qsizetype>(html.size())));
    while (it.hasNext())
        out.insert(it.next().captured(1).toInt());
    return out;
}

BodyFinding finding(int line, qsizetype column, qsizetype length, ProblemKind kind, const ProblemText &message,
    Severity severity = Severity::Warning)
{
    BodyFinding f;
    f.line = line;
    f.column = static_cast<int>(column) + 1;
    f.length = static_cast<int>(length);
    f.kind = kind;
    f.severity = severity;
    f.message = message;
    return f;
}

void checkSummaryDelimiter(const QVector<Line> &lines, const QString &body, const QString &delimiter, QVector<BodyFinding> &out)
{
    // Only a delimiter made of '=' can be a setext underline (a '-' one is a dash line).
    if (delimiter.isEmpty() || QStringView(delimiter).count(QLatin1Char('=')) != delimiter.size())
        return;
    QVector<int> candidates;
    for (int i = 1; i < lines.size(); ++i) {
        if (lines[i].code || lines[i].text.trimmed() != delimiter || isBlank(lines[i - 1].text) || lines[i - 1].code)
            continue;
        candidates.append(i);
    }
    if (candidates.isEmpty())
        return;
    const QSet<int> headings = h1Lines(body);
    for (int i : std::as_const(candidates)) {
        // the heading starts at the paragraph's first line: somewhere in the run of text lines above
        int first = i - 1;
        while (first > 0 && !isBlank(lines[first - 1].text))
            --first;
        for (int k = first; k < i; ++k) {
            if (headings.contains(k + 1) && !lines[k].text.trimmed().startsWith(QLatin1Char('#'))) {
                const qsizetype col = lines[i].text.indexOf(delimiter.at(0));
                out.append(finding(
                    i + 1, col, delimiter.size(), ProblemKind::SummaryHeading, {ProblemMessage::SummaryHeading, {delimiter}}));
                break;
            }
        }
    }
}

void checkDashLines(const QVector<Line> &lines, QVector<BodyFinding> &out)
{
    for (int i = 0; i < lines.size(); ++i)
        if (!lines[i].code && lines[i].text.startsWith(QLatin1String("---")))
            out.append(finding(i + 1, 0, lines[i].text.size(), ProblemKind::DashLine, {ProblemMessage::DashLine, {}}));
}

// Markdown links and images, reference definitions, HTML href and src: each URL with its place.
void checkLinks(const QVector<Line> &lines, const BodyLintContext &ctx, QVector<BodyFinding> &out)
{
    // [text](url "title") and ![alt](url), one level of brackets inside the text
    static const QRegularExpression inlineLink(
        QStringLiteral("(!?)\\[(?:[^\\[\\]]|\\[[^\\]]*\\])*\\]\\(\\s*(<[^>]*>|[^\\s)]+)(?:\\s+(?:\"[^\"]*\"|'[^']*'))?\\s*\\)"));
    static const QRegularExpression reference(QStringLiteral("^ {0,3}\\[([^\\]]+)\\]:\\s*(<[^>]*>|\\S+)"));
    static const QRegularExpression html(QStringLiteral("<(\\w+)\\b[^>]*?\\s(href|src)\\s*=\\s*(?:\"([^\"]*)\"|'([^']*)')"),
        QRegularExpression::CaseInsensitiveOption);
    QHash<QString, Markdown::LinkCheck> seen; // a body repeats its links (a gallery's folder, the same page): one lookup each
    const auto check = [&](int line, qsizetype column, const QString &url, bool image) {
        auto known = seen.constFind(url);
        if (known == seen.cend())
            known = seen.insert(url, Markdown::checkLinkTarget(url, *ctx.links, ctx.pagePath, ctx.pageRoute));
        const Markdown::LinkCheck &c = *known;
        if (c.status != Markdown::LinkCheck::Missing)
            return;
        out.append(finding(line, column, url.size(), ProblemKind::BrokenLink,
            {image ? ProblemMessage::BrokenImage : ProblemMessage::BrokenLink, {url, c.target}}));
    };
    for (int i = 0; i < lines.size(); ++i) {
        const Line &l = lines[i];
        if (l.code
            || !(l.text.contains(QLatin1Char('(')) || l.text.contains(QLatin1Char('=')) || l.text.contains(QLatin1Char(':'))))
            continue;
        const QString text = l.text.toString();
        if (const auto m = reference.match(text); m.hasMatch()) {
            QString url = m.captured(2);
            if (url.startsWith(QLatin1Char('<')))
                url = url.mid(1, url.size() - 2);
            if (!m.captured(1).startsWith(QLatin1Char('^'))) // footnotes
                check(i + 1, m.capturedStart(2), url, false);
        }
        for (auto it = inlineLink.globalMatch(text); it.hasNext();) {
            const auto m = it.next();
            QString url = m.captured(2);
            if (url.startsWith(QLatin1Char('<')))
                url = url.mid(1, url.size() - 2);
            if (m.captured(0).startsWith(QLatin1String("[plugin:")))
                continue; // page-inject, youtube: not a link
            check(i + 1, m.capturedStart(2), url, !m.captured(1).isEmpty());
        }
        if (!text.contains(QLatin1Char('<')))
            continue;
        for (auto it = html.globalMatch(text); it.hasNext();) {
            const auto m = it.next();
            const int group = m.capturedStart(3) >= 0 ? 3 : 4;
            QString url = m.captured(group);
            url.replace(QLatin1String("&amp;"), QLatin1String("&"));
            check(i + 1, m.capturedStart(group), url, m.captured(1).compare(QLatin1String("img"), Qt::CaseInsensitive) == 0);
        }
    }
}

void checkShortcodes(const QString &body, const QVector<Line> &lines, const QStringList &closing, QVector<BodyFinding> &out)
{
    if (!body.contains(QLatin1Char('[')))
        return;
    const QByteArray utf8 = body.toUtf8();
    const QVector<Markdown::Shortcode> found
        = Markdown::parseShortcodes(std::string_view(utf8.constData(), static_cast<size_t>(utf8.size())));
    for (const Markdown::Shortcode &sc : found) {
        const QString name = QString::fromUtf8(sc.name.data(), static_cast<qsizetype>(sc.name.size()));
        if (sc.content.data() || !closing.contains(name))
            continue;
        // UTF-8 offset → line and column
        const qsizetype at = QString::fromUtf8(utf8.constData(), sc.offset).size();
        int line = 0;
        while (line + 1 < lines.size() && lines[line + 1].offset <= at)
            ++line;
        if (lines[line].code)
            continue;
        out.append(finding(line + 1, at - lines[line].offset, static_cast<qsizetype>(sc.text.size()),
            ProblemKind::UnclosedShortcode, {ProblemMessage::UnclosedShortcode, {name}}));
    }
}

} // namespace

QStringList BodyLintContext::defaultClosingShortcodes()
{
    return {QStringLiteral("owl-carousel"), QStringLiteral("center"), QStringLiteral("left"), QStringLiteral("right"),
        QStringLiteral("justify"), QStringLiteral("u"), QStringLiteral("color"), QStringLiteral("size"), QStringLiteral("div"),
        QStringLiteral("span"), QStringLiteral("mark"), QStringLiteral("columns"), QStringLiteral("raw"),
        QStringLiteral("notice"), QStringLiteral("section"), QStringLiteral("details"), QStringLiteral("tabs"),
        QStringLiteral("tab"), QStringLiteral("h1"), QStringLiteral("h2"), QStringLiteral("h3"), QStringLiteral("h4"),
        QStringLiteral("h5"), QStringLiteral("h6")};
}

QVector<BodyFinding> lintBody(const QString &body, const BodyLintContext &context)
{
    QVector<BodyFinding> out;
    const QVector<Line> lines = splitLines(body);
    checkSummaryDelimiter(lines, body, context.delimiter, out);
    if (context.links)
        checkLinks(lines, context, out);
    checkShortcodes(body, lines, context.closingShortcodes, out);
    checkDashLines(lines, out);
    std::stable_sort(out.begin(), out.end(),
        [](const BodyFinding &a, const BodyFinding &b) { return a.line != b.line ? a.line < b.line : a.column < b.column; });
    return out;
}

QVector<BodyFinding> findTwig(const QString &body)
{
    QVector<BodyFinding> out;
    if (!body.contains(QLatin1Char('{')))
        return out;
    static const QRegularExpression twig(QStringLiteral("\\{\\{.*?\\}\\}|\\{%.*?%\\}"));
    const QVector<Line> lines = splitLines(body);
    for (int i = 0; i < lines.size(); ++i) {
        if (lines[i].code || !lines[i].text.contains(QLatin1Char('{')))
            continue;
        const QString text = lines[i].text.toString();
        for (auto it = twig.globalMatch(text); it.hasNext();) {
            const auto m = it.next();
            // inside an inline code span (an odd number of backticks before it) it is shown as code anyway
            if (QStringView(text).left(m.capturedStart()).count(QLatin1Char('`')) % 2 == 1)
                continue;
            out.append(finding(i + 1, m.capturedStart(), m.capturedLength(), ProblemKind::TwigNotProcessed,
                {ProblemMessage::TwigNotProcessed, {m.captured(0)}}));
        }
    }
    return out;
}

} // namespace GravDesk
