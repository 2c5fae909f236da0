#pragma once

#include "page/frontmatter.h"
#include "page/yamlscalar.h"

#include <QByteArray>
#include <QList>
#include <QString>
#include <QTimeZone>
#include <QVariant>

namespace GravDesk {

struct Envelope;

/// The outcome of an edit; on failure the document is unchanged and @c error says why.
struct FrontMatterEditResult
{
    bool ok = false;
    QString error;
};

/**
 * A page header kept as its original text and edited surgically.
 *
 * The text is the header as it is on disk (between the `---` lines, with the
 * file's line endings). Loading and writing back an untouched document gives
 * the same bytes. An edit rewrites only the lines of the edited key: comments,
 * blank lines, key order, indentation, quoting of other values, anchors and
 * block scalars stay as they are.
 *
 * Values are QVariants with these meanings (how the form hands them over):
 *  - invalid QVariant: null;  bool;  int / qlonglong: integer;  double: float;
 *  - QString: a string, always read back as that string (quoted when Symfony
 *    would otherwise read a number, boolean, null or timestamp, see yamlString());
 *  - QDateTime: a date, written as a quoted string in the page's date format
 *    (its `dateformat` header, else the site default, else `d-m-Y H:i`) in the
 *    site's time zone — the form Grav's admin writes;
 *  - QStringList / QVariantList: a list (block style `    - a`, or `[a, b]` when the
 *    file already writes that key in flow style);
 *  - QVariantMap: a map written as nested block lines.
 *
 * Every edit is checked before it is kept: the new header is parsed again
 * (parseHeader(), Symfony's typing) and must read back with the edited value
 * as intended and every other value unchanged; otherwise the edit is refused.
 * Key paths are dotted (`summary.enabled`, `taxonomy.tag`); missing parents are created.
 */
class FrontMatterDocument
{
public:
    /// An empty header (a page file without front matter).
    FrontMatterDocument();
    /// @p headerBytes: the header's original bytes, each line with its line ending.
    explicit FrontMatterDocument(const QByteArray &headerBytes);
    /// The header of a split page file (its original bytes, see headerBytes()).
    static FrontMatterDocument fromEnvelope(const Envelope &env);

    /// The current header text in the file's own form (line endings as on disk).
    QByteArray text() const;
    /// The header as Grav feeds it to YAML (LF, first tab of each line as 4 spaces).
    QByteArray gravText() const;
    bool isModified() const { return text() != m_original; }

    /// The header as read now (rejected headers: accepted == false, error set).
    const HeaderParse &parsed() const { return m_parse; }
    /// False when the header cannot be edited field by field; editError() says why.
    bool isEditable() const { return m_editError.isEmpty(); }
    QString editError() const { return m_editError; }

    /// The value at a dotted path as Grav reads it (invalid when absent or null).
    QVariant value(const QString &path) const;
    bool contains(const QString &path) const;

    /// Date writing: the site's default PHP format (may be empty) and time zone.
    void setDateContext(const QString &defaultFormat, const QTimeZone &zone);
    /// The PHP date format new dates are written in.
    QString dateFormat() const;

    /**
     * Sets (or adds) the value at @p path. Maps are written with the keys in @p keyOrder first (e.g. a
     * blueprint's sub-field order), the others sorted; lists may hold scalars or flat maps.
     */
    FrontMatterEditResult setValue(const QString &path, const QVariant &value, const QStringList &keyOrder = {});
    /// Removes the key at @p path with its value lines (a missing key is not an error).
    FrontMatterEditResult remove(const QString &path);

    /// Splits header text into lines without their line endings (CR LF, LF or lone CR) — for diffs and tests.
    static QList<QByteArray> splitLines(const QByteArray &text);

private:
    struct Line
    {
        QByteArray text; // without its line ending
        QByteArray eol; // "\n", "\r\n", "\r" or "" (last line of a header without one)
    };
    struct Entry; // where one key's value sits in the text (frontmatterlayout.h)
    struct Walk; // a key path followed down the text

    void reparse();
    QByteArray join(const QList<Line> &lines) const;
    QByteArray newline() const;
    int indentStep() const;
    int sequenceOffset() const;
    bool scanMap(const QList<Line> &lines, int from, int to, int indent, QList<Entry> &out, QString &error) const;
    bool childMap(const QList<Line> &lines, const Entry &parent, int &indent, QList<Entry> &out, QString &error) const;
    bool findPath(const QList<Line> &lines, const QStringList &parts, Walk &walk, QString &error) const;
    QVariant expectedValue(const QVariant &value, bool &ok, QString &error) const;
    bool scalarText(const QVariant &value, ScalarStyle style, QByteArray &out, QString &error) const;
    bool inlineText(
        const QVariant &value, bool flowList, ScalarStyle style, QByteArray &out, bool &isInline, QString &error) const;
    bool blockLines(const QVariant &value, int indent, QList<QByteArray> &out, QString &error) const;
    bool itemLines(const QVariant &item, int itemIndent, QList<QByteArray> &out, QString &error) const;
    QStringList orderedKeys(const QVariantMap &map) const;
    bool mergeList(QList<Line> &lines, const Entry &e, const QStringList &path, const QVariant &value) const;
    FrontMatterEditResult replaceEntry(QList<Line> &lines, const Entry &e, const QStringList &path, const QVariant &value,
        bool literalBlock, bool *usedLiteral) const;
    FrontMatterEditResult commit(QList<Line> lines, const QStringList &path, const QVariant &expected, bool removal);

    QByteArray m_original;
    QList<Line> m_lines;
    HeaderParse m_parse;
    QString m_editError;
    QString m_defaultDateFormat;
    QTimeZone m_zone = QTimeZone::systemTimeZone();
    QStringList m_keyOrder; // during setValue(): the order new map keys are written in
};

/// The bytes of the header in the file (between the opening and closing `---` lines), with line endings.
QByteArray headerBytes(const Envelope &env);

/**
 * The file with its header replaced by @p newHeaderBytes: BOM, `---` lines,
 * swallowed blank lines and body bytes stay as they were. A file without a
 * header gets one (`---`, header, `---`, blank line, then its bytes).
 */
QByteArray composeWithHeader(const Envelope &env, const QByteArray &newHeaderBytes);

/// The file with a new header and new body bytes (body already in the file's line endings).
QByteArray composePage(const Envelope &env, const QByteArray &newHeaderBytes, const QByteArray &bodyBytes);

} // namespace GravDesk
