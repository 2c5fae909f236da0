#include "typograph.h"

#include <QHash>
#include <QRegularExpression>
#include <QStringList>

#include <algorithm>

namespace GravDesk {
namespace {

constexpr char16_t kNbsp = u'\u00A0';

class Masker
{
public:
    explicit Masker(const QString &text)
        : t(text)
        , n(static_cast<int>(text.size()))
        , m(n, false)
    { }

    QVector<bool> run()
    {
        scanLines();
        for (const auto &p : std::as_const(m_paragraphs))
            scanInline(p.first, p.second);
        return m;
    }

private:
    const QString &t;
    const int n;
    QVector<bool> m;
    QVector<std::pair<int, int>> m_paragraphs; // [start, end) of prose runs
    int m_paraStart = -1;
    int m_paraEnd = -1;

    void protect(int a, int b)
    {
        for (int i = std::max(a, 0); i < b && i < n; ++i)
            m[i] = true;
    }

    void flush()
    {
        if (m_paraStart >= 0)
            m_paragraphs.append({m_paraStart, m_paraEnd});
        m_paraStart = -1;
    }

    void addToParagraph(int start, int end)
    {
        if (m_paraStart < 0)
            m_paraStart = start;
        m_paraEnd = end;
    }

    static bool isSyntaxOnlyLine(QStringView s)
    {
        // Thematic breaks, setext underlines, the `===` summary delimiter and table alignment rows.
        bool marker = false;
        for (const QChar c : s) {
            if (c == QLatin1Char('-') || c == QLatin1Char('=') || c == QLatin1Char('*') || c == QLatin1Char('_'))
                marker = true;
            else if (c != QLatin1Char('|') && c != QLatin1Char(':') && c != QLatin1Char(' ') && c != QLatin1Char('\t'))
                return false;
        }
        return marker;
    }

    void scanLines()
    {
        static const QRegularExpression rawOpen(
            QStringLiteral("^ {0,3}<(script|pre|style|textarea)\\b"), QRegularExpression::CaseInsensitiveOption);
        static const QRegularExpression refDef(QStringLiteral("^ {0,3}\\[[^\\]]+\\]:"));
        static const QRegularExpression listMarker(QStringLiteral("^([-*+]|\\d{1,9}[.)])( |$)"));
        QChar fenceChar;
        int fenceLen = 0;
        QString rawTag;
        bool prevBlank = true;
        bool inIndented = false;
        int pos = 0;
        // A whole page file given by mistake: its front matter is YAML, not prose.
        static const QRegularExpression frontMatter(
            QStringLiteral("\\A---\\r?\\n.*?\\n---[ \\t]*(\\r?\\n|\\z)"), QRegularExpression::DotMatchesEverythingOption);
        const QRegularExpressionMatch fm = frontMatter.match(t);
        if (fm.hasMatch()) {
            pos = static_cast<int>(fm.capturedEnd());
            protect(0, pos);
        }
        while (pos <= n) {
            int eol = static_cast<int>(t.indexOf(QLatin1Char('\n'), pos));
            if (eol < 0)
                eol = n;
            const QStringView s = QStringView(t).mid(pos, eol - pos);
            const int lineStart = pos;
            const int lineEndWithNl = std::min(eol + 1, n);
            pos = eol + 1;

            int indent = 0, col = 0;
            while (indent < s.size() && (s[indent] == QLatin1Char(' ') || s[indent] == QLatin1Char('\t'))) {
                col += s[indent] == QLatin1Char('\t') ? 4 - col % 4 : 1;
                ++indent;
            }
            const QStringView rest = s.mid(indent);

            if (!fenceChar.isNull()) {
                protect(lineStart, lineEndWithNl);
                int k = 0;
                while (k < rest.size() && rest[k] == fenceChar)
                    ++k;
                if (col <= 3 && k >= fenceLen && rest.mid(k).trimmed().isEmpty())
                    fenceChar = QChar();
                continue;
            }
            if (!rawTag.isEmpty()) {
                protect(lineStart, lineEndWithNl);
                if (s.contains(QString(QStringLiteral("</") + rawTag), Qt::CaseInsensitive))
                    rawTag.clear();
                continue;
            }
            if (rest.isEmpty()) {
                flush();
                prevBlank = true;
                continue;
            }
            if (col >= 4 && (prevBlank || inIndented) && m_paraStart < 0) {
                protect(lineStart, lineEndWithNl);
                inIndented = true;
                prevBlank = false;
                continue;
            }
            inIndented = false;
            prevBlank = false;
            if (col <= 3 && (rest.startsWith(QLatin1String("```")) || rest.startsWith(QLatin1String("~~~")))) {
                flush();
                fenceChar = rest[0];
                fenceLen = 0;
                while (fenceLen < rest.size() && rest[fenceLen] == fenceChar)
                    ++fenceLen;
                protect(lineStart, lineEndWithNl);
                continue;
            }
            const QString line = s.toString();
            const QRegularExpressionMatch raw = rawOpen.match(line);
            if (raw.hasMatch()) {
                flush();
                protect(lineStart, lineEndWithNl);
                const QString tag = raw.captured(1);
                if (!line.contains(QString(QStringLiteral("</") + tag), Qt::CaseInsensitive))
                    rawTag = tag;
                continue;
            }
            if (isSyntaxOnlyLine(s) || refDef.match(line).hasMatch()) {
                flush();
                protect(lineStart, lineEndWithNl);
                continue;
            }

            // Line-start markers: indentation, block quotes, a heading's #s or a list marker.
            int k = indent;
            while (k < s.size() && s[k] == QLatin1Char('>')) {
                ++k;
                if (k < s.size() && s[k] == QLatin1Char(' '))
                    ++k;
            }
            bool heading = false;
            bool listItem = false;
            if (k < s.size() && s[k] == QLatin1Char('#')) {
                heading = true;
                while (k < s.size() && s[k] == QLatin1Char('#'))
                    ++k;
                if (k < s.size() && s[k] == QLatin1Char(' '))
                    ++k;
            } else {
                const QRegularExpressionMatch lm = listMarker.match(line.mid(k));
                if (lm.hasMatch()) {
                    listItem = true;
                    k += static_cast<int>(lm.capturedLength(0));
                }
            }
            protect(lineStart, lineStart + k);
            if (s.contains(QLatin1Char('|'))) {
                for (int i = 0; i < s.size(); ++i) {
                    if (s[i] == QLatin1Char('|'))
                        m[lineStart + i] = true;
                }
            }
            // Quotes pair up within a paragraph, a heading or a list item.
            if (heading || listItem)
                flush();
            addToParagraph(lineStart, eol);
            if (heading)
                flush();
        }
        flush();
    }

    int matchBracket(int i, int end, QChar open, QChar close) const
    {
        int depth = 0;
        for (int j = i; j < end; ++j) {
            if (t[j] == QLatin1Char('\\')) {
                ++j;
                continue;
            }
            if (t[j] == open)
                ++depth;
            else if (t[j] == close && --depth == 0)
                return j;
        }
        return -1;
    }

    static bool startsUrl(QStringView s)
    {
        for (const char *scheme : {"http://", "https://", "ftp://", "mailto:", "www."}) {
            if (s.startsWith(QLatin1String(scheme), Qt::CaseInsensitive))
                return true;
        }
        return false;
    }

    void scanInline(int a, int b)
    {
        int i = a;
        while (i < b) {
            if (m[i]) {
                ++i;
                continue;
            }
            const QChar c = t[i];
            if (c == QLatin1Char('\\') && i + 1 < b && t[i + 1].unicode() < 128 && t[i + 1].isPunct()) {
                protect(i, i + 2);
                i += 2;
                continue;
            }
            if (c == QLatin1Char('\\') && i + 1 < b && t[i + 1].unicode() < 128 && t[i + 1].isSymbol()) {
                protect(i, i + 2);
                i += 2;
                continue;
            }
            if (c == QLatin1Char('`')) {
                int k = i;
                while (k < b && t[k] == QLatin1Char('`'))
                    ++k;
                const int len = k - i;
                int j = k;
                int found = -1;
                while (j < b) {
                    if (t[j] == QLatin1Char('`')) {
                        int e = j;
                        while (e < b && t[e] == QLatin1Char('`'))
                            ++e;
                        if (e - j == len) {
                            found = e;
                            break;
                        }
                        j = e;
                    } else {
                        ++j;
                    }
                }
                const int end = found >= 0 ? found : k;
                protect(i, end);
                i = end;
                continue;
            }
            if (c == QLatin1Char('{') && i + 1 < n
                && (t[i + 1] == QLatin1Char('{') || t[i + 1] == QLatin1Char('%') || t[i + 1] == QLatin1Char('#'))) {
                const QString close = t[i + 1] == QLatin1Char('{') ? QStringLiteral("}}") : QString(t[i + 1]) + QLatin1Char('}');
                qsizetype j = t.indexOf(close, i + 2);
                const int end = j < 0 ? b : static_cast<int>(j) + 2;
                protect(i, end);
                i = end;
                continue;
            }
            if (c == QLatin1Char('<') && i + 1 < b) {
                if (QStringView(t).mid(i).startsWith(QLatin1String("<!--"))) {
                    const qsizetype j = t.indexOf(QLatin1String("-->"), i + 4);
                    const int end = j < 0 ? b : static_cast<int>(j) + 3;
                    protect(i, end);
                    i = end;
                    continue;
                }
                const QChar d = t[i + 1];
                if ((d.unicode() < 128 && d.isLetter()) || d == QLatin1Char('/') || d == QLatin1Char('!')
                    || d == QLatin1Char('?')) {
                    const qsizetype j = t.indexOf(QLatin1Char('>'), i);
                    if (j >= 0 && j < b) {
                        int end = static_cast<int>(j) + 1;
                        static const QRegularExpression rawInline(
                            QStringLiteral("^<(script|style|code|pre|textarea|kbd|samp)\\b"),
                            QRegularExpression::CaseInsensitiveOption);
                        const QRegularExpressionMatch rm = rawInline.match(QStringView(t).mid(i, end - i));
                        if (rm.hasMatch() && t[end - 2] != QLatin1Char('/')) {
                            const qsizetype close
                                = t.indexOf(QString(QStringLiteral("</") + rm.captured(1)), end, Qt::CaseInsensitive);
                            if (close >= 0) {
                                const qsizetype gt = t.indexOf(QLatin1Char('>'), close);
                                end = gt < 0 ? n : static_cast<int>(gt) + 1;
                            }
                        }
                        protect(i, end);
                        i = end;
                        continue;
                    }
                }
            }
            if (c == QLatin1Char('!') && i + 1 < b && t[i + 1] == QLatin1Char('[')) {
                // Images: alt text and title are attributes, kept as written.
                const int j = matchBracket(i + 1, b, QLatin1Char('['), QLatin1Char(']'));
                if (j >= 0 && j + 1 < b && t[j + 1] == QLatin1Char('(')) {
                    const int k = matchBracket(j + 1, b, QLatin1Char('('), QLatin1Char(')'));
                    if (k >= 0) {
                        protect(i, k + 1);
                        i = k + 1;
                        continue;
                    }
                }
            }
            if (c == QLatin1Char('[')) {
                const int j = matchBracket(i, b, QLatin1Char('['), QLatin1Char(']'));
                if (j < 0) {
                    protect(i, i + 1);
                    ++i;
                    continue;
                }
                if (j + 1 < b && t[j + 1] == QLatin1Char('(')) {
                    const int k = matchBracket(j + 1, b, QLatin1Char('('), QLatin1Char(')'));
                    if (k >= 0) {
                        // A link: its text is prose, the brackets and destination are not.
                        protect(i, i + 1);
                        protect(j, k + 1);
                        ++i;
                        continue;
                    }
                }
                if (j + 1 < b && t[j + 1] == QLatin1Char('[')) {
                    const qsizetype k = t.indexOf(QLatin1Char(']'), j + 1);
                    if (k >= 0 && k < b) {
                        protect(i, i + 1);
                        protect(j, static_cast<int>(k) + 1);
                        ++i;
                        continue;
                    }
                }
                // Shortcodes (`[owl-carousel items=1]`, `[/center]`) and any other bracketed text.
                protect(i, j + 1);
                i = j + 1;
                continue;
            }
            if (c.unicode() < 128 && c.isLetter() && (i == 0 || !t[i - 1].isLetterOrNumber())
                && startsUrl(QStringView(t).mid(i, b - i))) {
                int j = i;
                while (j < b && !t[j].isSpace() && t[j] != QLatin1Char('<') && t[j] != QLatin1Char('>')
                    && t[j] != QLatin1Char('"') && t[j] != QChar(u'«') && t[j] != QChar(u'»'))
                    ++j;
                protect(i, j);
                i = j;
                continue;
            }
            ++i;
        }
    }
};

enum class Role { Open, Close };

bool isEnglish(const QString &language)
{
    return language.startsWith(QLatin1String("en"));
}

bool isQuoteToken(QChar c, bool english)
{
    if (c == QLatin1Char('"') || c == QChar(u'“') || c == QChar(u'”'))
        return true;
    return !english && (c == QChar(u'«') || c == QChar(u'»') || c == QChar(u'„'));
}

QChar quoteFor(Role role, int level, bool english)
{
    if (english) {
        if (level == 0)
            return role == Role::Open ? QChar(u'“') : QChar(u'”');
        return role == Role::Open ? QChar(u'‘') : QChar(u'’');
    }
    if (level == 0)
        return role == Role::Open ? QChar(u'«') : QChar(u'»');
    return role == Role::Open ? QChar(u'„') : QChar(u'“');
}

bool isClosingContext(QChar prev)
{
    static const QString punct = QStringLiteral(".,;:!?)]…%");
    return prev.isLetterOrNumber() || punct.contains(prev);
}

bool isOpeningContext(QChar prev)
{
    static const QString punct = QStringLiteral("([{-—–/");
    return prev.isSpace() || punct.contains(prev);
}

// Resolves the quotes of one paragraph; returns false when they do not pair up.
bool resolveQuotes(const QString &t, const QVector<bool> &m, int a, int b, bool english, QHash<int, QChar> &out)
{
    QHash<int, QChar> local;
    QHash<int, Role> roles;
    QVector<int> stack; // levels of open quotes
    for (int i = a; i < b; ++i) {
        const QChar c = t[i];
        if (m[i] || !isQuoteToken(c, english))
            continue;
        Role role;
        if ((!english && (c == QChar(u'«') || c == QChar(u'„'))) || (english && c == QChar(u'“'))) {
            role = Role::Open;
        } else if ((!english && c == QChar(u'»')) || (english && c == QChar(u'”'))) {
            role = Role::Close;
        } else {
            const QChar prev = i > 0 ? t[i - 1] : QChar(u'\n');
            const QChar next = i + 1 < t.size() ? t[i + 1] : QChar(u'\n');
            const auto prevRole = roles.constFind(i - 1);
            if (prevRole != roles.cend()) {
                role = *prevRole;
            } else if (isOpeningContext(prev)) {
                if (next.isSpace())
                    return false; // a quote standing alone between spaces
                role = Role::Open;
            } else if (isClosingContext(prev)) {
                role = Role::Close;
            } else if (next.isSpace() || (isClosingContext(next) && !next.isLetterOrNumber())) {
                role = Role::Close;
            } else if (next.isLetterOrNumber()) {
                role = Role::Open;
            } else {
                role = stack.isEmpty() ? Role::Open : Role::Close;
            }
        }
        roles.insert(i, role);
        if (role == Role::Open) {
            const int level = static_cast<int>(stack.size());
            stack.append(level);
            local.insert(i, quoteFor(Role::Open, level, english));
        } else {
            if (stack.isEmpty())
                return false;
            local.insert(i, quoteFor(Role::Close, stack.takeLast(), english));
        }
    }
    if (!stack.isEmpty())
        return false;
    out.insert(local);
    return true;
}

const QStringList &units()
{
    static const QStringList list = [] {
        QStringList u = QStringLiteral("% ‰ ° ℃ мкг мг кг г т мкл мл л мм см дм км м ч мин сек с тыс млн млрд трлн тг ₸ руб "
                                       "₽ "
                                       "ЕД ед МЕ ммоль мкмоль моль гг г. жж ж мес сут нед Гр "
                                       "mcg µg μg mg kg g ml mL l L mm cm km m h min s IU U kDa Gy")
                            .split(QLatin1Char(' '), Qt::SkipEmptyParts);
        // Longest first, so that "мг" is not read as "м".
        std::stable_sort(u.begin(), u.end(), [](const QString &x, const QString &y) { return x.size() > y.size(); });
        return u;
    }();
    return list;
}

bool anyProtected(const QVector<bool> &m, int a, int b)
{
    for (int i = std::max(a, 0); i < b && i < m.size(); ++i) {
        if (m[i])
            return true;
    }
    return false;
}

bool unitAt(const QString &t, const QVector<bool> &m, int p)
{
    for (const QString &u : units()) {
        if (QStringView(t).mid(p).startsWith(u) && !anyProtected(m, p, p + static_cast<int>(u.size()))) {
            const int e = p + static_cast<int>(u.size());
            if (e >= t.size() || !t[e].isLetterOrNumber())
                return true;
        }
    }
    return false;
}

QString apply(
    const QString &t, const QVector<bool> &m, const QString &language, int from, int to, QVector<TypographEdit> *edits = nullptr)
{
    const bool english = isEnglish(language);
    const int n = static_cast<int>(t.size());

    // Quotes pair up within a paragraph (text between blank lines).
    QHash<int, QChar> quotes;
    static const QRegularExpression blank(QStringLiteral("\\n[ \\t]*\\n"));
    int start = 0;
    QRegularExpressionMatchIterator it = blank.globalMatch(t);
    while (true) {
        const bool more = it.hasNext();
        const int end = more ? static_cast<int>(it.peekNext().capturedStart()) : n;
        resolveQuotes(t, m, start, end, english, quotes);
        if (!more)
            break;
        start = static_cast<int>(it.next().capturedEnd());
    }

    QString out;
    out.reserve(to - from);
    const auto replace = [&](int at, int length, const QString &with) {
        out += with;
        if (edits && QStringView(t).mid(at, length) != with)
            edits->append({at, length, with});
    };
    for (int i = from; i < to; ++i) {
        const QChar c = t[i];
        if (m[i]) {
            out += c;
            continue;
        }
        const auto q = quotes.constFind(i);
        if (q != quotes.cend()) {
            replace(i, 1, QString(*q));
            continue;
        }
        if (c == QLatin1Char('.') && i + 2 < to && t[i + 1] == QLatin1Char('.') && t[i + 2] == QLatin1Char('.') && !m[i + 1]
            && !m[i + 2] && (i == 0 || t[i - 1] != QLatin1Char('.')) && (i + 3 >= n || t[i + 3] != QLatin1Char('.'))) {
            replace(i, 3, QStringLiteral("…"));
            i += 2;
            continue;
        }
        if ((c == QLatin1Char(' ') || c == QChar(kNbsp)) && i > 0 && !t[i - 1].isSpace()) {
            const int j = i + 1;
            int dash = 0;
            if (j + 1 < n && t[j] == QLatin1Char('-') && t[j + 1] == QLatin1Char('-')
                && (j + 2 >= n || t[j + 2] != QLatin1Char('-')))
                dash = 2;
            else if (j < n
                && ((t[j] == QLatin1Char('-') && (j + 1 >= n || t[j + 1] != QLatin1Char('-'))) || t[j] == QChar(u'–')
                    || t[j] == QChar(u'—')))
                dash = 1;
            const int after = j + dash;
            if (dash > 0 && after < to && after + 1 < n && t[after] == QLatin1Char(' ') && !t[after + 1].isSpace()
                && !anyProtected(m, j, after + 1) && !(t[i - 1].isDigit() && t[after + 1].isDigit())) {
                replace(i, after + 1 - i, QStringLiteral("\u00A0— "));
                i = after;
                continue;
            }
        }
        // Not before Markdown or HTML (a table cell would keep the no-break space: Parsedown trims only ASCII spaces).
        if (c == QLatin1Char(' ') && i > 0 && i + 1 < n && !t[i + 1].isSpace() && !m[i + 1]) {
            bool nbsp = false;
            if (!english) {
                int w = i;
                while (w > 0 && t[w - 1].isLetter())
                    --w;
                const int len = i - w;
                static const QString joiners = QStringLiteral("-'’.@/&_#");
                if (len >= 1 && len <= 2 && (w == 0 || (!t[w - 1].isLetterOrNumber() && !joiners.contains(t[w - 1])))
                    && !anyProtected(m, w, i))
                    nbsp = true;
            }
            if (!nbsp && t[i - 1].isDigit() && !m[i - 1] && unitAt(t, m, i + 1))
                nbsp = true;
            if (!nbsp && (t[i - 1] == QChar(u'№') || t[i - 1] == QChar(u'§')) && t[i + 1].isDigit())
                nbsp = true;
            if (nbsp) {
                replace(i, 1, QString(QChar(kNbsp)));
                continue;
            }
        }
        out += c;
    }
    return out;
}

} // namespace

QVector<bool> Typograph::protectedMask(const QString &body)
{
    return Masker(body).run();
}

QString Typograph::markdown(const QString &body, const QString &language)
{
    return apply(body, protectedMask(body), language, 0, static_cast<int>(body.size()));
}

QString Typograph::markdownRange(const QString &body, const QString &language, int from, int to)
{
    from = std::clamp(from, 0, static_cast<int>(body.size()));
    to = std::clamp(to, from, static_cast<int>(body.size()));
    return apply(body, protectedMask(body), language, from, to);
}

QVector<TypographEdit> Typograph::edits(const QString &body, const QString &language)
{
    QVector<TypographEdit> out;
    apply(body, protectedMask(body), language, 0, static_cast<int>(body.size()), &out);
    return out;
}

QString Typograph::plainText(const QString &text, const QString &language)
{
    return apply(text, QVector<bool>(text.size(), false), language, 0, static_cast<int>(text.size()));
}

QString Typograph::normalise(const QString &text)
{
    static const QString quotes = QStringLiteral("\"'«»„“”‘’‚");
    QString out;
    out.reserve(text.size());
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text[i];
        if (quotes.contains(c)) {
            out += QLatin1Char('"');
        } else if (c == QLatin1Char('-') || c == QChar(u'–') || c == QChar(u'—')) {
            out += QLatin1Char('-');
            while (i + 1 < text.size()
                && (text[i + 1] == QLatin1Char('-') || text[i + 1] == QChar(u'–') || text[i + 1] == QChar(u'—')))
                ++i;
        } else if (c == QChar(kNbsp)) {
            out += QLatin1Char(' ');
        } else if (c == QChar(u'…')) {
            out += QStringLiteral("...");
        } else {
            out += c;
        }
    }
    return out;
}

TextStatistics textStatistics(const QString &text, const QString &language)
{
    TextStatistics s;
    bool inWord = false;
    bool wordHasLetter = false;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text[i];
        if (c.isLowSurrogate())
            continue; // one character, counted at its high surrogate
        const bool space = c.isSpace();
        if (c != QLatin1Char('\n') && c != QLatin1Char('\r'))
            ++s.characters;
        if (!space)
            ++s.charactersWithoutSpaces;
        if (space) {
            if (inWord && wordHasLetter)
                ++s.words;
            inWord = wordHasLetter = false;
        } else {
            inWord = true;
            wordHasLetter = wordHasLetter || c.isLetterOrNumber() || c.isHighSurrogate();
        }
    }
    if (inWord && wordHasLetter)
        ++s.words;
    const int wpm = isEnglish(language) ? Typograph::kEnglishWordsPerMinute : Typograph::kCyrillicWordsPerMinute;
    s.readingMinutes = (s.words + wpm - 1) / wpm;
    return s;
}

} // namespace GravDesk
