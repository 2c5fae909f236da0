#include "gravdate.h"

#include "io/clock.h"

#include <QRegularExpression>
#include <QTimeZone>

#include <vector>

namespace GravDesk {
namespace {

const char *const kMonthsShort[] = {"jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"};
const char *const kMonthsLong[]
    = {"january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november", "december"};
const char *const kDaysShort[] = {"Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"};
const char *const kDaysLong[] = {"Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"};

bool readNumber(const QString &t, int &pos, int minDigits, int maxDigits, int &out)
{
    int n = 0;
    int v = 0;
    while (pos < t.size() && n < maxDigits && t[pos].isDigit()) {
        v = v * 10 + t[pos].digitValue();
        ++pos;
        ++n;
    }
    if (n < minDigits)
        return false;
    out = v;
    return true;
}

} // namespace

QDateTime parsePhpFormat(const QString &text, const QString &phpFormat, const QTimeZone &zone)
{
    int year = -1, month = -1, day = -1, hour = 0, minute = 0, second = 0;
    int pm = -1;
    bool timeGiven = false;
    qint64 epoch = -1;
    int pos = 0;
    const QString t = text.trimmed();
    for (int i = 0; i < phpFormat.size(); ++i) {
        const QChar f = phpFormat[i];
        int v = 0;
        switch (f.unicode()) {
        case 'd':
        case 'j':
            if (!readNumber(t, pos, f == QLatin1Char('d') ? 2 : 1, 2, v))
                return {};
            day = v;
            break;
        case 'm':
        case 'n':
            if (!readNumber(t, pos, f == QLatin1Char('m') ? 2 : 1, 2, v))
                return {};
            month = v;
            break;
        case 'Y':
            if (!readNumber(t, pos, 1, 4, v))
                return {};
            year = v;
            break;
        case 'y':
            if (!readNumber(t, pos, 2, 2, v))
                return {};
            year = v < 70 ? 2000 + v : 1900 + v;
            break;
        case 'H':
        case 'G':
        case 'h':
        case 'g':
            if (!readNumber(t, pos, (f == QLatin1Char('H') || f == QLatin1Char('h')) ? 2 : 1, 2, v))
                return {};
            hour = v;
            timeGiven = true;
            break;
        case 'i':
            if (!readNumber(t, pos, 2, 2, v))
                return {};
            minute = v;
            timeGiven = true;
            break;
        case 's':
            if (!readNumber(t, pos, 2, 2, v))
                return {};
            second = v;
            timeGiven = true;
            break;
        case 'A':
        case 'a': {
            const QString ap = t.mid(pos, 2).toLower();
            if (ap != QLatin1String("am") && ap != QLatin1String("pm"))
                return {};
            pm = ap == QLatin1String("pm") ? 1 : 0;
            pos += 2;
            break;
        }
        case 'M':
        case 'F': {
            bool found = false;
            for (int m = 0; m < 12 && !found; ++m) {
                const QString longName = QString::fromLatin1(kMonthsLong[m]);
                const QString shortName = QString::fromLatin1(kMonthsShort[m]);
                if (t.mid(pos, longName.size()).compare(longName, Qt::CaseInsensitive) == 0) {
                    month = m + 1;
                    pos += static_cast<int>(longName.size());
                    found = true;
                } else if (t.mid(pos, 3).compare(shortName, Qt::CaseInsensitive) == 0) {
                    month = m + 1;
                    pos += 3;
                    found = true;
                }
            }
            if (!found)
                return {};
            break;
        }
        case 'D':
        case 'l':
            while (pos < t.size() && t[pos].isLetter())
                ++pos;
            break;
        case 'U': {
            int start = pos;
            while (pos < t.size() && (t[pos].isDigit() || (pos == start && t[pos] == QLatin1Char('-'))))
                ++pos;
            bool ok = false;
            epoch = t.mid(start, pos - start).toLongLong(&ok);
            if (!ok)
                return {};
            break;
        }
        case '\\':
            if (i + 1 < phpFormat.size()) {
                ++i;
                if (pos >= t.size() || t[pos] != phpFormat[i])
                    return {};
                ++pos;
            }
            break;
        case '!':
        case '|': break;
        default:
            if (pos >= t.size() || t[pos] != f)
                return {};
            ++pos;
        }
    }
    if (pos != t.size())
        return {}; // PHP: "Trailing data"
    if (epoch >= 0)
        return QDateTime::fromSecsSinceEpoch(epoch, zone);
    // Missing fields take today's values and the current time, as createFromFormat does without '!' (the
    // clock is read only then: converting it into the zone costs more than the parse).
    if (year < 0 || month < 0 || day < 0 || !timeGiven) {
        const QDateTime now = Clock::nowUtc().toTimeZone(zone);
        if (year < 0)
            year = now.date().year();
        if (month < 0)
            month = now.date().month();
        if (day < 0)
            day = now.date().day();
        if (!timeGiven) {
            hour = now.time().hour();
            minute = now.time().minute();
            second = now.time().second();
        }
    }
    if (pm == 1 && hour < 12)
        hour += 12;
    else if (pm == 0 && hour == 12)
        hour = 0;
    if (month < 1 || month > 12 || day < 1 || hour > 24 || minute > 59 || second > 59)
        return {};
    // PHP rolls overflowing days (31-02 → 3 March) instead of failing.
    QDate date = QDate(year, month, 1).addDays(day - 1);
    QDateTime dt(date, QTime(hour % 24, minute, second), zone);
    if (hour == 24)
        dt = dt.addDays(1);
    return dt;
}

QDateTime parseGravDate(const QVariant &value, const QString &phpFormat, const QTimeZone &zone)
{
    if (!value.isValid())
        return {};
    if (value.typeId() == QMetaType::LongLong || value.typeId() == QMetaType::Int)
        return QDateTime::fromSecsSinceEpoch(value.toLongLong(), zone);
    const QString text = value.toString().trimmed();
    if (text.isEmpty())
        return {};
    if (!phpFormat.isEmpty()) {
        const QDateTime dt = parsePhpFormat(text, phpFormat, zone);
        if (dt.isValid())
            return dt;
        // Grav falls back to strtotime() when the format does not match.
    }
    struct Form
    {
        QRegularExpression regex;
        QString format;
    };
    // The PHP rule: '/' means month/day/year, '-' and '.' mean day-month-year (unless the year comes first).
    // Compiled once: this runs for every page file of a site scan.
    static const std::vector<Form> forms = [] {
        const std::pair<const char *, const char *> table[] = {
            {R"(^\d{1,2}-\d{1,2}-\d{4} \d{1,2}:\d{2}:\d{2}$)", "j-n-Y G:i:s"},
            {R"(^\d{1,2}-\d{1,2}-\d{4} \d{1,2}:\d{2}$)", "j-n-Y G:i"},
            {R"(^\d{1,2}-\d{1,2}-\d{4}$)", "j-n-Y|"},
            {R"(^\d{1,2}\.\d{1,2}\.\d{4} \d{1,2}:\d{2}(:\d{2})?$)", "j.n.Y G:i"},
            {R"(^\d{1,2}\.\d{1,2}\.\d{4}$)", "j.n.Y|"},
            {R"(^\d{4}-\d{1,2}-\d{1,2}[ T]\d{1,2}:\d{2}:\d{2}$)", "Y-n-j?G:i:s"},
            {R"(^\d{4}-\d{1,2}-\d{1,2}[ T]\d{1,2}:\d{2}$)", "Y-n-j?G:i"},
            {R"(^\d{4}-\d{1,2}-\d{1,2}$)", "Y-n-j|"},
            {R"(^\d{4}/\d{1,2}/\d{1,2}( \d{1,2}:\d{2})?$)", "Y/n/j G:i"},
            {R"(^\d{1,2}/\d{1,2}/\d{4} \d{1,2}:\d{2}$)", "n/j/Y G:i"},
            {R"(^\d{1,2}/\d{1,2}/\d{4}$)", "n/j/Y|"},
        };
        std::vector<Form> out;
        for (const auto &[re, fmt] : table)
            out.push_back({QRegularExpression(QString::fromLatin1(re)), QString::fromLatin1(fmt)});
        return out;
    }();
    for (const Form &form : forms) {
        if (!form.regex.match(text).hasMatch())
            continue;
        QString fmt = form.format;
        QString input = text;
        if (fmt.contains(QLatin1Char('?'))) {
            input.replace(QLatin1Char('T'), QLatin1Char(' '));
            fmt.replace(QLatin1Char('?'), QLatin1Char(' '));
        }
        if (fmt == QLatin1String("j.n.Y G:i") && input.count(QLatin1Char(':')) == 2)
            fmt = QStringLiteral("j.n.Y G:i:s");
        if (fmt == QLatin1String("Y/n/j G:i") && !input.contains(QLatin1Char(':')))
            fmt = QStringLiteral("Y/n/j|");
        // '|' resets unset fields to zero (midnight), like PHP's strtotime for a bare date.
        const bool midnight = fmt.endsWith(QLatin1Char('|'));
        if (midnight)
            fmt.chop(1);
        const QDateTime dt = midnight ? parsePhpFormat(input + QStringLiteral(" 00:00"), fmt + QStringLiteral(" H:i"), zone)
                                      : parsePhpFormat(input, fmt, zone);
        if (dt.isValid())
            return dt;
    }
    // ISO 8601 with an offset, e.g. 2024-05-25T10:00:00+05:00.
    QDateTime iso = QDateTime::fromString(text, Qt::ISODate);
    if (iso.isValid())
        return iso.toTimeZone(zone);
    return {};
}

QString formatPhpDate(const QDateTime &dt, const QString &phpFormat)
{
    QString out;
    const QDate d = dt.date();
    const QTime t = dt.time();
    for (int i = 0; i < phpFormat.size(); ++i) {
        const QChar f = phpFormat[i];
        switch (f.unicode()) {
        case 'd': out += QString::number(d.day()).rightJustified(2, QLatin1Char('0')); break;
        case 'j': out += QString::number(d.day()); break;
        case 'S': {
            const int day = d.day();
            const int last = day % 10;
            out += (day / 10 == 1 || last == 0 || last > 3) ? QStringLiteral("th")
                : last == 1                                 ? QStringLiteral("st")
                : last == 2                                 ? QStringLiteral("nd")
                                                            : QStringLiteral("rd");
            break;
        }
        case 'm': out += QString::number(d.month()).rightJustified(2, QLatin1Char('0')); break;
        case 'n': out += QString::number(d.month()); break;
        case 'Y': out += QString::number(d.year()); break;
        case 'y': out += QString::number(d.year() % 100).rightJustified(2, QLatin1Char('0')); break;
        case 'H': out += QString::number(t.hour()).rightJustified(2, QLatin1Char('0')); break;
        case 'G': out += QString::number(t.hour()); break;
        case 'h': out += QString::number((t.hour() + 11) % 12 + 1).rightJustified(2, QLatin1Char('0')); break;
        case 'g': out += QString::number((t.hour() + 11) % 12 + 1); break;
        case 'i': out += QString::number(t.minute()).rightJustified(2, QLatin1Char('0')); break;
        case 's': out += QString::number(t.second()).rightJustified(2, QLatin1Char('0')); break;
        case 'A': out += t.hour() < 12 ? QStringLiteral("AM") : QStringLiteral("PM"); break;
        case 'a': out += t.hour() < 12 ? QStringLiteral("am") : QStringLiteral("pm"); break;
        case 'D': out += QString::fromLatin1(kDaysShort[d.dayOfWeek() - 1]); break;
        case 'l': out += QString::fromLatin1(kDaysLong[d.dayOfWeek() - 1]); break;
        case 'M': {
            QString m = QString::fromLatin1(kMonthsShort[d.month() - 1]);
            m[0] = m[0].toUpper();
            out += m;
            break;
        }
        case 'F': {
            QString m = QString::fromLatin1(kMonthsLong[d.month() - 1]);
            m[0] = m[0].toUpper();
            out += m;
            break;
        }
        case 'U': out += QString::number(dt.toSecsSinceEpoch()); break;
        case '\\':
            if (i + 1 < phpFormat.size())
                out += phpFormat[++i];
            break;
        default: out += f;
        }
    }
    return out;
}

} // namespace GravDesk
