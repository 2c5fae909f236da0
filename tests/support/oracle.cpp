#include "oracle.h"

#include "testpaths.h"

#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QProcess>
#include <QRegularExpression>

#include <cmath>

namespace GravDesk {

bool OracleFrontmatter::legacyOnly() const
{
    for (const QString &n : notes)
        if (n.contains(QLatin1String("legacy compat")))
            return true;
    return false;
}

namespace Oracle {
namespace {

QString script()
{
    return TestPaths::oracleDir() + QStringLiteral("/grav-frontmatter.php");
}

// QJsonObject forgets key order; the oracle prints keys in file order, one per line, so read them
// from the pretty-printed text: top-level header keys are the lines indented by 8 spaces.
QStringList headerKeysInOrder(const QByteArray &json)
{
    QStringList keys;
    const QList<QByteArray> lines = json.split('\n');
    bool inHeader = false;
    for (const QByteArray &line : lines) {
        if (!inHeader) {
            if (line == "    \"header\": {")
                inHeader = true;
            continue;
        }
        if (line.startsWith("    }"))
            break;
        if (line.startsWith("        \"")) {
            // The key is a complete JSON string; let the JSON parser unescape it.
            const qsizetype end = line.indexOf("\": ", 8);
            const qsizetype endEmpty = line.indexOf("\":", 8);
            const qsizetype stop = end >= 0 ? end : endEmpty;
            if (stop < 0)
                continue;
            const QByteArray literal = QByteArrayLiteral("[") + line.mid(8, stop - 8 + 1) + QByteArrayLiteral("]");
            const QJsonDocument doc = QJsonDocument::fromJson(literal);
            if (doc.isArray() && !doc.array().isEmpty())
                keys.append(doc.array().first().toString());
        }
    }
    return keys;
}

QString typeName(const QVariant &v)
{
    return v.isValid() ? QString::fromLatin1(v.typeName()) : QStringLiteral("null");
}

bool isNumber(const QVariant &v)
{
    switch (v.typeId()) {
    case QMetaType::Int:
    case QMetaType::UInt:
    case QMetaType::LongLong:
    case QMetaType::ULongLong:
    case QMetaType::Double: return true;
    default: return false;
    }
}

} // namespace

QString unavailableReason()
{
    if (TestPaths::phpExecutable().isEmpty())
        return QStringLiteral("php was not found when the build was configured; install php-cli and the oracle's packages "
                              "(see shared/oracle/README.md) and re-run cmake");
    if (!QFileInfo(TestPaths::phpExecutable()).isExecutable())
        return QStringLiteral("php (%1) is not executable").arg(TestPaths::phpExecutable());
    if (!QFileInfo::exists(script()))
        return QStringLiteral("the Grav oracle is absent (%1); point GRAVDESK_SHARED_DIR at the shared folder").arg(script());
    return {};
}

OracleFrontmatter frontmatter(const QString &filePath)
{
    OracleFrontmatter r;
    QProcess php;
    php.setProgram(TestPaths::phpExecutable());
    php.setArguments({script(), filePath});
    php.start();
    if (!php.waitForStarted(30000) || !php.waitForFinished(60000)) {
        r.failure = QStringLiteral("php did not run: %1").arg(php.errorString());
        php.kill();
        php.waitForFinished(1000);
        return r;
    }
    r.exitCode = php.exitCode();
    const QByteArray out = php.readAllStandardOutput();
    QJsonParseError err {};
    const QJsonDocument doc = QJsonDocument::fromJson(out, &err);
    if (php.exitStatus() != QProcess::NormalExit || !doc.isObject() || (r.exitCode != 0 && r.exitCode != 2)) {
        r.failure = QStringLiteral("oracle failed (exit %1): %2 %3")
                        .arg(r.exitCode)
                        .arg(err.errorString(), QString::fromUtf8(php.readAllStandardError()));
        return r;
    }
    const QJsonObject o = doc.object();
    r.ran = true;
    r.headerRejected = o.value(QStringLiteral("header")).isNull();
    r.header = o.value(QStringLiteral("header")).toObject();
    r.headerKeys = headerKeysInOrder(out);
    r.body = o.value(QStringLiteral("body")).toString();
    r.error = o.value(QStringLiteral("error")).toString();
    for (const QJsonValue &n : o.value(QStringLiteral("notes")).toArray())
        r.notes.append(n.toString());
    return r;
}

QString compare(const QVariant &core, const QJsonValue &oracle, const QString &where)
{
    const QString at = where.isEmpty() ? QStringLiteral("(root)") : where;
    const auto differ = [&](const QString &oracleText) {
        return QStringLiteral("%1: core %2 %3, oracle %4")
            .arg(at, typeName(core),
                core.typeId() == QMetaType::QVariantMap || core.typeId() == QMetaType::QVariantList ? QString() : core.toString(),
                oracleText);
    };
    switch (oracle.type()) {
    case QJsonValue::Null:
    case QJsonValue::Undefined: return core.isValid() && !core.isNull() ? differ(QStringLiteral("null")) : QString();
    case QJsonValue::Bool:
        if (core.typeId() != QMetaType::Bool || core.toBool() != oracle.toBool())
            return differ(oracle.toBool() ? QStringLiteral("true") : QStringLiteral("false"));
        return {};
    case QJsonValue::Double:
        if (!isNumber(core) || core.toDouble() != oracle.toDouble())
            return differ(QString::number(oracle.toDouble(), 'g', 17));
        return {};
    case QJsonValue::String: {
        const QString s = oracle.toString();
        // The oracle writes INF and NAN as these strings (JSON cannot carry them).
        if (core.typeId() == QMetaType::Double) {
            const double d = core.toDouble();
            if ((s == QLatin1String(".nan") && std::isnan(d)) || (s == QLatin1String(".inf") && std::isinf(d) && d > 0)
                || (s == QLatin1String("-.inf") && std::isinf(d) && d < 0))
                return {};
        }
        if (core.typeId() != QMetaType::QString || core.toString() != s)
            return differ(QLatin1Char('"') + s + QLatin1Char('"'));
        return {};
    }
    case QJsonValue::Array: {
        const QJsonArray a = oracle.toArray();
        // PHP has one array type: an empty map and a map keyed 0..n-1 print as JSON lists.
        if (core.typeId() == QMetaType::QVariantMap) {
            const QVariantMap m = core.toMap();
            if (m.size() != a.size())
                return differ(QStringLiteral("a list of %1").arg(a.size()));
            for (int i = 0; i < a.size(); ++i) {
                const auto it = m.constFind(QString::number(i));
                if (it == m.cend())
                    return differ(QStringLiteral("a list"));
                const QString d = compare(*it, a.at(i), at + QLatin1Char('[') + QString::number(i) + QLatin1Char(']'));
                if (!d.isEmpty())
                    return d;
            }
            return {};
        }
        if (core.typeId() != QMetaType::QVariantList)
            return differ(QStringLiteral("a list"));
        const QVariantList l = core.toList();
        if (l.size() != a.size())
            return differ(QStringLiteral("a list of %1 (core has %2)").arg(a.size()).arg(l.size()));
        for (int i = 0; i < a.size(); ++i) {
            const QString d = compare(l.at(i), a.at(i), at + QLatin1Char('[') + QString::number(i) + QLatin1Char(']'));
            if (!d.isEmpty())
                return d;
        }
        return {};
    }
    case QJsonValue::Object: {
        const QJsonObject o = oracle.toObject();
        QVariantMap m;
        if (core.typeId() == QMetaType::QVariantMap) {
            m = core.toMap();
        } else if (core.typeId() == QMetaType::QVariantList) {
            // A PHP array with holes in its integer keys prints as an object.
            const QVariantList l = core.toList();
            for (int i = 0; i < l.size(); ++i)
                m.insert(QString::number(i), l.at(i));
        } else {
            return differ(QStringLiteral("a map"));
        }
        QStringList coreKeys = m.keys();
        QStringList oracleKeys = o.keys();
        coreKeys.sort();
        oracleKeys.sort();
        if (coreKeys != oracleKeys)
            return QStringLiteral("%1: keys differ: core [%2], oracle [%3]")
                .arg(at, coreKeys.join(QStringLiteral(", ")), oracleKeys.join(QStringLiteral(", ")));
        for (const QString &k : std::as_const(oracleKeys)) {
            const QString d = compare(m.value(k), o.value(k), where.isEmpty() ? k : where + QLatin1Char('.') + k);
            if (!d.isEmpty())
                return d;
        }
        return {};
    }
    }
    return {};
}

QByteArray runScript(const QString &script, const QStringList &args, const QByteArray &input, QString *why)
{
    QProcess p;
    p.start(TestPaths::phpExecutable(), QStringList {TestPaths::oracleDir() + QLatin1Char('/') + script} + args);
    if (!p.waitForStarted(30000)) {
        *why = QStringLiteral("php did not start");
        return {};
    }
    p.write(input);
    p.closeWriteChannel();
    if (!p.waitForFinished(120000)) {
        p.kill();
        *why = QStringLiteral("php timed out");
        return {};
    }
    if (p.exitStatus() != QProcess::NormalExit || (p.exitCode() != 0 && p.exitCode() != 2)) {
        *why = QStringLiteral("php exited with %1: %2").arg(p.exitCode()).arg(QString::fromUtf8(p.readAllStandardError()));
        return {};
    }
    QByteArray out = p.readAllStandardOutput();
    if (out.isNull())
        out = QByteArray("");
    return out;
}

} // namespace Oracle
} // namespace GravDesk
