// shortcode-core's post-Markdown pass: thunderer/shortcode's RegularParser (token based, with its
// backtracking marks) and Processor, plus the handlers of the shortcodes used on Grav news sites.
#include "markdown/shortcodes.h"

#include "markdown/parsedown.h"

#include <QCryptographicHash>
#include <QRegularExpression>

namespace GravDesk::Markdown {

QString Shortcode::param(const QString &key, const QString &fallback) const
{
    for (const auto &p : params)
        if (p.first == key)
            return p.second;
    return fallback;
}

bool Shortcode::hasParam(const QString &key) const
{
    for (const auto &p : params)
        if (p.first == key)
            return true;
    return false;
}

namespace {

enum Tok { Open = 1, Close, Marker, Sep, Delim, String, Ws };

struct Token
{
    int type;
    QString text;
    int offset;
};

bool isWs(QChar c)
{
    return c == u' ' || c == u'\t' || c == u'\n' || c == u'\r' || c == u'\f' || c == u'\v';
}

QVector<Token> tokenize(const QString &s)
{
    QVector<Token> out;
    int i = 0;
    const int n = static_cast<int>(s.size());
    auto special = [](QChar c) { return c == u'[' || c == u']' || c == u'/' || c == u'=' || c == u'"'; };
    while (i < n) {
        const QChar c = s.at(i);
        int start = i;
        int type = String;
        if (c == u'\\' && i + 1 < n) {
            i += 2;
            while (i < n && (s.at(i).unicode() & 0xC0) == 0x80) // the whole escaped UTF-8 character
                ++i;
        } else if (isWs(c)) {
            type = Ws;
            while (i < n && isWs(s.at(i)))
                ++i;
        } else if (special(c)) {
            type = c == u'[' ? Open : c == u']' ? Close : c == u'/' ? Marker : c == u'=' ? Sep : Delim;
            ++i;
        } else {
            while (i < n && !special(s.at(i)) && !isWs(s.at(i)))
                ++i;
        }
        out.append({type, s.mid(start, i - start), start});
    }
    return out;
}

class Parser
{
public:
    explicit Parser(const QString &text)
        : m_tok(tokenize(text))
        , m_n(static_cast<int>(m_tok.size()))
    { }

    QVector<Shortcode> parse()
    {
        QVector<Shortcode> found;
        while (m_pos < m_n) {
            while (m_pos < m_n && !peek(Open))
                ++m_pos;
            QStringList stack;
            mark();
            QVector<Shortcode> list;
            QString closing;
            const int r = shortcode(stack, list, closing, 0);
            if (r == Fail) {
                rewind(true);
                take(0, true);
                continue;
            }
            if (r == Found)
                found += list;
        }
        return found;
    }

private:
    enum Result { Fail, Found, Closing };

    bool peek(int type) const { return m_pos < m_n && m_tok.at(m_pos).type == type; }

    QString take(int type, bool ws)
    {
        if (m_pos >= m_n)
            return {};
        const Token &t = m_tok.at(m_pos);
        if (type != 0 && t.type != type)
            return {};
        ++m_pos;
        if (ws && m_pos < m_n && m_tok.at(m_pos).type == Ws)
            ++m_pos;
        return t.text;
    }

    void mark()
    {
        m_marks.append(m_pos);
        m_lastMark = m_pos;
    }

    int popMark() { return m_marks.isEmpty() ? 0 : m_marks.takeLast(); }

    QString since()
    {
        const int from = popMark();
        QString s;
        for (int i = from; i < m_pos; ++i)
            s += m_tok.at(i).text;
        return s;
    }

    QString rewind(bool move)
    {
        const int from = popMark();
        if (move)
            m_pos = from;
        QString s;
        for (int i = from; i < m_lastMark; ++i)
            s += m_tok.at(i).text;
        m_lastMark = from;
        return s;
    }

    int shortcode(QStringList &stack, QVector<Shortcode> &out, QString &closingOut, int depth)
    {
        if (depth > 64) // hostile nesting: treated as text
            return Fail;
        if (take(Open, false).isEmpty())
            return Fail;
        const int offset = m_tok.at(m_pos - 1).offset;
        take(Ws, false);
        const QString name = take(String, false);
        if (name.isEmpty() || peek(String))
            return Fail;
        static const QRegularExpression nameRe(QStringLiteral("^[a-zA-Z0-9-_\\*]+$"));
        if (!nameRe.match(name).hasMatch())
            return Fail;
        take(Ws, false);
        QString bb;
        if (!take(Sep, true).isEmpty()) {
            if (!value(bb))
                return Fail;
        }
        QVector<QPair<QString, QString>> params;
        if (!parameters(params))
            return Fail;
        if (!take(Marker, true).isEmpty()) {
            if (take(Close, false).isEmpty())
                return Fail;
            out = {Shortcode {name, params, bb, QString(), since(), offset}};
            return Found;
        }
        if (take(Close, false).isEmpty())
            return Fail;
        mark();
        stack.append(name);

        QVector<Shortcode> inner;
        QString closing;
        bool hasClosing = false;
        bool reachedEnd = true;
        while (m_pos < m_n) {
            while (m_pos < m_n && !peek(Open))
                take(0, true);
            mark();
            QVector<Shortcode> sub;
            QString subClosing;
            const int r = shortcode(stack, sub, subClosing, depth + 1);
            if (r == Closing) {
                closing = subClosing;
                hasClosing = true;
                reachedEnd = false;
                break;
            }
            if (r == Found) {
                inner += sub;
                continue;
            }
            rewind(true);
            mark();
            QString c;
            if (closeTag(stack, c)) {
                rewind(true);
                closing = c;
                hasClosing = true;
                inner.clear();
                reachedEnd = false;
                break;
            }
            hasClosing = false;
            rewind(true);
            take(0, false);
        }
        bool hasContent = m_pos < m_n;
        if (reachedEnd)
            hasContent = false;

        if (hasClosing && closing != name) {
            stack.removeLast();
            popMark();
            popMark();
            closingOut = closing;
            return Closing;
        }
        if (!hasContent || !hasClosing || closing != name) {
            rewind(false);
            const QString text = rewind(false);
            stack.removeLast();
            out = {Shortcode {name, params, bb, QString(), text, offset}};
            out += inner;
            return Found;
        }
        const QString content = since();
        QString c;
        if (!closeTag(stack, c))
            return Fail;
        stack.removeLast();
        out = {Shortcode {name, params, bb, content, since(), offset}};
        return Found;
    }

    bool closeTag(const QStringList &stack, QString &name)
    {
        if (take(Open, true).isEmpty())
            return false;
        if (take(Marker, true).isEmpty())
            return false;
        name = take(String, true);
        if (name.isEmpty() || name == QStringLiteral("0"))
            return false;
        if (take(Close, false).isEmpty())
            return false;
        return stack.contains(name);
    }

    bool parameters(QVector<QPair<QString, QString>> &params)
    {
        while (true) {
            take(Ws, false);
            if (peek(Marker) || peek(Close))
                return true;
            const QString pname = take(String, true);
            if (pname.isEmpty() || pname == QStringLiteral("0"))
                return false;
            if (take(Sep, true).isEmpty()) {
                setParam(params, pname, QString());
                continue;
            }
            QString v;
            if (!value(v))
                return false;
            take(Ws, false);
            setParam(params, pname, v);
        }
    }

    static void setParam(QVector<QPair<QString, QString>> &params, const QString &k, const QString &v)
    {
        for (auto &p : params) {
            if (p.first == k) {
                p.second = v;
                return;
            }
        }
        params.append({k, v});
    }

    bool value(QString &v)
    {
        v = QStringLiteral("");
        if (!take(Delim, false).isEmpty()) {
            while (m_pos < m_n && !peek(Delim))
                v += take(0, false);
            return !take(Delim, false).isEmpty();
        }
        QString t = take(String, false);
        if (t.isEmpty())
            return false;
        while (!t.isEmpty()) {
            v += t;
            t = take(String, false);
        }
        return true;
    }

    QVector<Token> m_tok;
    int m_n = 0;
    int m_pos = 0;
    QVector<int> m_marks;
    int m_lastMark = 0;
};

const QString kYoutubeId = QStringLiteral(
    "(?:https?:\\/{2}(?:(?:www.youtube(?:-nocookie)?\\.com\\/(?:[^\\/\\n\\s]+\\/\\S+\\/|(?:v|e(?:mbed)?)\\/|\\S*?[?&]v=))|"
    "(?:youtu\\.be\\/)))([a-zA-Z0-9_-]{11})");

QString youtubeHtml(const QString &id, const QString &cssClass)
{
    // youtube plugin defaults: no lazy loading, no privacy mode, default player parameters
    return QStringLiteral("<div class=\"grav-youtube-wrapper ") + escapeHtml(cssClass, true)
        + QStringLiteral("\">\n  <div class=\"grav-youtube\">\n      <iframe src=\"")
        + escapeHtml(QStringLiteral("https://www.youtube.com/embed/") + id, true)
        + QStringLiteral("\" frameborder=\"0\" allowfullscreen></iframe>\n  </div>\n</div>");
}

} // namespace

QVector<Shortcode> parseShortcodes(const QString &text)
{
    return Parser(text).parse();
}

QString youtubeRawPass(const QString &markdown, QVector<int> *lineMap)
{
    if (lineMap) {
        lineMap->clear();
        lineMap->append(0);
    }
    int inLine = 0;
    auto copied = [&](QStringView s) {
        if (!lineMap)
            return;
        for (QChar c : s)
            if (c == u'\n')
                lineMap->append(++inLine);
    };
    static const QRegularExpression re(
        QStringLiteral("\\[plugin:(?:youtube)\\]\\(") + kYoutubeId + QStringLiteral("(?:\\?size=(\\d+),(\\d+))?\\)"),
        QRegularExpression::CaseInsensitiveOption);
    // "plugin:" in any case, found from its colon (a case-insensitive search costs more than the whole pass)
    bool maybe = false;
    for (qsizetype c = markdown.indexOf(QChar(u':'), 6); c >= 0 && !maybe; c = markdown.indexOf(QChar(u':'), c + 1))
        maybe = QStringView(markdown).mid(c - 6, 6).compare(QLatin1String("plugin"), Qt::CaseInsensitive) == 0;
    if (!maybe) {
        copied(markdown);
        return markdown;
    }
    QString out;
    int last = 0;
    auto it = re.globalMatch(markdown);
    while (it.hasNext()) {
        const auto m = it.next();
        out += markdown.mid(last, m.capturedStart(0) - last);
        copied(QStringView(markdown).mid(last, m.capturedStart(0) - last));
        const QString embed = youtubeHtml(m.captured(1), QString());
        out += embed;
        if (lineMap) { // the embed's lines come from the line of the tag
            for (QChar c : embed)
                if (c == u'\n')
                    lineMap->append(inLine);
            for (QChar c : m.capturedView(0))
                if (c == u'\n')
                    ++inLine;
        }
        last = static_cast<int>(m.capturedEnd(0));
    }
    copied(QStringView(markdown).mid(last));
    return out + markdown.mid(last);
}

ShortcodeProcessor::ShortcodeProcessor(ShortcodeOptions options)
    : m_options(std::move(options))
{ }

QString ShortcodeProcessor::process(const QString &html)
{
    if (!html.contains(QChar(u'[')))
        return html;
    return iteration(html, nullptr, 0);
}

QString ShortcodeProcessor::iteration(const QString &text, const Shortcode *parent, int depth)
{
    if (depth > 32 || (parent && parent->name == QStringLiteral("raw")))
        return text;
    const QVector<Shortcode> list = parseShortcodes(text);
    QVector<QString> replacements;
    replacements.reserve(list.size());
    for (const Shortcode &sc : list)
        replacements.append(handle(sc, depth, text));
    QString out = text;
    for (int i = static_cast<int>(list.size()) - 1; i >= 0; --i)
        out.replace(list.at(i).offset, list.at(i).text.size(), replacements.at(i));
    return out;
}

namespace {

// A tag alone on its line (a sourceLineMarker() before it still counts as the line's start).
bool wholeLine(const QString &text, qsizetype start, qsizetype length)
{
    qsizetype s = start;
    if (s >= 3 && QStringView(text).mid(s - 3, 3) == QLatin1String("-->")) {
        const qsizetype open = text.lastIndexOf(QStringLiteral("<!--gd-line:"), s - 1);
        if (open >= 0 && !QStringView(text).mid(open, s - open).contains(QChar(u'\n')))
            s = open;
    }
    const qsizetype e = start + length;
    return (s == 0 || text.at(s - 1) == u'\n') && (e >= text.size() || text.at(e) == u'\n');
}

} // namespace

QString ShortcodeProcessor::handle(const Shortcode &sc, int depth, const QString &text)
{
    Shortcode processed = sc;
    if (!sc.content.isNull())
        processed.content = iteration(sc.content, &sc, depth + 1);
    QString out;
    if (render(processed, out))
        return out;
    if (m_options.registeredNames.contains(sc.name))
        m_warnings.append(
            QStringLiteral("shortcode [%1] is registered on the site but not emulated; left as text").arg(textOf(sc.name)));
    // unknown shortcode: its text stays, with the processed content put back
    const QString orig = sc.content.isNull() ? QString() : sc.content;
    int pos = orig.isEmpty() ? static_cast<int>(sc.text.size()) : static_cast<int>(sc.text.lastIndexOf(orig));
    if (pos < 0)
        pos = 0;
    if (m_options.previewPlaceholders && m_options.registeredNames.contains(sc.name)) {
        // the tags are HTML text already (they come from Parsedown's output): wrapped, not escaped again
        auto wrap = [&](const QString &tag, qsizetype at) -> QString {
            if (tag.isEmpty())
                return tag;
            const QString el = wholeLine(text, at, tag.size()) ? QStringLiteral("div") : QStringLiteral("span");
            return QChar(u'<') + el + QStringLiteral(" class=\"gd-placeholder\" data-gd-kind=\"shortcode\">") + tag
                + QStringLiteral("</") + el + QChar(u'>');
        };
        const QString opening = sc.text.left(pos);
        const QString closing = sc.text.mid(pos + orig.size());
        return wrap(opening, sc.offset) + processed.content + wrap(closing, sc.offset + pos + orig.size());
    }
    return sc.text.left(pos) + processed.content + sc.text.mid(pos + orig.size());
}

bool ShortcodeProcessor::render(const Shortcode &sc, QString &out)
{
    const QString &n = sc.name;
    const QString content = sc.content;
    auto p = [&](const char *key) { return sc.param(QString::fromLatin1(key)); };
    auto truthy = [](const QString &v) { return !v.isEmpty() && v != QStringLiteral("0"); };
    if (n == QStringLiteral("owl-carousel")) {
        QString id;
        if (m_options.owlIdsFromMd5)
            id = QStringLiteral("owl-")
                + QString::fromLatin1(QCryptographicHash::hash(toBytes(sc.text), QCryptographicHash::Md5).toHex().right(10));
        else
            id = QStringLiteral("owl-") + QString::number(++m_owlCounter);
        QString items = content;
        // the template's regex_replace('(^\n?<p>|</p>$)', ''): `$` also matches before a final newline
        if (items.startsWith(QStringLiteral("<p>")))
            items.remove(0, 3);
        else if (items.startsWith(QStringLiteral("\n<p>")))
            items.remove(0, 4);
        else if (items.startsWith(QStringLiteral("\n<p data-gd-line=\""))
            || items.startsWith(QStringLiteral("<p data-gd-line=\""))) {
            // preview (sourceLines): the paragraph Grav strips carries a line number; the carousel div gets its own
            const qsizetype end = items.indexOf(QStringLiteral("\">")) + 2;
            items.remove(0, end);
        }
        if (items.endsWith(QStringLiteral("</p>")))
            items.chop(4);
        else if (items.endsWith(QStringLiteral("</p>\n")))
            items.remove(items.size() - 5, 4);
        out = QStringLiteral("<div class=\"owl-carousel owl-theme\" id=\"") + escapeHtml(id, true) + QStringLiteral("\">\n    ")
            + items + QStringLiteral("\n</div>\n\n");
        return true;
    }
    if (n == QStringLiteral("youtube")) {
        static const QRegularExpression id(kYoutubeId);
        const auto m = id.match(content);
        out = (content.isEmpty() || !m.hasMatch()) ? QString() : youtubeHtml(m.captured(1), p("class"));
        return true;
    }
    if (n == QStringLiteral("raw")) {
        out = content.trimmed();
        return true;
    }
    if (n == QStringLiteral("u")) {
        out = QStringLiteral("<span style=\"text-decoration: underline;\">") + content + QStringLiteral("</span>");
        return true;
    }
    if (n == QStringLiteral("color")) {
        out = QStringLiteral("<span style=\"color: ") + sc.param(QStringLiteral("color"), sc.bbCode) + QStringLiteral(";\">")
            + content + QStringLiteral("</span>");
        return true;
    }
    if (n == QStringLiteral("size")) {
        QString size = sc.param(QStringLiteral("size"), sc.bbCode);
        bool numeric = false;
        size.toDouble(&numeric);
        if (numeric)
            size += QStringLiteral("px");
        out = QStringLiteral("<span style=\"font-size: ") + size + QStringLiteral(";\">") + content + QStringLiteral("</span>");
        return true;
    }
    if (n == QStringLiteral("div") || n == QStringLiteral("span")) {
        const QString id = p("id"), cls = p("class"), style = p("style");
        if (n == QStringLiteral("div"))
            out = QStringLiteral("<div ") + (truthy(id) ? QStringLiteral(" id=\"") + id + QStringLiteral("\" ") : QString())
                + (truthy(cls) ? QStringLiteral(" class=\"") + cls + QChar(u'"') : QString())
                + (truthy(style) ? QStringLiteral(" style=\"") + style + QChar(u'"') : QString()) + QChar(u'>') + content
                + QStringLiteral("</div>");
        else
            out = QStringLiteral("<span ") + (truthy(id) ? QStringLiteral("id=\"") + id + QStringLiteral("\" ") : QString())
                + QChar(u' ') + (truthy(cls) ? QStringLiteral("class=\"") + cls + QChar(u'"') : QString()) + QChar(u' ')
                + (truthy(style) ? QStringLiteral("style=\"") + style + QChar(u'"') : QString()) + QChar(u'>') + content
                + QStringLiteral("</span>");
        return true;
    }
    if (n == QStringLiteral("mark")) {
        const QString style = sc.param(QStringLiteral("style"), sc.bbCode);
        const QString cls = sc.hasParam(QStringLiteral("class")) ? p("class") : QStringLiteral("default");
        QString text = content;
        QString css;
        if (style == QStringLiteral("block")) {
            css = QStringLiteral("style=\"display:block;\"");
            while (text.startsWith(QChar(u'\n')))
                text.remove(0, 1);
            while (text.endsWith(QChar(u'\n')))
                text.chop(1);
        }
        out = QStringLiteral("<mark class=\"mark-class-") + cls + QStringLiteral("\" ") + css + QChar(u'>') + text
            + QStringLiteral("</mark>");
        return true;
    }
    if (n == QStringLiteral("columns")) {
        const QString count = QString::number(sc.param(QStringLiteral("count"), QStringLiteral("2")).toInt());
        const QString width = sc.param(QStringLiteral("width"), QStringLiteral("auto"));
        const QString gap = sc.param(QStringLiteral("gap"), QStringLiteral("normal"));
        const QString rule = p("rule");
        QString css = QStringLiteral("columns:") + count + QChar(u' ') + width + QStringLiteral(";-moz-columns:") + count
            + QChar(u' ') + width + QStringLiteral(";column-gap:") + gap + QStringLiteral(";-moz-column-gap:") + gap
            + QChar(u';');
        if (truthy(rule))
            css += QStringLiteral("column-rule:") + rule + QStringLiteral(";-moz-column-rule:") + rule + QChar(u';');
        out = QStringLiteral("<div class=\"sc-columns\" style=\"") + css + QStringLiteral("\">") + content
            + QStringLiteral("</div>");
        return true;
    }
    for (const char *align : {"center", "left", "right", "justify"}) {
        if (n == QLatin1String(align)) {
            out = QStringLiteral("<div style=\"text-align: ") + QLatin1String(align) + QStringLiteral(";\">") + content
                + QStringLiteral("</div>");
            return true;
        }
    }
    static const QRegularExpression heading(QStringLiteral("^h([1-6])$"));
    const auto hm = heading.match(n);
    if (hm.hasMatch()) {
        const QString tag = QChar(u'h') + hm.captured(1);
        const QString id = p("id"), cls = p("class");
        out = QChar(u'<') + tag + (truthy(id) ? QStringLiteral(" id=\"") + id + QStringLiteral("\" ") : QString())
            + (truthy(cls) ? QStringLiteral(" class=\"") + cls + QChar(u'"') : QString()) + QChar(u'>') + content
            + QStringLiteral("</") + tag + QChar(u'>');
        return true;
    }
    return false;
}

} // namespace GravDesk::Markdown
