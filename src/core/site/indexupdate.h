#pragma once

#include "site/pageindex.h"

#include <QStringList>

#include <atomic>

namespace GravDesk {

/// What an index update changed, so a view can update its rows in place instead of resetting.
struct IndexChange
{
    bool reset = false; ///< the configuration changed (languages, routes…): views rebuild from the new index
    QStringList added; ///< relPaths of new nodes, parents before children
    QStringList removed; ///< relPaths of nodes that are gone, parents before children
    QStringList changed; ///< relPaths of nodes in both whose own data (page files, flags) differ
    bool problemsChanged = false;

    bool isEmpty() const { return !reset && added.isEmpty() && removed.isEmpty() && changed.isEmpty() && !problemsChanged; }
};

/// The index after a batch of changes on disk, and what changed.
struct IndexUpdate
{
    PageIndex index;
    IndexChange change;
    bool incremental = true; ///< false when the whole site was scanned again (configuration, folder links)
    int filesRead = 0; ///< page files read (all of them after a full scan)
};

/**
 * Brings @p current up to date with @p changedPaths: absolute paths of files or folders created,
 * modified or removed (as a file watcher or GravDesk's own writes report them; several reports of
 * one path and paths outside the pages folder are fine). Only what changed is read again: a changed
 * page file, the folder listing around each path, a new or replaced folder with its subtree; every
 * other node keeps its data without touching the disk. Site-wide problems (duplicate slugs…) are
 * worked out again over the whole index, so the result equals a full scanSite() of the same folder.
 * A change in the site's configuration, or a folder link in a changed folder, scans the whole site.
 */
IndexUpdate updateIndex(const PageIndex &current, const QStringList &changedPaths, const std::atomic_bool *cancel = nullptr);

/// What differs between @p before and @p after, node by node (by relPath).
IndexChange compareIndexes(const PageIndex &before, const PageIndex &after);

} // namespace GravDesk
