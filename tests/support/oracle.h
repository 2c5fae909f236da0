#pragma once

#include <QJsonObject>
#include <QJsonValue>
#include <QString>
#include <QStringList>
#include <QVariant>

namespace GravDesk {

/// What the PHP oracle (shared/oracle/grav-frontmatter.php) says about one page file.
struct OracleFrontmatter
{
    bool ran = false; ///< the oracle ran and printed JSON
    QString failure; ///< why it did not (when !ran)
    int exitCode = -1;
    bool headerRejected = false; ///< "header": null — Grav shows its Invalid Frontmatter page
    QJsonObject header;
    QStringList headerKeys; ///< top-level header keys in file order
    QString body;
    QString error;
    QStringList notes;

    /// The header was accepted only by Grav's legacy (compat) YAML parser.
    bool legacyOnly() const;
};

namespace Oracle {

/// Empty when php and the oracle script are present; otherwise what is missing (for QSKIP).
QString unavailableReason();
/// Runs the oracle's PHP @p script with @p args and @p input on stdin: its stdout (exit 0, or 2 for a
/// rejected header), or a null array with the reason in @p why.
QByteArray runScript(const QString &script, const QStringList &args, const QByteArray &input, QString *why);
/// Runs grav-frontmatter.php on @p filePath.
OracleFrontmatter frontmatter(const QString &filePath);
/**
 * Compares a value read by parseHeader() with the oracle's JSON for it, the way PHP would see
 * both (integers and floats as numbers, PHP lists as JSON arrays, INF/NAN as tagged strings).
 * Returns "" when equal, else a description of the first difference.
 */
QString compare(const QVariant &core, const QJsonValue &oracle, const QString &where = QString());

} // namespace Oracle
} // namespace GravDesk
