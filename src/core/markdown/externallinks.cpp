// The external_links plugin (ExternalLinks.php) applied to the start tag of each one-line link.
#include "markdown/externallinks.h"

#include "markdown/parsedown.h"
#include "markdown/parsedownparts.h"

#include <QRegularExpression>
#include <QVector>

namespace GravDesk::Markdown {

namespace {

struct Attr
{
    QString name; // lower-case
    QString raw; // the attribute as written (kept when unchanged)
    QString value; // decoded value
    bool changed = false;
};

// Attributes of a start tag's inside (`href="x" class=y`), first occurrence of a name wins (as in a DOM).
QVector<Attr> parseAttributes(const QString &s)
{
    QVector<Attr> out;
    int i = 0;
    const int n = static_cast<int>(s.size());
    auto ws = [](QChar c) { return c == u' ' || c == u'\t' || c == u'\n' || c == u'\r' || c == u'\f'; };
    while (i < n) {
        while (i < n && (ws(s.at(i)) || s.at(i) == u'/'))
            ++i;
        const int start = i;
        while (i < n && !ws(s.at(i)) && s.at(i) != u'=' && s.at(i) != u'>')
            ++i;
        if (i == start) {
            ++i;
            continue;
        }
        Attr a;
        a.name = s.mid(start, i - start).toLower();
        int j = i;
        while (j < n && ws(s.at(j)))
            ++j;
        if (j < n && s.at(j) == u'=') {
            ++j;
            while (j < n && ws(s.at(j)))
                ++j;
            if (j < n && (s.at(j) == u'"' || s.at(j) == u'\'')) {
                const QChar q = s.at(j);
                const int close = static_cast<int>(s.indexOf(q, j + 1));
                const int end = close < 0 ? n : close;
                a.value = specialCharsDecode(s.mid(j + 1, end - j - 1));
                i = close < 0 ? n : close + 1;
            } else {
                const int vs = j;
                while (j < n && !ws(s.at(j)) && s.at(j) != u'>')
                    ++j;
                a.value = specialCharsDecode(s.mid(vs, j - vs));
                i = j;
            }
        }
        a.raw = s.mid(start, i - start);
        bool dup = false;
        for (const Attr &o : std::as_const(out))
            dup = dup || o.name == a.name;
        if (!dup)
            out.append(a);
    }
    return out;
}

Attr *find(QVector<Attr> &attrs, const QString &name)
{
    for (Attr &a : attrs)
        if (a.name == name)
            return &a;
    return nullptr;
}

void set(QVector<Attr> &attrs, const QString &name, const QString &value)
{
    if (Attr *a = find(attrs, name)) {
        a->value = value;
        a->changed = true;
        return;
    }
    attrs.append({name, QString(), value, true});
}

QStringList tokens(const QString &s)
{
    return s.split(QChar(u' '), Qt::SkipEmptyParts);
}

double imageSize(const QString &imgTag)
{
    const QVector<Attr> attrs = parseAttributes(imgTag);
    double w = 0, h = 0;
    for (const Attr &a : attrs) {
        if (a.name == QStringLiteral("width"))
            w = a.value.toDouble();
        if (a.name == QStringLiteral("height"))
            h = a.value.toDouble();
    }
    for (const Attr &a : attrs) {
        if (a.name != QStringLiteral("style"))
            continue;
        static const QRegularExpression wr(QStringLiteral("width:\\s*(\\d+)([a-z]+)"), QRegularExpression::CaseInsensitiveOption);
        static const QRegularExpression hr(
            QStringLiteral("height:\\s*(\\d+)([a-z]+)"), QRegularExpression::CaseInsensitiveOption);
        auto unit = [](const QString &u) {
            const QString l = u; // the plugin's table is case-sensitive
            if (l == QStringLiteral("pt"))
                return 16.0 / 12;
            if (l == QStringLiteral("pc"))
                return 16.0;
            if (l == QStringLiteral("in"))
                return 96.0;
            if (l == QStringLiteral("mm"))
                return 96 / 25.4;
            if (l == QStringLiteral("cm"))
                return 96 / 2.54;
            if (l == QStringLiteral("m"))
                return 96 / 0.0254;
            if (l == QStringLiteral("ex"))
                return 7.0;
            if (l == QStringLiteral("em") || l == QStringLiteral("rem"))
                return 16.0;
            return 1.0;
        };
        const auto wm = wr.match(a.value);
        if (wm.hasMatch())
            w = wm.captured(1).toDouble() * unit(wm.captured(2));
        const auto hm = hr.match(a.value);
        if (hm.hasMatch())
            h = hm.captured(1).toDouble() * unit(hm.captured(2));
    }
    return std::max(w, h);
}

} // namespace

QString externalLinksPass(const QString &html, const ExternalLinksOptions &o)
{
    static const QRegularExpression linkRe(QStringLiteral("<a(?:\\s[^>]*)?>.*?</a>"), QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression imgRe(QStringLiteral("<img(\\s[^>]*)?>"), QRegularExpression::CaseInsensitiveOption);
    // most pages have no link at all: a plain scan for "<a"/"<A" is much cheaper than the case-insensitive search
    bool anyLink = false;
    for (qsizetype i = html.indexOf(QChar(u'<')); i >= 0 && i + 1 < html.size(); i = html.indexOf(QChar(u'<'), i + 1)) {
        if ((html.at(i + 1).unicode() | 0x20) == u'a') {
            anyLink = true;
            break;
        }
    }
    if (!anyLink)
        return html;
    QStringList domains = o.excludeDomains;
    domains.append(o.siteUrl);
    QString out;
    int last = 0;
    auto it = linkRe.globalMatch(html);
    while (it.hasNext()) {
        const auto m = it.next();
        out += html.mid(last, m.capturedStart(0) - last);
        last = static_cast<int>(m.capturedEnd(0));
        const QString whole = m.captured(0);
        const int tagEnd = static_cast<int>(whole.indexOf(QChar(u'>')));
        QVector<Attr> attrs = parseAttributes(whole.mid(2, tagEnd - 2));
        const Attr *href = find(attrs, QStringLiteral("href"));
        if (!href || href->value.isEmpty()) {
            out += whole;
            continue;
        }
        const QString url = href->value;
        QStringList classes
            = find(attrs, QStringLiteral("class")) ? tokens(find(attrs, QStringLiteral("class"))->value) : QStringList();
        bool excluded = false;
        for (const QString &c : o.excludeClasses)
            excluded = excluded || classes.contains(c);
        if (excluded) {
            out += whole;
            continue;
        }
        bool external = false;
        if (url.startsWith(QStringLiteral("mailto:"))) {
            classes.append(QStringLiteral("mailto"));
        } else {
            bool internal = false;
            for (const QString &d : std::as_const(domains))
                internal = internal || (!d.isEmpty() && url.contains(d, Qt::CaseInsensitive));
            const int colon = static_cast<int>(url.indexOf(QChar(u':')));
            external = !internal && colon > 0 && o.schemes.contains(url.left(colon).toLower());
        }
        const QString inner = whole.mid(tagEnd + 1, whole.size() - tagEnd - 1 - 4);
        if (external) {
            classes.append(QStringLiteral("external-link"));
            if (!o.target.isEmpty())
                set(attrs, QStringLiteral("target"), o.target);
            QStringList rel
                = find(attrs, QStringLiteral("rel")) ? tokens(find(attrs, QStringLiteral("rel"))->value) : QStringList();
            if (o.noFollow && !rel.contains(QStringLiteral("nofollow")))
                rel.append(QStringLiteral("nofollow"));
            rel << QStringLiteral("noopener") << QStringLiteral("noreferrer");
            rel.removeDuplicates();
            set(attrs, QStringLiteral("rel"), rel.join(QChar(u' ')));
            QStringList imgs;
            auto ii = imgRe.globalMatch(inner);
            while (ii.hasNext())
                imgs.append(ii.next().captured(1));
            if (imgs.size() > 1) {
                classes.append(QStringLiteral("images"));
            } else if (imgs.size() == 1) {
                const double size = imageSize(imgs.first());
                classes.append(size > 0 && size <= 32 ? QStringLiteral("icon") : QStringLiteral("image"));
            } else {
                classes.append(QStringLiteral("no-image"));
            }
        }
        if (!classes.isEmpty() && o.active)
            set(attrs, QStringLiteral("class"), classes.join(QChar(u' ')));
        QString body = inner;
        // libxml's formatted output (the plugin sets formatOutput): a link whose children are only
        // images gets each on its own line, indented by two spaces
        static const QRegularExpression onlyImages(
            QStringLiteral("^\\s*(?:<img(?:\\s[^>]*)?>\\s*)+$"), QRegularExpression::CaseInsensitiveOption);
        if (onlyImages.match(inner).hasMatch()) {
            body.clear();
            auto ii = imgRe.globalMatch(inner);
            while (ii.hasNext())
                body += QStringLiteral("\n  ") + ii.next().captured(0);
            body += QChar(u'\n');
        }
        QString tag = QStringLiteral("<a");
        for (const Attr &a : std::as_const(attrs))
            tag += QChar(u' ') + (a.changed ? a.name + QStringLiteral("=\"") + escapeHtml(a.value, true) + QChar(u'"') : a.raw);
        out += tag + QChar(u'>') + body + QStringLiteral("</a>");
    }
    return out + html.mid(last);
}

} // namespace GravDesk::Markdown
