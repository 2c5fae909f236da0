#pragma once

#include <QList>
#include <QString>
#include <QVariant>

#include <utility>

namespace GravDesk {

/**
 * A YAML document as an ordered tree, for blueprints.
 *
 * Blueprint merging (extends@, import@, unset@, ordering@) is defined on PHP
 * arrays, which keep insertion order; QVariantMap sorts its keys, so the
 * resolver works on this tree and only converts leaves to QVariant at the end.
 */
struct YamlTree
{
    enum class Kind { Null, Scalar, Sequence, Map };

    Kind kind = Kind::Null;
    QString text; ///< scalar text as written (unescaped)
    bool quoted = false; ///< quoted or block scalar: always a string
    QList<YamlTree> items; ///< Sequence
    QList<std::pair<QString, YamlTree>> entries; ///< Map, in document order

    bool isMap() const { return kind == Kind::Map; }
    bool isSequence() const { return kind == Kind::Sequence; }
    bool isScalar() const { return kind == Kind::Scalar; }
    bool isNull() const { return kind == Kind::Null; }
    /// PHP's is_array(): maps and sequences.
    bool isArray() const { return isMap() || isSequence(); }

    /// Index of @p key in a map (-1: absent or not a map).
    qsizetype indexOf(const QString &key) const;
    bool contains(const QString &key) const { return indexOf(key) >= 0; }
    const YamlTree *value(const QString &key) const;
    YamlTree *value(const QString &key);
    /// Replaces the value of @p key in place, or appends the key (PHP array_merge with a string key).
    void set(const QString &key, const YamlTree &value);
    bool remove(const QString &key);
    /// The scalar text of @p key, or "" when absent or not a scalar.
    QString string(const QString &key) const;

    /// The value typed as Grav's YAML parser types it: null, bool, integer, float or string; maps and lists nest.
    QVariant toVariant() const;
    /// PHP truthiness of the typed value (true, non-zero, non-empty and not "0", non-empty array).
    bool truthy() const;

    static YamlTree scalar(const QString &text, bool quoted = false);
    static YamlTree map()
    {
        YamlTree t;
        t.kind = Kind::Map;
        return t;
    }
};

/**
 * Reads a YAML file into a tree. Returns false with @p error ("file:line:column: message")
 * when the file cannot be read or parsed, or nests deeper than a sane limit.
 */
bool loadYamlTree(const QString &path, YamlTree &tree, QString &error);
/// Parses YAML text (e.g. a built-in blueprint); @p origin names it in errors.
bool parseYamlTree(const QByteArray &text, const QString &origin, YamlTree &tree, QString &error);

/// A PHP array key from YAML key text: canonical decimal integers become integers, everything else stays a string.
QVariant phpArrayKey(const QString &key);

} // namespace GravDesk
