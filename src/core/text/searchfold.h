#pragma once

#include <QByteArray>
#include <QString>

namespace GravDesk {

/**
 * How site search and the find bar compare letters: case-insensitively (Unicode simple case folding,
 * so Kazakh ә ғ қ ң ө ұ ү һ і and their capitals fold to themselves, never to Russian letters) and with
 * ё and е as one letter (Russian text is written both ways). Every mapping keeps the length: a folded
 * UTF-16 text has the same offsets as the original, and a folded UTF-8 text the same byte offsets, so a
 * match found in the folded text is the same range of the original.
 */
namespace SearchFold {

/// ё/Ё → е/Е in place (case kept); the find bar's "ё = е" when case matters.
void mapYo(QString &text);

/// One UTF-16 unit folded: lower case (simple folding), ё → е. Surrogates are left as they are.
char16_t fold(char16_t c);
/// fold() over the whole text, in place.
void foldInPlace(QString &text);
QString folded(QString text);

/**
 * fold() over UTF-8 bytes, into @p out (resized to @p size). A character whose folded form takes a different
 * number of bytes (a rare few, such as U+017F ſ) and malformed bytes are copied as they are.
 */
void foldUtf8(const char *data, qsizetype size, QByteArray &out);
QByteArray foldedUtf8(const QByteArray &bytes);

} // namespace SearchFold

} // namespace GravDesk
