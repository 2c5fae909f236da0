#include "newpost.h"

#include "io/clock.h"
#include "io/safefile.h"
#include "io/siteworkspace.h"
#include "page/blueprintresolver.h"
#include "page/envelope.h"
#include "page/frontmatterdocument.h"
#include "site/pageindex.h"
#include "site/translations.h"
#include "text/slug.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QMap>
#include <QRegularExpression>

#include <algorithm>
#include <optional>

namespace GravDesk {
namespace {

// The title part of a slug is cut at a word boundary: the date and prefix come on top.
constexpr int kMaxTitleSlug = 60;

const QRegularExpression &datePrefix()
{
    static const QRegularExpression re(QStringLiteral("^\\d{4}-\\d{2}-\\d{2}(-|$)"));
    return re;
}

// Keys every post sets itself; they are never copied from siblings.
bool isPerPostKey(const QString &key)
{
    static const QStringList keys = {QStringLiteral("title"), QStringLiteral("date"), QStringLiteral("publish_date"),
        QStringLiteral("unpublish_date"), QStringLiteral("published"), QStringLiteral("slug"), QStringLiteral("media_order"),
        QStringLiteral("taxonomy"), QStringLiteral("metadata"), QStringLiteral("menu"), QStringLiteral("dateformat")};
    return keys.contains(key);
}

bool isScalar(const QVariant &v)
{
    const int t = v.typeId();
    return t == QMetaType::Bool || t == QMetaType::Int || t == QMetaType::LongLong || t == QMetaType::Double
        || t == QMetaType::QString;
}

// How each top-level key's value is written in a header: `key: 'x'`, `key: "x"` or plain.
QHash<QString, ScalarStyle> lineStyles(const QByteArray &header)
{
    QHash<QString, ScalarStyle> styles;
    for (const QByteArray &line : FrontMatterDocument::splitLines(header)) {
        if (line.isEmpty() || line[0] == ' ' || line[0] == '#' || line[0] == '-')
            continue;
        const qsizetype colon = line.indexOf(": ");
        if (colon <= 0)
            continue;
        const QString key = QString::fromUtf8(line.left(colon)).trimmed();
        const QByteArray value = line.mid(colon + 2).trimmed();
        styles.insert(key,
            value.startsWith('\'')      ? ScalarStyle::SingleQuoted
                : value.startsWith('"') ? ScalarStyle::DoubleQuoted
                                        : ScalarStyle::Plain);
    }
    return styles;
}

QString valueKey(const QVariant &v)
{
    return QString::number(v.typeId()) + QLatin1Char(':') + v.toString();
}

QVariant blueprintDefault(const BlueprintField &f)
{
    const QVariant v = f.defaultValue;
    const bool boolean = f.validate.type == QLatin1String("bool") || f.type == BlueprintFieldType::Toggle;
    if (boolean && (v.typeId() == QMetaType::LongLong || v.typeId() == QMetaType::Int || v.typeId() == QMetaType::Bool))
        return v.toLongLong() != 0;
    return v;
}

QString languagePrefix(const PageIndex &index, const QString &lang)
{
    if (lang.isEmpty() || !index.config.isMultilang())
        return {};
    const bool includeDefault = index.config.flag(QStringLiteral("system.languages.include_default_lang"), true);
    if (lang == index.config.defaultLanguage() && !includeDefault)
        return {};
    return QLatin1Char('/') + lang;
}

// The header of one new page file, written through the lossless writer so that its own checks apply.
bool headerFor(const SectionConvention &conv, const QVariantMap &values, const PageIndex &index, QByteArray &out, QString &error)
{
    QByteArray skeleton;
    QStringList keys = conv.keyOrder;
    for (auto it = values.cbegin(); it != values.cend(); ++it) {
        if (!keys.contains(it.key()))
            keys.append(it.key());
    }
    for (const QString &key : std::as_const(keys)) {
        if (!values.contains(key))
            continue;
        const QVariant v = values.value(key);
        const ScalarStyle style = conv.quoting.value(key, ScalarStyle::Plain);
        // A quoted placeholder makes the writer keep that quoting for the real value (dates are always quoted).
        QByteArray placeholder = "~";
        if (v.typeId() == QMetaType::QDateTime || (v.typeId() == QMetaType::QString && style == ScalarStyle::SingleQuoted))
            placeholder = "''";
        else if (v.typeId() == QMetaType::QString && style == ScalarStyle::DoubleQuoted)
            placeholder = "\"\"";
        skeleton += key.toUtf8() + ": " + placeholder + '\n';
    }
    FrontMatterDocument doc(skeleton);
    doc.setDateContext(index.config.dateFormatDefault(), index.config.timeZone());
    for (const QString &key : std::as_const(keys)) {
        if (!values.contains(key))
            continue;
        const FrontMatterEditResult r = doc.setValue(key, values.value(key));
        if (!r.ok) {
            error = QCoreApplication::translate("GravDesk::NewPost", "Cannot write the header field “%1”: %2").arg(key, r.error);
            return false;
        }
    }
    if (!doc.parsed().accepted) {
        error = doc.parsed().error;
        return false;
    }
    out = doc.text();
    return true;
}

} // namespace

SectionConvention learnSectionConvention(const PageIndex &index, int section)
{
    SectionConvention conv;
    if (section < 0 || section >= index.size())
        return conv;
    const PageNode &parent = index.nodes[section];

    int items = 0, numbered = 0, dated = 0, maxOrder = 0;
    QMap<QString, int> stems;
    for (const int child : parent.children) {
        const PageNode &c = index.nodes[child];
        if (c.order >= 0) {
            maxOrder = std::max(maxOrder, c.order);
            const qsizetype dot = c.folderName.indexOf(QLatin1Char('.'));
            if (!c.isPlaceholder() && !c.modular)
                conv.orderWidth = std::max(conv.orderWidth, static_cast<int>(dot));
        }
        if (c.isPlaceholder() || c.modular)
            continue;
        ++items;
        numbered += c.order >= 0 ? 1 : 0;
        dated += datePrefix().match(c.folderSlug).hasMatch() ? 1 : 0;
        ++stems[c.stem];
    }
    conv.nextOrder = maxOrder + 1;
    if (items > 0) {
        conv.numbered = numbered * 2 > items;
        conv.dated = dated * 2 >= items;
        int best = 0;
        for (auto it = stems.cbegin(); it != stems.cend(); ++it) {
            if (it.value() > best) {
                best = it.value();
                conv.stem = it.key();
            }
        }
    } else {
        // An empty section: the stem of the blog's items is `item` (Grav's blog convention); dated, unnumbered.
        conv.numbered = false;
        conv.dated = true;
    }

    // Header style: key order, quoting and shared values, from every child page file.
    QMap<QString, int> sequences;
    QHash<QString, int> keyCount;
    QHash<QString, QHash<int, int>> styleCount;
    QHash<QString, QHash<QString, int>> valueCount;
    QHash<QString, QVariant> valueOf;
    int files = 0;
    for (const int child : parent.children) {
        const PageNode &c = index.nodes[child];
        if (c.isPlaceholder() || c.modular)
            continue;
        for (const PageVariant &v : c.variants) {
            if (v.stem != conv.stem)
                continue;
            QFile f(index.filePath(child, v.fileName));
            // Only a regular file is opened: opening a FIFO blocks.
            if (!checkRegularFile(f.fileName()).ok || !f.open(QIODevice::ReadOnly))
                continue;
            const Envelope env = splitEnvelope(f.read(256 * 1024));
            if (!env.hasHeader)
                continue;
            const FrontMatterDocument doc = FrontMatterDocument::fromEnvelope(env);
            if (!doc.parsed().accepted)
                continue;
            ++files;
            ++sequences[doc.parsed().keyOrder.join(QLatin1Char('\n'))];
            const QHash<QString, ScalarStyle> styles = lineStyles(headerBytes(env));
            for (const QString &key : doc.parsed().keyOrder) {
                ++keyCount[key];
                if (styles.contains(key))
                    ++styleCount[key][static_cast<int>(styles.value(key))];
                const QVariant value = doc.parsed().values.value(key);
                if (isScalar(value)) {
                    const QString vk = valueKey(value);
                    ++valueCount[key][vk];
                    valueOf.insert(key + QLatin1Char('\n') + vk, value);
                }
            }
        }
    }
    conv.learnedFrom = files;
    int best = 0;
    for (auto it = sequences.cbegin(); it != sequences.cend(); ++it) {
        if (it.value() > best) {
            best = it.value();
            conv.keyOrder = it.key().split(QLatin1Char('\n'));
        }
    }
    for (auto it = styleCount.cbegin(); it != styleCount.cend(); ++it) {
        int most = 0;
        for (auto s = it.value().cbegin(); s != it.value().cend(); ++s) {
            if (s.value() > most) {
                most = s.value();
                conv.quoting.insert(it.key(), static_cast<ScalarStyle>(s.key()));
            }
        }
    }

    // Values: the item blueprint's defaults (what Grav's admin writes), then what at least half the siblings share.
    const BlueprintResolver resolver(index.layout, index.config);
    const Blueprint blueprint = resolver.resolve(conv.stem);
    QStringList blueprintOrder;
    for (const BlueprintField *f : blueprint.valueFields()) {
        if (f->name == QLatin1String("content") && f->hasDefault)
            continue;
        const QString key = f->headerKey();
        if (key.isEmpty() || key.contains(QLatin1Char('.')) || !f->hasDefault || f->toggleable || isPerPostKey(key))
            continue;
        const QVariant v = blueprintDefault(*f);
        if (!v.isValid() || !isScalar(v))
            continue;
        conv.defaults.insert(key, v);
        blueprintOrder.append(key);
    }
    for (auto it = valueCount.cbegin(); it != valueCount.cend(); ++it) {
        const QString &key = it.key();
        if (isPerPostKey(key) || conv.defaults.contains(key) || keyCount.value(key) * 2 < files)
            continue;
        int most = 0;
        QString mostKey;
        for (auto v = it.value().cbegin(); v != it.value().cend(); ++v) {
            if (v.value() > most) {
                most = v.value();
                mostKey = v.key();
            }
        }
        if (most * 2 >= files)
            conv.defaults.insert(key, valueOf.value(key + QLatin1Char('\n') + mostKey));
    }
    // Keep publish_date when the siblings write it (with the post's date).
    const bool publishDate = files > 0 && keyCount.value(QStringLiteral("publish_date")) * 2 >= files;

    // Key order: the siblings' most common order, then the rest in blueprint order.
    QStringList order;
    const auto wanted = [&](const QString &key) {
        return key == QLatin1String("title") || key == QLatin1String("date") || key == QLatin1String("published")
            || (key == QLatin1String("publish_date") && publishDate) || conv.defaults.contains(key);
    };
    for (const QString &key : std::as_const(conv.keyOrder)) {
        if (wanted(key) && !order.contains(key))
            order.append(key);
    }
    for (const QString &key : {QStringLiteral("title"), QStringLiteral("published"), QStringLiteral("date")}) {
        if (!order.contains(key))
            order.insert(key == QLatin1String("title") ? 0 : order.size(), key);
    }
    if (publishDate && !order.contains(QStringLiteral("publish_date")))
        order.append(QStringLiteral("publish_date"));
    for (const QString &key : std::as_const(blueprintOrder)) {
        if (!order.contains(key))
            order.append(key);
    }
    for (auto it = conv.defaults.cbegin(); it != conv.defaults.cend(); ++it) {
        if (!order.contains(it.key()))
            order.append(it.key());
    }
    conv.keyOrder = order;

    // Body: the summary goes above the delimiter, the rest below it. The blueprint's placeholder sentences are
    // English and would be published as they are if forgotten, so only the delimiter is written.
    conv.body = QStringLiteral("\n") + index.config.summaryDelimiter() + QStringLiteral("\n");
    return conv;
}

QString draftTitle(const QString &sourceTitle, const QString &sourceLanguage)
{
    return QStringLiteral("[%1] %2").arg(sourceLanguage, sourceTitle.trimmed());
}

NewPostPlan planNewPost(const PageIndex &index, const NewPostRequest &request)
{
    return planNewPost(index, request, learnSectionConvention(index, request.section));
}

NewPostPlan planNewPost(const PageIndex &index, const NewPostRequest &request, const SectionConvention &conv)
{
    NewPostPlan plan;
    if (request.section < 0 || request.section >= index.size()) {
        plan.error = QCoreApplication::translate("GravDesk::NewPost", "There is no such section.");
        return plan;
    }
    const QString title = request.title.simplified();
    const QStringList siteLanguages = index.config.languages();
    const QString lang = request.language.isEmpty() ? index.config.defaultLanguage() : request.language;
    if (!siteLanguages.isEmpty() && !siteLanguages.contains(lang)) {
        plan.error = QCoreApplication::translate("GravDesk::NewPost", "The site has no language “%1” (it has %2).")
                         .arg(lang, siteLanguages.join(QStringLiteral(", ")));
        return plan;
    }
    QStringList languages;
    if (!siteLanguages.isEmpty()) {
        languages.append(lang);
        for (const QString &l : request.languages.isEmpty() ? siteLanguages : request.languages) {
            if (!siteLanguages.contains(l)) {
                plan.error = QCoreApplication::translate("GravDesk::NewPost", "The site has no language “%1” (it has %2).")
                                 .arg(l, siteLanguages.join(QStringLiteral(", ")));
                return plan;
            }
            if (!languages.contains(l))
                languages.append(l);
        }
    } else {
        languages.append(QString());
    }

    const QTimeZone zone = index.config.timeZone();
    const QDateTime date = (request.date.isValid() ? request.date : Clock::nowUtc()).toTimeZone(zone);
    // Whole minutes: the site's date format has none finer, and the file must read back as written.
    const QDateTime minute(date.date(), QTime(date.time().hour(), date.time().minute()), zone);

    QString slug = request.slug.trimmed();
    if (!slug.isEmpty()) {
        slug = slugify(slug, QStringLiteral("en"), RussianScheme::Icao, kMaxTitleSlug);
        if (conv.dated)
            slug.remove(datePrefix());
    } else if (!title.isEmpty()) {
        slug = slugify(title, lang, RussianScheme::Icao, kMaxTitleSlug);
    }
    if (slug.isEmpty())
        slug = QStringLiteral("post");
    plan.slug = slug;
    plan.routeSlug = conv.dated ? minute.toString(QStringLiteral("yyyy-MM-dd")) + QLatin1Char('-') + slug : slug;
    plan.folderName = conv.numbered
        ? QStringLiteral("%1.").arg(conv.nextOrder, conv.orderWidth, 10, QLatin1Char('0')) + plan.routeSlug
        : plan.routeSlug;
    const PageNode &section = index.nodes[request.section];
    plan.relPath = section.relPath.isEmpty() ? plan.folderName : section.relPath + QLatin1Char('/') + plan.folderName;
    plan.folderPath = QDir(index.absolutePath(request.section)).filePath(plan.folderName);
    const QString sectionRoute = request.section == 0 ? QString() : index.route(request.section, lang);
    plan.url = languagePrefix(index, lang) + sectionRoute + QLatin1Char('/') + plan.routeSlug;

    if (title.isEmpty()) {
        plan.error = QCoreApplication::translate("GravDesk::NewPost", "The title is empty.");
        return plan;
    }
    // Grav routes by the folder name minus its prefix (or a header slug): two pages with one route hide each other.
    const QString routeSlug = plan.routeSlug.toLower();
    for (const int child : section.children) {
        const PageNode &c = index.nodes[child];
        bool taken = c.folderSlug.toLower() == routeSlug;
        for (const PageVariant &v : c.variants)
            taken = taken || v.slug.toLower() == routeSlug;
        if (taken) {
            plan.error = QCoreApplication::translate(
                "GravDesk::NewPost", "The slug “%1” is already used by “%2” in this section; choose another slug.")
                             .arg(plan.routeSlug, c.folderName);
            return plan;
        }
    }
    if (QFileInfo::exists(plan.folderPath)) {
        plan.error = QCoreApplication::translate("GravDesk::NewPost", "The folder “%1” already exists.").arg(plan.folderName);
        return plan;
    }

    for (const QString &l : std::as_const(languages)) {
        const bool source = l == lang;
        QVariantMap values = conv.defaults;
        const QString own = request.titles.value(l).simplified();
        values.insert(QStringLiteral("title"), source ? title : (own.isEmpty() ? draftTitle(title, lang) : own));
        values.insert(QStringLiteral("published"), source ? request.published : false);
        values.insert(QStringLiteral("date"), minute);
        if (conv.keyOrder.contains(QStringLiteral("publish_date")))
            values.insert(QStringLiteral("publish_date"), minute);
        QByteArray header;
        QString error;
        if (!headerFor(conv, values, index, header, error)) {
            plan.error = error;
            return plan;
        }
        NewPostFile file;
        file.language = l;
        file.fileName = l.isEmpty() ? QString(conv.stem + QStringLiteral(".md"))
                                    : QString(conv.stem + QLatin1Char('.') + l + QStringLiteral(".md"));
        file.bytes = QByteArrayLiteral("---\n") + header + QByteArrayLiteral("---\n") + conv.body.toUtf8();
        plan.files.append(file);
    }
    if (languages.size() > 1) {
        // The post was written first in the title's language: translations follow it, whatever the file times.
        TranslationLedger ledger;
        ledger.sourceLanguage = lang;
        plan.ledger = ledger.toYaml();
    }
    plan.ok = true;
    return plan;
}

bool writeNewPost(const NewPostPlan &plan, QString &error, SiteWorkspace *workspace)
{
    if (!plan.ok) {
        error = plan.error;
        return false;
    }
    const QFileInfo folder(plan.folderPath);
    if (folder.exists()) {
        error = QCoreApplication::translate("GravDesk::NewPost", "The folder “%1” already exists.").arg(folder.fileName());
        return false;
    }
    std::optional<SiteWorkspace> local;
    if (!workspace)
        workspace = &local.emplace(SiteWorkspace::layoutAround(folder.absolutePath()));
    const IoResult made = workspace->makeFolder(plan.folderPath);
    if (!made.ok) {
        error = made.error;
        return false;
    }
    auto tx = workspace->begin(QCoreApplication::translate("GravDesk::NewPost", "new post %1").arg(folder.fileName()));
    WriteOptions options;
    options.expectNew = true;
    options.expectedCurrent = QByteArray();
    for (const NewPostFile &f : plan.files)
        tx->put(QDir(plan.folderPath).filePath(f.fileName), f.bytes, options);
    if (!plan.ledger.isEmpty())
        tx->put(QDir(plan.folderPath).filePath(TranslationLedger::fileName()), plan.ledger, options);
    const IoResult r = tx->commit();
    if (!r.ok) {
        QDir(folder.absolutePath()).rmdir(folder.fileName());
        error = r.error;
        return false;
    }
    return true;
}

int defaultPostSection(const PageIndex &index)
{
    const QString lang = index.config.defaultLanguage();
    for (int i = 1; i < index.size(); ++i) {
        if (index.templateName(i, lang) == QLatin1String("blog"))
            return i;
    }
    for (int i = 1; i < index.size(); ++i) {
        if (index.nodes[i].folderSlug == QLatin1String("news"))
            return i;
    }
    return -1;
}

int sectionForNode(const PageIndex &index, int node)
{
    if (node <= 0 || node >= index.size())
        return defaultPostSection(index);
    const PageNode &n = index.nodes[node];
    const QString lang = index.config.defaultLanguage();
    if (!n.children.isEmpty() || index.templateName(node, lang) == QLatin1String("blog"))
        return node;
    if (n.parent > 0)
        return n.parent;
    return defaultPostSection(index);
}

} // namespace GravDesk
