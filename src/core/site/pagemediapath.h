#pragma once

#include <QString>

namespace GravDesk {

/**
 * Maps the path of a preview media request (`gravdesk-media://page/<name>`, still percent-encoded) to a
 * file of the page's folder. Only a plain file directly inside @p pageFolder qualifies: no `..` (also
 * encoded as `%2e%2e`), no sub-paths or backslashes, no absolute paths, no NUL, and no symbolic link that
 * leads out of the folder. Returns the file's canonical path, or an empty string and the reason in
 * @p why.
 */
QString resolvePageMediaRequest(const QString &pageFolder, const QString &encodedPath, QString *why = nullptr);

/**
 * The same for a preview that shows Grav's own media URLs: @p gravFolderUrl is the page's public folder
 * URL (`/user/pages/02.news/x/`); a request for a file under it is served from @p pageFolder, a request
 * for a bare name too, anything else is refused as above.
 */
QString resolvePageMediaRequest(
    const QString &pageFolder, const QString &gravFolderUrl, const QString &encodedPath, QString *why = nullptr);

} // namespace GravDesk
