#include "pagedocument.h"

namespace GravDesk {

PageDocument::PageDocument(const QString &path, const QByteArray &bytes, const QString &language, QObject *parent)
    : QObject(parent)
    , m_path(path)
    , m_language(language)
    , m_env(splitEnvelope(bytes))
{
    if (m_env.hasHeader)
        m_header = parseHeader(m_env.headerText);
    if (!m_env.validUtf8)
        m_readOnlyReason = tr("This file is not valid UTF-8. GravDesk shows it read-only so that no byte is lost; convert it to "
                              "UTF-8 first.");
    else if (m_env.raw.contains('\0'))
        m_readOnlyReason = tr("This file contains NUL bytes and is shown read-only.");
    m_savedBody = QString::fromUtf8(m_env.body);
    m_body = m_savedBody;
}

void PageDocument::setBody(const QString &body)
{
    if (body == m_body)
        return;
    m_body = body;
    Q_EMIT bodyChanged();
    const bool modified = m_body != m_savedBody;
    if (modified != m_modified) {
        m_modified = modified;
        Q_EMIT modifiedChanged(m_modified);
    }
}

QByteArray PageDocument::composedBytes() const
{
    // Untouched text is written back as it was read: recomposing would turn mixed line endings into
    // the file's majority style, changing bytes the user never edited.
    if (m_body == m_savedBody)
        return m_env.raw;
    return composeWithBody(m_env, m_body);
}

void PageDocument::markSaved(const QByteArray &bytes, const QString &body)
{
    m_env = splitEnvelope(bytes);
    if (m_env.hasHeader)
        m_header = parseHeader(m_env.headerText);
    m_savedBody = body;
    const bool modified = m_body != m_savedBody;
    if (modified != m_modified) {
        m_modified = modified;
        Q_EMIT modifiedChanged(m_modified);
    }
}

} // namespace GravDesk
