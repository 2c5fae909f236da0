#include "frontmatter.h"

#include "simpleheader.h"

#include <QCoreApplication>
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
    Walker(const HeaderBudget &b, const QByteArray &text)
        : budget(b)
        , source(text)
    { }
    const HeaderBudget &budget;
    const QByteArray &source; // the text yaml-cpp read (marks index into it)
    int nodes = 0;
    bool legacy = false;
    QString problem; // first problem that only the legacy parser tolerates
    int problemLine = 0;
    int problemColumn = 0;
    QString fatal; // a problem no Grav parser tolerates
    int fatalLine = 0;
    int fatalColumn = 0;

    void noteLegacy(const QString &what, const YAML::Mark &mark)
    {
        if (!legacy) {
            legacy = true;
            problem
                = QCoreApplication::translate("GravDesk::FrontMatter", "%1 (line %2)").arg(what, QString::number(mark.line + 1));
            problemLine = mark.line + 1;
            problemColumn = mark.column + 1;
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
        if (tag == "!")
            return keptFoldedBreaks(text, node.Mark()); // quoted or block scalar
        static const std::string corePrefix = "tag:yaml.org,2002:";
        if (tag.rfind(corePrefix, 0) == 0) {
            // "!!name": Symfony implements str, float and binary; any other built-in tag is an error for it and
            // for Grav's legacy parser alike.
            const std::string name = tag.substr(corePrefix.size());
            if (name == "str")
                return text;
            if (name == "float") {
                static const QRegularExpression leadingNumber(
                    QStringLiteral("^\\s*[+-]?([0-9]+(\\.[0-9]*)?|\\.[0-9]+)([eE][+-]?[0-9]+)?"));
                const auto m = leadingNumber.match(text);
                return m.hasMatch() ? m.captured(0).trimmed().toDouble() : 0.0; // PHP's (float) cast
            }
            if (name == "binary") {
                QByteArray b64 = text.toLatin1();
                b64.replace(' ', "").replace('\n', "").replace('\t', "").replace('\r', "");
                const auto decoded = QByteArray::fromBase64Encoding(b64, QByteArray::AbortOnBase64DecodingErrors);
                if (!decoded || b64.size() % 4 != 0) {
                    setFatal(QCoreApplication::translate("GravDesk::FrontMatter", "invalid base64 data in a !!binary value"),
                        node.Mark());
                    return text;
                }
                return QString::fromUtf8(*decoded);
            }
            setFatal(QCoreApplication::translate(
                         "GravDesk::FrontMatter", "the built-in tag !!%1 is not supported by Grav's YAML parser")
                         .arg(QString::fromStdString(name)),
                node.Mark());
            return text;
        }
        if (tag != "?" && !tag.empty()) {
            // Symfony rejects custom tags; the legacy parser reads "!tag value" as a string. yaml-cpp hands
            // back local tags with their "!".
            const QString written
                = tag[0] == '!' ? QString::fromStdString(tag) : QStringLiteral("!<%1>").arg(QString::fromStdString(tag));
            noteLegacy(QCoreApplication::translate("GravDesk::FrontMatter", "unknown tag %1").arg(written), node.Mark());
            return QString(written + QLatin1Char(' ') + text);
        }
        // A plain scalar only holds a line break when a blank line continued it. Symfony ends an unquoted
        // value at the first blank line and then fails on the indented rest ("Unable to parse"), and so does
        // Grav's legacy parser.
        if (text.contains(QLatin1Char('\n'))) {
            setFatal(QCoreApplication::translate("GravDesk::FrontMatter",
                         "an unquoted value continues after a blank line; Grav cannot read that (quote the value "
                         "or write it as a block with |)"),
                node.Mark());
            return text;
        }
        return plain(text, node.Mark());
    }

    // yaml-cpp drops the trailing blank lines of a folded block kept with ">+" when more keys follow;
    // YAML (and Symfony) keep every line break up to the next less-indented line.
    QString keptFoldedBreaks(const QString &value, const YAML::Mark &mark) const
    {
        const qsizetype n = source.size();
        qsizetype p = mark.pos;
        if (p < 0 || p >= n || source[p] != '>')
            return value;
        qsizetype q = p + 1;
        bool keep = false;
        while (q < n && (source[q] == '+' || source[q] == '-' || (source[q] >= '1' && source[q] <= '9'))) {
            keep = keep || source[q] == '+';
            ++q;
        }
        if (!keep)
            return value;
        // Walk the block's lines: it ends at the first non-blank line indented less than its first line.
        qsizetype line = source.indexOf('\n', q);
        int blockIndent = -1;
        qsizetype lastContentEnd = -1;
        qsizetype end = n;
        while (line >= 0 && line < n) {
            const qsizetype start = line + 1;
            qsizetype stop = source.indexOf('\n', start);
            if (stop < 0)
                stop = n;
            int indent = 0;
            while (start + indent < stop && source[start + indent] == ' ')
                ++indent;
            const bool blank = start + indent == stop;
            if (!blank) {
                if (blockIndent < 0)
                    blockIndent = indent;
                if (indent < blockIndent) {
                    end = start;
                    break;
                }
                lastContentEnd = stop;
            }
            line = stop < n ? stop : -1;
        }
        if (lastContentEnd < 0)
            return value;
        const qsizetype breaks = source.mid(lastContentEnd, end - lastContentEnd).count('\n');
        QString out = value;
        while (out.endsWith(QLatin1Char('\n')))
            out.chop(1);
        return out + QString(breaks, QLatin1Char('\n'));
    }

    // PHP's octdec(): digits other than 0-7 are skipped; too large a value becomes a float.
    static QVariant octdec(const QString &digits)
    {
        quint64 v = 0;
        double d = 0;
        bool overflow = false;
        for (const QChar c : digits) {
            if (c < QLatin1Char('0') || c > QLatin1Char('7'))
                continue;
            const int digit = c.unicode() - '0';
            if (!overflow && v > (std::numeric_limits<qint64>::max() >> 3))
                overflow = true;
            if (overflow)
                d = d * 8 + digit;
            else
                v = v * 8 + static_cast<quint64>(digit);
            if (!overflow)
                d = static_cast<double>(v);
        }
        if (overflow)
            return d;
        return static_cast<qlonglong>(v);
    }

    // Days since 1970-01-01 of a proleptic Gregorian date (month 1-12), year 0 included as PHP has it.
    static qint64 daysFromCivil(qint64 y, int m, int d)
    {
        y -= m <= 2 ? 1 : 0;
        const qint64 era = (y >= 0 ? y : y - 399) / 400;
        const qint64 yoe = y - era * 400;
        const qint64 doy = (153 * (m + (m > 2 ? -3 : 9)) + 2) / 5 + d - 1;
        const qint64 doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
        return era * 146097 + doe - 719468;
    }

    QVariant timestamp(const QString &text, const QRegularExpressionMatch &m, const YAML::Mark &mark)
    {
        // Symfony hands the text to PHP's `new DateTime(..., UTC)`, which accepts month 0-12, day 0-31,
        // hour 0-24, minute 0-59 and second 0-60 and rolls the overflow over (2024-02-30 is 1 March);
        // anything else throws, and that rejects the whole header.
        const qint64 year = m.captured(1).toLongLong();
        const int month = m.captured(2).toInt();
        const int day = m.captured(3).toInt();
        int h = 0, mi = 0, sec = 0;
        if (!m.captured(4).isEmpty()) {
            h = m.captured(4).toInt();
            mi = m.captured(5).toInt();
            sec = m.captured(6).toInt();
        }
        if (month > 12 || day > 31 || h > 24 || mi > 59 || sec > 60) {
            setFatal(QCoreApplication::translate("GravDesk::FrontMatter", "impossible date \"%1\"").arg(text), mark);
            return text;
        }
        const int m0 = month - 1; // -1 .. 11
        const qint64 y = year + (m0 < 0 ? -1 : 0);
        const int mm = (m0 + 12) % 12 + 1;
        qint64 secs = (daysFromCivil(y, mm, 1) + day - 1) * 86400 + h * 3600 + mi * 60 + sec;
        const QString tz = m.captured(8);
        if (!tz.isEmpty() && tz != QLatin1String("Z")) {
            const int sign = tz.startsWith(QLatin1Char('-')) ? -1 : 1;
            const QStringList parts = tz.mid(1).split(QLatin1Char(':'));
            const int hh = parts.value(0).toInt();
            const int tm = parts.value(1).toInt();
            secs -= sign * (hh * 3600 + tm * 60);
        }
        return secs;
    }

    // Types an unquoted scalar the way Symfony YAML 4.4's Inline::evaluateScalar does (Grav 1.7.50),
    // branch for branch and in the same order.
    QVariant plain(const QString &text, const YAML::Mark &mark)
    {
        const QString lower = text.toLower();
        if (text.isEmpty() || text == QLatin1String("~") || lower == QLatin1String("null"))
            return {};
        if (lower == QLatin1String("true"))
            return true;
        if (lower == QLatin1String("false"))
            return false;
        const QChar first = text.at(0);
        const bool digitFirst = first >= QLatin1Char('0') && first <= QLatin1Char('9');
        if (!digitFirst && first != QLatin1Char('+') && first != QLatin1Char('-') && first != QLatin1Char('.'))
            return text;

        QString s = text;
        static const QRegularExpression integerWithUnderscores(QStringLiteral("^[+-]?[0-9][0-9_]*$"));
        if (integerWithUnderscores.match(s).hasMatch())
            s.remove(QLatin1Char('_'));
        static const QRegularExpression digits(QStringLiteral("^[0-9]+$"));
        if (digits.match(s).hasMatch()) {
            // 4.4 reads every leading-zero number as octal (octdec skips 8 and 9: "08" is 0).
            if (s.startsWith(QLatin1Char('0')))
                return octdec(s);
            bool ok = false;
            const qlonglong v = s.toLongLong(&ok);
            return ok ? QVariant(v) : QVariant(s); // too large for PHP's int: the digits stay a string
        }
        if (s.startsWith(QLatin1Char('-')) && digits.match(s.mid(1)).hasMatch()) {
            if (s.at(1) == QLatin1Char('0')) {
                const QVariant v = octdec(s.mid(1));
                return v.typeId() == QMetaType::Double ? QVariant(-v.toDouble()) : QVariant(-v.toLongLong());
            }
            bool ok = false;
            const qlonglong v = s.toLongLong(&ok);
            return ok ? QVariant(v) : QVariant(s);
        }
        // PHP is_numeric(): decimal and exponent forms, which (float) reads.
        static const QRegularExpression numeric(QStringLiteral("^[+-]?([0-9]+(\\.[0-9]*)?|\\.[0-9]+)([eE][+-]?[0-9]+)?$"));
        static const QRegularExpression hex(QStringLiteral("^0x[0-9a-f_]+$"), QRegularExpression::CaseInsensitiveOption);
        if (numeric.match(s).hasMatch())
            return s.toDouble();
        if (hex.match(s).hasMatch()) {
            s.remove(QLatin1Char('_'));
            // Only a lower-case "0x" reaches hexdec(); "0X1F" is (float) "0X1F", which PHP reads as 0.
            return s.startsWith(QLatin1String("0x")) ? QVariant(s.mid(2).toLongLong(nullptr, 16)) : QVariant(0.0);
        }
        // Symfony returns INF for ".nan" too (-log(0) in both branches); Grav sees INF.
        if (lower == QLatin1String(".inf") || lower == QLatin1String(".nan"))
            return std::numeric_limits<double>::infinity();
        if (lower == QLatin1String("-.inf"))
            return -std::numeric_limits<double>::infinity();
        static const QRegularExpression floatWithUnderscores(QStringLiteral("^[+-]?[0-9][0-9_]*(\\.[0-9_]+)?$"));
        if (floatWithUnderscores.match(s).hasMatch())
            return QString(s).remove(QLatin1Char('_')).toDouble();
        static const QRegularExpression timestampForm(QStringLiteral(
            "^([0-9]{4})-([0-9]{1,2})-([0-9]{1,2})(?:(?:[Tt]|[ \\t]+)([0-9]{1,2}):([0-9]{2}):([0-9]{2})(?:\\.([0-9]*))?"
            "(?:[ \\t]*(Z|[-+][0-9]{1,2}(?::[0-9]{2})?))?)?$"));
        if (const auto m = timestampForm.match(s); m.hasMatch())
            return timestamp(text, m, mark);
        return text;
    }

    QVariant walk(const YAML::Node &node, int depth)
    {
        if (!fatal.isEmpty())
            return {};
        if (++nodes > budget.maxNodes) {
            setFatal(QCoreApplication::translate("GravDesk::FrontMatter", "header too large (more than %1 values)")
                         .arg(budget.maxNodes),
                node.Mark());
            return {};
        }
        if (depth > budget.maxDepth) {
            setFatal(
                QCoreApplication::translate("GravDesk::FrontMatter", "header nested deeper than %1 levels").arg(budget.maxDepth),
                node.Mark());
            return {};
        }
        switch (node.Type()) {
        case YAML::NodeType::Null: return {};
        case YAML::NodeType::Scalar: return scalar(node);
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
                    setFatal(
                        QCoreApplication::translate("GravDesk::FrontMatter", "complex mapping keys are not supported by Grav"),
                        kv.first.Mark());
                    return {};
                }
                if (seen.contains(key)) {
                    // Symfony: "Duplicate key"; the legacy parser keeps the first one.
                    noteLegacy(
                        QCoreApplication::translate("GravDesk::FrontMatter", "duplicate key \"%1\"").arg(key), kv.first.Mark());
                    continue;
                }
                seen.insert(key);
                map.insert(key, walk(kv.second, depth + 1));
            }
            return map;
        }
        case YAML::NodeType::Undefined: break;
        }
        return {};
    }
};

// Counts structure in the text before yaml-cpp sees it: yaml-cpp recurses per nesting level
// and expands aliases, so hostile input must be stopped first.
QString precheck(const QByteArray &text, const HeaderBudget &budget, int &line)
{
    if (text.size() > budget.maxBytes)
        return QCoreApplication::translate("GravDesk::FrontMatter", "header larger than %1 bytes").arg(budget.maxBytes);
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
                return QCoreApplication::translate("GravDesk::FrontMatter", "header nested deeper than %1 levels")
                    .arg(budget.maxDepth);
        } else if (c == ']' || c == '}') {
            if (flowDepth > 0)
                --flowDepth;
        } else if (c == '*' && (i == 0 || text[i - 1] == ' ' || text[i - 1] == '[' || text[i - 1] == ',')) {
            if (++aliases > budget.maxAliases)
                return QCoreApplication::translate("GravDesk::FrontMatter", "header uses more than %1 aliases")
                    .arg(budget.maxAliases);
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
        return QCoreApplication::translate("GravDesk::FrontMatter", "header nested deeper than %1 levels").arg(budget.maxDepth);
    line = 0;
    return {};
}

QString describeYamlError(const std::string &msg)
{
    QString m = QString::fromStdString(msg);
    if (m.isEmpty())
        m = QCoreApplication::translate("GravDesk::FrontMatter", "invalid YAML");
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
            && (trimmed.contains(QLatin1String(": ")) || trimmed.startsWith(QLatin1Char('@'))
                || trimmed.startsWith(QLatin1Char('`')) || trimmed.startsWith(QLatin1Char('%')))) {
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

// Symfony YAML 4.4 reads a line that is neither "key: value", a list item nor the continuation of a plain
// value as a scalar only when it starts its block (Parser::doParse: "Unable to parse"), and it refuses a header
// whose first line is indented; yaml-cpp takes the one as a scalar or as part of the value above and accepts the
// other; nor does it take a header that is one multi-line string (its first line a plain scalar) with a line
// that starts with a space. Returns the 1-based line of such a line (@p indentedStart: the first line's case,
// @p indentedInText: the multi-line string's), 0 when there is none or when the header uses anything (quotes spanning lines,
// block scalars, flow collections over lines, documents) this line-by-line reading cannot follow.
int strayPlainLine(const QByteArray &text, bool &indentedStart, bool &indentedInText)
{
    indentedStart = indentedInText = false;
    enum Kind { Opener, Valued, Scalar };
    struct Prev
    {
        int indent = -1;
        Kind kind = Scalar;
        bool validScalar = false;
    };
    Prev prev; // the last non-blank line
    bool blankSincePrev = false, commentSincePrev = false;
    int owner = -1; // indent of the line whose plain value may continue on deeper lines
    QByteArray unified = text; // Symfony reads CR LF and CR as line breaks too
    if (unified.contains('\r'))
        unified.replace("\r\n", "\n").replace('\r', '\n');
    const QList<QByteArray> lines = unified.split('\n');
    for (int n = 0; n < lines.size(); ++n) {
        QByteArray l = lines.at(n);
        qsizetype indent = 0;
        while (indent < l.size() && l[indent] == ' ')
            ++indent;
        l = l.mid(indent);
        if (l.startsWith('#')) {
            commentSincePrev = true;
            continue;
        }
        if (const qsizetype c = l.indexOf(" #"); c >= 0) {
            if (l.contains('\'') || l.contains('"'))
                return 0;
            l.truncate(c);
        }
        while (l.endsWith(' '))
            l.chop(1);
        if (l.isEmpty()) {
            blankSincePrev = true;
            continue;
        }
        if (prev.indent < 0 && indent > 0) {
            indentedStart = true;
            return n + 1;
        }
        if (l.contains('\t') || l.startsWith("---") || l.startsWith('?') || l.startsWith('%'))
            return 0;
        QByteArray item = l;
        bool listItem = false;
        while (item == "-" || item.startsWith("- ")) {
            listItem = true;
            item = item.mid(1).trimmed();
        }
        qsizetype colon = item.indexOf(": ");
        if (colon < 0 && item.endsWith(':'))
            colon = item.size() - 1;
        const QByteArray value = colon >= 0 ? item.mid(colon + 1).trimmed() : (listItem ? item : QByteArray());
        if (!value.isEmpty()) {
            const char first = value.front(), last = value.back();
            if (first == '|' || first == '>' || ((first == '\'' || first == '"') && (value.size() < 2 || last != first))
                || (first == '[' && last != ']') || (first == '{' && last != '}'))
                return 0; // a value that goes on over the next lines
        }
        const Kind kind = colon >= 0 || listItem ? (value.isEmpty() ? Opener : Valued) : Scalar;
        if (owner >= 0 && indent > owner)
            continue; // the continuation of a plain value
        owner = -1;
        bool validScalar = false;
        if (kind == Scalar) {
            if (item.front() == '\'' || item.front() == '"' || item.front() == '[' || item.front() == '{' || item.front() == '|'
                || item.front() == '>')
                return 0;
            const bool opens = prev.indent < 0 || (prev.kind == Opener && prev.indent < indent);
            const bool moreOfScalar = prev.kind == Scalar && prev.validScalar && prev.indent == indent;
            if (!moreOfScalar && !(opens && !blankSincePrev)) {
                if (opens && commentSincePrev && !blankSincePrev)
                    return 0; // Symfony drops some comment lines before it looks at blocks: not followed here
                return n + 1;
            }
            validScalar = true;
            if (n == 0) {
                // The whole header is one multi-line string: Symfony reads it line by line as a last resort
                // (the lines are only text then) and refuses any line that starts with a space, one of only
                // spaces too; comment lines are left out.
                for (int k = 1; k < lines.size(); ++k) {
                    const QByteArray &raw = lines.at(k);
                    if (raw.trimmed().startsWith('#'))
                        continue;
                    if (raw.startsWith(' ')) {
                        indentedInText = true;
                        return k + 1;
                    }
                }
                return 0;
            }
        } else if (kind == Valued) {
            owner = static_cast<int>(indent);
        }
        prev = {static_cast<int>(indent), kind, validScalar};
        blankSincePrev = commentSincePrev = false;
    }
    return 0;
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
    // The usual header (block maps of quoted strings, words and booleans) does not need yaml-cpp, which
    // costs more than rendering the page's Markdown; it has no flow collections or aliases to count.
    if (budget.simpleFastPath && headerText.size() <= budget.maxBytes && budget.maxDepth >= 16 && budget.maxNodes >= 64 * 1024) {
        QVariantMap values;
        QStringList order;
        if (budget.onlyKeys ? parseSimpleHeader(headerText, values, *budget.onlyKeys)
                            : parseSimpleHeader(headerText, values, &order)) {
            result.values = values;
            result.keyOrder = order;
            return result;
        }
    }
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
                result.error = QCoreApplication::translate(
                    "GravDesk::FrontMatter", "a tab character is used for indentation (YAML allows only spaces)");
                result.errorLine = i + 1;
                result.errorColumn = static_cast<int>(k) + 1;
                return result;
            }
        }
    }

    bool indentedStart = false, indentedInText = false;
    if (const int stray = strayPlainLine(headerText, indentedStart, indentedInText)) {
        const QList<QByteArray> lines = QByteArray(headerText).replace("\r\n", "\n").replace('\r', '\n').split('\n');
        const QString near = QString::fromUtf8(lines.at(stray - 1).trimmed());
        result.accepted = false;
        result.error = indentedInText ? QCoreApplication::translate("GravDesk::FrontMatter",
                           "unable to parse: the header is one piece of text (its first line is no \"key: value\" "
                           "setting), and line %1 of it starts with a space")
                                            .arg(stray)
            : indentedStart ? QCoreApplication::translate("GravDesk::FrontMatter",
                  "unable to parse \"%1\": the header's first line is indented (it must start at the left margin)")
                                  .arg(near)
                            : QCoreApplication::translate("GravDesk::FrontMatter",
                                "unable to parse \"%1\": a line that is not a \"key: value\" setting, a list item or "
                                "an indented continuation of the value above")
                                  .arg(near);
        result.errorLine = stray;
        return result;
    }

    YAML::Node root;
    QString error;
    int errLine = 0, errCol = 0;
    bool legacyText = false;
    QByteArray relaxedText;
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
        relaxedText = relaxed;
    }

    Walker walker(budget, legacyText ? relaxedText : headerText);
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
        result.error
            = QCoreApplication::translate("GravDesk::FrontMatter", "the header is not a list of \"key: value\" settings");
        result.legacyOnly = true;
    }
    if (legacyText) {
        result.legacyOnly = true;
        result.error = QCoreApplication::translate(
            "GravDesk::FrontMatter", "%1; Grav reads this only with its legacy parser — quote the value")
                           .arg(error);
        result.errorLine = errLine;
        result.errorColumn = errCol;
    } else if (walker.legacy) {
        result.legacyOnly = true;
        result.error = walker.problem;
        result.errorLine = walker.problemLine;
        result.errorColumn = walker.problemColumn;
    }
    return result;
}

} // namespace GravDesk
