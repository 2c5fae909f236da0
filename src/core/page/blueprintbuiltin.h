#pragma once

#include <QByteArray>
#include <QString>

namespace GravDesk {

/// A core page blueprint built into GravDesk ("default"); empty for any other type.
QByteArray builtinPageBlueprint(const QString &type);

} // namespace GravDesk
