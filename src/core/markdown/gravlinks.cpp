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

// PHP's parse_url() for the shapes that occur in page links (scheme, authority, path, query, fragment).
static LinkProcessor::Url parseUrl(const QString &s);

LinkProcessor::LinkProcessor(LinkContext context)
    : m_ctx(std::move(context))
{
    if (m_ctx.pageListing && !m_ctx.pagePath.isEmpty())
        m_listings.insert(m_ctx.pagePath, m_ctx.pageListing);
}

const FolderListing &LinkProcessor::listingOf(const QString &folder)
{
    auto it = m_listings.find(folder);
    if (it == m_listings.end()) {
        static const auto none = std::make_shared<const FolderListing>();
        it = m_listings.insert(folder, m_ctx.folders ? m_ctx.folders->listing(folder) : none);
    }
    return **it;
}

static LinkProcessor::Url parseUrl(const QString &s)
{
    LinkProcessor::Url u;
    QString rest = s;
    if (const qsizetype n = schemeLength(rest); n >= 0) {
        u.scheme = rest.left(n);
        rest = rest.mid(n + 1);
    }
    if (rest.startsWith(QStringLiteral("//"))) {
        rest = rest.mid(2);
        int end = static_cast<int>(rest.size());
        for (QChar c : {QChar(u'/'), QChar(u'?'), QChar(u'#')}) {
            const int i = static_cast<int>(rest.indexOf(c));
            if (i >= 0 && i < end)
                end = i;
        }
        QString auth = rest.left(end);
        rest = rest.mid(end);
        const int at = static_cast<int>(auth.lastIndexOf(QChar(u'@')));
        if (at >= 0) {
            const QString ui = auth.left(at);
            const int colon = static_cast<int>(ui.indexOf(QChar(u':')));
            u.user = colon >= 0 ? ui.left(colon) : ui;
            if (colon >= 0)
                u.pass = ui.mid(colon + 1);
            auth = auth.mid(at + 1);
        }
        const int colon = static_cast<int>(auth.lastIndexOf(QChar(u':')));
        if (colon >= 0 && !auth.contains(QChar(u']'))) {
            u.port = auth.mid(colon + 1);
            auth = auth.left(colon);
            if (u.port.isEmpty())
                u.port = QString();
        }
        u.host = auth;
    }
    const int hash = static_cast<int>(rest.indexOf(QChar(u'#')));
    if (hash >= 0) {
        u.fragment = rest.mid(hash + 1);
        rest = rest.left(hash);
    }
    const int q = static_cast<int>(rest.indexOf(QChar(u'?')));
    if (q >= 0) {
        u.query = rest.mid(q + 1);
        rest = rest.left(q);
    }
    if (!rest.isEmpty())
        u.path = rest;
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
            Url bits = parseUrl(fsPath);
            if (bits.path.isNull())
                bits.path = QStringLiteral("");
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
            bool exists = false;
            if (!fullPath.isEmpty() && QFileInfo::exists(rawFull)) {
                fullPath = rawFull;
                exists = true;
            } else if (!fullPath.isEmpty() && rawFull != fullPath && QFileInfo::exists(fullPath)) {
                exists = true;
            }
            if (exists) {
                QString pageFolder = dirName(fullPath);
                QString filename;
                const QFileInfo fi(fullPath);
                if (urlPath == QStringLiteral("..")) {
                    pageFolder = fullPath;
                } else if (fi.isFile()) {
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

// parse_url(), then Grav's streams (`user://x`, `theme://y`): the "host" is the first path segment.
static LinkProcessor::Url parseGravUrl(const QString &url)
{
    LinkProcessor::Url parts = parseUrl(url);
    if (!parts.scheme.isNull() && streamPrefixes().contains(parts.scheme)) {
        if (!parts.host.isNull()) {
            parts.path = parts.host + (parts.path.isNull() ? QString() : QChar(u'/') + parts.path);
            parts.host = QString();
        }
        parts.stream = true;
    }
    return parts;
}

void LinkProcessor::processLink(Element &a, bool image)
{
    const QString href = textOf(a.attribute(QStringLiteral("href")));
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

} // namespace GravDesk::Markdown
