#pragma once

#include "io/siteworkspace.h"

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringList>
#include <QVector>

namespace GravDesk {

class PageIndex;

/// A header change made to many pages at once (the tree's bulk actions).
struct BulkHeaderChange
{
    enum class Kind {
        Publish, ///< `published: false` becomes `published: true` (a page without the key is published already)
        Unpublish, ///< `published: false`
        AddTaxonomy, ///< @c value added to `taxonomy.<taxonomy>` when not there
        RemoveTaxonomy, ///< @c value taken out of `taxonomy.<taxonomy>` (an emptied list goes, and an emptied `taxonomy:`)
    };
    Kind kind = Kind::Publish;
    QString taxonomy; ///< the taxonomy type ("category", "tag")
    QString value;
};

/// One page file a bulk edit rewrites: @p after replaces it only if it still holds exactly @p before.
struct BulkFileEdit
{
    QString path; ///< absolute
    QByteArray before;
    QByteArray after;
    QByteArray header; ///< the header @p after carries (checked against what Grav would read before writing)
};

/**
 * What a bulk action over the pages selected in the tree will do, worked out before anything changes: a
 * dialog shows it (describe()) and asks; applyBulkEdit() then carries it out as ONE SiteTransaction over
 * every language file of every page (or every page folder, for a delete). Header edits are surgical
 * (FrontMatterDocument): comments, key order and quoting of the other lines stay.
 */
struct BulkEditPlan
{
    bool ok = false;
    QString error; ///< why nothing can be done: a sentence ("" when ok)
    QStringList warnings; ///< files left as they were and why, one sentence each
    QString label; ///< the change's name in journals and messages
    QString pagesDir; ///< the site's pages folder (paths are shown relative to it)
    int pageCount = 0; ///< pages the action was asked for
    QList<BulkFileEdit> edits; ///< header edits
    QStringList unchanged; ///< page files already as asked (absolute)
    QStringList removeFolders; ///< Delete: page folders that go to the trash (absolute)
    QStringList removeTitles; ///< Delete: their titles, kept in the trash records

    /// One line per change, paths relative to the pages folder, for a preview.
    QStringList describe() const;
};

/// Plans @p change over every language file of the pages @p nodes (page index nodes).
BulkEditPlan planBulkHeaderChange(const PageIndex &index, const QVector<int> &nodes, const BulkHeaderChange &change);
/// Plans moving the pages @p nodes to the trash (a page inside another selected page goes with it).
BulkEditPlan planBulkDelete(const PageIndex &index, const QVector<int> &nodes);
/**
 * Carries out @p plan as one SiteTransaction. A delete first copies every folder into the trash (see
 * PageTrash); when the transaction fails those entries are dropped again. On failure nothing in the site
 * changed.
 */
IoResult applyBulkEdit(SiteWorkspace &workspace, const BulkEditPlan &plan);

} // namespace GravDesk
