#pragma once

// Private to the Parsedown implementation files: the block being built and the line being read.

#include "markdown/parsedown.h"

namespace GravDesk::Markdown {

enum BlockType : int {
    Paragraph,
    Code,
    Comment,
    FencedCode,
    Header,
    List,
    Quote,
    Rule,
    SetextHeader,
    Markup,
    Reference,
    Table,
    TwigTag,
    ShortCodes,
    Notices,
};

struct Parsedown::Line
{
    QString body;
    int indent = 0;
    QString text;
};

struct Parsedown::Block
{
    int type = Paragraph;
    int line = 0; // index of the block's first line in the lines() input
    bool typed = false; // Parsedown's isset($Block['type']): paragraphs have none
    bool identified = false;
    bool interrupted = false;
    bool continuable = false;
    bool closed = false;
    bool complete = false;
    bool hidden = false;
    bool loose = false;
    bool hasMarkup = false; // emitted verbatim
    QString markup;
    QString name; // element name (p, h1, ul, ...), or the tag of an HTML block
    QString text;
    QStringList lines; // blockquote / notice lines
    QString cssClass; // notice class, code language class
    bool hasClass = false;
    int indent = 0;
    QString pattern; // list item pattern
    QString start; // <ol start>
    QVector<QStringList> items;
    QChar fence;
    int depth = 0;
    QStringList aligns;
    QStringList headerCells;
    QVector<QStringList> rows;
};

/// Parsedown's trimming helpers (PHP trim()/rtrim() with a character list).
QString trimChars(const QString &s, const QString &chars);
QString phpTrim(const QString &s);
QString chopChars(const QString &s, const QString &chars = QStringLiteral(" \t\n\r\v"));
/// PHP's htmlspecialchars_decode(ENT_QUOTES): the five entities Parsedown and Grav write, nothing else.
QString specialCharsDecode(const QString &s);
int utf8Length(const QString &bytes);

} // namespace GravDesk::Markdown
