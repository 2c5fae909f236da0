#include "yamlscalar.h"

#include <QLocale>
#include <QRegularExpression>

#include <cmath>

namespace GravDesk {

PlainScalarType classifyPlainScalar(const QString &text)
{
    // Symfony 4.4 Inline::evaluateScalar, in its order. parseHeader() (frontmatter.cpp) applies the same
    // rules when it reads; this copy answers "would plain text change type?" before anything is written.
    const QString lower = text.toLower();
    if (text.isEmpty() || text == QLatin1String("~") || lower == QLatin1String("null"))
        return PlainScalarType::Null;
    if (lower == QLatin1String("true") || lower == QLatin1String("false"))
        return PlainScalarType::Bool;
    const QChar first = text.at(0);
    const bool digitFirst = first >= QLatin1Char('0') && first <= QLatin1Char('9');
    if (!digitFirst && first != QLatin1Char('+') && first != QLatin1Char('-') && first != QLatin1Char('.'))
        return PlainScalarType::String;
    QString s = text;
    static const QRegularExpression integerWithUnderscores(QStringLiteral("^[+-]?[0-9][0-9_]*$"));
    if (integerWithUnderscores.match(s).hasMatch())
        s.remove(QLatin1Char('_'));
    static const QRegularExpression digits(QStringLiteral("^-?[0-9]+$"));
    if (digits.match(s).hasMatch())
        return PlainScalarType::Int; // (too large for PHP's int it stays a string, but is still no safe plain text)
    static const QRegularExpression numeric(QStringLiteral("^[+-]?([0-9]+(\\.[0-9]*)?|\\.[0-9]+)([eE][+-]?[0-9]+)?$"));
    if (numeric.match(s).hasMatch())
        return PlainScalarType::Float;
    static const QRegularExpression hex(QStringLiteral("^0x[0-9a-f_]+$"), QRegularExpression::CaseInsensitiveOption);
    if (hex.match(s).hasMatch())
        return PlainScalarType::Int;
    if (lower == QLatin1String(".inf") || lower == QLatin1String(".nan") || lower == QLatin1String("-.inf"))
        return PlainScalarType::Float;
    static const QRegularExpression floatWithUnderscores(QStringLiteral("^[+-]?[0-9][0-9_]*(\\.[0-9_]+)?$"));
    if (floatWithUnderscores.match(s).hasMatch())
        return PlainScalarType::Float;
    static const QRegularExpression timestampForm(QStringLiteral(
        "^([0-9]{4})-([0-9]{1,2})-([0-9]{1,2})(?:(?:[Tt]|[ \\t]+)([0-9]{1,2}):([0-9]{2}):([0-9]{2})(?:\\.([0-9]*))?"
        "(?:[ \\t]*(Z|[-+][0-9]{1,2}(?::[0-9]{2})?))?)?$"));
    if (timestampForm.match(s).hasMatch())
        return PlainScalarType::Timestamp;
    return PlainScalarType::String;
}

namespace {

// Symfony's Escaper::requiresDoubleQuoting: C0 controls, DEL, NEL, NBSP, LS, PS. The C1 controls, BOM
// and non-characters are added: YAML forbids them raw in single-quoted and plain text.
bool needsEscape(char32_t c)
{
    return c < 0x20 || c == 0x7F || (c >= 0x80 && c <= 0x9F) || c == 0xA0 || c == 0x2028 || c == 0x2029 || c == 0xFEFF
        || c == 0xFFFE || c == 0xFFFF;
}

bool requiresDoubleQuoting(const QString &text)
{
    for (const char32_t c : text.toUcs4())
        if (needsEscape(c))
            return true;
    return false;
}

// Symfony's Escaper::requiresSingleQuoting plus the checks Inline::dump makes before writing plain text.
bool requiresSingleQuoting(const QString &text)
{
    static const QStringList special {QStringLiteral("null"), QStringLiteral("~"), QStringLiteral("true"),
        QStringLiteral("false"), QStringLiteral("y"), QStringLiteral("n"), QStringLiteral("yes"), QStringLiteral("no"),
        QStringLiteral("on"), QStringLiteral("off")};
    if (special.contains(text.toLower()))
        return true;
    static const QString leading = QStringLiteral("-?|<>=!%@`");
    if (leading.contains(text.at(0)))
        return true;
    static const QString anywhere = QStringLiteral("'\":{}[],&*#?");
    for (const QChar c : text) {
        if (c.isSpace() || anywhere.contains(c))
            return true;
    }
    // `0o17` and `0b101` are strings for Grav's Symfony 4.4 but numbers for Symfony 5.1+ (which a later
    // Grav, and the Debian-packaged reference parser, use): quoted, they read the same everywhere.
    static const QRegularExpression otherBases(
        QStringLiteral("^[+-]?0[ob][0-9a-f_]*$"), QRegularExpression::CaseInsensitiveOption);
    if (otherBases.match(text).hasMatch())
        return true;
    // Numbers, hex, octal, floats, timestamps, null and booleans would change type unquoted.
    return classifyPlainScalar(text) != PlainScalarType::String;
}

QByteArray singleQuoted(const QString &text)
{
    QString q = text;
    q.replace(QLatin1Char('\''), QLatin1String("''"));
    return QByteArrayLiteral("'") + q.toUtf8() + QByteArrayLiteral("'");
}

} // namespace

bool needsEscapedForm(const QString &text)
{
    for (const char32_t c : text.toUcs4())
        if (c != '\n' && needsEscape(c))
            return true;
    return false;
}

QByteArray yamlDoubleQuoted(const QString &text)
{
    QByteArray out = QByteArrayLiteral("\"");
    for (const char32_t c : text.toUcs4()) {
        switch (c) {
        case '"': out += "\\\""; continue;
        case '\\': out += "\\\\"; continue;
        case '\n': out += "\\n"; continue;
        case '\t': out += "\\t"; continue;
        case '\r': out += "\\r"; continue;
        case 0: out += "\\0"; continue;
        default: break;
        }
        if (needsEscape(c)) {
            if (c <= 0xFF)
                out += "\\x" + QByteArray::number(static_cast<uint>(c), 16).rightJustified(2, '0').toUpper();
            else
                out += "\\u" + QByteArray::number(static_cast<uint>(c), 16).rightJustified(4, '0').toUpper();
            continue;
        }
        out += QString::fromUcs4(&c, 1).toUtf8();
    }
    out += '"';
    return out;
}

QByteArray yamlString(const QString &text, ScalarStyle preferred)
{
    if (requiresDoubleQuoting(text) || preferred == ScalarStyle::DoubleQuoted)
        return yamlDoubleQuoted(text);
    if (text.isEmpty() || preferred == ScalarStyle::SingleQuoted || requiresSingleQuoting(text))
        return singleQuoted(text);
    return text.toUtf8();
}

QByteArray yamlFloat(double value, bool *ok)
{
    if (ok)
        *ok = true;
    if (std::isnan(value)) {
        // Symfony reads ".nan" as INF: there is no way to write NaN that Grav reads back.
        if (ok)
            *ok = false;
        return {};
    }
    if (std::isinf(value))
        return value > 0 ? QByteArrayLiteral(".inf") : QByteArrayLiteral("-.inf");
    QByteArray s = QLocale::c().toString(value, 'g', QLocale::FloatingPointShortest).toLatin1();
    // "3" would read back as an integer; "1e+25" is PHP-numeric and stays a float.
    if (!s.contains('.') && !s.contains('e') && !s.contains('E'))
        s += ".0";
    return s;
}

bool isPlainKey(const QString &key)
{
    static const QRegularExpression plain(QStringLiteral("^[\\p{L}\\p{N}_][\\p{L}\\p{N}_\\-]*$"));
    return plain.match(key).hasMatch() && !requiresSingleQuoting(key);
}

} // namespace GravDesk
