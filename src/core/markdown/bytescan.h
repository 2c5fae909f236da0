#pragma once

// Searches in byte strings (see parsedown.h) for the passes that run over a whole page's HTML.

#include <QString>
#include <QStringView>

#include <cstring>

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

/// Whether @p s has @p word (lower-case ASCII) at @p pos, letters in either case.
inline bool hasAsciiWordAt(QStringView s, qsizetype pos, QLatin1String word)
{
    if (pos < 0 || pos + word.size() > s.size())
        return false;
    for (qsizetype i = 0; i < word.size(); ++i) {
        const char16_t w = static_cast<unsigned char>(word.at(i).toLatin1());
        const char16_t c = s.at(pos + i).unicode();
        if (c != w && !(w >= u'a' && w <= u'z' && (c | 0x20) == w))
            return false;
    }
    return true;
}

} // namespace GravDesk::Markdown
