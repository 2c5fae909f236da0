#include "text/searchfold.h"

#include <QChar>

#include <algorithm>
#include <array>
#include <cstring>
#include <memory>

#ifdef __SSE2__
#include <emmintrin.h>
#endif

namespace GravDesk::SearchFold {
namespace {

// The whole Basic Multilingual Plane folded once (128 KB): a table lookup per character in the hot loops.
const char16_t *foldTable()
{
    static const std::unique_ptr<char16_t[]> table = [] {
        auto t = std::make_unique<char16_t[]>(0x10000);
        for (char32_t c = 0; c < 0x10000; ++c) {
            char16_t f = static_cast<char16_t>(c);
            if (!QChar::isSurrogate(c))
                f = static_cast<char16_t>(QChar::toCaseFolded(c));
            if (f == u'ё')
                f = u'е';
            t[c] = f;
        }
        return t;
    }();
    return table.get();
}

} // namespace

void mapYo(QString &text)
{
    // One pass over the raw UTF-16: a megabyte page is mapped in well under a millisecond.
    char16_t *p = reinterpret_cast<char16_t *>(text.data());
    const char16_t *end = p + text.size();
    for (; p != end; ++p) {
        if (*p == u'ё')
            *p = u'е';
        else if (*p == u'Ё')
            *p = u'Е';
    }
}

char16_t fold(char16_t c)
{
    return foldTable()[c];
}

void foldInPlace(QString &text)
{
    const char16_t *table = foldTable();
    char16_t *p = reinterpret_cast<char16_t *>(text.data());
    const char16_t *end = p + text.size();
    for (; p != end; ++p)
        *p = table[*p];
}

QString folded(QString text)
{
    foldInPlace(text);
    return text;
}

namespace {

#ifdef __SSE2__
// Whether the 16 bytes at @p s (and the byte after them) hold nothing fold() changes: no A-Z, no lead byte
// but C2 (not before B5, µ), D0 (followed by а-п, U+0430-043F) or D1 (followed by р-я and ѐ-џ but ё,
// U+0440-045F).
// D2 followed by an odd byte (U+0481-04BF odd: small letters such as ғ қ ң ү ұ һ, or marks) and D3 followed by
// an odd byte from 91 (U+04D1-04FF odd: ә ө and other small letters) pass too.
// Most Russian, Kazakh and English text passes: a block that passes is copied as it is.
inline bool plainBlock(const unsigned char *s)
{
    const __m128i v = _mm_loadu_si128(reinterpret_cast<const __m128i *>(s));
    const __m128i next = _mm_loadu_si128(reinterpret_cast<const __m128i *>(s + 1));
    const __m128i flip = _mm_set1_epi8(static_cast<char>(0x80));
    const auto ucmpgt = [&flip](__m128i a, int b) { // a > b, unsigned
        return _mm_cmpgt_epi8(_mm_xor_si128(a, flip), _mm_set1_epi8(static_cast<char>(b ^ 0x80)));
    };
    const __m128i upper = _mm_and_si128(_mm_cmpgt_epi8(v, _mm_set1_epi8('A' - 1)), _mm_cmplt_epi8(v, _mm_set1_epi8('Z' + 1)));
    const __m128i d0 = _mm_cmpeq_epi8(v, _mm_set1_epi8(static_cast<char>(0xD0)));
    const __m128i d1 = _mm_cmpeq_epi8(v, _mm_set1_epi8(static_cast<char>(0xD1)));
    const __m128i lead = ucmpgt(v, 0xC1);
    const __m128i c2 = _mm_cmpeq_epi8(v, _mm_set1_epi8(static_cast<char>(0xC2))); // « » and no-break spaces: only µ folds
    const __m128i c2Fold = _mm_and_si128(c2, _mm_cmpeq_epi8(next, _mm_set1_epi8(static_cast<char>(0xB5))));
    const __m128i d2 = _mm_cmpeq_epi8(v, _mm_set1_epi8(static_cast<char>(0xD2)));
    const __m128i d3 = _mm_cmpeq_epi8(v, _mm_set1_epi8(static_cast<char>(0xD3)));
    const __m128i evenNext = _mm_cmpeq_epi8(_mm_and_si128(next, _mm_set1_epi8(1)), _mm_setzero_si128());
    const __m128i d2Fold = _mm_and_si128(d2, evenNext); // D2 80..BF even: capitals
    const __m128i d3Fold = _mm_and_si128(d3, _mm_or_si128(evenNext, _mm_andnot_si128(ucmpgt(next, 0x90), _mm_set1_epi8(-1))));
    const __m128i otherLead = _mm_andnot_si128(_mm_or_si128(_mm_or_si128(_mm_or_si128(d0, d1), c2), _mm_or_si128(d2, d3)), lead);
    const __m128i d0Upper = _mm_and_si128(d0, _mm_andnot_si128(ucmpgt(next, 0xAF), _mm_set1_epi8(-1))); // D0 80..AF
    const __m128i d1Fold = _mm_and_si128(
        d1, _mm_or_si128(_mm_cmpeq_epi8(next, _mm_set1_epi8(static_cast<char>(0x91))), ucmpgt(next, 0x9F))); // ё, D1 A0..BF
    const __m128i any = _mm_or_si128(_mm_or_si128(_mm_or_si128(upper, otherLead), _mm_or_si128(d0Upper, d1Fold)),
        _mm_or_si128(c2Fold, _mm_or_si128(d2Fold, d3Fold)));
    return _mm_movemask_epi8(any) == 0;
}
#endif

// One character (or malformed byte) folded at @p i; returns the index after it.
inline qsizetype foldOne(const unsigned char *s, unsigned char *o, qsizetype i, qsizetype size, const char16_t *table)
{
    const unsigned char b = s[i];
    if (b < 0x80) {
        o[i] = (b >= 'A' && b <= 'Z') ? static_cast<unsigned char>(b + 32) : b;
        return i + 1;
    }
    if (b >= 0xC2 && b <= 0xDF && i + 1 < size && (s[i + 1] & 0xC0) == 0x80) {
        const char16_t c = static_cast<char16_t>(((b & 0x1F) << 6) | (s[i + 1] & 0x3F));
        const char16_t f = table[c];
        if (f >= 0x80 && f < 0x800) {
            o[i] = static_cast<unsigned char>(0xC0 | (f >> 6));
            o[i + 1] = static_cast<unsigned char>(0x80 | (f & 0x3F));
        } else {
            o[i] = b;
            o[i + 1] = s[i + 1];
        }
        return i + 2;
    }
    if (b >= 0xE0 && b <= 0xEF && i + 2 < size && (s[i + 1] & 0xC0) == 0x80 && (s[i + 2] & 0xC0) == 0x80) {
        const char16_t c = static_cast<char16_t>(((b & 0x0F) << 12) | ((s[i + 1] & 0x3F) << 6) | (s[i + 2] & 0x3F));
        const char16_t f = c >= 0x800 ? table[c] : c;
        if (f >= 0x800 && !QChar::isSurrogate(f)) {
            o[i] = static_cast<unsigned char>(0xE0 | (f >> 12));
            o[i + 1] = static_cast<unsigned char>(0x80 | ((f >> 6) & 0x3F));
            o[i + 2] = static_cast<unsigned char>(0x80 | (f & 0x3F));
        } else {
            o[i] = b;
            o[i + 1] = s[i + 1];
            o[i + 2] = s[i + 2];
        }
        return i + 3;
    }
    o[i] = b; // a 4-byte sequence's bytes, or malformed input: as it is
    return i + 1;
}

} // namespace

void foldUtf8(const char *data, qsizetype size, QByteArray &out)
{
    const char16_t *table = foldTable();
    out.resize(size);
    const auto *s = reinterpret_cast<const unsigned char *>(data);
    auto *o = reinterpret_cast<unsigned char *>(out.data());
    qsizetype i = 0;
    while (i < size) {
#ifdef __SSE2__
        // blocks with nothing to fold are copied (17 bytes are read: the block and the byte after it)
        while (size - i > 16 && plainBlock(s + i)) {
            std::memcpy(o + i, s + i, 16);
            i += 16;
        }
        const qsizetype stop = std::min(size, i + 16);
#else
        const qsizetype stop = size;
#endif
        while (i < stop)
            i = foldOne(s, o, i, size, table);
    }
}

QByteArray foldedUtf8(const QByteArray &bytes)
{
    QByteArray out;
    foldUtf8(bytes.constData(), bytes.size(), out);
    return out;
}

} // namespace GravDesk::SearchFold
