#pragma once

#include <QString>
#include <QStringList>

namespace GravDesk {

/**
 * File names for imported photos, after the site's convention: `<prefix>-<n>.<ext>` where the prefix is
 * the one the page's own media already use, else the date in the page folder's name (`14.2019-07-22-x`
 * gives `2019-07-22`), else the folder's slug. Numbers continue after the highest one in use and skip
 * any name already taken (compared case-insensitively, as on Windows), so nothing is ever overwritten.
 */
namespace MediaNaming {

/// `2019-07-22` from `14.2019-07-22-silk-road…` ("" when the folder name has no date).
QString folderDate(const QString &folderName);
/// The prefix new photos of @p pageFolder get (never empty, always a safe name).
QString learnPrefix(const QString &pageFolder);
/// @p count new names `<prefix>-<n>.<extension>` not present in @p pageFolder nor in @p reserved.
QStringList allocate(
    const QString &pageFolder, const QString &prefix, int count, const QString &extension, const QStringList &reserved = {});
/**
 * A name that is valid on Windows and Linux: no `< > : " / \ | ? *` or control characters, no trailing
 * dots or spaces, no reserved device names (CON, NUL, COM1 …), at most 200 bytes of UTF-8; spaces become
 * dashes. Returns "" when nothing usable is left.
 */
QString safeFileName(const QString &name);
/// True when safeFileName(@p name) == @p name.
bool isSafeFileName(const QString &name);

} // namespace MediaNaming
} // namespace GravDesk
