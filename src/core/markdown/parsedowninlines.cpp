// Inline pass of the Parsedown 1.7.4 compatible parser (Parsedown::line()) with Grav's
// special-character map and its link/image hooks.
#include "markdown/parsedown.h"

#include <QHash>
#include <QSet>

namespace GravDesk::Markdown {

QRegularExpression cachedRegex(const QString &pattern, QRegularExpression::PatternOptions options)
{
    thread_local QHash<QString, QRegularExpression> cache;
    const QString key = QString::number(options.toInt()) + QChar(u':') + pattern;
    auto it = cache.constFind(key);
    if (it != cache.constEnd())
        return *it;
    if (cache.size() > 512) // patterns built from tag names in content: keep the cache bounded
        cache.clear();
    const QRegularExpression re(pattern, options);
    cache.insert(key, re);
    return re;
}

QString escapeHtml(const QString &s, bool quotes)
{
    QString out;
    out.reserve(s.size() + 16);
    for (QChar c : s) {
        switch (c.unicode()) {
        case u'&': out += QStringLiteral("&amp;"); break;
        case u'<': out += QStringLiteral("&lt;"); break;
        case u'>': out += QStringLiteral("&gt;"); break;
        case u'"':
            if (quotes)
                out += QStringLiteral("&quot;");
            else
                out += c;
            break;
        case u'\'':
            if (quotes)
                out += QStringLiteral("&#039;");
            else
                out += c;
            break;
        default: out += c;
        }
    }
    return out;
}

QString Element::attribute(const QString &n) const
{
    for (const auto &a : attributes)
        if (a.first == n)
            return a.second;
    return {};
}

bool Element::hasAttribute(const QString &n) const
{
    for (const auto &a : attributes)
        if (a.first == n && !a.second.isNull())
            return true;
    return false;
}

void Element::setAttribute(const QString &n, const QString &v)
{
    for (auto &a : attributes) {
        if (a.first == n) {
            a.second = v;
            return;
        }
    }
    attributes.append({n, v});
}

void Element::removeAttribute(const QString &n)
{
    for (int i = 0; i < attributes.size(); ++i) {
        if (attributes.at(i).first == n) {
            attributes.remove(i);
            return;
        }
    }
}

struct Parsedown::Inline
{
    int extent = 0;
    int position = -1; // -1: at the marker
    bool hasMarkup = false;
    QString markup;
    Element element;
};

namespace {

using MO = QRegularExpression::MatchOption;
constexpr auto Anchored = QRegularExpression::AnchorAtOffsetMatchOption;

QRegularExpressionMatch matchAt(const QRegularExpression &r, const QString &s, int pos)
{
    return r.match(s, pos, QRegularExpression::NormalMatch, Anchored);
}

const QString &htmlAttr()
{
    static const QString r = QStringLiteral("[a-zA-Z_:][\\w:.-]*(?:\\s*=\\s*(?:[^\"'=<>`\\s]+|\"[^\"]*\"|'[^']*'))?");
    return r;
}

// Parsedown's $inlineMarkerList as a lookup table (the scan for the next marker is the inner loop).
struct MarkerTable
{
    bool is[128] = {};
    MarkerTable()
    {
        for (char c : {'!', '"', '*', '_', '&', '[', ':', '<', '>', '`', '~', '\\'})
            is[static_cast<unsigned char>(c)] = true;
    }
};
inline bool isMarker(QChar c)
{
    static const MarkerTable table;
    return c.unicode() < 128 && table.is[c.unicode()];
}
const QString kEscapable = QStringLiteral("\\`*_{}[]()>#+-.!|");

} // namespace

namespace {
const QRegularExpression &twigLinkRegex();
} // namespace

QString Parsedown::unmarkedText(const QString &text) const
{
    // Parsedown's preg_replace('/(?:[ ][ ]+|[ ]*\\\\)\n/', "<br />\n") then str_replace(" \n", "\n")
    // (or '/[ ]*\n/' with breaks enabled), as one scan: this runs on every piece of text between markers.
    const qsizetype firstBreak = text.indexOf(QChar(u'\n'));
    if (firstBreak < 0)
        return text;
    static const QString br = QStringLiteral("<br />\n");
    QString out;
    out.reserve(text.size() + 16);
    qsizetype copied = 0; // text before this is in out
    for (qsizetype i = firstBreak; i >= 0; i = text.indexOf(QChar(u'\n'), i + 1)) {
        qsizetype k = 0; // spaces right before the newline
        while (i - k - 1 >= copied && text.at(i - k - 1) == u' ')
            ++k;
        if (m_options.breaksEnabled) {
            out.append(QStringView(text).mid(copied, i - k - copied));
            out += br;
        } else if (k >= 2) {
            out.append(QStringView(text).mid(copied, i - k - copied));
            out += br;
        } else if (k == 0 && i - 1 >= copied && text.at(i - 1) == u'\\') {
            qsizetype m = 0; // spaces before the backslash
            while (i - 2 - m >= copied && text.at(i - 2 - m) == u' ')
                ++m;
            out.append(QStringView(text).mid(copied, i - 1 - m - copied));
            out += br;
        } else {
            out.append(QStringView(text).mid(copied, i - k - copied)); // k is 0 or 1: " \n" loses its space
            out += QChar(u'\n');
        }
        copied = i + 1;
    }
    out.append(QStringView(text).mid(copied));
    return out;
}

QRegularExpressionMatch Parsedown::search(const QRegularExpression &re, const QString &text, int pos, SearchCache &c)
{
    if (c.data == text.constData() && c.size == text.size() && pos >= c.from
        && (!c.match.hasMatch() || pos <= c.match.capturedStart(0)))
        return c.match;
    c.data = text.constData();
    c.size = text.size();
    c.from = pos;
    // The Twig-link pattern needs a literal "]({" after pos; without one its backtracking search cannot match
    // (the failure is cached like a real one, which keeps lines full of `[` linear).
    if (&re == &twigLinkRegex() && text.indexOf(QStringLiteral("]({"), pos) < 0)
        c.match = QRegularExpressionMatch();
    else
        c.match = re.match(text, pos);
    return c.match;
}

QString Parsedown::line(const QString &text, const QStringList &nonNestables)
{
    if (m_depth >= m_options.maxDepth * 2)
        return escapeHtml(text, false);
    ++m_depth;
    // a nested line() must leave the caller's caches as they were
    const SearchCache savedTwig = m_twigCache;
    const SearchCache savedBracket = m_bracketCache;
    QString markup;
    int start = 0; // Parsedown's $text is text.mid(start)
    int from = start;
    while (true) {
        int marker = -1;
        const QChar *chars = text.constData();
        for (qsizetype i = from, n = text.size(); i < n; ++i) {
            if (isMarker(chars[i])) {
                marker = i;
                break;
            }
        }
        if (marker < 0)
            break;
        const QChar c = text.at(marker);
        QStringList types;
        switch (c.unicode()) {
        case u'"':
        case u'&':
        case u'>': types << QStringLiteral("SpecialCharacter"); break;
        case u'!': types << QStringLiteral("Image"); break;
        case u'*':
        case u'_': types << QStringLiteral("Emphasis"); break;
        case u':': types << QStringLiteral("Url"); break;
        case u'<':
            types << QStringLiteral("UrlTag") << QStringLiteral("EmailTag") << QStringLiteral("Markup")
                  << QStringLiteral("SpecialCharacter");
            break;
        case u'[': types << QStringLiteral("Link"); break;
        case u'`': types << QStringLiteral("Code"); break;
        case u'~': types << QStringLiteral("Strikethrough"); break;
        case u'\\': types << QStringLiteral("EscapeSequence"); break;
        }
        bool done = false;
        for (const QString &type : std::as_const(types)) {
            if (nonNestables.contains(type))
                continue;
            Inline in;
            // Parsedown's excerpt starts at the marker, its context at the current text start.
            m_contextStart = start;
            if (!inlineAt(type, text, marker, in))
                continue;
            if (in.position >= 0 && in.position > marker - start)
                continue;
            const int position = in.position >= 0 ? start + in.position : marker;
            for (const QString &n : nonNestables)
                in.element.nonNestables.append(n);
            markup += unmarkedText(text.mid(start, position - start));
            markup += in.hasMarkup ? in.markup : element(in.element);
            start = position + in.extent;
            from = start;
            done = true;
            break;
        }
        if (done) {
            if (start >= text.size())
                break;
            continue;
        }
        markup += unmarkedText(text.mid(start, marker + 1 - start));
        start = marker + 1;
        from = start;
    }
    markup += unmarkedText(text.mid(start));
    m_twigCache = savedTwig;
    m_bracketCache = savedBracket;
    --m_depth;
    return markup;
}

bool Parsedown::inlineAt(const QString &type, const QString &text, int pos, Inline &out)
{
    const int rest = text.size() - pos;
    auto at = [&](int i) { return pos + i < text.size() ? text.at(pos + i) : QChar(); };
    if (type == QStringLiteral("SpecialCharacter")) {
        static const QRegularExpression entity(QStringLiteral("&#?\\w+;"));
        if (at(0) == u'&' && !matchAt(entity, text, pos).hasMatch()) {
            out.hasMarkup = true;
            out.markup = QStringLiteral("&amp;");
            out.extent = 1;
            return true;
        }
        for (const auto &sc : m_options.specialChars) {
            if (sc.first == at(0)) {
                out.hasMarkup = true;
                out.markup = QChar(u'&') + sc.second + QChar(u';');
                out.extent = 1;
                return true;
            }
        }
        return false;
    }
    if (type == QStringLiteral("EscapeSequence")) {
        if (rest > 1 && kEscapable.contains(at(1))) {
            out.hasMarkup = true;
            out.markup = at(1);
            out.extent = 2;
            return true;
        }
        return false;
    }
    if (type == QStringLiteral("Emphasis")) {
        if (rest < 2)
            return false;
        static const QRegularExpression strongStar(QStringLiteral("[*]{2}((?:\\\\\\*|[^*]|[*][^*]*[*])+?)[*]{2}(?![*])"));
        static const QRegularExpression strongUnder(QStringLiteral("__((?:\\\\_|[^_]|_[^_]*_)+?)__(?!_)"));
        static const QRegularExpression emStar(QStringLiteral("[*]((?:\\\\\\*|[^*]|[*][*][^*]+?[*][*])+?)[*](?![*])"));
        static const QRegularExpression emUnder(QStringLiteral("_((?:\\\\_|[^_]|__[^_]*__)+?)_(?!_)\\b"));
        const bool star = at(0) == u'*';
        QRegularExpressionMatch m;
        QString name;
        if (at(1) == at(0) && (m = matchAt(star ? strongStar : strongUnder, text, pos)).hasMatch())
            name = QStringLiteral("strong");
        else if ((m = matchAt(star ? emStar : emUnder, text, pos)).hasMatch())
            name = QStringLiteral("em");
        else
            return false;
        out.extent = static_cast<int>(m.capturedLength(0));
        out.element.name = name;
        out.element.hasText = true;
        out.element.text = m.captured(1);
        out.element.handler = Element::Handler::Line;
        return true;
    }
    if (type == QStringLiteral("Code")) {
        const QString mk = QRegularExpression::escape(QString(at(0)));
        const QRegularExpression r = cachedRegex(QStringLiteral("(") + mk + QStringLiteral("+)[ ]*(.+?)[ ]*(?<!") + mk
                + QStringLiteral(")\\1(?!") + mk + QStringLiteral(")"),
            QRegularExpression::DotMatchesEverythingOption);
        const auto m = matchAt(r, text, pos);
        if (!m.hasMatch())
            return false;
        static const QRegularExpression nl(QStringLiteral("[ ]*\\n"));
        out.extent = static_cast<int>(m.capturedLength(0));
        out.element.name = QStringLiteral("code");
        out.element.hasText = true;
        out.element.text = m.captured(2).replace(nl, QStringLiteral(" "));
        return true;
    }
    if (type == QStringLiteral("Strikethrough")) {
        static const QRegularExpression r(QStringLiteral("~~(?=\\S)(.+?)(?<=\\S)~~"));
        if (rest < 2 || at(1) != u'~')
            return false;
        const auto m = matchAt(r, text, pos);
        if (!m.hasMatch())
            return false;
        out.extent = static_cast<int>(m.capturedLength(0));
        out.element.name = QStringLiteral("del");
        out.element.hasText = true;
        out.element.text = m.captured(1);
        out.element.handler = Element::Handler::Line;
        return true;
    }
    if (type == QStringLiteral("UrlTag") || type == QStringLiteral("EmailTag")) {
        if (text.indexOf(QChar(u'>'), pos) < 0)
            return false;
        static const QRegularExpression urlTag(
            QStringLiteral("<(\\w+:\\/{2}[^ >]+)>"), QRegularExpression::CaseInsensitiveOption);
        static const QRegularExpression emailTag(
            QStringLiteral("<((mailto:)?\\S+?@\\S+?)>"), QRegularExpression::CaseInsensitiveOption);
        const bool isUrl = type == QStringLiteral("UrlTag");
        const auto m = matchAt(isUrl ? urlTag : emailTag, text, pos);
        if (!m.hasMatch())
            return false;
        QString url = m.captured(1);
        if (!isUrl && m.capturedStart(2) < 0)
            url = QStringLiteral("mailto:") + url;
        out.extent = static_cast<int>(m.capturedLength(0));
        out.element.name = QStringLiteral("a");
        out.element.hasText = true;
        out.element.text = m.captured(1);
        out.element.attributes = {{QStringLiteral("href"), url}};
        return true;
    }
    if (type == QStringLiteral("Markup")) {
        if (m_options.markupEscaped || text.indexOf(QChar(u'>'), pos) < 0 || rest < 2)
            return false;
        static const QRegularExpression closing(QStringLiteral("<\\/\\w[\\w-]*[ ]*>"));
        static const QRegularExpression comment(QStringLiteral("<!---?[^>-](?:-?[^-])*-->"));
        static const QRegularExpression opening(
            QStringLiteral("<\\w[\\w-]*(?:[ ]*") + htmlAttr() + QStringLiteral(")*[ ]*\\/?>"));
        QRegularExpressionMatch m;
        if (at(1) == u'/')
            m = matchAt(closing, text, pos);
        else if (at(1) == u'!')
            m = matchAt(comment, text, pos);
        else if (at(1) != u' ')
            m = matchAt(opening, text, pos);
        if (!m.hasMatch())
            return false;
        out.hasMarkup = true;
        out.markup = m.captured(0);
        out.extent = static_cast<int>(m.capturedLength(0));
        return true;
    }
    if (type == QStringLiteral("Url")) {
        if (!m_options.urlsLinked || rest < 3 || at(2) != u'/')
            return false;
        // Parsedown searches its whole context (the text from the current start)
        static const QRegularExpression r(
            QStringLiteral("\\bhttps?:[\\/]{2}[^\\s<]+\\b\\/*"), QRegularExpression::CaseInsensitiveOption);
        const auto m = r.match(text, m_contextStart);
        if (!m.hasMatch())
            return false;
        out.extent = static_cast<int>(m.capturedLength(0));
        out.position = static_cast<int>(m.capturedStart(0)) - m_contextStart; // checked by the caller
        out.element.name = QStringLiteral("a");
        out.element.hasText = true;
        out.element.text = m.captured(0);
        out.element.attributes = {{QStringLiteral("href"), m.captured(0)}};
        return true;
    }
    if (type == QStringLiteral("Link"))
        return inlineLink(text, pos, out, false);
    if (type == QStringLiteral("Image"))
        return inlineImage(text, pos, out);
    return false;
}

namespace {
// ParsedownGravTrait: a Twig target anywhere later on the line takes over (greedy, as in Grav).
const QRegularExpression &twigLinkRegex()
{
    static const QRegularExpression r(QStringLiteral("\\!*\\[(?:.*)\\]\\((\\{([\\{%#])\\s*(.*?)\\s*(?:\\2|\\})\\})\\)"));
    return r;
}
} // namespace

// Parsedown::inlineLink() without Grav's processing.
bool Parsedown::baseLink(const QString &text, int pos, Element &e, int &extent)
{
    const auto &refs = m_references;
    const auto &refsWithTitle = m_referencesWithTitle;
    static const QRegularExpression bracket(QStringLiteral("\\[((?:[^][]++|(?R))*+)\\]"));
    static const QRegularExpression inlineDest(
        QStringLiteral("[(]\\s*+((?:[^ ()]++|[(][^ )]+[)])++)(?:[ ]+(\"[^\"]*\"|'[^']*'))?\\s*[)]"));
    static const QRegularExpression refDest(QStringLiteral("\\s*\\[(.*?)\\]"));
    e.name = QStringLiteral("a");
    e.handler = Element::Handler::Line;
    e.nonNestables = {QStringLiteral("Url"), QStringLiteral("Link")};
    e.attributes = {{QStringLiteral("href"), QString()}, {QStringLiteral("title"), QString()}};
    extent = 0;
    const auto m = search(bracket, text, pos, m_bracketCache);
    if (!m.hasMatch())
        return false;
    e.hasText = true;
    e.text = m.captured(1);
    extent += static_cast<int>(m.capturedLength(0));
    const int remainder = pos + extent; // Parsedown cuts by the match length, wherever it matched
    const auto d = remainder <= text.size() ? matchAt(inlineDest, text, remainder) : QRegularExpressionMatch();
    if (d.hasMatch()) {
        e.setAttribute(QStringLiteral("href"), d.captured(1));
        if (d.capturedStart(2) >= 0)
            e.setAttribute(QStringLiteral("title"), d.captured(2).mid(1, d.capturedLength(2) - 2));
        extent += static_cast<int>(d.capturedLength(0));
        return true;
    }
    QString definition;
    const auto r = remainder <= text.size() ? matchAt(refDest, text, remainder) : QRegularExpressionMatch();
    if (r.hasMatch()) {
        definition = (r.capturedLength(1) > 0 ? r.captured(1) : e.text).toLower();
        extent += static_cast<int>(r.capturedLength(0));
    } else {
        definition = e.text.toLower();
    }
    const auto it = refs.constFind(definition);
    if (it == refs.constEnd())
        return false;
    e.setAttribute(QStringLiteral("href"), it->first);
    e.setAttribute(QStringLiteral("title"), refsWithTitle.contains(definition) ? it->second : QString());
    return true;
}

bool Parsedown::inlineLink(const QString &text, int pos, Inline &out, bool forImage)
{
    int extent = 0;
    const auto tw = search(twigLinkRegex(), text, pos, m_twigCache);
    if (tw.hasMatch()) {
        // Grav hides the Twig target from Parsedown, then puts it back unprocessed
        const QString twig = tw.captured(1);
        const QString replaced = text.left(pos) + text.mid(pos).replace(twig, QStringLiteral("/"));
        if (!baseLink(replaced, pos, out.element, extent))
            return false;
        out.element.setAttribute(QStringLiteral("href"), twig);
        out.extent = extent + static_cast<int>(twig.size()) - 1;
        return true;
    }
    if (!baseLink(text, pos, out.element, extent))
        return false;
    out.extent = extent;
    if (m_hooks.link && !out.element.attribute(QStringLiteral("href")).isNull())
        m_hooks.link(out.element, forImage);
    return true;
}

bool Parsedown::inlineImage(const QString &text, int pos, Inline &out)
{
    if (pos + 1 >= text.size() || text.at(pos + 1) != u'[')
        return false;
    const auto tw = search(twigLinkRegex(), text, pos, m_twigCache);
    const QString twig = tw.hasMatch() ? tw.captured(1) : QString();
    const QString subject = twig.isNull() ? text : text.left(pos) + text.mid(pos).replace(twig, QStringLiteral("/"));
    Inline link;
    // Grav's image hook runs the URL through its link processing first (type "image")
    if (!inlineLink(subject, pos + 1, link, twig.isNull()))
        return false;
    out.extent = link.extent + 1;
    Element &img = out.element;
    img.name = QStringLiteral("img");
    img.attributes
        = {{QStringLiteral("src"), link.element.attribute(QStringLiteral("href"))}, {QStringLiteral("alt"), link.element.text}};
    for (const auto &a : std::as_const(link.element.attributes))
        if (a.first != QStringLiteral("href") && a.first != QStringLiteral("src") && a.first != QStringLiteral("alt"))
            img.attributes.append(a);
    if (!twig.isNull()) {
        img.setAttribute(QStringLiteral("src"), twig);
        out.extent += static_cast<int>(twig.size()) - 1;
        return true;
    }
    if (m_hooks.image && !img.attribute(QStringLiteral("src")).isNull())
        m_hooks.image(img);
    return true;
}

QString Parsedown::element(const Element &e)
{
    QString markup = QChar(u'<') + e.name;
    for (const auto &a : e.attributes) {
        if (a.second.isNull())
            continue;
        markup += QChar(u' ') + a.first + QStringLiteral("=\"") + escapeHtml(a.second, true) + QChar(u'"');
    }
    if (e.handler == Element::Handler::Child && e.child)
        return markup + QChar(u'>') + element(*e.child) + QStringLiteral("</") + e.name + QChar(u'>');
    if (!e.hasText)
        return markup + QStringLiteral(" />");
    markup += QChar(u'>');
    if (e.handler == Element::Handler::Line)
        markup += line(e.text, e.nonNestables);
    else
        markup += escapeHtml(e.text, false);
    return markup + QStringLiteral("</") + e.name + QChar(u'>');
}

} // namespace GravDesk::Markdown
