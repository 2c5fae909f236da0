#include "command.h"
#include "io/safefile.h"
#include "page/envelope.h"
#include "page/frontmatterdocument.h"
#include "page/pagedocument.h"
#include "site/sitelayout.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <QTextStream>

namespace GravDesk::Cli {
namespace {

QStringList markdownFiles(const QString &folder)
{
    QStringList files;
    QDirIterator it(folder, {QStringLiteral("*.md")}, QDir::Files, QDirIterator::Subdirectories);
    while (it.hasNext())
        files.append(it.next());
    files.sort();
    return files;
}

// Why the bytes GravDesk would write for an untouched page differ from the file ("" when they do not).
QString roundTripProblem(const QString &path, const QByteArray &raw)
{
    const Envelope env = splitEnvelope(raw);
    const FrontMatterDocument doc = FrontMatterDocument::fromEnvelope(env);
    if (doc.text() != headerBytes(env))
        return QCoreApplication::translate("GravDesk::Cli", "the header text is not kept byte for byte");
    if (composeWithHeader(env, doc.text()) != raw)
        return QCoreApplication::translate("GravDesk::Cli", "header and body put together differ from the file");
    if (composePage(env, doc.text(), env.rawBody()) != raw)
        return QCoreApplication::translate("GravDesk::Cli", "header, envelope and body put together differ from the file");
    const PageDocument page(path, raw, QString());
    if (page.composedBytes() != raw)
        return QCoreApplication::translate("GravDesk::Cli", "the page document would write different bytes");
    return {};
}

int runRoundTrip(const QStringList &args, QTextStream &out, QTextStream &err)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QCoreApplication::translate(
        "GravDesk::Cli", "Load and re-compose pages in memory; report any whose bytes would change."));
    parser.addHelpOption();
    parser.addPositionalArgument(QStringLiteral("roundtrip"), QCoreApplication::translate("GravDesk::Cli", "The command."));
    parser.addPositionalArgument(QStringLiteral("SITE_OR_FILES"),
        QCoreApplication::translate("GravDesk::Cli", "A Grav site, a folder or page files."), QStringLiteral("…"));
    if (const int code = parseOrExit(parser, args, out, err); code >= 0)
        return code;
    const QStringList pos = parser.positionalArguments().mid(1);
    if (pos.isEmpty()) {
        err << QCoreApplication::translate("GravDesk::Cli", "usage: %1")
                   .arg(QStringLiteral("gravdesk-cli roundtrip SITE_OR_FILES…"))
            << Qt::endl;
        return 2;
    }
    QStringList files;
    for (const QString &arg : pos) {
        const QFileInfo info(arg);
        if (info.isFile()) {
            files.append(info.absoluteFilePath());
        } else if (info.isDir()) {
            const SiteLayout layout = locateSite(arg);
            files += markdownFiles(layout.isValid() ? layout.pagesDir : info.absoluteFilePath());
        } else {
            err << "gravdesk-cli roundtrip: "
                << QCoreApplication::translate("GravDesk::Cli", "no such file or folder: %1").arg(arg) << Qt::endl;
            return 2;
        }
    }
    int changed = 0, unreadable = 0, notEditable = 0;
    for (const QString &path : std::as_const(files)) {
        const FileRead file = readRegularFile(path);
        if (!file.ok) {
            err << file.error << Qt::endl;
            ++unreadable;
            continue;
        }
        const QByteArray &raw = file.bytes;
        if (const QString problem = roundTripProblem(path, raw); !problem.isEmpty()) {
            // "CHANGED" and "note" are markers scripts look for, like check's severities: the same in every language.
            out << "CHANGED " << path << ": " << problem << "\n";
            ++changed;
            continue;
        }
        const FrontMatterDocument doc = FrontMatterDocument::fromEnvelope(splitEnvelope(raw));
        if (!doc.isEditable()) {
            out << "note " << path << ": "
                << QCoreApplication::translate("GravDesk::Cli", "kept as is, but its header cannot be edited field by field: %1")
                       .arg(doc.editError())
                << "\n";
            ++notEditable;
        }
    }
    const QString counts = unreadable
        ? QCoreApplication::translate(
            "GravDesk::Cli", "%1 pages, %2 would change, %3 with a header that is not editable, %4 unreadable")
              .arg(files.size())
              .arg(changed)
              .arg(notEditable)
              .arg(unreadable)
        : QCoreApplication::translate("GravDesk::Cli", "%1 pages, %2 would change, %3 with a header that is not editable")
              .arg(files.size())
              .arg(changed)
              .arg(notEditable);
    out << counts << "\n";
    out.flush();
    return changed > 0 || unreadable > 0 ? 1 : 0;
}

const RegisterCommand registration {{"roundtrip", "roundtrip SITE_OR_FILES…",
    QT_TRANSLATE_NOOP("GravDesk::Cli",
        "Load every page and compose it again in memory, as GravDesk saves it; report any\n"
        "page whose bytes would change. Exits 1 when one would."),
    &runRoundTrip}};

} // namespace
} // namespace GravDesk::Cli
