#pragma once

/*
 * Keeping a page's language files in step.
 *
 * Design decision: which version of its source a translation was made from is recorded in a small
 * sidecar in the page folder, `.translations.yaml`, not derived from git history. The site may not be
 * a git checkout (a plain folder, an FTP copy), a git history only knows commits (not "the translator
 * saved while looking at this version"), and a checkout's file times are the time of the checkout. The
 * sidecar is a dot-file: Grav's page scan (`ignore_hidden`) and its media listing skip it, so nothing is
 * published; git keeps it next to the page, so the whole newsroom shares it, and one file per page
 * folder keeps merges small. It is YAML the team can read:
 *
 *     # Which version of its source each translation was last saved against (GravDesk).
 *     source: kk               # the language the page was written in first
 *     ru:
 *         source: kk
 *         source_hash: 3f7a…   # SHA-1 of the source's title and body when ru was saved
 *
 * The hash covers what a translator translates: the title and the body (Grav's raw content, LF, trailing
 * blank lines ignored); a change of the date or a toggle does not make translations stale.
 */

#include "site/pageindex.h"

#include <QByteArray>
#include <QFuture>
#include <QHash>
#include <QString>
#include <QVector>

namespace GravDesk {

class SiteWorkspace;

/// The sidecar of one page folder.
struct TranslationLedger
{
    struct Record
    {
        QString source; ///< the language the translation follows
        QByteArray sourceHash; ///< translationHash() of the source file when the translation was saved
    };
    QHash<QString, Record> records; ///< by translation language
    /// The language the page was written in first (`source:`), the one its translations follow; "" when not
    /// recorded yet (pageSourceLanguage() then decides).
    QString sourceLanguage;

    static QString fileName() { return QStringLiteral(".translations.yaml"); }
    /// Reads the ledger of @p pageFolder (an absent file is an empty ledger, not an error).
    static TranslationLedger load(const QString &pageFolder, QString *error = nullptr);
    /// Writes it atomically through @p workspace (null: one for the site around the folder); removes the
    /// file when nothing is left to record.
    bool save(const QString &pageFolder, QString *error = nullptr, SiteWorkspace *workspace = nullptr) const;
    QByteArray toYaml() const;
};

/// What a translator translates of a page file: the hash of its title and body.
QByteArray translationHash(const QByteArray &pageFileBytes);

/**
 * The language the page in @p pageFolder (stem @p stem) was written in first: the ledger's `source:` when that
 * file exists, else the language of its oldest language file (the earlier of its creation time, where the file
 * system keeps one, and its modification time; files made within a minute of each other — a clone or copy of the site — are a
 * tie, and ties go to the earlier language of @p siteLanguages, the site's default first).
 * "" when the page has no language file of @p siteLanguages.
 */
QString pageSourceLanguage(
    const QString &pageFolder, const QString &stem, const QStringList &siteLanguages, const TranslationLedger &ledger);

/**
 * Records the user's choice of @p language as the source of the page in @p pageFolder (through @p workspace;
 * null: one for the site around the folder). Its translations are then tracked against that file.
 */
bool setPageSourceLanguage(
    const QString &pageFolder, const QString &language, QString *error = nullptr, SiteWorkspace *workspace = nullptr);

/**
 * Records that the @p language file of the page in @p pageFolder (stem @p stem) was saved: its record now
 * points at the current version of its source. A translation without a record follows the page's source
 * language (pageSourceLanguage() over @p siteLanguages), which the ledger then remembers; the source itself
 * gets no record.
 */
bool recordTranslationSaved(const QString &pageFolder, const QString &stem, const QString &language,
    const QStringList &siteLanguages, QString *error = nullptr);

/**
 * recordTranslationSaved() for the page file @p filePath (`…/item.ru.md`) on the global thread pool, for
 * callers that must not wait on disk (the interface after a save). The future reports success.
 */
QFuture<bool> recordTranslationSavedLater(const QString &filePath, const QString &language, const QStringList &siteLanguages);

/// A page missing a language, a translation saved against an older version of its source, or a draft that
/// still carries the source's marked title (`[kk] …`, draftTitle()) because nobody translated it yet.
struct TranslationIssue
{
    enum Kind { Missing, Outdated, Untranslated };
    Kind kind = Missing;
    int node = -1;
    QString relPath; ///< the page folder
    QString language; ///< the missing or outdated language
    QString source; ///< Outdated: the language it follows; Missing, Untranslated: the page's file to translate from
    QString title; ///< the page's title (in the source language when there is one)
};

/// Every missing language and outdated translation of the site's pages (reads the sidecars and sources).
QVector<TranslationIssue> translationIssues(const PageIndex &index);

/**
 * The starting text of a translation made from @p sourceFile (in @p sourceLanguage): the header copied with
 * the title marked as a draft's (draftTitle(): `[kk] …`, the convention New Post shares), the fields a
 * translator writes anew removed (menu, metadata description and keywords) and `published: false` so the
 * half-done translation is a draft; the body copied unchanged, so the translator overwrites it paragraph by
 * paragraph. Returns an empty array and sets @p error when the header cannot be edited.
 */
QByteArray translationStarter(const QByteArray &sourceFile, const QString &sourceLanguage, QString *error = nullptr);

/// True when @p title is a draft's marked title (`[kk] …`, draftTitle()): the code of another of the
/// @p siteLanguages than @p language in brackets, then a space.
bool isDraftTitle(const QString &title, const QString &language, const QStringList &siteLanguages);

/**
 * Creates the @p language file of a page from its @p sourceLanguage file (translationStarter()) and records
 * it in the ledger, both in one transaction through @p workspace (null: one for the site around the folder).
 * Never overwrites: an existing file is an error. Returns the new file's path.
 */
QString createTranslation(const QString &pageFolder, const QString &stem, const QString &sourceLanguage, const QString &language,
    QString *error = nullptr, SiteWorkspace *workspace = nullptr);

} // namespace GravDesk
