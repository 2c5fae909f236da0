// Site search: the folding (any case, ё = е, Kazakh capitals to Kazakh small letters, never to Russian
// ones), plain text and regular expressions over a site written in the test, the results next to a plain
// scan written here with QString's own case folding, and SearchIndex following changes on disk.

#include "site/sitelayout.h"
#include "site/sitescanner.h"
#include "site/sitesearch.h"
#include "tempsite.h"
#include "text/searchfold.h"

#include <QFile>
#include <QTest>

#include <algorithm>

using namespace GravDesk;

namespace {

// The reference: every line of every page file, folded with QString::toCaseFolded() and ё → е, searched
// with QString::indexOf (no overlaps); header lines count only for top-level title: and slug:.
QVector<SearchMatch> plainScan(const PageIndex &index, const QString &text)
{
    const auto fold = [](QString s) {
        s = s.toCaseFolded();
        s.replace(QChar(u'ё'), QChar(u'е'));
        return s;
    };
    const QString needle = fold(text);
    QVector<SearchMatch> out;
    for (int n = 1; n < index.size(); ++n) {
        const PageNode &node = index.nodes[n];
        for (qsizetype at = 0; (at = fold(node.folderName).indexOf(needle, at)) >= 0; at += needle.size()) {
            SearchMatch m;
            m.folder = node.relPath;
            m.field = SearchField::Folder;
            m.column = int(at) + 1;
            m.length = int(needle.size());
            m.lineText = node.folderName;
            out << m;
        }
        for (const PageVariant &v : node.variants) {
            QFile f(index.filePath(n, v.fileName));
            if (!f.open(QIODevice::ReadOnly))
                continue;
            QStringList lines = QString::fromUtf8(f.readAll()).split(QLatin1Char('\n'));
            for (QString &l : lines)
                if (l.endsWith(QLatin1Char('\r')))
                    l.chop(1);
            // the header: from a first `---` line to the next line starting with `---`
            int headerEnd = -1;
            if (!lines.isEmpty() && lines.first() == QLatin1String("---"))
                for (int i = 1; i < lines.size() && headerEnd < 0; ++i)
                    if (lines[i].startsWith(QLatin1String("---")))
                        headerEnd = i;
            for (int i = 0; i < lines.size(); ++i) {
                SearchField field = SearchField::Body;
                qsizetype from = 0;
                if (i <= headerEnd) {
                    if (lines[i].startsWith(QLatin1String("title:")))
                        field = SearchField::Title, from = 6;
                    else if (lines[i].startsWith(QLatin1String("slug:")))
                        field = SearchField::Slug, from = 5;
                    else
                        continue;
                }
                const QString folded = fold(lines[i]);
                for (qsizetype at = folded.indexOf(needle, from); at >= 0; at = folded.indexOf(needle, at + needle.size())) {
                    SearchMatch m;
                    m.folder = node.relPath;
                    m.language = v.language;
                    m.file = v.fileName;
                    m.field = field;
                    m.line = i + 1;
                    m.column = int(at) + 1;
                    m.length = int(needle.size());
                    m.lineText = lines[i];
                    out << m;
                }
            }
        }
    }
    return out;
}

QString describe(const QVector<SearchMatch> &list)
{
    QStringList out;
    for (const SearchMatch &m : list)
        out << QStringLiteral("%1 %2 %3 %4 %5:%6+%7 '%8'")
                   .arg(m.folder, m.language, m.file, searchFieldName(m.field))
                   .arg(m.line)
                   .arg(m.column)
                   .arg(m.length)
                   .arg(m.lineText);
    return out.join(QLatin1Char('\n'));
}

QByteArray item(const QByteArray &title, const QByteArray &body)
{
    return "---\ntitle: '" + title + "'\ndate: '01-05-2024 10:00'\ntemplate: item\n---\n\n" + body;
}

} // namespace

class TestSiteSearch : public QObject
{
    Q_OBJECT

private:
    TempSite m_site;
    PageIndex m_index;

    void write(const QString &rel, const QByteArray &bytes) { QVERIFY(!m_site.writePage(rel, bytes).isEmpty()); }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_site.isValid());
        m_site.writeDefaultConfig();
        write(QStringLiteral("02.news/blog.ru.md"), TempSite::page("title: Новости\n", "Список.\n"));
        write(QStringLiteral("02.news/01.2024-05-01-elka/item.ru.md"),
            item("Ёлка в центре", "Новогодняя ёлка и ЕЛКА.\nВсё готово: елки, Ёлки.\n===\nЁЛКА ещё раз ёлка ёлка\n"));
        write(QStringLiteral("02.news/01.2024-05-01-elka/item.kk.md"),
            item("Шырша", "Қазақстан ҚАЗАҚСТАН қазақстан.\nКазакстан — орысша жазылған.\nӘке, Ғалым, Іс, Ұлы, Үй, Һ.\n"));
        write(QStringLiteral("02.news/01.2024-05-01-elka/item.en.md"),
            item("Christmas tree", "The TREE is up. Kazakhstan.\r\nSecond line with tree\r\n"));
        write(QStringLiteral("02.news/02.2024-05-02-zhanalyq/item.kk.md"),
            item("Жаңалық", "Жаңа жаңалықтар: ЖАҢАЛЫҚ және жаңалық.\n"));
        write(QStringLiteral("02.news/02.2024-05-02-zhanalyq/item.ru.md"),
            "---\ntitle: Новость\nslug: zhanalyq-tree\nsummary: ёлка не ищется здесь\n---\nТекст про ёлку.\n");
        // no header: the whole file is body
        write(QStringLiteral("03.about/default.md"), "Ёлка: без заголовка\n");
        const SiteLayout layout = locateSite(m_site.root());
        QVERIFY(layout.isValid());
        m_index = scanSite(layout, SiteConfig::load(layout));
        QVERIFY(m_index.size() > 4);
    }

    void folding_data()
    {
        QTest::addColumn<QString>("a");
        QTest::addColumn<QString>("b");
        QTest::addColumn<bool>("same");
        QTest::newRow("yo") << QStringLiteral("Ёлка") << QStringLiteral("елка") << true;
        QTest::newRow("yo small") << QStringLiteral("всё") << QStringLiteral("ВСЕ") << true;
        QTest::newRow("kazakh capitals") << QStringLiteral("ӘҒҚҢӨҰҮҺІ") << QStringLiteral("әғқңөұүһі") << true;
        QTest::newRow("ascii") << QStringLiteral("GravDesk") << QStringLiteral("gravdesk") << true;
        QTest::newRow("ә is not а") << QStringLiteral("ә") << QStringLiteral("а") << false;
        QTest::newRow("ғ is not г") << QStringLiteral("ғ") << QStringLiteral("г") << false;
        QTest::newRow("қ is not к") << QStringLiteral("Қ") << QStringLiteral("к") << false;
        QTest::newRow("ң is not н") << QStringLiteral("ң") << QStringLiteral("н") << false;
        QTest::newRow("ө is not о") << QStringLiteral("Ө") << QStringLiteral("о") << false;
        QTest::newRow("ұ is not у") << QStringLiteral("ұ") << QStringLiteral("у") << false;
        QTest::newRow("ү is not у") << QStringLiteral("Ү") << QStringLiteral("у") << false;
        QTest::newRow("һ is not х") << QStringLiteral("һ") << QStringLiteral("х") << false;
        QTest::newRow("і is not и") << QStringLiteral("І") << QStringLiteral("и") << false;
        QTest::newRow("kazakh і is not latin i") << QStringLiteral("і") << QStringLiteral("i") << false;
    }
    void folding()
    {
        QFETCH(QString, a);
        QFETCH(QString, b);
        QFETCH(bool, same);
        QCOMPARE(SearchFold::folded(a) == SearchFold::folded(b), same);
        // the byte form agrees with the UTF-16 form, and keeps the length
        QCOMPARE(SearchFold::foldedUtf8(a.toUtf8()), SearchFold::folded(a).toUtf8());
        QCOMPARE(SearchFold::foldedUtf8(a.toUtf8()).size(), a.toUtf8().size());
    }

    void foldingKeepsOffsets()
    {
        // every BMP letter that has a case: the folded UTF-8 equals the UTF-8 of the folded text, byte for byte,
        // wherever the folded letter needs as many bytes
        QString all;
        for (char16_t c = 0x41; c < 0x2000; ++c)
            if (!QChar::isSurrogate(c) && QChar(c).isLetter())
                all += QChar(c);
        const QByteArray utf8 = all.toUtf8();
        const QByteArray folded = SearchFold::foldedUtf8(utf8);
        QCOMPARE(folded.size(), utf8.size());
        QCOMPARE(QString::fromUtf8(folded).size(), all.size());
        const QString expected = SearchFold::folded(all);
        const QString got = QString::fromUtf8(folded);
        int kept = 0;
        for (qsizetype i = 0; i < all.size(); ++i) {
            // a letter whose folded form needs as many UTF-8 bytes is folded; the few others (ſ → s, ẞ → ß ...) are kept
            if (QString(expected[i]).toUtf8().size() == QString(all[i]).toUtf8().size()) {
                QCOMPARE(got[i], expected[i]);
            } else {
                QCOMPARE(got[i], all[i]);
                ++kept;
            }
        }
        QVERIFY2(kept < 32, qPrintable(QString::number(kept)));
        QCOMPARE(SearchFold::fold(u'Ё'), u'е');
        QCOMPARE(SearchFold::fold(u'І'), u'і');
    }

    void foldingOneLetterAmongPlainText()
    {
        // each character alone among plain small letters, at every offset of a 16-byte block (the fast path copies
        // blocks it finds nothing to fold in): folded exactly as foldingKeepsOffsets says, everything around kept
        const QString pad = QStringLiteral("abcdefghijklmnopqrstuvwxyzabcdefghijklmnopqrstuvwxyz");
        int checked = 0;
        for (char32_t c = 0x80; c < 0x10000; ++c) {
            if (QChar::isSurrogate(c))
                continue;
            const QString one(QChar(static_cast<char16_t>(c)));
            const QString folded = SearchFold::folded(one);
            const QString expected = folded.toUtf8().size() == one.toUtf8().size() ? folded : one;
            const int lastOffset = c < 0x800 ? 17 : 2;
            for (int offset = 0; offset <= lastOffset; ++offset) {
                const int at = c < 0x800 ? offset : (offset == 0 ? 0 : offset == 1 ? 14 : 15);
                const QString text = pad.left(at) + one + pad.mid(at, 24);
                const QString want = pad.left(at) + expected + pad.mid(at, 24);
                const QByteArray got = SearchFold::foldedUtf8(text.toUtf8());
                if (got != want.toUtf8()) {
                    QFAIL(qPrintable(QStringLiteral("U+%1 at %2: %3")
                                         .arg(quint32(c), 4, 16, QLatin1Char('0'))
                                         .arg(at)
                                         .arg(QString::fromUtf8(got))));
                }
                ++checked;
            }
        }
        QVERIFY(checked > 200000);
        // typical Kazakh words pass the fast path and still fold their capitals
        QCOMPARE(SearchFold::foldedUtf8(QStringLiteral("ӘЛЕМ ҚАЗАҚСТАН ЖАҢАЛЫҚТАРЫ ҮШІН ӨҢІР ҰЛТТЫҚ ҒЫЛЫМ ҺӘМ").toUtf8()),
            QStringLiteral("әлем қазақстан жаңалықтары үшін өңір ұлттық ғылым һәм").toUtf8());
    }

    void foldingTypicalText()
    {
        // blocks of plain lower-case text are copied, the others folded letter by letter: every position agrees
        const QString words = QStringLiteral(
            "Новогодняя ЁЛКА «в центре» — µ, Ёж; ҚАЗАҚСТАН жаңалықтары Әке Ғалым ІС; The TREE is up. Ѣѣ Ѐ ѐ ß ẞ Ω K №5 "
            "всё ещё ёлка\u00a0Ёлка");
        QString text;
        for (int i = 0; i < 40; ++i)
            text += words.mid(i % 7) + QLatin1Char(' '); // every letter at every offset of a block
        QCOMPARE(QString::fromUtf8(SearchFold::foldedUtf8(text.toUtf8())).size(), text.size());
        const QString expected = SearchFold::folded(text);
        const QString got = QString::fromUtf8(SearchFold::foldedUtf8(text.toUtf8()));
        for (qsizetype i = 0; i < text.size(); ++i)
            if (QString(expected[i]).toUtf8().size() == QString(text[i]).toUtf8().size())
                QVERIFY2(got[i] == expected[i], qPrintable(QStringLiteral("%1 at %2").arg(text.mid(i, 10)).arg(i)));
    }

    void plainTextEqualsPlainScan_data()
    {
        QTest::addColumn<QString>("text");
        QTest::newRow("ёлка") << QStringLiteral("ёлка");
        QTest::newRow("ЕЛКА") << QStringLiteral("ЕЛКА");
        QTest::newRow("kazakh") << QStringLiteral("жаңалық");
        QTest::newRow("kazakh capitals") << QStringLiteral("ҚАЗАҚСТАН");
        QTest::newRow("mixed case") << QStringLiteral("TrEe");
        QTest::newRow("folder") << QStringLiteral("zhanalyq");
        QTest::newRow("absent") << QStringLiteral("отсутствует");
        QTest::newRow("one letter") << QStringLiteral("ә");
    }
    void plainTextEqualsPlainScan()
    {
        QFETCH(QString, text);
        SearchPattern p;
        QVERIFY(p.set(text, false));
        const QVector<SearchMatch> expected = plainScan(m_index, text);
        const QVector<SearchMatch> got = searchSite(m_index, p);
        QCOMPARE(describe(got), describe(expected));
        // the printed listing: the same matches in the same order, formatted on the workers
        const SearchTextOutput listing
            = searchSiteText(m_index, p, [](const SearchMatch &m) { return (describe({m}) + QLatin1Char('\n')).toUtf8(); });
        QString lines;
        for (const SearchMatch &m : expected)
            lines += describe({m}) + QLatin1Char('\n');
        QCOMPARE(QString::fromUtf8(listing.text), lines);
        QCOMPARE(listing.matches, int(expected.size()));
        QSet<QString> places;
        for (const SearchMatch &m : expected)
            places.insert(m.folder + QLatin1Char('/') + m.file);
        QCOMPARE(listing.files, int(places.size()));
        // the in-memory index gives the same
        SearchIndex index;
        index.build(m_index);
        QCOMPARE(describe(index.search(p)), describe(expected));
        // which files hold it: exactly the files (and folders) the plain scan found it in
        QSet<QString> files;
        for (const SearchMatch &m : expected)
            files.insert(m.folder + QLatin1Char('/') + m.file);
        QCOMPARE(index.filesContaining(p), files);
        // the same as flags by position, and the folders holding them (or named with the text)
        const QVector<char> hits = index.fileHits(p);
        const QVector<char> folders = index.folderHits(p, hits);
        int flagged = 0;
        for (const QString &f : std::as_const(files)) {
            if (f.endsWith(QLatin1Char('/'))) {
                QVERIFY(folders.value(index.folderPosition(f.chopped(1))));
                continue;
            }
            QVERIFY2(hits.value(index.filePosition(f)), qPrintable(f));
            QVERIFY(folders.value(index.folderPosition(f.section(QLatin1Char('/'), 0, -2))));
            ++flagged;
        }
        QCOMPARE(int(std::count(hits.cbegin(), hits.cend(), 1)), flagged);
        // narrowed to the files of a shorter text: the same answer
        if (text.size() > 2) {
            SearchPattern shorter;
            QVERIFY(shorter.set(text.left(2), false));
            const QVector<char> within = index.fileHits(shorter);
            QCOMPARE(index.fileHits(p, &within), hits);
        }
    }

    void filesContainingRegex()
    {
        SearchIndex index;
        index.build(m_index);
        SearchPattern p;
        QVERIFY(p.set(QStringLiteral("жаңа\\w+"), true));
        QSet<QString> files;
        for (const SearchMatch &m : index.search(p))
            files.insert(m.folder + QLatin1Char('/') + m.file);
        QCOMPARE(files.size(), 1);
        QCOMPARE(index.filesContaining(p), files);
        // an expression that only matches empty strings holds nowhere
        QVERIFY(p.set(QStringLiteral("x*"), true));
        QVERIFY(index.filesContaining(p).isEmpty());
    }

    void fieldsAndPlaces()
    {
        SearchPattern p;
        QVERIFY(p.set(QStringLiteral("ёлка"), false));
        const QVector<SearchMatch> got = searchSite(m_index, p);
        QStringList fields;
        for (const SearchMatch &m : got)
            fields << searchFieldName(m.field);
        QVERIFY(fields.contains(QStringLiteral("title")));
        QVERIFY(fields.contains(QStringLiteral("body")));
        for (const SearchMatch &m : got)
            QVERIFY2(!m.lineText.startsWith(QLatin1String("summary:")), qPrintable(describe(got))); // other header keys: no
        // a file without a header is all body, from line 1
        const auto noHeader
            = std::find_if(got.cbegin(), got.cend(), [](const SearchMatch &m) { return m.file == QLatin1String("default.md"); });
        QVERIFY(noHeader != got.cend());
        QCOMPARE(noHeader->line, 1);
        QCOMPARE(noHeader->column, 1);
        QCOMPARE(noHeader->field, SearchField::Body);
        // Russian letters do not find the Kazakh word
        QVERIFY(p.set(QStringLiteral("казакстан"), false));
        const QVector<SearchMatch> ru = searchSite(m_index, p);
        QCOMPARE(ru.size(), 1);
        QCOMPARE(ru.first().lineText, QStringLiteral("Казакстан — орысша жазылған."));
        // CR LF lines: the line number and text without the CR
        QVERIFY(p.set(QStringLiteral("second LINE"), false));
        const QVector<SearchMatch> crlf = searchSite(m_index, p);
        QCOMPARE(crlf.size(), 1);
        QCOMPARE(crlf.first().line, 8);
        QCOMPARE(crlf.first().lineText, QStringLiteral("Second line with tree"));
    }

    void regularExpressions()
    {
        SearchPattern p;
        QVERIFY(p.set(QStringLiteral("қазақ\\w+"), true));
        const QVector<SearchMatch> got = searchSite(m_index, p);
        QCOMPARE(got.size(), 3); // Қазақстан ҚАЗАҚСТАН қазақстан
        QCOMPARE(got[1].column, 11);
        QCOMPARE(got[1].length, 9);
        QVERIFY(p.set(QStringLiteral("^ел"), true)); // ^ at line starts, ё = е, any case
        QStringList lines;
        for (const SearchMatch &m : searchSite(m_index, p))
            lines << m.lineText;
        QCOMPARE(lines, QStringList({QStringLiteral("ЁЛКА ещё раз ёлка ёлка"), QStringLiteral("Ёлка: без заголовка")}));
        QString error;
        QVERIFY(!p.set(QStringLiteral("(unclosed"), true, &error));
        QVERIFY(error.contains(QStringLiteral("(unclosed")));
        QVERIFY(!p.set(QString(), false, &error));
        QVERIFY(!error.isEmpty());
    }

    void indexFollowsChanges()
    {
        TempSite site;
        site.writeDefaultConfig();
        for (int i = 0; i < 30; ++i)
            site.writePage(QStringLiteral("02.news/%1.post/item.ru.md").arg(i + 10),
                item("Пост " + QByteArray::number(i), "Текст номер " + QByteArray::number(i) + ".\n"));
        const SiteLayout layout = locateSite(site.root());
        PageIndex index = scanSite(layout, SiteConfig::load(layout));
        SearchIndex search;
        QCOMPARE(search.build(index), 30);
        SearchPattern p;
        QVERIFY(p.set(QStringLiteral("Әуе"), false));
        QVERIFY(search.search(p).isEmpty());
        // one file changes, one is removed, one folder is added
        const QString changed = site.writePage(QStringLiteral("02.news/12.post/item.ru.md"), item("Пост", "Әуе райы.\n"));
        QVERIFY(QFile::remove(site.pagesDir() + QStringLiteral("/02.news/13.post/item.ru.md")));
        site.writePage(QStringLiteral("02.news/99.new/item.kk.md"), item("Жаңа", "ӘУЕ РАЙЫ.\n"));
        index = scanSite(layout, SiteConfig::load(layout));
        QCOMPARE(search.update(index,
                     {changed, site.pagesDir() + QStringLiteral("/02.news/13.post"),
                         site.pagesDir() + QStringLiteral("/02.news/99.new")}),
            2);
        QCOMPARE(search.fileCount(), 30);
        QCOMPARE(describe(search.search(p)), describe(searchSite(index, p)));
        QCOMPARE(search.search(p).size(), 2);
        QVERIFY(!search.text(QStringLiteral("02.news/13.post/item.ru.md")));
        // a change the watcher did not name is still seen by its size
        site.writePage(QStringLiteral("02.news/14.post/item.ru.md"), item("Пост", "Әуе райы бүгін жақсы болады.\n"));
        index = scanSite(layout, SiteConfig::load(layout));
        QCOMPARE(search.update(index, {}), 1);
        QCOMPARE(search.search(p).size(), 3);
        // a folder named by the change stream: its files are read again, even when their size stayed
        const QByteArray same = item("Пост 15", "Текст номер 15.\n");
        QByteArray edited = item("Пост 15", "Текст Әуе 15.\n");
        edited.append(QByteArray(same.size() - edited.size(), ' '));
        QCOMPARE(edited.size(), same.size());
        site.writePage(QStringLiteral("02.news/25.post/item.ru.md"), edited);
        index = scanSite(layout, SiteConfig::load(layout));
        QCOMPARE(search.update(index, {site.pagesDir() + QStringLiteral("/02.news/25.post")}), 1);
        QCOMPARE(search.search(p).size(), 4);
        QCOMPARE(search.update(index, {}), 0);
        // the limit
        bool more = false;
        QCOMPARE(search.search(p, 2, &more).size(), 2);
        QVERIFY(more);
        QCOMPARE(describe(search.search(p, 2)), describe(search.search(p).mid(0, 2)));
        QCOMPARE(describe(search.search(p, 4, &more)), describe(search.search(p)));
        QVERIFY(!more);
    }

    void listSiteFindsTheSameFiles()
    {
        const PageIndex listed = listSite(m_index.layout, m_index.config);
        QCOMPARE(listed.size(), m_index.size());
        for (int n = 0; n < listed.size(); ++n) {
            QCOMPARE(listed.nodes[n].relPath, m_index.nodes[n].relPath);
            QCOMPARE(listed.nodes[n].variants.size(), m_index.nodes[n].variants.size());
        }
        SearchPattern p;
        QVERIFY(p.set(QStringLiteral("ёлка"), false));
        QCOMPARE(describe(searchSite(listed, p)), describe(searchSite(m_index, p)));
    }
};

QTEST_GUILESS_MAIN(TestSiteSearch)
#include "tst_sitesearch.moc"
