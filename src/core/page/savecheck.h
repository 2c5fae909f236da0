#pragma once

#include <QByteArray>
#include <QString>

namespace GravDesk {

/**
 * The check every page save passes before a byte is written: the header Grav would read from the
 * bytes about to be written must be the header the user is shown (the form and the YAML tab show
 * @p shownHeader, the header text as edited). Returns "" when it is, else a sentence saying why not,
 * for the user.
 *
 * It catches what a surgical edit alone cannot: a header whose last line lost its line break (Grav
 * then finds no closing `---`), a line in the header that starts with `---` (Grav ends the header
 * there), an emptied header (Grav needs at least one character between the `---` lines), and a page
 * without a header whose text now starts with a `---` block (Grav would read it as a header).
 *
 * @p shownHasHeader: the user is shown a header (false for a page file without one).
 */
QString pageWriteProblem(const QByteArray &bytes, const QByteArray &shownHeader, bool shownHasHeader);

} // namespace GravDesk
