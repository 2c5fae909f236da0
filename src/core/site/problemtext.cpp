#include "problemtext.h"

#include "io/safefile.h"

#include <QCoreApplication>

#include <array>

namespace GravDesk {
namespace {

constexpr const char *kContext = "GravDesk::PageIndex";

struct Entry
{
    ProblemMessage id;
    const char *name;
    const char *source; ///< nullptr: not a sentence of its own (the arguments are the text)
};

// The English sources are the texts these problems had before they were translated: tests and scripts
// compare them, so they stay as they are.
constexpr std::array kEntries {
    Entry {ProblemMessage::Plain, "plain", nullptr},
    Entry {ProblemMessage::PagesFolderOutside, "pages-folder-outside",
        QT_TRANSLATE_NOOP(
            "GravDesk::PageIndex", "The pages folder leads outside the site, to %1; GravDesk opens its pages read-only.")},
    Entry {ProblemMessage::SkippedFolder, "skipped-folder",
        QT_TRANSLATE_NOOP("GravDesk::PageIndex",
            "folder name contains \"%1\" (system.param_sep): Grav skips this folder and everything in it")},
    Entry {ProblemMessage::NotRegularFile, "not-regular-file",
        QT_TRANSLATE_NOOP(
            "GravDesk::PageIndex", "“%1” is %2, not a regular file: GravDesk does not open it, and Grav cannot publish it")},
    Entry {ProblemMessage::FileLinkOutside, "file-link-outside",
        QT_TRANSLATE_NOOP("GravDesk::PageIndex", "“%1” is a link to %2, outside the site; GravDesk opens it read-only.")},
    Entry {ProblemMessage::DottedStem, "dotted-stem",
        QT_TRANSLATE_NOOP("GravDesk::PageIndex",
            "\"%1\": the file name before \".md\" contains a dot that is not a site language, so Grav ignores this "
            "file; rename it (e.g. \"%2\")")},
    Entry {ProblemMessage::UnsupportedLanguage, "unsupported-language",
        QT_TRANSLATE_NOOP(
            "GravDesk::PageIndex", "\"%1\": language \"%2\" is not one of the site's languages (%3), so Grav ignores this file")},
    Entry {ProblemMessage::MultipleStems, "multiple-stems",
        QT_TRANSLATE_NOOP("GravDesk::PageIndex",
            "this folder holds page files with different names (%1): Grav picks one per language unpredictably; "
            "keep one name for all languages")},
    Entry {ProblemMessage::FolderLoop, "folder-loop",
        QT_TRANSLATE_NOOP("GravDesk::PageIndex",
            "the folder link “%1” leads back to “%2”, a folder it is in: GravDesk does not follow it (Grav would "
            "loop)")},
    Entry {ProblemMessage::FolderLinkOutside, "folder-link-outside",
        QT_TRANSLATE_NOOP("GravDesk::PageIndex",
            "the folder link “%1” leads outside the site, to %2: GravDesk does not list or change what is there")},
    Entry {ProblemMessage::FolderLinkRepeated, "folder-link-repeated",
        QT_TRANSLATE_NOOP(
            "GravDesk::PageIndex", "the folder link “%1” leads to a folder another link already showed: GravDesk lists it once")},
    Entry {ProblemMessage::DuplicateSlug, "duplicate-slug",
        QT_TRANSLATE_NOOP("GravDesk::PageIndex",
            "slug \"%1\" is also used by %2: both have the same URL and Grav shows only one of them, unpredictably")},
    Entry {ProblemMessage::DuplicateSlugInLanguages, "duplicate-slug-in-languages",
        QT_TRANSLATE_NOOP("GravDesk::PageIndex",
            "slug \"%1\" is also used by %2 (languages: %3): both have the same URL and Grav shows only one of them, "
            "unpredictably")},
    Entry {ProblemMessage::InvalidUtf8, "invalid-utf8",
        QT_TRANSLATE_NOOP("GravDesk::PageIndex",
            "the file is not valid UTF-8: Grav cannot read its header and publishes the whole file as text")},
    Entry {ProblemMessage::InvalidHeader, "invalid-header",
        QT_TRANSLATE_NOOP(
            "GravDesk::PageIndex", "Grav rejects this header and publishes an \"Invalid Frontmatter\" page instead: %1")},
    Entry {ProblemMessage::LegacyHeader, "legacy-header",
        QT_TRANSLATE_NOOP("GravDesk::PageIndex", "Grav reads this header only with its legacy parser: %1")},
    Entry {ProblemMessage::BadDate, "bad-date",
        QT_TRANSLATE_NOOP(
            "GravDesk::PageIndex", "date \"%1\" cannot be read, so Grav uses the file's modification time instead")},
    Entry {ProblemMessage::ConfigUnreadable, "config-unreadable",
        QT_TRANSLATE_NOOP("GravDesk::PageIndex", "%1: cannot be read: %2")},
    Entry {ProblemMessage::ConfigRefused, "config-refused",
        QT_TRANSLATE_NOOP(
            "GravDesk::PageIndex", "%1:%2: %3 — Grav would refuse this configuration file; its values are ignored here")},
    Entry {ProblemMessage::ConfigLegacy, "config-legacy", nullptr},
    Entry {ProblemMessage::UnquotedDate, "unquoted-date",
        QT_TRANSLATE_NOOP("GravDesk::PageIndex",
            "\"%1\": the unquoted date %2 is read by Grav as a number (Unix time), not as the text you see; write "
            "it in quotes: '%2'")},
    Entry {ProblemMessage::UnquotedDateItem, "unquoted-date-item",
        QT_TRANSLATE_NOOP("GravDesk::PageIndex",
            "a list item: the unquoted date %1 is read by Grav as a number (Unix time), not as the text you see; "
            "write it in quotes: '%1'")},
    Entry {ProblemMessage::YamlBoolWord, "yaml-bool-word",
        QT_TRANSLATE_NOOP("GravDesk::PageIndex",
            "\"%1\": \"%2\" is text for Grav, not a yes/no value (and any text but \"0\" counts as true); write "
            "true or false")},
    Entry {ProblemMessage::YamlBoolWordItem, "yaml-bool-word-item",
        QT_TRANSLATE_NOOP("GravDesk::PageIndex",
            "a list item: \"%1\" is text for Grav, not a yes/no value (and any text but \"0\" counts as true); "
            "write true or false")},
    Entry {ProblemMessage::TabIndent, "tab-indent",
        QT_TRANSLATE_NOOP("GravDesk::PageIndex",
            "the line is indented with a tab: Grav reads it as four spaces, but other YAML tools reject it and "
            "Grav's admin re-indents it when it saves; indent with spaces")},
    Entry {ProblemMessage::BlueprintRule, "blueprint-rule",
        QT_TRANSLATE_NOOP("GravDesk::PageIndex", "%1 (%2): %3 — Grav's admin would refuse to save this page")},
    Entry {ProblemMessage::NoSiteAddress, "no-site-address",
        QT_TRANSLATE_NOOP("GravDesk::PageIndex",
            "the site has no address (system.yaml custom_base_url, or site_url in user/config/plugins/gravdesk.yaml): "
            "external links are not marked as on the site")},
    Entry {ProblemMessage::NotRendered, "not-rendered", nullptr},
    Entry {ProblemMessage::BrokenLink, "broken-link",
        QT_TRANSLATE_NOOP(
            "GravDesk::PageIndex", "The link “%1” leads to “%2”, which does not exist: readers get a broken link.")},
    Entry {ProblemMessage::BrokenImage, "broken-image",
        QT_TRANSLATE_NOOP(
            "GravDesk::PageIndex", "The image “%1” leads to “%2”, which does not exist: readers see a broken image.")},
    Entry {ProblemMessage::UnclosedHeader, "unclosed-header",
        QT_TRANSLATE_NOOP("GravDesk::PageIndex",
            "The header has no closing “---” line: Grav does not see a header and publishes its lines as text.")},
    Entry {ProblemMessage::GluedHeaderClose, "glued-header-close",
        QT_TRANSLATE_NOOP("GravDesk::PageIndex",
            "The closing “---” is glued to the end of “%1”: it must stand on a line of its own, or Grav does not find "
            "the header where it ends.")},
    Entry {ProblemMessage::HeaderlessKeys, "headerless-keys",
        QT_TRANSLATE_NOOP("GravDesk::PageIndex",
            "The file starts with “%1” but has no “---” line above it: Grav sees no header and publishes these lines "
            "as text.")},
    Entry {ProblemMessage::TwigNotProcessed, "twig-not-processed",
        QT_TRANSLATE_NOOP("GravDesk::PageIndex",
            "“%1” is Twig, but process.twig is not on for this page (in system.yaml or the page header): Grav shows "
            "it as text.")},
    Entry {ProblemMessage::SummaryHeading, "summary-heading",
        QT_TRANSLATE_NOOP("GravDesk::PageIndex",
            "The summary delimiter “%1” is right under a line of text: Markdown makes that text a heading and the "
            "summary is lost. Leave an empty line above the delimiter.")},
    Entry {ProblemMessage::UnclosedShortcode, "unclosed-shortcode",
        QT_TRANSLATE_NOOP("GravDesk::PageIndex",
            "“[%1]” is never closed with “[/%1]”: the shortcode gets no content, and the text meant for it shows "
            "outside it.")},
    Entry {ProblemMessage::DashLine, "dash-line",
        QT_TRANSLATE_NOOP("GravDesk::PageIndex",
            "The line starts with “---”: under a line of text Markdown makes that text a heading, and Grav takes "
            "such a line for the end of a header when the header above is broken. Write *** for a horizontal rule.")},
};

const Entry &entry(ProblemMessage id)
{
    for (const Entry &e : kEntries)
        if (e.id == id)
            return e;
    return kEntries.front();
}

// %1…%9 replaced in one pass: an argument (a path, a header value) may itself contain "%2".
QString fill(const QString &pattern, const QStringList &args)
{
    QString out;
    out.reserve(pattern.size() + 64);
    for (qsizetype i = 0; i < pattern.size(); ++i) {
        const QChar c = pattern.at(i);
        if (c == QLatin1Char('%') && i + 1 < pattern.size()) {
            const int n = pattern.at(i + 1).digitValue();
            if (n >= 1 && n <= args.size()) {
                out += args.at(n - 1);
                ++i;
                continue;
            }
        }
        out += c;
    }
    return out;
}

// Arguments that are themselves words of the interface are stored as codes and worded here.
QStringList worded(ProblemMessage id, QStringList args)
{
    if (id == ProblemMessage::NotRegularFile && args.size() >= 2) {
        const unsigned int mode = args.at(1).toUInt();
        args[1]
            = mode == 0 ? QCoreApplication::translate("GravDesk::PageIndex", "a link that leads nowhere") : fileKindText(mode);
    } else if (id == ProblemMessage::FolderLoop && args.size() >= 2 && args.at(1).isEmpty()) {
        args[1] = QCoreApplication::translate("GravDesk::PageIndex", "the pages folder");
    }
    return args;
}

} // namespace

QString problemMessageName(ProblemMessage message)
{
    return QString::fromLatin1(entry(message).name);
}

QString ProblemText::toString() const
{
    const Entry &e = entry(id);
    if (!e.source)
        return id == ProblemMessage::ConfigLegacy ? fill(QStringLiteral("%1: %2"), args) : args.join(QLatin1Char(' '));
    return fill(QCoreApplication::translate(kContext, e.source), worded(id, args));
}

} // namespace GravDesk
