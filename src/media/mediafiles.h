#pragma once

#include <QList>
#include <QString>
#include <QStringList>

namespace GravDesk {

class SiteTransaction;

/// One medium of a page folder as Grav sees it.
struct MediaEntry
{
    QString name;
    bool image = false;
    qint64 size = 0;
};

/// The outcome of a change to a page's media; on failure nothing was changed.
struct MediaChange
{
    bool ok = false;
    QString error;
    QStringList changedPages; ///< page files rewritten on disk
};

/**
 * The media of a page folder: listing in Grav's order, renaming (with every reference in the page's
 * language files), deleting and reordering (`media_order`). Each change is one SiteTransaction: with
 * @p into, it is planned into the caller's transaction (committed with the page's Save) and nothing is
 * written here; without, a transaction of the site around the folder is committed at once. Either way
 * the files and page files change all together or not at all.
 */
namespace MediaFiles {

/// Files Grav treats as media of @p folder (not page files, dot-files, sidecars or retina variants), in the
/// order Grav lists them: `media_order` of @p pageFile when it has one, then natural name order.
QList<MediaEntry> list(const QString &folder, const QStringList &extensions, const QString &pageFile = {});

/// @p body with Markdown references to @p from (`](from`, `](from "…")`, `](from?…)`) pointing to @p to.
QString replaceReferences(const QString &body, const QString &from, const QString &to);
/// How many page files of @p folder refer to @p name in their body.
int referencingPages(const QString &folder, const QString &name);

/**
 * Renames @p from to @p to (a safe file name, not taken, case-insensitively), with its `.meta.yaml` and
 * `@2x`/`@3x` files, and updates the references and `media_order` of every page file of the folder
 * except @p skipPage (the page open in the editor: its caller updates it).
 */
MediaChange rename(
    const QString &folder, const QString &from, const QString &to, const QString &skipPage = {}, SiteTransaction *into = nullptr);
/// Deletes @p name and its side files; page files are not changed.
MediaChange remove(const QString &folder, const QString &name, SiteTransaction *into = nullptr);
/// Writes `media_order` (a comma list, as the site writes it) into every page file except @p skipPage.
MediaChange setOrder(
    const QString &folder, const QStringList &names, const QString &skipPage = {}, SiteTransaction *into = nullptr);

} // namespace MediaFiles
} // namespace GravDesk
