#include "sitecheck.h"

#include "io/safefile.h"
#include "markdown/gravrenderer.h"
#include "page/blueprint.h"
#include "page/blueprintresolver.h"
#include "page/blueprintvalidator.h"
#include "page/envelope.h"
#include "page/frontmatter.h"
#include "page/frontmatterdocument.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QHash>
#include <QRegularExpression>

namespace GravDesk {
namespace {

// The value at a dotted header path; @p present tells a key written as null from an absent one.
QVariant valueAt(const QVariantMap &values, const QString &dottedPath, bool *present)
{
    *present = false;
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
    *present = true;
    return cur;
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

// Grav's process.twig for a page: the site's system.pages.process.twig, then the header's process: twig:.
bool processTwig(const PageIndex &index, const QVariantMap &header)
{
    QVariant v = index.config.value(QStringLiteral("system.pages.process.twig"), false);
    const QVariantMap process = header.value(QStringLiteral("process")).toMap();
    if (process.contains(QStringLiteral("twig")))
        v = process.value(QStringLiteral("twig"));
    const QString text = v.toString().trimmed().toLower();
    return v.toBool() && text != QLatin1String("false") && text != QLatin1String("0");
}

SiteProblem fromFinding(const QString &relPath, int firstLine, const BodyFinding &f)
{
    SiteProblem p = problem(f.severity, f.kind, relPath, firstLine + f.line - 1, f.message);
    p.column = f.column;
    return p;
}

bool looksLikeKey(const QByteArray &line)
{
    static const QRegularExpression key(QStringLiteral("^[A-Za-z_][A-Za-z0-9_-]*:(\\s|$)"));
    return key.match(QString::fromUtf8(line)).hasMatch();
}

} // namespace

Markdown::LinkTargets linkTargetsOf(const PageIndex &index)
{
    Markdown::LinkTargets t;
    t.pagesDir = QDir::cleanPath(index.layout.pagesDir);
    t.userDir = QDir::cleanPath(index.layout.userDir);
    if (index.layout.kind == SiteLayoutKind::FullInstall)
        t.gravRoot = QDir::cleanPath(index.layout.root);
    const QString theme = index.config.value(QStringLiteral("system.pages.theme")).toString();
    if (!theme.isEmpty())
        t.themeName = theme;
    t.paramSeparator = index.config.paramSeparator();
    t.languages = index.config.languages();
    QStringList langs = t.languages;
    if (langs.isEmpty())
        langs << QString();
    for (const QString &lang : std::as_const(langs)) {
        const QStringList routes = index.routes(lang);
        for (int n = 1; n < index.size() && n < routes.size(); ++n)
            if (!index.nodes[n].isPlaceholder() || !index.nodes[n].children.isEmpty())
                t.routeFolders.insert(routes[n], index.absolutePath(n));
    }
    return t;
}

BodyLintContext bodyLintContext(const PageIndex &index, int node, const QString &language, const Markdown::LinkTargets *links)
{
    BodyLintContext c;
    c.delimiter = index.config.summaryDelimiter();
    c.links = links;
    c.pagePath = QDir::cleanPath(index.absolutePath(node));
    c.pageRoute = index.route(node, language.isEmpty() ? index.config.defaultLanguage() : language);
    return c;
}

QVector<SiteProblem> checkHeaderBoundary(const QString &relPath, const QByteArray &raw)
{
    QVector<SiteProblem> out;
    const Envelope env = splitEnvelope(raw);
    if (!env.validUtf8)
        return out; // reported as invalid UTF-8
    QList<QByteArray> lines = env.body.split('\n');
    // The lines before the first that is neither blank nor a BOM.
    int first = 0;
    while (first < lines.size() && lines[first].trimmed().isEmpty())
        ++first;
    // Line numbers: the body's first line in the file.
    const int bodyLine = 1 + static_cast<int>(raw.left(env.bodyOffset).count('\n'));
    if (env.hasHeader) {
        // a header line ending in `---` before the real closing line: Grav's header ran on to a later `---`
        const QList<QByteArray> header = env.headerText.split('\n');
        for (int i = 0; i < header.size(); ++i) {
            const QByteArray l = header[i].trimmed();
            if (l.size() <= 3 || !l.endsWith("---") || !looksLikeKey(header[i]))
                continue;
            // text after it that is no YAML: the page's body, read as header up to a later `---` line
            for (int k = i + 1; k < header.size(); ++k) {
                const QByteArray &next = header[k];
                if (next.trimmed().isEmpty() || looksLikeKey(next) || next.startsWith(' ') || next.startsWith('-')
                    || next.startsWith('#'))
                    continue;
                out << problem(Severity::Error, ProblemKind::HiddenHeader, relPath, env.headerFirstLine + i,
                    {ProblemMessage::GluedHeaderClose, {QString::fromUtf8(l)}});
                return out;
            }
        }
        return out;
    }
    if (first >= lines.size())
        return out;
    if (lines[first].trimmed() == "---" || lines[first].startsWith("---")) {
        if (lines[first].trimmed() != "---")
            return out; // `----` or `---text`: not a header start for Grav either, nor meant as one
        for (int i = first + 1; i < lines.size(); ++i) {
            const QByteArray l = lines[i].trimmed();
            if (l.size() > 3 && l.endsWith("---")) {
                out << problem(Severity::Error, ProblemKind::HiddenHeader, relPath, bodyLine + i,
                    {ProblemMessage::GluedHeaderClose, {QString::fromUtf8(l)}});
                return out;
            }
            if (!looksLikeKey(lines[i]) && !lines[i].startsWith(' ') && !lines[i].startsWith('-') && !l.isEmpty())
                break;
        }
        out << problem(
            Severity::Error, ProblemKind::HiddenHeader, relPath, bodyLine + first, {ProblemMessage::UnclosedHeader, {}});
        return out;
    }
    // no `---` at all: `title: …` lines at the start are text for Grav
    static const QRegularExpression headerKey(
        QStringLiteral("^(title|slug|date|published|template|taxonomy|menu|visible|routable|media_order|header_image|"
                       "publish_date|unpublish_date|metadata|summary|process|content|routes|author)\\s*:"));
    const QString firstLine = QString::fromUtf8(lines[first]);
    if (looksLikeKey(lines[first])
        && (headerKey.match(firstLine).hasMatch() || (first + 1 < lines.size() && looksLikeKey(lines[first + 1])))) {
        out << problem(Severity::Error, ProblemKind::HiddenHeader, relPath, bodyLine + first,
            {ProblemMessage::HeaderlessKeys, {firstLine.trimmed()}});
    }
    return out;
}

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
    // The message starts with the field's label and header key; the reason is the form's own words.
    const auto add = [&](const BlueprintField *f, const QString &why) {
        const QString label = Blueprint::displayText(f->label).isEmpty() ? f->headerKey() : Blueprint::displayText(f->label);
        out << problem(Severity::Warning, ProblemKind::BlueprintRule, relPath, 0,
            {ProblemMessage::BlueprintRule, {label, f->headerKey(), why}});
    };
    for (const BlueprintField *f : blueprint.valueFields()) {
        const QString key = f->headerKey();
        if (key.isEmpty())
            continue;
        bool present = false;
        const QVariant v = valueAt(header.values, key, &present);
        // The same rule the form shows beside the field.
        const QString why = BlueprintValidator::problem(*f, v, present);
        if (!why.isEmpty())
            add(f, why);
    }
    return out;
}

QVector<SiteProblem> checkSite(const PageIndex &index)
{
    QVector<SiteProblem> out = index.problems;
    const BlueprintResolver resolver(index.layout, index.config);
    QHash<QString, Blueprint> blueprints;
    const Markdown::LinkTargets links = linkTargetsOf(index);
    for (int n = 1; n < index.size(); ++n) {
        const PageNode &node = index.nodes[n];
        for (const PageVariant &v : node.variants) {
            const FileRead file = readRegularFile(index.filePath(n, v.fileName));
            if (!file.ok)
                continue; // the index already reports unreadable, special and oversized files
            const Envelope env = splitEnvelope(file.bytes);
            const QString rel = node.relPath + QLatin1Char('/') + v.fileName;
            const QVector<SiteProblem> boundary = checkHeaderBoundary(rel, file.bytes);
            out += boundary;
            if (env.validUtf8) {
                const QString body = QString::fromUtf8(env.body);
                const int bodyLine = 1 + static_cast<int>(file.bytes.left(env.bodyOffset).count('\n'));
                const BodyLintContext context = bodyLintContext(index, n, v.language, &links);
                for (const BodyFinding &f : lintBody(body, context)) {
                    if (f.kind == ProblemKind::DashLine && !boundary.isEmpty())
                        continue; // the broken header's own `---` lines: the header problem says it
                    out << fromFinding(rel, bodyLine, f);
                }
                const HeaderParse parsed = env.hasHeader ? parseHeader(env.headerText) : HeaderParse();
                if (!processTwig(index, parsed.values)) {
                    const QVector<BodyFinding> twig = findTwig(body);
                    if (!twig.isEmpty()) // one per page: the first, the rest are alike
                        out << fromFinding(rel, bodyLine, twig.first());
                }
            }
            if (!env.hasHeader)
                continue;
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
    const QString twigShownAsText = QCoreApplication::translate(
        "GravDesk::GravRenderer", "Twig in the page is not run (process.twig is off): Grav shows it as text");
    RenderOptions options;
    options.summary = false;
    for (int n = 1; n < index.size(); ++n) {
        const PageNode &node = index.nodes[n];
        for (const PageVariant &v : node.variants) {
            const RenderResult r = renderer.renderFile(index.filePath(n, v.fileName), options);
            for (const QString &message : r.unrendered) {
                if (message == twigShownAsText)
                    continue; // checkSite() says it, with the line (ProblemKind::TwigNotProcessed)
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
