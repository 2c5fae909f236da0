#include "blueprintyaml.h"

#include "io/safefile.h"

#include <QCoreApplication>
#include <QFile>
#include <QRegularExpression>

#include <yaml-cpp/yaml.h>

namespace GravDesk {
namespace {

// Blueprints are small; these only stop hostile or broken files (deep nesting, alias bombs).
constexpr int MaxDepth = 64;
constexpr int MaxNodes = 200000;
constexpr qint64 MaxBytes = 4 * 1024 * 1024;

struct Converter
{
    int nodes = 0;
    QString error;

    bool convert(const YAML::Node &node, YamlTree &out, int depth)
    {
        if (++nodes > MaxNodes) {
            error = QCoreApplication::translate("GravDesk::Blueprint", "too many values (more than %1)").arg(MaxNodes);
            return false;
        }
        if (depth > MaxDepth) {
            error = QCoreApplication::translate("GravDesk::Blueprint", "nested deeper than %1 levels").arg(MaxDepth);
            return false;
        }
        switch (node.Type()) {
        case YAML::NodeType::Undefined:
        case YAML::NodeType::Null: out.kind = YamlTree::Kind::Null; return true;
        case YAML::NodeType::Scalar:
            out.kind = YamlTree::Kind::Scalar;
            out.text = QString::fromStdString(node.Scalar());
            // yaml-cpp tags quoted and block scalars "!", plain ones "?".
            out.quoted = node.Tag() == "!";
            return true;
        case YAML::NodeType::Sequence:
            out.kind = YamlTree::Kind::Sequence;
            for (const auto &item : node) {
                YamlTree child;
                if (!convert(item, child, depth + 1))
                    return false;
                out.items.append(std::move(child));
            }
            return true;
        case YAML::NodeType::Map:
            out.kind = YamlTree::Kind::Map;
            for (const auto &kv : node) {
                if (!kv.first.IsScalar()) {
                    error = QCoreApplication::translate("GravDesk::Blueprint", "complex mapping keys are not supported");
                    return false;
                }
                YamlTree child;
                if (!convert(kv.second, child, depth + 1))
                    return false;
                // A repeated key: PHP keeps the later value at the first one's place.
                out.set(QString::fromStdString(kv.first.Scalar()), child);
            }
            return true;
        }
        return true;
    }
};

QVariant typedPlain(const QString &text)
{
    // Symfony's typing of unquoted scalars, reduced to what blueprints use (dates and octal never occur in them).
    const QString lower = text.toLower();
    if (text.isEmpty() || text == QLatin1String("~") || lower == QLatin1String("null"))
        return {};
    if (lower == QLatin1String("true"))
        return true;
    if (lower == QLatin1String("false"))
        return false;
    static const QRegularExpression integer(QStringLiteral("^-?(0|[1-9][0-9]*)$"));
    if (integer.match(text).hasMatch()) {
        bool ok = false;
        const qlonglong v = text.toLongLong(&ok);
        if (ok)
            return v;
    }
    static const QRegularExpression numeric(QStringLiteral("^[+-]?([0-9]+(\\.[0-9]*)?|\\.[0-9]+)([eE][+-]?[0-9]+)?$"));
    if (numeric.match(text).hasMatch())
        return text.toDouble();
    return text;
}

} // namespace

qsizetype YamlTree::indexOf(const QString &key) const
{
    if (kind != Kind::Map)
        return -1;
    for (qsizetype i = 0; i < entries.size(); ++i) {
        if (entries.at(i).first == key)
            return i;
    }
    return -1;
}

const YamlTree *YamlTree::value(const QString &key) const
{
    const qsizetype i = indexOf(key);
    return i < 0 ? nullptr : &entries.at(i).second;
}

YamlTree *YamlTree::value(const QString &key)
{
    const qsizetype i = indexOf(key);
    return i < 0 ? nullptr : &entries[i].second;
}

void YamlTree::set(const QString &key, const YamlTree &value)
{
    if (kind != Kind::Map) {
        *this = map();
    }
    const qsizetype i = indexOf(key);
    if (i >= 0)
        entries[i].second = value;
    else
        entries.append({key, value});
}

bool YamlTree::remove(const QString &key)
{
    const qsizetype i = indexOf(key);
    if (i < 0)
        return false;
    entries.removeAt(i);
    return true;
}

QString YamlTree::string(const QString &key) const
{
    const YamlTree *v = value(key);
    return v && v->isScalar() ? v->text : QString();
}

QVariant YamlTree::toVariant() const
{
    switch (kind) {
    case Kind::Null: return {};
    case Kind::Scalar: return quoted ? QVariant(text) : typedPlain(text);
    case Kind::Sequence: {
        QVariantList list;
        for (const YamlTree &item : items)
            list.append(item.toVariant());
        return list;
    }
    case Kind::Map: {
        QVariantMap map;
        for (const auto &[key, value] : entries)
            map.insert(key, value.toVariant());
        return map;
    }
    }
    return {};
}

bool YamlTree::truthy() const
{
    switch (kind) {
    case Kind::Null: return false;
    case Kind::Sequence: return !items.isEmpty();
    case Kind::Map: return !entries.isEmpty();
    case Kind::Scalar: break;
    }
    const QVariant v = toVariant();
    switch (v.typeId()) {
    case QMetaType::Bool: return v.toBool();
    case QMetaType::LongLong: return v.toLongLong() != 0;
    case QMetaType::Double: return v.toDouble() != 0.0;
    default: break;
    }
    const QString s = v.toString();
    return !s.isEmpty() && s != QLatin1String("0");
}

YamlTree YamlTree::scalar(const QString &text, bool quoted)
{
    YamlTree t;
    t.kind = Kind::Scalar;
    t.text = text;
    t.quoted = quoted;
    return t;
}

bool parseYamlTree(const QByteArray &text, const QString &origin, YamlTree &tree, QString &error)
{
    tree = YamlTree();
    YAML::Node root;
    try {
        root = YAML::Load(text.toStdString());
    } catch (const YAML::Exception &e) {
        error = QStringLiteral("%1:%2:%3: %4")
                    .arg(origin)
                    .arg(e.mark.line + 1)
                    .arg(e.mark.column + 1)
                    .arg(QString::fromStdString(e.msg));
        return false;
    }
    Converter converter;
    if (!converter.convert(root, tree, 0)) {
        error = QStringLiteral("%1: %2").arg(origin, converter.error);
        return false;
    }
    return true;
}

bool loadYamlTree(const QString &path, YamlTree &tree, QString &error)
{
    // Only a regular file within the limit: a FIFO would block, a link to a device never end.
    const FileRead file = readRegularFile(path, MaxBytes);
    if (file.kind == FileRead::Error::TooLarge) {
        error = QCoreApplication::translate("GravDesk::Blueprint", "%1: larger than %2 bytes; not a blueprint")
                    .arg(path, QString::number(MaxBytes));
        return false;
    }
    if (!file.ok) {
        error = QCoreApplication::translate("GravDesk::Blueprint", "%1: cannot read (%2)").arg(path, file.error);
        return false;
    }
    // Grav converts tabs after a newline to spaces only for page headers; a blueprint with tabs is invalid YAML.
    return parseYamlTree(file.bytes, path, tree, error);
}

QVariant phpArrayKey(const QString &key)
{
    static const QRegularExpression integer(QStringLiteral("^(0|-?[1-9][0-9]*)$"));
    if (integer.match(key).hasMatch()) {
        bool ok = false;
        const qlonglong v = key.toLongLong(&ok);
        if (ok)
            return v;
    }
    return key;
}

} // namespace GravDesk
