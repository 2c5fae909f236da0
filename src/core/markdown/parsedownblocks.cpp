// Block pass of the Parsedown 1.7.4 compatible parser: one line at a time, the current block is
// continued, completed or replaced exactly in Parsedown's order, with Grav's extra block types.
#include "markdown/parsedown.h"
#include "markdown/parsedownparts.h"

#include <algorithm>
#include <iterator>

namespace GravDesk::Markdown {

namespace {

constexpr size_t npos = View::npos;

bool isVoidElement(View name) // case-sensitive, as Parsedown's in_array()
{
    static constexpr View names[] {
        "area", "base", "br", "col", "command", "embed", "hr", "img", "input", "link", "meta", "param", "source"};
    return std::find(std::begin(names), std::end(names), name) != std::end(names);
}

bool isTextLevelElement(View name)
{
    static constexpr View names[] {"a", "br", "bdo", "abbr", "blink", "nextid", "acronym", "basefont", "b", "em", "big", "cite",
        "small", "spacer", "listing", "i", "rp", "del", "code", "strike", "marquee", "q", "rt", "ins", "font", "strong", "s",
        "tt", "kbd", "mark", "u", "xm", "sub", "nobr", "sup", "ruby", "var", "span", "wbr", "time"};
    const std::string lower = lowerAscii(name);
    return std::find(std::begin(names), std::end(names), View(lower)) != std::end(names);
}

bool isAttributeStart(char c)
{
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c == '_' || c == ':';
}
bool isAttributeChar(char c)
{
    return isWord(c) || c == ':' || c == '.' || c == '-';
}
bool isUnquotedValueChar(char c)
{
    return !(c == '"' || c == '\'' || c == '=' || c == '<' || c == '>' || c == '`' || isSpace(c));
}

// regexHtmlAttribute, `[a-zA-Z_:][\w:.-]*(?:\s*=\s*(?:[^"'=<>`\s]+|"[^"]*"|'[^']*'))?`, at an attribute start.
// Deterministic: a shorter name or value would leave a character no later part of a tag can take.
size_t attributeEnd(View t, size_t p)
{
    const size_t n = t.size();
    size_t i = p + 1;
    while (i < n && isAttributeChar(t[i]))
        ++i;
    size_t j = i;
    while (j < n && isSpace(t[j]))
        ++j;
    if (j >= n || t[j] != '=')
        return i;
    ++j;
    while (j < n && isSpace(t[j]))
        ++j;
    if (j >= n)
        return i;
    if (t[j] == '"' || t[j] == '\'') {
        const size_t close = t.find(t[j], j + 1);
        return close == npos ? i : close + 1;
    }
    if (!isUnquotedValueChar(t[j]))
        return i;
    while (j < n && isUnquotedValueChar(t[j]))
        ++j;
    return j;
}

// `[ ]*(\/)?>`
size_t tagTail(View t, size_t p, bool *slash)
{
    while (p < t.size() && t[p] == ' ')
        ++p;
    bool s = false;
    if (p < t.size() && t[p] == '/') {
        s = true;
        ++p;
    }
    if (p >= t.size() || t[p] != '>')
        return npos;
    if (slash)
        *slash = s;
    return p + 1;
}

View stripUpTo4Spaces(View s)
{
    size_t i = 0;
    while (i < 4 && i < s.size() && s[i] == ' ')
        ++i;
    return s.substr(i);
}

// `^(c)([ ]*\1){2,}[ ]*$`: the line is c and spaces only, with at least three c.
bool isRule(View t)
{
    const char c = t[0];
    int count = 0;
    for (char x : t) {
        if (x == c)
            ++count;
        else if (x != ' ')
            return false;
    }
    return count >= 3;
}

} // namespace

size_t skipAttributes(View t, size_t p)
{
    while (true) {
        size_t q = p;
        while (q < t.size() && t[q] == ' ')
            ++q;
        if (q >= t.size() || !isAttributeStart(t[q]))
            return p;
        p = attributeEnd(t, q);
    }
}

size_t matchOpeningTag(View t, size_t pos, size_t *nameEnd, bool *slash)
{
    const size_t n = t.size();
    if (pos + 1 >= n || t[pos] != '<' || !isWord(t[pos + 1]))
        return npos;
    size_t e = pos + 2;
    while (e < n && (isWord(t[e]) || t[e] == '-'))
        ++e;
    size_t end = tagTail(t, skipAttributes(t, e), slash);
    if (end != npos) {
        *nameEnd = e;
        return end;
    }
    // PCRE then gives back name characters: a shorter name whose rest starts an attribute. Every such
    // split reads the same attribute (its characters include the name's), so only the longest matters.
    for (size_t k = e - 1; k > pos + 1; --k) {
        if (!isAttributeStart(t[k]))
            continue;
        end = tagTail(t, skipAttributes(t, attributeEnd(t, k)), slash);
        if (end == npos)
            return npos;
        *nameEnd = k;
        return end;
    }
    return npos;
}

void escapeInto(std::string &out, View s, bool quotes)
{
    size_t from = 0;
    for (size_t i = 0; i < s.size(); ++i) {
        const char c = s[i];
        const char *entity = nullptr;
        switch (c) {
        case '&': entity = "&amp;"; break;
        case '<': entity = "&lt;"; break;
        case '>': entity = "&gt;"; break;
        case '"':
            if (quotes)
                entity = "&quot;";
            break;
        case '\'':
            if (quotes)
                entity = "&#039;";
            break;
        default: break;
        }
        if (!entity)
            continue;
        out.append(s.data() + from, i - from);
        out += entity;
        from = i + 1;
    }
    out.append(s.data() + from, s.size() - from);
}

QString specialCharsDecode(const QString &s)
{
    if (!s.contains(QChar(u'&')))
        return s;
    QString t = s;
    t.replace(QStringLiteral("&quot;"), QStringLiteral("\""));
    t.replace(QStringLiteral("&#039;"), QStringLiteral("'"));
    t.replace(QStringLiteral("&#39;"), QStringLiteral("'"));
    t.replace(QStringLiteral("&lt;"), QStringLiteral("<"));
    t.replace(QStringLiteral("&gt;"), QStringLiteral(">"));
    t.replace(QStringLiteral("&amp;"), QStringLiteral("&"));
    return t;
}

int utf8Length(View bytes)
{
    int n = 0;
    for (char c : bytes)
        if ((static_cast<unsigned char>(c) & 0xC0) != 0x80)
            ++n;
    return n;
}

Parsedown::Parsedown(const ParsedownOptions &options, LinkHooks hooks)
    : m_options(options)
    , m_hooks(std::move(hooks))
{
    // a Parsedown is built per page, mostly with the same settings: they are converted once per thread
    thread_local std::shared_ptr<const Vocabulary> last;
    if (!last || last->specialChars != options.specialChars || last->shortcodeNames != options.shortcodeNames
        || last->noticeBase != options.noticeBase || last->noticeLevels != options.noticeLevels) {
        auto v = std::make_shared<Vocabulary>();
        v->specialChars = options.specialChars;
        v->shortcodeNames = options.shortcodeNames;
        v->noticeBase = options.noticeBase;
        v->noticeLevels = options.noticeLevels;
        for (const auto &sc : options.specialChars)
            v->entities.push_back({static_cast<char>(sc.first.unicode()), "&" + sc.second.toStdString() + ";"});
        for (const QString &name : options.shortcodeNames)
            v->shortcodes.push_back(name.toStdString());
        if (!options.noticeBase.isEmpty())
            v->noticeClassBase = QString(options.noticeBase).replace(QChar(u','), QChar(u' ')).toStdString() + ' ';
        for (const QString &level : options.noticeLevels)
            v->noticeClasses.push_back(level.toStdString());
        last = std::move(v);
    }
    m_vocabulary = last;
}

std::string Parsedown::text(View markdown)
{
    m_depth = 0;
    m_timedOut = false;
    m_extraFailed = false;
    m_footnoteCount = 0;
    m_deadline = m_options.maxMs > 0 ? QDeadlineTimer(m_options.maxMs) : QDeadlineTimer(QDeadlineTimer::Forever);
    // the line ends text() trims at the start, for the source line of a top-level block (CR LF and a lone CR
    // are line ends too)
    m_leadingNewlines = 0;
    for (size_t i = 0; i < markdown.size() && (markdown[i] == '\n' || markdown[i] == '\r'); ++i) {
        if (markdown[i] == '\r' && i + 1 < markdown.size() && markdown[i + 1] == '\n')
            ++i;
        ++m_leadingNewlines;
    }
    return m_options.extra ? extraText(markdown) : baseText(markdown);
}

void Parsedown::resetDefinitions()
{
    m_references.clear();
    m_longestReference = 0;
    m_footnotes.clear();
    m_footnoteIndex.clear();
    m_footnotesDefined = false;
    m_abbreviations.reset();
}

std::string Parsedown::baseText(View markdown)
{
    resetDefinitions();
    std::string normalized;
    View t = markdown;
    if (t.find('\r') != npos) {
        normalized.reserve(t.size());
        for (size_t i = 0; i < t.size(); ++i) {
            if (t[i] != '\r')
                normalized += t[i];
            else if (i + 1 >= t.size() || t[i + 1] != '\n')
                normalized += '\n';
        }
        t = normalized;
    }
    t = trimView(t, "\n");
    std::string out;
    out.reserve(t.size() + t.size() / 4 + 64);
    lines(explode(t, '\n'), out);
    const size_t a = out.find_first_not_of('\n');
    if (a == npos)
        return {};
    const size_t b = out.find_last_not_of('\n');
    return out.substr(a, b + 1 - a);
}

bool Parsedown::reference(View t)
{
    // `^\[(.+?)\]:[ ]*<?(\S+?)>?(?:[ ]+["'(](.+)["')])?[ ]*$`, in PCRE's order: the first "]:" whose rest
    // matches; the URL runs to the next white space (what follows it must be spaces or the title), less
    // a final '>' (the lazy URL stops before it), and a '<' before it is taken if that can match.
    const size_t n = t.size();
    if (n < 4 || t[0] != '[')
        return false;
    size_t endSp = n; // where the trailing spaces start
    while (endSp > 0 && t[endSp - 1] == ' ')
        --endSp;
    size_t runFrom = npos, runEnd = 0; // the last white-space search: [runFrom, runEnd) has none
    for (size_t close = t.find("]:", 2); close != npos; close = t.find("]:", close + 1)) {
        size_t u0 = close + 2;
        while (u0 < n && t[u0] == ' ')
            ++u0;
        if (u0 >= n || isSpace(t[u0]))
            continue;
        if (runFrom == npos || u0 < runFrom || u0 > runEnd) {
            runFrom = u0;
            runEnd = u0;
            while (runEnd < n && !isSpace(t[runEnd]))
                ++runEnd;
        }
        // what follows the URL (and its '>'): the title, or nothing but spaces
        const size_t p = runEnd;
        bool matched = false;
        bool hasTitle = false;
        View title;
        if (p < n && t[p] == ' ') {
            size_t q = p;
            while (q < n && t[q] == ' ')
                ++q;
            const size_t r = endSp - 1;
            if (q < n && (t[q] == '"' || t[q] == '\'' || t[q] == '(') && endSp > 0 && r >= q + 2
                && (t[r] == '"' || t[r] == '\'' || t[r] == ')')) {
                matched = hasTitle = true;
                title = t.substr(q + 1, r - q - 1);
            }
        }
        if (!matched && p >= endSp)
            matched = true;
        if (!matched)
            continue;
        size_t u = u0;
        if (t[u0] == '<' && runEnd >= u0 + 2)
            ++u;
        size_t e = runEnd;
        if (t[e - 1] == '>' && e - 1 >= u + 1)
            --e;
        m_longestReference = std::max(m_longestReference, close - 1);
        Definition &ref = m_references[lowerAscii(t.substr(1, close - 1))];
        ref.url = std::string(t.substr(u, e - u));
        ref.title = std::string(title);
        ref.hasTitle = hasTitle;
        return true;
    }
    return false;
}

bool Parsedown::startBlock(int type, const Line &line, Block *cur, Block &b)
{
    const View text = line.text;
    const size_t n = text.size();
    switch (type) {
    case Code:
        if (cur && !cur->typed && !cur->interrupted)
            return false;
        if (line.indent < 4)
            return false;
        b.name = "pre";
        b.text = std::string(line.body.substr(4));
        return true;
    case Comment:
        if (m_options.markupEscaped || !startsWith(text, "<!--"))
            return false;
        b.hasMarkup = true;
        b.markup = std::string(line.body);
        b.closed = endsWith(text, "-->");
        return true;
    case FencedCode: {
        // `^[c]{3,}[ ]*([^`]+)?[ ]*$`: a run of three or more, then no backtick; the info string is the
        // rest after the spaces (trailing spaces included, as the greedy group takes them)
        const char c = text[0];
        size_t run = 0;
        while (run < n && text[run] == c)
            ++run;
        if (run < 3 || text.find('`', run) != npos)
            return false;
        size_t i = run;
        while (i < n && text[i] == ' ')
            ++i;
        b.name = "pre";
        if (i < n) {
            const View info = text.substr(i);
            const size_t cut = info.find_first_of(View(" \t\n\f\r"));
            b.hasClass = true;
            b.cssClass = "language-" + std::string(info.substr(0, cut));
        }
        b.fence = c;
        return true;
    }
    case Header: {
        if (n < 2)
            return false;
        size_t level = 1;
        while (level < n && text[level] == '#')
            ++level;
        if (level > 6)
            return false;
        b.name = "h" + std::to_string(level);
        b.text = std::string(trimView(text, "# "));
        if (m_options.extra)
            headingAttributes(b.text, true, b.attributes);
        return true;
    }
    case List: {
        // `^([*+-][ ]+)(.*)` or `^([0-9]+[.][ ]+)(.*)`
        const bool ordered = text[0] > '-';
        size_t i = 0;
        if (ordered) {
            while (i < n && isDigit(text[i]))
                ++i;
            if (i == 0 || i >= n || text[i] != '.')
                return false;
            ++i;
        } else {
            i = 1;
        }
        size_t j = i;
        while (j < n && text[j] == ' ')
            ++j;
        if (j == i)
            return false;
        b.indent = line.indent;
        b.ordered = ordered;
        b.name = ordered ? "ol" : "ul";
        if (ordered) {
            const View start = text.substr(0, i - 1);
            if (start != "1") {
                b.hasStart = true;
                b.start = std::string(start);
            }
        }
        b.items.push_back({std::string(text.substr(j))});
        return true;
    }
    case Quote: {
        size_t i = 1; // `^>[ ]?(.*)`
        if (i < n && text[i] == ' ')
            ++i;
        b.name = "blockquote";
        b.lines.push_back(std::string(text.substr(i)));
        return true;
    }
    case Rule:
        if (!isRule(text))
            return false;
        b.name = "hr";
        return true;
    case Markup: {
        if (m_options.markupEscaped)
            return false;
        size_t nameEnd = 0;
        bool slash = false;
        const size_t end = matchOpeningTag(text, 0, &nameEnd, &slash);
        if (end == npos)
            return false;
        const View name = text.substr(1, nameEnd - 1);
        if (isTextLevelElement(name))
            return false;
        b.name = std::string(name);
        b.hasMarkup = true;
        b.markup = std::string(text);
        const View remainder = text.substr(end);
        const bool selfClosing = slash || isVoidElement(name);
        if (trimView(remainder).empty()) {
            if (selfClosing)
                b.closed = b.isVoid = true;
        } else {
            if (selfClosing)
                return false;
            // `<\/NAME>[ ]*$`, case-insensitive
            const View r = rtrimView(remainder, " ");
            const size_t closeSize = name.size() + 3;
            if (r.size() >= closeSize && r.substr(r.size() - closeSize, 2) == "</" && r.back() == '>'
                && equalsNoCase(r.substr(r.size() - closeSize + 2, name.size()), name))
                b.closed = true;
        }
        return true;
    }
    case Reference:
        if (!reference(text))
            return false;
        b.hidden = true;
        return true;
    case Table: {
        if (!cur || cur->typed || cur->interrupted)
            return false;
        if (cur->text.find('|') == npos || !rtrimView(text, " -:|").empty())
            return false;
        for (View raw : explode(trimView(trimView(text), "|"), '|')) {
            const View cell = trimView(raw);
            if (cell.empty())
                continue; // Parsedown skips empty divider cells, shifting later alignments
            std::string align;
            if (cell.front() == ':')
                align = "left";
            if (cell.back() == ':')
                align = align == "left" ? "center" : "right";
            b.aligns.push_back(std::move(align));
        }
        for (View cell : explode(trimView(trimView(cur->text), "|"), '|'))
            b.headerCells.push_back(std::string(trimView(cell)));
        b.name = "table";
        return true;
    }
    case TwigTag: {
        // `(?:\{\{|\{%|\{#)(.*)(?:\}\}|%\}|#\})` anywhere: an opening, then a closing after it
        const View body = line.body;
        size_t open = npos;
        for (size_t i = 0; i + 1 < body.size(); ++i) {
            if (body[i] == '{' && (body[i + 1] == '{' || body[i + 1] == '%' || body[i + 1] == '#')) {
                open = i;
                break;
            }
        }
        if (open == npos)
            return false;
        bool closed = false;
        for (size_t i = open + 2; i + 1 < body.size() && !closed; ++i)
            closed = body[i + 1] == '}' && (body[i] == '}' || body[i] == '%' || body[i] == '#');
        if (!closed)
            return false;
        b.hasMarkup = true;
        b.markup = std::string(body);
        return true;
    }
    case ShortCodes: {
        // shortcode-core: `^\[\/?(?:NAMES)[^\]]*\]$` on the trimmed line, names joined unescaped
        // with no word boundary (a prefix test, as in Grav)
        const View s = trimView(line.body);
        if (s.size() < 2 || s.front() != '[' || s.back() != ']' || s.substr(1, s.size() - 2).find(']') != npos)
            return false;
        const View rest = s.substr(s[1] == '/' ? 2 : 1);
        bool named = m_vocabulary->shortcodes.empty(); // `(?:)` matches anything
        for (const std::string &name : m_vocabulary->shortcodes)
            named = named || startsWith(rest, name);
        if (!named)
            return false;
        b.hasMarkup = true;
        b.markup = std::string(line.body);
        return true;
    }
    case Notices: {
        // `^(!{1,N}) (.*)`
        const size_t levels = m_vocabulary->noticeClasses.size();
        size_t count = 0;
        while (count < n && text[count] == '!')
            ++count;
        if (levels == 0 || count == 0 || count > levels || count >= n || text[count] != ' ')
            return false;
        b.name = "div";
        b.cssClass = m_vocabulary->noticeClassBase + m_vocabulary->noticeClasses.at(count - 1);
        b.lines.push_back(std::string(text.substr(count + 1)));
        return true;
    }
    default: return startExtraBlock(type, line, cur, b);
    }
}

bool Parsedown::continueBlock(const Line &line, Block &b)
{
    const View text = line.text;
    const size_t n = text.size();
    switch (b.type) {
    case Code:
        if (line.indent < 4)
            return false;
        if (b.interrupted) {
            b.text += '\n';
            b.interrupted = false;
        }
        b.text += '\n';
        b.text += line.body.substr(4);
        return true;
    case Comment:
        if (b.closed)
            return false;
        b.markup += '\n';
        b.markup += line.body;
        if (endsWith(text, "-->"))
            b.closed = true;
        return true;
    case FencedCode: {
        if (b.complete)
            return false;
        if (b.interrupted) {
            b.text += '\n';
            b.interrupted = false;
        }
        // `^c{3,}[ ]*$`
        size_t run = 0;
        while (run < n && text[run] == b.fence)
            ++run;
        if (run >= 3 && rtrimView(text.substr(run), " ").empty()) {
            b.text.erase(0, 1);
            b.complete = true;
            return true;
        }
        b.text += '\n';
        b.text += line.body;
        return true;
    }
    case List: {
        if (b.indent == line.indent) {
            // `^PATTERN(?:[ ]+(.*)|$)`
            size_t i = 0;
            bool marker = false;
            if (b.ordered) {
                while (i < n && isDigit(text[i]))
                    ++i;
                marker = i > 0 && i < n && text[i] == '.';
                ++i;
            } else {
                marker = text[0] == '*' || text[0] == '+' || text[0] == '-';
                i = 1;
            }
            size_t j = i;
            while (j < n && text[j] == ' ')
                ++j;
            if (marker && (i >= n || j > i)) {
                if (b.interrupted) {
                    b.items.back().emplace_back();
                    b.loose = true;
                    b.interrupted = false;
                }
                b.items.push_back({std::string(text.substr(std::min(j, n)))});
                return true;
            }
        }
        if (text[0] == '[' && reference(text))
            return true;
        if (!b.interrupted) {
            b.items.back().push_back(std::string(stripUpTo4Spaces(line.body)));
            return true;
        }
        if (line.indent > 0) {
            b.items.back().emplace_back();
            b.items.back().push_back(std::string(stripUpTo4Spaces(line.body)));
            b.interrupted = false;
            return true;
        }
        return false;
    }
    case Quote: {
        if (text[0] == '>') {
            if (b.interrupted) {
                b.lines.emplace_back();
                b.interrupted = false;
            }
            b.lines.push_back(std::string(text.substr(n > 1 && text[1] == ' ' ? 2 : 1)));
            return true;
        }
        if (!b.interrupted) {
            b.lines.push_back(std::string(text));
            return true;
        }
        return false;
    }
    case Markup: {
        if (b.closed)
            return false;
        // `^<NAME(?:[ ]*ATTR)*[ ]*>` and `(.*?)<\/NAME>[ ]*$`, both case-insensitive
        const size_t size = b.name.size();
        if (n > size && text[0] == '<' && equalsNoCase(text.substr(1, size), b.name)) {
            size_t p = skipAttributes(text, size + 1);
            while (p < n && text[p] == ' ')
                ++p;
            if (p < n && text[p] == '>')
                ++b.depth;
        }
        const View r = rtrimView(text, " ");
        if (r.size() >= size + 3 && r.substr(r.size() - size - 3, 2) == "</" && r.back() == '>'
            && equalsNoCase(r.substr(r.size() - size - 1, size), b.name)) {
            if (b.depth > 0)
                --b.depth;
            else
                b.closed = true;
        }
        if (b.interrupted) {
            b.markup += '\n';
            b.interrupted = false;
        }
        b.markup += '\n';
        b.markup += line.body;
        return true;
    }
    case Table: {
        if (b.interrupted)
            return false;
        if (text[0] != '|' && text.find('|') == npos)
            return false;
        // cells: `(?:(\\[|])|[^|`]|`[^`]+`|`)+` matched globally (empty cells give no match)
        const View row = trimView(trimView(text), "|");
        std::vector<std::string> cells;
        size_t i = 0;
        while (i < row.size()) {
            const size_t from = i;
            while (i < row.size()) {
                const char c = row[i];
                if (c == '\\' && i + 1 < row.size() && row[i + 1] == '|') {
                    i += 2;
                } else if (c != '|' && c != '`') {
                    ++i;
                } else if (c == '`') {
                    const size_t close = row.find('`', i + 1);
                    i = close != npos && close > i + 1 ? close + 1 : i + 1;
                } else {
                    break;
                }
            }
            if (i > from)
                cells.push_back(std::string(trimView(row.substr(from, i - from))));
            else
                ++i; // a '|' no cell starts with
        }
        b.rows.push_back(std::move(cells));
        return true;
    }
    case ShortCodes: return false; // declared continuable by shortcode-core, never continues
    case DefinitionList:
    case Footnote: return continueExtraBlock(line, b);
    case Notices: {
        if (b.interrupted)
            return false;
        // `^(!{1,N}) ?(.*)`
        const size_t levels = m_vocabulary->noticeClasses.size();
        size_t count = 0;
        while (count < n && count < levels && text[count] == '!')
            ++count;
        if (count == 0)
            return false;
        if (count < n && text[count] == ' ')
            ++count;
        b.lines.push_back(std::string(text.substr(count)));
        return true;
    }
    default: return false;
    }
}

} // namespace GravDesk::Markdown
