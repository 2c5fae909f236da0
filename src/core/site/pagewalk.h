#pragma once

// Internal to the page index: what scanSite() and updateIndex() share. Not for use elsewhere.

#include "site/pageindex.h"

#include <QHash>
#include <QSet>
#include <QTimeZone>

#include <atomic>

namespace GravDesk::detail {

/// A file name as the scan classifies it.
struct FileName
{
    enum Kind { Page, Dotted, OtherLanguage, NotPage } kind = NotPage;
    QString stem;
    QString language;
};

FileName classifyFile(const QString &name, const QStringList &languages);

/// The site settings every page file read needs, looked up once per scan.
struct ReadSettings
{
    explicit ReadSettings(const SiteConfig &config);

    QTimeZone zone;
    QString dateFormat;
    bool publishDates;
};

bool readVariantWith(const QString &path, const ReadSettings &settings, PageVariant &v, QString *error);

/// PageIndex::slugFor() with the site's force_lowercase_urls already looked up.
QString nodeSlug(const PageNode &node, const QStringList &fallbackOrder, bool lowercase);

/// The folder a problem found while listing folders belongs to; false for problems found otherwise.
bool walkProblemFolder(const SiteProblem &problem, QString *folder);

/**
 * What an incremental walk takes from the previous index. A folder in rescan is walked as a new one
 * (its files read, its subfolders walked); one in relist is listed again, its unchanged page files
 * keeping their data; any other folder of the old index keeps its data and problems without touching
 * the disk, and its subfolders are visited by the same rules.
 */
struct WalkReuse
{
    const PageIndex *old = nullptr;
    QHash<QString, int> oldByPath; ///< relPath → node of old
    QSet<QString> rescan;
    QSet<QString> relist;
    QSet<QString> changedFiles; ///< page files (relPath) to read again
    QHash<QString, QVector<SiteProblem>> oldProblems; ///< old's listing problems by folder
    bool sawFolderLink = false; ///< set by the walk: a folder link was listed (the caller then rescans all)
    QVector<int> listed; ///< set by the walk: new nodes whose folder was listed or whose files were read
    int filesRead = 0; ///< set by the walk
};

/// listSite(): the walk alone, no page file read.
void listFolders(PageIndex &index);

/// Fills @p index (layout and config set) with its nodes and problems; @p reuse is null for a full scan.
void buildIndex(PageIndex &index, const ScanSink &sink, const std::atomic_bool *cancel, WalkReuse *reuse);

} // namespace GravDesk::detail
