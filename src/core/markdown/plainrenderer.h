#pragma once

#include <QByteArray>

namespace GravDesk {

/**
 * Markdown → HTML through cmark-gfm with the GFM table, strikethrough and
 * autolink extensions. Raw HTML passes through: the preview that shows it is
 * sandboxed. This is the plain CommonMark view; Grav's own dialect is
 * layered on top elsewhere.
 */
QByteArray renderPlainMarkdown(const QByteArray &markdown);

} // namespace GravDesk
