#include "savecheck.h"

#include "page/envelope.h"
#include "page/frontmatter.h"

#include <QCoreApplication>

namespace GravDesk {
namespace {

QByteArray toLf(QByteArray text)
{
    text.replace("\r\n", "\n");
    text.replace('\r', '\n');
    return text;
}

} // namespace

QString pageWriteProblem(const QByteArray &bytes, const QByteArray &shownHeader, bool shownHasHeader)
{
    const Envelope written = splitEnvelope(bytes);
    if (!written.validUtf8)
        return QCoreApplication::translate(
            "GravDesk::SaveCheck", "The text about to be written is not valid UTF-8, so Grav would not read its header.");
    if (!shownHasHeader) {
        if (written.hasHeader)
            return QCoreApplication::translate("GravDesk::SaveCheck",
                "The text starts with a block between two “---” lines. Grav would read it as the page's header, "
                "not as text. Add a blank line or other text before the first “---” line.");
        return QString();
    }
    if (!written.hasHeader)
        return QCoreApplication::translate("GravDesk::SaveCheck",
            "Grav would find no header in the file about to be written: it would publish the header as text, "
            "without the title, and ignore settings such as “published”. Check that the header is not empty.");

    // The shown header, read the way Grav reads a header: between `---` lines, LF, its tab rule.
    QByteArray shown = toLf(shownHeader);
    if (!shown.endsWith('\n'))
        shown += '\n';
    // A line of the header that starts with `---` ends Grav's header there (even the first one: the page
    // would start with two `---` lines, which no reader of the YAML tab expects).
    const QList<QByteArray> lines = shown.split('\n');
    for (qsizetype line = 0; line < lines.size(); ++line) {
        if (lines.at(line).startsWith("---"))
            return QCoreApplication::translate("GravDesk::SaveCheck",
                "Line %1 of the header starts with “---”. Grav ends the header at such a line and would publish "
                "the rest as text. Remove the line or indent it.")
                .arg(line + 1);
    }
    const Envelope alone = splitEnvelope(QByteArrayLiteral("---\n") + shown + QByteArrayLiteral("---\n"));
    if (!alone.hasHeader)
        return QCoreApplication::translate(
            "GravDesk::SaveCheck", "The header is empty. Grav needs at least one line between the “---” lines.");
    if (written.headerText == alone.headerText)
        return QString();
    const HeaderParse wrote = parseHeader(written.headerText);
    const HeaderParse meant = parseHeader(alone.headerText);
    if (wrote.accepted == meant.accepted && wrote.values == meant.values && wrote.keyOrder == meant.keyOrder)
        return QString();
    return QCoreApplication::translate("GravDesk::SaveCheck",
        "The header Grav would read from the file differs from the header shown, so nothing was written. "
        "Check the header's first and last lines.");
}

} // namespace GravDesk
