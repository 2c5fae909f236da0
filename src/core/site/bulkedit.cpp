#include "site/bulkedit.h"

#include "io/safefile.h"
#include "page/envelope.h"
#include "page/frontmatterdocument.h"
#include "site/pageindex.h"
#include "site/pagetrash.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QSet>

#include <algorithm>

namespace GravDesk {
namespace {

QString relTo(const QString &pagesDir, const QString &path)
{
    if (path.startsWith(pagesDir + QLatin1Char('/')))
        return path.mid(pagesDir.size() + 1);
    return QDir::toNativeSeparators(path);
}

// The selected pages once each, in index order, without the pages folder itself.
QVector<int> cleanSelection(const PageIndex &index, const QVector<int> &nodes)
{
    QVector<int> out;
    for (const int n : nodes)
        if (n > 0 && n < index.size() && !out.contains(n))
            out.append(n);
    std::sort(out.begin(), out.end());
    return out;
}

// The values of a taxonomy as Grav reads them: a list, or one value written as a string.
QStringList taxonomyValues(const QVariant &value)
{
    if (!value.isValid())
        return {};
    if (value.typeId() == QMetaType::QString)
        return value.toString().trimmed().isEmpty() ? QStringList() : QStringList {value.toString()};
    QStringList out;
    for (const QVariant &v : value.toList())
        out.append(v.toString());
    return out;
}

// Applies @p change to @p doc; false with @p why set when the header refuses it. @p changed: whether it did anything.
bool applyChange(FrontMatterDocument &doc, const BulkHeaderChange &change, bool &changed, QString &why)
{
    changed = false;
    const QString published = QStringLiteral("published");
    switch (change.kind) {
    case BulkHeaderChange::Kind::Publish:
    case BulkHeaderChange::Kind::Unpublish: {
        const bool want = change.kind == BulkHeaderChange::Kind::Publish;
        const bool has = doc.contains(published);
        const QVariant now = doc.value(published);
        // No key: Grav publishes the page (publish dates aside), so Publish has nothing to do there.
        const bool already = want ? (!has || (now.typeId() == QMetaType::Bool && now.toBool()))
                                  : (has && now.typeId() == QMetaType::Bool && !now.toBool());
        if (already)
            return true;
        const FrontMatterEditResult r = doc.setValue(published, want);
        if (!r.ok) {
            why = r.error;
            return false;
        }
        changed = true;
        return true;
    }
    case BulkHeaderChange::Kind::AddTaxonomy:
    case BulkHeaderChange::Kind::RemoveTaxonomy: {
        const QString path = QStringLiteral("taxonomy.") + change.taxonomy;
        QStringList values = taxonomyValues(doc.value(path));
        FrontMatterEditResult r;
        if (change.kind == BulkHeaderChange::Kind::AddTaxonomy) {
            if (values.contains(change.value))
                return true;
            values.append(change.value);
            r = doc.setValue(path, values);
        } else {
            if (!values.contains(change.value))
                return true;
            values.removeAll(change.value);
            if (!values.isEmpty()) {
                r = doc.setValue(path, values);
            } else {
                r = doc.remove(path);
                // A `taxonomy:` left with nothing in it goes too.
                const QVariant rest = doc.value(QStringLiteral("taxonomy"));
                if (r.ok && doc.contains(QStringLiteral("taxonomy")) && (!rest.isValid() || rest.toMap().isEmpty()))
                    r = doc.remove(QStringLiteral("taxonomy"));
            }
        }
        if (!r.ok) {
            why = r.error;
            return false;
        }
        changed = true;
        return true;
    }
    }
    return true;
}

QString changeLabel(const BulkHeaderChange &change, int pages)
{
    switch (change.kind) {
    case BulkHeaderChange::Kind::Publish:
        return QCoreApplication::translate("GravDesk::BulkEdit", "Publish %n page(s)", nullptr, pages);
    case BulkHeaderChange::Kind::Unpublish:
        return QCoreApplication::translate("GravDesk::BulkEdit", "Unpublish %n page(s)", nullptr, pages);
    case BulkHeaderChange::Kind::AddTaxonomy:
        return QCoreApplication::translate("GravDesk::BulkEdit", "Add %1 “%2” to %n page(s)", nullptr, pages)
            .arg(change.taxonomy, change.value);
    case BulkHeaderChange::Kind::RemoveTaxonomy:
        return QCoreApplication::translate("GravDesk::BulkEdit", "Remove %1 “%2” from %n page(s)", nullptr, pages)
            .arg(change.taxonomy, change.value);
    }
    return {};
}

} // namespace

QStringList BulkEditPlan::describe() const
{
    QStringList out;
    for (const QString &folder : removeFolders)
        out.append(QCoreApplication::translate("GravDesk::BulkEdit", "Move %1 to the trash").arg(relTo(pagesDir, folder)));
    for (const BulkFileEdit &e : edits)
        out.append(QCoreApplication::translate("GravDesk::BulkEdit", "Change the header of %1").arg(relTo(pagesDir, e.path)));
    for (const QString &file : unchanged)
        out.append(
            QCoreApplication::translate("GravDesk::BulkEdit", "%1 is already so; it stays as it is").arg(relTo(pagesDir, file)));
    return out;
}

BulkEditPlan planBulkHeaderChange(const PageIndex &index, const QVector<int> &nodes, const BulkHeaderChange &change)
{
    BulkEditPlan plan;
    plan.pagesDir = QDir::cleanPath(index.layout.pagesDir);
    const QVector<int> pages = cleanSelection(index, nodes);
    plan.pageCount = int(pages.size());
    plan.label = changeLabel(change, plan.pageCount);
    if (pages.isEmpty()) {
        plan.error = QCoreApplication::translate("GravDesk::BulkEdit", "No page is selected.");
        return plan;
    }
    const bool taxonomy
        = change.kind == BulkHeaderChange::Kind::AddTaxonomy || change.kind == BulkHeaderChange::Kind::RemoveTaxonomy;
    if (taxonomy && (change.taxonomy.trimmed().isEmpty() || change.taxonomy.contains(QLatin1Char('.')))) {
        plan.error = QCoreApplication::translate("GravDesk::BulkEdit", "“%1” is not a taxonomy name.").arg(change.taxonomy);
        return plan;
    }
    if (taxonomy && change.value.trimmed().isEmpty()) {
        plan.error = QCoreApplication::translate("GravDesk::BulkEdit", "The value to add or remove is empty.");
        return plan;
    }
    for (const int node : pages) {
        const PageNode &page = index.nodes[node];
        if (page.variants.isEmpty()) {
            plan.warnings.append(QCoreApplication::translate("GravDesk::BulkEdit", "%1 has no page file; it was left as it is.")
                                     .arg(page.relPath));
            continue;
        }
        for (const PageVariant &v : page.variants) {
            const QString path = index.filePath(node, v.fileName);
            const QString shown = relTo(plan.pagesDir, path);
            const QString readOnly = !v.readOnlyReason.isEmpty() ? v.readOnlyReason : page.readOnlyReason;
            if (!readOnly.isEmpty()) {
                plan.warnings.append(
                    QCoreApplication::translate("GravDesk::BulkEdit", "%1 is left as it is: %2").arg(shown, readOnly));
                continue;
            }
            const FileRead file = readRegularFile(path);
            if (!file.ok) {
                plan.warnings.append(
                    QCoreApplication::translate("GravDesk::BulkEdit", "%1 is left as it is: %2").arg(shown, file.error));
                continue;
            }
            const Envelope env = splitEnvelope(file.bytes);
            if (!env.validUtf8) {
                plan.warnings.append(
                    QCoreApplication::translate("GravDesk::BulkEdit", "%1 is left as it is: the file is not valid UTF-8.")
                        .arg(shown));
                continue;
            }
            FrontMatterDocument doc = FrontMatterDocument::fromEnvelope(env);
            if (!doc.isEditable()) {
                plan.warnings.append(
                    QCoreApplication::translate("GravDesk::BulkEdit", "%1 is left as it is: %2").arg(shown, doc.editError()));
                continue;
            }
            doc.setDateContext(index.config.dateFormatDefault(), index.config.timeZone());
            bool changed = false;
            QString why;
            if (!applyChange(doc, change, changed, why)) {
                plan.warnings.append(
                    QCoreApplication::translate("GravDesk::BulkEdit", "%1 is left as it is: %2").arg(shown, why));
                continue;
            }
            if (!changed || !doc.isModified()) {
                plan.unchanged.append(path);
                continue;
            }
            plan.edits.append(BulkFileEdit {path, file.bytes, composeWithHeader(env, doc.text()), doc.text()});
        }
    }
    if (plan.edits.isEmpty()) {
        plan.error = plan.unchanged.isEmpty()
            ? QCoreApplication::translate("GravDesk::BulkEdit", "None of the selected pages can be changed.")
            : QCoreApplication::translate("GravDesk::BulkEdit", "Every selected page is already so; nothing needs to change.");
        return plan;
    }
    plan.ok = true;
    return plan;
}

BulkEditPlan planBulkDelete(const PageIndex &index, const QVector<int> &nodes)
{
    BulkEditPlan plan;
    plan.pagesDir = QDir::cleanPath(index.layout.pagesDir);
    const QVector<int> pages = cleanSelection(index, nodes);
    plan.pageCount = int(pages.size());
    plan.label = QCoreApplication::translate("GravDesk::BulkEdit", "Delete %n page(s)", nullptr, plan.pageCount);
    const QSet<int> selected(pages.cbegin(), pages.cend());
    for (const int node : pages) {
        const PageNode &page = index.nodes[node];
        // A page inside another selected page goes with it.
        bool inside = false;
        for (int p = page.parent; p > 0 && !inside; p = index.nodes[p].parent)
            inside = selected.contains(p);
        if (inside)
            continue;
        if (!page.readOnlyReason.isEmpty()) {
            plan.error = page.readOnlyReason;
            return plan;
        }
        plan.removeFolders.append(index.absolutePath(node));
        const PageVariant *v = index.variantFor(node, index.config.defaultLanguage());
        if (!v && !page.variants.isEmpty())
            v = &page.variants.first();
        plan.removeTitles.append(v ? v->title : QString());
        if (!page.children.isEmpty())
            plan.warnings.append(QCoreApplication::translate(
                "GravDesk::BulkEdit", "The %n page(s) inside %1 go to the trash with it.", nullptr, int(page.children.size()))
                                     .arg(page.relPath));
    }
    if (plan.removeFolders.isEmpty()) {
        plan.error = QCoreApplication::translate("GravDesk::BulkEdit", "No page is selected.");
        return plan;
    }
    plan.ok = true;
    return plan;
}

IoResult applyBulkEdit(SiteWorkspace &workspace, const BulkEditPlan &plan)
{
    const auto failed = [](const QString &why) {
        IoResult r;
        r.kind = IoResult::Error::Failed;
        r.error = why;
        return r;
    };
    if (!plan.ok)
        return failed(
            plan.error.isEmpty() ? QCoreApplication::translate("GravDesk::BulkEdit", "The change was not planned.") : plan.error);
    PageTrash trash(workspace.layout());
    QStringList stored;
    const auto dropStored = [&] {
        for (const QString &id : std::as_const(stored))
            trash.drop(id);
    };
    auto tx = workspace.begin(plan.label);
    for (int i = 0; i < plan.removeFolders.size(); ++i) {
        const QString &folder = plan.removeFolders.at(i);
        TrashEntry entry;
        QString error;
        if (!trash.store(folder, relTo(plan.pagesDir, folder), plan.removeTitles.value(i), entry, error)) {
            dropStored();
            return failed(error + QLatin1Char(' ') + QCoreApplication::translate("GravDesk::BulkEdit", "Nothing was deleted."));
        }
        stored.append(entry.id);
        tx->remove(folder);
    }
    for (const BulkFileEdit &e : plan.edits) {
        WriteOptions options;
        options.expectedCurrent = e.before;
        options.shownHeader = e.header;
        tx->put(e.path, e.after, options);
    }
    const IoResult result = tx->commit();
    if (!result.ok && result.changed.isEmpty())
        dropStored();
    return result;
}

} // namespace GravDesk
