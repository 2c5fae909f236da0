#pragma once

#include "galleryblock.h"
#include "imagepipeline.h"

#include <QByteArray>
#include <QList>
#include <QMap>
#include <QSize>
#include <QString>
#include <QStringList>

#include <atomic>
#include <functional>

namespace GravDesk {

class SiteWorkspace;

/// One photo to import.
struct GalleryItem
{
    QString source; ///< the file picked or dropped
    int rotation = 0; ///< extra clockwise rotation by hand (0, 90, 180, 270)
    /// Caption (alt and title) per page language ("" for a language-less item.md); a missing language
    /// gets that page file's title.
    QMap<QString, QString> captions;
};

/// A page file of the folder and where its gallery goes.
struct GalleryTarget
{
    QString path; ///< the page file
    QString language; ///< "" for item.md
    /// The body as the editor has it now (LF); null: read the file. When given, the file is not written:
    /// the new body is returned for the caller to apply (the GUI makes it one undoable edit).
    QString body;
    QByteArray headerBytes; ///< the header as the editor has it now (used with @c body); null: the file's
    qsizetype position = -1; ///< cursor in the body: -1 puts the block where a batch import does
    qsizetype selectionLength = 0; ///< a selection touching a carousel replaces that carousel
};

/// What to import and how.
struct GalleryImportRequest
{
    QString pageFolder;
    QList<GalleryItem> items;
    ImageOptions image;
    QString carouselParams; ///< null: learned from the site (see GalleryBlock::learnParams)
    QList<GalleryTarget> targets; ///< empty: every page file of the folder, block put where a batch import does
    bool insertBlock = true; ///< false: only write the photos (the pages' new text is still returned)
    bool writeSidecars = false; ///< also write `<photo>.meta.yaml` with alt_text (first target's caption)
    qint64 memoryBudget = 192ll << 20; ///< decoded pixels held at once, across all threads
    int maxThreads = 0; ///< 0: one per core
    /// Runs after the photos are staged and before anything is put in place (tests use it to change the
    /// folder or a page file at the worst moment).
    std::function<void()> beforeCommit;
    /// The site's workspace; null: one is made for the site that holds the page folder.
    SiteWorkspace *workspace = nullptr;
    /**
     * Set (a folder outside the site, e.g. under the user's state folder): nothing in the site is
     * touched. Photos and sidecars are processed into this folder; the result lists each staged file
     * with its final name in the page folder (GalleryImportResult::staged) and each page file's new bytes,
     * for the caller to write with the page's Save as one SiteTransaction. Empty: photos, sidecars and
     * page files are written as one SiteTransaction.
     */
    QString stagingFolder;
};

/// The outcome for one photo.
struct GalleryItemResult
{
    QString source;
    bool ok = false;
    QString error;
    QString fileName; ///< the name in the page folder
    QSize sourceSize;
    QSize size;
    qint64 bytes = 0;
};

/// The outcome for one page file.
struct GalleryPageResult
{
    QString path;
    QString language;
    QString block; ///< the carousel text for this language
    QString body; ///< the new body (LF)
    QByteArray headerBytes; ///< the new header text (media_order, header_image: false)
    QByteArray fileBytes; ///< the whole new file
    QByteArray originalBytes; ///< the file as it was on disk before the import
    bool written = false; ///< written to disk (false when the caller gave the body)
};

/// A photo or sidecar processed into GalleryImportRequest::stagingFolder and where it goes.
struct GalleryStagedFile
{
    QString staged; ///< the file in the staging folder
    QString final; ///< its name in the page folder (absolute)
};

struct GalleryImportResult
{
    bool ok = false; ///< every step that was asked for happened (some photos may have been unreadable)
    bool cancelled = false;
    QString error; ///< why nothing was changed
    QList<GalleryItemResult> items;
    QList<GalleryPageResult> pages;
    QStringList writtenFiles; ///< photos and sidecars now in the folder
    QList<GalleryStagedFile> staged; ///< with a staging folder: what is waiting there, and where it goes
    int imported() const;
};

/**
 * Imports photos into a page folder as one SiteTransaction.
 *
 * Photos are processed in parallel (one thread per core, the decoded pixels held at once kept under a
 * memory budget) into the transaction's hidden staging files in the page folder. Only when all are done
 * are the photos, their sidecars and every page file committed together (photos never over an existing
 * file); if any step fails, or the import is cancelled, the staged files are removed and nothing
 * changed, and a crash in between is finished or undone by the next run's recovery. A photo that cannot
 * be read is reported and left out; the others still import. With a staging folder nothing in the site
 * is touched (see GalleryImportRequest::stagingFolder).
 */
class GalleryImport
{
public:
    /// Called from worker threads after each photo: (photos finished, total).
    using Progress = std::function<void(int done, int total)>;

    static GalleryImportResult run(
        const GalleryImportRequest &request, const Progress &progress = {}, const std::atomic_bool *cancel = nullptr);

    /// The page files of @p pageFolder (`*.md`) with their language ("" for `item.md`), sorted by name.
    static QList<GalleryTarget> pageFiles(const QString &pageFolder);
    /// The title of a page file's header ("" when it has none).
    static QString pageTitle(const QString &pageFile);
    /// Prefix used for the hidden temporary files of an import (Grav ignores dot-files).
    static QString tempPrefix();
};

} // namespace GravDesk
