#include "envelope.h"

#include <QtEndian>

#include <algorithm>
#include <cstring>
#include <vector>

namespace GravDesk {

bool isValidUtf8(const QByteArray &bytes)
{
    const auto *s = reinterpret_cast<const unsigned char *>(bytes.constData());
    const unsigned char *const end = s + bytes.size();
    constexpr quint64 high = 0x8080808080808080ULL;
    while (s < end) {
        // Eight bytes at a time while they are ASCII or whole two-byte sequences (the Latin, Cyrillic and
        // Kazakh text of a page): bit 7 of each byte of a mask stands for that byte.
        if (end - s >= 8) {
            const quint64 le = qFromLittleEndian<quint64>(s); // byte i in bits 8i..8i+7
            const quint64 top = le & high;
            if (top == 0) {
                s += 8;
                continue;
            }
            const quint64 bit6 = (le << 1) & high, bit5 = (le << 2) & high;
            const quint64 lead = top & bit6; // 11xxxxxx
            const quint64 cont = top & ~bit6; // 10xxxxxx
            const quint64 notC0C1 = ((le & 0x1E1E1E1E1E1E1E1EULL) + 0x7F7F7F7F7F7F7F7FULL) & high;
            const quint64 lead2 = lead & ~bit5 & notC0C1; // C2..DF
            // every lead starts a two-byte sequence whose continuation is the next byte; a lead in the last
            // byte is checked with the next eight
            if (lead == lead2 && cont == lead2 << 8) {
                s += (lead2 >> 63) != 0 ? 7 : 8;
                continue;
            }
        }
        const unsigned char c = *s;
        if (c < 0x80) {
            ++s;
            continue;
        }
        if (c >= 0xC2 && c <= 0xDF) {
            if (end - s < 2 || (s[1] & 0xC0) != 0x80)
                return false;
            s += 2;
            continue;
        }
        if (c >= 0xE0 && c <= 0xEF) {
            if (end - s < 3 || (s[1] & 0xC0) != 0x80 || (s[2] & 0xC0) != 0x80)
                return false;
            if ((c == 0xE0 && s[1] < 0xA0) || (c == 0xED && s[1] >= 0xA0)) // overlong, surrogate
                return false;
            s += 3;
            continue;
        }
        if (c >= 0xF0 && c <= 0xF4) {
            if (end - s < 4 || (s[1] & 0xC0) != 0x80 || (s[2] & 0xC0) != 0x80 || (s[3] & 0xC0) != 0x80)
                return false;
            if ((c == 0xF0 && s[1] < 0x90) || (c == 0xF4 && s[1] >= 0x90)) // overlong, above U+10FFFF
                return false;
            s += 4;
            continue;
        }
        return false;
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
