#pragma once

#include <QDateTime>
#include <QString>
#include <QVariant>

class QTimeZone;

namespace GravDesk {

/**
 * Reads a page date the way Grav's Utils::date2timestamp does: with a PHP
 * date format (the page's `dateformat`, else `system.pages.dateformat.default`)
 * through DateTime::createFromFormat semantics; otherwise the forms PHP's
 * `new DateTime()` accepts that appear in news sites (`d-m-Y H:i`,
 * `Y-m-d H:i`, `m/d/Y`, `d.m.Y`, ISO 8601). Integers are Unix times (what
 * Symfony makes of an unquoted timestamp). Returns an invalid QDateTime when
 * Grav could not read the value either (it then uses the file's mtime).
 */
QDateTime parseGravDate(const QVariant &value, const QString &phpFormat, const QTimeZone &zone);

/// DateTime::createFromFormat for the common PHP format letters; invalid on mismatch.
QDateTime parsePhpFormat(const QString &text, const QString &phpFormat, const QTimeZone &zone);

/// Formats like PHP's date() for the common letters (d j S m n Y y H G h g i s A a D l M F U).
QString formatPhpDate(const QDateTime &dt, const QString &phpFormat);

} // namespace GravDesk
