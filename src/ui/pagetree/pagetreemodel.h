#pragma once

#include "site/pageindex.h"
#include "vcs/gitrepo.h"

#include <QAbstractItemModel>
#include <QHash>
#include <QSet>
#include <QVector>

#include <memory>

namespace GravDesk {

/**
 * The site's page folders as a tree, fed by SiteScanner's signals while a
 * scan runs. Columns show the page in the chosen language: title (with the
 * language Grav falls back to when the page lacks a translation), the
 * language files present, the date and the publication state.
 *
 * Pages can be dragged (their folders travel as pagesMimeType()); a drop changes nothing itself but
 * reports pagesDropped(), and the window plans, asks and carries out the reorder or move.
 */
class PageTreeModel final : public QAbstractItemModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PageTreeModel)

public:
    enum Column { TitleColumn, LanguagesColumn, DateColumn, StateColumn, ColumnCount };
    enum Role {
        NodeIndexRole = Qt::UserRole + 1, ///< int: index into the page index
        RelPathRole, ///< QString: folder relative to the pages folder
        HasErrorRole,
        PlaceholderRole,
        GitStateRole, ///< int: the page's PageGitState; invalid when the site is not in git
    };

    explicit PageTreeModel(QObject *parent = nullptr);

    void clear();
    /// Starts a new site: the configuration drives languages and fallbacks.
    void beginSite(const SiteConfig &config);
    /// Nodes [first, first + nodes.size()) of the scan; parents always come first.
    void appendNodes(int first, const QVector<PageNode> &nodes);
    /// The finished scan: problem flags and anything not yet appended.
    void setIndex(std::shared_ptr<const PageIndex> index);
    std::shared_ptr<const PageIndex> index() const { return m_index; }
    /**
     * Shows a newer index of the same site (after changes on disk) as one layout change: rows that
     * stay keep their selection, expansion and current item (matched by folder), new ones appear,
     * removed ones go.
     */
    void replaceIndex(std::shared_ptr<const PageIndex> index);
    const SiteConfig &config() const { return m_config; }

    /// The git state of each page (by folder relative to the pages folder), shown as a badge in the State
    /// column; an empty map when the site is not a git working tree.
    void setGitStates(const QHash<QString, PageGitState> &states);
    /// The pages (folders relative to the pages folder) whose publish is queued until the server can be
    /// reached: their badge says so instead of the git state.
    void setQueuedPages(const QSet<QString> &folders);

    void setLanguage(const QString &language);
    QString language() const { return m_language; }

    const PageNode *node(int nodeIndex) const;
    int nodeIndex(const QModelIndex &index) const;
    QModelIndex indexForNode(int nodeIndex, int column = 0) const;
    const PageVariant *variantFor(int nodeIndex, const QString &language, bool *fallback = nullptr) const;

    QModelIndex index(int row, int column, const QModelIndex &parent = {}) const override;
    QModelIndex parent(const QModelIndex &child) const override;
    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;

    Qt::DropActions supportedDropActions() const override;
    Qt::DropActions supportedDragActions() const override;
    QStringList mimeTypes() const override;
    QMimeData *mimeData(const QModelIndexList &indexes) const override;
    bool canDropMimeData(
        const QMimeData *data, Qt::DropAction action, int row, int column, const QModelIndex &parent) const override;
    bool dropMimeData(const QMimeData *data, Qt::DropAction action, int row, int column, const QModelIndex &parent) override;
    /// The drag's MIME type: page folders relative to the pages folder, one a line (UTF-8).
    static QString pagesMimeType();
    /// How the tree and the News view name a publication state ("Published", "Draft" …).
    static QString stateText(PublishState s);

Q_SIGNALS:
    /**
     * Pages were dropped: onto the page @p parentRel ("" = the pages folder) when @p row is -1, else between
     * its children, before row @p row (the row count: after the last).
     */
    void pagesDropped(const QStringList &relPaths, const QString &parentRel, int row);

private:
    QString tooltip(int nodeIndex) const;
    void badgesChanged();
    QStringList droppedPages(const QMimeData *data) const;

    SiteConfig m_config;
    QVector<PageNode> m_nodes;
    QVector<QVector<int>> m_children; // as shown; m_children[0] = top-level pages
    QVector<int> m_row; // row of each node under its parent
    std::shared_ptr<const PageIndex> m_index;
    QString m_language;
    QHash<QString, PageGitState> m_gitStates; // by folder relative to the pages folder
    QSet<QString> m_queued; // folders whose publish is queued
    mutable QHash<QString, QStringList> m_fallbacks; // language → fallback order, asked on every paint
};

} // namespace GravDesk
