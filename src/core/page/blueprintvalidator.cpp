#include "blueprintvalidator.h"

#include "blueprint.h"

#include <QDateTime>
#include <QRegularExpression>
#include <QStringList>
#include <QUrl>

#include <cmath>

namespace GravDesk {
namespace {

bool isList(const QVariant &v)
{
    return v.typeId() == QMetaType::QVariantList || v.typeId() == QMetaType::QStringList;
}

bool isStructured(const QVariant &v)
{
    return isList(v) || v.typeId() == QMetaType::QVariantMap;
}

bool isEmptyArray(const QVariant &v)
{
    if (v.typeId() == QMetaType::QVariantMap)
        return v.toMap().isEmpty();
    return v.toList().isEmpty();
}

// The text PHP makes of a scalar with (string): true → "1", false → "", 2.0 → "2".
QString phpString(const QVariant &v)
{
    switch (v.typeId()) {
    case QMetaType::Bool: return v.toBool() ? QStringLiteral("1") : QString();
    case QMetaType::Double: {
        const double d = v.toDouble();
        if (std::isfinite(d) && d == std::floor(d) && std::fabs(d) < 1e15)
            return QString::number(static_cast<qlonglong>(d));
        return QString::number(d, 'g', 14);
    }
    case QMetaType::QDateTime: return v.toDateTime().toString(Qt::ISODate);
    default: return v.toString();
    }
}

// PHP's is_numeric(): numbers, and strings that spell one (a bool is not numeric).
bool numericValue(const QVariant &v, double *out)
{
    switch (v.typeId()) {
    case QMetaType::Bool: return false;
    case QMetaType::Int:
    case QMetaType::LongLong:
    case QMetaType::Double: *out = v.toDouble(); return true;
    case QMetaType::QString: break;
    default: return false;
    }
    static const QRegularExpression number(QStringLiteral("^\\s*[+-]?(?:\\d+(?:\\.\\d*)?|\\.\\d+)(?:[eE][+-]?\\d+)?\\s*$"));
    const QString s = v.toString();
    if (!number.match(s).hasMatch())
        return false;
    bool ok = false;
    *out = s.trimmed().toDouble(&ok);
    return ok;
}

// What `validate.type` (or, without one, the field's own type) asks the value to be.
enum class Kind { Other, Bool, Int, Number, Text, MultilineText, Email, Url, Array, Choice };

Kind kindOf(const BlueprintField &field)
{
    const QString type = field.validate.type.toLower();
    if (type == QLatin1String("bool"))
        return Kind::Bool;
    if (type == QLatin1String("int"))
        return Kind::Int;
    if (type == QLatin1String("number") || type == QLatin1String("range") || type == QLatin1String("float"))
        return Kind::Number;
    if (type == QLatin1String("text") || type == QLatin1String("password") || type == QLatin1String("hidden"))
        return Kind::Text;
    if (type == QLatin1String("textarea"))
        return Kind::MultilineText;
    if (type == QLatin1String("email"))
        return Kind::Email;
    if (type == QLatin1String("url"))
        return Kind::Url;
    if (type == QLatin1String("array"))
        return Kind::Array;
    if (!type.isEmpty())
        return Kind::Other; // commalist, ignore, unset, a type Grav has no check for …
    switch (field.type) {
    case BlueprintFieldType::Int: return Kind::Int;
    case BlueprintFieldType::Number: return Kind::Number;
    case BlueprintFieldType::Text:
    case BlueprintFieldType::Hidden: return Kind::Text;
    case BlueprintFieldType::Textarea: return Kind::MultilineText;
    case BlueprintFieldType::Toggle:
    case BlueprintFieldType::Select:
        return field.options.isEmpty() || !field.dynamicOptions.isEmpty() ? Kind::Other : Kind::Choice;
    default: return Kind::Other;
    }
}

} // namespace

QString BlueprintValidator::problem(const BlueprintField &field, const QVariant &value, bool present)
{
    const BlueprintValidation &rules = field.validate;
    // Grav shows the blueprint's message, when it has one, for whatever failed.
    const auto fail
        = [&rules](const QString &why) { return rules.message.isEmpty() ? why : Blueprint::displayText(rules.message); };

    if (!present || !value.isValid()) {
        // The admin fills an absent field with its default before it validates.
        const bool defaulted = !present && field.hasDefault && field.defaultValue.isValid();
        return rules.required && !defaulted ? fail(tr("required, but not set")) : QString();
    }
    const bool structured = isStructured(value);
    if (structured ? isEmptyArray(value) : phpString(value).isEmpty() && value.typeId() != QMetaType::Bool)
        return rules.required ? fail(tr("required, but empty")) : QString();

    const QString text = structured ? QString() : phpString(value);
    double number = 0;
    switch (kindOf(field)) {
    case Kind::Bool:
        if (value.typeId() == QMetaType::Bool)
            break;
        if (!numericValue(value, &number) || (number != 0 && number != 1))
            return fail(structured ? tr("must be true or false, is a list") : tr("must be true or false, is “%1”").arg(text));
        break;
    case Kind::Int:
    case Kind::Number: {
        const bool integer = kindOf(field) == Kind::Int;
        if (!numericValue(value, &number) || (integer && number != std::floor(number)))
            return fail(integer ? tr("must be a whole number, is “%1”").arg(structured ? tr("a list") : text)
                                : tr("must be a number, is “%1”").arg(structured ? tr("a list") : text));
        if (rules.min.isValid() && number < rules.min.toDouble())
            return fail(tr("must be at least %1, is %2").arg(phpString(rules.min), text));
        if (rules.max.isValid() && number > rules.max.toDouble())
            return fail(tr("must be at most %1, is %2").arg(phpString(rules.max), text));
        break;
    }
    case Kind::Text:
    case Kind::MultilineText:
    case Kind::Email:
    case Kind::Url: {
        if (structured || value.typeId() == QMetaType::Bool)
            return fail(tr("must be text, is %1")
                            .arg(structured                      ? tr("a list")
                                    : phpString(value).isEmpty() ? QStringLiteral("false")
                                                                 : QStringLiteral("true")));
        const int length = static_cast<int>(text.size());
        if (rules.min.isValid() && length < rules.min.toInt())
            return fail(tr("must have at least %n characters", nullptr, rules.min.toInt()));
        if (rules.max.isValid() && length > rules.max.toInt())
            return fail(tr("must have at most %n characters", nullptr, rules.max.toInt()));
        // Grav refuses a line break in a one-line input (text, hidden) unless `multiline` allows it.
        const bool oneLineInput = rules.type.isEmpty()
            ? field.type == BlueprintFieldType::Text || field.type == BlueprintFieldType::Hidden
            : kindOf(field) != Kind::MultilineText;
        const bool multiline = !oneLineInput || field.attributes.value(QStringLiteral("multiline")).toBool();
        if (!multiline && text.contains(QLatin1Char('\n')))
            return fail(tr("must be one line"));
        if (kindOf(field) == Kind::Email) {
            static const QRegularExpression email(QStringLiteral("^[^@\\s,]+@[^@\\s,]+\\.[^@\\s,]+$"));
            for (const QString &address : text.split(QLatin1Char(','), Qt::SkipEmptyParts))
                if (!email.match(address.trimmed()).hasMatch())
                    return fail(tr("“%1” is not an e-mail address").arg(address.trimmed()));
        }
        if (kindOf(field) == Kind::Url) {
            // PHP's FILTER_VALIDATE_URL: a scheme and a host; a path alone ("/news") is refused.
            const QUrl url(text, QUrl::StrictMode);
            if (!url.isValid() || url.scheme().isEmpty() || (url.host().isEmpty() && url.scheme() != QLatin1String("mailto")))
                return fail(tr("must be a full address such as https://example.kz/page, is “%1”").arg(text));
        }
        break;
    }
    case Kind::Array:
        if (!structured)
            return fail(tr("must be a list, is “%1”").arg(text));
        break;
    case Kind::Choice: {
        // The value (a bool counts as 1 or 0) must be one of the option keys, compared as PHP strings.
        QStringList keys;
        for (const BlueprintOption &o : field.options)
            keys << phpString(o.value);
        QVariantList values = isList(value) ? value.toList() : QVariantList {value};
        for (const QVariant &v : std::as_const(values)) {
            const QString key
                = v.typeId() == QMetaType::Bool ? (v.toBool() ? QStringLiteral("1") : QStringLiteral("0")) : phpString(v);
            if (!isStructured(v) && !keys.contains(key))
                return fail(tr("“%1” is not one of the choices (%2)").arg(key, keys.join(QStringLiteral(", "))));
        }
        break;
    }
    case Kind::Other: break;
    }
    if (!rules.pattern.isEmpty() && !structured) {
        const QRegularExpression re(
            QStringLiteral("^(?:") + rules.pattern + QStringLiteral(")$"), QRegularExpression::UseUnicodePropertiesOption);
        if (re.isValid() && !re.match(text).hasMatch())
            return fail(tr("“%1” does not match the pattern %2").arg(text, rules.pattern));
    }
    return {};
}

} // namespace GravDesk
