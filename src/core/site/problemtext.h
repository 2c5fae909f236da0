#pragma once

#include <QString>
#include <QStringList>

namespace GravDesk {

/**
 * Which sentence a site problem says. A problem keeps this and its arguments, not a finished text, so
 * that the text is made in the reader's language only when it is shown (ProblemText::toString()). The
 * names (problemMessageName()) are stable: scripts may rely on them (`gravdesk-cli check --json`).
 * The arguments of each are listed in braces.
 */
enum class ProblemMessage {
    Plain, ///< {the whole text, as given}: a file error or a renderer's note, already in the interface language
    PagesFolderOutside, ///< {where the pages folder leads}
    SkippedFolder, ///< {system.param_sep}
    NotRegularFile, ///< {file name, the st_mode file type bits in decimal ("0": a link that leads nowhere)}
    FileLinkOutside, ///< {file name, where it leads}
    DottedStem, ///< {file name, the name to rename it to}
    UnsupportedLanguage, ///< {file name, its language, the site's languages}
    MultipleStems, ///< {the page file names}
    FolderLoop, ///< {link name, the folder it leads back to ("" for the pages folder)}
    FolderLinkOutside, ///< {link name, where it leads}
    FolderLinkRepeated, ///< {link name}
    DuplicateSlug, ///< {slug, the other folders}: in every language
    DuplicateSlugInLanguages, ///< {slug, the other folders, the languages}
    InvalidUtf8, ///< {}
    InvalidHeader, ///< {the parser's error}
    LegacyHeader, ///< {the parser's note}
    BadDate, ///< {the date as written}
    ConfigUnreadable, ///< {file, the file error}
    ConfigRefused, ///< {file, line, the parser's error}
    ConfigLegacy, ///< {file, the parser's note}
    UnquotedDate, ///< {header key, value}
    UnquotedDateItem, ///< {value}: a list item
    YamlBoolWord, ///< {header key, value}
    YamlBoolWordItem, ///< {value}: a list item
    TabIndent, ///< {}
    /// {field label, header key, why (BlueprintValidator's words, in the interface language)}
    BlueprintRule,
    NoSiteAddress, ///< {}
    NotRendered, ///< {the renderer's note, in the interface language}
    BrokenLink, ///< {the link as written, what was looked for}
    BrokenImage, ///< {the image as written, what was looked for}
    UnclosedHeader, ///< {}
    GluedHeaderClose, ///< {the line the closing `---` is glued to}
    HeaderlessKeys, ///< {the first `key: value` line}
    TwigNotProcessed, ///< {the Twig as written}
    SummaryHeading, ///< {the delimiter}
    UnclosedShortcode, ///< {shortcode name}
    DashLine, ///< {}
};

/// The stable machine name of @p message ("invalid-header").
QString problemMessageName(ProblemMessage message);

/// A problem's sentence and its arguments; the text is made, translated, when it is asked for.
struct ProblemText
{
    ProblemMessage id = ProblemMessage::Plain;
    QStringList args;

    /// The text in the language of the installed translators (QCoreApplication::translate, context
    /// "GravDesk::PageIndex"); English when none is installed.
    QString toString() const;

    friend bool operator==(const ProblemText &a, const ProblemText &b) { return a.id == b.id && a.args == b.args; }
    friend bool operator!=(const ProblemText &a, const ProblemText &b) { return !(a == b); }
};

} // namespace GravDesk
