#include "sitecheck.h"

#include "io/safefile.h"
#include "markdown/gravrenderer.h"
#include "page/blueprint.h"
#include "page/blueprintresolver.h"
#include "page/envelope.h"
#include "page/frontmatter.h"
#include "page/frontmatterdocument.h"

#include <QFile>
#include <QHash>
#include <QRegularExpression>

namespace GravDesk {
namespace {

QVariant valueAt(const QVariantMap &values, const QString &dottedPath)
{
    QVariant cur = values;
    for (const QString &part : dottedPath.split(QLatin1Char('.'))) {
        if (cur.typeId() != QMetaType::QVariantMap)
            return {};
        const QVariantMap m = cur.toMap();
        const auto it = m.constFind(part);
        if (it == m.cend())
            return {};
        cur = *it;
    }
    return cur;
}

bool isEmptyValue(const QVariant &v)
{
    if (!v.isValid())
        return true;
    if (v.typeId() == QMetaType::QVariantList)
        return v.toList().isEmpty();
    if (v.typeId() == QMetaType::QVariantMap)
        return v.toMap().isEmpty();
    return v.toString().trimmed().isEmpty();
}

SiteProblem problem(Severity s, ProblemKind k, const QString &path, int line, const ProblemText &message)
{
    SiteProblem p;
    p.severity = s;
    p.kind = k;
    p.path = path;
    p.line = line;
    p.message = message;
    return p;
}

} // namespace

QVector<SiteProblem> lintHeaderText(const QString &relPath, const QByteArray &headerText, int headerFirstLine)
{
    QVector<SiteProblem> out;
    // `key: value` or `- value`, value plain (not quoted, not a flow collection, block scalar, alias or tag).
    static const QRegularExpression pair(QStringLiteral("^\\s*(?:-\\s+)?([^\\s#'\"\\-][^:#]*?):\\s+([^'\"\\[{|>&*!#\\s].*)$"));
    static const QRegularExpression item(QStringLiteral("^\\s*-\\s+([^'\"\\[{|>&*!#\\s].*)$"));
    static const QRegularExpression date(
        QStringLiteral("^\\d{4}-\\d{1,2}-\\d{1,2}(?:(?:[Tt]|[ \\t]+)\\d{1,2}:\\d{2}:\\d{2}(?:\\.\\d*)?(?:[ "
                       "\\t]*(?:Z|[-+]\\d{1,2}(?::?\\d{2})?))?)?$"));
    static const QRegularExpression boolWord(
        QStringLiteral("^(?:yes|no|on|off|y|n)$"), QRegularExpression::CaseInsensitiveOption);
    const QStringList lines = QString::fromUtf8(headerText).split(QLatin1Char('\n'));
    int blockIndent = -1; // inside a `|` or `>` block scalar: its lines are text
    for (int i = 0; i < lines.size(); ++i) {
        const QString &l = lines[i];
        const int indent = static_cast<int>(l.size() - QString(l).remove(QRegularExpression(QStringLiteral("^ +"))).size());
        if (blockIndent >= 0) {
            if (l.trimmed().isEmpty() || indent > blockIndent)
                continue;
            blockIndent = -1;
        }
        if (QRegularExpression(QStringLiteral(":\\s*[|>][-+0-9]*\\s*(#.*)?$")).match(l).hasMatch()) {
            blockIndent = indent;
            continue;
        }
        QString key;
        QString value;
        if (const auto m = pair.match(l); m.hasMatch()) {
            key = m.captured(1).trimmed();
            value = m.captured(2);
        } else if (const auto mi = item.match(l); mi.hasMatch()) {
            value = mi.captured(1);
        } else {
            continue;
        }
        const qsizetype comment = value.indexOf(QLatin1String(" #"));
        if (comment >= 0)
            value.truncate(comment);
        value = value.trimmed();
        const int line = headerFirstLine + i;
        if (date.match(value).hasMatch()) {
            out << problem(Severity::Warning, ProblemKind::UnquotedDate, relPath, line,
                key.isEmpty() ? ProblemText {ProblemMessage::UnquotedDateItem, {value}}
                              : ProblemText {ProblemMessage::UnquotedDate, {key, value}});
        } else if (boolWord.match(value).hasMatch()) {
            out << problem(Severity::Warning, ProblemKind::YamlBoolWord, relPath, line,
                key.isEmpty() ? ProblemText {ProblemMessage::YamlBoolWordItem, {value}}
                              : ProblemText {ProblemMessage::YamlBoolWord, {key, value}});
        }
    }
    return out;
}

QVector<SiteProblem> lintHeaderTabs(const QString &relPath, const QByteArray &rawHeader, int headerFirstLine)
{
    QVector<SiteProblem> out;
    const QList<QByteArray> lines = FrontMatterDocument::splitLines(rawHeader);
    for (int i = 0; i < lines.size(); ++i) {
        if (!lines[i].startsWith('\t'))
            continue;
        out << problem(Severity::Warning, ProblemKind::TabIndent, relPath, headerFirstLine + i, {ProblemMessage::TabIndent, {}});
    }
    return out;
}

QVector<SiteProblem> checkAgainstBlueprint(const QString &relPath, const HeaderParse &header, const Blueprint &blueprint)
{
    QVector<SiteProblem> out;
    if (!header.accepted)
        return out;
    // Every rule's message starts with the field's label and header key.
    const auto add = [&](const BlueprintField *f, ProblemMessage why, const QStringList &args = {}) {
        const QString label = Blueprint::displayText(f->label).isEmpty() ? f->headerKey() : Blueprint::displayText(f->label);
        out << problem(
            Severity::Warning, ProblemKind::BlueprintRule, relPath, 0, {why, QStringList {label, f->headerKey()} + args});
    };
    for (const BlueprintField *f : blueprint.valueFields()) {
        const QString key = f->headerKey();
        if (key.isEmpty())
            continue;
        const BlueprintValidation &rules = f->validate;
        const QVariant v = valueAt(header.values, key);
        if (isEmptyValue(v)) {
            if (rules.required && !f->hasDefault)
                add(f, ProblemMessage::BlueprintRequired);
            continue;
        }
        const bool scalar = v.typeId() != QMetaType::QVariantList && v.typeId() != QMetaType::QVariantMap;
        if (rules.type == QLatin1String("bool") && v.typeId() != QMetaType::Bool) {
            const QString s = v.toString();
            if (!(s == QLatin1String("0") || s == QLatin1String("1"))) {
                if (scalar)
                    add(f, ProblemMessage::BlueprintNotBool, {s});
                else
                    add(f, ProblemMessage::BlueprintListNotBool);
            }
        } else if ((rules.type == QLatin1String("int") || f->type == BlueprintFieldType::Int) && scalar) {
            bool ok = false;
            const qlonglong n = v.toString().toLongLong(&ok);
            if (!ok)
                add(f, ProblemMessage::BlueprintNotInt, {v.toString()});
            else if ((rules.min.isValid() && n < rules.min.toLongLong()) || (rules.max.isValid() && n > rules.max.toLongLong()))
                add(f, ProblemMessage::BlueprintOutOfRange, {QString::number(n), rules.min.toString(), rules.max.toString()});
        }
        if (!rules.pattern.isEmpty() && scalar) {
            const QRegularExpression re(QStringLiteral("^(?:") + rules.pattern + QStringLiteral(")$"));
            if (re.isValid() && !re.match(v.toString()).hasMatch())
                add(f, ProblemMessage::BlueprintPattern, {v.toString(), rules.pattern});
        }
    }
    return out;
}

QVector<SiteProblem> checkSite(const PageIndex &index)
{
    QVector<SiteProblem> out = index.problems;
    const BlueprintResolver resolver(index.layout, index.config);
    QHash<QString, Blueprint> blueprints;
    for (int n = 1; n < index.size(); ++n) {
        const PageNode &node = index.nodes[n];
        for (const PageVariant &v : node.variants) {
            const FileRead file = readRegularFile(index.filePath(n, v.fileName));
            if (!file.ok)
                continue; // the index already reports unreadable, special and oversized files
            const Envelope env = splitEnvelope(file.bytes);
            if (!env.hasHeader)
                continue;
            const QString rel = node.relPath + QLatin1Char('/') + v.fileName;
            out += lintHeaderText(rel, env.headerText, env.headerFirstLine);
            const HeaderParse header = parseHeader(env.headerText);
            if (header.accepted)
                out += lintHeaderTabs(rel, headerBytes(env), env.headerFirstLine);
            const QString templateName = index.templateName(n, v.language);
            if (!blueprints.contains(templateName))
                blueprints.insert(templateName, resolver.resolve(templateName));
            const Blueprint &bp = blueprints[templateName];
            if (bp.isValid())
                out += checkAgainstBlueprint(rel, header, bp);
        }
    }
    std::stable_sort(out.begin(), out.end(), [](const SiteProblem &a, const SiteProblem &b) {
        if (a.severity != b.severity)
            return a.severity > b.severity;
        return a.path < b.path;
    });
    return out;
}

QVector<SiteProblem> checkRendering(const PageIndex &index)
{
    QVector<SiteProblem> out;
    if (index.config.siteUrl().isEmpty()) {
        SiteProblem p;
        p.severity = Severity::Warning;
        p.kind = ProblemKind::NotRendered;
        p.message = {ProblemMessage::NoSiteAddress, {}};
        out.append(p);
    }
    GravRenderer renderer(index);
    renderer.setSnapshot(true);
    RenderOptions options;
    options.summary = false;
    for (int n = 1; n < index.size(); ++n) {
        const PageNode &node = index.nodes[n];
        for (const PageVariant &v : node.variants) {
            const RenderResult r = renderer.renderFile(index.filePath(n, v.fileName), options);
            for (const QString &message : r.unrendered) {
                SiteProblem p;
                p.severity = Severity::Warning;
                p.kind = ProblemKind::NotRendered;
                p.path = node.relPath + QLatin1Char('/') + v.fileName;
                p.message = {ProblemMessage::NotRendered, {message}};
                out.append(p);
            }
        }
    }
    return out;
}

} // namespace GravDesk
