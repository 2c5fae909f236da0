#include "pendingmedia.h"

#include "galleryimport.h"
#include "gallerysettings.h"
#include "mediafiles.h"
#include "medianaming.h"
#include "page/envelope.h"
#include "page/frontmatterdocument.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>
#include <QUuid>

#include <algorithm>

namespace GravDesk::PendingMedia {
namespace {

const QStringList &imageExtensions()
{
    static const QStringList images {QStringLiteral("jpg"), QStringLiteral("jpeg"), QStringLiteral("jpe"), QStringLiteral("png"),
        QStringLiteral("webp"), QStringLiteral("avif"), QStringLiteral("gif"), QStringLiteral("svg")};
    return images;
}

// Grav's media filter, as MediaFiles::list applies it to the folder on disk.
bool isMedia(const QString &name, const QStringList &extensions)
{
    static const QRegularExpression retina(QStringLiteral("@[1-9]x\\.[^.]+$"));
    const QString ext = QFileInfo(name).suffix().toLower();
    return !name.startsWith(QLatin1Char('.')) && ext != QLatin1String("md") && name != QLatin1String("frontmatter.yaml")
        && name != QLatin1String("media.json") && !name.endsWith(QLatin1String(".meta.yaml"))
        && !name.contains(QLatin1String(".thumb.")) && !retina.match(name).hasMatch() && extensions.contains(ext);
}

QStringList plannedNames(const PageChangeSet &changes)
{
    QStringList out;
    for (const PlannedFile &f : changes.plannedFiles())
        out.append(f.name);
    return out;
}

QStringList sideFiles(const QStringList &names, const QString &name)
{
    const QFileInfo fi(name);
    const QString base = fi.completeBaseName(), ext = fi.suffix();
    QStringList out;
    const QStringList candidates {
        name + QStringLiteral(".meta.yaml"), base + QStringLiteral("@2x.") + ext, base + QStringLiteral("@3x.") + ext};
    for (const QString &c : candidates) {
        if (names.contains(c))
            out.append(c);
    }
    return out;
}

QString renamedSide(const QString &side, const QString &from, const QString &to)
{
    if (side.startsWith(from))
        return to + side.mid(from.size());
    return QFileInfo(to).completeBaseName() + side.mid(QFileInfo(from).completeBaseName().size());
}

// A page file's bytes changed from @p before to @p after, as one pending operation.
FolderOp writeText(const QString &path, const QByteArray &before, const QByteArray &after, const QByteArray &headerAfter)
{
    FolderOp op;
    op.kind = FolderOp::Kind::WriteText;
    op.path = path;
    op.before = before;
    op.after = after;
    op.headerBefore = headerBytes(splitEnvelope(before));
    op.headerAfter = headerAfter;
    return op;
}

// The folder's other page files with their pending bytes (valid UTF-8 only: the others are left alone).
struct Page
{
    QString path;
    QByteArray bytes;
    Envelope env;
};

QList<Page> otherPages(const PageChangeSet &changes, const QString &openPage)
{
    QList<Page> out;
    const QString skip = QFileInfo(openPage).absoluteFilePath();
    for (const GalleryTarget &t : GalleryImport::pageFiles(changes.folder())) {
        if (QFileInfo(t.path).absoluteFilePath() == skip)
            continue;
        QByteArray bytes;
        if (!changes.currentBytes(t.path, &bytes))
            continue;
        Envelope env = splitEnvelope(bytes);
        if (env.validUtf8)
            out.append({t.path, bytes, env});
    }
    return out;
}

QStringList mediaOrderOf(const FrontMatterDocument &doc)
{
    const QVariant order = doc.value(QStringLiteral("media_order"));
    QStringList names = order.typeId() == QMetaType::QString ? order.toString().split(QLatin1Char(',')) : order.toStringList();
    for (QString &n : names)
        n = n.trimmed();
    return names;
}

} // namespace

QList<PendingMediaEntry> list(const PageChangeSet &changes, const QStringList &extensions, const QStringList &order)
{
    QList<PendingMediaEntry> out;
    for (const PlannedFile &f : changes.plannedFiles()) {
        if (!isMedia(f.name, extensions))
            continue;
        out.append(
            {f.name, f.readFrom, f.renamedFrom, f.added, imageExtensions().contains(QFileInfo(f.name).suffix().toLower())});
    }
    std::sort(out.begin(), out.end(),
        [](const PendingMediaEntry &a, const PendingMediaEntry &b) { return naturalLess(a.name, b.name); });
    QList<PendingMediaEntry> ordered;
    for (const QString &n : order) {
        for (qsizetype i = 0; i < out.size(); ++i) {
            if (out.at(i).name == n) {
                ordered.append(out.takeAt(i));
                break;
            }
        }
    }
    return ordered + out;
}

QStringList removed(const PageChangeSet &changes, const QStringList &extensions)
{
    QStringList out;
    const QStringList after = plannedNames(changes);
    for (const QString &name : QDir(changes.folder()).entryList(QDir::Files, QDir::Name)) {
        if (isMedia(name, extensions) && !after.contains(name)) {
            bool renamed = false;
            for (const PlannedFile &f : changes.plannedFiles())
                renamed = renamed || f.renamedFrom == name;
            if (!renamed)
                out.append(name);
        }
    }
    return out;
}

QList<FolderOp> rename(
    const PageChangeSet &changes, const QString &openPage, const QString &from, const QString &to, QString *error)
{
    QList<FolderOp> ops;
    if (!MediaNaming::isSafeFileName(to) || to.endsWith(QLatin1String(".md"), Qt::CaseInsensitive)) {
        *error = QCoreApplication::translate(
            "MediaFiles", "\"%1\" cannot be used as a file name (it must work on Windows and Linux).")
                     .arg(to);
        return ops;
    }
    const QStringList names = plannedNames(changes);
    for (const QString &existing : names) {
        if (existing.compare(to, Qt::CaseInsensitive) == 0 && existing.compare(from, Qt::CaseInsensitive) != 0) {
            *error = QCoreApplication::translate("MediaFiles", "%1 already exists in this folder.").arg(to);
            return ops;
        }
    }
    if (from == to || !names.contains(from))
        return ops;
    const QDir dir(changes.folder());
    QList<QPair<QString, QString>> moves {{from, to}};
    for (const QString &side : sideFiles(names, from))
        moves.append({side, renamedSide(side, from, to)});
    for (const auto &[a, b] : std::as_const(moves)) {
        FolderOp op;
        op.kind = FolderOp::Kind::Rename;
        op.path = dir.filePath(a);
        op.to = dir.filePath(b);
        ops.append(op);
    }
    for (const Page &p : otherPages(changes, openPage)) {
        FrontMatterDocument doc = FrontMatterDocument::fromEnvelope(p.env);
        if (doc.isEditable() && doc.contains(QStringLiteral("media_order"))) {
            const QVariant order = doc.value(QStringLiteral("media_order"));
            QStringList list = mediaOrderOf(doc);
            for (QString &n : list)
                n = n == from ? to : n;
            if (order.typeId() == QMetaType::QString)
                doc.setValue(QStringLiteral("media_order"), list.join(QLatin1Char(',')));
            else
                doc.setValue(QStringLiteral("media_order"), list);
        }
        // On the body's own bytes: a reference never spans lines, and mixed line endings stay as they are.
        const QString body = QString::fromUtf8(p.env.rawBody());
        const QString newBody = MediaFiles::replaceReferences(body, from, to);
        if (newBody == body && !doc.isModified())
            continue;
        const QByteArray after
            = newBody == body ? composeWithHeader(p.env, doc.text()) : composePage(p.env, doc.text(), newBody.toUtf8());
        ops.append(writeText(p.path, p.bytes, after, doc.text()));
    }
    return ops;
}

QList<FolderOp> remove(const PageChangeSet &changes, const QString &name, const QString &backupFolder, QString *error)
{
    QList<FolderOp> ops;
    const QList<PlannedFile> planned = changes.plannedFiles();
    QStringList names;
    for (const PlannedFile &f : planned)
        names.append(f.name);
    const QDir dir(changes.folder());
    for (const QString &n : QStringList {name} + sideFiles(names, name)) {
        QString readFrom;
        bool added = false;
        for (const PlannedFile &f : planned) {
            if (f.name == n) {
                readFrom = f.readFrom;
                added = f.added;
            }
        }
        if (readFrom.isEmpty())
            continue;
        FolderOp op;
        op.kind = FolderOp::Kind::Remove;
        op.path = dir.filePath(n);
        if (added) {
            op.source = readFrom; // already a prepared copy outside the site
        } else {
            op.source = QDir(backupFolder).filePath(QUuid::createUuid().toString(QUuid::Id128) + QLatin1Char('-') + n);
            if (backupFolder.isEmpty() || !QFile::copy(readFrom, op.source)) {
                *error = QCoreApplication::translate("MediaFiles", "%1 could not be deleted.").arg(n);
                return {};
            }
        }
        ops.append(op);
    }
    return ops;
}

QList<FolderOp> setOrder(const PageChangeSet &changes, const QString &openPage, const QStringList &names, QString *error)
{
    QList<FolderOp> ops;
    for (const Page &p : otherPages(changes, openPage)) {
        FrontMatterDocument doc = FrontMatterDocument::fromEnvelope(p.env);
        if (!doc.isEditable())
            continue;
        const FrontMatterEditResult r = doc.setValue(QStringLiteral("media_order"), names.join(QLatin1Char(',')));
        if (!r.ok) {
            *error = QCoreApplication::translate("MediaFiles", "The header of %1 cannot be updated (%2); nothing was changed.")
                         .arg(QFileInfo(p.path).fileName(), r.error);
            return {};
        }
        if (doc.isModified())
            ops.append(writeText(p.path, p.bytes, composeWithHeader(p.env, doc.text()), doc.text()));
    }
    return ops;
}

QList<FolderOp> fromImport(const GalleryImportResult &result, const QString &openPage)
{
    QList<FolderOp> ops;
    for (const GalleryStagedFile &f : result.staged) {
        FolderOp op;
        op.kind = FolderOp::Kind::AddFile;
        op.path = f.final;
        op.source = f.staged;
        ops.append(op);
    }
    const QString skip = QFileInfo(openPage).absoluteFilePath();
    for (const GalleryPageResult &page : result.pages) {
        if (QFileInfo(page.path).absoluteFilePath() == skip || page.fileBytes == page.originalBytes)
            continue;
        ops.append(writeText(page.path, page.originalBytes, page.fileBytes, page.headerBytes));
    }
    return ops;
}

int referencingPages(const PageChangeSet &changes, const QString &openPage, const QString &openBody, const QString &name)
{
    int n = MediaFiles::replaceReferences(openBody, name, QStringLiteral("\x01")) != openBody ? 1 : 0;
    for (const Page &p : otherPages(changes, openPage)) {
        const QString body = QString::fromUtf8(p.env.body);
        n += MediaFiles::replaceReferences(body, name, QStringLiteral("\x01")) != body ? 1 : 0;
    }
    return n;
}

} // namespace GravDesk::PendingMedia
