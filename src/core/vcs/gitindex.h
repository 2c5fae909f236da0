#pragma once

#include <QByteArrayView>
#include <QString>

#include <functional>

namespace GravDesk {

/**
 * The paths a git index file (`.git/index`) holds, in its order (git's: sorted by path bytes), as `git ls-files`
 * lists them, read straight from the file: the page list of a 20,000-post site without starting a second git
 * beside `git status` (git's index format, versions 2 to 4, SHA-1).
 *
 * Anything this reader does not know for certain makes it return false having called @p each for nothing, and the
 * caller asks git instead: another version or hash, a split index (its entries live in a second file), a sparse
 * index (folders stand for their files), a truncated or inconsistent file. The file is read in one go; git
 * replaces it by renaming a new one over it, so a reader never sees half of a write.
 *
 * @p each gets every entry's path (repository-relative, '/' separators, bytes as git stores them); an unmerged path
 * comes once per stage, as in the file. The view is valid during the call only.
 */
bool readGitIndexPaths(const QString &indexFile, const std::function<void(QByteArrayView path)> &each);

} // namespace GravDesk
