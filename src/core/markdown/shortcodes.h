#pragma once

#include <QString>
#include <QStringList>
#include <QVariant>
#include <QVector>

#include <string>
#include <string_view>

namespace GravDesk::Markdown {

/// One shortcode found by the parser: views into the parsed text (UTF-8 bytes), which must outlive it.
/// A view is null (data() is nullptr) where a part is absent, empty where it is present but empty.
struct Shortcode
{
    std::string_view name;
    QVector<QPair<std::string_view, std::string_view>> params; ///< value null: a parameter without value
    std::string_view bbCode; ///< `[name=value]`, null when absent
    std::string_view content; ///< null for a tag without closing tag
    std::string_view text; ///< the whole source text
    qsizetype offset = 0;

    std::string_view param(std::string_view key, std::string_view fallback = {}) const;
    bool hasParam(std::string_view key) const;
};

/// thunderer/shortcode's RegularParser with CommonSyntax (`[` `]` `/` `=` `"`), as shortcode-core uses it.
QVector<Shortcode> parseShortcodes(std::string_view text);

/// The youtube plugin's settings that change its HTML (plugin settings, then the page header's `youtube:`).
struct YoutubeOptions
{
    bool lazyLoad = false; ///< lazy_load: a thumbnail and a button, the player loaded on click
    bool privacyEnhanced = false; ///< privacy_enhanced_mode: youtube-nocookie.com
    /// player_parameters in the plugin's order (values as YAML read them); those equal to the plugin's
    /// blueprint defaults are left out of the embed URL, as the plugin does.
    QVector<QPair<QString, QVariant>> playerParameters;
};

/// How the post-Markdown shortcode pass renders (options that change the output).
struct ShortcodeOptions
{
    bool owlIdsFromMd5 = false; ///< Grav's real ids instead of owl-1, owl-2, ...
    QStringList registeredNames; ///< names that have a handler on the site (others are plain text)
    QStringList rawNames; ///< the site's raw-content handlers (page-inject, ...): their tags also become placeholders
    bool previewPlaceholders = false; ///< registered but not emulated tags become gd-placeholder elements
    YoutubeOptions youtube;
};

/**
 * shortcode-core's Processor (one iteration, contents processed first,
 * `[raw]` contents protected) with the handlers Grav's site has and this
 * renderer emulates: owl-carousel, youtube, raw, center/left/right/justify,
 * u, color, size, div, span, mark, columns, h1-h6. Works on UTF-8 bytes.
 */
class ShortcodeProcessor
{
public:
    explicit ShortcodeProcessor(ShortcodeOptions options);
    /// The processed @p html into @p out; false when it has no shortcode (the usual case: @p out untouched).
    bool process(std::string_view html, std::string &out);
    QStringList warnings() const { return m_warnings; }

private:
    void iteration(std::string_view text, const Shortcode *parent, int depth, std::string &out);
    void replace(std::string_view text, const QVector<Shortcode> &list, int depth, std::string &out);
    void handle(const Shortcode &sc, int depth, std::string_view text, std::string &out);
    bool render(const Shortcode &sc, std::string_view content, std::string &out);

    ShortcodeOptions m_options;
    int m_owlCounter = 0;
    QStringList m_warnings;
};

/// youtube plugin: `[plugin:youtube](URL)` in the raw Markdown (UTF-8) becomes the embed HTML, written to @p out;
/// false when there is none (@p out untouched: the Markdown stays as it is).
/// With @p lineMap, also the line of the input each output line comes from (0-based, one entry per output line).
bool youtubeRawPass(
    std::string_view markdown, std::string &out, QVector<int> *lineMap = nullptr, const YoutubeOptions &options = {});

/// The youtube plugin's embed URL for video @p id (YoutubeTwigExtension::embedUrl()), e.g.
/// `https://www.youtube.com/embed/ID?autoplay=1`.
std::string youtubeEmbedUrl(std::string_view id, const YoutubeOptions &options, bool lazy);

} // namespace GravDesk::Markdown
