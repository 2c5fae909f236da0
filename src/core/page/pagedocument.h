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

    /// The file as it would be written now: original header bytes + current body.
    QByteArray composedBytes() const;
    /// Records that @p bytes (made from @p body) are now on disk.
    void markSaved(const QByteArray &bytes, const QString &body);

Q_SIGNALS:
    void modifiedChanged(bool modified);
    void bodyChanged();

private:
    QString m_path;
    QString m_language;
    Envelope m_env;
    HeaderParse m_header;
    QString m_savedBody;
    QString m_body;
    bool m_modified = false;
    QString m_readOnlyReason;
};

} // namespace GravDesk
