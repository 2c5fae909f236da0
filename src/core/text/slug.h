#pragma once

#include <QString>

namespace GravDesk {

/**
 * Transliteration tables for page slugs.
 *
 * Russian: the default is the ICAO Doc 9303 table — the one in Russian and Kazakh passports since 2013,
 * so readers already know its spellings (ж zh, х kh, ц ts, щ shch, ю iu, я ia), and it needs no
 * apostrophes or diacritics, which URLs cannot keep. GOST 7.79-2000 system B (ж zh, х x, ц cz/c, щ shh,
 * ю yu, я ya, ъ/ь dropped in URLs) is selectable, as is the BGN/PCGN-like "common" style of Russian
 * news sites (х kh, ю yu, я ya, й y).
 *
 * Kazakh: the 2021 Kazakh Latin alphabet (Presidential decree of 2021 revision: Ä Ğ Q Ŋ Ö Ū Ü Ş J İ I),
 * applied to all 42 letters of the Kazakh Cyrillic alphabet, then folded to ASCII for URLs:
 * ә→a, ғ→g, қ→q, ң→ng, ө→o, ұ→u, ү→u, һ→h, і→i, ж→j, ш→sh (ş), ч→ch, щ→shch, ц→ts, х→h, и/й→i,
 * у→u, ю→iu, я→ia, ё→io, ы→y, ъ/ь dropped.
 */
enum class RussianScheme { Icao, Gost779B, Common };

/// Latin transliteration of @p text for @p language ("kk", "ru", anything else: only diacritics folded).
/// Cyrillic letters that only Kazakh has always use the Kazakh table, whatever @p language says.
QString transliterate(const QString &text, const QString &language, RussianScheme scheme = RussianScheme::Icao);

/**
 * A URL slug for a page title: transliterated, lower-case ASCII letters and digits, words joined by
 * single `-`, cut at a word boundary to at most @p maxLength characters. Never empty: a title with
 * nothing to keep gives "post".
 */
QString slugify(const QString &title, const QString &language, RussianScheme scheme = RussianScheme::Icao, int maxLength = 80);

} // namespace GravDesk
