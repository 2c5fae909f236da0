#pragma once

#include <QByteArray>
#include <QList>
#include <QString>

namespace GravDesk {

/// One place where both sides changed a page differently.
struct MergeConflict
{
    enum class Kind { HeaderField, Paragraphs, WholeFile };
    Kind kind = Kind::Paragraphs;
    QString key; ///< the header field (HeaderField)
    QString base; ///< the text both sides started from ("" when absent)
    QString mine;
    QString theirs;
};

/// How conflicts are settled when the caller has decided beforehand.
enum class MergeTake { Nobody, Mine, Theirs };

/// The user's answer to one MergeConflict (the decision view: Server / Mine / Edit).
struct MergeChoice
{
    enum class Side { Mine, Theirs, Edited };
    MergeConflict conflict; ///< the conflict answered: matched by kind, key and both sides' texts
    Side side = Side::Mine;
    /// Edited: the result. For a header field its YAML lines ("key: value"; "" removes the field), for
    /// paragraphs the paragraphs, for a whole header or file the whole text.
    QString text;
};

/// Whether @p choice answers @p conflict (the same kind, field and texts on both sides).
bool answers(const MergeChoice &choice, const MergeConflict &conflict);

/// A three-way merge of one file; the merged bytes are LF and never hold conflict markers.
struct PageMergeResult
{
    bool clean = false; ///< true: merged has every change of both sides
    QByteArray merged; ///< the result (also when conflicts were settled by MergeTake)
    QList<MergeConflict> conflicts; ///< what needed (or needs) a decision
    QString error;
};

/**
 * Merges a page file three ways: @p base (the version both started from), @p mine (this desktop's) and
 * @p theirs (the server's). The header is merged field by field (top-level keys): a field changed on one
 * side only is taken from it, and theirs' fields are set into *mine's* header text as surgical
 * FrontMatterDocument edits, so mine's key order, quoting and comments stay. The body is merged
 * paragraph by paragraph (blank-line separated blocks) like diff3. Everything is compared and produced
 * with LF line endings.
 *
 * Conflicts are reported, and settled by @p take when it is not MergeTake::Nobody (then merged is the
 * result and clean stays false). Files that are not Markdown pages (@p isPage false) merge only as whole
 * files.
 */
PageMergeResult mergePage(const QByteArray &base, const QByteArray &mine, const QByteArray &theirs, bool isPage = true,
    MergeTake take = MergeTake::Nobody);

/**
 * The same merge, with each conflict settled by the user's choice for it in @p choices. A conflict no
 * choice answers is settled as mine and reported in unanswered (then the result must not be written).
 * An edited header field that is not valid YAML is an error.
 */
PageMergeResult mergePage(const QByteArray &base, const QByteArray &mine, const QByteArray &theirs, bool isPage,
    const QList<MergeChoice> &choices, QList<MergeConflict> *unanswered);

/// @p bytes with CR LF and lone CR turned into LF.
QByteArray toLf(const QByteArray &bytes);

} // namespace GravDesk
