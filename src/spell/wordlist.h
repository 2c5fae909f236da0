#pragma once

#include "io/atomicwriter.h"

#include <QString>
#include <QStringList>

namespace GravDesk {

struct SiteLayout;
class SiteWorkspace;

/**
 * The newsroom's own words (names, drug and disease names, Kazakh place names the dictionaries lack),
 * shared by everyone who edits the site: a UTF-8 text file, one word per line, `#` starts a comment.
 * As in Hunspell's personal dictionaries, `word/model` adds a word with the endings of a word the
 * dictionary knows (`телемедицина/медицина` accepts телемедицины, телемедицине …).
 *
 * It lives at `pages/.gravdesk/dictionary.txt` inside Grav's user/ folder because that is the one
 * place both Grav and the team's git agree on: Git Sync's repository is the user/ folder but its
 * .gitignore keeps only `pages/`, so a file beside pages/ (user/data/, user/config/) would never reach
 * colleagues; inside pages/, Grav skips hidden entries (`system.pages.ignore_hidden`, on by default),
 * so a dot-folder is neither a page nor media, and Grav's .htaccess refuses URLs of dot-files and of
 * .txt files under user/.
 */
class WordList
{
public:
    /// `<pages>/.gravdesk/dictionary.txt` of a site.
    static QString pathFor(const SiteLayout &layout);

    explicit WordList(QString path = QString());

    QString path() const { return m_path; }
    /// Reads the file again (a missing file is an empty list); false and @p error when it cannot be read.
    bool reload(QString *error = nullptr);
    /// The entries as written (`word` or `word/model`).
    QStringList words() const { return m_words; }
    bool contains(const QString &word) const;

    /**
     * Adds @p word and writes the file atomically. The file is read again first, so words colleagues
     * added meanwhile (pulled by git) are kept; the new word is appended, every other byte is kept.
     * Written through @p workspace (null: one for the site around the file).
     */
    WriteResult add(const QString &word, SiteWorkspace *workspace = nullptr);

private:
    QString m_path;
    QStringList m_words;
};

} // namespace GravDesk
