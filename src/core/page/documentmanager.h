#pragma once

#include <QObject>
#include <QString>

#include <functional>

namespace GravDesk {

class PageDocument;

/// What a save did.
enum class SaveOutcome {
    Written, ///< new bytes are on disk
    Unchanged, ///< nothing to write: the file was not touched
    ChangedOnDisk, ///< refused: someone else changed the file since it was opened
    Failed, ///< the write failed; the file on disk is as it was
    Refused, ///< not written: Grav would not read the header shown from these bytes (the error says why)
};

/**
 * Does all page file I/O off the calling thread and reports by signals.
 * Documents are created on the manager's thread and owned by the caller.
 */
class DocumentManager final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DocumentManager)

public:
    explicit DocumentManager(QObject *parent = nullptr);
    ~DocumentManager() override;

    /// Reads @p path on a worker; emits opened() or openFailed().
    void open(const QString &path, const QString &language, int requestId = 0);
    /// Writes @p doc's current body on a worker; emits saveFinished(). @p force overwrites external changes.
    void save(PageDocument *doc, bool force = false);
    /// Waits for every pending write (e.g. before quitting).
    void waitForIdle();
    int pendingSaves() const { return m_pendingSaves; }

    /// The blocking save the worker runs; also used by the command-line tool.
    static SaveOutcome saveNow(
        const QString &path, const QByteArray &expectedOnDisk, const QByteArray &bytes, bool force, QString *error);

Q_SIGNALS:
    void opened(GravDesk::PageDocument *doc, int requestId);
    void openFailed(const QString &path, const QString &error, int requestId);
    void saveFinished(GravDesk::PageDocument *doc, GravDesk::SaveOutcome outcome, const QString &error);

private:
    int m_pendingSaves = 0;
};

} // namespace GravDesk
