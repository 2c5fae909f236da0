#include "site/pagelinks.h"

#include "io/safefile.h"
#include "markdown/gravlinks.h"
#include "page/envelope.h"
#include "site/pageindex.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>
#include <QThread>
#include <QThreadPool>
#include <QUrl>
#include <QtConcurrent>

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cerrno>

namespace GravDesk {
namespace {

using Markdown::LinkContext;
using Markdown::LinkProcessor;

// One path segment as written and as it reads (percent-decoded).
struct Segment
{
    QString raw;
    QString text;
};
using Segments = QList<Segment>;

Segments segmentsOf(const QString &path)
{
    Segments out;
    for (const QString &s : path.split(QLatin1Char('/'), Qt::SkipEmptyParts))
        out.append({s, QUrl::fromPercentEncoding(s.toUtf8())});
    return out;
}

Segments plainSegments(const QString &path)
{
    Segments out;
    for (const QString &s : path.split(QLatin1Char('/'), Qt::SkipEmptyParts))
        out.append({s, s});
    return out;
}

// @p base followed by @p rel with "." and ".." resolved; false when ".." climbs above the root.
bool resolved(const Segments &base, const Segments &rel, Segments &out)
{
    out = base;
    for (const Segment &s : rel) {
        if (s.text == QLatin1String("."))
            continue;
        if (s.text == QLatin1String("..")) {
            if (out.isEmpty())
                return false;
            out.removeLast();
            continue;
        }
        out.append(s);
    }
    return true;
}

// True when @p path starts with @p prefix, segment by segment (by what they read).
bool startsWith(const Segments &path, const Segments &prefix)
{
    if (path.size() < prefix.size())
        return false;
    for (qsizetype i = 0; i < prefix.size(); ++i) {
        if (path.at(i).text != prefix.at(i).text)
            return false;
    }
    return true;
}

QString joined(const Segments &s)
{
    QStringList parts;
    for (const Segment &x : s)
        parts.append(x.raw);
    return parts.join(QLatin1Char('/'));
}

// The relative path from folder @p from to @p to.
QString relative(const Segments &from, const Segments &to)
{
    qsizetype common = 0;
    while (common < from.size() && common < to.size() && from.at(common).text == to.at(common).text)
        ++common;
    QStringList parts;
    for (qsizetype i = common; i < from.size(); ++i)
        parts.append(QStringLiteral(".."));
    for (qsizetype i = common; i < to.size(); ++i)
        parts.append(to.at(i).raw);
    return parts.isEmpty() ? QStringLiteral(".") : parts.join(QLatin1Char('/'));
}

bool hasScheme(const QString &url)
{
    static const QRegularExpression scheme(QStringLiteral("^[a-zA-Z][a-zA-Z0-9+.-]*:"));
    return url.startsWith(QLatin1String("//")) || scheme.match(url).hasMatch();
}

// A link target found in a file: byte offsets of the target text.
struct Found
{
    qsizetype start = 0;
    qsizetype end = 0;
    bool image = false;
    bool header = false;
};

int lineAt(const QByteArray &bytes, qsizetype offset)
{
    return int(bytes.left(offset).count('\n')) + 1;
}

// Link targets of the Markdown body from @p from on (fenced code skipped).
void bodyLinks(const QByteArray &bytes, qsizetype from, QList<Found> &out)
{
    static const QRegularExpression refDef(QStringLiteral("^ {0,3}\\[(?:[^\\]\\\\]|\\\\.)+\\]:[ \\t]*<?([^\\s>]+)"));
    static const QRegularExpression attr(
        QStringLiteral("\\b(?:href|src)\\s*=\\s*(?:\"([^\"]*)\"|'([^']*)')"), QRegularExpression::CaseInsensitiveOption);
    QByteArray fence;
    qsizetype pos = from;
    while (pos < bytes.size()) {
        qsizetype eol = bytes.indexOf('\n', pos);
        if (eol < 0)
            eol = bytes.size();
        const QByteArray line = bytes.mid(pos, eol - pos);
        const QByteArray trimmed = line.trimmed();
        if (!fence.isEmpty()) {
            if (trimmed.startsWith(fence) && trimmed.count(fence.at(0)) == trimmed.size())
                fence.clear();
            pos = eol + 1;
            continue;
        }
        if (trimmed.startsWith("```") || trimmed.startsWith("~~~")) {
            qsizetype n = 0;
            while (n < trimmed.size() && trimmed.at(n) == trimmed.at(0))
                ++n;
            fence = trimmed.left(n);
            pos = eol + 1;
            continue;
        }
        const QString text = QString::fromLatin1(line); // byte offsets = character offsets
        // inside a code span: an odd number of backticks before it on the line
        const auto inCode = [&](qsizetype at) { return line.left(at).count('`') % 2 == 1; };
        if (const auto m = refDef.match(text); m.hasMatch())
            out.append({pos + m.capturedStart(1), pos + m.capturedEnd(1), false, false});
        for (qsizetype i = line.indexOf("]("); i >= 0; i = line.indexOf("](", i + 2)) {
            if (inCode(i))
                continue;
            qsizetype s = i + 2;
            while (s < line.size() && (line.at(s) == ' ' || line.at(s) == '\t'))
                ++s;
            qsizetype e = s;
            if (s < line.size() && line.at(s) == '<') {
                ++s;
                e = line.indexOf('>', s);
                if (e < 0)
                    continue;
            } else {
                int depth = 0;
                while (e < line.size()) {
                    const char c = line.at(e);
                    if (c == ' ' || c == '\t' || (c == ')' && depth == 0))
                        break;
                    depth += c == '(' ? 1 : c == ')' ? -1 : 0;
                    ++e;
                }
            }
            if (e <= s)
                continue;
            // the label's opening bracket: an image when a '!' stands before it
            qsizetype b = pos + i - 1;
            int nesting = 0;
            while (b >= from && b > pos + i - 2000) {
                const char c = bytes.at(b);
                if (c == ']' && (b == 0 || bytes.at(b - 1) != '\\'))
                    ++nesting;
                else if (c == '[' && (b == 0 || bytes.at(b - 1) != '\\')) {
                    if (nesting == 0)
                        break;
                    --nesting;
                }
                --b;
            }
            const bool image = b > from && bytes.at(b) == '[' && bytes.at(b - 1) == '!';
            out.append({pos + s, pos + e, image, false});
        }
        for (auto it = attr.globalMatch(text); it.hasNext();) {
            const auto m = it.next();
            const int group = m.capturedStart(1) >= 0 ? 1 : 2;
            if (m.capturedLength(group) > 0 && !inCode(m.capturedStart(0)))
                out.append({pos + m.capturedStart(group), pos + m.capturedEnd(group),
                    m.captured(0).startsWith(QLatin1String("src"), Qt::CaseInsensitive), false});
        }
        pos = eol + 1;
    }
}

// Header values that name paths: `key: value`, `- value`, quoted or not; media_order lists split at commas.
void headerLinks(const QByteArray &bytes, qsizetype end, QList<Found> &out)
{
    static const QRegularExpression value(
        QStringLiteral("^(\\s*(?:-\\s+)?([A-Za-z0-9_.-]+):\\s+|\\s*-\\s+)(['\"]?)([^'\"#]+?)\\3\\s*(?:#.*)?$"));
    qsizetype pos = 0;
    while (pos < end) {
        qsizetype eol = bytes.indexOf('\n', pos);
        if (eol < 0 || eol > end)
            eol = end;
        QByteArray line = bytes.mid(pos, eol - pos);
        if (line.endsWith('\r'))
            line.chop(1);
        const QString text = QString::fromLatin1(line);
        const auto m = value.match(text);
        if (m.hasMatch() && line.trimmed() != "---") {
            const QString v = m.captured(4);
            const bool list = m.captured(2) == QLatin1String("media_order");
            qsizetype at = m.capturedStart(4);
            for (const QString &part : list ? v.split(QLatin1Char(',')) : QStringList {v}) {
                const QString item = part.trimmed();
                const qsizetype s = at + part.indexOf(item);
                if (!item.isEmpty() && !item.contains(QLatin1Char(' ')) && (item.contains(QLatin1Char('/'))))
                    out.append({pos + s, pos + s + item.size(), true, true});
                at += part.size() + 1;
            }
        }
        pos = eol + 1;
    }
}

} // namespace

struct LinkRewriter::Private
{
    const PageIndex &index;
    QString pagesDir; ///< canonical
    QString givenPagesDir; ///< as the index has it (clean)
    QStringList languages; ///< "" alone on a site without languages
    QHash<QString, QStringList> routes; ///< language → route of every node
    QHash<QString, QHash<QString, QString>> folderRoutes; ///< language → canonical folder → route
    QHash<QString, QHash<QString, QString>> routeFolders;
    std::unique_ptr<Markdown::FolderCache> folders;

    explicit Private(const PageIndex &i)
        : index(i)
    { }

    QString languageOf(const QString &fileName, int node) const
    {
        for (const PageVariant &v : index.nodes[node].variants) {
            if (v.fileName == fileName)
                return v.language.isEmpty() && !languages.first().isEmpty() ? index.config.defaultLanguage() : v.language;
        }
        return languages.first().isEmpty() ? QString() : index.config.defaultLanguage();
    }

    // The rel path (below the pages folder) of an absolute folder given with the index's pages folder.
    QString relOf(const QString &absolute) const
    {
        const QString clean = QDir::cleanPath(absolute);
        if (clean == givenPagesDir)
            return {};
        if (clean.startsWith(givenPagesDir + QLatin1Char('/')))
            return clean.mid(givenPagesDir.size() + 1);
        if (clean.startsWith(pagesDir + QLatin1Char('/')))
            return clean.mid(pagesDir.size() + 1);
        return clean;
    }

    // Where Grav takes a link of page @p node in @p lang: its route with the language prefix and base cut off
    // (null when it leaves the site's pages).
    QString gate(int node, const QString &lang, const QString &url, bool image) const
    {
        LinkContext ctx;
        ctx.pagesDir = pagesDir;
        ctx.relFolder = index.nodes[node].relPath;
        ctx.pagePath = ctx.relFolder.isEmpty() ? pagesDir : pagesDir + QLatin1Char('/') + ctx.relFolder;
        ctx.route = routes.value(lang).value(node);
        ctx.rawRoute = ctx.route;
        ctx.languagePrefix = lang.isEmpty() ? QString() : QLatin1Char('/') + lang;
        ctx.paramSeparator = index.config.paramSeparator();
        ctx.folderRoutes = folderRoutes.value(lang);
        ctx.routeFolders = routeFolders.value(lang);
        ctx.mediaExtensions = index.config.mediaExtensions();
        ctx.folders = folders.get();
        LinkProcessor processor(std::move(ctx));
        Markdown::Element a;
        a.name = QStringLiteral("a");
        a.setAttribute(QStringLiteral("href"), Markdown::bytesOf(url.toHtmlEscaped()));
        processor.processLink(a, image);
        QString out = Markdown::textOf(a.attribute(QStringLiteral("href")));
        if (hasScheme(out))
            return {};
        const qsizetype cut = out.indexOf(QRegularExpression(QStringLiteral("[?#]")));
        if (cut >= 0)
            out.truncate(cut);
        // Grav puts the page's language in front of a link that already names one (`/ru/news/x` becomes
        // `/ru/ru/news/x`): the link still means the page its author named, so both prefixes go.
        for (int round = 0; round < 2; ++round) {
            for (const QString &l : languages) {
                if (!l.isEmpty() && (out == QLatin1Char('/') + l || out.startsWith(QLatin1Char('/') + l + QLatin1Char('/')))) {
                    out.remove(0, l.size() + 1);
                    break;
                }
            }
        }
        return out.isEmpty() ? QStringLiteral("/") : out;
    }
};

LinkRewriter::LinkRewriter(const PageIndex &index)
    : d(std::make_unique<Private>(index))
{
    d->givenPagesDir = QDir::cleanPath(index.layout.pagesDir);
    d->pagesDir = QFileInfo(d->givenPagesDir).canonicalFilePath();
    if (d->pagesDir.isEmpty())
        d->pagesDir = d->givenPagesDir;
    d->languages = index.config.languages();
    if (d->languages.isEmpty())
        d->languages.append(QString());
    d->folders = std::make_unique<Markdown::FolderCache>(index.config.mediaExtensions());
    d->folders->setSnapshot(true);
    for (const QString &lang : std::as_const(d->languages)) {
        const QStringList routes = index.routes(lang);
        d->routes.insert(lang, routes);
        QHash<QString, QString> folders, byRoute;
        folders.reserve(index.size());
        byRoute.reserve(index.size());
        for (int n = 1; n < index.size(); ++n) {
            const QString folder = d->pagesDir + QLatin1Char('/') + index.nodes[n].relPath;
            folders.insert(folder, routes.at(n));
            const auto it = byRoute.constFind(routes.at(n));
            if (it == byRoute.constEnd() || folder < *it)
                byRoute.insert(routes.at(n), folder);
        }
        d->folderRoutes.insert(lang, folders);
        d->routeFolders.insert(lang, byRoute);
    }
}

LinkRewriter::~LinkRewriter() = default;

QHash<QString, QString> LinkRewriter::routesOf(int node) const
{
    QHash<QString, QString> out;
    for (const QString &lang : std::as_const(d->languages))
        out.insert(lang, d->routes.value(lang).value(node));
    return out;
}

int LinkRewriter::pageAt(const QString &language, const QString &route) const
{
    const QString folder = d->routeFolders.value(language).value(route);
    if (folder.isEmpty())
        return -1;
    return d->index.findByRelPath(folder.mid(d->pagesDir.size() + 1));
}

QHash<QString, QString> LinkRewriter::routesAt(int node, int parent, const QString &folderName) const
{
    static const QRegularExpression prefix(QStringLiteral("^\\d+\\."));
    QString folderSlug = QString(folderName).remove(prefix);
    if (folderSlug.startsWith(QLatin1Char('_')))
        folderSlug.remove(0, 1);
    const bool lower = d->index.config.forceLowercaseUrls();
    if (lower)
        folderSlug = folderSlug.toLower();
    QHash<QString, QString> out;
    for (const QString &lang : std::as_const(d->languages)) {
        const QString parentRoute = parent > 0 ? d->routes.value(lang).value(parent) : QString();
        const PageVariant *v = d->index.variantFor(node, lang);
        QString slug = v && !v->slug.isEmpty() ? (lower ? v->slug.toLower() : v->slug) : folderSlug;
        out.insert(lang, parentRoute + QLatin1Char('/') + slug);
    }
    return out;
}

PageLinkEdit LinkRewriter::rewrite(int node, const QString &fileName, const QByteArray &bytes, const QList<PageMove> &moves) const
{
    PageLinkEdit edit;
    const PageNode &page = d->index.nodes[node];
    edit.path = d->index.filePath(node, fileName);
    edit.before = bytes;
    const QString lang = d->languageOf(fileName, node);

    // Where this file is now and will be: inside a moved folder it moves along.
    const Segments folderNow = plainSegments(page.relPath);
    Segments folderAfter = folderNow;
    const PageMove *carrier = nullptr;
    Segments routeNow = plainSegments(d->routes.value(lang).value(node));
    Segments routeAfter = routeNow;
    struct Move
    {
        Segments oldFolder, newFolder;
        QHash<QString, Segments> oldRoutes, newRoutes;
    };
    QList<Move> ms;
    for (const PageMove &m : moves) {
        Move x;
        x.oldFolder = plainSegments(d->relOf(m.oldFolder));
        x.newFolder = plainSegments(d->relOf(m.newFolder));
        for (auto it = m.oldRoutes.cbegin(); it != m.oldRoutes.cend(); ++it)
            x.oldRoutes.insert(it.key(), plainSegments(*it));
        for (auto it = m.newRoutes.cbegin(); it != m.newRoutes.cend(); ++it)
            x.newRoutes.insert(it.key(), plainSegments(*it));
        if (!carrier && startsWith(folderNow, x.oldFolder)) {
            carrier = &m;
            folderAfter = x.newFolder + folderNow.mid(x.oldFolder.size());
            const Segments oldRoute = x.oldRoutes.value(lang), newRoute = x.newRoutes.value(lang);
            if (startsWith(routeNow, oldRoute))
                routeAfter = newRoute + routeNow.mid(oldRoute.size());
        }
        ms.append(x);
    }

    const Envelope env = splitEnvelope(bytes);
    QList<Found> found;
    if (env.hasHeader)
        headerLinks(bytes, env.bodyOffset, found);
    bodyLinks(bytes, env.hasHeader ? env.bodyOffset : 0, found);

    struct Replacement
    {
        qsizetype start, end;
        QByteArray text;
    };
    QList<Replacement> replacements;
    for (const Found &f : std::as_const(found)) {
        const QString target = QString::fromUtf8(bytes.mid(f.start, f.end - f.start));
        if (target.isEmpty() || target.startsWith(QLatin1Char('#')) || hasScheme(target))
            continue;
        const qsizetype cut = target.indexOf(QRegularExpression(QStringLiteral("[?#]")));
        const QString path = cut < 0 ? target : target.left(cut);
        const QString suffix = cut < 0 ? QString() : target.mid(cut);
        if (path.isEmpty())
            continue;
        const bool trailingSlash = path.size() > 1 && path.endsWith(QLatin1Char('/'));
        const bool absolute = path.startsWith(QLatin1Char('/'));
        Segments segs = segmentsOf(path);
        QString langSegment;
        if (absolute && !segs.isEmpty() && d->languages.contains(segs.first().text) && !segs.first().text.isEmpty()) {
            langSegment = segs.first().raw;
            segs.removeFirst();
        }

        // Where Grav takes the link now, and which moved page (if any) that lies in: by the folders it names,
        // or by a route Grav serves that page at (of two pages sharing a route, Grav serves one).
        const QString gate = d->gate(node, lang, target, f.image);
        if (gate.isNull() && !carrier)
            continue;
        const Segments gateRoute = plainSegments(gate);
        Segments fsTarget;
        const bool fsKnown = absolute ? resolved({}, segs, fsTarget) : resolved(folderNow, segs, fsTarget);
        QString after;
        bool hit = false;
        for (const Move &m : std::as_const(ms)) {
            const bool servedHere = !gate.isNull()
                && std::any_of(m.oldRoutes.cbegin(), m.oldRoutes.cend(),
                    [&](const Segments &r) { return !r.isEmpty() && startsWith(gateRoute, r); });
            if (!servedHere)
                continue;
            if (fsKnown && startsWith(fsTarget, m.oldFolder)) {
                const Segments moved = m.newFolder + fsTarget.mid(m.oldFolder.size());
                after = absolute
                    ? QLatin1Char('/') + (langSegment.isEmpty() ? QString() : langSegment + QLatin1Char('/')) + joined(moved)
                    : relative(folderAfter, moved);
                hit = true;
                break;
            }
            Segments abs;
            if (!resolved(absolute ? Segments() : routeNow, segs, abs))
                continue;
            for (const QString &l : d->languages) {
                const Segments oldRoute = m.oldRoutes.value(l);
                if (oldRoute.isEmpty() || !startsWith(abs, oldRoute) || !startsWith(gateRoute, oldRoute)
                    || d->routeFolders.value(l).value(QLatin1Char('/') + joined(oldRoute))
                        != d->pagesDir + QLatin1Char('/') + joined(m.oldFolder))
                    continue;
                const Segments moved = m.newRoutes.value(l) + abs.mid(oldRoute.size());
                after = absolute
                    ? QLatin1Char('/') + (langSegment.isEmpty() ? QString() : langSegment + QLatin1Char('/')) + joined(moved)
                    : relative(routeAfter, moved);
                hit = true;
                break;
            }
            if (!hit && std::any_of(m.oldRoutes.cbegin(), m.oldRoutes.cend(), [&](const Segments &r) {
                    for (const QString &l : d->languages) {
                        if (d->routeFolders.value(l).value(QLatin1Char('/') + joined(r))
                            == d->pagesDir + QLatin1Char('/') + joined(m.oldFolder))
                            return true;
                    }
                    return false;
                }))
                edit.unchanged.append({lineAt(bytes, f.start), target, QString()});
            break;
        }
        if (hit) {
            // rewritten above
        } else if (carrier && !absolute) {
            // A file that moves: its relative links to pages that stay now start from elsewhere.
            Segments abs;
            if (resolved(folderNow, segs, abs) && !abs.isEmpty()) {
                const QString fsTarget = d->pagesDir + QLatin1Char('/') + joined(abs);
                if (QFileInfo::exists(fsTarget))
                    after = relative(folderAfter, abs);
            }
            if (after.isEmpty() && resolved(routeNow, segs, abs) && !abs.isEmpty()
                && d->routeFolders.value(lang).contains(QLatin1Char('/') + joined(abs)))
                after = relative(routeAfter, abs);
            if (after.isEmpty())
                continue;
        } else {
            continue;
        }
        if (trailingSlash && !after.endsWith(QLatin1Char('/')))
            after += QLatin1Char('/');
        after += suffix;
        if (after == target)
            continue;
        edit.changes.append({lineAt(bytes, f.start), target, after});
        replacements.append({f.start, f.end, after.toUtf8()});
    }
    std::sort(
        replacements.begin(), replacements.end(), [](const Replacement &a, const Replacement &b) { return a.start > b.start; });
    edit.after = bytes;
    qsizetype last = bytes.size() + 1;
    for (const Replacement &r : std::as_const(replacements)) {
        if (r.end > last)
            continue; // overlapping finds (an HTML attribute inside a link): the first one wins
        edit.after.replace(r.start, r.end - r.start, r.text);
        last = r.start;
    }
    return edit;
}

QList<PageLinkEdit> LinkRewriter::edits(const QList<PageMove> &moves) const
{
    // A link into a moved page names its folder or its slug: files without one of those are not parsed.
    QList<QByteArray> needles;
    QStringList movedRel;
    for (const PageMove &m : moves) {
        QStringList words {QFileInfo(m.oldFolder).fileName()};
        for (const QString &r : m.oldRoutes)
            words.append(r.section(QLatin1Char('/'), -1));
        for (const QString &w : std::as_const(words)) {
            if (w.isEmpty())
                continue;
            const QByteArray utf8 = w.toUtf8();
            if (!needles.contains(utf8))
                needles.append(utf8);
            const QByteArray encoded = utf8.toPercentEncoding();
            if (encoded != utf8 && !needles.contains(encoded))
                needles.append(encoded);
        }
        movedRel.append(d->relOf(m.oldFolder));
    }
    // One job per page folder: its files are opened relative to the folder (one path lookup per folder), read
    // into a buffer the thread keeps, and searched for the needles; only the files that hold one are read
    // again as page files and parsed.
    struct Job
    {
        int node;
        bool inside;
    };
    QList<Job> jobs;
    for (int n = 1; n < d->index.size(); ++n) {
        const PageNode &page = d->index.nodes[n];
        if (page.variants.isEmpty())
            continue;
        bool inside = false;
        for (const QString &rel : std::as_const(movedRel))
            inside = inside || page.relPath == rel || page.relPath.startsWith(rel + QLatin1Char('/'));
        jobs.append({n, inside});
    }
    const std::function<QList<PageLinkEdit>(const Job &)> one = [&](const Job &job) {
        QList<PageLinkEdit> found;
        const PageNode &page = d->index.nodes[job.node];
        const int folder
            = ::open(QFile::encodeName(d->index.absolutePath(job.node)).constData(), O_RDONLY | O_DIRECTORY | O_CLOEXEC);
        if (folder < 0)
            return found;
        thread_local QByteArray buffer;
        for (const PageVariant &v : page.variants) {
            bool candidate = job.inside;
            if (!candidate) {
                const int fd = ::openat(folder, QFile::encodeName(v.fileName).constData(), O_RDONLY | O_NONBLOCK | O_CLOEXEC);
                if (fd < 0)
                    continue;
                struct stat st;
                if (::fstat(fd, &st) != 0 || !S_ISREG(st.st_mode) || st.st_size > kMaxPageFileBytes) {
                    ::close(fd);
                    continue;
                }
                if (buffer.size() < st.st_size + 1)
                    buffer.resize(qsizetype(st.st_size) + 4096);
                qsizetype done = 0;
                ssize_t n;
                while (done < buffer.size() && (n = ::read(fd, buffer.data() + done, size_t(buffer.size() - done))) != 0) {
                    if (n < 0 && errno == EINTR)
                        continue;
                    if (n < 0)
                        break;
                    done += n;
                }
                ::close(fd);
                const QByteArrayView bytes(buffer.constData(), done);
                for (qsizetype i = 0; !candidate && i < needles.size(); ++i)
                    candidate = bytes.contains(needles.at(i));
            }
            if (!candidate)
                continue;
            const FileRead read = readRegularFile(d->index.filePath(job.node, v.fileName));
            if (read.ok)
                found.append(rewrite(job.node, v.fileName, read.bytes, moves));
        }
        ::close(folder);
        return found;
    };
    // Mostly system calls: more threads than cores.
    QThreadPool pool;
    pool.setMaxThreadCount(std::max(4, 2 * QThread::idealThreadCount()));
    QList<PageLinkEdit> all;
    for (const QList<PageLinkEdit> &edits : QtConcurrent::blockingMapped(&pool, jobs, one))
        all += edits;
    QList<PageLinkEdit> out;
    for (const PageLinkEdit &e : all) {
        if (!e.changes.isEmpty() || !e.unchanged.isEmpty())
            out.append(e);
    }
    return out;
}

} // namespace GravDesk
