#pragma once

#include <QString>

namespace GravDesk {

/**
 * True when @p path is @p folder or lies below it. Both are clean absolute paths with '/' separators
 * (QDir::cleanPath); "/" holds every absolute path, "" holds none. A textual test: resolve links first
 * where they matter.
 */
inline bool isPathWithin(const QString &path, const QString &folder)
{
    if (folder.isEmpty())
        return false;
    if (folder == QLatin1String("/"))
        return path.startsWith(QLatin1Char('/'));
    return path.startsWith(folder) && (path.size() == folder.size() || path.at(folder.size()) == QLatin1Char('/'));
}

} // namespace GravDesk
