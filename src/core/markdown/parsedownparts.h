#pragma once

// Private to the Parsedown implementation files: the block being built, the line being read, and the
// byte-level helpers that stand in for PHP's string functions and PCRE's character classes.

#include "markdown/bytescan.h"
#include "markdown/parsedown.h"

#include <cstring>
#include <string>
#include <string_view>
#include <vector>

namespace GravDesk::Markdown {

using View = std::string_view;

enum BlockType : int {
    Paragraph,
    Code,
    Comment,
    FencedCode,
    Header,
    List,
    Quote,
    Rule,
    SetextHeader,
    Markup,
    Reference,
    Table,
    TwigTag,
    ShortCodes,
    Notices,
    DefinitionList, // ParsedownExtra
    Footnote,
    Abbreviation,
};

struct Parsedown::Line
{
    View body;
    int indent = 0;
    View text;
};

struct Parsedown::Block
{
    int type = Paragraph;
    int line = 0; // index of the block's first line in the lines() input
    bool typed = false; // Parsedown's isset($Block['type']): paragraphs have none
    bool interrupted = false;
    bool continuable = false;
    bool closed = false;
    bool complete = false;
    bool hidden = false;
    bool loose = false;
    bool hasMarkup = false; // emitted verbatim
    bool hasClass = false;
    bool hasStart = false;
    std::string markup;
    std::string name; // element name (p, h1, ul, ...), or the tag of an HTML block
    std::string text;
    std::vector<std::string> lines; // blockquote / notice lines
    std::string cssClass; // notice class, code language class
    int indent = 0;
    bool ordered = false; // list item pattern: [0-9]+[.] rather than [*+-]
    std::string start; // <ol start>
    std::vector<std::vector<std::string>> items;
    char fence = 0;
    int depth = 0;
    std::vector<std::string> aligns;
    std::vector<std::string> headerCells;
    std::vector<std::vector<std::string>> rows;
    // ParsedownExtra: heading attributes ({#id .class}), definition list terms and descriptions (a description
    // after a blank line is rendered as text(), not line()), whether an HTML block is void (not rewritten)
    std::vector<std::pair<std::string, std::string>> attributes;
    std::vector<std::string> terms;
    std::vector<std::pair<bool, std::string>> descriptions;
    bool isVoid = false;
    std::string label; // footnote
};

// PCRE's \s and \w without Unicode properties (bytes of multi-byte characters are neither), as PHP sees them.
inline bool isSpace(char c)
{
    return c == ' ' || c == '\t' || c == '\n' || c == '\v' || c == '\f' || c == '\r';
}
inline bool isWord(char c)
{
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '_';
}
inline bool isDigit(char c)
{
    return c >= '0' && c <= '9';
}
/// PHP 8's strtolower(): ASCII letters only.
inline std::string lowerAscii(View s)
{
    std::string out(s);
    for (char &c : out)
        c = lowerAscii(c);
    return out;
}
inline bool startsWith(View s, View prefix)
{
    return s.size() >= prefix.size() && std::memcmp(s.data(), prefix.data(), prefix.size()) == 0;
}
inline bool endsWith(View s, View suffix)
{
    return s.size() >= suffix.size() && std::memcmp(s.data() + s.size() - suffix.size(), suffix.data(), suffix.size()) == 0;
}
/// PHP's default trim() characters.
inline constexpr View kTrimChars {" \t\n\r\0\x0B", 6};
/// PHP trim()/rtrim()/ltrim() with a character list.
inline View trimView(View s, View chars = kTrimChars)
{
    size_t a = 0, b = s.size();
    while (a < b && chars.find(s[a]) != View::npos)
        ++a;
    while (b > a && chars.find(s[b - 1]) != View::npos)
        --b;
    return s.substr(a, b - a);
}
inline View rtrimView(View s, View chars = kTrimChars)
{
    size_t b = s.size();
    while (b > 0 && chars.find(s[b - 1]) != View::npos)
        --b;
    return s.substr(0, b);
}
/// explode() on one character.
inline std::vector<View> explode(View s, char sep)
{
    std::vector<View> parts;
    size_t from = 0;
    while (true) {
        const size_t at = s.find(sep, from);
        if (at == View::npos) {
            parts.push_back(s.substr(from));
            return parts;
        }
        parts.push_back(s.substr(from, at - from));
        from = at + 1;
    }
}
inline void append(std::string &out, const QString &bytes)
{
    const QByteArray b = bytes.toLatin1();
    out.append(b.constData(), static_cast<size_t>(b.size()));
}
inline QString toByteString(View s)
{
    return QString::fromLatin1(s.data(), static_cast<qsizetype>(s.size()));
}
/// htmlspecialchars() into @p out: ENT_QUOTES (`'` → &#039;) or ENT_NOQUOTES.
void escapeInto(std::string &out, View s, bool quotes);
/// `<(\w[\w-]*)(?:[ ]*ATTR)*[ ]*(\/)?>` (Parsedown's opening tag, ATTR its regexHtmlAttribute) at @p pos:
/// the end of the match, or npos; @p nameEnd and @p slash tell the captures.
size_t matchOpeningTag(View text, size_t pos, size_t *nameEnd, bool *slash);
/// `(?:[ ]*ATTR)*` from @p pos: where the attributes end.
size_t skipAttributes(View text, size_t pos);
/// mb_strlen() of UTF-8 bytes: continuation bytes do not count.
int utf8Length(View bytes);

/// ParsedownExtra's `{#id .class}` at the end of a heading's @p text (`[ #]*{...}[ ]*$` for ATX headings,
/// `[ ]*{...}[ ]*$` for setext ones): cuts it from @p text and gives the attributes (id, then class); false when none.
bool headingAttributes(std::string &text, bool atx, std::vector<std::pair<std::string, std::string>> &attributes);

/// PHP's htmlspecialchars_decode(ENT_QUOTES) on a byte string: the five entities Parsedown and Grav write, nothing else.
QString specialCharsDecode(const QString &s);

} // namespace GravDesk::Markdown
