#pragma once

// Searches in byte strings (see parsedown.h) and in UTF-8 bytes for the passes that run over a whole page's HTML.

#include <QLatin1String>
#include <QString>
#include <QStringView>

#include <algorithm>
#include <cstring>
#include <string_view>

namespace GravDesk::Markdown {

/**
 * Index of the first @p c (a value below 256) in @p s at or after @p from, or -1.
 * memchr() over the UTF-16 storage is several times cheaper than QStringView::indexOf() (it reads
 * 32 bytes a step); a hit in the other byte of a code unit is skipped, so any string is searched
 * correctly, a byte string simply never has such hits.
 */
inline qsizetype findByte(QStringView s, qsizetype from, char16_t c)
{
    if (from < 0 || from >= s.size())
        return -1;
    const auto *base = reinterpret_cast<const unsigned char *>(s.data());
    const unsigned char *p = base + from * 2;
    const unsigned char *end = base + s.size() * 2;
    while (p < end) {
        const auto *hit = static_cast<const unsigned char *>(std::memchr(p, c, static_cast<size_t>(end - p)));
        if (!hit)
            return -1;
        const qsizetype unit = (hit - base) / 2;
        if (s.at(unit) == c)
            return unit;
        p = hit + 1;
    }
    return -1;
}

/// Index of the first @p c in @p s at or after @p from, or -1.
inline qsizetype findByte(std::string_view s, qsizetype from, char c)
{
    if (from < 0 || static_cast<size_t>(from) >= s.size())
        return -1;
    const void *hit = std::memchr(s.data() + from, c, s.size() - static_cast<size_t>(from));
    return hit ? static_cast<const char *>(hit) - s.data() : -1;
}

/// QStringView::mid() on bytes: the part of @p s from @p pos (clamped), @p n bytes or the rest when negative.
inline std::string_view midView(std::string_view s, qsizetype pos, qsizetype n = -1)
{
    const size_t from = std::min(static_cast<size_t>(std::max<qsizetype>(pos, 0)), s.size());
    return s.substr(from, n < 0 ? std::string_view::npos : static_cast<size_t>(n));
}

/// @p s without the ASCII white space (\t to \r, space) at its ends: QStringView::trimmed() on bytes, but
/// \x85 and \xA0 stay (in UTF-8 they are parts of characters, such as the \xA0 of `à`).
inline std::string_view trimmedView(std::string_view s)
{
    constexpr std::string_view space(" \t\n\v\f\r");
    const size_t a = s.find_first_not_of(space);
    if (a == std::string_view::npos)
        return s.substr(s.size());
    return s.substr(a, s.find_last_not_of(space) + 1 - a);
}

inline char lowerAscii(char c)
{
    return c >= 'A' && c <= 'Z' ? static_cast<char>(c + 32) : c;
}

/// Equal but for the case of ASCII letters.
inline bool equalsNoCase(std::string_view a, std::string_view b)
{
    if (a.size() != b.size())
        return false;
    for (size_t i = 0; i < a.size(); ++i)
        if (lowerAscii(a[i]) != lowerAscii(b[i]))
            return false;
    return true;
}

/// Whether @p s has @p word (ASCII) at @p pos, letters in either case.
inline bool hasAsciiWordAt(std::string_view s, qsizetype pos, QLatin1String word)
{
    return pos >= 0 && static_cast<size_t>(pos + word.size()) <= s.size()
        && equalsNoCase(s.substr(static_cast<size_t>(pos), static_cast<size_t>(word.size())),
            std::string_view(word.data(), static_cast<size_t>(word.size())));
}

} // namespace GravDesk::Markdown
