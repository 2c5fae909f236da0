// Parsedown::lines() – the driver that feeds lines to the block types – and block rendering.
#include "markdown/parsedown.h"
#include "markdown/parsedownparts.h"

namespace GravDesk::Markdown {

namespace {

constexpr size_t npos = View::npos;

bool isContinuable(int type)
{
    return type == Code || type == Comment || type == FencedCode || type == List || type == Quote || type == Markup
        || type == Table || type == ShortCodes || type == Notices || type == DefinitionList || type == Footnote;
}

// Parsedown's blockListComplete for a loose list (code and fenced code, the other completable types,
// complete as they are): every item ends with an empty line.
void completeLooseList(std::vector<std::vector<std::string>> &items)
{
    for (std::vector<std::string> &li : items)
        if (li.empty() || !li.back().empty())
            li.emplace_back();
}

std::vector<View> views(const std::vector<std::string> &lines)
{
    return std::vector<View>(lines.begin(), lines.end());
}

bool isBlank(View line) // chop($line) === ''
{
    for (char c : line)
        if (kTrimChars.find(c) == npos)
            return false;
    return true;
}

void appendJoined(std::string &out, const std::vector<View> &lines, size_t from)
{
    for (size_t i = from; i < lines.size(); ++i) {
        if (i > from)
            out += '\n';
        out += lines[i];
    }
}

} // namespace

void Parsedown::lines(const std::vector<View> &lines, std::string &out)
{
    if (m_depth >= m_options.maxDepth) { // hostile nesting: the rest is kept as escaped text
        std::string joined;
        appendJoined(joined, lines, 0);
        out += '\n';
        escapeInto(out, joined, false);
        out += '\n';
        return;
    }
    const bool topLevel = m_depth == 0;
    ++m_depth;
    std::vector<Block> blocks; // the last one is Parsedown's $CurrentBlock
    blocks.reserve(std::min<size_t>(lines.size() / 2 + 1, 64)); // a block per two lines, typically
    size_t stoppedAt = npos; // the time budget ran out before this line
    std::string expanded;
    for (size_t lineIndex = 0; lineIndex < lines.size(); ++lineIndex) {
        // hostile input: a clock read every 64 lines keeps the check cheap
        if ((lineIndex & 63) == 63 && (m_timedOut || m_deadline.hasExpired())) {
            m_timedOut = true;
            stoppedAt = lineIndex;
            break;
        }
        View raw = lines[lineIndex];
        if (isBlank(raw)) {
            if (!blocks.empty())
                blocks.back().interrupted = true;
            continue;
        }
        if (raw.find('\t') != npos) {
            expanded.clear();
            bool first = true;
            for (View part : explode(raw, '\t')) {
                if (!first)
                    expanded.append(static_cast<size_t>(4 - utf8Length(expanded) % 4), ' ');
                expanded += part;
                first = false;
            }
            raw = expanded;
        }
        Line line;
        while (static_cast<size_t>(line.indent) < raw.size() && raw[line.indent] == ' ')
            ++line.indent;
        line.body = raw;
        line.text = raw.substr(line.indent);

        Block *cur = blocks.empty() ? nullptr : &blocks.back();
        if (cur && cur->continuable) {
            if (continueBlock(line, *cur))
                continue;
            if (cur->type == List && cur->loose)
                completeLooseList(cur->items);
            if (m_options.extra)
                completeBlock(*cur);
        }

        int types[6] = {Code};
        int typeCount = 1;
        auto add = [&](std::initializer_list<int> more) {
            for (int t : more)
                types[typeCount++] = t;
        };
        const char first = line.text[0];
        switch (first) {
        case '#': add({Header}); break;
        case '*':
            add({Rule, List});
            if (m_options.extra)
                add({Abbreviation});
            break;
        case '+': add({List}); break;
        case '-': add({SetextHeader, Table, Rule, List}); break;
        case ':':
            add({Table});
            if (m_options.extra)
                add({DefinitionList});
            break;
        case '<': add({Comment, Markup}); break;
        case '=': add({SetextHeader}); break;
        case '>': add({Quote}); break;
        case '[':
            if (m_options.extra)
                add({Footnote}); // before references, as ParsedownExtra puts it
            add({Reference});
            if (m_options.shortcodeBlocks)
                add({ShortCodes});
            break;
        case '_': add({Rule}); break;
        case '`':
        case '~': add({FencedCode}); break;
        case '|': add({Table}); break;
        case '{':
            if (m_options.twigBlocks)
                add({TwigTag});
            break;
        case '!':
            if (m_options.notices)
                add({Notices});
            break;
        default:
            if (isDigit(first))
                add({List});
        }
        bool started = false;
        for (int i = 0; i < typeCount && !started; ++i) {
            const int type = types[i];
            if (type == SetextHeader) {
                // the paragraph becomes the heading (`rtrim($text, $text[0]) === ''`)
                if (!cur || cur->typed || cur->interrupted || line.text.find_first_not_of(first) != npos)
                    continue;
                cur->type = SetextHeader;
                cur->typed = true;
                cur->name = first == '=' ? "h1" : "h2";
                cur->continuable = false;
                if (m_options.extra)
                    headingAttributes(cur->text, false, cur->attributes);
                started = true;
                continue;
            }
            Block b;
            if (!startBlock(type, line, cur, b))
                continue;
            b.type = type;
            b.typed = true;
            b.continuable = isContinuable(type);
            if (type == Table || type == DefinitionList) { // takes over the paragraph, and starts where that did
                b.line = cur->line;
                *cur = std::move(b);
            } else {
                b.line = static_cast<int>(lineIndex);
                blocks.push_back(std::move(b));
            }
            started = true;
        }
        if (started)
            continue;
        if (cur && !cur->typed && !cur->interrupted) {
            cur->text += '\n';
            cur->text += line.text;
        } else {
            Block p;
            p.line = static_cast<int>(lineIndex);
            p.name = "p";
            p.text = std::string(line.text);
            blocks.push_back(std::move(p));
        }
    }
    if (!blocks.empty() && blocks.back().type == List && blocks.back().loose)
        completeLooseList(blocks.back().items);
    if (m_options.extra && !blocks.empty() && blocks.back().continuable)
        completeBlock(blocks.back());

    const bool annotate = topLevel && m_options.sourceLines;
    std::string html;
    for (const Block &b : blocks) {
        if (b.hidden)
            continue;
        out += '\n';
        const bool twigPlaceholder = b.type == TwigTag && m_options.previewPlaceholders;
        if (!annotate && !twigPlaceholder) {
            if (b.hasMarkup)
                out += b.markup;
            else
                renderBlock(b, out);
            continue;
        }
        html.clear();
        if (b.hasMarkup)
            html = b.markup;
        else
            renderBlock(b, html);
        if (twigPlaceholder) {
            std::string wrapped;
            appendPlaceholder(wrapped, "twig", html, true);
            html.swap(wrapped);
        }
        if (annotate) {
            const int index = b.line + m_leadingNewlines;
            const int fileLine = index < m_options.lineMap.size() ? m_options.lineMap.at(index) : index + 1;
            const std::string tag = twigPlaceholder ? std::string("div") : b.name;
            if (b.type == ShortCodes) {
                if (!startsWith(trimView(html), "[/")) { // the element a closing tag ends is annotated already
                    std::string marked;
                    append(marked, sourceLineMarker(fileLine));
                    html.insert(0, marked);
                }
            } else if (b.type != Comment && !tag.empty() && html.size() > tag.size() && html[0] == '<'
                && html.compare(1, tag.size(), tag) == 0
                && (html.size() == tag.size() + 1
                    || !(isWord(html[tag.size() + 1]) || html[tag.size() + 1] == '-'
                        || static_cast<unsigned char>(html[tag.size() + 1]) >= 0x80))) {
                html.insert(tag.size() + 1, " data-gd-line=\"" + std::to_string(fileLine) + "\"");
            }
        }
        out += html;
    }
    if (stoppedAt != npos) { // what was not parsed in time is shown, escaped, rather than dropped
        std::string rest;
        appendJoined(rest, lines, stoppedAt);
        out += "\n<pre>";
        escapeInto(out, rest, false);
        out += "</pre>";
    }
    out += '\n';
    --m_depth;
}

void Parsedown::renderBlock(const Block &b, std::string &out)
{
    switch (b.type) {
    case Code:
    case FencedCode:
        out += "<pre><code";
        if (b.hasClass) {
            out += " class=\"";
            escapeInto(out, b.cssClass, true);
            out += '"';
        }
        out += '>';
        escapeInto(out, b.text, false);
        out += "</code></pre>";
        return;
    case Rule: out += "<hr />"; return;
    case List: {
        out += '<';
        out += b.name;
        if (b.hasStart) {
            out += " start=\"";
            escapeInto(out, b.start, true);
            out += '"';
        }
        out += '>';
        std::string inner;
        for (const std::vector<std::string> &li : b.items) {
            inner.clear();
            lines(views(li), inner);
            out += "\n<li>";
            const View trimmed = trimView(inner);
            bool hasEmpty = false;
            for (const std::string &l : li)
                hasEmpty = hasEmpty || l.empty();
            if (!hasEmpty && startsWith(trimmed, "<p>")) { // Parsedown's li(): a tight item loses its <p>
                const View rest = trimmed.substr(3);
                const size_t p = rest.find("</p>");
                if (p != npos) {
                    out += rest.substr(0, p);
                    out += rest.substr(p + 4);
                } else {
                    out += rest;
                }
            } else {
                out += inner;
            }
            out += "</li>";
        }
        out += "\n</";
        out += b.name;
        out += '>';
        return;
    }
    case Quote:
        out += "<blockquote>";
        lines(views(b.lines), out);
        out += "</blockquote>";
        return;
    case Notices:
        out += '<';
        out += b.name;
        out += " class=\"";
        escapeInto(out, b.cssClass, true);
        out += "\">";
        lines(views(b.lines), out);
        out += "</";
        out += b.name;
        out += '>';
        return;
    case Table: {
        auto cell = [&](const char *tag, const std::string &text, size_t index) {
            out += "\n<";
            out += tag;
            if (index < b.aligns.size() && !b.aligns[index].empty()) {
                out += " style=\"text-align: ";
                out += b.aligns[index];
                out += ";\"";
            }
            out += '>';
            line(text, 0, out);
            out += "</";
            out += tag;
            out += '>';
        };
        out += "<table>\n<thead>\n<tr>";
        for (size_t i = 0; i < b.headerCells.size(); ++i)
            cell("th", b.headerCells[i], i);
        out += "\n</tr>\n</thead>\n<tbody>";
        for (const std::vector<std::string> &row : b.rows) {
            out += "\n<tr>";
            for (size_t i = 0; i < row.size(); ++i)
                cell("td", row[i], i);
            out += "\n</tr>";
        }
        out += "\n</tbody>\n</table>";
        return;
    }
    case DefinitionList: renderDefinitionList(b, out); return;
    default: // paragraph, headings (also setext)
        out += '<';
        out += b.name;
        for (const auto &a : b.attributes) {
            out += ' ';
            out += a.first;
            out += "=\"";
            escapeInto(out, a.second, true);
            out += '"';
        }
        out += '>';
        line(b.text, 0, out);
        out += "</";
        out += b.name;
        out += '>';
        return;
    }
}

} // namespace GravDesk::Markdown
