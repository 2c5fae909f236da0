// ParsedownExtra 0.8.1 on top of the Parsedown engine (ParsedownOptions::extra): definition lists,
// footnotes, abbreviations, `{#id .class}` on headings and links, and what it does on text() (merged
// definition lists, the footnotes at the end). HTML blocks are rewritten in parsedownhtml.cpp.
//
// ParsedownExtra keeps its definitions (references, footnotes, abbreviations) in one array that every
// text() call empties, and it calls text() from inside a render: for a description after a blank line,
// for `markdown="1"` HTML (while the blocks are still being read) and for each footnote. The engine does
// the same, so the definitions a page sees at each point are the ones Grav's sees.
#include "markdown/parsedown.h"
#include "markdown/parsedownparts.h"

#include <algorithm>
#include <map>
#include <optional>

namespace GravDesk::Markdown {

namespace {

constexpr size_t npos = View::npos;

// `[-\w]` without /u.
bool isAttributeNameChar(char c)
{
    return isWord(c) || c == '-';
}

// `(?:[#.][-\w]+[ ]*)+` matching all of @p s.
bool isAttributeList(View s)
{
    size_t i = 0;
    if (s.empty())
        return false;
    while (i < s.size()) {
        if (s[i] != '#' && s[i] != '.')
            return false;
        const size_t from = ++i;
        while (i < s.size() && isAttributeNameChar(s[i]))
            ++i;
        if (i == from)
            return false;
        while (i < s.size() && s[i] == ' ')
            ++i;
    }
    return true;
}

// ParsedownExtra::parseAttributeData(): the last `#id`, then the classes joined by spaces.
std::vector<std::pair<std::string, std::string>> attributeData(View s)
{
    std::optional<std::string> id;
    std::string classes;
    bool hasClass = false;
    for (View part : explode(s, ' ')) {
        if (part.empty())
            continue;
        if (part[0] == '#') {
            id = std::string(part.substr(1));
        } else {
            if (hasClass)
                classes += ' ';
            classes += part.substr(1);
            hasClass = true;
        }
    }
    std::vector<std::pair<std::string, std::string>> data;
    if (id)
        data.emplace_back("id", *id);
    if (hasClass)
        data.emplace_back("class", classes);
    return data;
}

// `</dl>\s+<dl>\s+` removed everywhere (ParsedownExtra::text() merges consecutive lists so). With preview
// annotations the second list's tag carries its source line; it merges all the same.
void mergeDefinitionLists(std::string &markup)
{
    size_t at = markup.find("</dl>");
    if (at == npos)
        return;
    std::string out;
    out.reserve(markup.size());
    size_t copied = 0;
    for (; at != npos; at = markup.find("</dl>", at)) {
        size_t i = at + 5;
        const size_t ws = i;
        while (i < markup.size() && isSpace(markup[i]))
            ++i;
        size_t tagEnd = i + 4;
        if (markup.compare(i, 17, "<dl data-gd-line=") == 0) { // a preview's annotated list merges too
            const size_t close = markup.find("\">", i + 18);
            tagEnd = close == npos ? npos : close + 2;
        } else if (markup.compare(i, 4, "<dl>") != 0) {
            tagEnd = npos;
        }
        if (i == ws || tagEnd == npos) {
            at += 5;
            continue;
        }
        i = tagEnd;
        const size_t ws2 = i;
        while (i < markup.size() && isSpace(markup[i]))
            ++i;
        if (i == ws2) {
            at += 5;
            continue;
        }
        out.append(markup, copied, at - copied);
        copied = at = i;
    }
    out.append(markup, copied, npos);
    markup.swap(out);
}

// preg_replace()'s replacement string: `\0`, `$0`, `${0}` are the match, other group numbers are empty (the
// pattern has no groups), and a backslash before a backslash or a dollar escapes it.
std::string phpReplacement(View replacement, View match)
{
    std::string out;
    out.reserve(replacement.size() + match.size());
    for (size_t i = 0; i < replacement.size(); ++i) {
        const char c = replacement[i];
        if (c != '\\' && c != '$') {
            out += c;
            continue;
        }
        if (i > 0 && replacement[i - 1] == '\\' && !out.empty() && out.back() == '\\') {
            out.back() = c; // the backslash before escapes this one
            continue;
        }
        size_t j = i + 1;
        const bool braced = c == '$' && j < replacement.size() && replacement[j] == '{';
        if (braced)
            ++j;
        size_t k = j;
        while (k < replacement.size() && k < j + 2 && isDigit(replacement[k]))
            ++k;
        if (k == j || (braced && (k >= replacement.size() || replacement[k] != '}'))) {
            out += c;
            continue;
        }
        if (std::stoi(std::string(replacement.substr(j, k - j))) == 0)
            out += match;
        i = braced ? k : k - 1;
    }
    return out;
}

} // namespace

/*
 * Abbreviations. ParsedownExtra replaces `\bABBR\b` by `<abbr title="MEANING">ABBR</abbr>` in every
 * piece of text, one abbreviation after the other in definition order, each on the result of the
 * previous ones: a later abbreviation also matches inside an earlier one's title. Done literally that
 * costs a scan per abbreviation. Here one Aho–Corasick scan finds every occurrence; the abbreviations
 * then claim their non-overlapping occurrences in definition order (PCRE's leftmost-first scan per
 * abbreviation), an earlier claim reading as the `<` or `>` it starts or ends with for the word
 * boundaries; and what each claim is replaced by – its `<abbr>` element, with the later abbreviations
 * applied – is worked out once. That holds for abbreviations without `<` and `>`: one holding them
 * could match across an inserted element's edge, so it is applied on its own, as in PHP, between runs
 * of the others (a scan each).
 */
struct Parsedown::Abbreviations
{
    std::vector<std::pair<std::string, std::string>> list; // abbreviation, meaning
    std::unordered_map<std::string, size_t> index;
    // built on first use after a change
    bool built = false;
    struct Node
    {
        int fail = 0;
        int output = -1; // the abbreviation ending here
        int nextOutput = -1; // the nearest node on the fail chain with an output
    };
    std::vector<Node> nodes;
    std::unordered_map<uint64_t, int> edges; // node << 8 | byte → node
    std::vector<size_t> runEnd; // per abbreviation: where its run of abbreviations without '<' and '>' ends
    std::vector<std::optional<std::string>> expansions;
    size_t expandedBytes = 0;

    void define(std::string abbreviation, std::string meaning)
    {
        const auto it = index.find(abbreviation);
        if (it != index.end()) {
            list[it->second].second = std::move(meaning);
        } else {
            index.emplace(abbreviation, list.size());
            list.emplace_back(std::move(abbreviation), std::move(meaning));
        }
        built = false;
    }

    bool alone(size_t a) const { return list[a].first.find_first_of("<>") != npos; }

    std::string replacement(size_t a) const
    {
        const auto &[abbreviation, meaning] = list[a];
        return phpReplacement("<abbr title=\"" + meaning + "\">" + abbreviation + "</abbr>", abbreviation);
    }

    int edge(int node, unsigned char c) const
    {
        const auto it = edges.find(static_cast<uint64_t>(node) << 8 | c);
        return it == edges.end() ? -1 : it->second;
    }

    void build()
    {
        nodes.assign(1, Node());
        edges.clear();
        for (size_t i = 0; i < list.size(); ++i) {
            if (alone(i))
                continue;
            int node = 0;
            for (char ch : list[i].first) {
                const auto c = static_cast<unsigned char>(ch);
                int next = edge(node, c);
                if (next < 0) {
                    next = static_cast<int>(nodes.size());
                    nodes.emplace_back();
                    edges.emplace(static_cast<uint64_t>(node) << 8 | c, next);
                }
                node = next;
            }
            nodes[static_cast<size_t>(node)].output = static_cast<int>(i);
        }
        // breadth-first: fail links; children are found through the edge map
        std::vector<std::vector<std::pair<unsigned char, int>>> children(nodes.size());
        for (const auto &[key, child] : edges)
            children[static_cast<size_t>(key >> 8)].push_back({static_cast<unsigned char>(key & 0xFF), child});
        std::vector<int> queue {0};
        for (size_t q = 0; q < queue.size(); ++q) {
            const int node = queue[q];
            for (const auto &[c, child] : children[static_cast<size_t>(node)]) {
                int f = nodes[static_cast<size_t>(node)].fail;
                int target = 0;
                if (node != 0) {
                    while (true) {
                        const int e = edge(f, c);
                        if (e >= 0) {
                            target = e;
                            break;
                        }
                        if (f == 0)
                            break;
                        f = nodes[static_cast<size_t>(f)].fail;
                    }
                }
                Node &n = nodes[static_cast<size_t>(child)];
                n.fail = target;
                const Node &t = nodes[static_cast<size_t>(target)];
                n.nextOutput = t.output >= 0 ? target : t.nextOutput;
                queue.push_back(child);
            }
        }
        runEnd.assign(list.size(), list.size());
        for (size_t i = list.size(); i-- > 0;)
            runEnd[i] = alone(i) ? i : (i + 1 < list.size() ? runEnd[i + 1] : list.size());
        expansions.assign(list.size(), std::nullopt);
        expandedBytes = 0;
        built = true;
    }

    // Every occurrence of the abbreviations [first, last): (abbreviation, start).
    std::vector<std::pair<size_t, size_t>> occurrences(View t, size_t first, size_t last) const
    {
        std::vector<std::pair<size_t, size_t>> found;
        int node = 0;
        for (size_t i = 0; i < t.size(); ++i) {
            const auto c = static_cast<unsigned char>(t[i]);
            while (true) {
                const int e = edge(node, c);
                if (e >= 0) {
                    node = e;
                    break;
                }
                if (node == 0)
                    break;
                node = nodes[static_cast<size_t>(node)].fail;
            }
            const Node &here = nodes[static_cast<size_t>(node)];
            for (int o = here.output >= 0 ? node : here.nextOutput; o >= 0; o = nodes[static_cast<size_t>(o)].nextOutput) {
                const auto a = static_cast<size_t>(nodes[static_cast<size_t>(o)].output);
                if (a >= first && a < last)
                    found.push_back({a, i + 1 - list[a].first.size()});
            }
        }
        return found;
    }

    // The abbreviations [first, last) (none holding '<' or '>') applied to @p t, into @p out.
    void apply(View t, size_t first, size_t last, std::string &out)
    {
        std::vector<std::pair<size_t, size_t>> found = occurrences(t, first, last);
        if (found.empty()) {
            out += t;
            return;
        }
        std::sort(found.begin(), found.end());
        std::map<size_t, std::pair<size_t, size_t>> claimed; // start → end, abbreviation
        size_t k = 0;
        while (k < found.size()) {
            const size_t a = found[k].first;
            const size_t length = list[a].first.size();
            size_t lastEnd = 0;
            for (; k < found.size() && found[k].first == a; ++k) {
                const size_t start = found[k].second;
                const size_t end = start + length;
                if (start < lastEnd)
                    continue;
                auto next = claimed.lower_bound(start);
                if (next != claimed.end() && next->first < end)
                    continue;
                bool afterClaim = false;
                if (next != claimed.begin()) {
                    const auto prev = std::prev(next);
                    if (prev->second.first > start)
                        continue;
                    afterClaim = prev->second.first == start;
                }
                const bool beforeClaim = next != claimed.end() && next->first == end;
                const bool wordBefore = start > 0 && !afterClaim && isWord(t[start - 1]);
                const bool wordAfter = end < t.size() && !beforeClaim && isWord(t[end]);
                if (wordBefore == isWord(t[start]) || wordAfter == isWord(t[end - 1]))
                    continue; // `\b` on either side fails
                claimed.emplace(start, std::make_pair(end, a));
                lastEnd = end;
            }
        }
        size_t copied = 0;
        for (const auto &[start, claim] : claimed) {
            out.append(t.substr(copied, start - copied));
            out += expansion(claim.second, last);
            copied = claim.first;
        }
        out.append(t.substr(copied));
    }

    const std::string &expansion(size_t a, size_t last)
    {
        std::optional<std::string> &e = expansions[a];
        if (!e) {
            const std::string r = replacement(a);
            std::string applied;
            // meanings that hold later abbreviations can multiply the text (as in PHP); past a cap they stay
            if (expandedBytes < (std::size_t(64) << 20))
                apply(r, a + 1, last, applied);
            else
                applied = r;
            expandedBytes += applied.size();
            e = std::move(applied);
        }
        return *e;
    }

    // preg_replace() of one abbreviation.
    void applyOne(size_t a, View text, std::string &out) const
    {
        const std::string &abbreviation = list[a].first;
        const std::string r = replacement(a);
        size_t copied = 0;
        for (size_t at = text.find(abbreviation); at != npos;) {
            const size_t end = at + abbreviation.size();
            const bool wordBefore = at > 0 && isWord(text[at - 1]);
            const bool wordAfter = end < text.size() && isWord(text[end]);
            if (wordBefore == isWord(text[at]) || wordAfter == isWord(text[end - 1])) {
                at = text.find(abbreviation, at + 1);
                continue;
            }
            out.append(text.substr(copied, at - copied));
            out += r;
            copied = end;
            at = text.find(abbreviation, end);
        }
        out.append(text.substr(copied));
    }

    void abbreviate(View text, std::string &out)
    {
        if (!built)
            build();
        if (list.empty() || runEnd[0] == list.size()) { // the usual case: one run
            apply(text, 0, list.size(), out);
            return;
        }
        std::string current(text), next;
        for (size_t a = 0; a < list.size(); a = alone(a) ? a + 1 : runEnd[a]) {
            next.clear();
            if (alone(a))
                applyOne(a, current, next);
            else
                apply(current, a, runEnd[a], next);
            current.swap(next);
        }
        out += current;
    }
};

bool headingAttributes(std::string &text, bool atx, std::vector<std::pair<std::string, std::string>> &attributes)
{
    // `[ #]*{(ATTR+)}[ ]*$` (`[ ]*` before the brace for setext headings), its leftmost match: the attribute
    // characters hold no brace, so the brace is the last one, and the match starts where the run of
    // spaces (and hashes) before it does
    const View t = text;
    const size_t end = rtrimView(t, " ").size();
    if (end < 3 || t[end - 1] != '}')
        return false;
    const size_t open = t.rfind('{', end - 2);
    if (open == npos || !isAttributeList(t.substr(open + 1, end - 2 - open)))
        return false;
    size_t start = open;
    while (start > 0 && (t[start - 1] == ' ' || (atx && t[start - 1] == '#')))
        --start;
    attributes = attributeData(t.substr(open + 1, end - 2 - open));
    text.erase(start);
    return true;
}

bool Parsedown::startExtraBlock(int type, const Line &line, Block *cur, Block &b)
{
    const View text = line.text;
    switch (type) {
    case DefinitionList: {
        if (!cur || cur->typed)
            return false;
        for (View term : explode(cur->text, '\n'))
            b.terms.emplace_back(term);
        // addDdElement(): a description after a blank line is read as blocks
        b.descriptions.emplace_back(cur->interrupted, std::string(trimView(text.substr(1))));
        b.name = "dl";
        return true;
    }
    case Footnote: {
        // `^\[\^(.+?)\]:[ ]?(.*)$`
        if (text.size() < 5 || text[0] != '[' || text[1] != '^')
            return false;
        const size_t close = text.find("]:", 3);
        if (close == npos)
            return false;
        size_t from = close + 2;
        if (from < text.size() && text[from] == ' ')
            ++from;
        b.label = std::string(text.substr(2, close - 2));
        b.text = std::string(text.substr(from));
        b.hidden = true;
        return true;
    }
    case Abbreviation: {
        // `^\*\[(.+?)\]:[ ]*(.+?)[ ]*$`
        if (text.size() < 6 || text[0] != '*' || text[1] != '[')
            return false;
        const size_t close = text.find("]:", 3);
        if (close == npos)
            return false;
        const View meaning = rtrimView(trimView(text.substr(close + 2), " "), " ");
        if (meaning.empty())
            return false;
        if (!m_abbreviations)
            m_abbreviations = std::make_shared<Abbreviations>();
        m_abbreviations->define(std::string(text.substr(2, close - 2)), std::string(meaning));
        b.hidden = true;
        return true;
    }
    default: return false;
    }
}

bool Parsedown::continueExtraBlock(const Line &line, Block &b)
{
    const View text = line.text;
    if (b.type == Footnote) {
        // a new footnote ends this one; after a blank line only indented lines continue it
        if (text[0] == '[' && text.size() >= 5 && text[1] == '^' && text.find("]:", 3) != npos)
            return false;
        if (b.interrupted) {
            if (line.indent < 4)
                return false;
            b.text += "\n\n"; // `interrupted` stays set, as ParsedownExtra leaves it
        } else {
            b.text += '\n';
        }
        b.text += text;
        return true;
    }
    // DefinitionList
    if (text[0] == ':') {
        b.descriptions.emplace_back(b.interrupted, std::string(trimView(text.substr(1))));
        b.interrupted = false;
        return true;
    }
    if (b.interrupted && line.indent == 0)
        return false;
    auto &dd = b.descriptions.back();
    if (b.interrupted) {
        dd.first = true;
        dd.second += "\n\n";
        b.interrupted = false;
    }
    dd.second += '\n';
    dd.second += line.body.substr(static_cast<size_t>(std::min(line.indent, 4)));
    return true;
}

void Parsedown::completeBlock(Block &b)
{
    if (b.type == Footnote) {
        const auto it = m_footnoteIndex.find(b.label);
        if (it == m_footnoteIndex.end()) {
            m_footnoteIndex.emplace(b.label, m_footnotes.size());
            m_footnotes.push_back({b.label, b.text, 0, 0});
        } else {
            m_footnotes[it->second] = {b.label, b.text, 0, 0}; // a new definition is not referenced yet
        }
        m_footnotesDefined = true;
    } else if (b.type == Markup && !b.isVoid) {
        b.markup = processTag(b.markup, 0);
    }
}

void Parsedown::renderDefinitionList(const Block &b, std::string &out)
{
    out += "<dl>";
    for (const std::string &term : b.terms) {
        out += "\n<dt>";
        line(term, 0, out);
        out += "</dt>";
    }
    for (const auto &dd : b.descriptions) {
        out += "\n<dd>";
        if (dd.first)
            out += extraText(dd.second);
        else
            line(dd.second, 0, out);
        out += "</dd>";
    }
    out += "\n</dl>";
}

bool Parsedown::footnoteMarker(View t, size_t pos, std::string &html, size_t &extent)
{
    // `^\[\^(.+?)\]`: the first ']' after one character, on the line
    if (pos + 3 >= t.size() || t[pos + 1] != '^')
        return false;
    const size_t close = t.find(']', pos + 3);
    if (close == npos || t.substr(pos + 2, close - pos - 2).find('\n') != npos)
        return false;
    const std::string name(t.substr(pos + 2, close - pos - 2));
    const auto it = m_footnoteIndex.find(name);
    if (it == m_footnoteIndex.end())
        return false;
    Note &note = m_footnotes[it->second];
    ++note.count;
    if (note.number == 0)
        note.number = ++m_footnoteCount;
    html += "<sup id=\"";
    escapeInto(html, "fnref" + std::to_string(note.count) + ":" + name, true);
    html += "\"><a href=\"";
    escapeInto(html, "#fn:" + name, true);
    html += "\" class=\"footnote-ref\">" + std::to_string(note.number) + "</a></sup>";
    extent = close + 1 - pos;
    return true;
}

void Parsedown::linkAttributes(View t, size_t pos, Element &e, size_t &extent) const
{
    // `^[ ]*{(ATTR+)}` after the link; `+=`: attributes the link has already are kept
    size_t i = pos + extent;
    while (i < t.size() && t[i] == ' ')
        ++i;
    if (i >= t.size() || t[i] != '{')
        return;
    const size_t close = t.find('}', i + 1);
    if (close == npos || !isAttributeList(t.substr(i + 1, close - i - 1)))
        return;
    for (const auto &a : attributeData(t.substr(i + 1, close - i - 1))) {
        const QString name = QString::fromLatin1(a.first.data(), static_cast<qsizetype>(a.first.size()));
        bool present = false;
        for (const auto &have : std::as_const(e.attributes))
            present = present || have.first == name;
        if (!present)
            e.attributes.append({name, toByteString(a.second)});
    }
    extent = close + 1 - pos;
}

std::string Parsedown::extraText(View markdown)
{
    std::string markup = baseText(markdown);
    mergeDefinitionLists(markup);
    if (m_footnotesDefined) {
        markup += '\n';
        markup += footnotesElement();
    }
    return markup;
}

std::string Parsedown::footnotesElement()
{
    // the numbered notes in number order; each note's text() empties the definitions, so they are copied
    std::vector<Note> notes;
    for (const Note &note : m_footnotes)
        if (note.number > 0)
            notes.push_back(note);
    std::stable_sort(notes.begin(), notes.end(), [](const Note &a, const Note &b) { return a.number < b.number; });
    std::string out = "<div class=\"footnotes\">\n<hr />\n<ol>";
    ++m_depth; // the notes' blocks are not the page's top-level blocks
    for (const Note &note : notes) {
        std::string text = baseText(note.text);
        std::string backLinks;
        for (int n = 1; n <= note.count; ++n) {
            if (n > 1)
                backLinks += ' ';
            backLinks += "<a href=\"#fnref" + std::to_string(n) + ':' + note.label
                + "\" rev=\"footnote\" class=\"footnote-backref\">&#8617;</a>";
        }
        if (endsWith(text, "</p>"))
            text.insert(text.size() - 4, "&#160;" + backLinks);
        else
            text += "\n<p>" + backLinks + "</p>";
        out += "\n<li id=\"";
        escapeInto(out, "fn:" + note.label, true);
        out += "\">\n";
        out += text;
        out += "\n</li>";
    }
    --m_depth;
    out += "\n</ol>\n</div>";
    return out;
}

void Parsedown::abbreviate(View text, std::string &out) const
{
    m_abbreviations->abbreviate(text, out);
}

} // namespace GravDesk::Markdown
