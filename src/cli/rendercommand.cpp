#include "command.h"
#include "io/safefile.h"
#include "markdown/gravrenderer.h"
#include "site/pageindex.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QSet>
#include <QTextStream>
#include <QVector>
#include <QtConcurrent/QtConcurrentMap>
#include <QtConcurrent/QtConcurrentRun>

#include <algorithm>
#include <deque>
#include <memory>
#include <mutex>
#include <numeric>

#ifdef Q_OS_UNIX
#include <fcntl.h>
#include <unistd.h>

#include <cerrno>
#endif

namespace GravDesk::Cli {
namespace {

// One renderer per site: scanning the site (routes, media) is done once for all its pages.
class SiteCache
{
public:
    /// The renderer for the site that contains the page file @p path (a site-less one when none does).
    const GravRenderer &forFile(const QString &path, QString *pagesDir)
    {
        // a batch asks for every file of a folder: the site is looked up once per folder. An absolute path's
        // folder is its text up to the last '/' (lookUp() cleans it): no QFileInfo per file.
        const qsizetype slash = path.lastIndexOf(QChar(u'/'));
        const QString folder = slash > 0 && QDir::isAbsolutePath(path) ? path.left(slash) : QFileInfo(path).absolutePath();
        const auto known = m_folders.constFind(folder);
        if (known != m_folders.constEnd()) {
            *pagesDir = *known;
            return known->isEmpty() ? m_siteless : *m_sites.value(*known);
        }
        const GravRenderer &r = lookUp(path, folder, pagesDir);
        m_folders.insert(folder, *pagesDir);
        return r;
    }

    /// The renderer for the site whose pages folder is or holds the absolute, clean @p folder; nullptr when none.
    const GravRenderer *forFolder(const QString &folder, QString *pagesDir)
    {
        const GravRenderer &r = lookUp(folder, folder, pagesDir);
        return pagesDir->isEmpty() ? nullptr : &r;
    }

private:
    // The nearest site, from @p folder upwards, whose pages folder holds @p path.
    const GravRenderer &lookUp(const QString &path, const QString &folder, QString *pagesDir)
    {
        const QString file = QFileInfo(path).absoluteFilePath() + QChar(u'/');
        QDir dir(folder);
        while (true) {
            const SiteLayout &layout = layoutOf(dir.absolutePath());
            if (layout.isValid() && file.startsWith(QString(layout.pagesDir + QChar(u'/')))) {
                auto it = m_sites.find(layout.pagesDir);
                if (it == m_sites.end()) {
                    const SiteConfig config = SiteConfig::load(layout);
                    it = m_sites.insert(layout.pagesDir, std::make_shared<GravRenderer>(scanSite(layout, config)));
                    (*it)->setSnapshot(true); // one run over files that stay as they are
                }
                *pagesDir = layout.pagesDir;
                return **it;
            }
            if (!dir.cdUp())
                break;
        }
        pagesDir->clear();
        return m_siteless;
    }

    // Sibling page folders share their ancestors: each folder is examined once.
    const SiteLayout &layoutOf(const QString &dir)
    {
        auto it = m_layouts.find(dir);
        if (it == m_layouts.end())
            it = m_layouts.insert(dir, locateSite(dir));
        return *it;
    }

    QHash<QString, QString> m_folders; // folder → pages folder of its site ("" for none)
    QHash<QString, SiteLayout> m_layouts; // folder → locateSite() of it
    QHash<QString, std::shared_ptr<GravRenderer>> m_sites;
    GravRenderer m_siteless;
};

// Appends every *.md file below @p folder (the suffix in any case; hidden entries and links to folders
// skipped: what QDirIterator(folder, {"*.md"}, QDir::Files, Subdirectories) finds), one listFolder() a folder.
void findPageFiles(const QString &folder, QStringList &found)
{
    const QString prefix = folder.endsWith(QChar(u'/')) ? folder : folder + QChar(u'/');
    for (const FolderEntry &e : listFolder(folder)) {
        if (e.isHidden)
            continue;
        if (e.isDir) {
            if (!e.isSymLink)
                findPageFiles(prefix + e.name, found);
        } else if (e.isFile && e.name.endsWith(QLatin1String(".md"), Qt::CaseInsensitive)) {
            found.append(prefix + e.name);
        }
    }
}

// Writes @p bytes into @p path, replacing its contents. On Unix one open(), write(), ftruncate() and close():
// QFile adds a stat(), an fstat() and a copy into its buffer for every file. An existing file is overwritten
// in place and then cut to the new length instead of opened with O_TRUNC: ext4 treats a file truncated to
// zero and written again as a replaced file and allocates its blocks at close(), which made re-rendering a
// site into the same folder spend most of its time in the kernel.
bool writeOutput(const QString &path, const QByteArray &bytes)
{
#ifdef Q_OS_UNIX
    const int fd = ::open(QFile::encodeName(path).constData(), O_WRONLY | O_CREAT | O_CLOEXEC, 0666);
    if (fd < 0)
        return false;
    const char *data = bytes.constData();
    qsizetype left = bytes.size();
    while (left > 0) {
        const ssize_t n = ::write(fd, data, static_cast<size_t>(left));
        if (n < 0 && errno == EINTR)
            continue;
        if (n < 0) {
            ::close(fd);
            return false;
        }
        data += n;
        left -= n;
    }
    const bool cut = ::ftruncate(fd, static_cast<off_t>(bytes.size())) == 0;
    return ::close(fd) == 0 && cut;
#else
    QFile f(path);
    return f.open(QIODevice::WriteOnly | QIODevice::Truncate) && f.write(bytes) == bytes.size() && f.flush();
#endif
}

// A renderer's note: marked as a warning when it is about content GravDesk does not render.
QString warningLine(const QString &note, bool unrendered)
{
    return unrendered ? QCoreApplication::translate("GravDesk::Cli", "warning: %1").arg(note) : note;
}

int runRender(const QStringList &args, QTextStream &out, QTextStream &err)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        QCoreApplication::translate("GravDesk::Cli", "Render page files to the HTML Grav 1.7 publishes (page.content)."));
    parser.addHelpOption();
    parser.addPositionalArgument(QStringLiteral("render"), QCoreApplication::translate("GravDesk::Cli", "The command."));
    parser.addPositionalArgument(
        QStringLiteral("FILE"), QCoreApplication::translate("GravDesk::Cli", "Page file(s); with --out also sites or folders."));
    const QCommandLineOption outDir(QStringLiteral("out"),
        QCoreApplication::translate("GravDesk::Cli", "Write DIR/<path in the pages folder>.html for every page."),
        QStringLiteral("DIR"));
    const QCommandLineOption summary(
        QStringLiteral("summary"), QCoreApplication::translate("GravDesk::Cli", "Print page.summary instead of page.content."));
    const QCommandLineOption lang(QStringLiteral("lang"),
        QCoreApplication::translate("GravDesk::Cli", "Active language (default: from the file name)."), QStringLiteral("CODE"));
    const QCommandLineOption folder(QStringLiteral("page-folder"),
        QCoreApplication::translate("GravDesk::Cli", "Page folder relative to the pages folder, for a file outside a site."),
        QStringLiteral("PATH"));
    const QCommandLineOption md5(QStringLiteral("owl-md5"),
        QCoreApplication::translate("GravDesk::Cli", "Grav's md5-based owl-carousel ids instead of owl-1, owl-2, ..."));
    const QCommandLineOption noExternal(
        QStringLiteral("no-external-links"), QCoreApplication::translate("GravDesk::Cli", "Skip the external_links pass."));
    const QCommandLineOption warnings(QStringLiteral("warnings"),
        QCoreApplication::translate(
            "GravDesk::Cli", "Print all warnings to stderr (those about content GravDesk does not render are always printed)."));
    const QCommandLineOption siteUrl(QStringLiteral("site-url"),
        QCoreApplication::translate(
            "GravDesk::Cli", "The site's address, instead of system.yaml's custom_base_url or GravDesk's site_url (\"\": none)."),
        QStringLiteral("URL"));
    for (const auto &o : {outDir, summary, lang, folder, md5, noExternal, warnings, siteUrl})
        parser.addOption(o);
    if (const int code = parseOrExit(parser, args, out, err); code >= 0)
        return code;
    QStringList inputs = parser.positionalArguments().mid(1);
    if (inputs.isEmpty() || (!parser.isSet(outDir) && inputs.size() != 1)) {
        err << QCoreApplication::translate("GravDesk::Cli", "usage: %1")
                   .arg(QStringLiteral("gravdesk-cli render FILE [--summary] | render --out DIR FILE_OR_SITE..."))
            << Qt::endl;
        return 2;
    }
    RenderOptions options;
    options.language = parser.value(lang);
    options.pageFolder = parser.value(folder);
    options.owlIdsFromMd5 = parser.isSet(md5);
    options.externalLinks = !parser.isSet(noExternal);
    options.summary = parser.isSet(summary);
    options.utf8 = true; // written out as it is
    if (parser.isSet(siteUrl))
        options.siteUrl = parser.value(siteUrl).isNull() ? QStringLiteral("") : parser.value(siteUrl);

    SiteCache sites;
    if (!parser.isSet(outDir)) {
        const QString file = inputs.first();
        // A FIFO, a device or a file over the limit is refused by renderFile() with a message naming it.
        if (checkRegularFile(file).kind == FileRead::Error::NotFound || QFileInfo(file).isDir()) {
            err << "gravdesk-cli: " << QCoreApplication::translate("GravDesk::Cli", "no such file: %1").arg(file) << Qt::endl;
            return 2;
        }
        QString pagesDir;
        const GravRenderer &renderer = sites.forFile(file, &pagesDir);
        const RenderResult r = renderer.renderFile(file, options);
        if (!r.ok) {
            err << "gravdesk-cli: " << r.error << Qt::endl;
            return 1;
        }
        for (const QString &w : parser.isSet(warnings) ? r.warnings : r.unrendered)
            err << "gravdesk-cli: " << warningLine(w, r.unrendered.contains(w)) << Qt::endl;
        out << QString::fromUtf8(options.summary ? r.summaryUtf8 : r.htmlUtf8);
        out.flush();
        return 0;
    }

    // Batch: every *.md below each input (a site root, pages folder, page folder or file).
    struct Input
    {
        QStringList files;
        const GravRenderer *site = nullptr; // the site of all the files; nullptr: looked up for each file's folder
        QString pagesDir;
    };
    QVector<Input> batch;
    for (const QString &in : std::as_const(inputs)) {
        const QFileInfo fi(in);
        Input &input = batch.emplace_back();
        if (fi.isFile()) {
            input.files.append(fi.absoluteFilePath());
            continue;
        }
        if (!fi.isDir()) {
            err << "gravdesk-cli: " << QCoreApplication::translate("GravDesk::Cli", "no such file or folder: %1").arg(in)
                << Qt::endl;
            return 2;
        }
        const SiteLayout layout = locateSite(in);
        const QString root = layout.isValid() && !QFileInfo(in).absoluteFilePath().startsWith(layout.pagesDir)
            ? layout.pagesDir
            : fi.absoluteFilePath();
        // The page files are listed on another core while the site is scanned: the scan's own walk is serial.
        QFuture<QStringList> listing = QtConcurrent::run([root] {
            QStringList found;
            findPageFiles(root, found);
            found.sort();
            return found;
        });
        // Everything below a pages folder belongs to its site: the site is found once, not for every page folder.
        input.site = sites.forFolder(QDir::cleanPath(root), &input.pagesDir);
        input.files = listing.result();
    }
    // Inputs that overlap (a site and its pages folder, a page file and its site): each page once, or two
    // threads would render it and write the same file at the same time.
    QSet<QString> seen;
    for (Input &input : batch)
        input.files.removeIf([&seen](const QString &file) {
            const QString key = QDir::cleanPath(file);
            if (seen.contains(key))
                return true;
            seen.insert(key);
            return false;
        });
    // Sites are scanned up front; then the pages render and are written on all cores
    // (render() is const and thread-safe). The outputs are generated files: written in place, without the
    // fsync of an atomic save, which made a 60 000-page run wait on the disk.
    // A target folder is created by the first job that writes into it, on the render threads: creating the
    // folders overlaps rendering instead of preceding it.
    struct TargetDir
    {
        QString path;
        std::once_flag created;
    };
    std::deque<TargetDir> targetDirs; // stable addresses: once_flag cannot move
    struct Job
    {
        TargetDir *dir = nullptr;
        QString file;
        const GravRenderer *renderer = nullptr;
        QString rel;
        QString target;
        QString error;
        QStringList warnings;
        QStringList unrendered;
    };
    QVector<Job> jobs;
    jobs.reserve(std::accumulate(
        batch.cbegin(), batch.cend(), qsizetype(0), [](qsizetype n, const Input &input) { return n + input.files.size(); }));
    QHash<QString, TargetDir *> dirOf;
    QString lastRelDir; // the page files of a folder come one after the other: their target folder is found once
    const QDir outRoot(parser.value(outDir));
    for (const Input &input : std::as_const(batch)) {
        for (const QString &file : input.files) {
            Job job;
            QString pagesDir = input.pagesDir;
            job.file = file;
            job.renderer = input.site ? input.site : &sites.forFile(file, &pagesDir);
            if (pagesDir.isEmpty())
                job.rel = QFileInfo(file).fileName();
            else if (file.startsWith(pagesDir + QChar(u'/'))) // what the walk below a pages folder gives
                job.rel = file.mid(pagesDir.size() + 1);
            else
                job.rel = QDir(pagesDir).relativeFilePath(file);
            job.target = outRoot.filePath(job.rel + QStringLiteral(".html"));
            const QStringView relDir = QStringView(job.rel).left(std::max<qsizetype>(0, job.rel.lastIndexOf(QChar(u'/'))));
            if (jobs.isEmpty() || relDir != lastRelDir) {
                lastRelDir = relDir.toString();
                // the target's folder is its text up to the last '/' (mkpath() takes it as it is)
                const qsizetype slash = job.target.lastIndexOf(QChar(u'/'));
                const QString dir = slash > 0 ? job.target.left(slash) : QFileInfo(job.target).absolutePath();
                TargetDir *&known = dirOf[dir];
                if (!known) {
                    known = &targetDirs.emplace_back();
                    known->path = dir;
                }
                job.dir = known;
            } else {
                job.dir = jobs.constLast().dir;
            }
            jobs.append(std::move(job));
        }
    }
    const bool wantSummary = parser.isSet(summary);
    QtConcurrent::blockingMap(jobs, [&options, wantSummary](Job &job) {
        std::call_once(job.dir->created, [&job] { QDir().mkpath(job.dir->path); });
        const RenderResult r = job.renderer->renderFile(job.file, options);
        if (!r.ok) {
            job.error = r.error;
            return;
        }
        job.warnings = r.warnings;
        job.unrendered = r.unrendered;
        if (!writeOutput(job.target, wantSummary ? r.summaryUtf8 : r.htmlUtf8))
            job.error = QCoreApplication::translate("GravDesk::Cli", "cannot write %1").arg(job.target);
    });
    int failures = 0;
    const bool wantWarnings = parser.isSet(warnings);
    for (const Job &job : std::as_const(jobs)) {
        if (!job.error.isEmpty()) {
            err << "gravdesk-cli: " << job.error << Qt::endl;
            ++failures;
            continue;
        }
        for (const QString &w : wantWarnings ? job.warnings : job.unrendered)
            err << job.rel << ": " << warningLine(w, job.unrendered.contains(w)) << Qt::endl;
    }
    out << QCoreApplication::translate("GravDesk::Cli", "%1 pages rendered into %2")
               .arg(jobs.size() - failures)
               .arg(parser.value(outDir))
        << "\n";
    out.flush();
    return failures > 0 ? 1 : 0;
}

const RegisterCommand registration {{"render", "render FILE [--summary] | render --out DIR FILE_OR_SITE...",
    QT_TRANSLATE_NOOP("GravDesk::Cli",
        "Print the HTML Grav 1.7 publishes for a page (page.content, or page.summary with\n"
        "--summary); with --out render many pages in one run into DIR/<path>.html."),
    &runRender}};

} // namespace
} // namespace GravDesk::Cli
