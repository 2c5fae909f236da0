#pragma once

#include "site/translations.h"

#include <QDialog>
#include <QFutureWatcher>

#include <memory>

class QLabel;
class QTreeWidget;

namespace GravDesk {

/**
 * The Translations view: every page missing one of the site's languages and every translation
 * saved against an older version of its source. The sidecars are read on a worker.
 */
class TranslationsDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TranslationsDialog)

public:
    explicit TranslationsDialog(QWidget *parent = nullptr);
    ~TranslationsDialog() override;

    /// Lists the issues of @p index (again); the list fills in when the worker is done.
    void refresh(std::shared_ptr<const PageIndex> index);
    /// Rows shown (for tests).
    int rowCount() const;

Q_SIGNALS:
    /// The user asked to open the page @p relPath in @p language (an outdated translation).
    void openRequested(const QString &relPath, const QString &language);
    /// The user asked to create the missing @p language of @p relPath from @p source.
    void createRequested(const QString &relPath, const QString &source, const QString &language);
    /// The list was filled in.
    void refreshed();

private:
    void fill(const QVector<TranslationIssue> &issues);

    QTreeWidget *m_list;
    QLabel *m_summary;
    QFutureWatcher<QVector<TranslationIssue>> m_watcher;
    std::shared_ptr<const PageIndex> m_index;
};

} // namespace GravDesk
