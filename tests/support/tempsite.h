#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QString>
#include <QTemporaryDir>

namespace GravDesk {

/**
 * A small Grav site written into a temporary folder, in one of the three
 * layouts GravDesk opens. Paths given to the write functions are relative
 * ('/' separators) and their folders are created on demand. Everything is
 * removed when the object goes away.
 */
class TempSite
{
public:
    enum class Layout {
        FullInstall, ///< <root>/user/pages, <root>/user/config, <root>/system/config
        UserFolder, ///< <root> is a folder named "user" holding pages/ and config/
        GitSyncClone, ///< <root> holds pages/ and a .git folder, no config/
    };

    explicit TempSite(Layout layout = Layout::FullInstall);

    bool isValid() const { return m_valid; }
    Layout layout() const { return m_layout; }

    QString root() const { return m_root; } ///< the folder a user would open
    QString userDir() const { return m_userDir; } ///< Grav's user/ folder (the clone's root)
    QString pagesDir() const { return m_userDir + QStringLiteral("/pages"); }
    QString configDir() const { return m_userDir + QStringLiteral("/config"); }
    QString systemConfigDir() const; ///< "" unless FullInstall

    /// Writes @p bytes to pages/<relPath>; returns the absolute path ("" on failure).
    QString writePage(const QString &relPath, const QByteArray &bytes);
    /// Writes user/config/<relPath> (e.g. "system.yaml", "plugins/x.yaml").
    QString writeConfig(const QString &relPath, const QByteArray &yaml);
    /// Writes system/config/<relPath>; only a full install has one ("" otherwise).
    QString writeSystemConfig(const QString &relPath, const QByteArray &yaml);
    /// Writes any file relative to root().
    QString writeFile(const QString &relPath, const QByteArray &bytes);
    /// Creates pages/<relPath> (and its parents).
    bool makePageFolder(const QString &relPath);
    /// Sets a file's modification time (absolute path or relative to the pages folder).
    bool setModified(const QString &path, const QDateTime &when);

    /// The usual configuration: languages kk, ru, en (default kk), pages_fallback_only, timezone.
    void writeDefaultConfig(const QString &timezone = QStringLiteral("Asia/Almaty"));
    /**
     * A small news site like the corpus: 01.home (default.*.md), 02.news with blog.*.md and two
     * items in kk/ru/en, a page without English, a placeholder folder and a modular section.
     */
    void populateSample();

    /// A page file: `---\n<header>---\n\n<body>` (@p header lines end with '\n').
    static QByteArray page(const QByteArray &header, const QByteArray &body = QByteArrayLiteral("Text.\n"));
    /// A page file with the corpus's usual header for @p title and a quoted 'dd-mm-YYYY HH:MM' date.
    static QByteArray newsItem(
        const QString &title, const QString &date, bool published = true, const QByteArray &body = QByteArrayLiteral("Text.\n"));

private:
    QString write(const QString &absPath, const QByteArray &bytes);

    QTemporaryDir m_tmp;
    Layout m_layout;
    bool m_valid = false;
    QString m_root;
    QString m_userDir;
};

} // namespace GravDesk
