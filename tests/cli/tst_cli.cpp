// gravdesk-cli as a user runs it: exit codes, text and JSON output.
#include "fileutil.h"
#include "programrun.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMap>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>

namespace {
// Writes @p rel below @p dir, creating its folders.
bool writeBelow(const QTemporaryDir &dir, const QString &rel, const QByteArray &bytes)
{
    const QString path = dir.filePath(rel);
    return QDir().mkpath(QFileInfo(path).absolutePath()) && GravDesk::writeFile(path, bytes);
}
} // namespace

class TestCli : public QObject
{
    Q_OBJECT

private:
    using Run = GravDesk::ProgramRun;

    static Run run(const QStringList &args) { return GravDesk::runProgram(QStringLiteral(GRAVDESK_CLI), args, 60000); }

    static QString corpus() { return QStringLiteral(GRAVDESK_SOURCE_DIR "/../shared/corpus/hemcenter"); }

private Q_SLOTS:
    void versionAndHelp()
    {
        const Run v = run({QStringLiteral("--version")});
        QCOMPARE(v.code, 0);
        QVERIFY(v.out.startsWith("gravdesk-cli " GRAVDESK_VERSION));
        const Run h = run({QStringLiteral("--help")});
        QCOMPARE(h.code, 0);
        QVERIFY(h.out.contains("index SITE"));
        const Run bad = run({QStringLiteral("frobnicate")});
        QCOMPARE(bad.code, 2);
        QVERIFY(bad.err.contains("unknown command"));
    }

    void notASite()
    {
        QTemporaryDir dir;
        const Run r = run({QStringLiteral("index"), dir.path()});
        QCOMPARE(r.code, 2);
        QVERIFY(r.err.contains("holds no Grav pages"));
    }

    void sampleSiteIsClean()
    {
        const Run r = run(
            {QStringLiteral("index"), QStringLiteral(GRAVDESK_SOURCE_DIR "/examples/sample-site"), QStringLiteral("--json")});
        QCOMPARE(r.code, 0);
        const QJsonObject root = QJsonDocument::fromJson(r.out).object();
        QCOMPARE(root.value(QStringLiteral("summary")).toObject().value(QStringLiteral("errors")).toInt(), 0);
        QCOMPARE(root.value(QStringLiteral("site")).toObject().value(QStringLiteral("default_language")).toString(),
            QStringLiteral("kk"));
        bool sawNews = false;
        for (const QJsonValue &p : root.value(QStringLiteral("pages")).toArray()) {
            const QJsonObject o = p.toObject();
            if (o.value(QStringLiteral("folder")).toString() == QLatin1String("02.news")) {
                sawNews = true;
                QCOMPARE(o.value(QStringLiteral("route")).toString(), QStringLiteral("/news"));
                QCOMPARE(o.value(QStringLiteral("template")).toString(), QStringLiteral("blog"));
                QCOMPARE(o.value(QStringLiteral("languages")).toArray().size(), 3);
            }
        }
        QVERIFY(sawNews);
    }

    void checkFindsMisreadValues()
    {
        QTemporaryDir dir;
        const auto write = [&dir](const QString &rel, const QByteArray &bytes) { return writeBelow(dir, rel, bytes); };
        QVERIFY(
            write(QStringLiteral("user/config/system.yaml"), "pages:\n    theme: none\ncustom_base_url: 'https://example.kz'\n"));
        QVERIFY(write(QStringLiteral("user/blueprints/pages/item.yaml"),
            "title: Item\nform:\n  fields:\n    header.title:\n      type: text\n      validate:\n        required: true\n"
            "    header.order:\n      type: int\n      validate:\n        min: 1\n        max: 10\n"));
        QVERIFY(write(QStringLiteral("user/pages/01.news/a/item.md"),
            "---\ntitle: ''\ndate: 2024-05-25\nvisible: yes\norder: 20\nnote: |\n    yes\n    2024-05-25\n---\n\nBody\n"));
        // Grav reads the tab as four spaces (warned); a duplicate key is read only by the legacy parser;
        // a tab Grav does not replace (the second one) rejects the header.
        QVERIFY(write(QStringLiteral("user/pages/01.news/b/item.md"), "---\ntitle: B\ntaxonomy:\n\ttag: [x]\n---\nBody\n"));
        QVERIFY(write(QStringLiteral("user/pages/01.news/c/item.md"), "---\ntitle: C\ntitle: D\n---\nBody\n"));
        QVERIFY(write(QStringLiteral("user/pages/01.news/d/item.md"), "---\ntitle: D\ntaxonomy:\n\t\ttag: [x]\n---\nBody\n"));
        const Run r = run({QStringLiteral("check"), dir.path(), QStringLiteral("--json")});
        QCOMPARE(r.code, 1); // d's header is an error
        const QJsonArray problems = QJsonDocument::fromJson(r.out).object().value(QStringLiteral("problems")).toArray();
        QStringList kinds;
        for (const QJsonValue &v : problems)
            kinds << v.toObject().value(QStringLiteral("path")).toString().section(QLatin1Char('/'), -2, -2) + QLatin1Char(':')
                    + v.toObject().value(QStringLiteral("kind")).toString() + QLatin1Char('@')
                    + QString::number(v.toObject().value(QStringLiteral("line")).toInt());
        kinds.sort();
        // Lines 3 and 4 of the file; the block scalar's text is not flagged; title is required and empty,
        // order is over its maximum.
        QCOMPARE(kinds,
            (QStringList {QStringLiteral("a:blueprint-rule@0"), QStringLiteral("a:blueprint-rule@0"),
                QStringLiteral("a:unquoted-date@3"), QStringLiteral("a:yaml-bool-word@4"), QStringLiteral("b:tab-indent@4"),
                QStringLiteral("c:legacy-header@3"), QStringLiteral("d:invalid-header@4")}));
    }

    void checkUsesTheFormsRules()
    {
        // The same rules as the form's fields (BlueprintValidator): only set values are checked, text
        // length and addresses too; the messages are the form's words.
        QTemporaryDir dir;
        const auto write = [&dir](const QString &rel, const QByteArray &bytes) { return writeBelow(dir, rel, bytes); };
        QVERIFY(
            write(QStringLiteral("user/config/system.yaml"), "pages:\n    theme: none\ncustom_base_url: 'https://example.kz'\n"));
        QVERIFY(write(QStringLiteral("user/blueprints/pages/item.yaml"),
            "title: Item\nform:\n  fields:\n"
            "    header.size:\n      type: text\n      toggleable: true\n      validate:\n        type: int\n        min: 1\n"
            "    header.short:\n      type: text\n      label: Short\n      validate:\n        max: 5\n"
            "    header.link:\n      type: text\n      validate:\n        type: url\n"
            "    header.shown:\n      type: toggle\n      default: 1\n      options:\n        1: Yes\n        0: No\n"
            "      validate:\n        type: bool\n        required: true\n"));
        QVERIFY(write(
            QStringLiteral("user/pages/01.news/a/item.md"), "---\ntitle: A\nshort: 'too long'\nlink: /news\n---\n\nBody\n"));
        const Run r = run({QStringLiteral("check"), dir.path(), QStringLiteral("--json")});
        QCOMPARE(r.code, 0);
        QStringList messages;
        for (const QJsonValue &v : QJsonDocument::fromJson(r.out).object().value(QStringLiteral("problems")).toArray())
            if (v.toObject().value(QStringLiteral("kind")).toString() == QLatin1String("blueprint-rule"))
                messages << v.toObject().value(QStringLiteral("message")).toString();
        messages.sort();
        // size is not set (no "at least 1"); shown is absent but has a default.
        QCOMPARE(messages,
            (QStringList {QStringLiteral("Short (short): must have at most 5 characters — Grav's admin would refuse to save "
                                         "this page"),
                QStringLiteral("link (link): must be a full address such as https://example.kz/page, is “/news” — Grav's "
                               "admin would refuse to save this page")}));
    }

    void corpusDuplicateSlugs()
    {
        if (!QDir(corpus()).exists())
            QSKIP("../shared/corpus/hemcenter is absent: the production-site test is skipped");
        const Run text = run({QStringLiteral("index"), corpus()});
        QCOMPARE(text.code, 1); // the site has errors
        QVERIFY(text.out.contains("/news/2019-07-22-silk-road-central-asia-hematology-forum"));
        const Run r = run({QStringLiteral("index"), corpus(), QStringLiteral("--json")});
        QCOMPARE(r.code, 1);
        const QJsonObject root = QJsonDocument::fromJson(r.out).object();
        QSet<QString> pairs;
        int duplicates = 0;
        for (const QJsonValue &v : root.value(QStringLiteral("problems")).toArray()) {
            const QJsonObject p = v.toObject();
            if (p.value(QStringLiteral("kind")).toString() != QLatin1String("duplicate-slug"))
                continue;
            ++duplicates;
            QStringList both {
                p.value(QStringLiteral("path")).toString(), p.value(QStringLiteral("related")).toArray().first().toString()};
            both.sort();
            pairs.insert(both.join(QLatin1Char('|')));
        }
        QCOMPARE(duplicates, 32);
        QCOMPARE(pairs.size(), 16);
        // Every page lists its three languages with a title each.
        const QJsonArray pages = root.value(QStringLiteral("pages")).toArray();
        QVERIFY(pages.size() >= 61);
        for (const QJsonValue &v : pages) {
            const QJsonObject titles = v.toObject().value(QStringLiteral("titles")).toObject();
            QCOMPARE(titles.size(), 3);
            for (const QString &lang : {QStringLiteral("kk"), QStringLiteral("ru"), QStringLiteral("en")})
                QVERIFY2(!titles.value(lang).toString().isEmpty(),
                    qPrintable(v.toObject().value(QStringLiteral("folder")).toString()));
        }
    }
    // render --out renders every *.md below the pages folder (any case of the suffix), skipping hidden
    // entries and links to folders, and writes DIR/<path>.html.
    // check and render warn about what Grav renders and GravDesk does not: page-inject, a shortcode of an
    // installed plugin, Twig without process.twig, another shortcode parser; and about a site without address
    void checkAndRenderReportUnrendered()
    {
        QTemporaryDir dir;
        const auto write = [&dir](const QString &rel, const QByteArray &bytes) { return writeBelow(dir, rel, bytes); };
        QVERIFY(write(QStringLiteral("user/config/system.yaml"), "pages:\n    theme: none\n"));
        QVERIFY(write(QStringLiteral("user/plugins/tabs/tabs.yaml"), "enabled: true\n"));
        QVERIFY(write(QStringLiteral("user/plugins/tabs/shortcodes/TabsShortcode.php"),
            "<?php\n$this->shortcode->getHandlers()->add('tabs', function ($sc) { return ''; });\n"));
        QVERIFY(write(QStringLiteral("user/pages/01.news/a/item.md"), "---\ntitle: A\n---\n\n[plugin:page-inject](/news/b)\n"));
        QVERIFY(write(QStringLiteral("user/pages/01.news/b/item.md"), "---\ntitle: B\n---\n\n[tabs]x[/tabs] {{ page.title }}\n"));
        QVERIFY(write(QStringLiteral("user/pages/01.news/c/item.md"),
            "---\ntitle: C\nshortcode-core:\n  parser: regex\n---\n\n[Link](https://example.com)\n"));
        const Run check = run({QStringLiteral("check"), dir.path(), QStringLiteral("--json")});
        QCOMPARE(check.code, 0);
        QStringList found;
        for (const QJsonValue &v : QJsonDocument::fromJson(check.out).object().value(QStringLiteral("problems")).toArray()) {
            const QJsonObject o = v.toObject();
            const QString kind = o.value(QStringLiteral("kind")).toString();
            if (kind == QLatin1String("not-rendered") || kind == QLatin1String("twig-not-processed"))
                found << o.value(QStringLiteral("path")).toString().section(QLatin1Char('/'), -2, -2) + QLatin1Char(':')
                        + o.value(QStringLiteral("message")).toString().section(QLatin1Char(' '), 0, 1);
        }
        found.sort();
        // Twig without process.twig is said once, with its line (twig-not-processed), not again as not-rendered.
        QCOMPARE(found,
            (QStringList {QStringLiteral(":the site"), QStringLiteral("a:[plugin:page-inject]/[plugin:content-inject] not"),
                QStringLiteral("b:shortcode [tabs]"), QStringLiteral("b:“{{ page.title"), QStringLiteral("c:shortcode parser")}));

        const Run render = run({QStringLiteral("render"), dir.filePath(QStringLiteral("user/pages/01.news/b/item.md"))});
        QCOMPARE(render.code, 0);
        QVERIFY2(
            render.err.contains("warning: shortcode [tabs] is registered on the site but not emulated"), render.err.constData());
        QVERIFY2(render.err.contains("warning: Twig in the page is not run"), render.err.constData());
        // an address given on the command line decides which links are external
        const QString c = dir.filePath(QStringLiteral("user/pages/01.news/c/item.md"));
        QVERIFY(!run({QStringLiteral("render"), c}).out.contains("external-link"));
        QVERIFY(run({QStringLiteral("render"), c, QStringLiteral("--site-url"), QStringLiteral("https://site.kz")})
                    .out.contains("external-link"));
        QVERIFY(!run({QStringLiteral("render"), c, QStringLiteral("--site-url"), QStringLiteral("https://example.com")})
                     .out.contains("external-link"));
        const QString out = dir.filePath(QStringLiteral("html"));
        const Run batch = run({QStringLiteral("render"), QStringLiteral("--out"), out, dir.filePath(QStringLiteral("user"))});
        QCOMPARE(batch.code, 0);
        QVERIFY2(batch.err.contains("01.news/a/item.md: warning: [plugin:page-inject]"), batch.err.constData());
    }

    void renderOutFindsPageFiles()
    {
        QTemporaryDir dir;
        const auto write = [&dir](const QString &rel, const QByteArray &bytes) { return writeBelow(dir, rel, bytes); };
        QVERIFY(write(QStringLiteral("user/config/system.yaml"), "pages:\n    theme: none\n"));
        QVERIFY(write(QStringLiteral("user/pages/01.home/default.md"), "---\ntitle: Home\n---\n\n# Home\n"));
        QVERIFY(write(QStringLiteral("user/pages/02.news/a/item.md"), "---\ntitle: A\n---\n\n*a*\n"));
        QVERIFY(write(QStringLiteral("user/pages/02.news/b/ITEM.MD"), "b\n"));
        QVERIFY(write(QStringLiteral("user/pages/02.news/b/notes.txt"), "not a page\n"));
        QVERIFY(write(QStringLiteral("user/pages/02.news/.hidden.md"), "hidden file\n"));
        QVERIFY(write(QStringLiteral("user/pages/.drafts/item.md"), "hidden folder\n"));
        QVERIFY(
            QFile::link(dir.filePath(QStringLiteral("user/pages/02.news/a")), dir.filePath(QStringLiteral("user/pages/linked"))));
        QVERIFY(QFile::link(dir.filePath(QStringLiteral("user/pages/01.home/default.md")),
            dir.filePath(QStringLiteral("user/pages/02.news/alias.md"))));
        QVERIFY(QFile::link(
            dir.filePath(QStringLiteral("nowhere.md")), dir.filePath(QStringLiteral("user/pages/02.news/broken.md"))));

        const QString out = dir.filePath(QStringLiteral("out"));
        const Run r = run({QStringLiteral("render"), QStringLiteral("--out"), out, dir.path()});
        QCOMPARE(r.code, 0);
        QVERIFY2(r.out.startsWith("4 pages rendered"), r.out.constData());
        QStringList written;
        QDirIterator it(out, QDir::Files, QDirIterator::Subdirectories);
        while (it.hasNext())
            written << QDir(out).relativeFilePath(it.next());
        written.sort();
        QCOMPARE(written,
            QStringList({QStringLiteral("01.home/default.md.html"), QStringLiteral("02.news/a/item.md.html"),
                QStringLiteral("02.news/alias.md.html"), QStringLiteral("02.news/b/ITEM.MD.html")}));
        QFile html(QDir(out).filePath(QStringLiteral("02.news/a/item.md.html")));
        QVERIFY(html.open(QIODevice::ReadOnly));
        QCOMPARE(html.readAll().trimmed(), QByteArray("<p><em>a</em></p>"));
    }

    // Each page renders with its own site (its routes) into DIR/<path in its pages folder>, whatever the input:
    // several sites, a folder inside a pages folder, one page file, or a folder that holds sites; a page
    // file outside any site into DIR/<file name>.
    void renderOutMapsFilesToSites()
    {
        QTemporaryDir dir;
        const auto write = [&dir](const QString &rel, const QByteArray &bytes) { return writeBelow(dir, rel, bytes); };
        for (const QString &site : {QStringLiteral("sa"), QStringLiteral("sb")})
            QVERIFY(write(site + QStringLiteral("/user/config/system.yaml"), "pages:\n    theme: none\n"));
        QVERIFY(write(QStringLiteral("sa/user/pages/01.alpha/a/item.md"), "---\ntitle: A\n---\n\n[b](../b)\n"));
        QVERIFY(write(QStringLiteral("sa/user/pages/01.alpha/b/item.md"), "---\ntitle: B\n---\n\nb\n"));
        QVERIFY(write(QStringLiteral("sb/user/pages/01.beta/c/item.md"), "---\ntitle: C\n---\n\n[c](../c)\n"));
        QVERIFY(write(QStringLiteral("loose/note.md"), "*n*\n"));
        const QByteArray a = "<p><a href=\"/alpha/b\">b</a></p>";
        const QByteArray b = "<p>b</p>";
        const QByteArray c = "<p><a href=\"/beta/c\">c</a></p>";
        const auto rendered = [&dir](const QString &name, const QStringList &inputs) {
            const QString out = dir.filePath(name);
            QStringList args {QStringLiteral("render"), QStringLiteral("--out"), out};
            for (const QString &in : inputs)
                args << dir.filePath(in);
            const Run r = run(args);
            QMap<QString, QByteArray> files;
            if (r.code != 0) {
                files.insert(QStringLiteral("exit"), r.err);
                return files;
            }
            QDirIterator it(out, QDir::Files, QDirIterator::Subdirectories);
            while (it.hasNext()) {
                const QString path = it.next();
                QFile f(path);
                files.insert(QDir(out).relativeFilePath(path), f.open(QIODevice::ReadOnly) ? f.readAll().trimmed() : "?");
            }
            return files;
        };
        using Files = QMap<QString, QByteArray>;
        QCOMPARE(rendered(QStringLiteral("out1"), {QStringLiteral("sa"), QStringLiteral("sb/user/pages")}),
            (Files {{QStringLiteral("01.alpha/a/item.md.html"), a}, {QStringLiteral("01.alpha/b/item.md.html"), b},
                {QStringLiteral("01.beta/c/item.md.html"), c}}));
        QCOMPARE(rendered(QStringLiteral("out2"), {QStringLiteral("sa/user/pages/01.alpha")}),
            (Files {{QStringLiteral("01.alpha/a/item.md.html"), a}, {QStringLiteral("01.alpha/b/item.md.html"), b}}));
        QCOMPARE(rendered(QStringLiteral("out3"), {QStringLiteral("sa/user/pages/01.alpha/a/item.md")}),
            (Files {{QStringLiteral("01.alpha/a/item.md.html"), a}}));
        QCOMPARE(rendered(QStringLiteral("out4"), {QStringLiteral("loose"), QStringLiteral("sb/user/pages/01.beta/c/item.md")}),
            (Files {{QStringLiteral("note.md.html"), "<p><em>n</em></p>"}, {QStringLiteral("01.beta/c/item.md.html"), c}}));
        // a folder that is no site but holds two: each page file finds its own
        QVERIFY(QDir(dir.filePath(QStringLiteral("loose"))).removeRecursively());
        const Files all = rendered(QStringLiteral("out5"), {QString()});
        QCOMPARE(all.value(QStringLiteral("01.alpha/a/item.md.html")), a);
        QCOMPARE(all.value(QStringLiteral("01.beta/c/item.md.html")), c);
        // an output folder that cannot be made: every page says so, nothing else is touched
        QVERIFY(GravDesk::writeFile(dir.filePath(QStringLiteral("blocked")), "a file\n"));
        const Run blocked = run({QStringLiteral("render"), QStringLiteral("--out"), dir.filePath(QStringLiteral("blocked")),
            dir.filePath(QStringLiteral("sb"))});
        QCOMPARE(blocked.code, 1);
        QVERIFY2(
            blocked.err.contains("cannot write ") && blocked.err.contains("01.beta/c/item.md.html"), blocked.err.constData());
        QFile kept(dir.filePath(QStringLiteral("blocked")));
        QVERIFY(kept.open(QIODevice::ReadOnly));
        QCOMPARE(kept.readAll(), QByteArray("a file\n"));
    }

    // Rendering again into the same folder replaces each file's whole contents: a page that got shorter
    // leaves nothing of its old HTML behind (the files are overwritten in place, then cut to length).
    void renderOutAgainReplacesFiles()
    {
        QTemporaryDir dir;
        QVERIFY(writeBelow(dir, QStringLiteral("user/config/system.yaml"), "pages:\n    theme: none\n"));
        const QString page = QStringLiteral("user/pages/01.news/a/item.md");
        const QString out = dir.filePath(QStringLiteral("out"));
        const QString html = out + QStringLiteral("/01.news/a/item.md.html");
        const auto renderedAs = [&](const QByteArray &markdown) {
            if (!writeBelow(dir, page, markdown))
                return QByteArray("cannot write the page");
            const Run r = run({QStringLiteral("render"), QStringLiteral("--out"), out, dir.path()});
            QFile f(html);
            return r.code == 0 && f.open(QIODevice::ReadOnly) ? f.readAll() : r.err;
        };
        QCOMPARE(renderedAs("A long first paragraph of the page, with *emphasis*.\n\nAnd a second one.\n"),
            QByteArray("<p>A long first paragraph of the page, with <em>emphasis</em>.</p>\n<p>And a second one.</p>"));
        QCOMPARE(renderedAs("Short.\n"), QByteArray("<p>Short.</p>"));
        QCOMPARE(renderedAs("Longer again, *much* longer.\n"), QByteArray("<p>Longer again, <em>much</em> longer.</p>"));
        QCOMPARE(renderedAs(""), QByteArray());
        // the site, its pages folder and one of its page files at once: the page is rendered once
        const Run overlapping = run({QStringLiteral("render"), QStringLiteral("--out"), out, dir.path(),
            dir.filePath(QStringLiteral("user/pages")), dir.filePath(page), dir.filePath(QStringLiteral("user/pages/01.news/"))});
        QCOMPARE(overlapping.code, 0);
        QVERIFY2(overlapping.out.startsWith("1 pages rendered"), overlapping.out.constData());
    }
};

QTEST_GUILESS_MAIN(TestCli)
#include "tst_cli.moc"
