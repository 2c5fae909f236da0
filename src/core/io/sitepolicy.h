#pragma once

#include "siteworkspace.h"

#include <QString>

namespace GravDesk {

/**
 * The write policy of a site: where a path really leads, and whether GravDesk may change it there.
 * A path must lie inside the site's folder lexically and after its links are resolved; an existing
 * target must be a regular file with write permission.
 */
class SitePolicy final
{
public:
    explicit SitePolicy(const QString &siteRoot);

    const QString &root() const { return m_root; }
    const QString &canonicalRoot() const { return m_canonicalRoot; }

    /// Where a write to @p path lands: the file a link inside the site points to (so the link stays
    /// a link), or the path itself in its real folder. Fails unless the policy allows replacing it.
    IoResult resolveForWrite(const QString &path, QString &target) const;
    /// The directory entry @p path names, in its real folder, without following a final link (for
    /// renames and removals, which act on the entry). @p mustExist: refuse a missing entry.
    /// @p allowFolder: a folder may be the entry (a page folder renamed or removed as a whole).
    IoResult resolveEntry(const QString &path, bool mustExist, QString &entry, bool allowFolder = false) const;

    /// True when @p canonicalPath lies inside the site's real folder.
    bool insideCanonical(const QString &canonicalPath) const;
    /// The absolute, clean form of @p path; relative paths are taken from the site's root.
    QString absolute(const QString &path) const;

    static IoResult failure(IoResult::Error kind, const QString &error);

private:
    bool insideLexically(const QString &absolutePath) const;

    QString m_root;
    QString m_canonicalRoot;
};

} // namespace GravDesk
