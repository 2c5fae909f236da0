#include "blueprintresolver.h"

#include "blueprintbuiltin.h"
#include "blueprintyaml.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QRegularExpression>

namespace GravDesk {

namespace {

// Nesting of extends@/import@ loads; real blueprints use two or three levels.
constexpr int MaxLoadDepth = 32;
// import@ passes over one tree; each one removes its key, so this only stops pathological files.
constexpr int MaxImports = 1000;

const QString builtinPrefix = QStringLiteral("builtin:/blueprints/pages/");

bool isDirective(const QString &key, QString &action, QString &property)
{
    // Toolbox: preg_replace('/^(@*)?([^@]+)(@\d*)?$/', '\2', $key), then split at the first '-'.
    // An empty key counts as a directive for PHP too, but one with no action: treating it as a plain key is the same.
    if (!key.contains(QLatin1Char('@')))
        return false;
    static const QRegularExpression form(QStringLiteral("^@*([^@]+)(@\\d*)?$"));
    const auto m = form.match(key);
    const QString core = m.hasMatch() ? m.captured(1) : key;
    const qsizetype dash = core.indexOf(QLatin1Char('-'));
    action = dash < 0 ? core : core.left(dash);
    property = dash < 0 ? QString() : core.mid(dash + 1);
    return true;
}

bool isImportKey(const QString &key)
{
    static const QRegularExpression form(QStringLiteral("^@*import(@\\d*)?$"));
    return key.contains(QLatin1Char('@')) && form.match(key).hasMatch();
}

// PHP `(string)(int)$x === (string)$x`: an integer position rather than a field name.
bool integerOrdering(const YamlTree &value, int &position)
{
    if (!value.isScalar())
        return false;
    static const QRegularExpression integer(QStringLiteral("^(0|-?[1-9][0-9]*)$"));
    if (!integer.match(value.text).hasMatch())
        return false;
    bool ok = false;
    position = value.text.toInt(&ok);
    return ok;
}

// BlueprintForm::deepMerge(): @p b merged into @p a; PHP array semantics on an ordered tree.
// One PHP effect is left out on purpose: array_merge() renumbers integer keys, so a later `options: {1: On, 0: Off}`
// would be appended to an earlier one instead of replacing its labels; here the labels are replaced in place.
void deepMerge(YamlTree &a, const YamlTree &b)
{
    if (a.isSequence() && b.isSequence()) {
        // Integer keys: array_merge() appends unless both sides hold arrays to merge.
        for (qsizetype i = 0; i < b.items.size(); ++i) {
            const YamlTree &head = b.items.at(i);
            if (i < a.items.size() && a.items.at(i).isArray() && head.isArray() && a.items.at(i).kind == head.kind)
                deepMerge(a.items[i], head);
            else
                a.items.append(head);
        }
        return;
    }
    if (!a.isMap() || !b.isMap()) {
        a = b;
        return;
    }
    for (const auto &[key, head] : b.entries) {
        QString action, property;
        if (isDirective(key, action, property) && (action == QLatin1String("unset") || action == QLatin1String("replace"))) {
            if (property.isEmpty()) {
                // The earlier definition is dropped; the keys after the directive start it afresh.
                a = YamlTree::map();
                a.set(QStringLiteral("unset@"), YamlTree::scalar(QStringLiteral("true")));
            } else {
                a.remove(property);
            }
            continue;
        }
        YamlTree *existing = a.value(key);
        if (existing && existing->isArray() && head.isArray() && existing->kind == head.kind)
            deepMerge(*existing, head);
        else
            a.set(key, head);
    }
}

YamlTree *nodeAt(YamlTree &root, const QStringList &path)
{
    YamlTree *node = &root;
    for (const QString &key : path) {
        if (node->isSequence()) {
            bool ok = false;
            const int i = key.toInt(&ok);
            if (!ok || i < 0 || i >= node->items.size())
                return nullptr;
            node = &node->items[i];
            continue;
        }
        YamlTree *next = node->value(key);
        if (!next)
            return nullptr;
        node = next;
    }
    return node;
}

// BlueprintForm::doReorder(): moves fields to an index or after a named sibling.
void reorder(YamlTree &items, const QList<std::pair<QString, YamlTree>> &orders)
{
    QStringList keys;
    for (const auto &entry : items.entries)
        keys.append(entry.first);
    for (const auto &[item, ordering] : orders) {
        int position = 0;
        if (integerOrdering(ordering, position)) {
            keys.removeAt(qMax<qsizetype>(0, keys.indexOf(item)));
            // array_splice(): a negative offset counts from the end; past the end appends.
            qsizetype at = position < 0 ? qMax<qsizetype>(0, keys.size() + position) : qMin<qsizetype>(position, keys.size());
            keys.insert(at, item);
        } else if (ordering.isScalar() && items.contains(ordering.text)) {
            keys.removeAt(qMax<qsizetype>(0, keys.indexOf(item)));
            const qsizetype after = qMax<qsizetype>(0, keys.indexOf(ordering.text));
            keys.insert(after + 1, item);
        }
    }
    YamlTree sorted = YamlTree::map();
    for (const QString &key : keys) {
        if (const YamlTree *v = items.value(key))
            sorted.entries.append({key, *v});
    }
    items = sorted;
}

} // namespace

/// One resolution: the loads in progress (for loop detection), files used, problems.
struct BlueprintLoader
{
    const BlueprintResolver &resolver;
    QStringList stack;
    QStringList used;
    QStringList warnings;
    QString error;
    int depth = 0;

    bool fail(const QString &message)
    {
        if (error.isEmpty())
            error = message;
        return false;
    }

    bool readFile(const QString &path, YamlTree &tree)
    {
        QString problem;
        bool ok = false;
        if (path.startsWith(builtinPrefix)) {
            const QString type = path.mid(builtinPrefix.size()).chopped(5); // ".yaml"
            ok = parseYamlTree(builtinPageBlueprint(type), path, tree, problem);
        } else {
            ok = loadYamlTree(path, tree, problem);
        }
        if (!ok)
            return fail(problem);
        if (tree.isNull())
            tree = YamlTree::map(); // an empty file is an empty blueprint
        if (!tree.isMap())
            return fail(
                QCoreApplication::translate("GravDesk::Blueprint", "%1: a blueprint must be a map of properties").arg(path));
        return true;
    }

    // BlueprintForm::load(): the extends chain merged, then imports, then the directives.
    bool load(const QStringList &files, YamlTree &items)
    {
        if (++depth > MaxLoadDepth) {
            --depth;
            return fail(QCoreApplication::translate("GravDesk::Blueprint", "blueprints nest deeper than %1 levels at %2")
                            .arg(QString::number(MaxLoadDepth), files.value(0)));
        }
        QList<YamlTree> data;
        bool ok = doLoad(files, data);
        if (ok) {
            items = data.isEmpty() ? YamlTree::map() : data.takeFirst();
            for (const YamlTree &content : data)
                deepMerge(items, content);
            int imports = 0;
            bool again = true;
            while (ok && again) {
                again = false;
                ok = deepImport(items, items, {}, again, imports);
            }
            if (ok)
                deepInit(items, {});
        }
        --depth;
        return ok;
    }

    bool doLoad(const QStringList &files, QList<YamlTree> &data)
    {
        const QString filename = files.value(0);
        if (stack.contains(filename))
            return fail(QCoreApplication::translate("GravDesk::Blueprint", "blueprint loop: %1 → %2")
                            .arg(stack.join(QStringLiteral(" → ")), filename));
        YamlTree content;
        if (!readFile(filename, content))
            return false;
        stack.append(filename);
        YamlTree extends;
        bool hasExtends = false;
        for (const QString &key : {QStringLiteral("extends@"), QStringLiteral("@extends"), QStringLiteral("@extends@")}) {
            if (const YamlTree *v = content.value(key); v && !hasExtends && !v->isNull()) {
                extends = *v;
                hasExtends = true;
            }
            content.remove(key);
        }
        bool ok = !hasExtends || doExtend(filename, files.mid(1), extends, data);
        stack.removeLast();
        if (!ok)
            return false;
        data.append(content);
        used.append(filename);
        return true;
    }

    bool doExtend(const QString &filename, const QStringList &parents, const YamlTree &extends, QList<YamlTree> &data)
    {
        QList<YamlTree> list;
        if (extends.isSequence())
            list = extends.items;
        else
            list.append(extends);
        for (const YamlTree &value : list) {
            const QString type = value.isMap() ? value.string(QStringLiteral("type")) : value.text;
            if (type.isEmpty())
                continue;
            QStringList files;
            if (type == QLatin1String("@parent") || type == QLatin1String("parent@")) {
                if (parents.isEmpty())
                    return fail(QCoreApplication::translate("GravDesk::Blueprint", "%1: extends its parent, but it has none")
                                    .arg(filename));
                files = parents;
            } else {
                const YamlTree *context = value.isMap() ? value.value(QStringLiteral("context")) : nullptr;
                files = resolver.filesFor(type, context ? context->text : QString(), context != nullptr);
                if (files.isEmpty()) {
                    // Grav skips an extends@ target it cannot find; the form just lacks those fields.
                    warnings.append(
                        QCoreApplication::translate("GravDesk::Blueprint", "%1: extends@ '%2' not found").arg(filename, type));
                    continue;
                }
                // Extending one's own type (a user override of `default`) means the files after it.
                const qsizetype self = files.indexOf(filename);
                if (self >= 0) {
                    files = files.mid(self + 1);
                    if (files.isEmpty())
                        return fail(
                            QCoreApplication::translate("GravDesk::Blueprint", "%1: extends itself ('%2')").arg(filename, type));
                }
            }
            if (!doLoad(files, data))
                return false;
        }
        return true;
    }

    bool deepImport(YamlTree &root, YamlTree &items, const QStringList &path, bool &again, int &imports)
    {
        if (items.isSequence()) {
            for (qsizetype i = 0; i < items.items.size(); ++i) {
                if (items.items.at(i).isArray()
                    && !deepImport(root, items.items[i], path + QStringList {QString::number(i)}, again, imports))
                    return false;
                if (again)
                    return true;
            }
            return true;
        }
        for (qsizetype i = 0; i < items.entries.size(); ++i) {
            const QString key = items.entries.at(i).first;
            if (isImportKey(key)) {
                if (++imports > MaxImports)
                    return fail(
                        QCoreApplication::translate("GravDesk::Blueprint", "more than %1 import@ directives").arg(MaxImports));
                const YamlTree value = items.entries.at(i).second;
                items.entries.removeAt(i);
                again = true;
                // Embedding rewrites the tree from the root: nothing below may be touched afterwards.
                return doImport(root, value, path);
            }
            if (items.entries.at(i).second.isArray()) {
                if (!deepImport(root, items.entries[i].second, path + QStringList {key}, again, imports))
                    return false;
                if (again)
                    return true;
            }
        }
        return true;
    }

    bool doImport(YamlTree &root, const YamlTree &value, const QStringList &path)
    {
        QString type = value.isMap() ? value.string(QStringLiteral("type")) : value.text;
        const YamlTree *context = value.isMap() ? value.value(QStringLiteral("context")) : nullptr;
        QString field = QStringLiteral("form");
        if (const qsizetype colon = type.indexOf(QLatin1Char(':')); colon >= 0) {
            field = type.mid(colon + 1);
            type.truncate(colon);
        }
        YamlTree source;
        if (type.isEmpty()) {
            source = root; // "import@: ':form/fields/x'" takes a part of this blueprint
        } else {
            const QStringList files = resolver.filesFor(type, context ? context->text : QString(), context != nullptr);
            if (files.isEmpty()) {
                warnings.append(QCoreApplication::translate("GravDesk::Blueprint", "import@ '%1' not found").arg(type));
                return true;
            }
            if (!load(files, source))
                return false;
        }
        const YamlTree *part = nodeAt(source, field.split(QLatin1Char('/'), Qt::SkipEmptyParts));
        if (!part || !part->isArray())
            return true;
        YamlTree imported = *part;
        deepInit(imported, path);
        YamlTree *target = nodeAt(root, path);
        if (!target)
            return true;
        // embed(): what the blueprint already says wins over the import; imported keys come first.
        if (target->isArray() && imported.isArray())
            deepMerge(imported, *target);
        *target = imported;
        return true;
    }

    enum class InitResult { Keep, Remove, Ordered };

    // BlueprintForm::deepInit(): unset@ and ordering@; other directives stay for the field builder.
    InitResult deepInit(YamlTree &items, const QStringList &path, YamlTree *ordering = nullptr)
    {
        bool ordered = false;
        QList<std::pair<QString, YamlTree>> orders;
        if (items.isSequence()) {
            for (qsizetype i = 0; i < items.items.size();) {
                if (items.items.at(i).isArray()
                    && deepInit(items.items[i], path + QStringList {QString::number(i)}) == InitResult::Remove) {
                    items.items.removeAt(i);
                    continue;
                }
                ++i;
            }
            return InitResult::Keep;
        }
        for (qsizetype i = 0; i < items.entries.size();) {
            const QString key = items.entries.at(i).first;
            QString action, property;
            if (isDirective(key, action, property)) {
                if (action == QLatin1String("unset")) {
                    items.entries.removeAt(i);
                    if (items.entries.isEmpty())
                        return InitResult::Remove;
                    continue;
                }
                if (action == QLatin1String("ordering")) {
                    if (ordering && !items.entries.at(i).second.isNull()) {
                        *ordering = items.entries.at(i).second;
                        ordered = true;
                    }
                    items.entries.removeAt(i);
                    continue;
                }
            } else if (items.entries.at(i).second.isArray()) {
                YamlTree childOrdering;
                const InitResult r = deepInit(items.entries[i].second, path + QStringList {key}, &childOrdering);
                if (r == InitResult::Remove) {
                    items.entries.removeAt(i);
                    continue;
                }
                if (r == InitResult::Ordered)
                    orders.append({key, childOrdering});
            }
            ++i;
        }
        if (!orders.isEmpty())
            reorder(items, orders);
        return ordered ? InitResult::Ordered : InitResult::Keep;
    }
};

BlueprintResolver::BlueprintResolver(const SiteLayout &layout, const SiteConfig &config)
    : m_layout(layout)
    , m_config(config)
{
    m_theme = config.value(QStringLiteral("system.pages.theme")).toString();
    if (m_theme.isEmpty() || m_layout.userDir.isEmpty())
        return;
    const QString themeDir = m_layout.userDir + QStringLiteral("/themes/") + m_theme;
    // A child theme lists itself and its parents as the theme:// stream's prefixes; the first one wins.
    const QString meta = themeDir + QStringLiteral("/blueprints.yaml");
    if (QFileInfo::exists(meta)) {
        YamlTree tree;
        QString problem;
        if (!loadYamlTree(meta, tree, problem)) {
            m_themeWarnings.append(problem);
        } else {
            const YamlTree *prefixes = nodeAt(tree,
                {QStringLiteral("streams"), QStringLiteral("schemes"), QStringLiteral("theme"), QStringLiteral("prefixes"),
                    QString()});
            if (prefixes && prefixes->isSequence()) {
                const QString gravRoot = QFileInfo(m_layout.userDir).absolutePath();
                for (const YamlTree &p : prefixes->items) {
                    QString dir = p.text;
                    if (dir.startsWith(QLatin1String("user://")))
                        dir = m_layout.userDir + QLatin1Char('/') + dir.mid(7);
                    else if (dir.startsWith(QLatin1String("themes://")))
                        dir = m_layout.userDir + QStringLiteral("/themes/") + dir.mid(9);
                    else if (dir.startsWith(QLatin1String("user/")))
                        dir = m_layout.userDir + dir.mid(4);
                    else if (QDir::isRelativePath(dir))
                        dir = gravRoot + QLatin1Char('/') + dir;
                    m_themeDirs.append(QDir::cleanPath(dir));
                }
            }
        }
    }
    if (m_themeDirs.isEmpty())
        m_themeDirs.append(QDir::cleanPath(themeDir));
}

QString BlueprintResolver::systemBlueprintsDir() const
{
    if (m_layout.systemDir.isEmpty())
        return {};
    const QString dir = m_layout.systemDir + QStringLiteral("/blueprints");
    return QFileInfo(dir).isDir() ? dir : QString();
}

QStringList BlueprintResolver::streamDirs(const QString &stream) const
{
    const qsizetype sep = stream.indexOf(QLatin1String("://"));
    if (sep < 0)
        return {};
    const QString scheme = stream.left(sep);
    QString rest = stream.mid(sep + 3);
    while (rest.endsWith(QLatin1Char('/')))
        rest.chop(1);
    const QString suffix = rest.isEmpty() ? QString() : QLatin1Char('/') + rest;
    QStringList dirs;
    if (scheme == QLatin1String("blueprints")) {
        // blueprints:// = user/blueprints then system/blueprints (never the theme).
        dirs.append(m_layout.userDir + QStringLiteral("/blueprints") + suffix);
        const QString system = systemBlueprintsDir();
        dirs.append(system.isEmpty() ? QStringLiteral("builtin:/blueprints") + suffix : system + suffix);
    } else if (scheme == QLatin1String("theme")) {
        for (const QString &t : m_themeDirs)
            dirs.append(t + suffix);
    } else if (scheme == QLatin1String("themes")) {
        dirs.append(m_layout.userDir + QStringLiteral("/themes") + suffix);
    } else if (scheme == QLatin1String("user")) {
        dirs.append(m_layout.userDir + suffix);
    }
    return dirs;
}

QStringList BlueprintResolver::filesFor(const QString &type, const QString &context, bool useContext) const
{
    QString name = type;
    if (QDir::isAbsolutePath(name) && QFileInfo(name).isFile())
        return {QDir::cleanPath(name)};
    if (!name.endsWith(QLatin1String(".yaml")))
        name += QStringLiteral(".yaml");
    QStringList dirs;
    if (useContext && !context.isEmpty()) {
        dirs = streamDirs(context);
    } else {
        // No context: the page types Grav registered (theme first), then the default context blueprints://pages.
        for (const QString &t : m_themeDirs)
            dirs.append(t + QStringLiteral("/blueprints"));
        dirs += streamDirs(QStringLiteral("blueprints://pages"));
    }
    QStringList files;
    for (const QString &dir : dirs) {
        const QString path = dir + QLatin1Char('/') + name;
        bool exists = false;
        if (path.startsWith(builtinPrefix))
            exists = !builtinPageBlueprint(path.mid(builtinPrefix.size()).chopped(5)).isEmpty();
        else
            exists = QFileInfo(path).isFile();
        const QString clean = path.startsWith(builtinPrefix) ? path : QDir::cleanPath(path);
        if (exists && !files.contains(clean))
            files.append(clean);
    }
    return files;
}

QStringList BlueprintResolver::candidates(const QString &templateName) const
{
    return filesFor(templateName, QString(), false);
}

Blueprint BlueprintResolver::build(const QString &templateName, const QStringList &files) const
{
    Blueprint bp;
    bp.templateName = templateName;
    bp.resolvedAs = templateName;
    bp.warnings = m_themeWarnings;
    if (files.isEmpty()) {
        bp.error = QCoreApplication::translate("GravDesk::Blueprint", "no blueprint for template '%1'").arg(templateName);
        return bp;
    }
    BlueprintLoader loader {*this, {}, {}, {}, {}, 0};
    YamlTree items;
    if (!loader.load(files, items)) {
        bp.error = loader.error;
        bp.warnings += loader.warnings;
        return bp;
    }
    bp.files = loader.used;
    bp.warnings += loader.warnings;
    bp.title = items.string(QStringLiteral("title"));
    if (const YamlTree *rules = items.value(QStringLiteral("rules")); rules && rules->isMap())
        bp.rules = rules->toVariant().toMap();
    const Blueprint::ConfigLookup config = [this](const QString &path) { return m_config.value(path); };
    if (const YamlTree *form = items.value(QStringLiteral("form")); form && form->isMap()) {
        if (const YamlTree *fields = form->value(QStringLiteral("fields")); fields && fields->isMap()) {
            bp.fields = Blueprint::buildFields(*fields, config);
        } else if (const YamlTree *field = form->value(QStringLiteral("field")); field && field->isMap()) {
            YamlTree single = YamlTree::map();
            single.set(QString(), *field);
            bp.fields = Blueprint::buildFields(single, config);
        }
    }
    return bp;
}

Blueprint BlueprintResolver::loadFile(const QString &path) const
{
    if (!QFileInfo(path).isFile()) {
        Blueprint bp;
        bp.templateName = QFileInfo(path).completeBaseName();
        bp.error = QCoreApplication::translate("GravDesk::Blueprint", "%1: no such blueprint file").arg(path);
        return bp;
    }
    return build(QFileInfo(path).completeBaseName(), {QDir::cleanPath(path)});
}

bool BlueprintResolver::themeHasTemplate(const QString &templateName) const
{
    for (const QString &dir : m_themeDirs) {
        if (QFileInfo(dir + QStringLiteral("/templates/") + templateName + QStringLiteral(".html.twig")).isFile())
            return true;
    }
    return false;
}

Blueprint BlueprintResolver::resolve(const QString &templateName) const
{
    const QString name = templateName.isEmpty() ? QStringLiteral("default") : templateName;
    const QStringList files = candidates(name);
    QStringList notes;
    QStringList fallbackFiles = candidates(QStringLiteral("default"));
    if (!files.isEmpty()) {
        Blueprint bp = build(name, files);
        if (bp.isValid() || name == QLatin1String("default"))
            return bp;
        notes = bp.warnings + QStringList {bp.error};
    } else if (themeHasTemplate(name)) {
        // Grav registers each of the theme's templates with the core default blueprint (Types::register()),
        // not with the `default` type a theme may override.
        fallbackFiles = filesFor(QStringLiteral("default"), QStringLiteral("blueprints://pages"), true);
    } else {
        notes.append(QCoreApplication::translate("GravDesk::Blueprint", "no blueprint for template '%1'").arg(name));
    }
    // Grav's Pages::blueprints(): a type it cannot load gets the default form.
    Blueprint fallback = build(QStringLiteral("default"), fallbackFiles);
    fallback.templateName = name;
    fallback.resolvedAs = QStringLiteral("default");
    fallback.warnings = notes + fallback.warnings;
    return fallback;
}

} // namespace GravDesk
