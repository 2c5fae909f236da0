#pragma once

#include <QByteArray>
#include <QString>

namespace GravDesk {

/// The file's bytes, or empty when it cannot be read.
QByteArray readFile(const QString &path);
/// Writes @p bytes (not atomically: test set-up only). Returns false on any failure.
bool writeFile(const QString &path, const QByteArray &bytes);
/// Copies a folder tree, dot-files included. Returns false on the first failure.
bool copyTree(const QString &from, const QString &to);

} // namespace GravDesk
