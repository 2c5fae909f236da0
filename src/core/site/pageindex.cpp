#include "pageindex.h"

#include "io/clock.h"
#include "page/envelope.h"
#include "page/frontmatter.h"
#include "site/gravdate.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QRegularExpression>
#include <QSet>
#include <QtConcurrent/QtConcurrentMap>

#include <algorithm>
#include <map>

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

struct FileName
{
    enum Kind { Page, Dotted, OtherLanguage, NotPage } kind = NotPage;
    QString stem;
    QString language;
};

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
    if (langLike.match(ext).hasMatch() && !stem.contains(QLatin1Char('.')) && !languages.isEmpty()) {
        f.kind = FileName::OtherLanguage;
        f.language = ext;
    } else {
        f.kind = FileName::Dotted;
    }
    return f;
}

struct PendingFile
{
    int node;
    int variant;
};

// The site settings every page file read needs, looked up once per scan.
struct ReadSettings
{
    explicit ReadSettings(const SiteConfig &config)
        : zone(config.timeZone())
        , dateFormat(config.dateFormatDefault())
        , publishDates(config.publishDates())
    { }

    QTimeZone zone;
    QString dateFormat;
    bool publishDates;
};

bool readVariantWith(const QString &path, const ReadSettings &settings, PageVariant &v, QString *error)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        const QFileInfo info(path);
        v.size = info.size();
        v.modified = info.lastModified();
        if (error)
            *error = file.errorString();
        v.headerAccepted = false;
        v.headerError = QStringLiteral("cannot read the file: %1").arg(file.errorString());
        return false;
    }
    // From the open file (one fstat(), which reading it needs anyway) rather than a stat() of its path.
    v.size = file.size();
    v.modified = file.fileTime(QFileDevice::FileModificationTime).toLocalTime();
    const Envelope env = splitEnvelope(file.readAll());
    v.hasHeader = env.hasHeader;
    if (!env.validUtf8) {
        v.headerAccepted = false;
        v.headerError
            = QStringLiteral("the file is not valid UTF-8: Grav cannot read its header and publishes the whole file as text");
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

} // namespace

bool readVariant(const QString &path, const SiteConfig &config, PageVariant &v, QString *error)
{
    return readVariantWith(path, ReadSettings(config), v, error);
}

QVector<FolderEntry> listFolder(const QString &path)
{
    QVector<FolderEntry> entries;
#ifdef Q_OS_UNIX
    const QByteArray native = QFile::encodeName(path);
    DIR *dir = ::opendir(native.constData());
    if (!dir)
        return entries;
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
            if (::stat(full.constData(), &st) == 0)
                type = IFTODT(st.st_mode);
        }
        entry.isDir = type == DT_DIR;
        entry.isFile = type == DT_REG;
        entries.append(entry);
    }
    ::closedir(dir);
#else
    QDirIterator it(path, QDir::AllEntries | QDir::Hidden | QDir::System | QDir::NoDotAndDotDot);
    while (it.hasNext()) {
        const QFileInfo info = it.nextFileInfo();
        entries.append({info.fileName(), info.isDir(), info.isFile(), info.isSymLink(), info.isHidden()});
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

namespace {

// slugFor() with the site's force_lowercase_urls already looked up (a configuration lookup per node adds up).
QString nodeSlug(const PageNode &node, const QStringList &fallbackOrder, bool lowercase)
{
    const PageVariant *v = node.variantFor(fallbackOrder);
    if (!v || v->slug.isEmpty())
        return node.folderSlug; // lower-cased by the scan when the site forces it
    return lowercase ? v->slug.toLower() : v->slug;
}

} // namespace

QString PageIndex::slugFor(int node, const QStringList &fallbackOrder) const
{
    if (node <= 0 || node >= size())
        return {};
    return nodeSlug(nodes[node], fallbackOrder, config.forceLowercaseUrls());
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
            out.append((parent > 0 ? out.at(parent) : QString()) + QLatin1Char('/') + nodeSlug(nodes[n], fallback, lowercase));
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

namespace {

// The numeric prefix of a folder name (`02.news` → 2, the length of "02."), as Grav's `^[0-9]+\.`; -1 if none.
int orderPrefix(const QString &name, qsizetype *length)
{
    qsizetype digits = 0;
    while (digits < name.size() && name.at(digits) >= QLatin1Char('0') && name.at(digits) <= QLatin1Char('9'))
        ++digits;
    if (digits == 0 || digits >= name.size() || name.at(digits) != QLatin1Char('.'))
        return -1;
    *length = digits + 1;
    return QStringView(name).left(digits).toInt();
}

class Scanner
{
public:
    Scanner(PageIndex &index, const std::atomic_bool *cancel)
        : m_index(index)
        , m_cancel(cancel)
        , m_languages(index.config.languages())
        , m_ignoreFiles(index.config.stringList(QStringLiteral("system.pages.ignore_files")))
        , m_ignoreFolders(index.config.stringList(QStringLiteral("system.pages.ignore_folders")))
        , m_ignoreHidden(index.config.flag(QStringLiteral("system.pages.ignore_hidden"), true))
        , m_paramSep(index.config.paramSeparator())
        , m_lowercase(index.config.forceLowercaseUrls())
    { }

    bool cancelled() const { return m_cancel && m_cancel->load(); }

    void walk(int nodeIndex, const QString &absPath)
    {
        if (cancelled())
            return;
        QVector<const FolderEntry *> subfolders;
        const QVector<FolderEntry> entries = listFolder(absPath);
        for (const FolderEntry &e : entries) {
            const QString &name = e.name;
            if (m_ignoreHidden && name.startsWith(QLatin1Char('.')))
                continue;
            if (e.isDir) {
                if (m_ignoreFolders.contains(name))
                    continue;
                if (name.contains(m_paramSep)) {
                    addProblem(Severity::Warning, ProblemKind::SkippedFolder, childRel(nodeIndex, name),
                        QStringLiteral("folder name contains \"%1\" (system.param_sep): Grav skips this folder and "
                                       "everything in it")
                            .arg(m_paramSep));
                    continue;
                }
                subfolders.append(&e);
                continue;
            }
            if (m_ignoreFiles.contains(name))
                continue;
            const FileName f = classifyFile(name, m_languages);
            switch (f.kind) {
            case FileName::Page: {
                PageVariant v;
                v.language = f.language;
                v.fileName = name;
                v.stem = f.stem;
                m_index.nodes[nodeIndex].variants.append(std::move(v));
                break;
            }
            case FileName::Dotted:
                addProblem(Severity::Warning, ProblemKind::DottedStem, childRel(nodeIndex, name),
                    QStringLiteral("\"%1\": the file name before \".md\" contains a dot that is not a site language, so "
                                   "Grav ignores this file; rename it (e.g. \"%2\")")
                        .arg(name, QString(f.stem).replace(QLatin1Char('.'), QLatin1Char('-')) + QStringLiteral(".md")));
                break;
            case FileName::OtherLanguage:
                addProblem(Severity::Warning, ProblemKind::UnsupportedLanguage, childRel(nodeIndex, name),
                    QStringLiteral("\"%1\": language \"%2\" is not one of the site's languages (%3), so Grav ignores "
                                   "this file")
                        .arg(name, f.language, m_languages.join(QStringLiteral(", "))));
                break;
            case FileName::NotPage: break;
            }
        }
        PageNode &node = m_index.nodes[nodeIndex];
        // Languages in site order, then the language-less file.
        std::sort(node.variants.begin(), node.variants.end(), [this](const PageVariant &a, const PageVariant &b) {
            const auto rank = [this](const QString &l) { return l.isEmpty() ? 1000 : static_cast<int>(m_languages.indexOf(l)); };
            if (rank(a.language) != rank(b.language))
                return rank(a.language) < rank(b.language);
            return a.stem < b.stem;
        });
        QStringList stems;
        for (const PageVariant &v : std::as_const(node.variants))
            if (!stems.contains(v.stem))
                stems.append(v.stem);
        if (!stems.isEmpty()) {
            node.stem = stems.first();
            // The main stem: the one with the most language files, as Grav's admin writes one stem for all.
            int best = 0;
            for (const QString &s : std::as_const(stems)) {
                const auto n = std::count_if(
                    node.variants.cbegin(), node.variants.cend(), [&](const PageVariant &v) { return v.stem == s; });
                if (n > best) {
                    best = static_cast<int>(n);
                    node.stem = s;
                }
            }
        }
        if (stems.size() > 1 && nodeIndex > 0) {
            addProblem(Severity::Warning, ProblemKind::MultipleStems, node.relPath,
                QStringLiteral("this folder holds page files with different names (%1): Grav picks one per language "
                               "unpredictably; keep one name for all languages")
                    .arg(stems.join(QStringLiteral(", "))));
        }
        for (const PageVariant &v : std::as_const(node.variants))
            m_pending.append({nodeIndex, static_cast<int>(&v - node.variants.constData())});

        for (const FolderEntry *e : std::as_const(subfolders)) {
            const QString &name = e->name;
            PageNode child;
            child.parent = nodeIndex;
            child.folderName = name;
            child.isSymLink = e->isSymLink;
            child.relPath = childRel(nodeIndex, name);
            QString slugPart = name;
            qsizetype prefixLength = 0;
            child.order = orderPrefix(name, &prefixLength);
            if (child.order >= 0)
                slugPart = name.mid(prefixLength);
            if (slugPart.startsWith(QLatin1Char('_')))
                child.modular = true;
            child.folderSlug = m_lowercase ? slugPart.toLower() : slugPart;
            const int childIndex = static_cast<int>(m_index.nodes.size());
            m_index.nodes.append(std::move(child));
            m_index.nodes[nodeIndex].children.append(childIndex);
            walk(childIndex, absPath + QLatin1Char('/') + name);
        }
    }

    QString childRel(int nodeIndex, const QString &name) const
    {
        const QString &parent = m_index.nodes[nodeIndex].relPath;
        return parent.isEmpty() ? name : parent + QLatin1Char('/') + name;
    }

    void addProblem(
        Severity s, ProblemKind k, const QString &path, const QString &message, int line = 0, const QStringList &related = {})
    {
        SiteProblem p;
        p.severity = s;
        p.kind = k;
        p.path = path;
        p.message = message;
        p.line = line;
        p.related = related;
        m_index.problems.append(p);
    }

    QVector<PendingFile> m_pending;

private:
    PageIndex &m_index;
    const std::atomic_bool *m_cancel;
    QStringList m_languages;
    QStringList m_ignoreFiles;
    QStringList m_ignoreFolders;
    bool m_ignoreHidden;
    QString m_paramSep;
    bool m_lowercase;
};

void findDuplicateSlugs(PageIndex &index)
{
    QStringList langs = index.config.languages();
    if (langs.isEmpty())
        langs << QString();
    // One problem per group of folders, however many languages share it.
    std::map<QStringList, QStringList> groups; // sorted folder paths → languages
    std::map<QStringList, QString> groupSlug;
    const bool lowercase = index.config.forceLowercaseUrls();
    QList<QStringList> fallbacks; // per language, computed once
    for (const QString &lang : std::as_const(langs))
        fallbacks.append(index.config.fallbackLanguages(lang));
    for (int n = 0; n < index.size(); ++n) {
        const PageNode &node = index.nodes[n];
        if (node.children.size() < 2)
            continue;
        for (int l = 0; l < langs.size(); ++l) {
            const QString &lang = langs.at(l);
            QHash<QString, QStringList> bySlug;
            for (int c : node.children)
                bySlug[nodeSlug(index.nodes[c], fallbacks.at(l), lowercase)].append(index.nodes[c].relPath);
            for (auto it = bySlug.cbegin(); it != bySlug.cend(); ++it) {
                if (it->size() < 2)
                    continue;
                QStringList folders = *it;
                folders.sort();
                groups[folders].append(lang);
                groupSlug[folders] = it.key();
            }
        }
    }
    for (const auto &[folders, languages] : groups) {
        for (const QString &folder : folders) {
            SiteProblem p;
            p.severity = Severity::Error;
            p.kind = ProblemKind::DuplicateSlug;
            p.path = folder;
            QStringList others = folders;
            others.removeAll(folder);
            p.related = others;
            const QString langText = languages.size() == langs.size() || langs == QStringList {QString()}
                ? QString()
                : QStringLiteral(" (languages: %1)").arg(languages.join(QStringLiteral(", ")));
            p.message = QStringLiteral("slug \"%1\" is also used by %2%3: both have the same URL and Grav shows only one of "
                                       "them, unpredictably")
                            .arg(groupSlug.at(folders), others.join(QStringLiteral(", ")), langText);
            index.problems.append(p);
        }
    }
}

void collectFileProblems(PageIndex &index)
{
    for (PageNode &node : index.nodes) {
        for (const PageVariant &v : std::as_const(node.variants)) {
            const QString rel = node.relPath.isEmpty() ? v.fileName : node.relPath + QLatin1Char('/') + v.fileName;
            SiteProblem p;
            p.path = rel;
            p.line = v.errorLine;
            if (!v.headerAccepted) {
                p.severity = Severity::Error;
                p.kind = v.headerError.contains(QLatin1String("UTF-8")) ? ProblemKind::InvalidUtf8 : ProblemKind::InvalidHeader;
                p.message = p.kind == ProblemKind::InvalidUtf8
                    ? v.headerError
                    : QStringLiteral("Grav rejects this header and publishes an \"Invalid Frontmatter\" page instead: %1")
                          .arg(v.headerError);
                index.problems.append(p);
            } else if (v.legacyHeader) {
                p.severity = Severity::Warning;
                p.kind = ProblemKind::LegacyHeader;
                p.message = QStringLiteral("Grav reads this header only with its legacy parser: %1").arg(v.headerError);
                index.problems.append(p);
            }
            if (!v.dateText.isEmpty() && v.dateFromFile) {
                SiteProblem d;
                d.severity = Severity::Warning;
                d.kind = ProblemKind::BadDate;
                d.path = rel;
                d.message = QStringLiteral("date \"%1\" cannot be read, so Grav uses the file's modification time instead")
                                .arg(v.dateText);
                index.problems.append(d);
            }
        }
    }
}

} // namespace

PageIndex scanSite(const SiteLayout &layout, const SiteConfig &config, const ScanSink &sink, const std::atomic_bool *cancel)
{
    PageIndex index;
    index.layout = layout;
    index.config = config;
    for (const QString &w : config.warnings()) {
        SiteProblem p;
        p.severity = Severity::Warning;
        p.kind = ProblemKind::Config;
        p.path = QStringLiteral("../config");
        p.message = w;
        index.problems.append(p);
    }
    PageNode root;
    index.nodes.append(root);
    Scanner scanner(index, cancel);
    scanner.walk(0, layout.pagesDir);

    // Parse the page files in parallel, in chunks of nodes so the consumer can show them early.
    const QVector<PendingFile> &pending = scanner.m_pending;
    const int total = static_cast<int>(pending.size());
    constexpr int kChunk = 512;
    const ReadSettings settings(config);
    int emittedNodes = 0;
    for (int start = 0; start < total || emittedNodes < index.size();) {
        if (scanner.cancelled())
            break;
        const int end = std::min(total, start + kChunk);
        QVector<PendingFile> chunk = pending.mid(start, end - start);
        QtConcurrent::blockingMap(chunk, [&index, &settings](const PendingFile &pf) {
            PageVariant &v = index.nodes[pf.node].variants[pf.variant];
            readVariantWith(index.filePath(pf.node, v.fileName), settings, v, nullptr);
        });
        // All nodes up to the last one whose files are parsed are complete.
        const int lastNode = end < total ? pending[end].node : index.size();
        if (sink.nodes && lastNode > emittedNodes)
            sink.nodes(emittedNodes, index.nodes.mid(emittedNodes, lastNode - emittedNodes));
        emittedNodes = std::max(emittedNodes, lastNode);
        if (sink.progress)
            sink.progress(end, total);
        start = end;
        if (start >= total && emittedNodes >= index.size())
            break;
    }

    collectFileProblems(index);
    findDuplicateSlugs(index);
    // Flag nodes.
    QHash<QString, int> byPath;
    for (int i = 0; i < index.size(); ++i)
        byPath.insert(index.nodes[i].relPath, i);
    for (const SiteProblem &p : std::as_const(index.problems)) {
        int n = byPath.value(p.path, -1);
        if (n < 0)
            n = byPath.value(p.path.left(std::max<qsizetype>(0, p.path.lastIndexOf(QLatin1Char('/')))), -1);
        if (n < 0)
            continue;
        if (p.severity == Severity::Error)
            index.nodes[n].hasError = true;
        else if (p.severity == Severity::Warning)
            index.nodes[n].hasWarning = true;
    }
    std::stable_sort(index.problems.begin(), index.problems.end(), [](const SiteProblem &a, const SiteProblem &b) {
        if (a.severity != b.severity)
            return a.severity > b.severity;
        return a.path < b.path;
    });
    return index;
}

} // namespace GravDesk
