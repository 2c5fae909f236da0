#pragma once

#include "site/sitesearch.h"

#include <QDate>
#include <QDateTime>
#include <QString>
#include <QStringList>
#include <QWidget>

class QCheckBox;
class QComboBox;
class QDateEdit;
class QLabel;
class QLineEdit;
class QTimer;

namespace GravDesk {

class SiteSearchService;

/// What the tree's and the News view's filters ask for. Empty fields ask for nothing.
struct PageFilterCriteria
{
    QString text; ///< matched in the title, slug and folder (any case, ё = е, Kazakh letters kept apart) and the text
    QString language; ///< a page file in this language ("" any)
    QString missingLanguage; ///< pages without this language ("" any)
    int state = -1; ///< a PublishState, -1 any
    QDate from, to; ///< invalid: open
    QString taxonomy; ///< `type:value`, "" any
    bool problemsOnly = false;

    /// True when any field asks for something.
    bool isActive() const;
    friend bool operator==(const PageFilterCriteria &a, const PageFilterCriteria &b)
    {
        return a.text == b.text && a.language == b.language && a.missingLanguage == b.missingLanguage && a.state == b.state
            && a.from == b.from && a.to == b.to && a.taxonomy == b.taxonomy && a.problemsOnly == b.problemsOnly;
    }
};

/// One row as the filter sees it: a News item (a page in one language) or a page of the tree (all its languages).
struct PageFilterSubject
{
    const QString *haystack = nullptr; ///< title(s), slug(s) and folder name, folded (SearchFold), '\n' between
    bool textInFile = false; ///< the search text is in one of the row's page files (the site search said so)
    const QStringList *languages = nullptr; ///< the languages the row stands for
    const QStringList *languagesPresent = nullptr; ///< every language the page has
    QDateTime date; ///< invalid: none (a folder without a page file)
    int state = -1; ///< a PublishState, -1: none
    const QStringList *taxonomy = nullptr; ///< `type:value` of every taxonomy value
    bool hasProblems = false;
};

/// The one match rule of the tree's and the News view's filters.
class PageFilterMatcher
{
public:
    void setCriteria(const PageFilterCriteria &criteria);
    const PageFilterCriteria &criteria() const { return m_criteria; }
    /// The search text folded as the haystacks are ("" when there is none).
    const QString &foldedText() const { return m_folded; }
    bool matches(const PageFilterSubject &s) const;

private:
    PageFilterCriteria m_criteria;
    QString m_folded;
};

/**
 * The page files of the site holding a search text, asked of the window's site search once per text: flags by
 * position in one snapshot of its texts (SearchIndex::fileHits, folderHits), so a filter's question about a row is
 * one hash look-up. A text that holds the one asked before (the next letter typed) is looked for only in the files
 * that held that one.
 */
class PageTextHits
{
public:
    /// Asks @p search for @p text (nothing when either is empty or the text is blank); kept until the text changes.
    void update(const SiteSearchService *search, const QString &text);
    /// Forgets the answer (the site's texts changed): the next update() asks again.
    void invalidate();
    /// Whether the text is in page file @p relFile ("folder/file.md", relative to the pages folder).
    bool hasFile(const QString &relFile) const
    {
        const int p = m_texts.filePosition(relFile);
        return p >= 0 && p < m_fileHits.size() && m_fileHits[p];
    }
    /// The same by position (filePosition()), valid while snapshotId() stays the same: a filter over many rows
    /// looks each row's position up once per snapshot, not once per keystroke.
    int filePosition(const QString &relFile) const { return m_texts.filePosition(relFile); }
    bool hasFileAt(int position) const { return position >= 0 && position < m_fileHits.size() && m_fileHits[position]; }
    /// Changes whenever the answer is about another snapshot of the texts (positions change meaning).
    int snapshotId() const { return m_snapshotId; }
    /// Whether the text is in a page file of folder @p relPath, or in the folder's own name.
    bool hasFolder(const QString &relPath) const
    {
        const int p = m_texts.folderPosition(relPath);
        return p >= 0 && p < m_folderHits.size() && m_folderHits[p];
    }

private:
    QString m_text;
    QString m_folded; ///< m_text folded (SearchFold), "" when nothing was looked up
    bool m_asked = false;
    SearchIndex m_texts; ///< the texts the answer is about (a snapshot: positions stay valid)
    int m_snapshotId = 0;
    QVector<char> m_fileHits; ///< per file position of m_texts
    QVector<char> m_folderHits; ///< per folder position of m_texts
};

/**
 * The search field and the filters above the tree and the News view: language present or missing, state, a
 * category or tag, a date range, problems only, and a count. Child object names start with @p namePrefix
 * ("newsSearchLineEdit", "treeStateComboBox" …). Typing is reported a moment after the last key
 * (criteriaChanged); the other filters at once. Esc in the field clears it.
 */
class PageFilterBar final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PageFilterBar)

public:
    explicit PageFilterBar(const QString &namePrefix, QWidget *parent = nullptr);
    PageFilterCriteria criteria() const;
    QLineEdit *searchField() const { return m_search; }
    /// The site's languages (codes) for the language filter; the choice is kept when it is still offered.
    void setLanguages(const QStringList &codes);
    /// The taxonomy values (`type:value`) the filter offers.
    void setTaxonomyValues(const QStringList &values);
    void setCountText(const QString &text);
    /// Reports typing that is still waiting (Enter, Down in the field).
    void flush();
    /// Clears the search field and every filter.
    void clearAll();

Q_SIGNALS:
    void criteriaChanged();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    QLineEdit *m_search;
    QComboBox *m_language;
    QComboBox *m_state;
    QComboBox *m_taxonomy;
    QDateEdit *m_from;
    QDateEdit *m_to;
    QCheckBox *m_problems;
    QLabel *m_count;
    QTimer *m_typing;
};

} // namespace GravDesk
