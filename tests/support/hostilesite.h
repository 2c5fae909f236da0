#pragma once

#include "tempsite.h"

#include <QByteArray>
#include <QString>
#include <QTemporaryDir>

#include <memory>

namespace GravDesk {

/**
 * The sample site with everything a hostile folder can hold, beside a sentinel folder outside it that
 * nothing may change. Pages folder entries:
 * 04.fifo/item.md a FIFO; 05.zero/item.md a link to /dev/zero; 06.loop/up a link to the pages folder;
 * 07.a/to-b and 07.b/to-a links to each other's folders; 08.root/slash a link to /; 09.linked/item.md a
 * link to outside()/page.md; 10.outfolder a link to outside()/folder; 11.readonly/item.md mode 444;
 * 12.longline/item.md a 1 MB line; 13.huge/item.md 50 MB (sparse); 14.table/item.md a 2,000 x 20 table;
 * 15.plain/item.md an ordinary page; 16.dangling/item.md a link to nothing.
 */
class HostileSite
{
public:
    HostileSite();
    ~HostileSite();

    bool isValid() const { return m_error.isEmpty(); }
    QString error() const { return m_error; }
    TempSite &site() { return *m_site; }
    QString root() const { return m_site->root(); }
    QString pagesDir() const { return m_site->pagesDir(); }
    QString page(const QString &rel) const { return m_site->pagesDir() + QLatin1Char('/') + rel; }
    QString outside() const { return m_outside.path(); }

    /// Names, kinds, modes, link targets and contents of everything below @p root, links not followed.
    static QByteArray treeHash(const QString &root);

private:
    QTemporaryDir m_outside;
    std::unique_ptr<TempSite> m_site;
    QString m_error;
};

} // namespace GravDesk
