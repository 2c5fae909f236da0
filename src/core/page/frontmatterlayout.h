#pragma once

// Internal to the front-matter document: how a header's block structure is laid out in its lines.

#include "page/frontmatterdocument.h"

namespace GravDesk {

// How the value of one mapping key sits in the text. The scanner below reads only block structure
// (indentation, `key:` lines, `- ` items); what a value *means* always comes from parseHeader(), and
// every edit is checked by parsing the result, so a layout the scanner misreads is refused, not written.
struct FrontMatterDocument::Entry
{
    enum Kind {
        Empty, ///< nothing after `key:` but maybe a comment: null, or a nested block map/list below
        Scalar, ///< a one-line plain or quoted scalar
        Flow, ///< a one-line flow collection `[…]` / `{…}`
        Block, ///< a block scalar `|` / `>`
        MultiLine, ///< anything spanning lines that is not a block (multi-line quoted or plain, open flow)
    };
    QString key;
    int line = 0; ///< the `key:` line
    int last = 0; ///< last line of the value (comments and blank lines after it are not part of it)
    int indent = 0;
    int replaceFrom = 0; ///< byte in the key line where the value starts (after an anchor, which is kept)
    int valueEnd = 0; ///< byte after the one-line value (what follows, e.g. a comment, is kept)
    Kind kind = Empty;
    char quote = 0; ///< '\'' or '"' for a quoted scalar
    char flowOpen = 0; ///< '[' or '{' for a flow collection
};

// A dotted path followed down the text as far as it exists.
struct FrontMatterDocument::Walk
{
    int depth = 0; ///< path parts matched by existing keys (the last one is `found` when hasFound)
    int indent = 0; ///< indentation of the map where the next part would go
    QList<Entry> siblings; ///< entries of that map
    Entry found;
    bool hasFound = false;
    bool blockedParent = false; ///< `found` is a parent written on one line (null, scalar or flow)
    Entry parent;
    bool hasParent = false;
};

namespace FrontMatterLayout {

int indentOf(const QByteArray &line);
bool isBlank(const QByteArray &line);
bool isComment(const QByteArray &line);
bool isSeqItem(const QByteArray &line);
/// End (exclusive) of a quoted scalar starting at @p p, or -1 when it does not close on this line.
int quotedEnd(const QByteArray &line, int p);
/// "line N of the header" for messages (@p line 0-based).
QString describeLine(int line);

} // namespace FrontMatterLayout
} // namespace GravDesk
