#include "sitegenerator.h"

#include <QDate>
#include <QDir>
#include <QFile>
#include <QRandomGenerator>
#include <QStringList>

namespace GravDesk::Bench {
namespace {

// Word lists in the three languages of the corpus; Kazakh includes its own letters (ә, қ, ң, ғ, ү, ұ, і, ө, һ).
const char *const kWordsKk[] = {"гематология", "орталығы", "пациенттер", "мектебі", "дәрігер", "қан", "ауруы", "емдеу",
    "қазақстан", "қарағанды", "жаңалықтар", "семинар", "конференция", "білім", "тәжірибе", "өңір", "ұйым", "үйрену", "ғылыми",
    "көмек", "бағдарлама", "маман", "зерттеу", "сапа", "аурухана", "жыл", "жұмыс", "кеңес"};
const char *const kWordsRu[] = {"гематология", "центр", "пациенты", "школа", "врачи", "кровь", "лечение", "казахстан",
    "караганда", "новости", "семинар", "конференция", "обучение", "опыт", "регион", "организация", "научный", "помощь",
    "программа", "специалист", "исследование", "качество", "больница", "год", "работа", "консультация", "форум", "встреча"};
const char *const kWordsEn[] = {"hematology", "center", "patients", "school", "doctors", "blood", "treatment", "kazakhstan",
    "karaganda", "news", "seminar", "conference", "training", "experience", "region", "organization", "scientific", "support",
    "programme", "specialist", "research", "quality", "hospital", "year", "work", "consultation", "forum", "meeting"};
const char *const kSlugWords[]
    = {"patient", "school", "forum", "hematology", "conference", "visit", "experts", "balkhash", "karaganda", "eha", "tutorial",
        "guests", "meeting", "memorandum", "cooperation", "winter", "residents", "transfusion", "symposium", "clinic", "online"};

template<size_t N> QString pick(QRandomGenerator &rng, const char *const (&words)[N])
{
    return QString::fromUtf8(words[rng.bounded(static_cast<quint32>(N))]);
}

template<size_t N> QString sentence(QRandomGenerator &rng, const char *const (&words)[N])
{
    const int count = 6 + static_cast<int>(rng.bounded(10u));
    QStringList parts;
    for (int i = 0; i < count; ++i)
        parts << pick(rng, words);
    QString s = parts.join(QLatin1Char(' '));
    s[0] = s[0].toUpper();
    return s + (rng.bounded(8u) == 0 ? QStringLiteral(":") : QStringLiteral("."));
}

template<size_t N> QString body(QRandomGenerator &rng, const char *const (&words)[N], int targetBytes, const QString &slug)
{
    QStringList paragraphs;
    int size = 0;
    bool delimiter = false;
    while (size < targetBytes) {
        QStringList sentences;
        const int count = 2 + static_cast<int>(rng.bounded(4u));
        int length = 0;
        // Stop adding sentences at the target, so that bodies stay within 1-3 KB.
        for (int i = 0; i < count && size + length < targetBytes; ++i) {
            sentences << sentence(rng, words);
            length += static_cast<int>(sentences.last().toUtf8().size()) + 1;
        }
        const QString p = sentences.join(QLatin1Char(' '));
        paragraphs << p;
        size += length + 1;
        if (!delimiter) {
            // The site's summary delimiter after the lead paragraph, as most corpus posts have.
            paragraphs << QStringLiteral("===");
            delimiter = true;
        }
        const quint32 extra = rng.bounded(12u);
        if (extra == 0)
            paragraphs << QStringLiteral("![](%1-%2.jpg)").arg(slug).arg(rng.bounded(1u, 9u));
        else if (extra == 1)
            paragraphs << QStringLiteral("[Zoom](https://us02web.zoom.us/j/%1)").arg(rng.bounded(100000000u, 999999999u));
    }
    return paragraphs.join(QStringLiteral("\n\n"));
}

QString quoted(const QString &s)
{
    QString q = s;
    q.replace(QLatin1Char('\''), QStringLiteral("''"));
    return QLatin1Char('\'') + q + QLatin1Char('\'');
}

bool writeFile(const QString &path, const QByteArray &bytes, GeneratedSite &stats, QString *error)
{
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly | QIODevice::Truncate) || f.write(bytes) != bytes.size()) {
        if (error)
            *error = QStringLiteral("cannot write %1: %2").arg(QDir::toNativeSeparators(path), f.errorString());
        return false;
    }
    stats.bytes += bytes.size();
    if (path.endsWith(QLatin1String(".md")))
        ++stats.pageFiles;
    return true;
}

} // namespace

bool generateSite(const QString &outDir, int posts, GeneratedSite *statsOut, QString *error)
{
    GeneratedSite stats;
    const QDir out(outDir);
    if (!out.mkpath(QStringLiteral("user/config")) || !out.mkpath(QStringLiteral("user/pages/02.news"))) {
        if (error)
            *error = QStringLiteral("cannot create folders in %1").arg(QDir::toNativeSeparators(outDir));
        return false;
    }
    const QString config = out.filePath(QStringLiteral("user/config"));
    const QString news = out.filePath(QStringLiteral("user/pages/02.news"));
    const QByteArray system = QByteArrayLiteral("timezone: Asia/Almaty\n"
                                                "param_sep: ':'\n"
                                                "force_lowercase_urls: true\n"
                                                "languages:\n"
                                                "  supported:\n"
                                                "    - kk\n"
                                                "    - ru\n"
                                                "    - en\n"
                                                "  default_lang: kk\n"
                                                "  include_default_lang: true\n"
                                                "  include_default_lang_file_extension: true\n"
                                                "  pages_fallback_only: true\n"
                                                "pages:\n"
                                                "  theme: bootstrap4-open-matter\n"
                                                "  dateformat:\n"
                                                "    default: null\n"
                                                "  publish_dates: true\n"
                                                "  markdown:\n"
                                                "    extra: false\n");
    const QByteArray site = QByteArrayLiteral("title: 'Synthetic news site'\n"
                                              "default_lang: kk\n"
                                              "taxonomies:\n"
                                              "  - category\n"
                                              "  - tag\n"
                                              "summary:\n"
                                              "  enabled: true\n"
                                              "  format: short\n"
                                              "  size: 300\n"
                                              "  delimiter: '==='\n");
    if (!writeFile(config + QStringLiteral("/system.yaml"), system, stats, error)
        || !writeFile(config + QStringLiteral("/site.yaml"), site, stats, error))
        return false;

    const char *const langs[] = {"kk", "ru", "en"};
    const char *const blogTitles[] = {"Жаңалықтар", "Новости", "News"};
    for (int l = 0; l < 3; ++l) {
        const QByteArray blog = QByteArrayLiteral("---\ntitle: ") + QByteArray(blogTitles[l])
            + QByteArrayLiteral("\nshow_sidebar: false\n"
                                "content:\n"
                                "    items: '@self.children'\n"
                                "    order:\n"
                                "        by: date\n"
                                "        dir: desc\n"
                                "    limit: 10\n"
                                "    pagination: true\n"
                                "---\n");
        if (!writeFile(news + QStringLiteral("/blog.%1.md").arg(QString::fromLatin1(langs[l])), blog, stats, error))
            return false;
    }

    QRandomGenerator rng(20240525u + static_cast<quint32>(posts));
    const QDate newest(2025, 1, 31);
    const int width = std::max(2, static_cast<int>(QString::number(posts).size()));
    for (int i = 0; i < posts; ++i) {
        // One post a day going back in time: dates, and so slugs, never repeat.
        const QDate date = newest.addDays(-i);
        QStringList slugWords;
        const int wordCount = 2 + static_cast<int>(rng.bounded(3u));
        for (int w = 0; w < wordCount; ++w)
            slugWords << pick(rng, kSlugWords);
        const QString slug = slugWords.join(QLatin1Char('-'));
        const QString folder = QStringLiteral("%1.%2-%3")
                                   .arg(i + 1, width, 10, QLatin1Char('0'))
                                   .arg(date.toString(QStringLiteral("yyyy-MM-dd")), slug);
        const QString dir = news + QLatin1Char('/') + folder;
        if (!QDir().mkpath(dir)) {
            if (error)
                *error = QStringLiteral("cannot create %1").arg(QDir::toNativeSeparators(dir));
            return false;
        }
        const QString when = QStringLiteral("%1 %2:%3")
                                 .arg(date.toString(QStringLiteral("dd-MM-yyyy")))
                                 .arg(9 + rng.bounded(9u), 2, 10, QLatin1Char('0'))
                                 .arg(rng.bounded(4u) * 15, 2, 10, QLatin1Char('0'));
        const bool draft = rng.bounded(50u) == 0;
        const bool hideFromList = rng.bounded(40u) == 0;
        const bool noHeaderImage = rng.bounded(5u) == 0;
        for (int l = 0; l < 3; ++l) {
            const int target = 1024 + static_cast<int>(rng.bounded(1800u));
            QString title;
            QString text;
            if (l == 0) {
                title = sentence(rng, kWordsKk);
                text = body(rng, kWordsKk, target, slug);
            } else if (l == 1) {
                title = sentence(rng, kWordsRu);
                text = body(rng, kWordsRu, target, slug);
            } else {
                title = sentence(rng, kWordsEn);
                text = body(rng, kWordsEn, target, slug);
            }
            title.chop(1); // no final full stop in titles
            QString header = QStringLiteral("title: %1\n"
                                            "hide_page_title: false\n"
                                            "show_sidebar: true\n"
                                            "hide_git_sync_repo_link: false\n"
                                            "date: '%2'\n"
                                            "publish_date: '%2'\n"
                                            "published: %3\n")
                                 .arg(quoted(title), when, draft ? QStringLiteral("false") : QStringLiteral("true"));
            if (hideFromList)
                header += QStringLiteral("hide_from_post_list: true\n");
            if (noHeaderImage)
                header += QStringLiteral("header_image: false\n");
            if (i % 7 == 0)
                header += QStringLiteral("dateformat: 'd-m-Y H:i'\n");
            if (i % 3 == 0)
                header += QStringLiteral("taxonomy:\n    category:\n        - news\n    tag:\n        - %1\n")
                              .arg(slugWords.first());
            // Most corpus posts end without a final newline.
            const QString page = QStringLiteral("---\n") + header + QStringLiteral("---\n\n") + text
                + (rng.bounded(20u) == 0 ? QStringLiteral("\n") : QString());
            if (!writeFile(dir + QStringLiteral("/item.%1.md").arg(QString::fromLatin1(langs[l])), page.toUtf8(), stats, error))
                return false;
        }
    }
    if (statsOut)
        *statsOut = stats;
    return true;
}

} // namespace GravDesk::Bench
