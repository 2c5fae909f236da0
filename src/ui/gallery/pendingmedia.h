#pragma once

#include "page/pagechangeset.h"

#include <QList>
#include <QString>
#include <QStringList>

namespace GravDesk {

struct GalleryImportResult;

/// A medium of the page folder as it will be after Save.
struct PendingMediaEntry
{
    QString name;
    QString readFrom; ///< where its bytes are now (thumbnails, preview)
    QString renamedFrom; ///< "" unless a pending rename gives it this name
    bool added = false; ///< a pending new file
    bool image = false;
};

/**
 * The media panel's changes as pending folder operations (see PageChangeSet): nothing here writes to the
 * site. The other page files of the folder are edited on their pending bytes, so several changes before
 * one Save build on each other.
 */
namespace PendingMedia {

/// The media of the folder as Save will leave them: Grav's filter, @p order (media_order) first, then
/// natural name order.
QList<PendingMediaEntry> list(const PageChangeSet &changes, const QStringList &extensions, const QStringList &order);
/// Names the folder will have after Save that have pending removals (shown struck out).
QStringList removed(const PageChangeSet &changes, const QStringList &extensions);

/// Renames @p from to @p to with its side files, and updates the links and media_order of every page file
/// of the folder except @p openPage (the editor updates that one). Empty with @p error when refused.
QList<FolderOp> rename(
    const PageChangeSet &changes, const QString &openPage, const QString &from, const QString &to, QString *error);
/// Removes @p name and its side files; a copy goes to @p backupFolder so the removal can be undone after a save.
QList<FolderOp> remove(const PageChangeSet &changes, const QString &name, const QString &backupFolder, QString *error);
/// Writes media_order into every page file of the folder except @p openPage.
QList<FolderOp> setOrder(const PageChangeSet &changes, const QString &openPage, const QStringList &names, QString *error);
/// The photos and sidecars an import staged outside the site and the page files it rewrote, except
/// @p openPage (the editor applies that one).
QList<FolderOp> fromImport(const GalleryImportResult &result, const QString &openPage);
/// How many page files of the folder (as they will be) link @p name; @p openBody stands for @p openPage.
int referencingPages(const PageChangeSet &changes, const QString &openPage, const QString &openBody, const QString &name);

} // namespace PendingMedia
} // namespace GravDesk
