#pragma once

#include <QString>

namespace GravDesk::Bench {

/// What generateSite() wrote.
struct GeneratedSite
{
    int pageFiles = 0;
    qint64 bytes = 0;
};

/**
 * Writes a synthetic Grav 1.7 news site into @p outDir (a full install: user/config, user/pages):
 * languages kk, ru, en; 02.news/blog.{kk,ru,en}.md; @p posts folders `NN.YYYY-MM-DD-slug`, each with
 * item.kk.md, item.ru.md and item.en.md shaped like the hemcenter corpus's (quoted 'dd-mm-YYYY HH:MM'
 * dates, published, hide_* flags, 1-3 KB of Kazakh, Russian or English text, mostly without a final
 * newline). The output is the same for the same @p posts.
 */
bool generateSite(const QString &outDir, int posts, GeneratedSite *stats, QString *error);

} // namespace GravDesk::Bench
