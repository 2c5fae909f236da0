#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QString>
#include <QStringList>
#include <QVariant>

namespace GravDesk {

/**
 * The result of reading a page header the way Grav does.
 *
 * yaml-cpp parses; the scalars are then typed by Symfony YAML's rules (what
 * Grav 1.7 uses), not by yaml-cpp's YAML 1.1 guesses:
 *  - only unquoted `true`/`false` (any case) are booleans; `yes`, `on`, `no`,
 *    `off` stay strings;
 *  - unquoted `~`, `null` (any case) and empty values are null;
 *  - unquoted digits are integers (a leading `0` means octal, `0x` hex),
 *    other PHP-numeric text is a float, `.inf`/`.nan` are floats;
 *  - unquoted `YYYY-M-D` and `YYYY-M-D[T ]H:MM:SS[.f][tz]` become an integer
 *    Unix time (UTC); an impossible such date rejects the whole header;
 *  - quoted and block scalars are always strings.
 * Symfony rejects duplicate keys, unknown `!tags` and plain values containing
 * `: ` or starting with `@ \` % | >`; Grav then retries with its legacy
 * parser, which accepts those. Such headers are accepted here too, with
 * `legacyOnly` set, so the editor can ask the user to fix them.
 */
struct HeaderParse
{
    bool accepted = true; ///< Grav shows the page (false: "Invalid Frontmatter" page)
    bool legacyOnly = false; ///< accepted only by Grav's legacy (compat) parser
    QVariantMap values; ///< top-level keys; null values are invalid QVariants
    QStringList keyOrder; ///< top-level keys in file order
    QString error; ///< why the header is rejected (or, for legacyOnly, what is wrong)
    int errorLine = 0; ///< 1-based line inside the header text (0: unknown)
    int errorColumn = 0; ///< 1-based column (0: unknown)
};

/// Limits that keep hostile headers (deep nesting, alias bombs, huge files) bounded.
struct HeaderBudget
{
    int maxDepth = 64;
    int maxNodes = 200000;
    int maxAliases = 1000;
    qsizetype maxBytes = 4 * 1024 * 1024;
    bool simpleFastPath = true; ///< false: always through yaml-cpp (tests compare both; see page/simpleheader.h)
    /// Callers that read a few keys: the fast path builds only these top-level values (no key order then);
    /// a header it does not take is parsed whole.
    const QList<QByteArrayView> *onlyKeys = nullptr;
};

/// Parses Grav header text (as produced by splitEnvelope: LF, tabs after newlines converted).
HeaderParse parseHeader(const QByteArray &headerText, const HeaderBudget &budget = {});

} // namespace GravDesk
