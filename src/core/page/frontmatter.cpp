#include "frontmatter.h"

#include <QDateTime>
#include <QRegularExpression>
#include <QSet>
#include <QTimeZone>

#include <yaml-cpp/yaml.h>

#include <cmath>
#include <limits>
#include <string>

namespace GravDesk {
namespace {

struct Walker
{
    explicit Walker(const HeaderBudget &b)
        : budget(b)
    {
    }
    const HeaderBudget &budget;
    int nodes = 0;
    bool legacy = false;
    QString problem;       // first problem that only the legacy parser tolerates
    QString fatal;         // a problem no Grav parser tolerates
    int fatalLine = 0;
    int fatalColumn = 0;

    void noteLegacy(const QString &what, const YAML::Mark &mark)
    {
        if (!legacy) {
            legacy = true;
            problem = QStringLiteral("%1 (line %2)").arg(what).arg(mark.line + 1);
        }
    }
    void setFatal(const QString &what, const YAML::Mark &mark)
    {
        if (fatal.isEmpty()) {
            fatal = what;
            fatalLine = mark.line + 1;
            fatalColumn = mark.column + 1;
        }
    }

    QVariant scalar(const YAML::Node &node)
    {
        const std::string &tag = node.Tag();
        const QString text = QString::fromStdString(node.Scalar());
        if (tag == "!" || tag == "tag:yaml.org,2002:str")
            return text; // quoted, block or explicitly tagged string
        if (tag != "?" && !tag.empty()) {
            if (tag == "tag:yaml.org,2002:int" || tag == "tag:yaml.org,2002:float" || tag == "tag:yaml.org,2002:bool"
                || tag == "tag:yaml.org,2002:null")
                return plain(text, node.Mark());
            // Symfony rejects unknown tags; the legacy parser reads "!tag value" as a string.
            noteLegacy(QStringLiteral("unknown tag %1").arg(QString::fromStdString(tag)), node.Mark());
            return QString(QLatin1Char('!') + QString::fromStdString(tag) + QLatin1Char(' ') + text);
        }
        return plain(text, node.Mark());
    }

    QVariant plain(const QString &text, const YAML::Mark &mark)
    {
        const QString lower = text.toLower();
        if (text.isEmpty() || text == QLatin1String("~") || lower == QLatin1String("null"))
            return {};
        if (lower == QLatin1String("true"))
            return true;
        if (lower == QLatin1String("false"))
            return false;
        static const QRegularExpression digits(QStringLiteral("^-?[0-9]+$"));
        if (digits.match(text).hasMatch()) {
            const bool negative = text.startsWith(QLatin1Char('-'));
            const QString mag = negative ? text.mid(1) : text;
            bool ok = false;
            qlonglong v = 0;
            if (mag.size() > 1 && mag.startsWith(QLatin1Char('0'))) {
                static const QRegularExpression octal(QStringLiteral("^[0-7]+$"));
                if (!octal.match(mag).hasMatch())
                    return text.toDouble(); // PHP octdec ignores bad digits; rare enough to approximate
                v = mag.toLongLong(&ok, 8);
            } else {
                v = mag.toLongLong(&ok, 10);
            }
            if (!ok)
                return text.toDouble();
            return negative ? -v : v;
        }
        static const QRegularExpression hex(QStringLiteral("^0x[0-9a-fA-F]+$"));
        if (hex.match(text).hasMatch())
            return text.mid(2).toLongLong(nullptr, 16);
        if (lower == QLatin1String(".inf") || lower == QLatin1String("+.inf"))
            return std::numeric_limits<double>::infinity();
        if (lower == QLatin1String("-.inf"))
            return -std::numeric_limits<double>::infinity();
        if (lower == QLatin1String(".nan"))
            return std::numeric_limits<double>::quiet_NaN();
        static const QRegularExpression numeric(QStringLiteral("^[+-]?([0-9]+(\\.[0-9]*)?|\\.[0-9]+)([eE][+-]?[0-9]+)?$"));
        if (numeric.match(text).hasMatch())
            return text.toDouble();
        static const QRegularExpression timestamp(QStringLiteral(
            "^([0-9]{4})-([0-9]{1,2})-([0-9]{1,2})(?:(?:[Tt]|[ \\t]+)([0-9]{1,2}):([0-9]{2}):([0-9]{2})(?:\\.([0-9]*))?"
            "(?:[ \\t]*(Z|[-+][0-9]{1,2}(?::?[0-9]{2})?))?)?$"));
        const auto m = timestamp.match(text);
        if (m.hasMatch()) {
            // PHP's DateTime rejects month > 12 / day > 31 but rolls 2024-02-30 over; Symfony then fails only on the former.
            const int month = m.captured(2).toInt();
            const int day = m.captured(3).toInt();
            if (month < 1 || month > 12 || day < 1 || day > 31) {
                setFatal(QStringLiteral("impossible date \"%1\"").arg(text), mark);
                return text;
            }
            QDate rolled(m.captured(1).toInt(), month, 1);
            rolled = rolled.addDays(day - 1);
            QTime time(0, 0);
            if (!m.captured(4).isEmpty()) {
                const int h = m.captured(4).toInt(), mi = m.captured(5).toInt(), s = m.captured(6).toInt();
                if (h > 24 || mi > 59 || s > 59) {
                    setFatal(QStringLiteral("impossible time \"%1\"").arg(text), mark);
                    return text;
                }
                time = QTime(h % 24, mi, s);
                if (h == 24)
                    rolled = rolled.addDays(1);
            }
            QTimeZone zone = QTimeZone::utc();
            const QString tz = m.captured(8);
            if (!tz.isEmpty() && tz != QLatin1String("Z")) {
                const int sign = tz.startsWith(QLatin1Char('-')) ? -1 : 1;
                QString digitsOnly = tz.mid(1);
                digitsOnly.remove(QLatin1Char(':'));
                const int hh = digitsOnly.left(digitsOnly.size() > 2 ? digitsOnly.size() - 2 : digitsOnly.size()).toInt();
                const int mm = digitsOnly.size() > 2 ? digitsOnly.right(2).toInt() : 0;
                zone = QTimeZone(sign * (hh * 3600 + mm * 60));
            }
            return QDateTime(rolled, time, zone).toSecsSinceEpoch();
        }
        return text;
    }

    QVariant walk(const YAML::Node &node, int depth)
    {
        if (!fatal.isEmpty())
            return {};
        if (++nodes > budget.maxNodes) {
            setFatal(QStringLiteral("header too large (more than %1 values)").arg(budget.maxNodes), node.Mark());
            return {};
        }
        if (depth > budget.maxDepth) {
            setFatal(QStringLiteral("header nested deeper than %1 levels").arg(budget.maxDepth), node.Mark());
            return {};
        }
        switch (node.Type()) {
        case YAML::NodeType::Null:
            return {};
        case YAML::NodeType::Scalar:
            return scalar(node);
        case YAML::NodeType::Sequence: {
            QVariantList list;
            for (const auto &item : node)
                list.append(walk(item, depth + 1));
            return list;
        }
        case YAML::NodeType::Map: {
            QVariantMap map;
            QSet<QString> seen;
            for (const auto &kv : node) {
                QString key;
                if (kv.first.IsScalar()) {
                    key = QString::fromStdString(kv.first.Scalar());
                } else {
                    setFatal(QStringLiteral("complex mapping keys are not supported by Grav"), kv.first.Mark());
                    return {};
                }
                if (seen.contains(key)) {
                    // Symfony: "Duplicate key"; the legacy parser keeps the first one.
                    noteLegacy(QStringLiteral("duplicate key \"%1\"").arg(key), kv.first.Mark());
                    continue;
                }
                seen.insert(key);
                map.insert(key, walk(kv.second, depth + 1));
            }
            return map;
        }
        case YAML::NodeType::Undefined:
            break;
        }
        return {};
    }
};

// Counts structure in the text before yaml-cpp sees it: yaml-cpp recurses per nesting level
// and expands aliases, so hostile input must be stopped first.
QString precheck(const QByteArray &text, const HeaderBudget &budget, int &line)
{
    if (text.size() > budget.maxBytes)
        return QStringLiteral("header larger than %1 bytes").arg(budget.maxBytes);
    int flowDepth = 0;
    int aliases = 0;
    line = 1;
    bool inSingle = false, inDouble = false;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const char c = text[i];
        if (c == '\n') {
            ++line;
            inSingle = inDouble = false; // quoted scalars may span lines, but not usefully for counting
            continue;
        }
        if (inSingle) {
            if (c == '\'')
                inSingle = false;
            continue;
        }
        if (inDouble) {
            if (c == '\\')
                ++i;
            else if (c == '"')
                inDouble = false;
            continue;
        }
        if (c == '\'' && (i == 0 || text[i - 1] == ' ' || text[i - 1] == '[' || text[i - 1] == '{' || text[i - 1] == ','))
            inSingle = true;
        else if (c == '"' && (i == 0 || text[i - 1] == ' ' || text[i - 1] == '[' || text[i - 1] == '{' || text[i - 1] == ','))
            inDouble = true;
        else if (c == '[' || c == '{') {
            if (++flowDepth > budget.maxDepth)
                return QStringLiteral("header nested deeper than %1 levels").arg(budget.maxDepth);
        } else if (c == ']' || c == '}') {
            if (flowDepth > 0)
                --flowDepth;
        } else if (c == '*' && (i == 0 || text[i - 1] == ' ' || text[i - 1] == '[' || text[i - 1] == ',')) {
            if (++aliases > budget.maxAliases)
                return QStringLiteral("header uses more than %1 aliases").arg(budget.maxAliases);
        }
    }
    // Block nesting depth, by indentation levels.
    int maxIndent = 0;
    line = 1;
    int col = 0;
    bool leading = true;
    for (const char c : text) {
        if (c == '\n') {
            ++line;
            col = 0;
            leading = true;
        } else if (leading && (c == ' ' || c == '-')) {
            ++col;
        } else {
            leading = false;
            maxIndent = std::max(maxIndent, col);
        }
    }
    if (maxIndent > budget.maxDepth * 8)
        return QStringLiteral("header nested deeper than %1 levels").arg(budget.maxDepth);
    line = 0;
    return {};
}

QString describeYamlError(const std::string &msg)
{
    QString m = QString::fromStdString(msg);
    if (m.isEmpty())
        m = QStringLiteral("invalid YAML");
    return m;
}

// A one-line plain value containing ": " or starting with @ ` % is read as a string by Grav's legacy
// parser. Quote such values so yaml-cpp can read the header the way that parser does.
QByteArray quoteLegacyPlainValues(const QByteArray &text, bool &changed)
{
    static const QRegularExpression pair(QStringLiteral("^(\\s*(?:-\\s+)?[^\\s#'\"{\\[][^:#]*?:\\s+)([^'\"\\[{|>\\s].*)$"));
    static const QRegularExpression item(QStringLiteral("^(\\s*-\\s+)([@`%].*)$"));
    const QStringList lines = QString::fromUtf8(text).split(QLatin1Char('\n'));
    QStringList out;
    changed = false;
    for (const QString &l : lines) {
        auto m = pair.match(l);
        QString value;
        QString lead;
        if (m.hasMatch()) {
            lead = m.captured(1);
            value = m.captured(2);
        } else if (auto mi = item.match(l); mi.hasMatch()) {
            lead = mi.captured(1);
            value = mi.captured(2);
        }
        const QString trimmed = value.trimmed();
        if (!trimmed.isEmpty()
            && (trimmed.contains(QLatin1String(": ")) || trimmed.startsWith(QLatin1Char('@')) || trimmed.startsWith(QLatin1Char('`'))
                || trimmed.startsWith(QLatin1Char('%')))) {
            QString quoted = trimmed;
            quoted.replace(QLatin1Char('\''), QLatin1String("''"));
            out.append(lead + QLatin1Char('\'') + quoted + QLatin1Char('\''));
            changed = true;
        } else {
            out.append(l);
        }
    }
    return out.join(QLatin1Char('\n')).toUtf8();
}

bool tryLoad(const QByteArray &text, YAML::Node &root, QString &error, int &line, int &column)
{
    try {
        root = YAML::Load(std::string(text.constData(), static_cast<size_t>(text.size())));
        return true;
    } catch (const YAML::Exception &e) {
        error = describeYamlError(e.msg);
        line = e.mark.line >= 0 ? e.mark.line + 1 : 0;
        column = e.mark.column >= 0 ? e.mark.column + 1 : 0;
        return false;
    }
}

} // namespace

HeaderParse parseHeader(const QByteArray &headerText, const HeaderBudget &budget)
{
    HeaderParse result;
    int line = 0;
    if (const QString pre = precheck(headerText, budget, line); !pre.isEmpty()) {
        result.accepted = false;
        result.error = pre;
        result.errorLine = line;
        return result;
    }
    // Symfony rejects tabs used for indentation (Grav converts only the first tab of a line).
    {
        const QList<QByteArray> lines = headerText.split('\n');
        for (int i = 0; i < lines.size(); ++i) {
            const QByteArray &l = lines[i];
            qsizetype k = 0;
            while (k < l.size() && l[k] == ' ')
                ++k;
            if (k < l.size() && l[k] == '\t') {
                result.accepted = false;
                result.error = QStringLiteral("a tab character is used for indentation (YAML allows only spaces)");
                result.errorLine = i + 1;
                result.errorColumn = static_cast<int>(k) + 1;
                return result;
            }
        }
    }

    YAML::Node root;
    QString error;
    int errLine = 0, errCol = 0;
    bool legacyText = false;
    if (!tryLoad(headerText, root, error, errLine, errCol)) {
        bool changed = false;
        const QByteArray relaxed = quoteLegacyPlainValues(headerText, changed);
        QString e2;
        int l2 = 0, c2 = 0;
        if (!changed || !tryLoad(relaxed, root, e2, l2, c2)) {
            result.accepted = false;
            result.error = error;
            result.errorLine = errLine;
            result.errorColumn = errCol;
            return result;
        }
        legacyText = true;
    }

    Walker walker(budget);
    const QVariant top = walker.walk(root, 0);
    if (!walker.fatal.isEmpty()) {
        result.accepted = false;
        result.error = walker.fatal;
        result.errorLine = walker.fatalLine;
        result.errorColumn = walker.fatalColumn;
        return result;
    }
    if (root.IsMap()) {
        result.values = top.toMap();
        QSet<QString> seen;
        for (const auto &kv : root) {
            const QString key = QString::fromStdString(kv.first.Scalar());
            if (!seen.contains(key)) {
                seen.insert(key);
                result.keyOrder.append(key);
            }
        }
    } else if (!root.IsNull()) {
        // Grav casts a non-map header to an array; nothing in it is a page setting.
        result.error = QStringLiteral("the header is not a list of \"key: value\" settings");
        result.legacyOnly = true;
    }
    if (legacyText) {
        result.legacyOnly = true;
        result.error = QStringLiteral("%1; Grav reads this only with its legacy parser — quote the value").arg(error);
        result.errorLine = errLine;
        result.errorColumn = errCol;
    } else if (walker.legacy) {
        result.legacyOnly = true;
        result.error = walker.problem;
    }
    return result;
}

} // namespace GravDesk
