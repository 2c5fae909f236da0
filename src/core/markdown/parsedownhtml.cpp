// ParsedownExtra::processTag(): what an HTML block becomes when ParsedownExtra has read it. It loads the
// block into PHP's DOMDocument (libxml 2.9's HTML parser), keeps the first element, writes its children
// back (the child elements that are not text-level through processTag again, or, with markdown="1",
// all of them through text()) and wraps them in the element's own tags as libxml writes them.
//
// A small parser stands in for libxml's: its tokens (tags, attributes, entities, comments, script and
// style text), the start tags that close the current element (htmlStartClose), the end tags that close
// elements left open (htmlEndPriority), and the writer's rules (saveHTML without formatting: void
// elements without an end tag, boolean attributes without a value, href/src/action URL-escaped, the
// quote chosen by the value). The first element is all that matters, so html/head/body are not built.
// ParsedownExtra parses each child element's HTML again for its recursion; here the one tree is walked
// (libxml reads back the tree it wrote), so a deeply nested block costs one parse, not one per level.
// Where libxml's tables were not clear from its source, they were checked against PHP's DOMDocument on
// Debian 12 (libxml 2.9.14), which is what the oracle and a Grav server on that system run.
#include "markdown/parsedown.h"
#include "markdown/parsedownparts.h"
#include "page/envelope.h"

#include <algorithm>
#include <cctype>
#include <iterator>
#include <optional>
#include <unordered_map>

namespace GravDesk::Markdown {

namespace {

constexpr size_t npos = View::npos;

struct Entity
{
    View name;
    char32_t codePoint;
};

// libxml's html40EntitiesTable (HTML 4.01 and &apos;), sorted by name.
constexpr Entity kEntities[] = {
    {"AElig", 198},
    {"Aacute", 193},
    {"Acirc", 194},
    {"Agrave", 192},
    {"Alpha", 913},
    {"Aring", 197},
    {"Atilde", 195},
    {"Auml", 196},
    {"Beta", 914},
    {"Ccedil", 199},
    {"Chi", 935},
    {"Dagger", 8225},
    {"Delta", 916},
    {"ETH", 208},
    {"Eacute", 201},
    {"Ecirc", 202},
    {"Egrave", 200},
    {"Epsilon", 917},
    {"Eta", 919},
    {"Euml", 203},
    {"Gamma", 915},
    {"Iacute", 205},
    {"Icirc", 206},
    {"Igrave", 204},
    {"Iota", 921},
    {"Iuml", 207},
    {"Kappa", 922},
    {"Lambda", 923},
    {"Mu", 924},
    {"Ntilde", 209},
    {"Nu", 925},
    {"OElig", 338},
    {"Oacute", 211},
    {"Ocirc", 212},
    {"Ograve", 210},
    {"Omega", 937},
    {"Omicron", 927},
    {"Oslash", 216},
    {"Otilde", 213},
    {"Ouml", 214},
    {"Phi", 934},
    {"Pi", 928},
    {"Prime", 8243},
    {"Psi", 936},
    {"Rho", 929},
    {"Scaron", 352},
    {"Sigma", 931},
    {"THORN", 222},
    {"Tau", 932},
    {"Theta", 920},
    {"Uacute", 218},
    {"Ucirc", 219},
    {"Ugrave", 217},
    {"Upsilon", 933},
    {"Uuml", 220},
    {"Xi", 926},
    {"Yacute", 221},
    {"Yuml", 376},
    {"Zeta", 918},
    {"aacute", 225},
    {"acirc", 226},
    {"acute", 180},
    {"aelig", 230},
    {"agrave", 224},
    {"alefsym", 8501},
    {"alpha", 945},
    {"amp", 38},
    {"and", 8743},
    {"ang", 8736},
    {"apos", 39},
    {"aring", 229},
    {"asymp", 8776},
    {"atilde", 227},
    {"auml", 228},
    {"bdquo", 8222},
    {"beta", 946},
    {"brvbar", 166},
    {"bull", 8226},
    {"cap", 8745},
    {"ccedil", 231},
    {"cedil", 184},
    {"cent", 162},
    {"chi", 967},
    {"circ", 710},
    {"clubs", 9827},
    {"cong", 8773},
    {"copy", 169},
    {"crarr", 8629},
    {"cup", 8746},
    {"curren", 164},
    {"dArr", 8659},
    {"dagger", 8224},
    {"darr", 8595},
    {"deg", 176},
    {"delta", 948},
    {"diams", 9830},
    {"divide", 247},
    {"eacute", 233},
    {"ecirc", 234},
    {"egrave", 232},
    {"empty", 8709},
    {"emsp", 8195},
    {"ensp", 8194},
    {"epsilon", 949},
    {"equiv", 8801},
    {"eta", 951},
    {"eth", 240},
    {"euml", 235},
    {"euro", 8364},
    {"exist", 8707},
    {"fnof", 402},
    {"forall", 8704},
    {"frac12", 189},
    {"frac14", 188},
    {"frac34", 190},
    {"frasl", 8260},
    {"gamma", 947},
    {"ge", 8805},
    {"gt", 62},
    {"hArr", 8660},
    {"harr", 8596},
    {"hearts", 9829},
    {"hellip", 8230},
    {"iacute", 237},
    {"icirc", 238},
    {"iexcl", 161},
    {"igrave", 236},
    {"image", 8465},
    {"infin", 8734},
    {"int", 8747},
    {"iota", 953},
    {"iquest", 191},
    {"isin", 8712},
    {"iuml", 239},
    {"kappa", 954},
    {"lArr", 8656},
    {"lambda", 955},
    {"lang", 9001},
    {"laquo", 171},
    {"larr", 8592},
    {"lceil", 8968},
    {"ldquo", 8220},
    {"le", 8804},
    {"lfloor", 8970},
    {"lowast", 8727},
    {"loz", 9674},
    {"lrm", 8206},
    {"lsaquo", 8249},
    {"lsquo", 8216},
    {"lt", 60},
    {"macr", 175},
    {"mdash", 8212},
    {"micro", 181},
    {"middot", 183},
    {"minus", 8722},
    {"mu", 956},
    {"nabla", 8711},
    {"nbsp", 160},
    {"ndash", 8211},
    {"ne", 8800},
    {"ni", 8715},
    {"not", 172},
    {"notin", 8713},
    {"nsub", 8836},
    {"ntilde", 241},
    {"nu", 957},
    {"oacute", 243},
    {"ocirc", 244},
    {"oelig", 339},
    {"ograve", 242},
    {"oline", 8254},
    {"omega", 969},
    {"omicron", 959},
    {"oplus", 8853},
    {"or", 8744},
    {"ordf", 170},
    {"ordm", 186},
    {"oslash", 248},
    {"otilde", 245},
    {"otimes", 8855},
    {"ouml", 246},
    {"para", 182},
    {"part", 8706},
    {"permil", 8240},
    {"perp", 8869},
    {"phi", 966},
    {"pi", 960},
    {"piv", 982},
    {"plusmn", 177},
    {"pound", 163},
    {"prime", 8242},
    {"prod", 8719},
    {"prop", 8733},
    {"psi", 968},
    {"quot", 34},
    {"rArr", 8658},
    {"radic", 8730},
    {"rang", 9002},
    {"raquo", 187},
    {"rarr", 8594},
    {"rceil", 8969},
    {"rdquo", 8221},
    {"real", 8476},
    {"reg", 174},
    {"rfloor", 8971},
    {"rho", 961},
    {"rlm", 8207},
    {"rsaquo", 8250},
    {"rsquo", 8217},
    {"sbquo", 8218},
    {"scaron", 353},
    {"sdot", 8901},
    {"sect", 167},
    {"shy", 173},
    {"sigma", 963},
    {"sigmaf", 962},
    {"sim", 8764},
    {"spades", 9824},
    {"sub", 8834},
    {"sube", 8838},
    {"sum", 8721},
    {"sup", 8835},
    {"sup1", 185},
    {"sup2", 178},
    {"sup3", 179},
    {"supe", 8839},
    {"szlig", 223},
    {"tau", 964},
    {"there4", 8756},
    {"theta", 952},
    {"thetasym", 977},
    {"thinsp", 8201},
    {"thorn", 254},
    {"tilde", 732},
    {"times", 215},
    {"trade", 8482},
    {"uArr", 8657},
    {"uacute", 250},
    {"uarr", 8593},
    {"ucirc", 251},
    {"ugrave", 249},
    {"uml", 168},
    {"upsih", 978},
    {"upsilon", 965},
    {"uuml", 252},
    {"weierp", 8472},
    {"xi", 958},
    {"yacute", 253},
    {"yen", 165},
    {"yuml", 255},
    {"zeta", 950},
    {"zwj", 8205},
    {"zwnj", 8204},
};

std::optional<char32_t> entity(View name)
{
    const auto it
        = std::lower_bound(std::begin(kEntities), std::end(kEntities), name, [](const Entity &e, View n) { return e.name < n; });
    if (it == std::end(kEntities) || it->name != name)
        return std::nullopt;
    return it->codePoint;
}

void appendUtf8(std::string &out, char32_t c)
{
    if (c < 0x80) {
        out += static_cast<char>(c);
    } else if (c < 0x800) {
        out += static_cast<char>(0xC0 | (c >> 6));
        out += static_cast<char>(0x80 | (c & 0x3F));
    } else if (c < 0x10000) {
        out += static_cast<char>(0xE0 | (c >> 12));
        out += static_cast<char>(0x80 | ((c >> 6) & 0x3F));
        out += static_cast<char>(0x80 | (c & 0x3F));
    } else {
        out += static_cast<char>(0xF0 | (c >> 18));
        out += static_cast<char>(0x80 | ((c >> 12) & 0x3F));
        out += static_cast<char>(0x80 | ((c >> 6) & 0x3F));
        out += static_cast<char>(0x80 | (c & 0x3F));
    }
}

// mb_convert_encoding($markup, 'HTML-ENTITIES', 'UTF-8'): every non-ASCII character as `&#N;`, a byte that
// starts no valid character as '?'.
std::string htmlEntities(View s)
{
    std::string out;
    out.reserve(s.size() + s.size() / 2);
    for (size_t i = 0; i < s.size();) {
        const auto b = static_cast<unsigned char>(s[i]);
        if (b < 0x80) {
            out += s[i++];
            continue;
        }
        const size_t len = static_cast<size_t>(utf8SequenceLength(s.data() + i, s.data() + s.size()));
        if (len == 0) {
            out += '?';
            ++i;
            continue;
        }
        char32_t c = b & (0x7F >> len);
        for (size_t k = 1; k < len; ++k)
            c = (c << 6) | (static_cast<unsigned char>(s[i + k]) & 0x3F);
        out += "&#" + std::to_string(static_cast<unsigned long>(c)) + ';';
        i += len;
    }
    return out;
}

bool isAsciiLetter(char c)
{
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
}
bool isBlank(char c) // IS_BLANK_CH
{
    return c == ' ' || c == '\t' || c == '\n' || c == '\r';
}
bool isHtmlNameStart(char c)
{
    return isAsciiLetter(c) || c == '_' || c == ':' || c == '.';
}
bool isHtmlNameChar(char c)
{
    return isHtmlNameStart(c) || isDigit(c) || c == '-';
}

bool among(View name, std::initializer_list<View> names)
{
    return std::find(names.begin(), names.end(), name) != names.end();
}

// libxml's empty elements (written without an end tag, closed as soon as they open).
bool isEmptyElement(View name)
{
    return among(
        name, {"area", "base", "basefont", "br", "col", "frame", "hr", "img", "input", "isindex", "link", "meta", "param"});
}

// htmlStartClose (libxml 2.9.14, checked against PHP's DOMDocument for every pair of HTML 4 elements): a start tag
// of @p newTag closes the open @p oldTag. Sorted by old, then new tag (the pairs that close a head are left out:
// no head is built).
bool startCloses(View newTag, View oldTag)
{
    struct Pair
    {
        View oldTag;
        View newTag;
    };
    static constexpr Pair pairs[] = {
        {"a", "a"},
        {"a", "fieldset"},
        {"a", "table"},
        {"a", "td"},
        {"a", "th"},
        {"address", "dd"},
        {"address", "dl"},
        {"address", "dt"},
        {"address", "form"},
        {"address", "li"},
        {"address", "ul"},
        {"b", "center"},
        {"b", "p"},
        {"b", "td"},
        {"b", "th"},
        {"big", "p"},
        {"caption", "col"},
        {"caption", "colgroup"},
        {"caption", "tbody"},
        {"caption", "tfoot"},
        {"caption", "thead"},
        {"caption", "tr"},
        {"col", "col"},
        {"col", "colgroup"},
        {"col", "tbody"},
        {"col", "tfoot"},
        {"col", "thead"},
        {"col", "tr"},
        {"colgroup", "colgroup"},
        {"colgroup", "tbody"},
        {"colgroup", "tfoot"},
        {"colgroup", "thead"},
        {"colgroup", "tr"},
        {"dd", "dt"},
        {"dir", "dd"},
        {"dir", "dl"},
        {"dir", "dt"},
        {"dir", "form"},
        {"dir", "ul"},
        {"dl", "form"},
        {"dl", "li"},
        {"dt", "dd"},
        {"dt", "dl"},
        {"font", "center"},
        {"font", "td"},
        {"font", "th"},
        {"form", "form"},
        {"h1", "fieldset"},
        {"h1", "form"},
        {"h1", "li"},
        {"h1", "p"},
        {"h1", "table"},
        {"h2", "fieldset"},
        {"h2", "form"},
        {"h2", "li"},
        {"h2", "p"},
        {"h2", "table"},
        {"h3", "fieldset"},
        {"h3", "form"},
        {"h3", "li"},
        {"h3", "p"},
        {"h3", "table"},
        {"h4", "fieldset"},
        {"h4", "form"},
        {"h4", "li"},
        {"h4", "p"},
        {"h4", "table"},
        {"h5", "fieldset"},
        {"h5", "form"},
        {"h5", "li"},
        {"h5", "p"},
        {"h5", "table"},
        {"h6", "fieldset"},
        {"h6", "form"},
        {"h6", "li"},
        {"h6", "p"},
        {"h6", "table"},
        {"hr", "form"},
        {"i", "center"},
        {"i", "p"},
        {"i", "td"},
        {"i", "th"},
        {"legend", "fieldset"},
        {"li", "li"},
        {"listing", "dd"},
        {"listing", "dl"},
        {"listing", "dt"},
        {"listing", "fieldset"},
        {"listing", "form"},
        {"listing", "li"},
        {"listing", "table"},
        {"listing", "ul"},
        {"menu", "dd"},
        {"menu", "dl"},
        {"menu", "dt"},
        {"menu", "form"},
        {"menu", "ul"},
        {"ol", "form"},
        {"ol", "ul"},
        {"option", "optgroup"},
        {"option", "option"},
        {"p", "address"},
        {"p", "blockquote"},
        {"p", "body"},
        {"p", "caption"},
        {"p", "center"},
        {"p", "col"},
        {"p", "colgroup"},
        {"p", "dd"},
        {"p", "dir"},
        {"p", "div"},
        {"p", "dl"},
        {"p", "dt"},
        {"p", "fieldset"},
        {"p", "form"},
        {"p", "frameset"},
        {"p", "h1"},
        {"p", "h2"},
        {"p", "h3"},
        {"p", "h4"},
        {"p", "h5"},
        {"p", "h6"},
        {"p", "head"},
        {"p", "hr"},
        {"p", "li"},
        {"p", "listing"},
        {"p", "menu"},
        {"p", "ol"},
        {"p", "p"},
        {"p", "pre"},
        {"p", "table"},
        {"p", "tbody"},
        {"p", "td"},
        {"p", "tfoot"},
        {"p", "th"},
        {"p", "title"},
        {"p", "tr"},
        {"p", "ul"},
        {"p", "xmp"},
        {"pre", "dd"},
        {"pre", "dl"},
        {"pre", "dt"},
        {"pre", "fieldset"},
        {"pre", "form"},
        {"pre", "li"},
        {"pre", "table"},
        {"pre", "ul"},
        {"s", "p"},
        {"script", "noscript"},
        {"small", "p"},
        {"span", "td"},
        {"span", "th"},
        {"strike", "p"},
        {"style", "body"},
        {"style", "frameset"},
        {"tbody", "tbody"},
        {"tbody", "tfoot"},
        {"td", "tbody"},
        {"td", "td"},
        {"td", "tfoot"},
        {"td", "th"},
        {"td", "tr"},
        {"tfoot", "tbody"},
        {"th", "tbody"},
        {"th", "td"},
        {"th", "tfoot"},
        {"th", "th"},
        {"th", "tr"},
        {"thead", "tbody"},
        {"thead", "tfoot"},
        {"title", "body"},
        {"title", "frameset"},
        {"tr", "tbody"},
        {"tr", "tfoot"},
        {"tr", "tr"},
        {"tt", "p"},
        {"u", "p"},
        {"u", "td"},
        {"u", "th"},
        {"ul", "address"},
        {"ul", "form"},
        {"ul", "menu"},
        {"ul", "ol"},
        {"ul", "pre"},
        {"xmp", "dd"},
        {"xmp", "dl"},
        {"xmp", "dt"},
        {"xmp", "fieldset"},
        {"xmp", "form"},
        {"xmp", "li"},
        {"xmp", "table"},
        {"xmp", "ul"},
    };
    const auto less
        = [](const Pair &a, const Pair &b) { return a.oldTag != b.oldTag ? a.oldTag < b.oldTag : a.newTag < b.newTag; };
    return std::binary_search(std::begin(pairs), std::end(pairs), Pair {oldTag, newTag}, less);
}

// htmlEndPriority: an end tag closes the elements left open inside its element only if none of them ranks higher.
int endPriority(View name)
{
    if (name == "div")
        return 150;
    if (name == "td" || name == "th")
        return 160;
    if (name == "tr")
        return 170;
    if (name == "thead" || name == "tbody" || name == "tfoot")
        return 180;
    if (name == "table")
        return 190;
    if (name == "head" || name == "body")
        return 200;
    if (name == "html")
        return 220;
    return 100;
}

bool isBooleanAttribute(View name)
{
    return among(name,
        {"checked", "compact", "declare", "defer", "disabled", "ismap", "multiple", "nohref", "noresize", "noshade", "nowrap",
            "readonly", "selected"});
}

bool isTextLevel(View name) // Parsedown's $textLevelElements, as processTag compares node names with them
{
    return among(name,
        {"a", "br", "bdo", "abbr", "blink", "nextid", "acronym", "basefont", "b", "em", "big", "cite", "small", "spacer",
            "listing", "i", "rp", "del", "code", "strike", "marquee", "q", "rt", "ins", "font", "strong", "s", "tt", "kbd",
            "mark", "u", "xm", "sub", "nobr", "sup", "ruby", "var", "span", "wbr", "time"});
}

struct Node
{
    enum class Kind { Element, Text, Comment, Raw };
    Kind kind = Kind::Element;
    std::string name; // element (lower case)
    std::vector<std::pair<std::string, std::optional<std::string>>> attributes; // values decoded, UTF-8
    std::string text; // text (decoded; raw for script and style), comment, or a processing instruction as written
    std::vector<size_t> children;
};

class Document
{
public:
    explicit Document(View markup)
        : m_s(markup)
    {
        m_nodes.emplace_back(); // the body the fragment is parsed into
        parse();
    }
    const Node &node(size_t i) const { return m_nodes[i]; }
    /// The block starts with <html>, <head> or <body>: ParsedownExtra's DOM calls fail on it.
    bool startsWithDocumentTag() const { return m_startsWithDocumentTag; }
    Node &node(size_t i) { return m_nodes[i]; }
    /// The first node of the body (DOMDocument's documentElement after processTag's replaceChild).
    std::optional<size_t> first() const
    {
        const Node &body = m_nodes[0];
        if (body.children.empty())
            return std::nullopt;
        return body.children.front();
    }

private:
    size_t current() const { return m_open.empty() ? 0 : m_open.back(); }
    const std::string &currentName() const
    {
        static const std::string none;
        return m_open.empty() ? none : m_nodes[m_open.back()].name;
    }

    void characters(View text)
    {
        if (text.empty())
            return;
        if (m_open.empty()) {
            // htmlCheckParagraph: text outside any element opens an implied <p> (blanks there are dropped)
            if (std::all_of(text.begin(), text.end(), isBlank))
                return;
            open("p", {});
        }
        Node &parent = m_nodes[current()];
        if (!parent.children.empty() && m_nodes[parent.children.back()].kind == Node::Kind::Text) {
            m_nodes[parent.children.back()].text += text;
            return;
        }
        Node t;
        t.kind = Node::Kind::Text;
        t.text = std::string(text);
        m_nodes.push_back(std::move(t));
        m_nodes[current()].children.push_back(m_nodes.size() - 1);
    }

    void open(std::string name, std::vector<std::pair<std::string, std::optional<std::string>>> attributes)
    {
        Node e;
        e.name = std::move(name);
        e.attributes = std::move(attributes);
        m_nodes.push_back(std::move(e));
        const size_t index = m_nodes.size() - 1;
        m_nodes[current()].children.push_back(index);
        push(index);
    }

    // The open elements, with what an end tag asks of them kept current: the open elements of each name, and
    // for each priority level the open elements ranking at least that (so that neither question walks the
    // stack: a hostile run of end tags stays linear).
    void push(size_t index)
    {
        const size_t position = m_open.size();
        m_open.push_back(index);
        m_openByName[m_nodes[index].name].push_back(position);
        const int priority = endPriority(m_nodes[index].name);
        for (size_t l = 0; l < std::size(kLevels) && kLevels[l] <= priority; ++l)
            m_ranking[l].push_back(position);
    }
    void pop()
    {
        const size_t index = m_open.back();
        m_openByName[m_nodes[index].name].pop_back();
        const int priority = endPriority(m_nodes[index].name);
        for (size_t l = 0; l < std::size(kLevels) && kLevels[l] <= priority; ++l)
            m_ranking[l].pop_back();
        m_open.pop_back();
    }

    // A character or entity reference at m_i ('&'): appended to @p out decoded, as htmlParseReference and
    // htmlParseHTMLAttribute read it.
    void reference(std::string &out)
    {
        const View s = m_s;
        size_t i = m_i + 1;
        if (i < s.size() && s[i] == '#') {
            // htmlParseCharRef: digits (or x and hex digits), ';' optional; no digits or an invalid value give nothing
            ++i;
            const bool hex = i < s.size() && (s[i] == 'x' || s[i] == 'X');
            if (hex)
                ++i;
            uint64_t v = 0; // no digits: "&#" (and the x) are read all the same, and give nothing
            while (i < s.size() && (isDigit(s[i]) || (hex && std::isxdigit(static_cast<unsigned char>(s[i]))))) {
                const int d = isDigit(s[i]) ? s[i] - '0' : (std::tolower(static_cast<unsigned char>(s[i])) - 'a' + 10);
                v = std::min<uint64_t>(v * (hex ? 16 : 10) + static_cast<uint64_t>(d), 0x110000);
                ++i;
            }
            if (i < s.size() && s[i] == ';')
                ++i;
            m_i = i;
            const bool valid = v == 0x9 || v == 0xA || v == 0xD || (v >= 0x20 && v <= 0xD7FF) || (v >= 0xE000 && v <= 0xFFFD)
                || (v >= 0x10000 && v <= 0x10FFFF);
            if (valid)
                appendUtf8(out, static_cast<char32_t>(v));
            return;
        }
        // htmlParseEntityRef: a name; known and followed by ';' → the character, else '&' and the name stay
        const size_t from = i;
        if (i < s.size() && (isAsciiLetter(s[i]) || s[i] == '_' || s[i] == ':')) {
            ++i;
            while (i < s.size()
                && (isAsciiLetter(s[i]) || isDigit(s[i]) || s[i] == '_' || s[i] == ':' || s[i] == '.' || s[i] == '-'))
                ++i;
        }
        if (i == from) {
            out += '&';
            m_i += 1;
            return;
        }
        const View name = s.substr(from, i - from);
        if (i < s.size() && s[i] == ';') {
            if (const auto c = entity(name)) {
                appendUtf8(out, *c);
                m_i = i + 1;
                return;
            }
        }
        out += '&';
        out += name;
        m_i = i;
    }

    std::string name()
    {
        const size_t from = m_i;
        while (m_i < m_s.size() && isHtmlNameChar(m_s[m_i]))
            ++m_i;
        return lowerAscii(m_s.substr(from, m_i - from));
    }

    void skipBlanks()
    {
        while (m_i < m_s.size() && isBlank(m_s[m_i]))
            ++m_i;
    }

    // An attribute value after '=' (htmlParseAttValue): quoted, or up to a blank or '>'.
    std::optional<std::string> attributeValue()
    {
        std::string value;
        const View s = m_s;
        if (m_i < s.size() && (s[m_i] == '"' || s[m_i] == '\'')) {
            const char quote = s[m_i];
            const size_t close = s.find(quote, m_i + 1);
            if (close == npos) { // libxml gives up on the value
                m_i = s.size();
                return std::nullopt;
            }
            ++m_i;
            while (m_i < close) {
                if (s[m_i] == '&') {
                    reference(value);
                    if (m_i > close) { // a reference cannot run past the quote: take what is before it
                        m_i = close;
                    }
                } else {
                    value += s[m_i++];
                }
            }
            m_i = close + 1;
            return value;
        }
        while (m_i < s.size() && !isBlank(s[m_i]) && s[m_i] != '>') {
            if (s[m_i] == '&')
                reference(value);
            else
                value += s[m_i++];
        }
        return value;
    }

    void startTag()
    {
        ++m_i; // '<'
        std::string tag = name();
        std::vector<std::pair<std::string, std::optional<std::string>>> attributes;
        const View s = m_s;
        skipBlanks();
        while (m_i < s.size() && s[m_i] != '>' && !(s[m_i] == '/' && m_i + 1 < s.size() && s[m_i + 1] == '>')) {
            if (!isHtmlNameStart(s[m_i])) {
                // "error parsing attribute name": skipped up to a blank, '>' or "/>"
                while (m_i < s.size() && !isBlank(s[m_i]) && s[m_i] != '>'
                    && !(s[m_i] == '/' && m_i + 1 < s.size() && s[m_i + 1] == '>'))
                    ++m_i;
                skipBlanks();
                continue;
            }
            std::string attribute = name();
            skipBlanks();
            std::optional<std::string> value;
            if (m_i < s.size() && s[m_i] == '=') {
                ++m_i;
                skipBlanks();
                value = attributeValue();
            }
            const bool duplicate
                = std::any_of(attributes.begin(), attributes.end(), [&](const auto &a) { return a.first == attribute; });
            if (!duplicate)
                attributes.emplace_back(std::move(attribute), std::move(value));
            skipBlanks();
        }
        bool selfClosed = false;
        if (m_i < s.size() && s[m_i] == '/') {
            selfClosed = true;
            m_i += 2;
        } else if (m_i < s.size()) {
            ++m_i;
        }
        if (tag == "html" || tag == "head" || tag == "body") {
            // not built (inside a fragment libxml ignores them); one that starts the block breaks processTag()
            m_startsWithDocumentTag = m_startsWithDocumentTag || (m_open.empty() && m_nodes[0].children.empty());
            return;
        }
        while (!m_open.empty() && startCloses(tag, currentName()))
            pop();
        if (m_open.size() >= kMaxDepth) { // libxml: "Excessive depth in document", the rest is not read
            m_i = m_s.size();
            return;
        }
        open(tag, std::move(attributes));
        if (selfClosed || isEmptyElement(tag)) {
            pop();
            return;
        }
    }

    void rawText(View text)
    {
        if (text.empty())
            return;
        Node t;
        t.kind = Node::Kind::Text;
        t.text = std::string(text);
        Node &parent = m_nodes[current()];
        if (!parent.children.empty() && m_nodes[parent.children.back()].kind == Node::Kind::Text) {
            m_nodes[parent.children.back()].text += text;
            return;
        }
        m_nodes.push_back(std::move(t));
        m_nodes[current()].children.push_back(m_nodes.size() - 1);
    }

    void endTag()
    {
        m_i += 2; // "</"
        const std::string tag = name();
        skipBlanks();
        const size_t gt = m_s.find('>', m_i);
        m_i = gt == npos ? m_s.size() : gt + 1;
        // an end tag of an element that is not open is dropped; else it closes what is open inside its
        // element, unless one of those ranks higher
        const auto named = m_openByName.find(tag);
        if (named == m_openByName.end() || named->second.empty())
            return;
        const size_t target = named->second.back();
        const int priority = endPriority(tag);
        for (size_t l = 0; l < std::size(kLevels); ++l) {
            if (kLevels[l] > priority) { // the lowest level ranking higher: one of those above the element blocks
                if (!m_ranking[l].empty() && m_ranking[l].back() > target)
                    return;
                break;
            }
        }
        while (m_open.size() > target)
            pop();
    }

    void parse()
    {
        const View s = m_s;
        m_i = 0;
        std::string text;
        while (m_i < s.size()) {
            if (!m_open.empty() && (currentName() == "script" || currentName() == "style")) {
                // script and style hold raw text up to "</" and a letter; but each time the parser comes back
                // to them, a start tag that closes them (<noscript> closes a script) is read as a tag first
                if (s[m_i] == '<' && m_i + 1 < s.size() && isAsciiLetter(s[m_i + 1])) {
                    size_t j = m_i + 1;
                    while (j < s.size() && isHtmlNameChar(s[j]))
                        ++j;
                    if (startCloses(lowerAscii(s.substr(m_i + 1, j - m_i - 1)), currentName())) {
                        pop();
                        continue;
                    }
                }
                size_t end = m_i;
                while (true) {
                    end = s.find("</", end);
                    if (end == npos || (end + 2 < s.size() && isAsciiLetter(s[end + 2])))
                        break;
                    end += 2;
                }
                if (end == npos)
                    end = s.size();
                if (end > m_i) {
                    rawText(s.substr(m_i, end - m_i));
                    m_i = end;
                    continue;
                }
            }
            const char c = s[m_i];
            if (c == '<' && m_i + 1 < s.size()) {
                const char d = s[m_i + 1];
                if (d == '/' && m_i + 2 < s.size() && isAsciiLetter(s[m_i + 2])) {
                    characters(text);
                    text.clear();
                    endTag();
                    continue;
                }
                if (d == '!' && s.compare(m_i, 4, "<!--") == 0) {
                    characters(text);
                    text.clear();
                    const size_t end = s.find("-->", m_i + 4);
                    if (end == npos) { // not terminated: dropped
                        m_i = s.size();
                        continue;
                    }
                    Node comment;
                    comment.kind = Node::Kind::Comment;
                    comment.text = std::string(s.substr(m_i + 4, end - m_i - 4));
                    if (m_open.empty() && m_nodes[0].children.empty()) {
                        m_i = end + 3; // a comment before the first element is not in the body
                        continue;
                    }
                    m_nodes.push_back(std::move(comment));
                    m_nodes[current()].children.push_back(m_nodes.size() - 1);
                    m_i = end + 3;
                    continue;
                }
                if (isAsciiLetter(d)) {
                    characters(text);
                    text.clear();
                    startTag();
                    continue;
                }
                if (d == '?' && !m_open.empty()) {
                    // a processing instruction (`<?php … ?>`): target, one space, the rest up to '>'
                    characters(text);
                    text.clear();
                    size_t i = m_i + 2;
                    while (i < s.size() && isHtmlNameChar(s[i]))
                        ++i;
                    const View target = s.substr(m_i + 2, i - m_i - 2);
                    while (i < s.size() && isBlank(s[i]))
                        ++i;
                    const size_t gt = std::min(s.find('>', i), s.size());
                    Node pi;
                    pi.kind = Node::Kind::Raw;
                    pi.text = "<?" + std::string(target);
                    if (gt > i)
                        pi.text += ' ' + std::string(s.substr(i, gt - i));
                    pi.text += '>';
                    m_nodes.push_back(std::move(pi));
                    m_nodes[current()].children.push_back(m_nodes.size() - 1);
                    m_i = gt + 1;
                    continue;
                }
            }
            if (c == '&') {
                reference(text);
                continue;
            }
            text += c;
            ++m_i;
        }
        characters(text);
    }

    static constexpr int kLevels[] = {150, 160, 170, 180, 190, 200, 220};
    static constexpr size_t kMaxDepth = 255; // elements open at once below the body

    View m_s;
    size_t m_i = 0;
    std::vector<Node> m_nodes;
    std::vector<size_t> m_open;
    std::unordered_map<std::string, std::vector<size_t>> m_openByName;
    std::vector<size_t> m_ranking[std::size(kLevels)];
    bool m_startsWithDocumentTag = false;
};

// xmlEncodeEntitiesReentrant for HTML: &, <, > escaped; the rest (UTF-8 included) as it is.
void appendEscapedText(std::string &out, View s)
{
    for (char c : s) {
        switch (c) {
        case '&': out += "&amp;"; break;
        case '<': out += "&lt;"; break;
        case '>': out += "&gt;"; break;
        default: out += c;
        }
    }
}

// xmlURIEscapeStr(value, "@/:=?;#%&,+<>"): unreserved characters and those stay, the rest is %XX.
void appendUriEscaped(std::string &out, View s)
{
    static const char hex[] = "0123456789ABCDEF";
    for (char c : s) {
        const auto b = static_cast<unsigned char>(c);
        const bool keep = isAsciiLetter(c) || isDigit(c) || View("-_.!~*'()@/:=?;#%&,+<>").find(c) != npos;
        if (keep && b != 0) {
            out += c;
        } else {
            out += '%';
            out += hex[b >> 4];
            out += hex[b & 0xF];
        }
    }
}

void appendAttribute(
    std::string &out, const std::string &element, const std::string &name, const std::optional<std::string> &value)
{
    out += ' ';
    out += name;
    if (!value || isBooleanAttribute(name))
        return;
    std::string encoded;
    appendEscapedText(encoded, *value);
    const bool uri = name == "href" || name == "action" || name == "src" || (name == "name" && element == "a");
    if (uri) {
        std::string escaped;
        size_t from = 0;
        while (from < encoded.size() && isBlank(encoded[from]))
            ++from;
        appendUriEscaped(escaped, View(encoded).substr(from));
        encoded.swap(escaped);
    }
    // xmlBufWriteQuotedString
    out += '=';
    if (encoded.find('"') == npos) {
        out += '"';
        out += encoded;
        out += '"';
    } else if (encoded.find('\'') == npos) {
        out += '\'';
        out += encoded;
        out += '\'';
    } else {
        out += '"';
        for (char c : encoded) {
            if (c == '"')
                out += "&quot;";
            else
                out += c;
        }
        out += '"';
    }
}

void appendStartTag(std::string &out, const Node &e)
{
    out += '<';
    out += e.name;
    for (const auto &[name, value] : e.attributes)
        appendAttribute(out, e.name, name, value);
    out += '>';
}

// saveHTML($node) without formatting.
void serialize(const Document &doc, size_t index, const Node *parent, std::string &out)
{
    const Node &n = doc.node(index);
    switch (n.kind) {
    case Node::Kind::Text:
        if (parent && (parent->name == "script" || parent->name == "style"))
            out += n.text;
        else
            appendEscapedText(out, n.text);
        return;
    case Node::Kind::Comment:
        out += "<!--";
        out += n.text;
        out += "-->";
        return;
    case Node::Kind::Raw: out += n.text; return;
    case Node::Kind::Element: break;
    }
    appendStartTag(out, n);
    if (isEmptyElement(n.name))
        return;
    if (n.children.empty()) {
        if (n.name != "li") // li's end tag is optional and not written when it is empty
            out += "</" + n.name + '>';
        return;
    }
    for (size_t child : n.children)
        serialize(doc, child, &n, out);
    out += "</" + n.name + '>';
}

} // namespace

std::string Parsedown::processTag(View markup, int depth)
{
    Document doc(htmlEntities(markup));
    m_extraFailed = m_extraFailed || doc.startsWithDocumentTag();
    const std::optional<size_t> first = doc.first();
    if (!first)
        return std::string(markup);
    // processTag() on an element of the tree (a local class: Document is private to this file)
    struct Step
    {
        static std::string run(Parsedown &p, Document &doc, size_t index, int depth)
        {
            Node &e = doc.node(index);
            if (e.kind != Node::Kind::Element) { // text before any element: written as it is
                std::string out;
                serialize(doc, index, nullptr, out);
                return out;
            }
            std::string inner;
            const auto markdown
                = std::find_if(e.attributes.begin(), e.attributes.end(), [](const auto &a) { return a.first == "markdown"; });
            if (markdown != e.attributes.end() && markdown->second && *markdown->second == "1") {
                for (size_t child : e.children)
                    serialize(doc, child, &e, inner);
                e.attributes.erase(markdown);
                inner = '\n' + p.extraText(inner) + '\n';
            } else {
                for (size_t child : e.children) {
                    const Node &c = doc.node(child);
                    if (c.kind == Node::Kind::Element && !isTextLevel(c.name) && depth < p.m_options.maxDepth)
                        inner += run(p, doc, child, depth + 1);
                    else
                        serialize(doc, child, &e, inner);
                }
            }
            const Node &n = doc.node(index);
            std::string out;
            appendStartTag(out, n);
            if (isEmptyElement(n.name))
                return out;
            out += inner;
            out += "</" + n.name + '>';
            return out;
        }
    };
    return Step::run(*this, doc, *first, depth);
}

} // namespace GravDesk::Markdown
