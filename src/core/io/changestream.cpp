#include "changestream.h"

#include <QMetaObject>

namespace GravDesk {

ChangeStream::ChangeStream(QObject *parent)
    : QObject(parent)
{ }

void ChangeStream::notify(const QStringList &paths, Origin origin)
{
    if (paths.isEmpty())
        return;
    QMetaObject::invokeMethod(
        this, [this, paths, origin] { Q_EMIT changed(paths, origin); }, Qt::AutoConnection);
}

} // namespace GravDesk
