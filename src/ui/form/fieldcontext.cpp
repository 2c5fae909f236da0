#include "fieldcontext.h"

#include "page/pagedocument.h"
#include "site/pageindex.h"
#include "site/siteconfig.h"

#include <QDir>
#include <QFileInfo>

namespace GravDesk {

QMap<QString, QStringList> siteTaxonomyValues(const PageIndex &index)
{
    QMap<QString, QStringList> values;
    for (const PageNode &node : index.nodes)
        for (const PageVariant &v : node.variants)
            for (auto it = v.taxonomy.cbegin(); it != v.taxonomy.cend(); ++it)
                for (const QString &value : it.value())
                    if (!values[it.key()].contains(value))
                        values[it.key()].append(value);
    return values;
}

FieldContext makeFieldContext(const SiteConfig &config, const PageDocument &doc, const QMap<QString, QStringList> &taxonomyValues)
{
    FieldContext context;
    context.dateFormat = doc.header().values.value(QStringLiteral("dateformat")).toString();
    if (context.dateFormat.isEmpty())
        context.dateFormat = config.dateFormatDefault();
    context.zone = config.timeZone();
    context.taxonomyTypes = config.taxonomies();
    for (const QString &type : std::as_const(context.taxonomyTypes))
        context.taxonomyValues.insert(type, taxonomyValues.value(type));
    // The page folder's media, for the media and file pickers (one folder listing).
    const QStringList extensions = config.mediaExtensions();
    const QFileInfoList files = QFileInfo(doc.path()).dir().entryInfoList(QDir::Files, QDir::Name | QDir::IgnoreCase);
    for (const QFileInfo &f : files)
        if (extensions.contains(f.suffix().toLower()) && !f.fileName().startsWith(QLatin1Char('.')))
            context.mediaFiles << f.fileName();
    return context;
}

} // namespace GravDesk
