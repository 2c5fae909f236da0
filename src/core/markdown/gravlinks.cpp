// Grav 1.7's link and image URL rewriting (Page/Markdown/Excerpts.php, Uri::convertUrl, Utils),
// including the file-system lookups that map page folders and page files to routes.
#include "markdown/gravlinks.h"

#include "markdown/parsedownparts.h"

#include <QDir>
#include <QFileInfo>
#include <QRegularExpression>

#include <algorithm>

namespace GravDesk::Markdown {

namespace {

QString rawUrlDecode(const QString &s, bool plusIsSpace = false)
{
    // most URLs have nothing to decode (a surrogate would not survive the UTF-8 round trip unchanged; an
    // empty string keeps whatever null-ness the round trip gives it)
    const bool plain = !s.isEmpty() && std::none_of(s.cbegin(), s.cend(), [plusIsSpace](QChar c) {
        return c == QChar(u'%') || (plusIsSpace && c == QChar(u'+')) || c.isSurrogate();
    });
    if (plain)
        return s;
    QByteArray b = s.toUtf8();
    if (plusIsSpace)
        b.replace('+', ' ');
    return QString::fromUtf8(QByteArray::fromPercentEncoding(b));
}

QString rawUrlEncode(const QString &s)
{
    return QString::fromLatin1(s.toUtf8().toPercentEncoding(QByteArray("-_.~")));
}

const QHash<QString, QString> &streamPrefixes()
{
    static const QHash<QString, QString> p {
        {QStringLiteral("user"), QStringLiteral("user")},
        {QStringLiteral("page"), QStringLiteral("user/pages")},
        {QStringLiteral("image"), QStringLiteral("user/images")},
        {QStringLiteral("account"), QStringLiteral("user/accounts")},
        {QStringLiteral("user-data"), QStringLiteral("user/data")},
        {QStringLiteral("plugins"), QStringLiteral("user/plugins")},
        {QStringLiteral("plugin"), QStringLiteral("user/plugins")},
        {QStringLiteral("themes"), QStringLiteral("user/themes")},
        {QStringLiteral("theme"), QStringLiteral("user/themes/*")}, // the active theme, filled in per site
        {QStringLiteral("config"), QStringLiteral("user/config")},
        {QStringLiteral("blueprints"), QStringLiteral("user/blueprints")},
        {QStringLiteral("languages"), QStringLiteral("user/languages")},
        {QStringLiteral("system"), QStringLiteral("system")},
        {QStringLiteral("asset"), QStringLiteral("assets")},
        {QStringLiteral("cache"), QStringLiteral("cache")},
        {QStringLiteral("log"), QStringLiteral("logs")},
        {QStringLiteral("backup"), QStringLiteral("backup")},
        {QStringLiteral("tmp"), QStringLiteral("tmp")},
        {QStringLiteral("environment"), QStringLiteral("user")},
    };
    return p;
}

bool isAsciiLetter(QChar c)
{
    return (c >= QChar(u'a') && c <= QChar(u'z')) || (c >= QChar(u'A') && c <= QChar(u'Z'));
}

// The length of the URL scheme @p s starts with (`^[a-zA-Z][a-zA-Z0-9+.-]*:`, the colon excluded), else -1.
qsizetype schemeLength(QStringView s)
{
    if (s.isEmpty() || !isAsciiLetter(s.front()))
        return -1;
    qsizetype i = 1;
    while (i < s.size()
        && (isAsciiLetter(s[i]) || (s[i] >= QChar(u'0') && s[i] <= QChar(u'9')) || s[i] == QChar(u'+') || s[i] == QChar(u'.')
            || s[i] == QChar(u'-')))
        ++i;
    return i < s.size() && s[i] == QChar(u':') ? i : -1;
}

// The scheme of a `scheme://rest` URL, else a null view.
QStringView streamScheme(const QString &url)
{
    const qsizetype n = schemeLength(url);
    if (n < 0 || !QStringView(url).mid(n).startsWith(QLatin1String("://")))
        return {};
    return QStringView(url).first(n);
}

bool isStream(const QString &url)
{
    const QStringView scheme = streamScheme(url);
    return !scheme.isNull() && streamPrefixes().contains(scheme.toString());
}

QString findResource(const QString &url, const QString &theme)
{
    const QStringView scheme = streamScheme(url);
    QString prefix = streamPrefixes().value(scheme.toString());
    prefix.replace(QStringLiteral("*"), theme);
    QString rest = url.mid(scheme.size() + 3);
    while (rest.startsWith(QChar(u'/')))
        rest.remove(0, 1);
    return rest.isEmpty() ? prefix : prefix + QChar(u'/') + rest;
}

QString trimmed(QString s, QChar c, bool left, bool right)
{
    while (right && s.endsWith(c))
        s.chop(1);
    while (left && s.startsWith(c))
        s.remove(0, 1);
    return s;
}

// Utils::normalizePath(): only resolves ".." when the path contains "..".
QString normalizePath(QString path, const QString &theme)
{
    if (isStream(path))
        path = findResource(path, theme);
    QString root;
    static const QRegularExpression r(QStringLiteral("^((?:http[s]?:\\/\\/[^\\/]+)|(?:\\/\\/[^\\/]+))(.*)"));
    const auto m = path.startsWith(QLatin1String("http")) || path.startsWith(QLatin1String("//")) ? r.match(path)
                                                                                                  : QRegularExpressionMatch();
    if (m.hasMatch()) {
        root = m.captured(1);
        path = m.captured(2);
    }
    if (path.startsWith(QChar(u'/'))) {
        root += QChar(u'/');
        path = trimmed(path, QChar(u'/'), true, false);
    }
    if (path.contains(QStringLiteral(".."))) {
        QStringList out;
        for (const QString &seg : trimmed(trimmed(path, QChar(u'/'), true, true), QChar(u'/'), true, true).split(QChar(u'/'))) {
            if (seg == QStringLiteral(".") || seg.isEmpty())
                continue;
            if (seg == QStringLiteral("..")) {
                if (!out.isEmpty())
                    out.removeLast();
            } else {
                out.append(seg);
            }
        }
        path = out.join(QChar(u'/'));
    }
    return root + path;
}

// PHP dirname() for '/'-separated paths.
QString dirName(const QString &p)
{
    QString s = p;
    while (s.size() > 1 && s.endsWith(QChar(u'/')))
        s.chop(1);
    const int i = static_cast<int>(s.lastIndexOf(QChar(u'/')));
    if (i < 0)
        return QStringLiteral(".");
    if (i == 0)
        return QStringLiteral("/");
    QString d = s.left(i);
    while (d.size() > 1 && d.endsWith(QChar(u'/')))
        d.chop(1);
    return d;
}

QString baseName(const QString &p)
{
    QString s = p;
    while (s.size() > 1 && s.endsWith(QChar(u'/')))
        s.chop(1);
    return s.mid(s.lastIndexOf(QChar(u'/')) + 1);
}

} // namespace

LinkProcessor::LinkProcessor(LinkContext context)
    : m_ctx(std::move(context))
{ }

const FolderListing &LinkProcessor::listingOf(const QString &folder)
{
    if (m_ctx.pageListing && !m_ctx.pagePath.isEmpty() && folder == m_ctx.pagePath)
        return *m_ctx.pageListing;
    auto it = m_listings.find(folder);
    if (it == m_listings.end()) {
        static const auto none = std::make_shared<const FolderListing>();
        it = m_listings.insert(folder, m_ctx.folders ? m_ctx.folders->listing(folder) : none);
    }
    return **it;
}

PathKind LinkProcessor::kindOf(const QString &path) const
{
    return m_ctx.folders ? m_ctx.folders->kindOf(path) : pathKind(path);
}

namespace {

// The length a character takes once Utils::multibyteParseUrl() / Uri::parseUrl() have (raw)urlencoded it:
// parse_url() limits a port by the encoded length.
int encodedLength(QChar c, bool raw)
{
    const char16_t u = c.unicode();
    if (u >= 0x80)
        return c.isSurrogate() ? 6 : (u < 0x800 ? 6 : 9);
    if (isAsciiLetter(c) || (u >= u'0' && u <= u'9') || QStringView(u"-_.:/@?&=#").contains(c) || (u == u' ' && !raw)
        || (u == u'~' && raw))
        return 1;
    return 3;
}

bool isAsciiDigit(QChar c)
{
    return c >= QChar(u'0') && c <= QChar(u'9');
}

// strtol() on an encoded port candidate as parse_url() runs it: an optional sign (urlencode turns a space into
// '+'), digits, anything after them ignored; -1 when it reads no digits or gives a number out of 0..65535.
int portNumber(QStringView s, bool raw)
{
    qsizetype i = 0;
    bool negative = false;
    if (!s.isEmpty() && (s[0] == QChar(u'-') || (s[0] == QChar(u' ') && !raw))) {
        negative = s[0] == QChar(u'-');
        ++i;
    }
    const qsizetype digits = i;
    int value = 0;
    while (i < s.size() && isAsciiDigit(s[i]))
        value = value * 10 + (s[i++].unicode() - u'0');
    if (i == digits || (negative && value != 0) || value > 65535)
        return -1;
    return value;
}

// A URL part that is there, possibly empty (non-null).
QString present(QStringView v)
{
    return v.isEmpty() ? QStringLiteral("") : v.toString();
}

} // namespace

std::optional<LinkProcessor::Url> LinkProcessor::parseUrl(QStringView s, bool raw)
{
    // PHP 8.2's php_url_parse_ex2() (ext/standard/url.c) run on the encoded string: only the characters
    // ":/@?&=#" and the unreserved ones stay as they are, so an IPv6 "[...]" host never occurs.
    Url u;
    const qsizetype end = s.size();
    qsizetype pos = 0;
    std::optional<int> port;
    const auto hierStart = [&](qsizetype at) { return at + 1 < end && s[at] == QChar(u'/') && s[at + 1] == QChar(u'/'); };
    const qsizetype colon = s.indexOf(QChar(u':'));
    // the port after a colon that is not a scheme's: up to five digits, then '/' or the end
    const auto leadingPort = [&]() -> std::optional<bool> {
        qsizetype pp = colon + 1;
        while (pp < end && pp - colon - 1 < 6 && isAsciiDigit(s[pp]))
            ++pp;
        const qsizetype n = pp - colon - 1;
        if (n > 0 && n < 6 && (pp == end || s[pp] == QChar(u'/'))) {
            const int v = portNumber(s.sliced(colon + 1, n), raw);
            if (v < 0)
                return std::nullopt;
            port = v;
            if (hierStart(pos))
                pos += 2;
            return true;
        }
        if (n == 0 && pp == end)
            return std::nullopt;
        if (hierStart(pos)) {
            pos += 2;
            return true;
        }
        return false; // just a path
    };
    bool host = false;
    // no scheme: a port right after the colon (@p portFirst), else a "//" authority at the start; false when
    // parse_url() fails
    const auto schemeless = [&](bool portFirst) {
        if (portFirst) {
            const auto r = leadingPort();
            if (!r)
                return false;
            host = *r;
        } else if (hierStart(0)) {
            pos = 2;
            host = true;
        }
        return true;
    };
    if (colon > 0) {
        const bool validScheme = std::all_of(s.cbegin(), s.cbegin() + colon, [raw](QChar c) {
            return isAsciiLetter(c) || isAsciiDigit(c) || c == QChar(u'.') || c == QChar(u'-') || (c == QChar(u' ') && !raw);
        });
        if (!validScheme) {
            const qsizetype q = s.indexOf(QChar(u'?')), h = s.indexOf(QChar(u'#'));
            const qsizetype queryStart = std::min(q < 0 ? end : q, h < 0 ? end : h);
            if (!schemeless(colon + 1 < end && colon < queryStart))
                return std::nullopt;
        } else if (colon + 1 == end) {
            u.scheme = s.first(colon).toString();
            return u;
        } else if (s[colon + 1] != QChar(u'/')) {
            qsizetype p = colon + 1;
            while (p < end && isAsciiDigit(s[p]))
                ++p;
            if ((p == end || s[p] == QChar(u'/')) && p - colon < 7) {
                const auto r = leadingPort();
                if (!r)
                    return std::nullopt;
                host = *r;
            } else {
                u.scheme = s.first(colon).toString();
                pos = colon + 1;
            }
        } else {
            u.scheme = s.first(colon).toString();
            if (colon + 2 < end && s[colon + 2] == QChar(u'/')) {
                pos = colon + 3;
                host = true;
                if (u.scheme.compare(QLatin1String("file"), Qt::CaseInsensitive) == 0 && colon + 3 < end
                    && s[colon + 3] == QChar(u'/')) {
                    // file:///c:/x keeps the drive letter
                    if (colon + 5 < end && s[colon + 5] == QChar(u':'))
                        pos = colon + 4;
                    host = false;
                }
            } else {
                pos = colon + 1;
            }
        }
    } else if (!schemeless(colon == 0)) {
        return std::nullopt;
    }
    if (host) {
        qsizetype e = pos;
        while (e < end && s[e] != QChar(u'/') && s[e] != QChar(u'?') && s[e] != QChar(u'#'))
            ++e;
        const QStringView authority = s.sliced(pos, e - pos);
        if (const qsizetype at = authority.lastIndexOf(QChar(u'@')); at >= 0) {
            const QStringView userInfo = authority.first(at);
            const qsizetype c = userInfo.indexOf(QChar(u':'));
            u.user = present(c >= 0 ? userInfo.first(c) : userInfo);
            if (c >= 0)
                u.pass = present(userInfo.sliced(c + 1));
            pos += at + 1;
        }
        qsizetype hostEnd = e;
        if (const qsizetype c = s.sliced(pos, e - pos).lastIndexOf(QChar(u':')); c >= 0) {
            hostEnd = pos + c;
            if (!port || *port == 0) { // PHP tests the port it has for zero, not for presence
                const QStringView candidate = s.sliced(hostEnd + 1, e - hostEnd - 1);
                int length = 0;
                for (QChar ch : candidate)
                    length += encodedLength(ch, raw);
                if (length > 5)
                    return std::nullopt;
                if (length > 0) {
                    const int v = portNumber(candidate, raw);
                    if (v < 0)
                        return std::nullopt;
                    port = v;
                }
            }
        }
        if (hostEnd - pos < 1)
            return std::nullopt;
        u.host = s.sliced(pos, hostEnd - pos).toString();
        if (port)
            u.port = QString::number(*port);
        if (e == end)
            return u;
        pos = e;
    }
    qsizetype stop = end;
    if (const qsizetype h = s.sliced(pos).indexOf(QChar(u'#')); h >= 0) {
        stop = pos + h;
        u.fragment = present(s.sliced(stop + 1));
    }
    if (const qsizetype q = s.sliced(pos, stop - pos).indexOf(QChar(u'?')); q >= 0) {
        u.query = present(s.sliced(pos + q + 1, stop - pos - q - 1));
        stop = pos + q;
    }
    if (pos < stop || pos == end)
        u.path = present(s.sliced(pos, stop - pos));
    return u;
}

QString LinkProcessor::buildUrl(const Url &p) const
{
    QString out;
    if (!p.scheme.isNull())
        out += p.scheme + QChar(u':');
    if (!p.host.isNull())
        out += QStringLiteral("//");
    const QString pass = p.pass.isNull() ? QString() : QChar(u':') + p.pass;
    out += p.user;
    if (!p.user.isEmpty() || !pass.isEmpty())
        out += pass + QChar(u'@');
    out += p.host;
    if (!p.port.isNull())
        out += QChar(u':') + p.port;
    QString path = p.path;
    if (!p.params.isEmpty()) {
        QStringList parts;
        for (const auto &kv : p.params)
            parts.append(kv.first + m_ctx.paramSeparator + kv.second);
        path = trimmed(path, QChar(u'/'), false, true) + QChar(u'/') + parts.join(QChar(u'/'));
    }
    out += path;
    if (!p.query.isEmpty())
        out += QChar(u'?') + p.query;
    if (!p.fragment.isNull())
        out += QChar(u'#') + p.fragment;
    return out;
}

void LinkProcessor::convertUrl(Url &url, bool link)
{
    const QString baseUrl = trimmed(m_ctx.baseUrl, QChar(u'/'), false, true) + (link ? m_ctx.languagePrefix : QString());
    QString urlPath = url.path.isNull() ? QString(QStringLiteral("")) : url.path;
    const bool fsKnown = !m_ctx.pagesDir.isEmpty();
    if (url.scheme.startsWith(QStringLiteral("http"))) {
        // external: unchanged
    } else if (urlPath.isEmpty() && !url.fragment.isNull()) {
        // fragment only
    } else if (urlPath == QStringLiteral("/") || (!baseUrl.isEmpty() && urlPath.startsWith(baseUrl))) {
        urlPath = baseUrl + urlPath;
    } else {
        QString normalizedUrl, normalizedPath;
        if (urlPath.startsWith(QChar(u'/'))) {
            normalizedUrl = normalizePath(baseUrl + urlPath, m_ctx.themeName);
            normalizedPath = fsKnown ? normalizePath(m_ctx.pagesDir + urlPath, m_ctx.themeName) : QString();
        } else {
            const QString pageRoute = (m_ctx.home && !urlPath.isEmpty()) ? m_ctx.rawRoute : m_ctx.route;
            normalizedUrl
                = baseUrl + normalizePath(trimmed(pageRoute, QChar(u'/'), false, true) + QChar(u'/') + urlPath, m_ctx.themeName);
            QString pagePath = m_ctx.pagePath;
            if (pagePath.isEmpty() && fsKnown)
                pagePath = m_ctx.pagesDir + QChar(u'/') + m_ctx.relFolder;
            normalizedPath = pagePath.isEmpty() ? QString() : normalizePath(pagePath + QChar(u'/') + urlPath, m_ctx.themeName);
        }
        QString justPath = normalizedPath;
        if (!normalizedUrl.isEmpty()) {
            const int i = static_cast<int>(justPath.indexOf(normalizedUrl));
            if (i >= 0)
                justPath.remove(i, normalizedUrl.size());
        }
        const bool isOwn = !m_ctx.pagePath.isEmpty() && justPath == m_ctx.pagePath;
        if (normalizedUrl == QStringLiteral("/") || isOwn || normalizedPath.isEmpty()) {
            urlPath = normalizedUrl;
        } else {
            // Uri::parseUrl() of the file-system path: duplicate slashes folded, parameters split off
            static const QRegularExpression slashes(QStringLiteral("([^:])(\\/{2,})"));
            QString fsPath = normalizedPath;
            if (fsPath.contains(QLatin1String("//")))
                fsPath.replace(slashes, QStringLiteral("\\1/"));
            Url bits = parseUrl(fsPath, true).value_or(Url());
            if (bits.path.isNull())
                bits.path = QStringLiteral(""); // also when parse_url() fails: then no file is looked up
            if (!m_ctx.paramSeparator.isEmpty() && bits.path.contains(m_ctx.paramSeparator)) {
                const QString sep = m_ctx.paramSeparator;
                const QRegularExpression pr
                    = cachedRegex(QStringLiteral("\\/{1,}([^\\:\\#\\/\\?]*") + sep + QStringLiteral("[^\\:\\#\\/\\?]*)"));
                auto it = pr.globalMatch(bits.path);
                QString stripped = bits.path;
                while (it.hasNext()) {
                    const auto pm = it.next();
                    const QStringList kv = pm.captured(1).split(sep);
                    if (kv.size() == 2) {
                        bits.params.append({kv.at(0), rawUrlDecode(kv.at(1)).toHtmlEscaped()});
                        stripped.replace(pm.captured(0), QString());
                    }
                }
                bits.path = stripped;
            }
            QString fullPath = bits.path;
            const QString rawFull = rawUrlDecode(fullPath);
            PathKind kind = PathKind::Missing;
            if (!fullPath.isEmpty() && (kind = kindOf(rawFull)) != PathKind::Missing)
                fullPath = rawFull;
            else if (!fullPath.isEmpty() && rawFull != fullPath)
                kind = kindOf(fullPath);
            if (kind != PathKind::Missing) {
                QString pageFolder = dirName(fullPath);
                QString filename;
                if (urlPath == QStringLiteral("..")) {
                    pageFolder = fullPath;
                } else if (kind == PathKind::File) {
                    const QString base = baseName(fullPath);
                    const int dot = static_cast<int>(base.lastIndexOf(QChar(u'.')));
                    if (dot < 0 || base.mid(dot + 1) != QStringLiteral("md"))
                        filename = QChar(u'/') + base;
                } else {
                    pageFolder = fullPath;
                }
                const auto route = m_ctx.folderRoutes.constFind(pageFolder);
                if (route != m_ctx.folderRoutes.constEnd()) {
                    bits.path = baseUrl + trimmed(*route, QChar(u'/'), false, true) + filename;
                    urlPath = buildUrl(bits);
                } else if (!m_ctx.pagePath.isEmpty() && pageFolder == m_ctx.pagePath) {
                    bits.path = baseUrl + trimmed(m_ctx.route, QChar(u'/'), false, true) + filename;
                    urlPath = buildUrl(bits);
                } else {
                    urlPath = normalizedUrl;
                }
            } else {
                urlPath = normalizedUrl;
            }
        }
    }
    url.path = urlPath;
}

// Utils::multibyteParseUrl() (no parts at all when parse_url() fails), then Grav's streams (`user://x`,
// `theme://y`): the "host" is the first path segment.
static LinkProcessor::Url parseGravUrl(const QString &url)
{
    LinkProcessor::Url parts = LinkProcessor::parseUrl(url).value_or(LinkProcessor::Url());
    if (!parts.scheme.isNull() && streamPrefixes().contains(parts.scheme)) {
        if (!parts.host.isNull()) {
            parts.path = parts.host + (parts.path.isNull() ? QString() : QChar(u'/') + parts.path);
            parts.host = QString();
        }
        parts.stream = true;
    }
    return parts;
}

namespace {
// An absolute lower-case http(s) URL of a host name and a path of unreserved characters only (no user, port,
// query, fragment or escapes): Grav's processing gives it back as it is (multibyteParseUrl() leaves such
// characters alone, convertUrl() leaves http URLs alone, buildUrl() joins the same parts again).
bool plainWebUrl(const QString &url)
{
    const auto plain
        = [](char16_t c) { return (c >= u'a' && c <= u'z') || (c >= u'A' && c <= u'Z') || (c >= u'0' && c <= u'9'); };
    qsizetype i = url.startsWith(QLatin1String("https://")) ? 8 : url.startsWith(QLatin1String("http://")) ? 7 : 0;
    if (i == 0)
        return false;
    const qsizetype hostStart = i, n = url.size();
    while (i < n && (plain(url[i].unicode()) || url[i] == u'.' || url[i] == u'-'))
        ++i;
    if (i == hostStart || (i < n && url[i] != u'/'))
        return false;
    for (; i < n; ++i) {
        const char16_t c = url[i].unicode();
        if (!plain(c) && c != u'/' && c != u'.' && c != u'-' && c != u'_' && c != u'~')
            return false;
    }
    return true;
}
} // namespace

void LinkProcessor::processLink(Element &a, bool image)
{
    const QString hrefBytes = a.attribute(QStringLiteral("href"));
    if (plainWebUrl(hrefBytes))
        return;
    const QString href = textOf(hrefBytes);
    const QString url = specialCharsDecode(rawUrlDecode(href));
    Url parts = parseGravUrl(url);
    if (!parts.query.isNull()) {
        QVector<QPair<QString, QString>> actions; // value null: a parameter without '=' (PHP true)
        for (const QString &item : parts.query.split(QChar(u'&'))) {
            const int eq = static_cast<int>(item.indexOf(QChar(u'=')));
            const QString key = eq >= 0 ? item.left(eq) : item;
            const QString value = eq >= 0 ? rawUrlDecode(item.mid(eq + 1)) : QString();
            bool replaced = false;
            for (auto &kv : actions) {
                if (kv.first == key) {
                    kv.second = value;
                    replaced = true;
                }
            }
            if (!replaced)
                actions.append({key, value});
        }
        bool skipAll = false;
        QStringList skip;
        for (int i = 0; i < actions.size(); ++i) {
            if (actions.at(i).first == QStringLiteral("noprocess")) {
                if (actions.at(i).second.isNull())
                    skipAll = true; // Grav compares names loosely with `true`: everything matches
                else
                    skip = actions.at(i).second.split(QChar(u','));
                actions.remove(i);
                break;
            }
        }
        for (int i = 0; i < actions.size();) {
            const QString name = actions.at(i).first;
            if (!skipAll && !skip.contains(name) && m_ctx.validLinkAttributes.contains(name)) {
                const QString attr = name == QStringLiteral("classes") ? QStringLiteral("class") : name;
                const QString v = actions.at(i).second.isNull() ? QStringLiteral("1") : actions.at(i).second;
                a.setAttribute(bytesOf(attr), bytesOf(QString(v).replace(QChar(u','), QChar(u' '))));
                actions.remove(i);
                continue;
            }
            ++i;
        }
        QStringList q;
        for (const auto &kv : std::as_const(actions))
            q.append(rawUrlEncode(kv.first) + QChar(u'=') + (kv.second.isNull() ? QStringLiteral("1") : rawUrlEncode(kv.second)));
        parts.query = q.join(QChar(u'&'));
    }
    if (parts.query.isEmpty() || parts.query == QStringLiteral("0"))
        parts.query = QString();
    if (parts.path.isEmpty() || parts.path == QStringLiteral("0"))
        parts.path = QStringLiteral("");
    if (!parts.scheme.isEmpty() && parts.scheme != QStringLiteral("http") && parts.scheme != QStringLiteral("https")) {
        if (!image && isStream(url)) {
            parts.path = m_ctx.baseUrl + QChar(u'/') + findResource(url, m_ctx.themeName);
            parts.stream = false;
            parts.scheme = QString();
        }
        a.setAttribute(QStringLiteral("href"), bytesOf(buildUrl(parts)));
        return;
    }
    convertUrl(parts, !image);
    a.setAttribute(QStringLiteral("href"), bytesOf(buildUrl(parts)));
}

void LinkProcessor::processImage(Element &img)
{
    const QString url = specialCharsDecode(rawUrlDecode(textOf(img.attribute(QStringLiteral("src"))), true));
    Url parts = parseGravUrl(url);
    const FolderListing *listing = nullptr;
    QString folder, filename;
    if (parts.stream) {
        filename = parts.scheme + QStringLiteral("://") + parts.path;
        listing = &listingOf(m_ctx.pagePath);
        folder = m_ctx.pagePath;
    } else {
        const bool local = !parts.path.isNull()
            && (parts.scheme.isEmpty() || parts.scheme == QStringLiteral("http") || parts.scheme == QStringLiteral("https"))
            && (parts.host.isEmpty() || parts.host == m_ctx.siteHost);
        if (local) {
            filename = baseName(parts.path);
            const QString dir = dirName(parts.path);
            if (dir == QChar(u'/') + trimmed(trimmed(m_ctx.route, QChar(u'/'), true, true), QChar(u'/'), true, true)) {
                listing = &listingOf(m_ctx.pagePath);
                folder = m_ctx.pagePath;
            } else {
                const QString base = trimmed(m_ctx.baseUrl, QChar(u'/'), false, true);
                QString route = base.isEmpty() ? dir : QString(dir).replace(base, QString());
                route = QChar(u'/') + trimmed(route, QChar(u'/'), true, false);
                QString found = m_ctx.routeFolders.value(route);
                if (found.isEmpty())
                    found = m_ctx.routeFolders.value(trimmed(route, QChar(u'/'), false, true));
                if (!found.isEmpty()) {
                    listing = &listingOf(found);
                    folder = found;
                }
            }
        }
    }
    if (listing && !folder.isEmpty() && listing->media.contains(filename)) {
        mediumElement(img, listing->media.value(filename), *listing, folder, filename, parts);
        return;
    }
    img.setAttribute(QStringLiteral("src"), bytesOf(buildUrl(parts)));
}

namespace {

// A cleaned absolute path: what is there?
bool exists(const QString &path)
{
    return pathKind(path) != PathKind::Missing;
}

// Grav's parameters (`/key:value` segments) taken off a path.
QString withoutParams(const QString &path, const QString &sep)
{
    if (sep.isEmpty() || !path.contains(sep))
        return path;
    QStringList kept;
    const QStringList segments = path.split(QChar(u'/'));
    for (const QString &seg : segments)
        if (!seg.contains(sep))
            kept.append(seg);
    return kept.join(QChar(u'/'));
}

QString relativeTo(const QString &base, const QString &path)
{
    return path.startsWith(base + QChar(u'/')) ? path.mid(base.size() + 1) : path;
}

} // namespace

LinkCheck checkLinkTarget(const QString &written, const LinkTargets &site, const QString &pagePath, const QString &pageRoute)
{
    LinkCheck out;
    QString url = written.trimmed();
    if (url.startsWith(QChar(u'<')) && url.endsWith(QChar(u'>')))
        url = url.mid(1, url.size() - 2);
    if (url.isEmpty() || url.startsWith(QChar(u'#')) || url.startsWith(QLatin1String("//")) || url.contains(QLatin1String("{{"))
        || url.contains(QLatin1String("{%")))
        return out;
    const bool stream = isStream(url);
    if (!stream && schemeLength(url) >= 0)
        return out; // http:, mailto:, tel:, data:, and any other scheme
    // the fragment and query are not part of the target
    if (const qsizetype cut = url.indexOf(QRegularExpression(QStringLiteral("[?#]"))); cut >= 0)
        url.truncate(cut);
    url = rawUrlDecode(url);
    if (url.isEmpty())
        return out;
    if (stream) {
        QString resource = findResource(url, site.themeName);
        QString path;
        if (resource == QLatin1String("user") || resource.startsWith(QLatin1String("user/")))
            path = site.userDir.isEmpty() ? QString() : site.userDir + resource.mid(4);
        else if (!site.gravRoot.isEmpty())
            path = site.gravRoot + QChar(u'/') + resource;
        if (path.isEmpty())
            return out;
        path = QDir::cleanPath(path);
        out.target = url;
        out.status = exists(path) ? LinkCheck::Found : LinkCheck::Missing;
        return out;
    }
    url = withoutParams(url, site.paramSeparator);
    const auto routeFound = [&](QString route) {
        while (route.size() > 1 && route.endsWith(QChar(u'/')))
            route.chop(1);
        if (route.isEmpty() || route == QLatin1String("/"))
            return true;
        if (site.routeFolders.contains(route) || site.routeFolders.contains(route.toLower()))
            return true;
        // a page's medium by its route
        const auto folder = site.routeFolders.constFind(dirName(route));
        return folder != site.routeFolders.cend() && exists(*folder + QChar(u'/') + baseName(route));
    };
    if (url.startsWith(QChar(u'/'))) {
        QString route = url;
        const QString base = trimmed(site.baseUrl, QChar(u'/'), false, true);
        if (!base.isEmpty() && (route == base || route.startsWith(base + QChar(u'/'))))
            route = route.mid(base.size());
        if (route.isEmpty())
            route = QStringLiteral("/");
        out.target = route;
        const qsizetype second = route.indexOf(QChar(u'/'), 1);
        const QString first = route.mid(1, second < 0 ? -1 : second - 1);
        if (site.languages.contains(first))
            route = second < 0 ? QStringLiteral("/") : route.mid(second);
        const QString fsPath = QDir::cleanPath(site.pagesDir + route);
        const bool found = routeFound(route) || exists(fsPath)
            || (!site.gravRoot.isEmpty() && exists(QDir::cleanPath(site.gravRoot + out.target)));
        out.status = found ? LinkCheck::Found : LinkCheck::Missing;
        return out;
    }
    // relative: a file or folder next to the page, else a route below the page's route
    const QString fsPath = QDir::cleanPath(pagePath + QChar(u'/') + url);
    out.target = relativeTo(site.pagesDir, fsPath);
    if (exists(fsPath)) {
        out.status = LinkCheck::Found;
        return out;
    }
    const QString route = normalizePath(trimmed(pageRoute, QChar(u'/'), false, true) + QChar(u'/') + url, site.themeName);
    out.status = routeFound(route.startsWith(QChar(u'/')) ? route : QChar(u'/') + route) ? LinkCheck::Found : LinkCheck::Missing;
    return out;
}

} // namespace GravDesk::Markdown
