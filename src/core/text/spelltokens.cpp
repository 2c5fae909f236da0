#include "text/spelltokens.h"

namespace GravDesk {
namespace {

// The line state packs everything a following line needs to know into one int, because that is what
// QSyntaxHighlighter keeps per block.
enum class Mode { Normal = 0, Fence = 1, HtmlComment = 2, HtmlTag = 3, RawHtml = 4, FrontMatter = 5, PageStart = 6 };

// Elements whose contents are code or preformatted, never prose.
const char *const kRawElements[] = {"script", "style", "pre", "textarea", "code"};
const int kRawElementCount = 5;

struct State
{
    Mode mode = Mode::Normal;
    bool prevBlank = true; // an indented line after it is code
    bool prevIndentedCode = false;
    bool inList = false; // indented lines continue a list item, they are not code
    bool fenceTilde = false;
    int fenceLength = 0;
    int rawElement = 0;

    static State decode(int s)
    {
        State st;
        if (s < 0)
            return st;
        st.mode = static_cast<Mode>(s & 7);
        st.prevBlank = s & (1 << 3);
        st.prevIndentedCode = s & (1 << 4);
        st.fenceTilde = s & (1 << 5);
        st.fenceLength = (s >> 6) & 63;
        st.rawElement = (s >> 12) & 7;
        st.inList = s & (1 << 15);
        return st;
    }
    int encode() const
    {
        return static_cast<int>(mode) | (prevBlank ? 1 << 3 : 0) | (prevIndentedCode ? 1 << 4 : 0) | (fenceTilde ? 1 << 5 : 0)
            | (std::min(fenceLength, 63) << 6) | (rawElement << 12) | (inList ? 1 << 15 : 0);
    }
};

bool isKazakhLetter(char16_t u)
{
    switch (u) {
    case u'ә':
    case u'Ә':
    case u'ғ':
    case u'Ғ':
    case u'қ':
    case u'Қ':
    case u'ң':
    case u'Ң':
    case u'ө':
    case u'Ө':
    case u'ұ':
    case u'Ұ':
    case u'ү':
    case u'Ү':
    case u'һ':
    case u'Һ':
    case u'і':
    case u'І': return true;
    default: return false;
    }
}

bool isCyrillic(char16_t u)
{
    return u >= 0x0400 && u <= 0x052F;
}

bool isWordChar(QChar c)
{
    return c.isLetterOrNumber() || c.isMark() || c.unicode() == 0x00AD;
}

bool isHyphen(QChar c)
{
    return c == QLatin1Char('-') || c.unicode() == 0x2010 || c.unicode() == 0x2011;
}

bool isApostrophe(QChar c)
{
    return c == QLatin1Char('\'') || c.unicode() == 0x2019 || c.unicode() == 0x02BC;
}

bool isAsciiLetter(QChar c)
{
    return (c >= QLatin1Char('a') && c <= QLatin1Char('z')) || (c >= QLatin1Char('A') && c <= QLatin1Char('Z'));
}

bool isAsciiAlnum(QChar c)
{
    return isAsciiLetter(c) || (c >= QLatin1Char('0') && c <= QLatin1Char('9'));
}

int indentWidth(QStringView line, int *firstNonSpace)
{
    int width = 0;
    int i = 0;
    for (; i < line.size(); ++i) {
        if (line[i] == QLatin1Char(' '))
            ++width;
        else if (line[i] == QLatin1Char('\t'))
            width += 4 - width % 4;
        else
            break;
    }
    *firstNonSpace = i;
    return width;
}

bool isBlank(QStringView line)
{
    for (QChar c : line)
        if (!c.isSpace())
            return false;
    return true;
}

bool startsListItem(QStringView rest)
{
    if (rest.size() >= 2 && (rest[0] == QLatin1Char('-') || rest[0] == QLatin1Char('*') || rest[0] == QLatin1Char('+'))
        && rest[1].isSpace())
        return true;
    int i = 0;
    while (i < rest.size() && i < 9 && rest[i].isDigit())
        ++i;
    return i > 0 && i + 1 < rest.size() && (rest[i] == QLatin1Char('.') || rest[i] == QLatin1Char(')')) && rest[i + 1].isSpace();
}

int indexOf(QStringView line, QStringView what, int from, Qt::CaseSensitivity cs = Qt::CaseSensitive)
{
    return from > line.size() ? -1 : static_cast<int>(line.indexOf(what, from, cs));
}

// The end of a tag that starts before @p from: the first '>' outside quotes, or -1.
int tagEnd(QStringView line, int from)
{
    QChar quote;
    for (int i = from; i < line.size(); ++i) {
        const QChar c = line[i];
        if (!quote.isNull()) {
            if (c == quote)
                quote = QChar();
        } else if (c == QLatin1Char('"') || c == QLatin1Char('\'')) {
            quote = c;
        } else if (c == QLatin1Char('>')) {
            return i;
        }
    }
    return -1;
}

// After a closing `</name …>` of a raw element, or -1.
int rawElementEnd(QStringView line, int from, int element)
{
    const QString close = QStringLiteral("</") + QLatin1String(kRawElements[element]);
    const int at = indexOf(line, close, from, Qt::CaseInsensitive);
    if (at < 0)
        return -1;
    const int gt = indexOf(line, u">", at);
    return gt < 0 ? line.size() : gt + 1;
}

class LineScanner
{
public:
    LineScanner(QStringView line, State &state, const QString &language, QVector<SpellToken> &out)
        : m_line(line)
        , m_state(state)
        , m_language(language)
        , m_out(out)
    { }

    void run()
    {
        int from = 0;
        switch (m_state.mode) {
        case Mode::PageStart:
            if (m_line.trimmed() == u"---") {
                m_state.mode = Mode::FrontMatter;
                return;
            }
            m_state.mode = Mode::Normal;
            break;
        case Mode::FrontMatter: frontMatterLine(); return;
        case Mode::Fence:
            if (closesFence()) {
                m_state.mode = Mode::Normal;
                m_state.prevBlank = true;
            }
            return;
        case Mode::HtmlComment: {
            const int end = indexOf(m_line, u"-->", 0);
            if (end < 0)
                return;
            m_state.mode = Mode::Normal;
            from = end + 3;
            break;
        }
        case Mode::HtmlTag: {
            const int end = tagEnd(m_line, 0);
            if (end < 0)
                return;
            m_state.mode = Mode::Normal;
            from = end + 1;
            break;
        }
        case Mode::RawHtml: {
            const int end = rawElementEnd(m_line, 0, m_state.rawElement);
            if (end < 0)
                return;
            m_state.mode = Mode::Normal;
            from = end;
            break;
        }
        case Mode::Normal: break;
        }
        if (from == 0 && !blockLine())
            return;
        scanInline(from, false);
    }

private:
    // Block-level decisions for a line that starts in Normal mode; false when the whole line is skipped.
    bool blockLine()
    {
        if (isBlank(m_line)) {
            m_state.prevBlank = true;
            return false;
        }
        int first = 0;
        const int indent = indentWidth(m_line, &first);
        const QStringView rest = m_line.mid(first);
        if (indent >= 4 && (m_state.prevBlank || m_state.prevIndentedCode) && !m_state.inList) {
            m_state.prevIndentedCode = true;
            m_state.prevBlank = false;
            return false;
        }
        const bool wasBlank = m_state.prevBlank;
        m_state.prevBlank = false;
        m_state.prevIndentedCode = false;
        if (startsListItem(rest))
            m_state.inList = true;
        else if (indent == 0 && wasBlank)
            m_state.inList = false;
        if (indent <= 3 && opensFence(rest))
            return false;
        // A reference definition `[label]: url "title"` (a footnote `[^1]: text` is prose after its label).
        if (indent <= 3 && rest.startsWith(u'[') && !rest.startsWith(u"[^")) {
            const int close = indexOf(rest, u"]:", 1);
            if (close > 1 && indexOf(rest.left(close), u"]", 0) < 0)
                return false;
        }
        return true;
    }

    bool opensFence(QStringView rest)
    {
        if (rest.isEmpty() || (rest[0] != QLatin1Char('`') && rest[0] != QLatin1Char('~')))
            return false;
        const QChar c = rest[0];
        int n = 0;
        while (n < rest.size() && rest[n] == c)
            ++n;
        if (n < 3 || (c == QLatin1Char('`') && indexOf(rest, u"`", n) >= 0))
            return false;
        m_state.mode = Mode::Fence;
        m_state.fenceTilde = c == QLatin1Char('~');
        m_state.fenceLength = n;
        return true;
    }

    bool closesFence() const
    {
        int first = 0;
        if (indentWidth(m_line, &first) > 3)
            return false;
        const QChar c = m_state.fenceTilde ? QLatin1Char('~') : QLatin1Char('`');
        int i = first;
        while (i < m_line.size() && m_line[i] == c)
            ++i;
        return i - first >= std::max(3, m_state.fenceLength) && isBlank(m_line.mid(i));
    }

    // YAML: keys, comments and block-scalar indicators are skipped; values and list items are prose.
    void frontMatterLine()
    {
        const QStringView trimmed = m_line.trimmed();
        if (trimmed == u"---" || trimmed == u"...") {
            m_state = State();
            return;
        }
        int i = 0;
        while (i < m_line.size() && m_line[i].isSpace())
            ++i;
        if (i < m_line.size() && m_line[i] == QLatin1Char('#'))
            return;
        while (i + 1 < m_line.size() && m_line[i] == QLatin1Char('-') && m_line[i + 1].isSpace()) {
            i += 2;
            while (i < m_line.size() && m_line[i].isSpace())
                ++i;
        }
        const int keyEnd = yamlKeyEnd(i);
        if (keyEnd >= 0)
            i = keyEnd;
        scanInline(i, true);
    }

    // After `key:` starting at @p from, or -1 when the line has no key there.
    int yamlKeyEnd(int from) const
    {
        int i = from;
        if (i < m_line.size() && (m_line[i] == QLatin1Char('"') || m_line[i] == QLatin1Char('\''))) {
            const QChar quote = m_line[i];
            ++i;
            while (i < m_line.size() && m_line[i] != quote)
                i += m_line[i] == QLatin1Char('\\') && quote == QLatin1Char('"') ? 2 : 1;
            ++i;
            while (i < m_line.size() && m_line[i] == QLatin1Char(' '))
                ++i;
            return i < m_line.size() && m_line[i] == QLatin1Char(':') ? i + 1 : -1;
        }
        for (; i < m_line.size(); ++i) {
            const QChar c = m_line[i];
            if (c == QLatin1Char(':') && (i + 1 == m_line.size() || m_line[i + 1].isSpace()))
                return i + 1;
            if (c == QLatin1Char('#') || c == QLatin1Char('[') || c == QLatin1Char('{') || c == QLatin1Char('"')
                || c == QLatin1Char('\''))
                return -1;
        }
        return -1;
    }

    void scanInline(int from, bool yaml)
    {
        const int n = m_line.size();
        int i = from;
        while (i < n) {
            const QChar c = m_line[i];
            if (isWordChar(c)) {
                i = word(i);
                continue;
            }
            int next = -1;
            switch (c.unicode()) {
            case u'`': next = inlineCode(i); break;
            case u'<': next = angle(i); break;
            case u'&': next = entity(i); break;
            case u'[': next = yaml ? -1 : bracket(i); break;
            case u']': next = afterBracket(i); break;
            case u'{': next = brace(i); break;
            case u'/': next = path(i); break;
            case u'#':
                if (yaml && (i == 0 || m_line[i - 1].isSpace()))
                    next = n; // a YAML comment
                break;
            default: break;
            }
            if (m_state.mode != Mode::Normal && m_state.mode != Mode::FrontMatter)
                return; // the rest of the line (and maybe more) is inside a comment, tag or raw element
            i = next > i ? next : i + 1;
        }
    }

    int inlineCode(int i) const
    {
        int n = 0;
        while (i + n < m_line.size() && m_line[i + n] == QLatin1Char('`'))
            ++n;
        for (int j = i + n; j < m_line.size();) {
            if (m_line[j] != QLatin1Char('`')) {
                ++j;
                continue;
            }
            int m = 0;
            while (j + m < m_line.size() && m_line[j + m] == QLatin1Char('`'))
                ++m;
            if (m == n)
                return j + m;
            j += m;
        }
        return i + n; // no closing run on this line: the backticks are literal
    }

    int angle(int i)
    {
        const QStringView rest = m_line.mid(i);
        if (rest.startsWith(u"<!--")) {
            const int end = indexOf(m_line, u"-->", i + 4);
            if (end >= 0)
                return end + 3;
            m_state.mode = Mode::HtmlComment;
            return m_line.size();
        }
        // Autolinks: <scheme:…> and <user@host>.
        int j = i + 1;
        if (j < m_line.size() && isAsciiLetter(m_line[j])) {
            int k = j;
            bool sawColonOrAt = false;
            while (k < m_line.size() && m_line[k] != QLatin1Char('>') && !m_line[k].isSpace() && m_line[k] != QLatin1Char('<')) {
                if (m_line[k] == QLatin1Char(':') || m_line[k] == QLatin1Char('@'))
                    sawColonOrAt = true;
                ++k;
            }
            if (sawColonOrAt && k < m_line.size() && m_line[k] == QLatin1Char('>'))
                return k + 1;
        }
        // A tag: <name …>, </name>, with attributes (perhaps over several lines).
        const bool closing = j < m_line.size() && m_line[j] == QLatin1Char('/');
        if (closing)
            ++j;
        if (j >= m_line.size() || !isAsciiLetter(m_line[j]))
            return -1;
        int k = j;
        while (k < m_line.size() && (isAsciiAlnum(m_line[k]) || m_line[k] == QLatin1Char('-')))
            ++k;
        if (k < m_line.size() && !m_line[k].isSpace() && m_line[k] != QLatin1Char('/') && m_line[k] != QLatin1Char('>'))
            return -1;
        const QStringView name = m_line.mid(j, k - j);
        const int end = tagEnd(m_line, k);
        if (end < 0) {
            m_state.mode = Mode::HtmlTag;
            return m_line.size();
        }
        if (closing || m_line[end - 1] == QLatin1Char('/'))
            return end + 1;
        for (int e = 0; e < kRawElementCount; ++e) {
            if (name.compare(QLatin1String(kRawElements[e]), Qt::CaseInsensitive) != 0)
                continue;
            const int rawEnd = rawElementEnd(m_line, end + 1, e);
            if (rawEnd >= 0)
                return rawEnd;
            m_state.mode = Mode::RawHtml;
            m_state.rawElement = e;
            return m_line.size();
        }
        return end + 1;
    }

    int entity(int i) const
    {
        int j = i + 1;
        if (j < m_line.size() && m_line[j] == QLatin1Char('#'))
            ++j;
        const int start = j;
        while (j < m_line.size() && j - start < 32 && isAsciiAlnum(m_line[j]))
            ++j;
        return j > start && j < m_line.size() && m_line[j] == QLatin1Char(';') ? j + 1 : -1;
    }

    // `[name …]`, `[/name]`, `[name=value]`: a shortcode unless it is a link's text `[…](…)` / `[…][…]`.
    int bracket(int i) const
    {
        const QStringView rest = m_line.mid(i);
        if (rest.startsWith(u"[plugin:")) {
            const int close = indexOf(m_line, u"]", i);
            return close < 0 ? m_line.size() : close + 1;
        }
        int j = i + 1;
        if (j < m_line.size() && m_line[j] == QLatin1Char('/'))
            ++j;
        if (j >= m_line.size() || !isAsciiLetter(m_line[j]))
            return -1;
        int k = j;
        while (k < m_line.size() && (isAsciiAlnum(m_line[k]) || m_line[k] == QLatin1Char('_') || m_line[k] == QLatin1Char('-')))
            ++k;
        if (k >= m_line.size()
            || !(m_line[k].isSpace() || m_line[k] == QLatin1Char('=') || m_line[k] == QLatin1Char('/')
                || m_line[k] == QLatin1Char(']')))
            return -1;
        bool quoted = false;
        int q = k;
        for (; q < m_line.size(); ++q) {
            if (m_line[q] == QLatin1Char('"'))
                quoted = !quoted;
            else if (!quoted && m_line[q] == QLatin1Char(']'))
                break;
        }
        if (q >= m_line.size())
            return -1;
        if (q + 1 < m_line.size() && (m_line[q + 1] == QLatin1Char('(') || m_line[q + 1] == QLatin1Char('[')))
            return -1; // link text
        return q + 1;
    }

    // The destination of `[text](dest "title")` and the label of `[text][label]`.
    int afterBracket(int i) const
    {
        if (i + 1 >= m_line.size())
            return -1;
        if (m_line[i + 1] == QLatin1Char('(')) {
            int depth = 0;
            for (int j = i + 1; j < m_line.size(); ++j) {
                if (m_line[j] == QLatin1Char('('))
                    ++depth;
                else if (m_line[j] == QLatin1Char(')') && --depth == 0)
                    return j + 1;
            }
            return m_line.size();
        }
        if (m_line[i + 1] == QLatin1Char('[')) {
            const int close = indexOf(m_line, u"]", i + 2);
            return close < 0 ? m_line.size() : close + 1;
        }
        return -1;
    }

    // Twig `{{ }}` `{% %}` `{# #}` and Markdown Extra attributes `{#id .class}`.
    int brace(int i) const
    {
        if (i + 1 >= m_line.size())
            return -1;
        const QChar c = m_line[i + 1];
        QStringView close;
        if (c == QLatin1Char('{'))
            close = u"}}";
        else if (c == QLatin1Char('%'))
            close = u"%}";
        else if (c == QLatin1Char('#'))
            close = u"#}";
        else if (c == QLatin1Char('.'))
            close = u"}";
        else
            return -1;
        int end = indexOf(m_line, close, i + 2);
        if (end < 0 && c == QLatin1Char('#')) {
            close = u"}";
            end = indexOf(m_line, close, i + 2);
        }
        return end < 0 ? m_line.size() : end + static_cast<int>(close.size());
    }

    // An absolute or relative path `/user/pages/…`, `./img.jpg`: from a slash that starts a "word".
    int path(int i) const
    {
        if (i > 0 && !m_line[i - 1].isSpace() && m_line[i - 1] != QLatin1Char('(') && m_line[i - 1] != QLatin1Char('.'))
            return -1;
        if (i + 1 >= m_line.size() || !(isWordChar(m_line[i + 1]) || m_line[i + 1] == QLatin1Char('.')))
            return -1;
        return untilSpace(i);
    }

    int untilSpace(int i) const
    {
        while (i < m_line.size() && !m_line[i].isSpace() && m_line[i] != QLatin1Char('<') && m_line[i] != QLatin1Char('>')
            && m_line[i] != QLatin1Char('"') && m_line[i] != QLatin1Char(')') && m_line[i] != QLatin1Char(']')
            && m_line[i].unicode() != 0x00BB)
            ++i;
        return i;
    }

    // The end of an identifier-like run of word characters and . _ - / @ + % : (files, hosts, e-mails).
    int identifierEnd(int i) const
    {
        while (i < m_line.size()) {
            const QChar c = m_line[i];
            if (isWordChar(c) || c == QLatin1Char('_') || c == QLatin1Char('@') || c == QLatin1Char('+') || c == QLatin1Char('%')
                || c == QLatin1Char('/') || isHyphen(c))
                ++i;
            else if (c == QLatin1Char('.') && i + 1 < m_line.size() && isWordChar(m_line[i + 1]))
                ++i;
            else
                break;
        }
        return i;
    }

    // A word starting at @p s (letters, marks and digits joined by inner hyphens and apostrophes).
    int word(int s)
    {
        const int n = m_line.size();
        int e = s;
        while (e < n) {
            if (isWordChar(m_line[e]))
                ++e;
            else if ((isHyphen(m_line[e]) || isApostrophe(m_line[e])) && e + 1 < n && isWordChar(m_line[e + 1]))
                ++e;
            else
                break;
        }
        if (e < n) {
            const QChar c = m_line[e];
            const bool more = e + 1 < n && isWordChar(m_line[e + 1]);
            // URLs (scheme://, mailto:, tel:), e-mails, file and host names, snake_case identifiers.
            if (c == QLatin1Char(':') && e + 2 < n && m_line[e + 1] == QLatin1Char('/') && m_line[e + 2] == QLatin1Char('/'))
                return untilSpace(e);
            const QStringView w = m_line.mid(s, e - s);
            if (c == QLatin1Char(':') && (w == u"mailto" || w == u"tel"))
                return untilSpace(e);
            if ((c == QLatin1Char('.') || c == QLatin1Char('_') || c == QLatin1Char('@')) && more)
                return identifierEnd(e);
            if (c == QLatin1Char('@')
                || (c == QLatin1Char('/') && more && m_line.mid(e).contains(u'.') && identifierContainsDot(e)))
                return identifierEnd(e);
        }
        if (s > 0 && m_line[s - 1] == QLatin1Char('_') && s > 1 && isWordChar(m_line[s - 2]))
            return e;
        emitParts(s, e);
        return e;
    }

    bool identifierContainsDot(int from) const
    {
        const int end = identifierEnd(from);
        return m_line.mid(from, end - from).contains(u'.');
    }

    enum class PartKind { Digits, Capitals, Latin, Cyrillic, Other };

    static PartKind partKind(QStringView part)
    {
        int letters = 0;
        int upper = 0;
        bool latin = false;
        bool cyrillic = false;
        for (QChar c : part) {
            if (c.isDigit())
                return PartKind::Digits;
            if (!c.isLetter())
                continue;
            ++letters;
            if (c.isUpper())
                ++upper;
            if (isCyrillic(c.unicode()))
                cyrillic = true;
            else if (c.unicode() < 0x0250 || (c.unicode() >= 0x1E00 && c.unicode() <= 0x1EFF))
                latin = true;
        }
        if (letters >= 2 && upper == letters)
            return PartKind::Capitals;
        if (cyrillic)
            return PartKind::Cyrillic;
        return latin ? PartKind::Latin : PartKind::Other;
    }

    // Splits a hyphenated word when its parts are of different kinds: a part after digits, capitals or
    // Latin letters is a suffix (`2019-жылы`, `ЖШС-мен`, `Facebook-та`, `5-й`) and is not checked.
    void emitParts(int s, int e)
    {
        QVector<QPair<int, int>> parts;
        int p = s;
        for (int i = s; i <= e; ++i) {
            if (i == e || isHyphen(m_line[i])) {
                parts.append({p, i});
                p = i + 1;
            }
        }
        if (parts.size() == 1) {
            emitWord(s, e, partKind(m_line.mid(s, e - s)));
            return;
        }
        QVector<PartKind> kinds;
        bool mixed = false;
        for (const auto &part : std::as_const(parts)) {
            kinds.append(partKind(m_line.mid(part.first, part.second - part.first)));
            if (kinds.last() != kinds.first() || kinds.last() == PartKind::Digits || kinds.last() == PartKind::Capitals)
                mixed = true;
        }
        if (!mixed) {
            emitWord(s, e, kinds.first());
            return;
        }
        bool suffix = false;
        for (int k = 0; k < parts.size(); ++k) {
            const PartKind kind = kinds.at(k);
            if (kind == PartKind::Cyrillic && suffix)
                continue;
            if (kind == PartKind::Digits || kind == PartKind::Capitals || kind == PartKind::Latin)
                suffix = true;
            emitWord(parts.at(k).first, parts.at(k).second, kind);
        }
    }

    void emitWord(int s, int e, PartKind kind)
    {
        if (kind == PartKind::Digits || kind == PartKind::Capitals || kind == PartKind::Other)
            return;
        QString w;
        w.reserve(e - s);
        int letters = 0;
        for (int i = s; i < e; ++i) {
            const QChar c = m_line[i];
            const char16_t u = c.unicode();
            if (u == 0x00AD || u == 0x0301 || u == 0x0300)
                continue; // soft hyphen, stress marks
            if (isApostrophe(c))
                w += QLatin1Char('\'');
            else if (isHyphen(c))
                w += QLatin1Char('-');
            else
                w += c;
            if (c.isLetter())
                ++letters;
        }
        if (letters < 2)
            return;
        // A decomposed й or ё (и + U+0306) must reach the dictionary composed.
        for (QChar c : std::as_const(w)) {
            if (c.isMark()) {
                w = w.normalized(QString::NormalizationForm_C);
                break;
            }
        }
        SpellRoute route = routeSpellWord(w, m_language);
        if (route.language.isEmpty())
            return;
        m_out.append(SpellToken {s, e - s, std::move(w), std::move(route)});
    }

    QStringView m_line;
    State &m_state;
    const QString &m_language;
    QVector<SpellToken> &m_out;
};

} // namespace

bool hasKazakhLetter(QStringView word)
{
    for (QChar c : word)
        if (isKazakhLetter(c.unicode()))
            return true;
    return false;
}

SpellRoute routeSpellWord(QStringView word, const QString &pageLanguage)
{
    bool cyrillic = false;
    bool latin = false;
    for (QChar c : word) {
        const char16_t u = c.unicode();
        if (isKazakhLetter(u))
            return {QStringLiteral("kk"), QString()};
        if (isCyrillic(u))
            cyrillic = true;
        else if (c.isLetter() && (u < 0x0250 || (u >= 0x1E00 && u <= 0x1EFF)))
            latin = true;
    }
    if (cyrillic) {
        const bool kk = pageLanguage == QLatin1String("kk");
        return {kk ? QStringLiteral("kk") : QStringLiteral("ru"), kk ? QStringLiteral("ru") : QStringLiteral("kk")};
    }
    if (latin)
        return {QStringLiteral("en"), QString()};
    return {};
}

int SpellTokenizer::pageFileStart()
{
    State st;
    st.mode = Mode::PageStart;
    return st.encode();
}

int SpellTokenizer::frontMatterStart()
{
    State st;
    st.mode = Mode::FrontMatter;
    return st.encode();
}

QVector<SpellToken> SpellTokenizer::tokenizeLine(QStringView line, int previousState, int *nextState, const QString &pageLanguage)
{
    QVector<SpellToken> out;
    State state = State::decode(previousState);
    LineScanner(line, state, pageLanguage, out).run();
    if (nextState)
        *nextState = state.encode();
    return out;
}

QVector<SpellToken> SpellTokenizer::tokenize(QStringView text, const QString &pageLanguage, int startState)
{
    QVector<SpellToken> out;
    State state = State::decode(startState);
    int start = 0;
    while (start <= text.size()) {
        int end = static_cast<int>(text.indexOf(QLatin1Char('\n'), start));
        if (end < 0)
            end = text.size();
        const int first = out.size();
        LineScanner(text.mid(start, end - start), state, pageLanguage, out).run();
        for (int i = first; i < out.size(); ++i)
            out[i].start += start;
        start = end + 1;
    }
    return out;
}

} // namespace GravDesk
