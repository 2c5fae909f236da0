#pragma once

#include <QByteArray>
#include <QString>

namespace GravDesk {

/// Line-ending convention of a page file, detected from its bytes.
enum class LineEnding { LF, CRLF, CR };

/**
 * A page file split the way Grav 1.7 splits it (rockettheme/toolbox
 * MarkdownFile::decode): BOM bytes trimmed as a character list, CR LF and
 * lone CR normalised to LF, leading whitespace trimmed, then
 * `^---\n(.+?)\n---\n*(.*)$` (dot-all, UTF-8).
 *
 * Besides Grav's view (headerText / body, both normalised to LF) it keeps
 * the original bytes and the offset where the body starts in them, so a
 * writer can put the header bytes back exactly as they were.
 */
struct Envelope
{
    QByteArray raw; ///< the file's bytes, untouched
    bool hasHeader = false; ///< the front-matter regex matched
    bool validUtf8 = true; ///< false: Grav's /u regex fails, whole file is body
    QByteArray headerText; ///< header as Grav feeds it to YAML (LF, first tab per line → 4 spaces)
    QByteArray body; ///< Grav's raw_content (LF-normalised)
    qsizetype bodyOffset = 0; ///< index in raw where the body's bytes start
    int headerFirstLine = 0; ///< 1-based line in the file of the header's first line (0: none)
    LineEnding lineEnding = LineEnding::LF;
    bool hasBom = false;
    bool finalNewline = false; ///< raw ends with a line break

    /// Bytes of raw before the body: BOM, `---`, header, closing line, swallowed newlines.
    QByteArray prefix() const { return raw.left(bodyOffset); }
    /// The body's original bytes (line endings as on disk).
    QByteArray rawBody() const { return raw.mid(bodyOffset); }
};

/// Splits a page file. Never fails: a file that does not match is all body.
Envelope splitEnvelope(const QByteArray &raw);

/// True when @p bytes is well-formed UTF-8 (RFC 3629: what PCRE's /u flag demands).
bool isValidUtf8(QByteArrayView bytes);
/// The length of the well-formed UTF-8 sequence that starts at @p at (before @p end), or 0 when none does.
qsizetype utf8SequenceLength(const char *at, const char *end);

/// Converts LF-normalised text to the given line ending.
QByteArray applyLineEnding(const QByteArray &lfText, LineEnding ending);

/**
 * Builds the new file bytes for an edited body: the original prefix bytes
 * unchanged, then @p newBody (LF text) converted to the file's line ending.
 */
QByteArray composeWithBody(const Envelope &env, const QString &newBody);

} // namespace GravDesk
