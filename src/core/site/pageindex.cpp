#include "pageindex.h"

#include "io/clock.h"
#include "page/envelope.h"
#include "page/frontmatter.h"
#include "site/gravdate.h"
#include "site/pagewalk.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QRegularExpression>

#include <algorithm>

#ifdef Q_OS_UNIX
#include <dirent.h>
#include <sys/stat.h>
#endif

namespace GravDesk {

QString severityName(Severity s)
{
    switch (s) {
    case Severity::Info: return QStringLiteral("info");
    case Severity::Warning: return QStringLiteral("warning");
    case Severity::Error: return QStringLiteral("error");
    }
    return {};
}

QString problemKindName(ProblemKind k)
{
    switch (k) {
    case ProblemKind::InvalidHeader: return QStringLiteral("invalid-header");
    case ProblemKind::LegacyHeader: return QStringLiteral("legacy-header");
    case ProblemKind::InvalidUtf8: return QStringLiteral("invalid-utf8");
    case ProblemKind::UnreadableFile: return QStringLiteral("unreadable-file");
    case ProblemKind::DuplicateSlug: return QStringLiteral("duplicate-slug");
    case ProblemKind::DottedStem: return QStringLiteral("dotted-stem");
    case ProblemKind::UnsupportedLanguage: return QStringLiteral("unsupported-language");
    case ProblemKind::MultipleStems: return QStringLiteral("multiple-stems");
    case ProblemKind::BadDate: return QStringLiteral("bad-date");
    case ProblemKind::SkippedFolder: return QStringLiteral("skipped-folder");
    case ProblemKind::Config: return QStringLiteral("config");
    case ProblemKind::UnquotedDate: return QStringLiteral("unquoted-date");
    case ProblemKind::YamlBoolWord: return QStringLiteral("yaml-bool-word");
    case ProblemKind::BlueprintRule: return QStringLiteral("blueprint-rule");
    case ProblemKind::TabIndent: return QStringLiteral("tab-indent");
    case ProblemKind::NotRegularFile: return QStringLiteral("not-regular-file");
    case ProblemKind::FileTooLarge: return QStringLiteral("file-too-large");
    case ProblemKind::FolderLoop: return QStringLiteral("folder-loop");
    case ProblemKind::LinkOutsideSite: return QStringLiteral("link-outside-site");
    case ProblemKind::OutsideSite: return QStringLiteral("outside-site");
    case ProblemKind::NotRendered: return QStringLiteral("not-rendered");
    case ProblemKind::BrokenLink: return QStringLiteral("broken-link");
    case ProblemKind::HiddenHeader: return QStringLiteral("hidden-header");
    case ProblemKind::TwigNotProcessed: return QStringLiteral("twig-not-processed");
    case ProblemKind::SummaryHeading: return QStringLiteral("summary-heading");
    case ProblemKind::UnclosedShortcode: return QStringLiteral("unclosed-shortcode");
    case ProblemKind::DashLine: return QStringLiteral("dash-line");
    }
    return {};
}

namespace {

// PHP's (bool) cast, which Grav applies to `published`.
bool phpTruthy(const QVariant &v)
{
    switch (v.typeId()) {
    case QMetaType::Bool: return v.toBool();
    case QMetaType::LongLong:
    case QMetaType::Int: return v.toLongLong() != 0;
    case QMetaType::Double: return v.toDouble() != 0.0;
    case QMetaType::QVariantList: return !v.toList().isEmpty();
    case QMetaType::QVariantMap: return !v.toMap().isEmpty();
    default: break;
    }
    if (!v.isValid())
        return false;
    const QString s = v.toString();
    return !(s.isEmpty() || s == QLatin1String("0"));
}

QString scalarText(const QVariant &v)
{
    if (!v.isValid())
        return {};
    if (v.typeId() == QMetaType::Bool)
        return v.toBool() ? QStringLiteral("1") : QString(); // PHP string conversion of booleans
    if (v.typeId() == QMetaType::QVariantList || v.typeId() == QMetaType::QVariantMap)
        return {};
    return v.toString();
}

} // namespace

namespace detail {

FileName classifyFile(const QString &name, const QStringList &languages)
{
    FileName f;
    if (!name.endsWith(QLatin1String(".md")) || name.size() <= 3)
        return f;
    const QString base = name.left(name.size() - 3);
    const qsizetype dot = base.lastIndexOf(QLatin1Char('.'));
    if (dot < 0) {
        f.kind = FileName::Page;
        f.stem = base;
        return f;
    }
    const QString ext = base.mid(dot + 1);
    const QString stem = base.left(dot);
    if (languages.contains(ext) && !stem.contains(QLatin1Char('.')) && !stem.isEmpty()) {
        f.kind = FileName::Page;
        f.stem = stem;
        f.language = ext;
        return f;
    }
    static const QRegularExpression langLike(QStringLiteral("^[a-z]{2,3}(-[a-zA-Z]{2,4})?$"));
    f.stem = stem;
    // a number is a language code too where the site's codes are numbers (Grav compares them as strings)
    static const QRegularExpression digits(QStringLiteral("^[0-9]+$"));
    const bool numericSite
        = std::any_of(languages.cbegin(), languages.cend(), [](const QString &l) { return digits.match(l).hasMatch(); });
    const bool codeLike = langLike.match(ext).hasMatch() || (numericSite && digits.match(ext).hasMatch());
    if (codeLike && !stem.contains(QLatin1Char('.')) && !languages.isEmpty()) {
        f.kind = FileName::OtherLanguage;
        f.language = ext;
    } else {
        f.kind = FileName::Dotted;
    }
    return f;
}

ReadSettings::ReadSettings(const SiteConfig &config)
    : zone(config.timeZone())
    , dateFormat(config.dateFormatDefault())
    , publishDates(config.publishDates())
{ }

bool readVariantWith(const QString &path, const ReadSettings &settings, PageVariant &v, QString *error)
{
    // Only a regular file within the size limit is read: a FIFO would block, a device never end.
    FileRead file = readRegularFile(path);
    v.size = std::max<qint64>(0, file.size);
    v.modified = file.modified;
    if (!file.ok) {
        if (error)
            *error = file.error;
        v.readError = file.kind;
        v.headerAccepted = false;
        v.headerError = file.error;
        v.date = v.modified.isValid() ? v.modified.toTimeZone(settings.zone) : QDateTime();
        v.dateFromFile = true;
        return false;
    }
    const Envelope env = splitEnvelope(file.bytes);
    v.hasHeader = env.hasHeader;
    if (!env.validUtf8) {
        v.headerAccepted = false;
        v.invalidUtf8 = true;
        v.headerError = ProblemText {ProblemMessage::InvalidUtf8, {}}.toString();
    }
    QVariantMap h;
    if (env.hasHeader) {
        // the header keys read below (the others are checked, not built)
        static const QList<QByteArrayView> indexKeys {
            "title", "slug", "template", "dateformat", "date", "taxonomy", "published", "publish_date", "unpublish_date"};
        HeaderBudget budget;
        budget.onlyKeys = &indexKeys;
        const HeaderParse parsed = parseHeader(env.headerText, budget);
        v.headerAccepted = parsed.accepted;
        v.legacyHeader = parsed.legacyOnly;
        if (!parsed.accepted || parsed.legacyOnly) {
            v.headerError = parsed.error;
            v.invalidUtf8 = false;
            v.errorLine = parsed.errorLine > 0 ? parsed.errorLine + env.headerFirstLine - 1 : env.headerFirstLine;
        }
        if (parsed.accepted)
            h = parsed.values;
    }
    v.title = scalarText(h.value(QStringLiteral("title"))).trimmed();
    v.slug = scalarText(h.value(QStringLiteral("slug")));
    v.templateOverride = scalarText(h.value(QStringLiteral("template")));
    const QTimeZone &zone = settings.zone;
    QString format = scalarText(h.value(QStringLiteral("dateformat")));
    if (format.isEmpty())
        format = settings.dateFormat;
    const QVariant date = h.value(QStringLiteral("date"));
    v.dateText = date.isValid() ? date.toString() : QString();
    v.date = parseGravDate(date, format, zone);
    v.dateFromFile = !v.date.isValid();
    if (v.dateFromFile)
        v.date = v.modified.toTimeZone(zone);

    const QVariantMap taxonomy = h.value(QStringLiteral("taxonomy")).toMap();
    for (auto it = taxonomy.cbegin(); it != taxonomy.cend(); ++it) {
        QStringList values;
        if (it->typeId() == QMetaType::QVariantList) {
            for (const QVariant &item : it->toList())
                if (!scalarText(item).isEmpty())
                    values << scalarText(item);
        } else if (!scalarText(*it).isEmpty()) {
            values << scalarText(*it); // Grav also accepts a single value, or "a, b"
        }
        v.taxonomy.insert(it.key(), values);
    }

    v.publishState = PublishState::Published;
    const QVariant published = h.value(QStringLiteral("published"));
    if (published.isValid()) {
        v.publishState = phpTruthy(published) ? PublishState::Published : PublishState::Draft;
    } else if (settings.publishDates) {
        const QDateTime now = Clock::nowUtc();
        const QDateTime pub = parseGravDate(h.value(QStringLiteral("publish_date")), format, zone);
        const QDateTime unpub = parseGravDate(h.value(QStringLiteral("unpublish_date")), format, zone);
        if (pub.isValid() && pub > now)
            v.publishState = PublishState::Scheduled;
        else if (unpub.isValid() && unpub <= now)
            v.publishState = PublishState::Expired;
    }
    return true;
}

} // namespace detail
bool readVariant(const QString &path, const SiteConfig &config, PageVariant &v, QString *error)
{
    return detail::readVariantWith(path, detail::ReadSettings(config), v, error);
}

QVector<FolderEntry> listFolder(const QString &path, quint64 *device, quint64 *inode)
{
    QVector<FolderEntry> entries;
    if (device)
        *device = 0;
    if (inode)
        *inode = 0;
#ifdef Q_OS_UNIX
    const QByteArray native = QFile::encodeName(path);
    DIR *dir = ::opendir(native.constData());
    if (!dir)
        return entries;
    if (device || inode) {
        // The open folder's own identity, for loop checks: no path lookup, so no race with a rename.
        struct stat self;
        if (::fstat(::dirfd(dir), &self) == 0) {
            if (device)
                *device = static_cast<quint64>(self.st_dev);
            if (inode)
                *inode = static_cast<quint64>(self.st_ino);
        }
    }
    while (const dirent *e = ::readdir(dir)) {
        const char *name = e->d_name;
        if (name[0] == '.' && (name[1] == '\0' || (name[1] == '.' && name[2] == '\0')))
            continue;
        FolderEntry entry;
        entry.name = QFile::decodeName(name);
        entry.isHidden = name[0] == '.';
        int type = e->d_type;
        if (type == DT_LNK || type == DT_UNKNOWN) { // a link (followed, as QFileInfo does) or no d_type: ask
            struct stat st;
            const QByteArray full = native + '/' + name;
            entry.isSymLink = ::lstat(full.constData(), &st) == 0 && S_ISLNK(st.st_mode);
            type = DT_UNKNOWN;
            if (::stat(full.constData(), &st) == 0) {
                type = IFTODT(st.st_mode);
                if (entry.isSymLink) {
                    entry.device = static_cast<quint64>(st.st_dev);
                    entry.inode = static_cast<quint64>(st.st_ino);
                }
            }
        }
        entry.isDir = type == DT_DIR;
        entry.isFile = type == DT_REG;
        entry.type = type == DT_UNKNOWN ? 0U : static_cast<unsigned int>(DTTOIF(type));
        entries.append(entry);
    }
    ::closedir(dir);
#else
    QDirIterator it(path, QDir::AllEntries | QDir::Hidden | QDir::System | QDir::NoDotAndDotDot);
    while (it.hasNext()) {
        const QFileInfo info = it.nextFileInfo();
        FolderEntry entry {info.fileName(), info.isDir(), info.isFile(), info.isSymLink(), info.isHidden()};
        entry.type = info.isDir() ? 0040000U : info.isFile() ? 0100000U : 0U;
        entries.append(entry);
    }
#endif
    std::sort(entries.begin(), entries.end(), [](const FolderEntry &a, const FolderEntry &b) { return a.name < b.name; });
    return entries;
}

const PageVariant *PageNode::variant(const QString &lang) const
{
    // Among several stems with the same language Grav takes one arbitrarily; prefer the page's main stem.
    const PageVariant *best = nullptr;
    for (const PageVariant &v : variants)
        if (v.language == lang && (!best || v.stem == stem))
            best = &v;
    return best;
}

const PageVariant *PageNode::variantFor(const QStringList &fallbackOrder, bool *isFallback) const
{
    for (int i = 0; i < fallbackOrder.size(); ++i) {
        if (const PageVariant *v = variant(fallbackOrder[i])) {
            if (isFallback)
                *isFallback = i > 0;
            return v;
        }
    }
    return nullptr;
}

const PageVariant *PageIndex::variantExact(int node, const QString &lang) const
{
    return node >= 0 && node < size() ? nodes[node].variant(lang) : nullptr;
}

const PageVariant *PageIndex::variantFor(int node, const QString &lang, bool *isFallback) const
{
    return node >= 0 && node < size() ? nodes[node].variantFor(config.fallbackLanguages(lang), isFallback) : nullptr;
}

QString PageIndex::slug(int node, const QString &lang) const
{
    if (node <= 0 || node >= size())
        return {};
    return slugFor(node, config.fallbackLanguages(lang));
}

namespace detail {

// slugFor() with the site's force_lowercase_urls already looked up (a configuration lookup per node adds up).
QString nodeSlug(const PageNode &node, const QStringList &fallbackOrder, bool lowercase)
{
    const PageVariant *v = node.variantFor(fallbackOrder);
    if (!v || v->slug.isEmpty())
        return node.folderSlug; // lower-cased by the scan when the site forces it
    return lowercase ? v->slug.toLower() : v->slug;
}

} // namespace detail
QString PageIndex::slugFor(int node, const QStringList &fallbackOrder) const
{
    if (node <= 0 || node >= size())
        return {};
    return detail::nodeSlug(nodes[node], fallbackOrder, config.forceLowercaseUrls());
}

QString PageIndex::route(int node, const QString &lang) const
{
    if (node <= 0 || node >= size())
        return QStringLiteral("/");
    QStringList parts;
    for (int n = node; n > 0; n = nodes[n].parent)
        parts.prepend(slug(n, lang));
    return QLatin1Char('/') + parts.join(QLatin1Char('/'));
}

QStringList PageIndex::routes(const QString &lang) const
{
    const QStringList fallback = config.fallbackLanguages(lang);
    const bool lowercase = config.forceLowercaseUrls();
    QStringList out;
    out.reserve(size());
    for (int n = 0; n < size(); ++n) {
        const int parent = nodes[n].parent;
        if (n == 0)
            out.append(QStringLiteral("/"));
        else if (parent < n) // parents precede children: extend the parent's route
            out.append(
                (parent > 0 ? out.at(parent) : QString()) + QLatin1Char('/') + detail::nodeSlug(nodes[n], fallback, lowercase));
        else
            out.append(route(n, lang));
    }
    return out;
}

QString PageIndex::templateName(int node, const QString &lang) const
{
    if (node < 0 || node >= size() || nodes[node].isPlaceholder())
        return {};
    const PageVariant *v = variantFor(node, lang);
    if (v && !v->templateOverride.isEmpty())
        return v->templateOverride;
    const QString stem = v ? v->stem : nodes[node].stem;
    return nodes[node].modular ? QStringLiteral("modular/") + stem : stem;
}

QString PageIndex::absolutePath(int node) const
{
    if (node < 0 || node >= size())
        return {};
    return nodes[node].relPath.isEmpty() ? layout.pagesDir : layout.pagesDir + QLatin1Char('/') + nodes[node].relPath;
}

QString PageIndex::filePath(int node, const QString &fileName) const
{
    return absolutePath(node) + QLatin1Char('/') + fileName;
}

int PageIndex::findByRelPath(const QString &relPath) const
{
    QString clean = relPath;
    while (clean.endsWith(QLatin1Char('/')))
        clean.chop(1);
    for (int i = 0; i < size(); ++i)
        if (nodes[i].relPath == clean)
            return i;
    return -1;
}

int PageIndex::errorCount() const
{
    return static_cast<int>(
        std::count_if(problems.cbegin(), problems.cend(), [](const SiteProblem &p) { return p.severity == Severity::Error; }));
}

int PageIndex::warningCount() const
{
    return static_cast<int>(
        std::count_if(problems.cbegin(), problems.cend(), [](const SiteProblem &p) { return p.severity == Severity::Warning; }));
}

} // namespace GravDesk
