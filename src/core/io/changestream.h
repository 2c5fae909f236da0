#pragma once

#include <QObject>
#include <QStringList>

namespace GravDesk {

/**
 * What changed in a site, from wherever it changed: GravDesk's own writes (the workspace reports every
 * file it wrote, renamed or removed) and the file watcher (changes by other programs, debounced into
 * batches). Listeners (the page index, the tree, Problems, open documents) react to one stream.
 *
 * notify() may be called from any thread; changed() is always emitted on the stream's own thread.
 * Paths are absolute, clean, with '/' separators: files, or folders whose content changed.
 */
class ChangeStream final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ChangeStream)

public:
    enum class Origin { Own, External };
    Q_ENUM(Origin)

    explicit ChangeStream(QObject *parent = nullptr);

    void notify(const QStringList &paths, GravDesk::ChangeStream::Origin origin);

Q_SIGNALS:
    void changed(const QStringList &paths, GravDesk::ChangeStream::Origin origin);
};

} // namespace GravDesk
