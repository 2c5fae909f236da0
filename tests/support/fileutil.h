#pragma once

#include <QByteArray>
#include <QMap>
#include <QString>

namespace GravDesk {

/// The file's bytes, or empty when it cannot be read.
QByteArray readFile(const QString &path);
/// Writes @p bytes (not atomically: test set-up only). Returns false on any failure.
bool writeFile(const QString &path, const QByteArray &bytes);
/// Every file under @p dir, dot-files included: its path relative to @p dir → its bytes.
QMap<QString, QByteArray> fileTree(const QString &dir);
/// Copies a folder tree, dot-files included. Returns false on the first failure.
bool copyTree(const QString &from, const QString &to);

} // namespace GravDesk
