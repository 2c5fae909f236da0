#include "galleryimport.h"

#include "io/siteworkspace.h"
#include "medianaming.h"
#include "membudget.h"
#include "page/envelope.h"
#include "page/frontmatterdocument.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QMutex>
#include <QRegularExpression>
#include <QThread>
#include <QThreadPool>
#include <QUuid>

namespace GravDesk {
namespace {

QString pagesDirOf(const QString &pageFolder)
{
    QDir dir(pageFolder);
    for (int i = 0; i < 32; ++i) {
        if (dir.dirName() == QLatin1String("pages"))
            return dir.absolutePath();
        if (!dir.cdUp())
            break;
    }
    return QString();
}

bool readFile(const QString &path, QByteArray &bytes)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return false;
    bytes = f.readAll();
    return true;
}

bool writeTemp(const QString &path, const QByteArray &bytes, QString &error)
{
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly | QIODevice::NewOnly) || f.write(bytes) != bytes.size() || !f.flush()) {
        error = f.errorString();
        f.close();
        QFile::remove(path);
        return false;
    }
    f.close();
    return true;
}

QByteArray yamlQuoted(const QString &s)
{
    QString q = s.simplified();
    q.replace(QLatin1Char('\''), QStringLiteral("''"));
    return "'" + q.toUtf8() + "'";
}

// The new header: header_image: false unless the page already decides, media_order extended when it exists.
bool editHeader(FrontMatterDocument &doc, const QStringList &newFiles, QString &error)
{
    if (!doc.contains(QStringLiteral("header_image"))) {
        const FrontMatterEditResult r = doc.setValue(QStringLiteral("header_image"), false);
        if (!r.ok) {
            error = r.error;
            return false;
        }
    }
    if (doc.contains(QStringLiteral("media_order"))) {
        const QVariant current = doc.value(QStringLiteral("media_order"));
        QVariant next;
        if (current.typeId() == QMetaType::QString) {
            QStringList names = current.toString().split(QLatin1Char(','), Qt::SkipEmptyParts);
            for (QString &n : names)
                n = n.trimmed();
            names += newFiles;
            next = names.join(QLatin1Char(','));
        } else {
            QStringList names = current.toStringList();
            names += newFiles;
            next = names;
        }
        const FrontMatterEditResult r = doc.setValue(QStringLiteral("media_order"), next);
        if (!r.ok) {
            error = r.error;
            return false;
        }
    }
    return true;
}

struct Staged
{
    QString temp;
    QString final;
};

void removeAll(const QStringList &paths)
{
    for (const QString &p : paths)
        QFile::remove(p);
}

} // namespace

int GalleryImportResult::imported() const
{
    int n = 0;
    for (const GalleryItemResult &r : items)
        n += r.ok ? 1 : 0;
    return n;
}

QString GalleryImport::tempPrefix()
{
    return QStringLiteral(".gravdesk-import-");
}

QList<GalleryTarget> GalleryImport::pageFiles(const QString &pageFolder)
{
    static const QRegularExpression langRe(QStringLiteral("^[^.]+\\.([a-z]{2,3}(?:-[A-Za-z]{2,4})?)\\.md$"));
    QList<GalleryTarget> out;
    const QStringList names = QDir(pageFolder).entryList({QStringLiteral("*.md")}, QDir::Files, QDir::Name);
    for (const QString &name : names) {
        if (name.startsWith(QLatin1Char('.')))
            continue;
        GalleryTarget t;
        t.path = QDir(pageFolder).filePath(name);
        const QRegularExpressionMatch m = langRe.match(name);
        t.language = m.hasMatch() ? m.captured(1) : QString();
        out.append(t);
    }
    return out;
}

QString GalleryImport::pageTitle(const QString &pageFile)
{
    QByteArray raw;
    if (!readFile(pageFile, raw))
        return QString();
    const FrontMatterDocument doc = FrontMatterDocument::fromEnvelope(splitEnvelope(raw));
    return doc.value(QStringLiteral("title")).toString().trimmed();
}

GalleryImportResult GalleryImport::run(
    const GalleryImportRequest &request, const Progress &progress, const std::atomic_bool *cancel)
{
    GalleryImportResult result;
    const QString folder = QDir(request.pageFolder).absolutePath();
    if (!QFileInfo(folder).isDir()) {
        result.error = QCoreApplication::translate("GalleryImport", "%1 is not a page folder").arg(request.pageFolder);
        return result;
    }
    auto cancelled = [cancel] { return cancel && cancel->load(); };

    // Workers write to staging names of their own; the final names are given in order to the photos
    // that made it, so an unreadable file leaves no gap in the numbering.
    const QString ext = request.image.webp ? QStringLiteral("webp") : QStringLiteral("jpg");
    const bool toStagingFolder = !request.stagingFolder.isEmpty();
    std::unique_ptr<SiteWorkspace> ownWorkspace;
    SiteWorkspace *workspace = request.workspace;
    if (!toStagingFolder && !workspace) {
        ownWorkspace = std::make_unique<SiteWorkspace>(SiteWorkspace::layoutAround(folder));
        workspace = ownWorkspace.get();
    }
    std::unique_ptr<SiteTransaction> tx = toStagingFolder
        ? nullptr
        : workspace->begin(
            QCoreApplication::translate("GalleryImport", "gallery import into %1").arg(QFileInfo(folder).fileName()));
    if (toStagingFolder && !QDir().mkpath(request.stagingFolder)) {
        result.error = QCoreApplication::translate("GalleryImport", "The folder %1 cannot be created; nothing was changed.")
                           .arg(QDir::toNativeSeparators(request.stagingFolder));
        return result;
    }
    const QString token = QUuid::createUuid().toString(QUuid::Id128).left(8);
    const QStringList provisional
        = MediaNaming::allocate(folder, MediaNaming::learnPrefix(folder), int(request.items.size()), ext);
    result.items.resize(request.items.size());
    QList<Staged> staged(request.items.size());
    for (qsizetype i = 0; i < request.items.size(); ++i) {
        result.items[i].source = request.items.at(i).source;
        staged[i].temp = toStagingFolder
            ? QDir(request.stagingFolder).filePath(token + QLatin1Char('-') + QString::number(i + 1) + QLatin1Char('.') + ext)
            : tx->stagingPath(QDir(folder).filePath(provisional.value(i)));
    }

    // Decode, orient, shrink, encode: in parallel, with the decoded pixels held at once kept in budget.
    MemoryBudget budget(request.memoryBudget);
    QThreadPool pool;
    const int threads = request.maxThreads > 0 ? request.maxThreads : std::clamp(QThread::idealThreadCount(), 1, 16);
    pool.setMaxThreadCount(threads);
    std::atomic_int done {0};
    const int total = int(request.items.size());
    for (qsizetype i = 0; i < request.items.size(); ++i) {
        pool.start([&, i] {
            GalleryItemResult &r = result.items[i];
            if (!cancelled()) {
                const QString src = request.items.at(i).source;
                const qint64 need = ImagePipeline::estimateDecodeBytes(src, request.image.maxEdge);
                MemoryBudget::Lease lease(budget, need);
                if (!cancelled()) {
                    const ProcessedImage p = ImagePipeline::process(src, request.image, request.items.at(i).rotation);
                    r.sourceSize = p.sourceSize;
                    if (!p.ok) {
                        r.error = p.error;
                    } else if (QString err; !writeTemp(staged.at(i).temp, p.bytes, err)) {
                        r.error = QCoreApplication::translate("GalleryImport", "%1 could not be written to the page folder: %2")
                                      .arg(QFileInfo(src).fileName(), err);
                    } else {
                        r.ok = true;
                        r.size = p.size;
                        r.bytes = p.bytes.size();
                    }
                }
            }
            const int n = ++done;
            if (progress)
                progress(n, total);
        });
    }
    pool.waitForDone();

    QStringList temps; // files in the staging folder, removed when nothing is imported
    for (qsizetype i = 0; i < staged.size(); ++i) {
        if (result.items.at(i).ok && toStagingFolder)
            temps.append(staged.at(i).temp);
    }
    if (cancelled()) {
        removeAll(temps);
        result.cancelled = true;
        result.error = QCoreApplication::translate("GalleryImport", "The import was cancelled; nothing was changed.");
        return result;
    }

    QList<qsizetype> importedIndex;
    for (qsizetype i = 0; i < result.items.size(); ++i) {
        if (result.items.at(i).ok)
            importedIndex.append(i);
        else if (tx)
            tx->restage(staged.at(i).temp, QString());
    }
    const QStringList imported = MediaNaming::allocate(folder, MediaNaming::learnPrefix(folder), int(importedIndex.size()), ext);
    for (qsizetype k = 0; k < importedIndex.size(); ++k) {
        result.items[importedIndex.at(k)].fileName = imported.at(k);
        staged[importedIndex.at(k)].final = QDir(folder).filePath(imported.at(k));
        if (tx)
            tx->restage(staged.at(importedIndex.at(k)).temp, staged.at(importedIndex.at(k)).final);
    }
    if (imported.isEmpty()) {
        result.error = QCoreApplication::translate("GalleryImport", "None of the files could be imported; nothing was changed.");
        return result;
    }

    // Page files: the new text of each, computed before anything is renamed.
    const QList<GalleryTarget> targets = request.targets.isEmpty() ? pageFiles(folder) : request.targets;
    const QString params = request.carouselParams.isNull()
        ? (pagesDirOf(folder).isEmpty() ? GalleryBlock::defaultParams() : GalleryBlock::learnParams(pagesDirOf(folder)))
        : request.carouselParams;
    QList<QByteArray> originals;
    QString firstLanguage;
    for (const GalleryTarget &t : std::as_const(targets)) {
        GalleryPageResult page;
        page.path = t.path;
        page.language = t.language;
        QByteArray raw;
        if (!readFile(t.path, raw)) {
            removeAll(temps);
            result.error = QCoreApplication::translate("GalleryImport", "%1 cannot be read; nothing was changed.")
                               .arg(QFileInfo(t.path).fileName());
            return result;
        }
        const Envelope env = splitEnvelope(raw);
        if (!env.validUtf8) {
            removeAll(temps);
            result.error = QCoreApplication::translate("GalleryImport", "%1 is not valid UTF-8; nothing was changed.")
                               .arg(QFileInfo(t.path).fileName());
            return result;
        }
        FrontMatterDocument doc
            = t.headerBytes.isNull() ? FrontMatterDocument::fromEnvelope(env) : FrontMatterDocument(t.headerBytes);
        const QString title = doc.value(QStringLiteral("title")).toString().trimmed();
        QList<GallerySlide> slides;
        for (qsizetype i : std::as_const(importedIndex)) {
            const QMap<QString, QString> &captions = request.items.at(i).captions;
            const QString caption = captions.contains(t.language) ? captions.value(t.language) : title;
            slides.append({result.items.at(i).fileName, caption, caption});
        }
        QString body = t.body.isNull() ? QString::fromUtf8(env.body) : t.body;
        page.block = GalleryBlock::block(params, slides);
        if (t.position < 0) {
            body = GalleryBlock::insertDefault(body, params, slides);
        } else {
            const QList<CarouselRange> ranges = GalleryBlock::find(body);
            const int hit = t.selectionLength > 0 ? GalleryBlock::carouselAt(ranges, t.position, t.selectionLength) : -1;
            body = hit >= 0 ? GalleryBlock::replace(body, ranges.at(hit), page.block)
                            : GalleryBlock::insertAt(body, t.position, page.block);
        }
        page.body = body;
        QString why;
        if (doc.isEditable() && !editHeader(doc, imported, why)) {
            removeAll(temps);
            result.error
                = QCoreApplication::translate("GalleryImport", "The header of %1 cannot be updated (%2); nothing was changed.")
                      .arg(QFileInfo(t.path).fileName(), why);
            return result;
        }
        page.headerBytes = doc.text();
        page.fileBytes = composePage(env, doc.text(), applyLineEnding(body.toUtf8(), env.lineEnding));
        if (firstLanguage.isNull())
            firstLanguage = t.language;
        originals.append(raw);
        page.originalBytes = raw;
        result.pages.append(page);
    }

    // Sidecars with the caption of the first page file's language.
    QList<Staged> sidecars;
    if (request.writeSidecars) {
        for (qsizetype i : std::as_const(importedIndex)) {
            const QString caption = request.items.at(i).captions.value(firstLanguage);
            if (caption.trimmed().isEmpty())
                continue;
            Staged s;
            s.final = staged.at(i).final + QStringLiteral(".meta.yaml");
            const QByteArray bytes = "alt_text: " + yamlQuoted(caption) + "\n";
            if (QFileInfo::exists(s.final)) {
                removeAll(temps);
                result.error = QCoreApplication::translate("GalleryImport", "The sidecar %1 already exists; nothing was changed.")
                                   .arg(QFileInfo(s.final).fileName());
                return result;
            }
            if (toStagingFolder) {
                s.temp = staged.at(i).temp + QStringLiteral(".meta.yaml");
                QString err;
                if (!writeTemp(s.temp, bytes, err)) {
                    removeAll(temps);
                    result.error = QCoreApplication::translate(
                        "GalleryImport", "The sidecar %1 could not be written; nothing was changed.")
                                       .arg(QFileInfo(s.final).fileName());
                    return result;
                }
                temps.append(s.temp);
            } else {
                WriteOptions options;
                options.expectNew = true;
                options.expectedCurrent = QByteArray();
                tx->put(s.final, bytes, options);
            }
            sidecars.append(s);
        }
    }

    if (request.beforeCommit)
        request.beforeCommit();

    if (toStagingFolder) {
        // Nothing in the site is touched: the caller's Save writes it all.
        for (qsizetype i : std::as_const(importedIndex))
            result.staged.append({staged.at(i).temp, staged.at(i).final});
        for (const Staged &s : std::as_const(sidecars))
            result.staged.append({s.temp, s.final});
        result.ok = true;
        return result;
    }

    // Photos, sidecars and every page file: one transaction, all of it or nothing.
    for (qsizetype p = 0; p < result.pages.size(); ++p) {
        const GalleryPageResult &page = result.pages.at(p);
        if (!request.insertBlock || !targets.at(p).body.isNull())
            continue; // the caller applies it to its open document, or only wanted the photos
        WriteOptions options;
        options.expectedCurrent = originals.at(p);
        options.shownHeader = page.headerBytes;
        tx->put(page.path, page.fileBytes, options);
    }
    if (cancelled()) {
        tx->rollback();
        result.cancelled = true;
        result.error = QCoreApplication::translate("GalleryImport", "The import was cancelled; nothing was changed.");
        return result;
    }
    const IoResult committed = tx->commit();
    if (!committed.ok) {
        result.error = QCoreApplication::translate("GalleryImport", "%1 Nothing was changed.").arg(committed.error);
        return result;
    }
    for (qsizetype p = 0; p < result.pages.size(); ++p)
        result.pages[p].written = request.insertBlock && targets.at(p).body.isNull();
    for (qsizetype i : std::as_const(importedIndex))
        result.writtenFiles.append(staged.at(i).final);
    for (const Staged &s : std::as_const(sidecars))
        result.writtenFiles.append(s.final);
    result.ok = true;
    return result;
}

} // namespace GravDesk
