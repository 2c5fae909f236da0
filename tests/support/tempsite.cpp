#include "tempsite.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>

namespace GravDesk {

TempSite::TempSite(Layout layout)
    : m_layout(layout)
{
    if (!m_tmp.isValid())
        return;
    const QDir tmp(m_tmp.path());
    switch (layout) {
    case Layout::FullInstall:
        m_root = tmp.filePath(QStringLiteral("grav"));
        m_userDir = m_root + QStringLiteral("/user");
        m_valid = tmp.mkpath(QStringLiteral("grav/user/pages")) && tmp.mkpath(QStringLiteral("grav/user/config"))
            && tmp.mkpath(QStringLiteral("grav/system/config"));
        break;
    case Layout::UserFolder:
        m_root = tmp.filePath(QStringLiteral("user"));
        m_userDir = m_root;
        m_valid = tmp.mkpath(QStringLiteral("user/pages")) && tmp.mkpath(QStringLiteral("user/config"));
        break;
    case Layout::GitSyncClone:
        // Git Sync's repository is the user/ folder, sparse-checked-out to pages/ only.
        m_root = tmp.filePath(QStringLiteral("site-content"));
        m_userDir = m_root;
        m_valid = tmp.mkpath(QStringLiteral("site-content/pages")) && tmp.mkpath(QStringLiteral("site-content/.git/refs"));
        if (m_valid)
            m_valid = !write(m_root + QStringLiteral("/.git/HEAD"), QByteArrayLiteral("ref: refs/heads/master\n")).isEmpty();
        break;
    }
}

QString TempSite::systemConfigDir() const
{
    return m_layout == Layout::FullInstall ? m_root + QStringLiteral("/system/config") : QString();
}

QString TempSite::write(const QString &absPath, const QByteArray &bytes)
{
    if (!QDir().mkpath(QFileInfo(absPath).absolutePath()))
        return {};
    QFile f(absPath);
    if (!f.open(QIODevice::WriteOnly | QIODevice::Truncate))
        return {};
    if (f.write(bytes) != bytes.size())
        return {};
    f.close();
    return f.error() == QFileDevice::NoError ? absPath : QString();
}

QString TempSite::writePage(const QString &relPath, const QByteArray &bytes)
{
    return write(pagesDir() + QLatin1Char('/') + relPath, bytes);
}

QString TempSite::writeConfig(const QString &relPath, const QByteArray &yaml)
{
    return write(configDir() + QLatin1Char('/') + relPath, yaml);
}

QString TempSite::writeSystemConfig(const QString &relPath, const QByteArray &yaml)
{
    if (m_layout != Layout::FullInstall)
        return {};
    return write(systemConfigDir() + QLatin1Char('/') + relPath, yaml);
}

QString TempSite::writeFile(const QString &relPath, const QByteArray &bytes)
{
    return write(m_root + QLatin1Char('/') + relPath, bytes);
}

bool TempSite::makePageFolder(const QString &relPath)
{
    return QDir(pagesDir()).mkpath(relPath);
}

bool TempSite::setModified(const QString &path, const QDateTime &when)
{
    const QString abs = QFileInfo(path).isAbsolute() ? path : pagesDir() + QLatin1Char('/') + path;
    QFile f(abs);
    // Changing times needs an open handle; ReadOnly leaves the bytes alone.
    if (!f.open(QIODevice::ReadOnly))
        return false;
    return f.setFileTime(when, QFileDevice::FileModificationTime);
}

void TempSite::writeDefaultConfig(const QString &timezone)
{
    const QByteArray system = QByteArrayLiteral("timezone: ") + timezone.toUtf8()
        + QByteArrayLiteral("\n"
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
                            "  dateformat:\n"
                            "    default: null\n"
                            "  publish_dates: true\n");
    const QByteArray site = QByteArrayLiteral("title: Test site\n"
                                              "taxonomies:\n"
                                              "  - category\n"
                                              "  - tag\n"
                                              "summary:\n"
                                              "  enabled: true\n"
                                              "  delimiter: '==='\n");
    if (m_layout == Layout::GitSyncClone) {
        // A clone has no config/ of its own; the test decides where its configuration comes from.
        return;
    }
    writeConfig(QStringLiteral("system.yaml"), system);
    writeConfig(QStringLiteral("site.yaml"), site);
}

QByteArray TempSite::page(const QByteArray &header, const QByteArray &body)
{
    return QByteArrayLiteral("---\n") + header + QByteArrayLiteral("---\n\n") + body;
}

QByteArray TempSite::newsItem(const QString &title, const QString &date, bool published, const QByteArray &body)
{
    QString t = title;
    t.replace(QLatin1Char('\''), QStringLiteral("''"));
    const QByteArray header = QByteArrayLiteral("title: '") + t.toUtf8()
        + QByteArrayLiteral("'\n"
                            "hide_page_title: false\n"
                            "show_sidebar: true\n"
                            "hide_git_sync_repo_link: false\n"
                            "date: '")
        + date.toUtf8() + QByteArrayLiteral("'\npublished: ")
        + (published ? QByteArrayLiteral("true") : QByteArrayLiteral("false")) + QByteArrayLiteral("\n");
    return page(header, body);
}

void TempSite::populateSample()
{
    writeDefaultConfig();
    const char *const langs[] = {"kk", "ru", "en"};
    for (const char *l : langs) {
        const QString lang = QString::fromLatin1(l);
        writePage(QStringLiteral("01.home/default.%1.md").arg(lang),
            page(QByteArrayLiteral("title: Home\n"), QByteArrayLiteral("Welcome.\n")));
        writePage(QStringLiteral("02.news/blog.%1.md").arg(lang),
            page(QByteArrayLiteral("title: News\n"
                                   "content:\n"
                                   "    items: '@self.children'\n"
                                   "    order:\n"
                                   "        by: date\n"
                                   "        dir: desc\n"),
                QByteArray()));
        writePage(QStringLiteral("02.news/01.2024-05-25-exchange/item.%1.md").arg(lang),
            newsItem(QStringLiteral("Exchange (%1)").arg(lang), QStringLiteral("25-05-2024 10:00"), true,
                QStringLiteral("Программа обмена.\n\n===\n\nBody %1.\n").arg(lang).toUtf8()));
        writePage(QStringLiteral("02.news/02.2024-06-01-forum/item.%1.md").arg(lang),
            newsItem(QStringLiteral("Forum (%1)").arg(lang), QStringLiteral("01-06-2024 09:30")));
        writePage(QStringLiteral("03.about/_team/team.%1.md").arg(lang), page(QByteArrayLiteral("title: Team\n")));
    }
    // Kazakh and Russian only: English readers get the Russian text (pages_fallback_only).
    writePage(QStringLiteral("02.news/03.2024-07-15-school/item.kk.md"),
        newsItem(QStringLiteral("Мектеп"), QStringLiteral("15-07-2024 12:00")));
    writePage(QStringLiteral("02.news/03.2024-07-15-school/item.ru.md"),
        newsItem(QStringLiteral("Школа"), QStringLiteral("15-07-2024 12:00")));
    // 03.about has no page file of its own: a placeholder.
    makePageFolder(QStringLiteral("03.about"));
}

} // namespace GravDesk
