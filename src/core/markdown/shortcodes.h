#pragma once

#include <QString>
#include <QStringList>
#include <QVector>

namespace GravDesk::Markdown {

/// One shortcode found by the parser: views into the parsed text (a byte string), which must outlive it.
struct Shortcode
{
    QStringView name;
    QVector<QPair<QStringView, QStringView>> params; ///< value null: a parameter without value
    QStringView bbCode; ///< `[name=value]`, null when absent
    QStringView content; ///< null for a tag without closing tag
    QStringView text; ///< the whole source text
    qsizetype offset = 0;

    QStringView param(QStringView key, QStringView fallback = {}) const;
    bool hasParam(QStringView key) const;
};

/// thunderer/shortcode's RegularParser with CommonSyntax (`[` `]` `/` `=` `"`), as shortcode-core uses it.
QVector<Shortcode> parseShortcodes(QStringView text);

/// How the post-Markdown shortcode pass renders (options that change the output).
struct ShortcodeOptions
{
    bool owlIdsFromMd5 = false; ///< Grav's real ids instead of owl-1, owl-2, ...
    QStringList registeredNames; ///< names that have a handler on the site (others are plain text)
    bool previewPlaceholders = false; ///< registered but not emulated tags become gd-placeholder elements
};

/**
 * shortcode-core's Processor (one iteration, contents processed first,
 * `[raw]` contents protected) with the handlers Grav's site has and this
 * renderer emulates: owl-carousel, youtube, raw, center/left/right/justify,
 * u, color, size, div, span, mark, columns, h1-h6.
 */
class ShortcodeProcessor
{
public:
    explicit ShortcodeProcessor(ShortcodeOptions options);
    QString process(const QString &html);
    QStringList warnings() const { return m_warnings; }

private:
    void iteration(QStringView text, const Shortcode *parent, int depth, QString &out);
    void replace(QStringView text, const QVector<Shortcode> &list, int depth, QString &out);
    void handle(const Shortcode &sc, int depth, QStringView text, QString &out);
    bool render(const Shortcode &sc, const QString &content, QString &out);

    ShortcodeOptions m_options;
    int m_owlCounter = 0;
    QStringList m_warnings;
};

/// youtube plugin: `[plugin:youtube](URL)` in the raw Markdown becomes the embed HTML.
/// With @p lineMap, also the line of the input each output line comes from (0-based, one entry per output line).
QString youtubeRawPass(const QString &markdown, QVector<int> *lineMap = nullptr);

} // namespace GravDesk::Markdown
