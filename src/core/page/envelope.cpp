#include "envelope.h"

#ifdef __SSE2__
#include <emmintrin.h>
#endif

#include <algorithm>
#include <cstring>
#include <vector>

namespace GravDesk {

qsizetype utf8SequenceLength(const char *at, const char *end)
{
    const auto *s = reinterpret_cast<const unsigned char *>(at);
    const unsigned char b = s[0];
    if (b < 0x80)
        return 1;
    qsizetype len = 0;
    unsigned char lo = 0x80, hi = 0xBF; // the allowed range of the second byte
    if (b >= 0xC2 && b <= 0xDF)
        len = 2;
    else if (b >= 0xE0 && b <= 0xEF)
        len = 3;
    else if (b >= 0xF0 && b <= 0xF4)
        len = 4;
    else
        return 0;
    if (b == 0xE0)
        lo = 0xA0; // overlong
    else if (b == 0xED)
        hi = 0x9F; // surrogate
    else if (b == 0xF0)
        lo = 0x90; // overlong
    else if (b == 0xF4)
        hi = 0x8F; // above U+10FFFF
    if (end - at < len || s[1] < lo || s[1] > hi)
        return 0;
    for (qsizetype k = 2; k < len; ++k)
        if ((s[k] & 0xC0) != 0x80)
            return 0;
    return len;
}

namespace {

// Where the run of whole blocks of ASCII and two-byte sequences (the Latin, Cyrillic and Kazakh text of a
// page) that starts at @p s ends: at the start of the first sequence of the first block that is not such
// text, or of the last sequence before fewer than a block's bytes remain. A block is such text when its high
// bytes are leads C2..DF and continuations 80..BF, each continuation right after a lead; a lead in the
// block's last byte carries into the next block. Signed compares: 80..BF are -128..-65, C2..DF are -62..-33.
const char *twoByteRun(const char *s, const char *end)
{
#ifdef __SSE2__
    const __m128i contBelow = _mm_set1_epi8(static_cast<char>(0xC0)), leadAbove = _mm_set1_epi8(static_cast<char>(0xC1)),
                  leadBelow = _mm_set1_epi8(static_cast<char>(0xE0));
    unsigned carry = 0;
    for (; end - s >= 16; s += 16) {
        const __m128i v = _mm_loadu_si128(reinterpret_cast<const __m128i *>(s));
        const auto high = static_cast<unsigned>(_mm_movemask_epi8(v));
        if ((high | carry) == 0)
            continue;
        const auto cont = static_cast<unsigned>(_mm_movemask_epi8(_mm_cmplt_epi8(v, contBelow)));
        const auto lead
            = static_cast<unsigned>(_mm_movemask_epi8(_mm_and_si128(_mm_cmpgt_epi8(v, leadAbove), _mm_cmplt_epi8(v, leadBelow))));
        if ((cont | lead) != high || cont != (((lead << 1) | carry) & 0xFFFFu))
            break;
        carry = lead >> 15;
    }
    return s - carry;
#else
    Q_UNUSED(end);
    return s;
#endif
}

} // namespace

bool isValidUtf8(QByteArrayView bytes)
{
    const char *s = bytes.data();
    const char *const end = s + bytes.size();
    while (s < end) {
        s = twoByteRun(s, end);
        // longer sequences, an error or the last bytes: a block's worth sequence by sequence
        const char *const stop = end - s > 16 ? s + 16 : end;
        while (s < stop) {
            const qsizetype len = utf8SequenceLength(s, end);
            if (len == 0)
                return false;
            s += len;
        }
    }
    return true;
}

Envelope splitEnvelope(const QByteArray &raw)
{
    Envelope env;
    env.raw = raw;
    const qsizetype n = raw.size();
    env.finalNewline = n > 0 && (raw.endsWith('\n') || raw.endsWith('\r'));

    // 1. ltrim($raw, "\xEF\xBB\xBF"): any leading run of those bytes.
    qsizetype start = 0;
    while (start < n) {
        const auto c = static_cast<unsigned char>(raw[start]);
        if (c != 0xEF && c != 0xBB && c != 0xBF)
            break;
        ++start;
    }
    env.hasBom = start > 0;

    // 2. Normalise line endings, remembering where each normalised byte came from. Most files are
    //    LF-only: then the text is the raw bytes themselves and the mapping is a plain offset.
    QByteArray text;
    std::vector<qsizetype> origin; // CR files only: origin[i] = index in raw of text[i]; origin[size] = n
    bool sawCrlf = false, sawCr = false;
    if (raw.indexOf('\r', start) < 0) {
        text = start > 0 ? raw.mid(start) : raw;
    } else {
        text.reserve(n - start);
        origin.reserve(static_cast<size_t>(n - start + 1));
        for (qsizetype i = start; i < n; ++i) {
            const char c = raw[i];
            origin.push_back(i);
            if (c == '\r') {
                text.append('\n');
                if (i + 1 < n && raw[i + 1] == '\n') {
                    ++i;
                    sawCrlf = true;
                } else {
                    sawCr = true;
                }
            } else {
                text.append(c);
            }
        }
        origin.push_back(n);
    }
    const auto originOf = [&](qsizetype i) { return origin.empty() ? start + i : origin[static_cast<size_t>(i)]; };
    // The style new body lines are written in: the file's, or its majority style when mixed.
    if (sawCrlf || sawCr) {
        const qsizetype crlf = raw.count("\r\n");
        const qsizetype lf = raw.count('\n') - crlf;
        const qsizetype cr = raw.count('\r') - crlf;
        if (crlf >= lf && crlf >= cr)
            env.lineEnding = LineEnding::CRLF;
        else if (cr > lf)
            env.lineEnding = LineEnding::CR;
    }

    env.validUtf8 = isValidUtf8(text);

    // The no-match result: the whole normalised text (BOM gone, leading whitespace kept).
    env.body = text;
    env.bodyOffset = start;

    if (!env.validUtf8)
        return env;

    // 3. ltrim() default character list: " \t\n\r\0\x0B". (A const view: text[] on the QByteArray would check
    //    for a detach at every byte.)
    const char *t = text.constData();
    qsizetype p = 0;
    const qsizetype tn = text.size();
    while (p < tn) {
        const char c = t[p];
        if (c != ' ' && c != '\t' && c != '\n' && c != '\r' && c != '\0' && c != '\x0B')
            break;
        ++p;
    }
    // ^---\n
    if (tn - p < 4 || std::memcmp(t + p, "---\n", 4) != 0)
        return env;
    const qsizetype headerStart = p + 4;
    // (.+?)\n--- : at least one character, then the first "\n---" after it.
    qsizetype close = -1;
    for (qsizetype i = headerStart + 1; i + 4 <= tn;) {
        const void *nl = std::memchr(t + i, '\n', static_cast<size_t>(tn - 3 - i));
        if (!nl)
            break;
        i = static_cast<const char *>(nl) - t;
        if (t[i + 1] == '-' && t[i + 2] == '-' && t[i + 3] == '-') {
            close = i;
            break;
        }
        ++i;
    }
    if (close < 0)
        return env;
    qsizetype bodyStart = close + 4;
    while (bodyStart < tn && t[bodyStart] == '\n')
        ++bodyStart;

    env.hasHeader = true;
    QByteArray header = text.mid(headerStart, close - headerStart);
    // Grav replaces "\n\t" by "\n    " (the first tab of every line but the first).
    if (header.contains('\t'))
        header.replace("\n\t", "\n    ");
    env.headerText = header;
    env.body = text.mid(bodyStart);
    env.bodyOffset = originOf(bodyStart);
    env.headerFirstLine = 1 + static_cast<int>(std::count(t, t + headerStart, '\n'));
    return env;
}

QByteArray applyLineEnding(const QByteArray &lfText, LineEnding ending)
{
    if (ending == LineEnding::LF)
        return lfText;
    QByteArray out = lfText;
    out.replace('\n', ending == LineEnding::CRLF ? QByteArrayLiteral("\r\n") : QByteArrayLiteral("\r"));
    return out;
}

QByteArray composeWithBody(const Envelope &env, const QString &newBody)
{
    QByteArray lf = newBody.toUtf8();
    lf.replace("\r\n", "\n");
    lf.replace('\r', '\n');
    return env.prefix() + applyLineEnding(lf, env.lineEnding);
}

} // namespace GravDesk
