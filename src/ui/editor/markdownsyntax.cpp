#include "editor/markdownsyntax.h"

#include <QRegularExpression>

#include <algorithm>

namespace GravDesk {
namespace {

// The block a line leaves open, as Parsedown::lines() keeps it in $CurrentBlock. Types that can no longer
// take lines (headings, rules, a closed HTML block …) are all Closed: a following line only needs to know
// that the block is typed.
enum Kind : int {
    None = 0,
    Paragraph = 1, // payload bit 0: a line of it holds '|' (a `|---|` line then makes it a table)
    Closed = 2,
    Code = 3,
    Fenced = 4, // payload bit 0: `~` fence
    Comment = 5,
    List = 6, // payload bit 0: ordered; bits 1–5: the list's indent
    Quote = 7,
    Markup = 8, // payload bits 0–2: nesting depth; bits 3–8: a hash of the element's name
    Table = 9,
    Notices = 10,
};

struct State
{
    int kind = None;
    bool interrupted = false; // a blank line since the block's last line
    int payload = 0;

    static State decode(int s) { return {s & 15, (s & 16) != 0, (s >> 5) & 511}; }
    int encode() const { return kind | (interrupted ? 16 : 0) | ((payload & 511) << 5); }
};

constexpr int kNoticeLevels = 4;

bool isBlankLine(QStringView line) // chop($line) === ''
{
    for (QChar c : line)
        if (c != u' ' && c != u'\t' && c != u'\r' && c != u'\n' && c != u'\0' && c != u'\x0B')
            return false;
    return true;
}

bool isWordChar(QChar c)
{
    return c.isLetterOrNumber() || c == u'_';
}

bool isAsciiWord(QChar c)
{
    return (c >= u'a' && c <= u'z') || (c >= u'A' && c <= u'Z') || (c >= u'0' && c <= u'9') || c == u'_';
}

QStringView rtrimmed(QStringView s, QStringView chars = u" ")
{
    qsizetype n = s.size();
    while (n > 0 && chars.contains(s.at(n - 1)))
        --n;
    return s.left(n);
}

QStringView trimmed(QStringView s)
{
    qsizetype b = 0;
    while (b < s.size() && (s.at(b) == u' ' || s.at(b) == u'\t'))
        ++b;
    return rtrimmed(s.mid(b), u" \t\r\n");
}

int nameHash(QStringView name)
{
    unsigned h = 7;
    for (QChar c : name)
        h = h * 31 + c.toLower().unicode();
    return static_cast<int>(h % 63) + 1;
}

// The elements Parsedown never starts an HTML block with (blockMarkup's textLevelElements).
bool isTextLevel(QStringView name)
{
    static const QStringList names = QStringLiteral(
        "a br bdo abbr blink nextid acronym basefont b em big cite small spacer listing i rp del code strike marquee q rt "
        "ins font strong s tt kbd mark u xm sub nobr sup ruby var span wbr time")
                                         .split(u' ');
    return names.contains(name.toString());
}

bool isVoidElement(QStringView name)
{
    static const QStringList names
        = QStringLiteral("area base br col command embed hr img input link meta param source").split(u' ');
    return names.contains(name.toString());
}

// `<NAME(?:[ ]*ATTR)*[ ]*(/)?>` at the start of @p t: the index after `>`, or -1.
qsizetype openingTagEnd(QStringView t, QStringView *name, bool *slash)
{
    if (t.size() < 3 || t.at(0) != u'<' || !isAsciiWord(t.at(1)))
        return -1;
    qsizetype p = 2;
    while (p < t.size() && (isAsciiWord(t.at(p)) || t.at(p) == u'-'))
        ++p;
    *name = t.mid(1, p - 1);
    while (true) {
        qsizetype q = p;
        while (q < t.size() && t.at(q) == u' ')
            ++q;
        if (q >= t.size())
            return -1;
        const QChar c = t.at(q);
        if (!((c >= u'a' && c <= u'z') || (c >= u'A' && c <= u'Z') || c == u'_' || c == u':'))
            break;
        while (q < t.size() && (isAsciiWord(t.at(q)) || t.at(q) == u':' || t.at(q) == u'.' || t.at(q) == u'-'))
            ++q;
        qsizetype v = q;
        while (v < t.size() && t.at(v) == u' ')
            ++v;
        if (v < t.size() && t.at(v) == u'=') {
            ++v;
            while (v < t.size() && t.at(v) == u' ')
                ++v;
            if (v >= t.size())
                return -1;
            if (t.at(v) == u'"' || t.at(v) == u'\'') {
                const qsizetype close = t.indexOf(t.at(v), v + 1);
                if (close < 0)
                    return -1;
                q = close + 1;
            } else {
                while (v < t.size() && !QStringView(u" \"'=<>`").contains(t.at(v)))
                    ++v;
                q = v;
            }
        }
        p = q;
    }
    while (p < t.size() && t.at(p) == u' ')
        ++p;
    *slash = p < t.size() && t.at(p) == u'/';
    if (*slash)
        ++p;
    if (p >= t.size() || t.at(p) != u'>')
        return -1;
    return p + 1;
}

// `[label]: url "title"` (Parsedown's blockReference).
bool isReference(QStringView t)
{
    static const QRegularExpression reference(QStringLiteral("^\\[(.+?)\\]:[ ]*<?(\\S+?)>?(?:[ ]+[\"'(](.+)[\"')])?[ ]*$"));
    return t.startsWith(u'[') && t.contains(u"]:") && reference.match(t.toString()).hasMatch();
}

bool isRuleLine(QStringView t)
{
    const QChar c = t.at(0);
    int count = 0;
    for (QChar x : t) {
        if (x == c)
            ++count;
        else if (x != u' ')
            return false;
    }
    return count >= 3;
}

// `^([*+-][ ]+)(.*)` or `^([0-9]+[.][ ]+)(.*)`: the index of the item's text, or -1.
qsizetype listItemText(QStringView t, bool *ordered)
{
    qsizetype i = 0;
    *ordered = t.at(0).isDigit();
    if (*ordered) {
        while (i < t.size() && t.at(i) >= u'0' && t.at(i) <= u'9')
            ++i;
        if (i >= t.size() || t.at(i) != u'.')
            return -1;
        ++i;
    } else if (t.at(0) == u'*' || t.at(0) == u'+' || t.at(0) == u'-') {
        i = 1;
    } else {
        return -1;
    }
    qsizetype j = i;
    while (j < t.size() && t.at(j) == u' ')
        ++j;
    return j == i ? -1 : j;
}

bool hasTwig(QStringView body)
{
    for (qsizetype i = 0; i + 1 < body.size(); ++i) {
        if (body.at(i) != u'{' || !(body.at(i + 1) == u'{' || body.at(i + 1) == u'%' || body.at(i + 1) == u'#'))
            continue;
        for (qsizetype j = i + 2; j + 1 < body.size(); ++j)
            if (body.at(j + 1) == u'}' && (body.at(j) == u'}' || body.at(j) == u'%' || body.at(j) == u'#'))
                return true;
        return false;
    }
    return false;
}

bool isShortcodeLine(QStringView body)
{
    const QStringView s = trimmed(body);
    if (s.size() < 3 || s.front() != u'[' || s.back() != u']' || s.mid(1, s.size() - 2).contains(u']'))
        return false;
    const QStringView rest = s.mid(s.at(1) == u'/' ? 2 : 1);
    return !rest.isEmpty() && rest.at(0).isLetter();
}

// One line split the way Parsedown::lines() does: its indentation (tabs to the next multiple of 4) and
// the text after it.
struct Line
{
    QStringView body;
    QStringView text;
    int textStart = 0;
    int indent = 0;

    explicit Line(QStringView line)
        : body(line)
    {
        int column = 0;
        while (textStart < line.size() && (line.at(textStart) == u' ' || line.at(textStart) == u'\t')) {
            column = line.at(textStart) == u'\t' ? (column / 4 + 1) * 4 : column + 1;
            ++textStart;
        }
        indent = column;
        text = line.mid(textStart);
    }
};

// How a line after a paragraph's line treats that paragraph (for the paragraph's look ahead).
enum class AfterParagraph { Continues, Setext1, Setext2, TableDelimiter, Ends };

AfterParagraph afterParagraph(QStringView raw, bool pipe)
{
    if (isBlankLine(raw))
        return AfterParagraph::Ends;
    const Line line(raw.size() > MarkdownSyntax::kMaxStyledLine ? raw.left(MarkdownSyntax::kMaxStyledLine) : raw);
    const QStringView t = line.text;
    if (t.isEmpty())
        return AfterParagraph::Continues;
    const QChar c = t.at(0);
    if (c == u'=' || c == u'-') {
        bool same = true;
        for (QChar x : t)
            same = same && x == c;
        if (same)
            return c == u'=' ? AfterParagraph::Setext1 : AfterParagraph::Setext2;
    }
    if ((c == u'-' || c == u':' || c == u'|') && pipe && rtrimmed(t, u" -:|").isEmpty())
        return AfterParagraph::TableDelimiter;
    bool ordered = false;
    switch (c.unicode()) {
    case u'#': return t.size() >= 2 && !t.startsWith(u"#######") ? AfterParagraph::Ends : AfterParagraph::Continues;
    case u'*':
    case u'-':
    case u'+':
    case u'_': return isRuleLine(t) || listItemText(t, &ordered) >= 0 ? AfterParagraph::Ends : AfterParagraph::Continues;
    case u'>': return AfterParagraph::Ends;
    case u'`':
    case u'~': {
        qsizetype run = 0;
        while (run < t.size() && t.at(run) == c)
            ++run;
        return run >= 3 && !t.mid(run).contains(u'`') ? AfterParagraph::Ends : AfterParagraph::Continues;
    }
    case u'<': {
        QStringView name;
        bool slash = false;
        if (t.startsWith(u"<!--"))
            return AfterParagraph::Ends;
        const qsizetype end = openingTagEnd(t, &name, &slash);
        if (end < 0 || isTextLevel(name))
            return AfterParagraph::Continues;
        return trimmed(t.mid(end)).isEmpty() || !(slash || isVoidElement(name)) ? AfterParagraph::Ends
                                                                                : AfterParagraph::Continues;
    }
    case u'[': return isReference(t) || isShortcodeLine(line.body) ? AfterParagraph::Ends : AfterParagraph::Continues;
    case u'{': return hasTwig(line.body) ? AfterParagraph::Ends : AfterParagraph::Continues;
    case u'!': {
        int count = 0;
        while (count < t.size() && t.at(count) == u'!')
            ++count;
        return count <= kNoticeLevels && count < t.size() && t.at(count) == u' ' ? AfterParagraph::Ends
                                                                                 : AfterParagraph::Continues;
    }
    default:
        if (c.isDigit() && c.unicode() < 128)
            return listItemText(t, &ordered) >= 0 ? AfterParagraph::Ends : AfterParagraph::Continues;
        return AfterParagraph::Continues;
    }
}

class LineReader
{
public:
    LineReader(QStringView raw, State state, MarkdownLineResult *out)
        : m_raw(raw)
        , m_long(raw.size() > MarkdownSyntax::kMaxStyledLine)
        , m_line(m_long ? raw.left(MarkdownSyntax::kMaxStyledLine) : raw)
        , m_state(state)
        , m_out(out)
    { }

    State read(const MarkdownSyntax::NextLine &nextLine, const QString &delimiter);

private:
    bool continueBlock();
    bool startBlock();
    void paragraph(const MarkdownSyntax::NextLine &nextLine, const QString &delimiter);
    void span(qsizetype start, qsizetype length, MarkdownStyle style)
    {
        if (length > 0)
            m_out->spans.append({int(start), int(length), style});
    }
    void whole(MarkdownStyle style) { span(0, m_raw.size(), style); }
    void set(MarkdownLine kind, bool start)
    {
        m_out->kind = kind;
        m_out->blockStart = start;
    }
    void inlines(qsizetype from)
    {
        if (!m_long && from < m_line.body.size())
            MarkdownSyntax::inlineSpans(m_line.body.mid(from), int(from), &m_out->spans);
    }
    bool closesMarkup(QStringView t, int hash) const;

    QStringView m_raw;
    bool m_long;
    Line m_line;
    State m_state;
    MarkdownLineResult *m_out;
};

bool LineReader::closesMarkup(QStringView t, int hash) const
{
    // `</NAME>[ ]*$`: the end of the whole line, which may be longer than what is styled
    const QStringView r = rtrimmed(m_long ? m_raw : t);
    if (r.size() < 4 || r.back() != u'>')
        return false;
    const qsizetype open = r.lastIndexOf(u"</");
    return open >= 0 && nameHash(r.mid(open + 2, r.size() - open - 3)) == hash;
}

State LineReader::read(const MarkdownSyntax::NextLine &nextLine, const QString &delimiter)
{
    if (isBlankLine(m_raw)) {
        if (m_state.kind != None)
            m_state.interrupted = true;
        set(MarkdownLine::Blank, false);
        if (m_state.kind == Fenced || m_state.kind == Code)
            whole(MarkdownStyle::CodeBlock);
        return m_state;
    }
    if (m_line.text.isEmpty()) { // a long line of spaces only as far as it is read
        m_state = {Paragraph, false, 0};
        set(MarkdownLine::Paragraph, true);
        return m_state;
    }
    if (continueBlock() || startBlock())
        return m_state;
    paragraph(nextLine, delimiter);
    return m_state;
}

bool LineReader::continueBlock()
{
    const QStringView t = m_line.text;
    const QChar c = t.at(0);
    switch (m_state.kind) {
    case Code:
        if (m_line.indent < 4)
            return false;
        m_state.interrupted = false;
        set(MarkdownLine::CodeBlock, false);
        whole(MarkdownStyle::CodeBlock);
        return true;
    case Comment:
        if (rtrimmed(m_long ? m_raw : t, {}).endsWith(u"-->"))
            m_state = {Closed, false, 0};
        set(MarkdownLine::Comment, false);
        whole(MarkdownStyle::HtmlComment);
        return true;
    case Fenced: {
        const QChar fence = (m_state.payload & 1) ? u'~' : u'`';
        qsizetype run = 0;
        while (run < t.size() && t.at(run) == fence)
            ++run;
        const bool closing = run >= 3 && rtrimmed(t.mid(run)).isEmpty();
        if (closing)
            m_state = {Closed, false, 0};
        set(closing ? MarkdownLine::Fence : MarkdownLine::CodeBlock, false);
        whole(MarkdownStyle::CodeBlock);
        return true;
    }
    case List: {
        const bool ordered = m_state.payload & 1;
        const int indent = (m_state.payload >> 1) & 31;
        bool itemOrdered = false;
        const qsizetype item = listItemText(t, &itemOrdered);
        // `^PATTERN(?:[ ]+(.*)|$)`: a marker alone is an item too
        const bool marker = item >= 0 || (t.size() == 1 && !ordered && (c == u'*' || c == u'+' || c == u'-'))
            || (ordered && t.endsWith(u'.') && t.size() > 1
                && std::all_of(t.begin(), t.end() - 1, [](QChar d) { return d.isDigit(); }));
        if (std::min(m_line.indent, 31) == indent && marker && itemOrdered == ordered) {
            m_state.interrupted = false;
            set(MarkdownLine::List, false);
            span(m_line.textStart, item >= 0 ? item : t.size(), MarkdownStyle::ListMarker);
            inlines(item >= 0 ? m_line.textStart + item : m_line.body.size());
            return true;
        }
        if (c == u'[' && isReference(t)) {
            set(MarkdownLine::Reference, false);
            whole(MarkdownStyle::LinkTarget);
            return true;
        }
        if (m_state.interrupted && m_line.indent == 0)
            return false;
        m_state.interrupted = false;
        set(MarkdownLine::List, false);
        // a nested item keeps its marker's colour
        const qsizetype nested = listItemText(t, &itemOrdered);
        if (nested >= 0)
            span(m_line.textStart, nested, MarkdownStyle::ListMarker);
        inlines(m_line.textStart + std::max<qsizetype>(nested, 0));
        return true;
    }
    case Quote:
        if (c != u'>' && m_state.interrupted)
            return false;
        m_state.interrupted = false;
        set(MarkdownLine::Quote, false);
        whole(MarkdownStyle::Quote);
        inlines(c == u'>' ? m_line.textStart + 1 : m_line.textStart);
        return true;
    case Markup: {
        int depth = m_state.payload & 7;
        const int hash = (m_state.payload >> 3) & 63;
        QStringView name;
        qsizetype p = 1;
        while (p < t.size() && (isAsciiWord(t.at(p)) || t.at(p) == u'-'))
            ++p;
        name = t.mid(1, p - 1);
        if (c == u'<' && !name.isEmpty() && nameHash(name) == hash && p < t.size() && (t.at(p) == u' ' || t.at(p) == u'>'))
            depth = std::min(depth + 1, 7);
        if (closesMarkup(t, hash)) {
            if (depth > 0)
                --depth;
            else
                m_state = {Closed, false, 0};
        }
        if (m_state.kind == Markup)
            m_state = {Markup, false, depth | (hash << 3)};
        set(MarkdownLine::Html, false);
        whole(MarkdownStyle::Html);
        return true;
    }
    case Table:
        if (m_state.interrupted || !(m_long ? m_raw : t).contains(u'|'))
            return false;
        set(MarkdownLine::Table, false);
        for (qsizetype i = 0; i < m_line.body.size(); ++i)
            if (m_line.body.at(i) == u'|')
                span(i, 1, MarkdownStyle::TableDelimiter);
        inlines(m_line.textStart);
        return true;
    case Notices: {
        if (m_state.interrupted || c != u'!')
            return false;
        qsizetype count = 0;
        while (count < t.size() && count < kNoticeLevels && t.at(count) == u'!')
            ++count;
        set(MarkdownLine::Notice, false);
        span(m_line.textStart, count, MarkdownStyle::Notice);
        inlines(m_line.textStart + count);
        return true;
    }
    default: return false;
    }
}

bool LineReader::startBlock()
{
    const QStringView t = m_line.text;
    const qsizetype at = m_line.textStart;
    const bool openParagraph = m_state.kind == Paragraph && !m_state.interrupted;
    // Indented code: never in the middle of a paragraph
    if (m_line.indent >= 4 && !openParagraph) {
        m_state = {Code, false, 0};
        set(MarkdownLine::CodeBlock, true);
        whole(MarkdownStyle::CodeBlock);
        return true;
    }
    const QChar c = t.at(0);
    bool ordered = false;
    auto list = [&] {
        const qsizetype item = listItemText(t, &ordered);
        if (item < 0)
            return false;
        m_state = {List, false, (ordered ? 1 : 0) | (std::min(m_line.indent, 31) << 1)};
        set(MarkdownLine::List, true);
        span(at, item, MarkdownStyle::ListMarker);
        inlines(at + item);
        return true;
    };
    auto rule = [&] {
        if (!isRuleLine(t))
            return false;
        m_state = {Closed, false, 0};
        set(MarkdownLine::Rule, true);
        whole(MarkdownStyle::Rule);
        return true;
    };
    auto setext = [&] {
        for (QChar x : t)
            if (x != c)
                return false;
        if (!openParagraph)
            return false;
        m_state = {Closed, false, 0};
        set(MarkdownLine::SetextUnderline, false);
        whole(MarkdownStyle::HeadingMarker);
        return true;
    };
    auto table = [&] {
        if (!openParagraph || !(m_state.payload & 1) || !rtrimmed(t, u" -:|").isEmpty())
            return false;
        m_state = {Table, false, 0};
        set(MarkdownLine::Table, false);
        whole(MarkdownStyle::TableDelimiter);
        return true;
    };
    switch (c.unicode()) {
    case u'#': {
        int level = 1;
        while (level < t.size() && t.at(level) == u'#')
            ++level;
        if (t.size() < 2 || level > 6)
            return false;
        m_state = {Closed, false, 0};
        set(MarkdownLine::Heading, true);
        m_out->headingLevel = level;
        whole(MarkdownStyle::Heading);
        span(at, level, MarkdownStyle::HeadingMarker);
        inlines(at + level);
        return true;
    }
    case u'*': return rule() || list();
    case u'+': return list();
    case u'-': return setext() || table() || rule() || list();
    case u':':
    case u'|': return table();
    case u'=': return setext();
    case u'_': return rule();
    case u'>':
        m_state = {Quote, false, 0};
        set(MarkdownLine::Quote, true);
        whole(MarkdownStyle::Quote);
        inlines(at + 1);
        return true;
    case u'`':
    case u'~': {
        qsizetype run = 0;
        while (run < t.size() && t.at(run) == c)
            ++run;
        if (run < 3 || t.mid(run).contains(u'`'))
            return false;
        m_state = {Fenced, false, c == u'~' ? 1 : 0};
        set(MarkdownLine::Fence, true);
        whole(MarkdownStyle::CodeBlock);
        return true;
    }
    case u'<': {
        if (t.startsWith(u"<!--")) {
            m_state = {rtrimmed(m_long ? m_raw : t, {}).endsWith(u"-->") ? Closed : Comment, false, 0};
            set(MarkdownLine::Comment, true);
            whole(MarkdownStyle::HtmlComment);
            return true;
        }
        QStringView name;
        bool slash = false;
        const qsizetype end = openingTagEnd(t, &name, &slash);
        if (end < 0 || isTextLevel(name))
            return false;
        const bool selfClosing = slash || isVoidElement(name);
        const int hash = nameHash(name);
        bool closed = false;
        if (trimmed(t.mid(end)).isEmpty() && !m_long) {
            closed = selfClosing;
        } else {
            if (selfClosing)
                return false;
            closed = closesMarkup(t, hash);
        }
        m_state = closed ? State {Closed, false, 0} : State {Markup, false, hash << 3};
        set(MarkdownLine::Html, true);
        whole(MarkdownStyle::Html);
        return true;
    }
    case u'[':
        if (isReference(t)) {
            m_state = {Closed, false, 0};
            set(MarkdownLine::Reference, true);
            const qsizetype close = t.indexOf(u"]:");
            span(at, close + 1, MarkdownStyle::Link);
            span(at + close + 1, t.size() - close - 1, MarkdownStyle::LinkTarget);
            return true;
        }
        if (isShortcodeLine(m_long ? m_raw : m_line.body)) {
            m_state = {Closed, false, 0};
            set(MarkdownLine::Shortcode, true);
            whole(MarkdownStyle::Shortcode);
            return true;
        }
        return false;
    case u'{':
        if (!hasTwig(m_long ? m_raw : m_line.body))
            return false;
        m_state = {Closed, false, 0};
        set(MarkdownLine::Twig, true);
        whole(MarkdownStyle::Twig);
        return true;
    case u'!': {
        int count = 0;
        while (count < t.size() && t.at(count) == u'!')
            ++count;
        if (count > kNoticeLevels || count >= t.size() || t.at(count) != u' ')
            return false;
        m_state = {Notices, false, 0};
        set(MarkdownLine::Notice, true);
        span(at, count, MarkdownStyle::Notice);
        inlines(at + count);
        return true;
    }
    default: return c.isDigit() && c.unicode() < 128 && list();
    }
}

void LineReader::paragraph(const MarkdownSyntax::NextLine &nextLine, const QString &delimiter)
{
    const bool continues = m_state.kind == Paragraph && !m_state.interrupted;
    bool pipe = (continues && (m_state.payload & 1)) || (m_long ? m_raw : m_line.text).contains(u'|');
    m_state = {Paragraph, false, pipe ? 1 : 0};
    set(MarkdownLine::Paragraph, !continues);
    // What the lines after this one make of the paragraph.
    AfterParagraph after = AfterParagraph::Ends;
    QString next;
    for (int k = 0; nextLine && k < MarkdownSyntax::kLookahead && nextLine(&next); ++k) {
        after = afterParagraph(next, pipe);
        if (after != AfterParagraph::Continues)
            break;
        pipe = pipe || next.contains(u'|');
        if (k == 0 && !continues && m_line.text == delimiter)
            break; // the delimiter is a paragraph of its own or nothing
    }
    switch (after) {
    case AfterParagraph::Setext1:
    case AfterParagraph::Setext2:
        m_out->kind = MarkdownLine::Heading;
        m_out->headingLevel = after == AfterParagraph::Setext1 ? 1 : 2;
        whole(MarkdownStyle::Heading);
        break;
    case AfterParagraph::TableDelimiter:
        m_out->kind = MarkdownLine::Table;
        whole(MarkdownStyle::Table);
        break;
    case AfterParagraph::Ends:
        if (!continues && !delimiter.isEmpty() && m_line.text == delimiter) {
            set(MarkdownLine::SummaryDelimiter, true);
            whole(MarkdownStyle::SummaryDelimiter);
            return;
        }
        break;
    case AfterParagraph::Continues: break;
    }
    inlines(m_line.textStart);
}

// The index after the `]` that closes the `[` at @p open (brackets nest, as in Parsedown's link regex), or -1.
qsizetype closingBracket(QStringView t, qsizetype open)
{
    int depth = 0;
    for (qsizetype i = open; i < t.size(); ++i) {
        const QChar c = t.at(i);
        if (c == u'\\') {
            ++i;
        } else if (c == u'[') {
            ++depth;
        } else if (c == u']' && --depth == 0) {
            return i + 1;
        }
    }
    return -1;
}

// `(url "title")` at @p at: the index after `)`, or -1.
qsizetype linkTarget(QStringView t, qsizetype at)
{
    if (at >= t.size() || t.at(at) != u'(')
        return -1;
    int depth = 0;
    for (qsizetype i = at; i < t.size(); ++i) {
        if (t.at(i) == u'(')
            ++depth;
        else if (t.at(i) == u')' && --depth == 0)
            return i + 1;
    }
    return -1;
}

// Emphasis closed by @p marker × @p count at or after @p from (`(?![*])` after it; `\b` after a single `_`).
qsizetype emphasisClose(QStringView t, qsizetype from, QChar marker, int count)
{
    for (qsizetype i = from; i + count <= t.size(); ++i) {
        if (t.at(i) == u'\\') {
            ++i;
            continue;
        }
        bool run = true;
        for (int k = 0; k < count; ++k)
            run = run && t.at(i + k) == marker;
        if (!run)
            continue;
        if (i + count < t.size() && t.at(i + count) == marker) {
            if (count == 1) // `*` `**x**` `*`: the inner pair belongs to the emphasis
                i = std::max(i, emphasisClose(t, i + 2, marker, 2) + 1);
            continue;
        }
        if (i == from)
            continue;
        if (count == 1 && marker == u'_' && i + 1 < t.size() && isWordChar(t.at(i + 1)))
            continue;
        return i;
    }
    return t.size() + 1; // none
}

} // namespace

int MarkdownSyntax::highlightLine(
    QStringView line, int previousState, const NextLine &nextLine, MarkdownLineResult *out, const QString &delimiter)
{
    out->kind = MarkdownLine::Blank;
    out->blockStart = false;
    out->headingLevel = 0;
    out->spans.clear();
    LineReader reader(line, State::decode(std::max(previousState, 0)), out);
    const int state = reader.read(nextLine, delimiter).encode();
    if (line.size() > kMaxStyledLine) {
        // a megabyte-long line: its block's colour on the first characters says what it is
        for (MarkdownSpan &s : out->spans)
            s.length = std::max(0, std::min(s.start + s.length, 256) - s.start);
    }
    return state;
}

void MarkdownSyntax::inlineSpans(QStringView t, int offset, QVector<MarkdownSpan> *out)
{
    auto add = [&](qsizetype start, qsizetype length, MarkdownStyle style) {
        if (length > 0)
            out->append({int(start) + offset, int(length), style});
    };
    const qsizetype n = t.size();
    for (qsizetype i = 0; i < n; ++i) {
        const QChar c = t.at(i);
        switch (c.unicode()) {
        case u'\\':
            if (i + 1 < n && t.at(i + 1).isPunct()) {
                add(i, 2, MarkdownStyle::Escape);
                ++i;
            }
            break;
        case u'`': {
            qsizetype run = i;
            while (run < n && t.at(run) == u'`')
                ++run;
            const QStringView ticks = t.mid(i, run - i);
            qsizetype close = t.indexOf(ticks, run);
            while (close >= 0 && close + ticks.size() < n && t.at(close + ticks.size()) == u'`')
                close = t.indexOf(ticks, close + ticks.size() + 1);
            if (close < 0 || close == run) {
                i = run - 1;
                break;
            }
            add(i, close + ticks.size() - i, MarkdownStyle::CodeSpan);
            i = close + ticks.size() - 1;
            break;
        }
        case u'!':
        case u'[': {
            const bool image = c == u'!';
            const qsizetype open = image ? i + 1 : i;
            if (open >= n || t.at(open) != u'[')
                break;
            const qsizetype close = closingBracket(t, open);
            if (close < 0)
                break;
            const qsizetype target = linkTarget(t, close);
            if (target > 0 || (close < n && t.at(close) == u'[' && t.indexOf(u']', close) > 0)) {
                const qsizetype end = target > 0 ? target : t.indexOf(u']', close) + 1;
                add(i, close - i, image ? MarkdownStyle::Image : MarkdownStyle::Link);
                add(close, end - close, MarkdownStyle::LinkTarget);
                if (!image) // the link's text may hold emphasis or an image
                    inlineSpans(t.mid(open + 1, close - open - 2), offset + int(open) + 1, out);
                i = end - 1;
                break;
            }
            // `[name …]`, `[/name]`: a shortcode
            const QStringView inner = t.mid(open + 1, close - open - 2);
            const QStringView name = inner.startsWith(u'/') ? inner.mid(1) : inner;
            if (!image && !name.isEmpty() && name.at(0).isLetter() && name.at(0).unicode() < 128) {
                qsizetype k = 0;
                while (k < name.size() && (isAsciiWord(name.at(k)) || name.at(k) == u'-'))
                    ++k;
                if (k == name.size() || name.at(k) == u' ' || name.at(k) == u'=') {
                    add(i, close - i, MarkdownStyle::Shortcode);
                    i = close - 1;
                }
            }
            break;
        }
        case u'*':
        case u'_': {
            if (i + 1 >= n)
                break;
            if (c == u'_' && i > 0 && isWordChar(t.at(i - 1)))
                break; // in_words_like_this
            const int count = t.at(i + 1) == c ? 2 : 1;
            const qsizetype close = emphasisClose(t, i + count, c, count);
            if (close > n)
                break;
            add(i, close + count - i, count == 2 ? MarkdownStyle::Strong : MarkdownStyle::Emphasis);
            // what is inside may be emphasised or code too
            inlineSpans(t.mid(i + count, close - i - count), offset + int(i) + count, out);
            i = close + count - 1;
            break;
        }
        case u'<': {
            if (t.mid(i).startsWith(u"<!--")) {
                const qsizetype end = t.indexOf(u"-->", i + 4);
                const qsizetype stop = end < 0 ? n : end + 3;
                add(i, stop - i, MarkdownStyle::HtmlComment);
                i = stop - 1;
                break;
            }
            const qsizetype end = t.indexOf(u'>', i + 1);
            if (end < 0)
                break;
            const QStringView inside = t.mid(i + 1, end - i - 1);
            if (inside.contains(u"://") || inside.startsWith(u"mailto:") || (inside.contains(u'@') && !inside.contains(u' '))) {
                add(i, end + 1 - i, MarkdownStyle::Link); // an autolink
            } else if (!inside.isEmpty() && (isAsciiWord(inside.at(0)) || inside.at(0) == u'/') && inside.at(0) != u'_') {
                add(i, end + 1 - i, MarkdownStyle::Html);
            } else {
                break;
            }
            i = end;
            break;
        }
        case u'{': {
            if (i + 1 >= n)
                break;
            const QChar second = t.at(i + 1);
            const QStringView closer = second == u'{' ? QStringView(u"}}")
                : second == u'%'                      ? QStringView(u"%}")
                : second == u'#'                      ? QStringView(u"#}")
                                                      : QStringView();
            if (closer.isEmpty())
                break;
            const qsizetype end = t.indexOf(closer, i + 2);
            if (end < 0)
                break;
            add(i, end + 2 - i, MarkdownStyle::Twig);
            i = end + 1;
            break;
        }
        case u'&': {
            qsizetype k = i + 1;
            while (k < n && k - i < 10 && (isAsciiWord(t.at(k)) || t.at(k) == u'#'))
                ++k;
            if (k < n && k > i + 1 && t.at(k) == u';') {
                add(i, k + 1 - i, MarkdownStyle::Html);
                i = k;
            }
            break;
        }
        default: break;
        }
    }
}

} // namespace GravDesk
