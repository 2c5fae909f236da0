#include "translations.h"

#include "io/safefile.h"
#include "io/siteworkspace.h"
#include "page/envelope.h"
#include "page/frontmatter.h"
#include "page/frontmatterdocument.h"
#include "page/yamlscalar.h"
#include "site/newpost.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QtConcurrent>

#include <algorithm>
#include <optional>

namespace GravDesk {
namespace {

QString pageFile(const QString &pageFolder, const QString &stem, const QString &language)
{
    return QDir(pageFolder).filePath(stem + QLatin1Char('.') + language + QStringLiteral(".md"));
}

// Page files and sidecars only when they are regular files within the size limit (a FIFO would block).
bool readFile(const QString &path, QByteArray &out)
{
    FileRead read = readRegularFile(path);
    out = std::move(read.bytes);
    return read.ok;
}

bool isLanguageCode(const QString &s)
{
    // Grav's language codes: letters, digits, '-' and '_' ("kk", "en-GB", "zh_CN").
    if (s.isEmpty() || s.size() > 16)
        return false;
    return std::all_of(s.cbegin(), s.cend(),
        [](QChar c) { return (c.unicode() < 128 && c.isLetterOrNumber()) || c == QLatin1Char('-') || c == QLatin1Char('_'); });
}

} // namespace

TranslationLedger TranslationLedger::load(const QString &pageFolder, QString *error)
{
    TranslationLedger ledger;
    const QString path = QDir(pageFolder).filePath(fileName());
    if (!QFileInfo::exists(path))
        return ledger;
    QByteArray bytes;
    if (!readFile(path, bytes)) {
        if (error)
            *error = QCoreApplication::translate("GravDesk::Translations", "cannot read %1").arg(path);
        return ledger;
    }
    const HeaderParse parse = parseHeader(bytes);
    if (!parse.accepted) {
        if (error)
            *error = QStringLiteral("%1: %2").arg(path, parse.error);
        return ledger;
    }
    for (auto it = parse.values.cbegin(); it != parse.values.cend(); ++it) {
        if (it.key() == QLatin1String("source")) {
            const QString lang = it.value().toString();
            if (it.value().typeId() != QMetaType::QVariantMap && isLanguageCode(lang))
                ledger.sourceLanguage = lang;
            continue;
        }
        const QVariantMap m = it.value().toMap();
        const QString source = m.value(QStringLiteral("source")).toString();
        const QByteArray hash = m.value(QStringLiteral("source_hash")).toString().toLatin1();
        if (isLanguageCode(it.key()) && isLanguageCode(source) && !hash.isEmpty())
            ledger.records.insert(it.key(), Record {source, hash});
    }
    return ledger;
}

QByteArray TranslationLedger::toYaml() const
{
    QByteArray out("# Which version of its source each translation was last saved against (GravDesk).\n");
    if (!sourceLanguage.isEmpty())
        out += "source: " + yamlString(sourceLanguage) + "   # the language the page was written in first\n";
    QStringList languages = records.keys();
    languages.sort();
    for (const QString &lang : languages) {
        const Record &r = records[lang];
        out += yamlString(lang) + ":\n    source: " + yamlString(r.source) + "\n    source_hash: " + r.sourceHash + '\n';
    }
    return out;
}

bool TranslationLedger::save(const QString &pageFolder, QString *error, SiteWorkspace *workspace) const
{
    const QString path = QDir(pageFolder).filePath(fileName());
    std::optional<SiteWorkspace> local;
    if (!workspace)
        workspace = &local.emplace(SiteWorkspace::layoutAround(pageFolder));
    IoResult r;
    if (records.isEmpty() && sourceLanguage.isEmpty()) {
        if (!QFileInfo::exists(path))
            return true;
        auto tx = workspace->begin(QStringLiteral("translation records"));
        tx->remove(path);
        r = tx->commit();
    } else {
        r = workspace->write(path, toYaml());
    }
    if (!r.ok && error)
        *error = r.error;
    return r.ok;
}

QByteArray translationHash(const QByteArray &pageFileBytes)
{
    const Envelope env = splitEnvelope(pageFileBytes);
    const QString title = parseHeader(env.headerText).values.value(QStringLiteral("title")).toString().trimmed();
    QByteArray body = env.body;
    while (body.endsWith('\n') || body.endsWith(' ') || body.endsWith('\t'))
        body.chop(1);
    QCryptographicHash h(QCryptographicHash::Sha1);
    h.addData(title.toUtf8());
    h.addData(QByteArrayView("\n\0", 2));
    h.addData(body);
    return h.result().toHex();
}

namespace {
constexpr int kSameTimeSeconds = 60;
} // namespace

QString pageSourceLanguage(
    const QString &pageFolder, const QString &stem, const QStringList &siteLanguages, const TranslationLedger &ledger)
{
    if (!ledger.sourceLanguage.isEmpty() && QFileInfo::exists(pageFile(pageFolder, stem, ledger.sourceLanguage)))
        return ledger.sourceLanguage;
    QString oldest;
    QDateTime oldestTime;
    for (const QString &lang : siteLanguages) {
        const QFileInfo fi(pageFile(pageFolder, stem, lang));
        if (!fi.isFile())
            continue;
        // The earlier of its creation and modification times: a copy that kept modification times (tar, rsync -t,
        // cp -p) still tells which file came first.
        const QDateTime born = fi.birthTime();
        const QDateTime modified = fi.lastModified();
        const QDateTime t = born.isValid() && born < modified ? born : modified;
        // Files made within a minute of each other (a git clone, a copy of the site, New Post) are a tie, and a
        // tie keeps the earlier language: only a file written clearly later is a translation.
        if (oldest.isEmpty() || t < oldestTime.addSecs(-kSameTimeSeconds)) {
            oldest = lang;
            oldestTime = t;
        }
    }
    return oldest;
}

bool setPageSourceLanguage(const QString &pageFolder, const QString &language, QString *error, SiteWorkspace *workspace)
{
    if (!isLanguageCode(language)) {
        if (error)
            *error = QCoreApplication::translate("GravDesk::Translations", "“%1” is not a language code.").arg(language);
        return false;
    }
    QString readError;
    TranslationLedger ledger = TranslationLedger::load(pageFolder, &readError);
    if (!readError.isEmpty()) {
        // Never replace a sidecar we could not read: the team's records would be lost.
        if (error)
            *error = readError;
        return false;
    }
    if (ledger.sourceLanguage == language)
        return true;
    ledger.sourceLanguage = language;
    ledger.records.remove(language); // the source follows nothing
    return ledger.save(pageFolder, error, workspace);
}

bool recordTranslationSaved(
    const QString &pageFolder, const QString &stem, const QString &language, const QStringList &siteLanguages, QString *error)
{
    QString readError;
    TranslationLedger ledger = TranslationLedger::load(pageFolder, &readError);
    if (!readError.isEmpty()) {
        // Never replace a sidecar we could not read: the team's records would be lost.
        if (error)
            *error = readError;
        return false;
    }
    const QString pageSource = pageSourceLanguage(pageFolder, stem, siteLanguages, ledger);
    QString source = ledger.records.value(language).source;
    if (source.isEmpty())
        source = pageSource;
    if (source.isEmpty() || source == language)
        return true; // the source itself, or a site with one language
    QByteArray bytes;
    if (!readFile(pageFile(pageFolder, stem, source), bytes))
        return true; // nothing to follow (yet)
    const QByteArray hash = translationHash(bytes);
    const auto old = ledger.records.constFind(language);
    const bool remember = ledger.sourceLanguage.isEmpty() && !pageSource.isEmpty() && pageSource != language;
    if (old != ledger.records.cend() && old->source == source && old->sourceHash == hash && !remember)
        return true; // unchanged: the sidecar is not rewritten
    ledger.records.insert(language, TranslationLedger::Record {source, hash});
    if (remember)
        ledger.sourceLanguage = pageSource; // later saves follow the same source whatever the file times do
    return ledger.save(pageFolder, error);
}

QFuture<bool> recordTranslationSavedLater(const QString &filePath, const QString &language, const QStringList &siteLanguages)
{
    const QFileInfo fi(filePath);
    const QString folder = fi.absolutePath();
    const QString stem = fi.fileName().section(QLatin1Char('.'), 0, 0);
    return QtConcurrent::run(
        [folder, stem, language, siteLanguages] { return recordTranslationSaved(folder, stem, language, siteLanguages); });
}

bool isDraftTitle(const QString &title, const QString &language, const QStringList &siteLanguages)
{
    // `[kk] …`: a site language code in brackets, then a space.
    const QString t = title.trimmed();
    if (!t.startsWith(QLatin1Char('[')))
        return false;
    const int close = t.indexOf(QLatin1Char(']'));
    if (close < 2 || close + 1 >= t.size() || t.at(close + 1) != QLatin1Char(' '))
        return false;
    const QString marker = t.mid(1, close - 1);
    return marker != language && siteLanguages.contains(marker);
}

QVector<TranslationIssue> translationIssues(const PageIndex &index)
{
    QVector<TranslationIssue> out;
    const QStringList languages = index.config.languages();
    if (languages.size() < 2)
        return out;
    for (int n = 1; n < index.size(); ++n) {
        const PageNode &node = index.nodes[n];
        if (node.isPlaceholder() || node.variant(QString()))
            continue; // folders without a page, and language-less `item.md` pages, have no translations
        const QString folder = index.absolutePath(n);
        const TranslationLedger ledger = TranslationLedger::load(folder);
        // Missing languages are translated from the page's source language (the oldest file or the user's choice).
        const PageVariant *main = node.variant(pageSourceLanguage(folder, node.variants.first().stem, languages, ledger));
        if (!main)
            main = &node.variants.first();
        QHash<QString, QByteArray> hashes; // by source language, read once
        for (const QString &lang : languages) {
            const PageVariant *v = node.variant(lang);
            TranslationIssue issue;
            issue.node = n;
            issue.relPath = node.relPath;
            issue.language = lang;
            if (!v) {
                issue.kind = TranslationIssue::Missing;
                issue.source = main->language;
                issue.title = main->title;
                out << issue;
                continue;
            }
            if (isDraftTitle(v->title, lang, languages)) {
                // Made by New Post or Translate To and still carrying the source's title: never translated.
                issue.kind = TranslationIssue::Untranslated;
                issue.source = main->language != lang ? main->language : v->title.mid(1, v->title.indexOf(QLatin1Char(']')) - 1);
                issue.title = v->title;
                out << issue;
                continue;
            }
            const auto rec = ledger.records.constFind(lang);
            if (rec == ledger.records.cend() || rec->source == lang)
                continue;
            const PageVariant *src = node.variant(rec->source);
            if (!src)
                continue;
            if (!hashes.contains(rec->source)) {
                QByteArray bytes;
                hashes.insert(
                    rec->source, readFile(index.filePath(n, src->fileName), bytes) ? translationHash(bytes) : QByteArray());
            }
            const QByteArray now = hashes.value(rec->source);
            if (!now.isEmpty() && now != rec->sourceHash) {
                issue.kind = TranslationIssue::Outdated;
                issue.source = rec->source;
                issue.title = src->title;
                out << issue;
            }
        }
    }
    return out;
}

QByteArray translationStarter(const QByteArray &sourceFile, const QString &sourceLanguage, QString *error)
{
    const Envelope env = splitEnvelope(sourceFile);
    FrontMatterDocument doc = FrontMatterDocument::fromEnvelope(env);
    if (!doc.isEditable() || (env.hasHeader && !doc.parsed().accepted)) {
        if (error)
            *error = doc.isEditable() ? doc.parsed().error : doc.editError();
        return {};
    }
    const auto apply = [&](const FrontMatterEditResult &r) {
        if (!r.ok && error)
            *error = r.error;
        return r.ok;
    };
    const QString sourceTitle = doc.parsed().values.value(QStringLiteral("title")).toString();
    if (!apply(doc.setValue(QStringLiteral("title"), draftTitle(sourceTitle, sourceLanguage))))
        return {};
    for (const QString &key :
        {QStringLiteral("menu"), QStringLiteral("metadata.description"), QStringLiteral("metadata.keywords")})
        if (doc.contains(key) && !apply(doc.remove(key)))
            return {};
    if (!apply(doc.setValue(QStringLiteral("published"), false)))
        return {};
    return composeWithHeader(env, doc.text());
}

QString createTranslation(const QString &pageFolder, const QString &stem, const QString &sourceLanguage, const QString &language,
    QString *error, SiteWorkspace *workspace)
{
    const auto fail = [&](const QString &why) {
        if (error)
            *error = why;
        return QString();
    };
    if (!isLanguageCode(language) || language == sourceLanguage)
        return fail(
            QCoreApplication::translate("GravDesk::Translations", "\"%1\" is not a language to translate into").arg(language));
    const QString target = pageFile(pageFolder, stem, language);
    if (QFileInfo::exists(target))
        return fail(
            QCoreApplication::translate("GravDesk::Translations", "%1 already exists").arg(QDir::toNativeSeparators(target)));
    QByteArray source;
    if (!readFile(pageFile(pageFolder, stem, sourceLanguage), source))
        return fail(
            QCoreApplication::translate("GravDesk::Translations", "cannot read the %1 file of this page").arg(sourceLanguage));
    QString why;
    const QByteArray text = translationStarter(source, sourceLanguage, &why);
    if (text.isEmpty())
        return fail(
            QCoreApplication::translate("GravDesk::Translations", "the %1 header cannot be copied: %2").arg(sourceLanguage, why));
    std::optional<SiteWorkspace> local;
    if (!workspace)
        workspace = &local.emplace(SiteWorkspace::layoutAround(pageFolder));
    // The new file and its record in one transaction; a ledger that cannot be read is never replaced.
    auto tx = workspace->begin(QStringLiteral("new translation %1").arg(language));
    WriteOptions options;
    options.expectNew = true;
    options.expectedCurrent = QByteArray();
    tx->put(target, text, options);
    TranslationLedger ledger = TranslationLedger::load(pageFolder, &why);
    if (why.isEmpty()) {
        ledger.records.insert(language, TranslationLedger::Record {sourceLanguage, translationHash(source)});
        if (ledger.sourceLanguage.isEmpty())
            ledger.sourceLanguage = sourceLanguage;
        tx->put(QDir(pageFolder).filePath(TranslationLedger::fileName()), ledger.toYaml());
    }
    const IoResult w = tx->commit();
    if (!w.ok)
        return fail(w.error);
    if (!why.isEmpty() && error)
        *error = QCoreApplication::translate("GravDesk::Translations", "created, but the translation record was not written: %1")
                     .arg(why);
    return target;
}

} // namespace GravDesk
