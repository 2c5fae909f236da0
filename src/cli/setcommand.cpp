#include "command.h"
#include "io/safefile.h"
#include "io/siteworkspace.h"
#include "page/envelope.h"
#include "page/frontmatterdocument.h"
#include "site/gravdate.h"
#include "site/siteconfig.h"
#include "site/sitelayout.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QLocale>
#include <QTextStream>

#include <vector>

namespace GravDesk::Cli {
namespace {

// The site a page file belongs to (for its date format and time zone): the nearest `pages` folder above it.
bool siteOf(const QString &file, SiteConfig &config)
{
    QDir dir = QFileInfo(file).absoluteDir();
    for (int i = 0; i < 32; ++i) {
        if (dir.dirName() == QLatin1String("pages")) {
            const SiteLayout layout = locateSite(dir.absolutePath());
            if (layout.isValid()) {
                config = SiteConfig::load(layout);
                return true;
            }
        }
        if (!dir.cdUp())
            break;
    }
    return false;
}

bool convert(const QString &text, const QString &type, const FrontMatterDocument &doc, const QTimeZone &zone, QVariant &value,
    QString &error)
{
    if (type == QLatin1String("string")) {
        value = text;
        return true;
    }
    if (type == QLatin1String("null")) {
        value = QVariant();
        return true;
    }
    if (type == QLatin1String("bool")) {
        const QString t = text.trimmed().toLower();
        if (t == QLatin1String("true") || t == QLatin1String("yes") || t == QLatin1String("on") || t == QLatin1String("1"))
            value = true;
        else if (t == QLatin1String("false") || t == QLatin1String("no") || t == QLatin1String("off") || t == QLatin1String("0"))
            value = false;
        else {
            error = QCoreApplication::translate("GravDesk::Cli", "\"%1\" is not a boolean (true or false)").arg(text);
            return false;
        }
        return true;
    }
    if (type == QLatin1String("int")) {
        bool ok = false;
        const qlonglong v = text.trimmed().toLongLong(&ok);
        if (!ok) {
            error = QCoreApplication::translate("GravDesk::Cli", "\"%1\" is not an integer").arg(text);
            return false;
        }
        value = v;
        return true;
    }
    if (type == QLatin1String("float")) {
        bool ok = false;
        const double v = QLocale::c().toDouble(text.trimmed(), &ok);
        if (!ok) {
            error = QCoreApplication::translate("GravDesk::Cli", "\"%1\" is not a number").arg(text);
            return false;
        }
        value = v;
        return true;
    }
    if (type == QLatin1String("list")) {
        QStringList items;
        for (const QString &item : text.split(QLatin1Char(','))) {
            if (!item.trimmed().isEmpty())
                items.append(item.trimmed());
        }
        value = items;
        return true;
    }
    if (type == QLatin1String("date")) {
        // The page's own format first (what the file already uses), then ISO forms.
        QDateTime dt = parsePhpFormat(text.trimmed(), doc.dateFormat(), zone);
        if (!dt.isValid()) {
            for (const QString &f :
                {QStringLiteral("yyyy-MM-dd HH:mm"), QStringLiteral("yyyy-MM-dd HH:mm:ss"), QStringLiteral("yyyy-MM-dd")}) {
                const QDateTime local = QDateTime::fromString(text.trimmed(), f);
                if (local.isValid()) {
                    dt = QDateTime(local.date(), local.time(), zone);
                    break;
                }
            }
        }
        if (!dt.isValid())
            dt = QDateTime::fromString(text.trimmed(), Qt::ISODate);
        if (!dt.isValid()) {
            error = QCoreApplication::translate("GravDesk::Cli", "\"%1\" is not a date (write it as %2 or YYYY-MM-DD HH:MM)")
                        .arg(text, doc.dateFormat());
            return false;
        }
        value = dt;
        return true;
    }
    error = QCoreApplication::translate("GravDesk::Cli", "unknown type \"%1\" (string, bool, int, float, date, list, null)")
                .arg(type);
    return false;
}

// A line diff of the header (small: headers are tens of lines), printed with the file's line numbers.
void printDiff(QTextStream &out, const QString &path, const QList<QByteArray> &a, const QList<QByteArray> &b, int firstLine)
{
    const int n = static_cast<int>(a.size()), m = static_cast<int>(b.size());
    std::vector<std::vector<int>> lcs(static_cast<size_t>(n + 1), std::vector<int>(static_cast<size_t>(m + 1), 0));
    for (int i = n - 1; i >= 0; --i)
        for (int j = m - 1; j >= 0; --j)
            lcs[i][j] = a[i] == b[j] ? lcs[i + 1][j + 1] + 1 : std::max(lcs[i + 1][j], lcs[i][j + 1]);
    out << "--- " << path << "\n+++ " << path << "\n";
    int i = 0, j = 0;
    while (i < n || j < m) {
        if (i < n && j < m && a[i] == b[j]) {
            ++i;
            ++j;
            continue;
        }
        const int i0 = i, j0 = j;
        QStringList removed, added;
        while ((i < n || j < m) && !(i < n && j < m && a[i] == b[j])) {
            if (i < n && (j >= m || lcs[i + 1][j] >= lcs[i][j + 1]))
                removed.append(QString::fromUtf8(a[i++]));
            else
                added.append(QString::fromUtf8(b[j++]));
        }
        out << "@@ -" << firstLine + i0 << ',' << removed.size() << " +" << firstLine + j0 << ',' << added.size() << " @@\n";
        for (const QString &l : std::as_const(removed))
            out << '-' << l << '\n';
        for (const QString &l : std::as_const(added))
            out << '+' << l << '\n';
    }
}

QString nothingChanged()
{
    return QCoreApplication::translate("GravDesk::Cli", "Nothing was changed.");
}

// "WHAT: WHY; nothing was changed", in the interface language.
QString notChanged(const QString &what, const QString &why)
{
    return QCoreApplication::translate("GravDesk::Cli", "%1: %2; nothing was changed").arg(what, why);
}

int runSet(const QStringList &args, QTextStream &out, QTextStream &err)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        QCoreApplication::translate("GravDesk::Cli", "Set header fields of a page file, changing only their lines."));
    parser.addHelpOption();
    parser.addPositionalArgument(QStringLiteral("set"), QCoreApplication::translate("GravDesk::Cli", "The command."));
    parser.addPositionalArgument(QStringLiteral("FILE"), QCoreApplication::translate("GravDesk::Cli", "The page file."));
    parser.addPositionalArgument(
        QStringLiteral("key.path=VALUE"), QCoreApplication::translate("GravDesk::Cli", "Fields to set."), QStringLiteral("…"));
    const QCommandLineOption type(QStringLiteral("type"),
        QCoreApplication::translate(
            "GravDesk::Cli", "How VALUE is read: string (default), bool, int, float, date, list (comma-separated), null."),
        QStringLiteral("type"), QStringLiteral("string"));
    const QCommandLineOption remove(QStringLiteral("remove"),
        QCoreApplication::translate("GravDesk::Cli", "Remove a key (may be repeated)."), QStringLiteral("key.path"));
    const QCommandLineOption dryRun(
        QStringLiteral("dry-run"), QCoreApplication::translate("GravDesk::Cli", "Print the changed lines instead of writing."));
    parser.addOption(type);
    parser.addOption(remove);
    parser.addOption(dryRun);
    if (!parser.parse(args)) {
        err << "gravdesk-cli set: " << parser.errorText() << Qt::endl;
        return 2;
    }
    if (parser.isSet(QStringLiteral("help"))) {
        out << parser.helpText();
        return 0;
    }
    const QStringList pos = parser.positionalArguments();
    const QStringList removals = parser.values(remove);
    if (pos.size() < 2 || (pos.size() < 3 && removals.isEmpty())) {
        err << QCoreApplication::translate("GravDesk::Cli", "usage: %1")
                   .arg(QStringLiteral("gravdesk-cli set [--type string|bool|int|float|date|list|null] [--remove key.path] "
                                       "[--dry-run] FILE key.path=VALUE…"))
            << Qt::endl;
        return 2;
    }
    const QString path = pos[1];
    const FileRead file = readRegularFile(path);
    if (file.kind == FileRead::Error::NotFound) {
        err << "gravdesk-cli set: " << QCoreApplication::translate("GravDesk::Cli", "no such file: %1").arg(path) << Qt::endl;
        return 2;
    }
    if (!file.ok) {
        err << "gravdesk-cli set: " << file.error << ' ' << nothingChanged() << Qt::endl;
        return 1;
    }
    const QByteArray &raw = file.bytes;
    const Envelope env = splitEnvelope(raw);
    if (!env.validUtf8) {
        err << "gravdesk-cli set: "
            << QCoreApplication::translate("GravDesk::Cli", "%1: the file is not valid UTF-8; nothing was changed").arg(path)
            << Qt::endl;
        return 1;
    }
    FrontMatterDocument doc = FrontMatterDocument::fromEnvelope(env);
    if (!doc.isEditable()) {
        err << "gravdesk-cli set: " << notChanged(path, doc.editError()) << Qt::endl;
        return 1;
    }
    SiteConfig config;
    const bool inSite = siteOf(path, config);
    const QTimeZone zone = inSite ? config.timeZone() : QTimeZone::systemTimeZone();
    doc.setDateContext(inSite ? config.dateFormatDefault() : QString(), zone);

    for (const QString &key : removals) {
        const FrontMatterEditResult r = doc.remove(key);
        if (!r.ok) {
            err << "gravdesk-cli set: " << notChanged(path, r.error) << Qt::endl;
            return 1;
        }
    }
    for (const QString &assignment : pos.mid(2)) {
        const qsizetype eq = assignment.indexOf(QLatin1Char('='));
        if (eq <= 0) {
            err << "gravdesk-cli set: "
                << QCoreApplication::translate("GravDesk::Cli", "\"%1\" is not key.path=VALUE").arg(assignment) << Qt::endl;
            return 2;
        }
        QVariant value;
        QString error;
        if (!convert(assignment.mid(eq + 1), parser.value(type), doc, zone, value, error)) {
            err << "gravdesk-cli set: " << notChanged(assignment.left(eq), error) << Qt::endl;
            return 2;
        }
        const FrontMatterEditResult r = doc.setValue(assignment.left(eq), value);
        if (!r.ok) {
            err << "gravdesk-cli set: " << notChanged(path, r.error) << Qt::endl;
            return 1;
        }
    }
    if (!doc.isModified()) {
        out << QCoreApplication::translate("GravDesk::Cli", "%1: unchanged").arg(path) << "\n";
        return 0;
    }
    const QByteArray bytes = composeWithHeader(env, doc.text());
    if (parser.isSet(dryRun)) {
        printDiff(out, path, FrontMatterDocument::splitLines(headerBytes(env)), FrontMatterDocument::splitLines(doc.text()),
            env.hasHeader ? env.headerFirstLine : 1);
        return 0;
    }
    // Through the site's workspace: refused outside the site or through a link leading out, on a
    // read-only file, when another program changed the file meanwhile, or when Grav would read another
    // header from the bytes. A file outside any site is written in its own folder only.
    SiteLayout layout = siteAround(path);
    if (!layout.isValid()) {
        layout.root = layout.userDir = QFileInfo(path).absolutePath();
        layout.pagesDir = layout.root;
    }
    SiteWorkspace workspace(layout);
    WriteOptions options;
    options.expectedCurrent = raw;
    options.shownHeader = doc.text();
    const IoResult w = workspace.write(path, bytes, options);
    if (!w.ok) {
        err << "gravdesk-cli set: " << w.error << ' ' << nothingChanged() << Qt::endl;
        return 1;
    }
    out << QCoreApplication::translate("GravDesk::Cli", "%1: updated").arg(path) << "\n";
    return 0;
}

const RegisterCommand registration {{"set", "set [--type T] [--remove KEY] [--dry-run] FILE key.path=VALUE…",
    QT_TRANSLATE_NOOP("GravDesk::Cli",
        "Set header fields of a page (VALUE is a string unless --type says otherwise: bool,\n"
        "int, float, date, list, null). Only the fields' lines change; --dry-run prints them."),
    &runSet}};

} // namespace
} // namespace GravDesk::Cli
