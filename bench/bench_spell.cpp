// Spell checking: the time to check a 10 KB post (cold and with a warm cache) next to a bare Hunspell
// loop over the same words, and on the Grav corpus the share of words flagged per language (the false
// positive rate, since the corpus is published, proofread text). See bench/README.md.
#include "hunspelldictionary.h"
#include "spellchecker.h"
#include "text/spelltokens.h"

#include <QCoreApplication>
#include <QDir>
#include <QDirIterator>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QMap>
#include <QSet>

#include <algorithm>
#include <cstdio>
#include <hunspell.hxx>
#include <map>
#include <memory>
#include <vector>

using namespace GravDesk;

namespace {

// A newsroom post: Kazakh, Russian and English paragraphs with the Markdown a post has (links, a
// gallery shortcode, inline code, a fenced block, an HTML comment), a few typos, repeated to 10 KB.
QString tenKilobytePost()
{
    const QString unit = QStringLiteral(
        "## Гематология орталығының жаңалықтары {#news}\n\n"
        "Енді Қарағандыда да амбулаториялық қабылдау жүргізілуде. Емханалар мен басқа да ұйымдарынан жолдама алған "
        "науқастар үшін дәрігердің кеңесі толығымен тегін. Толық ақпаратты [сайттан](https://hemcenter.kz/kk/news) "
        "немесе info@hemcenter.kz поштасы арқылы алуға болады. Дәрігрлер күн сайын қабылдайды.\n\n"
        "[owl-carousel items=1 margin=10 loop=true autoplay=false lazyLoad=true]\n"
        "![Фото](photo-01.jpg?lightbox=1024&cropResize=300,300)\n"
        "[/owl-carousel]\n\n"
        "Теперь и в Караганде ведётся амбулаторный приём. Для пациентов, получивших направление из поликлиник, "
        "консультация гематолога полностью бесплатна. Запись по телефону, подробности — на `/ru/contacts`. "
        "Специалисты центра проводят обследование и назначают лечение, пациентв принимают ежедневно.\n\n"
        "<!-- фото от пресс-службы -->\n"
        "Outpatient appointments are now available in Karaganda as well. For patients referred by clinics, the "
        "hematologist's consultation is free of charge. Our doctors see patients every weekday.\n\n"
        "```\nnpm run build -- --mode production\n```\n\n");
    QString post;
    while (post.toUtf8().size() < 10 * 1024)
        post += unit;
    // Cut at a paragraph so that the post is about 10 KB of UTF-8.
    while (post.toUtf8().size() > 10 * 1024) {
        const int cut = static_cast<int>(post.lastIndexOf(QStringLiteral("\n\n"), post.size() - 3));
        post.truncate(cut + 2);
    }
    return post;
}

qint64 medianNs(std::vector<qint64> v)
{
    std::sort(v.begin(), v.end());
    return v[v.size() / 2];
}

double ms(qint64 ns)
{
    return ns / 1e6;
}

struct LanguageStats
{
    QSet<QString> accepted; // distinct words the checker accepted, for the typo test
    int files = 0;
    int words = 0;
    int flagged = 0;
    int flaggedCapitalised = 0; // mostly names: what the newsroom's word list is for
    QHash<QString, int> flaggedWords;
};

// The bodies of the corpus's posts, kk, ru and en in turn, until 10 KB (empty when there is no corpus).
QString corpusTenKilobytes(const QString &pages)
{
    // One language per post folder, in turn, so that no text repeats.
    QStringList folders;
    QDirIterator it(pages, {QStringLiteral("item.kk.md")}, QDir::Files, QDirIterator::Subdirectories);
    while (it.hasNext())
        folders << QFileInfo(it.next()).absolutePath();
    std::sort(folders.begin(), folders.end());
    QString post;
    const QStringList order = {QStringLiteral("kk"), QStringLiteral("ru"), QStringLiteral("en")};
    for (int i = 0; i < folders.size() && post.toUtf8().size() < 10 * 1024; ++i) {
        QFile f(folders[i] + QStringLiteral("/item.") + order[i % 3] + QStringLiteral(".md"));
        if (!f.open(QIODevice::ReadOnly))
            continue;
        const QString text = QString::fromUtf8(f.readAll());
        const int body = static_cast<int>(text.indexOf(QStringLiteral("\n---"), 3));
        post += text.mid(body < 0 ? 0 : body + 4).trimmed() + QStringLiteral("\n\n");
    }
    return post.toUtf8().size() >= 10 * 1024 ? QString::fromUtf8(post.toUtf8().left(10 * 1024)) : QString();
}

void measurePost(
    SpellChecker &checker, const std::map<QString, std::unique_ptr<Hunspell>> &bare, const QString &title, const QString &post)
{
    const QString lang = QStringLiteral("kk");
    const QVector<SpellToken> tokens = SpellTokenizer::tokenize(post, lang);
    std::vector<qint64> tokenize, cold, warm, peer;
    int flagged = 0;
    for (int run = 0; run < 7; ++run) {
        QElapsedTimer t;
        t.start();
        const auto again = SpellTokenizer::tokenize(post, lang);
        tokenize.push_back(t.nsecsElapsed());
        checker.clearCache();
        t.restart();
        flagged = static_cast<int>(checker.misspelled(post, lang).size());
        cold.push_back(t.nsecsElapsed());
    }
    for (int run = 0; run < 51; ++run) {
        QElapsedTimer t;
        t.start();
        flagged = static_cast<int>(checker.misspelled(post, lang).size());
        warm.push_back(t.nsecsElapsed());
    }
    std::vector<std::pair<Hunspell *, std::string>> words;
    for (const SpellToken &tk : tokens) {
        const auto d = bare.find(tk.route.language);
        if (d != bare.end())
            words.emplace_back(d->second.get(), tk.word.toUtf8().toStdString());
    }
    int peerFlagged = 0;
    for (int run = 0; run < 7; ++run) {
        QElapsedTimer t;
        t.start();
        peerFlagged = 0;
        for (const auto &w : words)
            peerFlagged += w.first->spell(w.second) ? 0 : 1;
        peer.push_back(t.nsecsElapsed());
    }
    // A keystroke: the editor rechecks the block being typed in (the longest paragraph; warm cache).
    QString paragraph;
    for (const QString &line : post.split(QLatin1Char('\n')))
        if (line.size() > paragraph.size())
            paragraph = line;
    std::vector<qint64> keystroke;
    int state = 0;
    int paragraphWords = 0;
    for (int run = 0; run < 201; ++run) {
        QElapsedTimer t;
        t.start();
        const auto lineTokens = SpellTokenizer::tokenizeLine(paragraph, SpellTokenizer::BodyStart, &state, lang);
        for (const SpellToken &tk : lineTokens)
            checker.isCorrect(tk.word, tk.route);
        keystroke.push_back(t.nsecsElapsed());
        paragraphWords = static_cast<int>(lineTokens.size());
    }
    QSet<QString> distinct;
    for (const SpellToken &tk : tokens)
        distinct.insert(tk.word);

    std::printf("%s\n  %lld bytes UTF-8, %lld characters, %lld checked words (%lld distinct), %d flagged; page language kk\n",
        qPrintable(title), static_cast<long long>(post.toUtf8().size()), static_cast<long long>(post.size()),
        static_cast<long long>(tokens.size()), static_cast<long long>(distinct.size()), flagged);
    std::printf("  %-52s %8.2f ms\n", "tokenizer + routing only", ms(medianNs(tokenize)));
    std::printf("  %-52s %8.2f ms   (target <= 20 ms)\n", "GravDesk check, cold cache", ms(medianNs(cold)));
    std::printf("  %-52s %8.2f ms   (target <= 20 ms)\n", "GravDesk check, warm cache", ms(medianNs(warm)));
    std::printf("  %-52s %8.2f ms   (%d flagged: no second opinion)\n", "peer: bare Hunspell::spell() over the same words",
        ms(medianNs(peer)), peerFlagged);
    std::printf("  %-52s %8.3f ms   (%lld characters, %d words)\n", "one keystroke: recheck its paragraph, warm cache",
        ms(medianNs(keystroke)), static_cast<long long>(paragraph.size()), paragraphWords);
    std::printf("  (medians: cold and peer of 7 runs, warm of 51, keystroke of 201)\n\n");
}

// Checks every page file under @p pages; statistics by the file's language.
QMap<QString, LanguageStats> checkCorpus(
    SpellChecker &checker, const QString &pages, QMap<QString, LanguageStats> *byDictionary, qint64 *corpusBytes)
{
    QMap<QString, LanguageStats> stats; // by the file's language
    QDirIterator it(pages, {QStringLiteral("*.md")}, QDir::Files, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString path = it.next();
        QFile f(path);
        if (!f.open(QIODevice::ReadOnly))
            continue;
        const QByteArray bytes = f.readAll();
        *corpusBytes += bytes.size();
        const QString text = QString::fromUtf8(bytes);
        const QStringList parts = QFileInfo(path).fileName().split(QLatin1Char('.'));
        const QString fileLang = parts.size() >= 3 ? parts.at(parts.size() - 2) : QStringLiteral("(none)");
        LanguageStats &s = stats[fileLang];
        ++s.files;
        for (const SpellToken &tk : SpellTokenizer::tokenize(text, fileLang, SpellTokenizer::pageFileStart())) {
            const bool ok = checker.isCorrect(tk.word, tk.route);
            ++s.words;
            LanguageStats &d = (*byDictionary)[tk.route.language];
            ++d.words;
            if (ok && tk.word.size() >= 5)
                s.accepted.insert(tk.word);
            if (!ok) {
                ++s.flagged;
                if (tk.word.front().isUpper())
                    ++s.flaggedCapitalised;
                ++s.flaggedWords[tk.word];
                ++d.flagged;
            }
        }
    }
    return stats;
}

struct TypoRate
{
    int typos = 0;
    int caught = 0;
    QStringList missed;
};

// Each accepted word of five or more letters gets one deterministic typo (a middle letter dropped, or
// two swapped); the share of typos flagged is the detection rate.
TypoRate typoRate(SpellChecker &checker, const QString &language, const LanguageStats &s)
{
    QStringList sorted(s.accepted.cbegin(), s.accepted.cend());
    std::sort(sorted.begin(), sorted.end());
    TypoRate r;
    for (int i = 0; i < sorted.size(); ++i) {
        QString typo = sorted[i];
        const int mid = static_cast<int>(typo.size()) / 2;
        if (i % 2 == 0)
            typo.remove(mid, 1);
        else
            std::swap(typo[mid - 1], typo[mid]);
        if (typo == sorted[i] || s.accepted.contains(typo))
            continue;
        ++r.typos;
        if (!checker.isCorrect(typo, routeSpellWord(typo, language)))
            ++r.caught;
        else if (r.missed.size() < 6)
            r.missed << QStringLiteral("%1→%2").arg(sorted[i], typo);
    }
    return r;
}

// VmRSS of this process in kB (0 where /proc is not there).
long residentKb()
{
    QFile f(QStringLiteral("/proc/self/status"));
    if (!f.open(QIODevice::ReadOnly))
        return 0;
    for (const QByteArray &line : f.readAll().split('\n'))
        if (line.startsWith("VmRSS:"))
            return line.mid(6).trimmed().split(' ').value(0).toLong();
    return 0;
}

QString corpusPages(int argc, char **argv)
{
    for (int i = 1; i + 1 < argc; ++i)
        if (qstrcmp(argv[i], "--corpus") == 0)
            return QFile::decodeName(argv[i + 1]);
    const QByteArray env = qgetenv("GRAVDESK_SHARED_DIR");
    const QString shared = env.isEmpty() ? QStringLiteral(GRAVDESK_DEFAULT_SHARED_DIR) : QFile::decodeName(env);
    return shared + QStringLiteral("/corpus/hemcenter/user/pages");
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);

    const long rssBefore = residentKb();
    QElapsedTimer load;
    load.start();
    SpellChecker checker;
    const QStringList problems = checker.loadInstalledDictionaries();
    for (const QString &p : problems)
        std::printf("warning: %s\n", qPrintable(p));
    if (checker.languages().isEmpty()) {
        std::printf("no dictionary installed: nothing to measure (install hunspell-kk hunspell-ru hunspell-en-us)\n");
        return 0;
    }
    std::printf("dictionaries: %s, loaded in %.0f ms, %ld MB resident\n\n",
        qPrintable(checker.languages().join(QStringLiteral(", "))), ms(load.nsecsElapsed()), (residentKb() - rssBefore) / 1024);

    // ---- (1) a 10 KB post ------------------------------------------------------------------------------
    // The peer: Hunspell's own spell() over the same words, each in its dictionary, no tokenizer, no cache.
    std::map<QString, std::unique_ptr<Hunspell>> bare;
    for (const QString &l : checker.languages()) {
        const QString aff = findDictionary(l);
        const QString dic = aff.left(aff.size() - 4) + QStringLiteral(".dic");
        bare[l] = std::make_unique<Hunspell>(QFile::encodeName(aff).constData(), QFile::encodeName(dic).constData());
    }
    const QString pages = corpusPages(argc, argv);
    measurePost(checker, bare, QStringLiteral("synthetic 10 KB post (one kk/ru/en unit repeated)"), tenKilobytePost());
    const QString corpusPost = corpusTenKilobytes(pages);
    if (!corpusPost.isEmpty())
        measurePost(
            checker, bare, QStringLiteral("corpus 10 KB post (bodies of different kk, ru, en posts, no repeats)"), corpusPost);

    // ---- (2) the corpus: share of words flagged per language -------------------------------------------
    if (!QFileInfo(pages).isDir()) {
        std::printf("corpus: %s not found, skipped (give --corpus DIR or GRAVDESK_SHARED_DIR)\n", qPrintable(pages));
        return 0;
    }
    // The site's own word list counts, as in the editor (the hemcenter corpus has none).
    const QString wordList = pages + QStringLiteral("/.gravdesk/dictionary.txt");
    if (QFileInfo::exists(wordList)) {
        checker.setWordList(wordList);
        std::printf("site word list: %lld words\n", static_cast<long long>(checker.wordList().words().size()));
    }
    QMap<QString, LanguageStats> byDictionary; // by the dictionary each word was routed to
    qint64 corpusBytes = 0;
    QElapsedTimer corpusTime;
    corpusTime.start();
    const QMap<QString, LanguageStats> stats = checkCorpus(checker, pages, &byDictionary, &corpusBytes);
    std::printf("corpus %s: %lld KB checked in %.0f ms\n", qPrintable(QDir::toNativeSeparators(QDir(pages).dirName())),
        static_cast<long long>(corpusBytes / 1024), ms(corpusTime.nsecsElapsed()));
    std::printf(
        "  %-6s %6s %9s %9s %8s %9s %22s\n", "files", "count", "words", "flagged", "share", "distinct", "share w/o capitalised");
    for (auto s = stats.cbegin(); s != stats.cend(); ++s)
        std::printf("  %-6s %6d %9d %9d %7.2f%% %9lld %21.2f%%\n", qPrintable(s.key()), s->files, s->words, s->flagged,
            s->words ? 100.0 * s->flagged / s->words : 0.0, static_cast<long long>(s->flaggedWords.size()),
            s->words ? 100.0 * (s->flagged - s->flaggedCapitalised) / s->words : 0.0);
    std::printf("\n  by dictionary the word was routed to:\n");
    for (auto d = byDictionary.cbegin(); d != byDictionary.cend(); ++d)
        std::printf("  %-6s %16d %9d %7.2f%%\n", qPrintable(d.key()), d->words, d->flagged,
            d->words ? 100.0 * d->flagged / d->words : 0.0);
    std::printf("\n  most frequent flagged words (false positives: the corpus is published text):\n");
    for (auto s = stats.cbegin(); s != stats.cend(); ++s) {
        QVector<QPair<int, QString>> top;
        for (auto w = s->flaggedWords.cbegin(); w != s->flaggedWords.cend(); ++w)
            top.append({w.value(), w.key()});
        std::sort(top.begin(), top.end(),
            [](const auto &a, const auto &b) { return a.first != b.first ? a.first > b.first : a.second < b.second; });
        QStringList shown;
        const bool all = QCoreApplication::arguments().contains(QStringLiteral("--flagged"));
        for (int i = 0; i < (all ? top.size() : std::min<int>(15, top.size())); ++i)
            shown << QStringLiteral("%1 ×%2").arg(top[i].second).arg(top[i].first);
        std::printf("  %s: %s\n", qPrintable(s.key()), qPrintable(shown.join(QStringLiteral(", "))));
    }

    // The other side of the false positives: typos must still be caught (a typo can make another real
    // word, so 100 % is not reachable). And the same without accepting Kazakh endings, to see what they cost.
    std::printf("\n  typos caught (one typo in each distinct accepted word of 5+ letters):\n");
    std::printf("  %-6s %9s %9s %8s   %s\n", "files", "typos", "caught", "share", "examples missed");
    for (auto s = stats.cbegin(); s != stats.cend(); ++s) {
        const TypoRate r = typoRate(checker, s.key(), s.value());
        std::printf("  %-6s %9d %9d %7.2f%%   %s\n", qPrintable(s.key()), r.typos, r.caught,
            r.typos ? 100.0 * r.caught / r.typos : 0.0, qPrintable(r.missed.join(QStringLiteral(", "))));
    }
    checker.setKazakhEndings(false);
    QMap<QString, LanguageStats> unusedByDictionary;
    qint64 unusedBytes = 0;
    const QMap<QString, LanguageStats> plain = checkCorpus(checker, pages, &unusedByDictionary, &unusedBytes);
    std::printf("\n  without accepting Kazakh endings on known stems:\n");
    for (auto s = plain.cbegin(); s != plain.cend(); ++s) {
        // Typos of the same words as above, so that the two rates compare.
        const TypoRate r = typoRate(checker, s.key(), stats.value(s.key()));
        std::printf("  %-6s flagged %7.2f%% of words, typos caught %7.2f%%\n", qPrintable(s.key()),
            s->words ? 100.0 * s->flagged / s->words : 0.0, r.typos ? 100.0 * r.caught / r.typos : 0.0);
    }
    checker.setKazakhEndings(true);
    return 0;
}
