#include "pagechangeset.h"

#include "page/envelope.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSet>

namespace GravDesk {
namespace {

QByteArray readFile(const QString &path, bool *ok)
{
    QFile f(path);
    *ok = f.open(QIODevice::ReadOnly);
    return *ok ? f.readAll() : QByteArray();
}

// Conservative: a page that mentions the name anywhere (a link, media_order, a shortcode) uses it.
bool mentions(const QByteArray &page, const QString &name)
{
    return !name.isEmpty() && page.contains(name.toUtf8());
}

} // namespace

FolderOp FolderOp::inverse() const
{
    FolderOp op = *this;
    switch (kind) {
    case Kind::WriteText:
        op.before = after;
        op.after = before;
        op.headerBefore = headerAfter;
        op.headerAfter = headerBefore;
        break;
    case Kind::AddFile:
        op.kind = Kind::Remove;
        op.keepIfUsed = true;
        break;
    case Kind::Rename:
        op.path = to;
        op.to = path;
        break;
    case Kind::Remove:
        op.kind = Kind::AddFile;
        op.keepIfUsed = false;
        break;
    }
    return op;
}

PageChangeSet::PageChangeSet(const QString &folder)
    : m_folder(folder)
{ }

void PageChangeSet::record(int step, bool inverse, const QList<FolderOp> &ops)
{
    if (!m_log.isEmpty() && m_log.constLast().step == step && m_log.constLast().inverse != inverse) {
        m_log.removeLast();
        return;
    }
    QList<FolderOp> list = ops;
    if (inverse) {
        list.clear();
        for (auto it = ops.crbegin(); it != ops.crend(); ++it)
            list.append(it->inverse());
    }
    m_log.append({step, inverse, list});
}

QMap<QString, PageChangeSet::Origin> PageChangeSet::fold(QMap<QString, bool> *guarded) const
{
    QMap<QString, Origin> state;
    auto get = [&state](const QString &path) {
        if (state.contains(path))
            return state.value(path);
        const QFileInfo fi(path);
        return fi.exists() ? Origin {true, path, QString()} : Origin {};
    };
    for (const Step &s : m_log) {
        for (const FolderOp &op : s.ops) {
            switch (op.kind) {
            case FolderOp::Kind::WriteText: break;
            case FolderOp::Kind::AddFile: state.insert(op.path, Origin {true, QString(), op.source}); break;
            case FolderOp::Kind::Rename: {
                const Origin o = get(op.path);
                state.insert(op.to, o);
                state.insert(op.path, Origin {});
                break;
            }
            case FolderOp::Kind::Remove:
                if (guarded && op.keepIfUsed && !get(op.path).disk.isEmpty())
                    guarded->insert(get(op.path).disk, true);
                state.insert(op.path, Origin {});
                break;
            }
        }
    }
    return state;
}

bool PageChangeSet::isEmpty() const
{
    // Asked on every keystroke (PageDocument::updateModified()): no log, no disk access.
    return m_log.isEmpty() || plan().isEmpty();
}

bool PageChangeSet::currentBytes(const QString &path, QByteArray *bytes) const
{
    for (auto it = m_log.crbegin(); it != m_log.crend(); ++it) {
        for (auto op = it->ops.crbegin(); op != it->ops.crend(); ++op) {
            if (op->kind == FolderOp::Kind::WriteText && op->path == path) {
                *bytes = op->after;
                return true;
            }
        }
    }
    bool ok = false;
    *bytes = readFile(path, &ok);
    return ok;
}

FolderPlan PageChangeSet::plan(const QString &openPath, const QByteArray &openBytes) const
{
    FolderPlan plan;
    QMap<QString, bool> guarded;
    const QMap<QString, Origin> state = fold(&guarded);

    // Page files: the first change's starting bytes are what must still be on disk, the last one's result
    // is written.
    QMap<QString, FolderPlan::Write> writes;
    QStringList order;
    for (const Step &s : m_log) {
        for (const FolderOp &op : s.ops) {
            if (op.kind != FolderOp::Kind::WriteText)
                continue;
            if (!writes.contains(op.path)) {
                writes.insert(op.path, {op.path, op.before, op.after, op.headerAfter, true});
                order.append(op.path);
            }
            FolderPlan::Write &w = writes[op.path];
            w.bytes = op.after;
            w.header = op.headerAfter;
            w.hasHeader = splitEnvelope(op.after).hasHeader;
        }
    }
    for (const QString &p : std::as_const(order)) {
        if (writes.value(p).bytes != writes.value(p).expected)
            plan.writes.append(writes.value(p));
    }

    QSet<QString> kept;
    for (auto it = state.cbegin(); it != state.cend(); ++it) {
        if (it->exists && !it->disk.isEmpty())
            kept.insert(it->disk);
    }
    if (!guarded.isEmpty()) {
        // The pages as they will be: the open one, the rewritten ones, the others as on disk.
        QList<QByteArray> pages;
        if (!openPath.isEmpty())
            pages.append(openBytes);
        const QStringList names = QDir(m_folder).entryList({QStringLiteral("*.md")}, QDir::Files);
        for (const QString &n : names) {
            const QString p = QDir(m_folder).filePath(n);
            if (p == openPath)
                continue;
            QByteArray b;
            if (currentBytes(p, &b))
                pages.append(b);
        }
        for (auto it = guarded.cbegin(); it != guarded.cend(); ++it) {
            const QString name = QFileInfo(it.key()).fileName();
            for (const QByteArray &page : std::as_const(pages)) {
                if (mentions(page, name) && !state.value(it.key()).exists) {
                    kept.insert(it.key());
                    break;
                }
            }
        }
    }
    for (auto it = state.cbegin(); it != state.cend(); ++it) {
        if (QFileInfo::exists(it.key()) && !kept.contains(it.key()))
            plan.removes.append(it.key());
    }
    for (auto it = state.cbegin(); it != state.cend(); ++it) {
        if (!it->exists)
            continue;
        if (!it->disk.isEmpty() && it->disk != it.key())
            plan.renames.append({it->disk, it.key()});
        else if (it->disk.isEmpty())
            plan.adds.append({it.key(), it->source});
    }
    return plan;
}

QList<PlannedFile> PageChangeSet::plannedFiles() const
{
    QList<PlannedFile> out;
    const QMap<QString, Origin> state = fold(nullptr);
    const QDir dir(m_folder);
    for (const QString &name : dir.entryList(QDir::Files)) {
        const QString path = dir.filePath(name);
        if (!state.contains(path))
            out.append({name, path, QString(), false});
    }
    for (auto it = state.cbegin(); it != state.cend(); ++it) {
        if (!it->exists)
            continue;
        PlannedFile f;
        f.name = QFileInfo(it.key()).fileName();
        f.readFrom = it->disk.isEmpty() ? it->source : it->disk;
        f.added = it->disk.isEmpty();
        if (!it->disk.isEmpty() && it->disk != it.key())
            f.renamedFrom = QFileInfo(it->disk).fileName();
        out.append(f);
    }
    return out;
}

QStringList PageChangeSet::sources() const
{
    QStringList out;
    for (const Step &s : m_log) {
        for (const FolderOp &op : s.ops) {
            if (!op.source.isEmpty() && !out.contains(op.source))
                out.append(op.source);
        }
    }
    return out;
}

QList<FolderOp> PageChangeSet::ops() const
{
    QList<FolderOp> out;
    for (const Step &s : m_log)
        out.append(s.ops); // taken-back steps hold their inverse already
    return out;
}

} // namespace GravDesk
