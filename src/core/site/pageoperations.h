#pragma once

#include "io/siteworkspace.h"
#include "site/pagelinks.h"

#include <QList>
#include <QPair>
#include <QString>
#include <QStringList>
#include <QVector>

namespace GravDesk {

class PageIndex;

/// A file a page operation rewrites: @p after replaces it only if it still holds exactly @p before.
struct PageFileEdit
{
    QString path; ///< absolute path, as the file is named before the operation
    QByteArray before;
    QByteArray after;
};

/**
 * What a page operation will do, worked out from the page index and the files before anything changes:
 * a dialog shows it (describe()) and asks; applyPageOperation() then carries it out as ONE SiteTransaction.
 * Every page file it rewrites is written only if it still holds the bytes read here, so a page changed on
 * disk meanwhile makes the whole operation fail with nothing changed.
 */
struct PageOperationPlan
{
    enum class Kind { Rename, Move, Reorder, Duplicate, ChangeTemplate, Delete, Restore, Attach };

    Kind kind = Kind::Rename;
    bool ok = false;
    QString error; ///< why it cannot be done: a sentence naming the page ("" when ok)
    QStringList warnings; ///< what the user should know before confirming (a large file, a link left as it was)
    QString label; ///< the change's name in journals and messages
    QString pagesDir; ///< the site's pages folder (paths are shown relative to it)

    QList<QPair<QString, QString>> renames; ///< absolute from → to (page folders or page files), in order
    QList<PageMove> moves; ///< the page folders that move (what the link edits follow)
    QList<PageLinkEdit> linkEdits; ///< page files whose links change (inside moved folders too)
    QList<PageFileEdit> edits; ///< other rewritten page files (a header slug)
    QString copyFrom; ///< Duplicate, Restore: a folder copied whole …
    QString copyTo; ///< … to this new folder (absolute; must not exist)
    QList<PageFileEdit> copyEdits; ///< files of the copy written with other bytes (paths inside copyTo)
    QString removeFolder; ///< Delete: the page folder that goes to the trash
    QString trashId; ///< Restore: the trash entry it comes from
    QString pageTitle; ///< Delete: the page's title, kept in the trash record
    QList<QPair<QString, QString>> attachments; ///< Attach: source file → new file in the page folder
    QStringList refused; ///< Attach: files not attached, one sentence each
    QString resultFolder; ///< the page's folder once applied (absolute)

    /// Number of link targets rewritten.
    int linkCount() const;
    /// One line per change, paths relative to the pages folder, for a preview.
    QStringList describe() const;
};

/**
 * The page operations of the page tree (rename, move, reorder, duplicate, change template, delete to the
 * trash, fix a duplicate slug, attach files), planned against one page index. Nothing here writes: each
 * returns a plan (see PageOperationPlan) for applyPageOperation().
 */
class PageOperations
{
public:
    struct Options
    {
        bool updateLinks = true; ///< rewrite the links of other pages that point to the pages that move
    };

    explicit PageOperations(const PageIndex &index);
    ~PageOperations();
    PageOperations(const PageOperations &) = delete;
    PageOperations &operator=(const PageOperations &) = delete;

    const PageIndex &index() const { return m_index; }

    /// Renames the page's folder to @p folderName (e.g. "03.new-slug").
    PageOperationPlan renameFolder(int node, const QString &folderName, const Options &options) const;
    /// Renames the slug: the folder name without its `NN.` prefix (the prefix stays).
    PageOperationPlan renameSlug(int node, const QString &slug, const Options &options) const;
    /// Moves the page under @p parent, as @p folderName (default: its own name).
    PageOperationPlan move(int node, int parent, const QString &folderName, const Options &options) const;
    /**
     * Puts the children of @p parent in @p order (every child once). Only folders that had a numeric
     * prefix are numbered, with the digit width they use; a folder whose number already fits keeps it,
     * so as few folders as possible are renamed. Links naming the renamed folders are rewritten.
     */
    PageOperationPlan reorder(int parent, const QVector<int> &order, const Options &options) const;
    /// A copy of the page beside it under a free slug: every language file and all its media.
    PageOperationPlan duplicate(int node) const;
    /// Renames every page file `<stem>.<lang>.md` of the page to @p templateName (e.g. item → default).
    PageOperationPlan changeTemplate(int node, const QString &templateName) const;
    /// Moves the page folder to the site's trash (in the state folder, outside the site).
    PageOperationPlan remove(int node) const;
    /// For a folder reported as DuplicateSlug: renames it (or its header slugs) to a free slug made from its
    /// title with Grav's slug rules; @p slug, when given, is used instead (if free).
    PageOperationPlan fixDuplicateSlug(int node, const QString &slug, const Options &options) const;
    /// Copies @p files into the page folder under safe, free names (see safeUploadName()); files over 5 MB
    /// get a warning, over 50 MB are refused.
    PageOperationPlan attach(int node, const QStringList &files) const;

    /// @p wanted, or `<wanted>-2`, `-3`… : the first slug no other child of @p parent uses (@p except: a
    /// child not to count, e.g. the page itself).
    QString freeSlug(int parent, const QString &wanted, int except = -1) const;
    /// The slug @p node's title gives with Grav's rules for its language (Kazakh, Russian …).
    QString titleSlug(int node) const;

    static constexpr qint64 kWarnAttachBytes = qint64(5) * 1024 * 1024;
    static constexpr qint64 kMaxAttachBytes = qint64(50) * 1024 * 1024;

private:
    PageOperationPlan moveTo(
        PageOperationPlan::Kind kind, int node, int parent, const QString &folderName, const Options &options) const;
    void addLinkEdits(PageOperationPlan &plan, const Options &options) const;

    const PageIndex &m_index;
    std::unique_ptr<LinkRewriter> m_links;
};

/**
 * The name Grav's admin would accept for an uploaded file (Utils::checkFilename): no folders, no control
 * characters or slashes, no leading or trailing dots and spaces, no "..", an extension that is not one of
 * Grav's dangerous ones (security.uploads_dangerous_extensions). Unsafe characters become '_'. Returns ""
 * with @p why set when no safe name can be made (no extension, a dangerous one).
 */
QString safeUploadName(const QString &fileName, QString *why = nullptr);
/// @p name, or Grav admin's answer to a taken name (`YYYYmmddHHMMSS-name`), then `-2`, `-3`… before the
/// extension: the first name not in @p folder and not in @p taken.
QString freeFileName(const QString &folder, const QString &name, const QStringList &taken = {});

/// Carries out @p plan as one SiteTransaction (Delete: the folder is first copied into the trash, and the
/// trash entry is dropped again if the transaction fails). On failure nothing in the site changed.
IoResult applyPageOperation(SiteWorkspace &workspace, const PageOperationPlan &plan);

} // namespace GravDesk
