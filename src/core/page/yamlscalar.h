#pragma once

#include <QByteArray>
#include <QString>
#include <QVariant>

class QTimeZone;

namespace GravDesk {

/**
 * What Symfony YAML (the parser Grav 1.7 uses for page headers) makes of an
 * unquoted scalar. yaml-cpp's own guesses follow YAML 1.1 (`yes` is a
 * boolean there) and must never decide how a value is written.
 */
enum class PlainScalarType {
    Null, ///< empty, `~`, `null` (any case)
    Bool, ///< `true` / `false` (any case) only; `yes`, `on`, `y` stay strings
    Int, ///< digits (leading 0 = octal), `-digits`, `0x…` hex, `1_000`
    Float, ///< PHP-numeric text (`1.5`, `.5`, `1e3`, `+1`), `.inf`, `.nan`
    Timestamp, ///< `YYYY-M-D[( |T)H:MM:SS[.f][tz]]`: an integer Unix time (or an error when impossible)
    String, ///< anything else
};

/// Classifies unquoted text the way Symfony's Inline::evaluateScalar does (branch order kept).
PlainScalarType classifyPlainScalar(const QString &text);

/// How a scalar is written in the file.
enum class ScalarStyle { Plain, SingleQuoted, DoubleQuoted };

/**
 * Writes @p text as a YAML scalar that Symfony (and yaml-cpp) read back as
 * exactly that string, following Symfony's Dumper (Inline::dump):
 *  - text with control characters, U+0085, U+00A0, U+2028/9 or line breaks →
 *    double-quoted with escapes (`"a\nb"`);
 *  - the empty string → `''`;
 *  - text that is not a plain string for Symfony (see classifyPlainScalar),
 *    `y`/`n`/`yes`/`no`/`on`/`off`, text containing whitespace or any of
 *    `' " : { } [ ] , & * # ?`, or starting with `- ? | < > = ! % @ \`` →
 *    single-quoted, `'` doubled;
 *  - everything else (e.g. `news`, Cyrillic or Kazakh words) → plain, raw UTF-8.
 * @p preferred lets an edit keep the quoting the file used for the old value:
 * a quoted style is kept whenever it can hold the text; Plain means "as Symfony would".
 */
QByteArray yamlString(const QString &text, ScalarStyle preferred = ScalarStyle::Plain);

/// True when @p text holds characters YAML can only write escaped (controls other than line breaks, NEL, NBSP, LS, PS…).
bool needsEscapedForm(const QString &text);

/// Double-quoted form with YAML escapes (always valid, any text).
QByteArray yamlDoubleQuoted(const QString &text);

/// A float written so that Symfony reads back the same double (`1.0`, `0.5`, `1.0e+25`, `.inf`); NaN cannot be written.
QByteArray yamlFloat(double value, bool *ok = nullptr);

/// True when @p key can be written unquoted as a mapping key and reads back as that string.
bool isPlainKey(const QString &key);

} // namespace GravDesk
