#pragma once

#include "form/fieldwidgets.h"

namespace GravDesk {

class PageDocument;
class PageIndex;
class SiteConfig;

/// Every taxonomy value used on the site, by type (for the taxonomy field's completion).
QMap<QString, QStringList> siteTaxonomyValues(const PageIndex &index);

/// What the form's editors need for @p doc: its date format, the site's time zone, taxonomies and the page folder's media.
FieldContext makeFieldContext(
    const SiteConfig &config, const PageDocument &doc, const QMap<QString, QStringList> &taxonomyValues);

} // namespace GravDesk
