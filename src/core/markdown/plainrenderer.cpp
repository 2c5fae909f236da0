#include "plainrenderer.h"

#include <cmark-gfm-core-extensions.h>
#include <cmark-gfm.h>

#include <cstdlib>
#include <mutex>

namespace GravDesk {

QByteArray renderPlainMarkdown(const QByteArray &markdown)
{
    static std::once_flag once;
    std::call_once(once, [] { cmark_gfm_core_extensions_ensure_registered(); });

    const int options = CMARK_OPT_UNSAFE | CMARK_OPT_VALIDATE_UTF8;
    cmark_parser *parser = cmark_parser_new(options);
    for (const char *name : {"table", "strikethrough", "autolink"}) {
        if (cmark_syntax_extension *ext = cmark_find_syntax_extension(name))
            cmark_parser_attach_syntax_extension(parser, ext);
    }
    cmark_parser_feed(parser, markdown.constData(), static_cast<size_t>(markdown.size()));
    cmark_node *doc = cmark_parser_finish(parser);
    char *html = cmark_render_html(doc, options, cmark_parser_get_syntax_extensions(parser));
    QByteArray out(html);
    std::free(html);
    cmark_node_free(doc);
    cmark_parser_free(parser);
    return out;
}

} // namespace GravDesk
