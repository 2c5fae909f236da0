#include "envelope.h"

#include <vector>

namespace GravDesk {

bool isValidUtf8(const QByteArray &bytes)
{
    const auto *s = reinterpret_cast<const unsigned char *>(bytes.constData());
    const qsizetype n = bytes.size();
    qsizetype i = 0;
    while (i < n) {
        const unsigned char c = s[i];
        if (c < 0x80) {
            ++i;
            continue;
        }
        // two-byte sequences (Cyrillic text) are most of a news page: checked without the general path
        if (c >= 0xC2 && c <= 0xDF && i + 1 < n && (s[i + 1] & 0xC0) == 0x80) {
            i += 2;
            continue;
        }
        int len = 0;
        unsigned int cp = 0;
        if (c >= 0xC2 && c <= 0xDF) {
            len = 2;
            cp = c & 0x1F;
        } else if (c >= 0xE0 && c <= 0xEF) {
            len = 3;
            cp = c & 0x0F;
        } else if (c >= 0xF0 && c <= 0xF4) {
            len = 4;
            cp = c & 0x07;
        } else {
            return false;
        }
        if (i + len > n)
            return false;
        for (int k = 1; k < len; ++k) {
            const unsigned char cc = s[i + k];
            if ((cc & 0xC0) != 0x80)
                return false;
            cp = (cp << 6) | (cc & 0x3F);
        }
        if ((len == 3 && (cp < 0x800 || (cp >= 0xD800 && cp <= 0xDFFF))) || (len == 4 && (cp < 0x10000 || cp > 0x10FFFF)))
            return false;
        i += len;
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

    // 3. ltrim() default character list: " \t\n\r\0\x0B".
    qsizetype p = 0;
    const qsizetype tn = text.size();
    while (p < tn) {
        const char c = text[p];
        if (c != ' ' && c != '\t' && c != '\n' && c != '\r' && c != '\0' && c != '\x0B')
            break;
        ++p;
    }
    // ^---\n
    if (tn - p < 4 || text[p] != '-' || text[p + 1] != '-' || text[p + 2] != '-' || text[p + 3] != '\n')
        return env;
    const qsizetype headerStart = p + 4;
    // (.+?)\n--- : at least one character, then the first "\n---" after it.
    qsizetype close = -1;
    for (qsizetype i = headerStart + 1; i + 4 <= tn; ++i) {
        if (text[i] == '\n' && text[i + 1] == '-' && text[i + 2] == '-' && text[i + 3] == '-') {
            close = i;
            break;
        }
    }
    if (close < 0)
        return env;
    qsizetype bodyStart = close + 4;
    while (bodyStart < tn && text[bodyStart] == '\n')
        ++bodyStart;

    env.hasHeader = true;
    QByteArray header = text.mid(headerStart, close - headerStart);
    // Grav replaces "\n\t" by "\n    " (the first tab of every line but the first).
    header.replace("\n\t", "\n    ");
    env.headerText = header;
    env.body = text.mid(bodyStart);
    env.bodyOffset = originOf(bodyStart);
    int line = 1;
    for (qsizetype i = 0; i < headerStart; ++i)
        if (text[i] == '\n')
            ++line;
    env.headerFirstLine = line;
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
