#pragma once

#include "page/pagechangeset.h"

#include <QObject>
#include <QString>

#include <functional>
#include <memory>

namespace GravDesk {

class PageDocument;
class SiteWorkspace;

/// What a save did.
enum class SaveOutcome {
    Written, ///< new bytes are on disk
    Unchanged, ///< nothing to write: the file was not touched
    ChangedOnDisk, ///< refused: someone else changed the file since it was opened
    Failed, ///< the write failed; the file on disk is as it was
    Refused, ///< not written: Grav would not read the header shown from these bytes (the error says why)
};

/// Everything one Save writes: the open page file and its folder's pending change.
struct SaveJob
{
    QString path;
    QByteArray expected; ///< the open file's bytes on disk when it was read
    QByteArray bytes; ///< what it becomes
    QByteArray shownHeader; ///< the header the user is shown (the page check compares it)
    bool shownHasHeader = true;
    bool isNew = false; ///< the file must not exist yet
    bool checkPage = true; ///< compare the header Grav would read with shownHeader before writing
    FolderPlan folder;
    QString label;

    /// The job for @p doc as it is now.
    static SaveJob of(const PageDocument &doc);
    bool isEmpty() const { return !isNew && bytes == expected && folder.isEmpty(); }
};

/**
 * Does all page file I/O off the calling thread and reports by signals.
 * Documents are created on the manager's thread and owned by the caller.
 *
 * A save writes the open file and the document's pending folder change (other language files, photos,
 * renames, removals) as one SiteTransaction: all of it or nothing.
 */
class DocumentManager final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DocumentManager)

public:
    explicit DocumentManager(QObject *parent = nullptr);
    ~DocumentManager() override;

    /// The site every save goes through; without one, each save finds the site around its file.
    void setWorkspace(std::shared_ptr<SiteWorkspace> workspace);
    std::shared_ptr<SiteWorkspace> workspace() const { return m_workspace; }

    /// Reads @p path on a worker; emits opened() or openFailed().
    void open(const QString &path, const QString &language, int requestId = 0);
    /// Writes @p doc and its folder change on a worker; emits saveFinished(). @p force overwrites external
    /// changes of the open file (never those of the other files of the folder).
    void save(PageDocument *doc, bool force = false);
    /// Waits for every pending write (e.g. before quitting).
    void waitForIdle();
    int pendingSaves() const { return m_pendingSaves; }

    /// The blocking save the worker runs, as one transaction of @p workspace.
    static SaveOutcome saveNow(SiteWorkspace &workspace, const SaveJob &job, bool force, QString *error);
    /// One page file and nothing else, through the workspace of the site around @p path.
    static SaveOutcome saveNow(
        const QString &path, const QByteArray &expectedOnDisk, const QByteArray &bytes, bool force, QString *error);

Q_SIGNALS:
    void opened(GravDesk::PageDocument *doc, int requestId);
    void openFailed(const QString &path, const QString &error, int requestId);
    void saveFinished(GravDesk::PageDocument *doc, GravDesk::SaveOutcome outcome, const QString &error);

private:
    int m_pendingSaves = 0;
    std::shared_ptr<SiteWorkspace> m_workspace;
};

} // namespace GravDesk
