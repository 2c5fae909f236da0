#pragma once

#include <QByteArray>
#include <QList>
#include <QString>

namespace GravDesk {

/// One place where the page on disk and the user's version are compared.
struct CompareItem
{
    enum class Kind { HeaderField, BodyPart };
    Kind kind = Kind::BodyPart;
    QString key; ///< the header field (HeaderField)
    QString diskText; ///< the field's lines or the paragraphs on disk ("" when absent there)
    QString mineText; ///< the same in the user's version
    bool differs = false; ///< false: both sides agree (shown for context, nothing to choose)
    bool takeMine = true; ///< the user's choice where the sides differ
};

/**
 * The page on disk next to the user's unsaved version: the header field by field (top-level keys), the
 * body paragraph by paragraph (blank-line separated blocks, aligned by their longest common sequence).
 * Concatenating the body parts of one side gives that side's body back exactly.
 */
struct PageComparison
{
    QByteArray diskHeader;
    QByteArray mineHeader;
    bool diskHasHeader = true;
    bool mineHasHeader = true;
    QList<CompareItem> items;

    int differences() const;
    void takeAll(bool mine);
};

/**
 * Compares @p diskFile with the user's version. @p baseFile, the file as the user's version started from
 * (may be empty), picks each item's default: the side that changed it (the user's when both did).
 */
PageComparison comparePages(const QByteArray &diskFile, const QByteArray &mineHeader, bool mineHasHeader, const QString &mineBody,
    const QByteArray &baseFile = QByteArray());

/// The header and body the choices make. The header is the disk's with the fields taken from the user's
/// version edited in (or the user's, when every differing field is the user's), so untouched lines keep
/// their bytes.
struct CompareMerge
{
    bool ok = false;
    QByteArray header;
    QString body;
    QString error;
};
CompareMerge mergeChoices(const PageComparison &comparison);

/// The lines of each top-level key of a header (LF text), in order; comments and blank lines go with the
/// key above, lines before the first key with the key "".
QList<QPair<QString, QString>> headerFields(const QByteArray &header);

/// Splits a body into blocks: a run of non-blank lines with the blank lines after it (texts join back to @p body).
QStringList splitParagraphs(const QString &body);

} // namespace GravDesk
