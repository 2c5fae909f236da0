// The body lint (the summary delimiter under a paragraph, links and images to nothing, unclosed shortcodes,
// `---` lines) and the check findings built on it (headers Grav does not find, Twig without process.twig),
// on bodies and a site written in the test; on the production corpus when it is there.

#include "site/bodylint.h"
#include "site/sitecheck.h"
#include "site/sitelayout.h"
#include "site/sitescanner.h"
#include "tempsite.h"
#include "testpaths.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>
#include <QTest>

using namespace GravDesk;

namespace {

QStringList describe(const QVector<BodyFinding> &list)
{
    QStringList out;
    for (const BodyFinding &f : list)
        out << QStringLiteral("%1:%2 %3").arg(f.line).arg(f.column).arg(problemKindName(f.kind));
    return out;
}

QStringList describe(const QVector<SiteProblem> &list, const QSet<ProblemKind> &kinds)
{
    QStringList out;
    for (const SiteProblem &p : list)
        if (kinds.contains(p.kind))
            out << QStringLiteral("%1:%2 %3 %4")
                       .arg(p.path)
                       .arg(p.line)
                       .arg(problemKindName(p.kind), problemMessageName(p.message.id));
    out.sort();
    return out;
}

} // namespace

class TestBodyLint : public QObject
{
    Q_OBJECT

private:
    TempSite m_site;
    PageIndex m_index;
    Markdown::LinkTargets m_links;

    BodyLintContext context(const QString &folder, const QString &lang = QStringLiteral("ru"))
    {
        return bodyLintContext(m_index, m_index.findByRelPath(folder), lang, &m_links);
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_site.isValid());
        m_site.writeDefaultConfig();
        m_site.writePage(QStringLiteral("02.news/blog.ru.md"), TempSite::page("title: Новости\n"));
        m_site.writePage(QStringLiteral("02.news/01.first/item.ru.md"),
            TempSite::newsItem(QStringLiteral("Первая"), QStringLiteral("01-05-2024 10:00")));
        m_site.writePage(QStringLiteral("02.news/01.first/item.kk.md"),
            TempSite::newsItem(QStringLiteral("Бірінші"), QStringLiteral("01-05-2024 10:00")));
        m_site.writePage(QStringLiteral("02.news/01.first/a.pdf"), "%PDF-1.4\n");
        m_site.writePage(QStringLiteral("02.news/01.first/photo.jpg"), "jpeg");
        m_site.writePage(QStringLiteral("02.news/02.second/item.ru.md"),
            TempSite::newsItem(QStringLiteral("Вторая"), QStringLiteral("02-05-2024 10:00")));
        m_site.writePage(QStringLiteral("02.news/02.second/b.pdf"), "%PDF-1.4\n");
        m_site.writeFile(QStringLiteral("user/images/logo.png"), "png");
        const SiteLayout layout = locateSite(m_site.root());
        QVERIFY(layout.isValid());
        m_index = scanSite(layout, SiteConfig::load(layout));
        m_links = linkTargetsOf(m_index);
        QVERIFY(m_links.routeFolders.contains(QStringLiteral("/news/first")));
    }

    void summaryDelimiter_data()
    {
        QTest::addColumn<QString>("body");
        QTest::addColumn<QStringList>("expected");
        QTest::newRow("under a paragraph") << QStringLiteral("Начало новости.\n===\nДальше.\n")
                                           << QStringList {QStringLiteral("2:1 summary-heading")};
        QTest::newRow("under a two-line paragraph") << QStringLiteral("\nПервая строка\nвторая строка\n===\n\nТекст\n")
                                                    << QStringList {QStringLiteral("4:1 summary-heading")};
        QTest::newRow("blank line above") << QStringLiteral("Начало.\n\n===\n\nДальше.\n") << QStringList();
        QTest::newRow("under an ATX heading") << QStringLiteral("# Заголовок\n===\n") << QStringList();
        QTest::newRow("in fenced code") << QStringLiteral("```\nкод\n===\n```\n") << QStringList();
        QTest::newRow("first line") << QStringLiteral("===\nТекст\n") << QStringList();
        QTest::newRow("indented under a paragraph")
            << QStringLiteral("Текст\n   ===\n") << QStringList {QStringLiteral("2:4 summary-heading")};
    }
    void summaryDelimiter()
    {
        QFETCH(QString, body);
        QFETCH(QStringList, expected);
        BodyLintContext c;
        QCOMPARE(describe(lintBody(body, c)), expected);
    }

    void otherDelimiter()
    {
        BodyLintContext c;
        c.delimiter = QStringLiteral("====");
        QCOMPARE(
            describe(lintBody(QStringLiteral("Text\n===\n"), c)), QStringList()); // not the delimiter: a heading meant as one
        QCOMPARE(describe(lintBody(QStringLiteral("Text\n====\n"), c)), QStringList {QStringLiteral("2:1 summary-heading")});
    }

    void links()
    {
        const QString body = QStringLiteral(
            "[есть](a.pdf) и [нет](missing.pdf)\n"
            "![фото](photo.jpg) ![нет фото](nope.jpg \"title\")\n"
            "[внешняя](https://example.kz/x.pdf) [почта](mailto:a@b.kz) [якорь](#top) [twig]({{ page.url }})\n"
            "[страница](/news/second) [нет страницы](/news/nothing) [с языком](/kk/news/second) [медиа](/news/second/b.pdf)\n"
            "[соседняя](../02.second/b.pdf) [соседняя нет](../02.second/c.pdf) [папка](/02.news/02.second/b.pdf)\n"
            "[ref]: docs/none.pdf\n"
            "<a href=\"gone.pdf\">x</a> <img src='a.pdf'> <a href=\"/news/first?x=1#y\">ok</a>\n"
            "[поток](user://images/logo.png) [нет потока](user://images/none.png) [параметр](/news/second/id:5)\n"
            "```\n[в коде](absent.pdf)\n```\n");
        const QVector<BodyFinding> found = lintBody(body, context(QStringLiteral("02.news/01.first")));
        QCOMPARE(describe(found),
            QStringList({QStringLiteral("1:23 broken-link"), QStringLiteral("2:32 broken-link"),
                QStringLiteral("4:41 broken-link"), QStringLiteral("5:47 broken-link"), QStringLiteral("6:8 broken-link"),
                QStringLiteral("7:10 broken-link"), QStringLiteral("8:46 broken-link")}));
        QCOMPARE(found[0].message.id, ProblemMessage::BrokenLink);
        QCOMPARE(
            found[0].message.args, QStringList({QStringLiteral("missing.pdf"), QStringLiteral("02.news/01.first/missing.pdf")}));
        QCOMPARE(found[1].message.id, ProblemMessage::BrokenImage);
        QCOMPARE(found[2].message.args.at(1), QStringLiteral("/news/nothing"));
        QVERIFY(found[0].message.toString().contains(QStringLiteral("missing.pdf")));
    }

    void shortcodes()
    {
        BodyLintContext c;
        const QString body = QStringLiteral("[owl-carousel items=1 margin=10]\n![](a.jpg)\n\n[center]Текст[/center]\n"
                                            "[notice]Важно\n[fa icon=\"x\"]\n[raw][div][/raw]\n");
        QCOMPARE(describe(lintBody(body, c)),
            QStringList({QStringLiteral("1:1 unclosed-shortcode"), QStringLiteral("5:1 unclosed-shortcode")}));
        QCOMPARE(describe(lintBody(QStringLiteral("[owl-carousel items=1]\n![](a.jpg)\n[/owl-carousel]\n"), c)), QStringList());
    }

    void dashLines()
    {
        BodyLintContext c;
        QCOMPARE(describe(lintBody(QStringLiteral("Текст\n\n---\n\nЕщё\n---- \n```\n---\n```\n"), c)),
            QStringList({QStringLiteral("3:1 dash-line"), QStringLiteral("6:1 dash-line")}));
    }

    void twig()
    {
        const QVector<BodyFinding> found
            = findTwig(QStringLiteral("Текст {{ page.title }} и {% if x %}да{% endif %}\n`{{ code }}`\n"));
        QCOMPARE(describe(found),
            QStringList({QStringLiteral("1:7 twig-not-processed"), QStringLiteral("1:26 twig-not-processed"),
                QStringLiteral("1:38 twig-not-processed")}));
    }

    void checkFindings()
    {
        TempSite site;
        site.writeDefaultConfig();
        site.writePage(QStringLiteral("02.news/blog.ru.md"), TempSite::page("title: Новости\n"));
        site.writePage(QStringLiteral("02.news/01.glued/item.ru.md"), "---\ntitle: Новость---\n\nТекст новости.\n");
        site.writePage(QStringLiteral("02.news/02.glued-swallows/item.ru.md"),
            "---\ntitle: x\ndate: '01-05-2024 10:00'---\n\nТекст.\n\n---\n\nЕщё.\n");
        site.writePage(
            QStringLiteral("02.news/03.unclosed/item.ru.md"), "---\ntitle: Новость\ndate: '01-05-2024 10:00'\n\nТекст.\n");
        site.writePage(
            QStringLiteral("02.news/04.headerless/item.ru.md"), "title: Новость\ndate: '01-05-2024 10:00'\n\nТекст.\n");
        site.writePage(
            QStringLiteral("02.news/05.twig/item.ru.md"), TempSite::page("title: Twig\n", "Заголовок: {{ page.title }}\n"));
        site.writePage(QStringLiteral("02.news/06.twig-on/item.ru.md"),
            TempSite::page("title: Twig\nprocess:\n    twig: true\n", "Заголовок: {{ page.title }}\n"));
        site.writePage(QStringLiteral("02.news/07.links/item.ru.md"),
            TempSite::page("title: Ссылки\n", "Программа: [PDF](programme.pdf)\n\nТекст\n===\n\n[owl-carousel]\n![](x.jpg)\n"));
        site.writePage(
            QStringLiteral("02.news/08.fine/item.ru.md"), TempSite::page("title: Хорошо\n", "Текст.\n\n===\n\nЕщё.\n"));
        const SiteLayout layout = locateSite(site.root());
        const PageIndex index = scanSite(layout, SiteConfig::load(layout));
        const QVector<SiteProblem> problems = checkSite(index);
        const QStringList got = describe(problems,
            {ProblemKind::BrokenLink, ProblemKind::HiddenHeader, ProblemKind::TwigNotProcessed, ProblemKind::SummaryHeading,
                ProblemKind::UnclosedShortcode, ProblemKind::DashLine});
        QCOMPARE(got,
            QStringList({
                QStringLiteral("02.news/01.glued/item.ru.md:2 hidden-header glued-header-close"),
                QStringLiteral("02.news/02.glued-swallows/item.ru.md:3 hidden-header glued-header-close"),
                QStringLiteral("02.news/03.unclosed/item.ru.md:1 hidden-header unclosed-header"),
                QStringLiteral("02.news/04.headerless/item.ru.md:1 hidden-header headerless-keys"),
                QStringLiteral("02.news/05.twig/item.ru.md:5 twig-not-processed twig-not-processed"),
                QStringLiteral("02.news/07.links/item.ru.md:10 unclosed-shortcode unclosed-shortcode"),
                QStringLiteral("02.news/07.links/item.ru.md:11 broken-link broken-image"),
                QStringLiteral("02.news/07.links/item.ru.md:5 broken-link broken-link"),
                QStringLiteral("02.news/07.links/item.ru.md:8 summary-heading summary-heading"),
            }));
        // every finding names its file and reads as a sentence
        for (const SiteProblem &p : problems)
            QVERIFY(!p.text().isEmpty());
    }

    void corpus()
    {
        const QString root = TestPaths::corpusDir();
        if (!QDir(root).exists())
            QSKIP("The production corpus (../shared/corpus/hemcenter) is not there.");
        const SiteLayout layout = locateSite(root);
        const PageIndex index = scanSite(layout, SiteConfig::load(layout));
        const QVector<SiteProblem> problems = checkSite(index);
        int images = 0;
        const Markdown::LinkTargets links = linkTargetsOf(index);
        // every image of the corpus is there: each one checked must be found
        for (int n = 1; n < index.size(); ++n) {
            for (const PageVariant &v : index.nodes[n].variants) {
                QFile f(index.filePath(n, v.fileName));
                QVERIFY(f.open(QIODevice::ReadOnly));
                const QString text = QString::fromUtf8(f.readAll());
                static const QRegularExpression image(QStringLiteral("!\\[[^\\]]*\\]\\(([^\\s)]+)"));
                for (auto it = image.globalMatch(text); it.hasNext();) {
                    const QString url = it.next().captured(1);
                    const Markdown::LinkCheck c = Markdown::checkLinkTarget(
                        url, links, QDir::cleanPath(index.absolutePath(n)), index.route(n, v.language));
                    QVERIFY2(c.status == Markdown::LinkCheck::Found, qPrintable(index.nodes[n].relPath + QLatin1Char(' ') + url));
                    ++images;
                }
            }
        }
        QVERIFY(images > 90); // 95 in the corpus as it is
        // what the check reports as broken is really not there
        for (const SiteProblem &p : problems) {
            if (p.kind != ProblemKind::BrokenLink)
                continue;
            const QString target = p.message.args.value(1);
            QVERIFY2(!QFileInfo::exists(index.layout.pagesDir + QLatin1Char('/') + target), qPrintable(target));
        }
    }

    void speedOf100KB()
    {
        // after each pause in typing: a 100 KB body must take well under the pause
        QString body;
        int i = 0;
        while (body.size() < 100 * 1024) {
            body += QStringLiteral("Абзац номер %1 про [файл](a.pdf) и ![фото](photo.jpg), [owl-carousel]\n[/owl-carousel]\n\n")
                        .arg(++i);
            if (i % 50 == 0)
                body += QStringLiteral("Строка\n===\n\n");
        }
        const BodyLintContext c = context(QStringLiteral("02.news/01.first"));
        QElapsedTimer t;
        t.start();
        const QVector<BodyFinding> found = lintBody(body, c);
        const qint64 ms = t.elapsed();
        QCOMPARE(found.size(), i / 50);
        qInfo("lintBody on %lld characters: %lld ms", qlonglong(body.size()), qlonglong(ms));
        QVERIFY2(ms < 1000, qPrintable(QString::number(ms)));
    }
};

QTEST_GUILESS_MAIN(TestBodyLint)
#include "tst_bodylint.moc"
