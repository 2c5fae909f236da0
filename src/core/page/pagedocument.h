#pragma once

#include "page/envelope.h"
#include "page/frontmatter.h"
#include "page/frontmatterdocument.h"
#include "page/pagechangeset.h"

#include <QObject>
#include <QString>

#include <functional>

namespace GravDesk {

/**
 * One page file open for editing: the envelope as loaded, the body as the
 * user has it now, and whether the two differ. The header bytes are kept
 * exactly; saving writes them back followed by the new body.
 *
 * The document also holds the page's pending change to its folder (other language files, photos,
 * media renames and deletes: folderChanges()) and may be a file that does not exist yet (a new
 * translation: isNew()). Nothing of either reaches the site before Save.
 */
class PageDocument final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PageDocument)

public:
    PageDocument(const QString &path, const QByteArray &bytes, const QString &language, QObject *parent = nullptr);
    /// A page file that Save creates: @p bytes are its starting text, shown as an unsaved change.
    static PageDocument *createNew(
        const QString &path, const QByteArray &bytes, const QString &language, QObject *parent = nullptr);
    /// Removes the prepared files of its pending change (stagingFolder()).
    ~PageDocument() override;

    QString path() const { return m_path; }
    QString language() const { return m_language; }
    const Envelope &envelope() const { return m_env; }
    const HeaderParse &header() const { return m_header; }

    /// The body as the user has it now (a pending body is taken from its view first, see setBodyPending()).
    QString body() const;
    void setBody(const QString &body);
    /**
     * The body is being typed in a view that holds the newest text; @p pull returns it. Converting a
     * long text on every keystroke is what made typing in a large page slow: the view says only that the
     * text changed, and the text is pulled when something reads it (body(), composedBytes(), a save, the
     * recovery journal) or when the view flushes it (setBody()). Until then the document counts as
     * modified.
     */
    void setBodyPending(std::function<QString()> pull);
    bool hasPendingBody() const { return bool(m_pull); }
    bool isModified() const { return m_modified; }
    /// False when saving could lose bytes (e.g. the file is not valid UTF-8); see readOnlyReason().
    bool isEditable() const { return m_readOnlyReason.isEmpty(); }
    QString readOnlyReason() const { return m_readOnlyReason; }
    /// Makes the document read-only for @p reason (e.g. its file resolves outside the site); "" is ignored.
    void setReadOnlyReason(const QString &reason)
    {
        if (!reason.isEmpty() && m_readOnlyReason.isEmpty())
            m_readOnlyReason = reason;
    }

    /// The header's bytes as the user has them now (as on disk until setHeaderBytes()).
    QByteArray headerBytes() const { return m_headerBytes; }
    /**
     * Replaces the header text (e.g. FrontMatterDocument::text() after an edit). The `---` lines,
     * the blank lines after them and the body keep their bytes; header() is re-read.
     */
    void setHeaderBytes(const QByteArray &bytes);
    /**
     * The header as the user has it now, for reading and editing field by field. It is the document's
     * one copy: forms and other views read it here; a change is planned with planHeaderEdit() and made
     * with setHeaderBytes() (by an undo command's redo()).
     */
    const FrontMatterDocument &frontMatter() const { return m_fm; }
    /**
     * Runs @p edit on a copy of the header and gives the header it would make in @p after; nothing
     * changes here. One user change may be several surgical edits: they stand or fall together.
     */
    FrontMatterEditResult planHeaderEdit(
        const std::function<FrontMatterEditResult(FrontMatterDocument &)> &edit, QByteArray *after) const;
    /// How new dates are written into the header: the site's default PHP format and time zone.
    void setDateContext(const QString &defaultFormat, const QTimeZone &zone);

    /// The file as it would be written now: current header bytes + current body.
    QByteArray composedBytes() const;
    /// Records that @p bytes (made from @p body) are now on disk, with the folder change @p savedChanges
    /// (what folderChanges() was when the save started; later changes stay pending).
    void markSaved(const QByteArray &bytes, const QString &body, int savedSteps = -1);

    /// True until Save creates the file.
    bool isNew() const { return m_new; }
    /// The pending change to the page's folder.
    const PageChangeSet &folderChanges() const { return m_changes; }
    /// Records step @p step of the folder change (see PageChangeSet::record()).
    void recordFolderChange(int step, bool inverse, const QList<FolderOp> &ops);
    /// How many steps the folder change log holds (markSaved() drops the ones that were saved).
    int folderChangeSteps() const { return m_changes.stepCount(); }
    /**
     * A folder of its own outside the site for files prepared for Save (processed photos), under
     * @p stateFolder; created on first use and removed with the document. "" when it cannot be made.
     */
    QString stagingFolder(const QString &stateFolder);
    /// The folder stagingFolder() made or adopted ("" when none).
    QString currentStagingFolder() const { return m_stagingFolder; }
    /**
     * Takes over @p folder, prepared by an earlier run whose edits are being recovered: it becomes this
     * document's staging folder (removed with it). Ignored when the document has one already.
     */
    void adoptStagingFolder(const QString &folder);
    /// Leaves the staging folder on disk when the document goes (its pending change is journaled for recovery).
    void keepStagingFolder() { m_keepStaging = true; }
    /**
     * Removes the staging folders under @p stateFolder that nothing needs: not named in @p keep and not
     * made by a process that still runs (folder names start with the process id). Returns how many went.
     */
    static int removeOrphanStagingFolders(const QString &stateFolder, const QStringList &keep);
    /**
     * The file on disk is now @p bytes (another program changed it, or removed it: empty), and the user
     * keeps their version: the header and body as edited stay, and a save replaces exactly @p bytes.
     */
    void rebaseOnDisk(const QByteArray &bytes);

Q_SIGNALS:
    void modifiedChanged(bool modified);
    void bodyChanged();
    void headerChanged();
    /// The pending change to the folder changed (the media panel shows it).
    void folderChanged();

private:
    void updateModified();
    void resetFrontMatter();

    QString m_path;
    QString m_language;
    Envelope m_env;
    HeaderParse m_header;
    QString m_savedBody;
    mutable QString m_body;
    mutable std::function<QString()> m_pull;
    FrontMatterDocument m_fm;
    QString m_dateFormat;
    QTimeZone m_zone = QTimeZone::systemTimeZone();
    QByteArray m_savedHeaderBytes;
    QByteArray m_headerBytes;
    bool m_modified = false;
    bool m_new = false;
    QString m_readOnlyReason;
    PageChangeSet m_changes;
    QString m_stagingFolder;
    bool m_keepStaging = false;
};

} // namespace GravDesk
