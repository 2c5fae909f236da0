#include "mediafiles.h"

#include "galleryimport.h"
#include "gallerysettings.h"
#include "io/siteworkspace.h"
#include "medianaming.h"
#include "page/envelope.h"
#include "page/frontmatterdocument.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>

#include <algorithm>
#include <memory>
#include <optional>

namespace GravDesk::MediaFiles {
namespace {

bool isSideFile(const QString &name)
{
    static const QRegularExpression retina(QStringLiteral("@[1-9]x\\.[^.]+$"));
    return name.endsWith(QLatin1String(".meta.yaml")) || name.contains(QLatin1String(".thumb.")) || retina.match(name).hasMatch();
}

QByteArray readAll(const QString &path, bool *ok = nullptr)
{
    QFile f(path);
    const bool opened = f.open(QIODevice::ReadOnly);
    if (ok)
        *ok = opened;
    return opened ? f.readAll() : QByteArray();
}

QStringList sideFiles(const QString &folder, const QString &name)
{
    QStringList out;
    const QFileInfo fi(name);
    const QString base = fi.completeBaseName(), ext = fi.suffix();
    const QStringList candidates {
        name + QStringLiteral(".meta.yaml"), base + QStringLiteral("@2x.") + ext, base + QStringLiteral("@3x.") + ext};
    for (const QString &candidate : candidates) {
        if (QFileInfo::exists(QDir(folder).filePath(candidate)))
            out.append(candidate);
    }
    return out;
}

QString renamedSide(const QString &side, const QString &from, const QString &to)
{
    if (side.startsWith(from))
        return to + side.mid(from.size());
    const QFileInfo a(from), b(to);
    return b.completeBaseName() + side.mid(a.completeBaseName().size());
}

// A page file rewritten: new bytes for the body and header changes, or an error.
struct PageEdit
{
    QString path;
    QByteArray before;
    QByteArray after;
};

// Plans the page edits and the moves into @p into, or commits them as a transaction of their own.
bool apply(const QString &folder, const QString &label, const QList<PageEdit> &edits, const QList<QPair<QString, QString>> &moves,
    const QStringList &removals, SiteTransaction *into, MediaChange &result)
{
    std::optional<SiteWorkspace> workspace;
    std::unique_ptr<SiteTransaction> own;
    SiteTransaction *tx = into;
    if (!tx) {
        workspace.emplace(SiteWorkspace::layoutAround(folder));
        own = workspace->begin(label);
        tx = own.get();
    }
    const QDir dir(folder);
    for (const auto &[a, b] : moves)
        tx->rename(dir.filePath(a), dir.filePath(b));
    for (const QString &f : removals)
        tx->remove(dir.filePath(f));
    for (const PageEdit &e : edits) {
        WriteOptions options;
        options.expectedCurrent = e.before; // a page changed meanwhile by someone else is not overwritten
        tx->put(e.path, e.after, options);
        result.changedPages.append(e.path);
    }
    if (own) {
        const IoResult r = own->commit();
        if (!r.ok) {
            result.changedPages.clear();
            result.error = QCoreApplication::translate("MediaFiles", "%1 Nothing was changed.").arg(r.error);
            return false;
        }
    }
    result.ok = true;
    return true;
}

// The page's language files that can be edited (valid UTF-8), read and split, except @p skipPage (the
// file open in the editor, which the caller changes itself).
struct LoadedPage
{
    QString path;
    QByteArray raw;
    Envelope env;
};

QList<LoadedPage> editablePageFiles(const QString &folder, const QString &skipPage)
{
    QList<LoadedPage> out;
    const QString skip = skipPage.isEmpty() ? QString() : QFileInfo(skipPage).canonicalFilePath();
    for (const GalleryTarget &t : GalleryImport::pageFiles(folder)) {
        if (!skip.isEmpty() && QFileInfo(t.path).canonicalFilePath() == skip)
            continue;
        bool ok = false;
        QByteArray raw = readAll(t.path, &ok);
        Envelope env = splitEnvelope(raw);
        if (ok && env.validUtf8)
            out.append({t.path, std::move(raw), std::move(env)});
    }
    return out;
}

} // namespace

QList<MediaEntry> list(const QString &folder, const QStringList &extensions, const QString &pageFile)
{
    static const QStringList images {QStringLiteral("jpg"), QStringLiteral("jpeg"), QStringLiteral("jpe"), QStringLiteral("png"),
        QStringLiteral("webp"), QStringLiteral("avif"), QStringLiteral("gif"), QStringLiteral("svg")};
    QList<MediaEntry> out;
    for (const QFileInfo &fi : QDir(folder).entryInfoList(QDir::Files)) {
        const QString name = fi.fileName();
        const QString ext = fi.suffix().toLower();
        if (name.startsWith(QLatin1Char('.')) || ext == QLatin1String("md") || name == QLatin1String("frontmatter.yaml")
            || name == QLatin1String("media.json") || isSideFile(name) || !extensions.contains(ext))
            continue;
        out.append({name, images.contains(ext), fi.size()});
    }
    std::sort(out.begin(), out.end(), [](const MediaEntry &a, const MediaEntry &b) { return naturalLess(a.name, b.name); });
    if (!pageFile.isEmpty()) {
        const FrontMatterDocument doc = FrontMatterDocument::fromEnvelope(splitEnvelope(readAll(pageFile)));
        const QVariant order = doc.value(QStringLiteral("media_order"));
        QStringList names
            = order.typeId() == QMetaType::QString ? order.toString().split(QLatin1Char(',')) : order.toStringList();
        for (QString &n : names)
            n = n.trimmed();
        QList<MediaEntry> ordered;
        for (const QString &n : std::as_const(names)) {
            for (qsizetype i = 0; i < out.size(); ++i) {
                if (out.at(i).name == n) {
                    ordered.append(out.takeAt(i));
                    break;
                }
            }
        }
        out = ordered + out;
    }
    return out;
}

QString replaceReferences(const QString &body, const QString &from, const QString &to)
{
    const QRegularExpression re(QStringLiteral("(\\]\\()") + QRegularExpression::escape(from) + QStringLiteral("(?=[)\\s?#])"));
    QString out = body;
    out.replace(re, QStringLiteral("\\1") + to);
    return out;
}

int referencingPages(const QString &folder, const QString &name)
{
    int n = 0;
    for (const GalleryTarget &t : GalleryImport::pageFiles(folder)) {
        const QString body = QString::fromUtf8(splitEnvelope(readAll(t.path)).body);
        n += replaceReferences(body, name, QStringLiteral("\x01")) != body ? 1 : 0;
    }
    return n;
}

MediaChange rename(const QString &folder, const QString &from, const QString &to, const QString &skipPage, SiteTransaction *into)
{
    MediaChange result;
    const QDir dir(folder);
    if (!MediaNaming::isSafeFileName(to) || to.endsWith(QLatin1String(".md"), Qt::CaseInsensitive)) {
        result.error = QCoreApplication::translate(
            "MediaFiles", "\"%1\" cannot be used as a file name (it must work on Windows and Linux).")
                           .arg(to);
        return result;
    }
    if (from == to) {
        result.ok = true;
        return result;
    }
    for (const QString &existing : dir.entryList(QDir::Files | QDir::Hidden)) {
        if (existing.compare(to, Qt::CaseInsensitive) == 0 && existing.compare(from, Qt::CaseInsensitive) != 0) {
            result.error = QCoreApplication::translate("MediaFiles", "%1 already exists in this folder.").arg(to);
            return result;
        }
    }
    // The page files first, in memory.
    QList<PageEdit> edits;
    for (const LoadedPage &t : editablePageFiles(folder, skipPage)) {
        const QByteArray &raw = t.raw;
        const Envelope &env = t.env;
        FrontMatterDocument doc = FrontMatterDocument::fromEnvelope(env);
        if (doc.isEditable() && doc.contains(QStringLiteral("media_order"))) {
            const QVariant order = doc.value(QStringLiteral("media_order"));
            if (order.typeId() == QMetaType::QString) {
                QStringList names = order.toString().split(QLatin1Char(','));
                for (QString &n : names)
                    n = n.trimmed() == from ? to : n.trimmed();
                doc.setValue(QStringLiteral("media_order"), names.join(QLatin1Char(',')));
            } else {
                QStringList names = order.toStringList();
                names.replaceInStrings(
                    QRegularExpression(QStringLiteral("^") + QRegularExpression::escape(from) + QStringLiteral("$")), to);
                doc.setValue(QStringLiteral("media_order"), names);
            }
        }
        // On the body's own bytes: a reference never spans lines, and mixed line endings stay as they are.
        const QString body = QString::fromUtf8(env.rawBody());
        const QString newBody = replaceReferences(body, from, to);
        if (newBody == body && !doc.isModified())
            continue;
        const QByteArray after
            = newBody == body ? composeWithHeader(env, doc.text()) : composePage(env, doc.text(), newBody.toUtf8());
        edits.append({t.path, raw, after});
    }
    // The files and the pages in one transaction.
    QList<QPair<QString, QString>> moves {{from, to}};
    for (const QString &side : sideFiles(folder, from))
        moves.append({side, renamedSide(side, from, to)});
    apply(folder, QCoreApplication::translate("MediaFiles", "rename %1 to %2").arg(from, to), edits, moves, {}, into, result);
    return result;
}

MediaChange remove(const QString &folder, const QString &name, SiteTransaction *into)
{
    MediaChange result;
    apply(folder, QCoreApplication::translate("MediaFiles", "delete %1").arg(name), {}, {},
        QStringList {name} + sideFiles(folder, name), into, result);
    return result;
}

MediaChange setOrder(const QString &folder, const QStringList &names, const QString &skipPage, SiteTransaction *into)
{
    MediaChange result;
    QList<PageEdit> edits;
    for (const LoadedPage &t : editablePageFiles(folder, skipPage)) {
        const QByteArray &raw = t.raw;
        const Envelope &env = t.env;
        FrontMatterDocument doc = FrontMatterDocument::fromEnvelope(env);
        if (!doc.isEditable())
            continue;
        const FrontMatterEditResult r = doc.setValue(QStringLiteral("media_order"), names.join(QLatin1Char(',')));
        if (!r.ok) {
            result.error
                = QCoreApplication::translate("MediaFiles", "The header of %1 cannot be updated (%2); nothing was changed.")
                      .arg(QFileInfo(t.path).fileName(), r.error);
            return result;
        }
        if (doc.isModified())
            edits.append({t.path, raw, composeWithHeader(env, doc.text())});
    }
    apply(folder, QCoreApplication::translate("MediaFiles", "media order"), edits, {}, {}, into, result);
    return result;
}

} // namespace GravDesk::MediaFiles
