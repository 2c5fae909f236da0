// Page media: which files of a folder Grav treats as media, and the element Grav writes for one
// (MediaObjectTrait::parsedownElement), with image actions listed instead of executed.
#include "markdown/gravlinks.h"
#include "site/pageindex.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>

#ifdef Q_OS_UNIX
#include <sys/stat.h>
#endif

#include <yaml-cpp/yaml.h>

namespace GravDesk::Markdown {

namespace {
QString trimmed(QString s, QChar c, bool left, bool right)
{
    while (right && s.endsWith(c))
        s.chop(1);
    while (left && s.startsWith(c))
        s.remove(0, 1);
    return s;
}

// The folder's entries, and its media as Grav's Media class finds them: regular files (or links to them) but
// Markdown files, dot files, frontmatter.yaml and media.json, with @2x alternatives; side files; frontmatter.yaml.
FolderListing readListing(const QString &folder, const QStringList &mediaExtensions)
{
    FolderListing listing;
    listing.found = true;
    const QVector<FolderEntry> all = GravDesk::listFolder(folder);
    const QFileInfo self(folder);
    listing.readable = !all.isEmpty() || (self.isDir() && self.isReadable());
    listing.entries.reserve(all.size());
    QHash<QString, QString> &media = listing.media;
    const QString prefix = folder.endsWith(QChar(u'/')) ? folder : folder + QChar(u'/');
    static const QRegularExpression retina(QStringLiteral("^(.*)@(\\d+)x\\.(.*)$"));
    for (const FolderEntry &e : all) {
        listing.entries.insert(e.name, e.isDir ? PathKind::Folder : e.isFile ? PathKind::File : PathKind::Other);
        if (!e.isFile)
            continue;
        const QString &fn = e.name;
        if (fn.endsWith(QStringLiteral(".meta.yaml")))
            listing.metaFiles.insert(fn);
        if (fn == QStringLiteral("frontmatter.yaml"))
            listing.hasFrontmatter = true;
        if (fn.startsWith(QChar(u'.')) || fn == QStringLiteral("frontmatter.yaml") || fn == QStringLiteral("media.json")
            || QFileInfo(fn).suffix() == QStringLiteral("md"))
            continue;
        QString base, ext, type = QStringLiteral("base");
        const auto m = retina.match(fn);
        if (m.hasMatch()) {
            base = m.captured(1);
            ext = m.captured(3);
            type = m.captured(2).toInt() == 1 ? QStringLiteral("base") : QStringLiteral("alternative");
        } else {
            QStringList parts = fn.split(QChar(u'.'));
            base = parts.takeFirst();
            bool hasExt = false;
            for (const QString &p : std::as_const(parts)) {
                if (p == QStringLiteral("meta") || p == QStringLiteral("thumb")) {
                    type = p;
                    break;
                }
                if (hasExt)
                    base += QChar(u'.') + ext;
                ext = p;
                hasExt = true;
            }
            if (!hasExt)
                continue;
        }
        if (!mediaExtensions.contains(ext.toLower()))
            continue;
        const QString key = base + QChar(u'.') + ext;
        if (type == QStringLiteral("base"))
            media.insert(key, prefix + fn);
        else if (type == QStringLiteral("alternative") && !media.contains(key))
            media.insert(key, prefix + fn);
    }
    return listing;
}

// A folder's modification time in ns since the epoch, -1 when it does not exist: one stat().
qint64 modifiedNs(const QString &folder)
{
#ifdef Q_OS_UNIX
    struct stat st;
    if (::stat(QFile::encodeName(folder).constData(), &st) != 0)
        return -1;
#ifdef Q_OS_DARWIN
    return qint64(st.st_mtimespec.tv_sec) * 1000000000 + st.st_mtimespec.tv_nsec;
#else
    return qint64(st.st_mtim.tv_sec) * 1000000000 + st.st_mtim.tv_nsec;
#endif
#else
    const QDateTime modified = QFileInfo(folder).lastModified();
    return modified.isValid() ? modified.toMSecsSinceEpoch() * 1000000 : -1;
#endif
}

} // namespace

FolderCache::FolderCache(QStringList mediaExtensions)
    : m_mediaExtensions(std::move(mediaExtensions))
{ }

std::shared_ptr<const FolderListing> FolderCache::listing(const QString &folder)
{
    static const auto none = std::make_shared<const FolderListing>();
    if (folder.isEmpty())
        return none;
    if (m_snapshot) {
        QMutexLocker lock(&m_mutex);
        const auto it = m_entries.constFind(folder);
        if (it != m_entries.constEnd())
            return it->listing;
    }
    const qint64 modified = modifiedNs(folder);
    if (modified < 0) {
        if (m_snapshot) { // a batch run: the folder will not appear meanwhile
            QMutexLocker lock(&m_mutex);
            m_entries.insert(folder, {modified, true, none});
        }
        return none; // no such folder (yet): nothing to cache
    }
    {
        QMutexLocker lock(&m_mutex);
        const auto it = m_entries.constFind(folder);
        if (it != m_entries.constEnd() && it->trusted && it->modified == modified)
            return it->listing;
    }
    // Timestamps are coarse (a few ms on ext4, 2 s on FAT): a change within that window of the listing would
    // keep the time, so a listing is trusted only when the folder was last changed well before it was read.
    const qint64 listedAt = QDateTime::currentMSecsSinceEpoch() * 1000000;
    auto listing = std::make_shared<const FolderListing>(readListing(folder, m_mediaExtensions));
    QMutexLocker lock(&m_mutex);
    m_entries.insert(folder, {modified, modified + qint64(3) * 1000000000 < listedAt, listing});
    return listing;
}

PathKind FolderCache::kindOf(const QString &path)
{
    const qsizetype slash = path.lastIndexOf(QChar(u'/'));
    const QStringView name = QStringView(path).mid(slash + 1);
    if (slash > 0 && !name.isEmpty() && name != u"." && name != u"..") {
        const std::shared_ptr<const FolderListing> folder = listing(path.left(slash));
        if (folder->readable) {
            const auto it = folder->entries.constFind(name.toString());
            if (it == folder->entries.constEnd())
                return PathKind::Missing;
            if (*it != PathKind::Other)
                return *it;
        } else if (!folder->found) {
            return PathKind::Missing; // its folder is not there
        }
    }
    return pathKind(path); // the rest (a broken link, a folder that is not readable): the file system itself
}

PathKind pathKind(const QString &path)
{
    const QFileInfo info(path);
    return !info.exists() ? PathKind::Missing
        : info.isDir()    ? PathKind::Folder
        : info.isFile()   ? PathKind::File
                          : PathKind::Other;
}

namespace {
// Keys of a `<file>.meta.yaml` side file that Grav's media element uses.
QHash<QString, QString> readMeta(const QString &file, const FolderListing &listing)
{
    QHash<QString, QString> out;
    const QString metaName = QStringView(file).mid(file.lastIndexOf(QChar(u'/')) + 1) + QStringLiteral(".meta.yaml");
    if (!listing.metaFiles.contains(metaName))
        return out;
    const QString meta = file + QStringLiteral(".meta.yaml");
    try {
        const YAML::Node root = YAML::LoadFile(meta.toStdString());
        if (!root.IsMap())
            return out;
        for (const char *key : {"title", "alt", "alt_text", "class", "id"}) {
            const YAML::Node v = root[key];
            if (v && v.IsScalar())
                out.insert(QString::fromLatin1(key), QString::fromStdString(v.Scalar()));
        }
    } catch (const YAML::Exception &) {
        return {};
    }
    return out;
}

bool phpEmpty(const QString &s)
{
    return s.isEmpty() || s == QStringLiteral("0");
}
} // namespace

void LinkProcessor::mediumElement(
    Element &img, const QString &file, const FolderListing &listing, const QString &folder, const QString &name, const Url &parts)
{
    QString rel;
    if (!m_ctx.pagesDir.isEmpty() && QString(folder + QChar(u'/')).startsWith(QString(m_ctx.pagesDir + QChar(u'/'))))
        rel = QStringLiteral("user/pages/") + trimmed(folder.mid(m_ctx.pagesDir.size()), QChar(u'/'), true, false);
    else
        rel = QStringLiteral("user/pages/") + m_ctx.relFolder;
    rel = trimmed(rel, QChar(u'/'), false, true);
    const QString src = trimmed(m_ctx.baseUrl, QChar(u'/'), false, true) + QChar(u'/') + rel + QChar(u'/') + name;
    const QHash<QString, QString> meta = readMeta(file, listing);

    const QString title = textOf(img.attribute(QStringLiteral("title")));
    const QString alt = textOf(img.attribute(QStringLiteral("alt")));
    const QString cls = textOf(img.attribute(QStringLiteral("class")));
    const QString id = textOf(img.attribute(QStringLiteral("id")));

    Element out;
    out.name = QStringLiteral("img");
    QStringList actionsOut;
    QStringList actionCalls; // the preview's form of the same actions
    bool lightbox = false;
    QString lightboxArg;
    if (!parts.query.isNull()) {
        for (const QString &item : parts.query.split(QChar(u'&'))) {
            const int eq = static_cast<int>(item.indexOf(QChar(u'=')));
            const QString m = eq >= 0 ? item.left(eq) : item;
            const QString p = eq >= 0 ? item.mid(eq + 1) : QString();
            if (m == QStringLiteral("loading") || m == QStringLiteral("decoding") || m == QStringLiteral("fetchpriority")) {
                const QString v = p.isEmpty() ? QStringLiteral("auto") : p;
                if (v != QStringLiteral("auto"))
                    out.setAttribute(m, v);
            } else if (m == QStringLiteral("classes")) {
                if (!p.isEmpty())
                    out.setAttribute(QStringLiteral("class"), p);
            } else if (m == QStringLiteral("id")) {
                out.setAttribute(QStringLiteral("id"), p.trimmed());
            } else if (m == QStringLiteral("lightbox")) {
                lightbox = true;
                lightboxArg = p;
                actionsOut.append(p.isNull() ? m : m + QChar(u'=') + p);
                actionCalls.append(
                    m + QChar(u'(') + QString::fromUtf8(QByteArray::fromPercentEncoding(p.toUtf8())) + QChar(u')'));
            } else if (!m.isEmpty()) {
                actionsOut.append(p.isNull() ? m : m + QChar(u'=') + p);
                actionCalls.append(
                    m + QChar(u'(') + QString::fromUtf8(QByteArray::fromPercentEncoding(p.toUtf8())) + QChar(u')'));
            }
        }
    }
    auto setIfEmpty = [&](const QString &key, const QStringList &candidates, bool always) {
        if (!phpEmpty(out.attribute(key)))
            return;
        for (const QString &c : candidates) {
            if (!phpEmpty(c)) {
                out.setAttribute(key, c);
                return;
            }
        }
        if (always)
            out.setAttribute(key, QStringLiteral(""));
    };
    setIfEmpty(QStringLiteral("title"), {title, meta.value(QStringLiteral("title"))}, false);
    setIfEmpty(QStringLiteral("alt"), {alt, meta.value(QStringLiteral("alt")), meta.value(QStringLiteral("alt_text"))}, true);
    setIfEmpty(QStringLiteral("class"), {cls, meta.value(QStringLiteral("class"))}, false);
    setIfEmpty(QStringLiteral("id"), {id, meta.value(QStringLiteral("id"))}, false);
    out.setAttribute(QStringLiteral("src"), src + (parts.fragment.isNull() ? QString() : QChar(u'#') + parts.fragment));
    if (!actionsOut.isEmpty()) {
        out.setAttribute(QStringLiteral("data-grav-actions"),
            m_ctx.actionCalls ? actionCalls.join(QChar(u';')) : actionsOut.join(QChar(u'&')));
        m_warnings.append(QCoreApplication::translate("GravDesk::GravRenderer", "image actions not executed for %1 (%2)")
                              .arg(name, actionsOut.join(QChar(u'&'))));
    }
    for (auto &a : out.attributes)
        a.second = bytesOf(a.second);

    static const QRegularExpression imageExt(
        QStringLiteral("\\.(jpe?g|jpe|png|gif|webp|avif|svg|bmp|tiff)$"), QRegularExpression::CaseInsensitiveOption);
    if (!imageExt.match(name).hasMatch()) {
        // a non-image medium shown with ![](): Grav renders its text form
        QString text = out.attribute(QStringLiteral("title"));
        if (text.isEmpty())
            text = out.attribute(QStringLiteral("alt"));
        if (text.isEmpty())
            text = bytesOf(name);
        out.removeAttribute(QStringLiteral("src"));
        out.name = QStringLiteral("p");
        out.hasText = true;
        out.text = text;
        img = out;
        return;
    }
    if (lightbox) {
        Element a;
        a.name = QStringLiteral("a");
        a.attributes.append({QStringLiteral("rel"), QStringLiteral("lightbox")});
        static const QRegularExpression wh(QStringLiteral("^(\\d+),(\\d+)"));
        const auto m = wh.match(lightboxArg);
        if (m.hasMatch()) {
            a.attributes.append({QStringLiteral("data-width"), m.captured(1)});
            a.attributes.append({QStringLiteral("data-height"), m.captured(2)});
        }
        a.attributes.append({QStringLiteral("href"), bytesOf(src)});
        a.handler = Element::Handler::Child;
        a.child = std::make_shared<Element>(out);
        img = a;
        return;
    }
    img = out;
}

} // namespace GravDesk::Markdown
