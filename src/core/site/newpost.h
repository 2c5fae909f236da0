#pragma once

#include "page/yamlscalar.h"

#include <QByteArray>
#include <QDateTime>
#include <QHash>
#include <QString>
#include <QStringList>
#include <QVariantMap>
#include <QVector>

namespace GravDesk {

class SiteWorkspace;

class PageIndex;

/**
 * How a section (a blog page such as `02.news`) names and writes its posts,
 * learned from the children it already has so that a new post looks like its
 * siblings: `NN.YYYY-MM-DD-slug` or `YYYY-MM-DD-slug` (or a bare slug), the page
 * file stem, the header keys in the order the siblings write them, their quoting
 * and the values nearly every sibling shares.
 */
struct SectionConvention
{
    bool numbered = false; ///< folders start with an order prefix (`53.`): most children have one
    int orderWidth = 2; ///< digits of the prefix (`05.` → 2)
    int nextOrder = 1; ///< one more than the highest prefix in use (gaps are not reused: numbers follow dates)
    bool dated = true; ///< the slug starts with the post's date (`2024-05-25-`): most children's do
    QString stem = QStringLiteral("item"); ///< page file stem (template) most children use
    QStringList keyOrder; ///< header keys of a new post, in the order most children write them
    QHash<QString, ScalarStyle> quoting; ///< how most children quote each key's string value
    QVariantMap defaults; ///< values a new post gets: blueprint defaults, then values at least half the children share
    QString body; ///< the body of a new page (the summary delimiter on its own line)
    int learnedFrom = 0; ///< how many children's page files were read
};

/// Learns the convention of section node @p section (see SectionConvention). Reads the children's page files.
SectionConvention learnSectionConvention(const PageIndex &index, int section);

/// What the user asked for.
struct NewPostRequest
{
    int section = -1; ///< node of the section in the index
    QString title;
    QString language; ///< the title's language; "" = the site's default language
    QDateTime date; ///< invalid: now; written in the site's time zone
    QStringList languages; ///< page files to create; empty: every site language (the title's is always made)
    bool published = false; ///< for the title's language; the other languages are always drafts
    QString slug; ///< the title part of the slug (after the date); "" = transliterated from the title
    /// Titles of the other languages; a language without one (or with an empty one) gets a draft marked with
    /// the title's language (draftTitle(): `[kk] …`), the convention Translate To shares.
    QHash<QString, QString> titles;
};

/// One page file to create.
struct NewPostFile
{
    QString language;
    QString fileName; ///< `item.kk.md`
    QByteArray bytes;
};

/// A new post worked out in full but not yet written; ok == false: error says why (nothing may be written).
struct NewPostPlan
{
    bool ok = false;
    QString error;
    QString slug; ///< the title part, as it will be used
    QString routeSlug; ///< what Grav routes by: the folder name minus the prefix (`2024-05-25-slug`)
    QString folderName; ///< `53.2024-05-25-slug`
    QString relPath; ///< relative to the pages folder (`02.news/53.2024-05-25-slug`)
    QString folderPath; ///< absolute
    QString url; ///< the route in the title's language, with its language prefix (`/kk/news/2024-05-25-slug`)
    QVector<NewPostFile> files;
    /// The folder's translation sidecar (`.translations.yaml`) recording the title's language as the page's
    /// source; empty for a one-language site.
    QByteArray ledger;
};

/// The title written into a translation draft: the source title, marked with its language (`[kk] Жаңа…`).
QString draftTitle(const QString &sourceTitle, const QString &sourceLanguage);

/// Plans a new post. Refuses an empty title, an unknown language and a slug a sibling already routes by.
NewPostPlan planNewPost(const PageIndex &index, const NewPostRequest &request, const SectionConvention &convention);
/// Same, learning the section's convention first.
NewPostPlan planNewPost(const PageIndex &index, const NewPostRequest &request);

/**
 * Creates the planned folder and its page files (one transaction, through @p workspace; null: one for
 * the site around the folder). Never overwrites: an existing folder or file is an error. On failure
 * whatever was created is removed again.
 */
bool writeNewPost(const NewPostPlan &plan, QString &error, SiteWorkspace *workspace = nullptr);

/// The section a new post goes to when node @p node is selected: the node itself when it has (or is meant
/// to have) children, else its parent; without a usable selection, defaultPostSection().
int sectionForNode(const PageIndex &index, int node);
/// The site's news section: the first page using the `blog` template (else one whose slug is `news`, else -1).
int defaultPostSection(const PageIndex &index);

} // namespace GravDesk
