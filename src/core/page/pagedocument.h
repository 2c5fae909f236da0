#pragma once

#include "page/envelope.h"
#include "page/frontmatter.h"

#include <QObject>
#include <QString>

namespace GravDesk {

/**
 * One page file open for editing: the envelope as loaded, the body as the
 * user has it now, and whether the two differ. The header bytes are kept
 * exactly; saving writes them back followed by the new body.
 */
class PageDocument final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PageDocument)

public:
    PageDocument(const QString &path, const QByteArray &bytes, const QString &language, QObject *parent = nullptr);

    QString path() const { return m_path; }
    QString language() const { return m_language; }
    const Envelope &envelope() const { return m_env; }
    const HeaderParse &header() const { return m_header; }

    QString body() const { return m_body; }
    void setBody(const QString &body);
    bool isModified() const { return m_modified; }
    /// False when saving could lose bytes (e.g. the file is not valid UTF-8); see readOnlyReason().
    bool isEditable() const { return m_readOnlyReason.isEmpty(); }
    QString readOnlyReason() const { return m_readOnlyReason; }

    /// The header's bytes as the user has them now (as on disk until setHeaderBytes()).
    QByteArray headerBytes() const { return m_headerBytes; }
    /**
     * Replaces the header text (e.g. FrontMatterDocument::text() after an edit). The `---` lines,
     * the blank lines after them and the body keep their bytes; header() is re-read.
     */
    void setHeaderBytes(const QByteArray &bytes);

    /// The file as it would be written now: current header bytes + current body.
    QByteArray composedBytes() const;
    /// Records that @p bytes (made from @p body) are now on disk.
    void markSaved(const QByteArray &bytes, const QString &body);
    /**
     * The file on disk is now @p bytes (another program changed it, or removed it: empty), and the user
     * keeps their version: the header and body as edited stay, and a save replaces exactly @p bytes.
     */
    void rebaseOnDisk(const QByteArray &bytes);

Q_SIGNALS:
    void modifiedChanged(bool modified);
    void bodyChanged();
    void headerChanged();

private:
    void updateModified();

    QString m_path;
    QString m_language;
    Envelope m_env;
    HeaderParse m_header;
    QString m_savedBody;
    QString m_body;
    QByteArray m_savedHeaderBytes;
    QByteArray m_headerBytes;
    bool m_modified = false;
    QString m_readOnlyReason;
};

} // namespace GravDesk
