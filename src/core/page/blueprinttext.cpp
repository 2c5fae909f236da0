#include "blueprint.h"

#include <QCoreApplication>
#include <QHash>
#include <QRegularExpression>

namespace GravDesk {
namespace {

struct KeyText
{
    const char *key;
    const char *text;
};

// The admin plugin's language files are not part of a site, so the keys the core page blueprints use get
// GravDesk's own words; the help texts follow reference/grav-format.md rather than admin's wording.
const KeyText adminTexts[] = {
    {"ADMIN_CHILDREN_DISPLAY_ORDER", QT_TRANSLATE_NOOP("GravDesk::Blueprint", "Children display order")},
    {"ADMIN_SPECIFIC_OVERRIDES", QT_TRANSLATE_NOOP("GravDesk::Blueprint", "Admin overrides")},
    {"ADVANCED", QT_TRANSLATE_NOOP("GravDesk::Blueprint", "Advanced")},
    {"APPEND_URL_EXT", QT_TRANSLATE_NOOP("GravDesk::Blueprint", "Append URL extension")},
    {"BODY_CLASSES", QT_TRANSLATE_NOOP("GravDesk::Blueprint", "Body classes")},
    {"CACHING", QT_TRANSLATE_NOOP("GravDesk::Blueprint", "Caching")},
    {"CONTENT", QT_TRANSLATE_NOOP("GravDesk::Blueprint", "Content")},
    {"DATE", QT_TRANSLATE_NOOP("GravDesk::Blueprint", "Date")},
    {"DATE_HELP",
        QT_TRANSLATE_NOOP("GravDesk::Blueprint",
            "Shown on the page and used to sort lists. Without it Grav uses the file's modification time.")},
    {"DEBUGGER", QT_TRANSLATE_NOOP("GravDesk::Blueprint", "Debugger")},
    {"DEFAULT", QT_TRANSLATE_NOOP("GravDesk::Blueprint", "Default")},
    {"DEFAULT_CHILD_TYPE", QT_TRANSLATE_NOOP("GravDesk::Blueprint", "Default child type")},
    {"DEFAULT_DATE_FORMAT", QT_TRANSLATE_NOOP("GravDesk::Blueprint", "Date format")},
    {"DISABLED", QT_TRANSLATE_NOOP("GravDesk::Blueprint", "Disabled")},
    {"DISPLAY_TEMPLATE", QT_TRANSLATE_NOOP("GravDesk::Blueprint", "Display template")},
    {"ENABLED", QT_TRANSLATE_NOOP("GravDesk::Blueprint", "Enabled")},
    {"EXTERNAL", QT_TRANSLATE_NOOP("GravDesk::Blueprint", "External")},
    {"EXTERNAL_URL", QT_TRANSLATE_NOOP("GravDesk::Blueprint", "External URL")},
    {"FOLDER_NAME", QT_TRANSLATE_NOOP("GravDesk::Blueprint", "Folder name")},
    {"FOLDER_NUMERIC_PREFIX", QT_TRANSLATE_NOOP("GravDesk::Blueprint", "Numeric folder prefix")},
    {"ITEMS", QT_TRANSLATE_NOOP("GravDesk::Blueprint", "Items")},
    {"MENU", QT_TRANSLATE_NOOP("GravDesk::Blueprint", "Menu")},
    {"MENU_HELP", QT_TRANSLATE_NOOP("GravDesk::Blueprint", "The label in navigation menus; the title when empty.")},
    {"METADATA", QT_TRANSLATE_NOOP("GravDesk::Blueprint", "Metadata")},
    {"METADATA_HELP", QT_TRANSLATE_NOOP("GravDesk::Blueprint", "HTML meta tags of this page: name and content.")},
    {"METADATA_KEY", QT_TRANSLATE_NOOP("GravDesk::Blueprint", "Name")},
    {"METADATA_VALUE", QT_TRANSLATE_NOOP("GravDesk::Blueprint", "Content")},
    {"MODULE", QT_TRANSLATE_NOOP("GravDesk::Blueprint", "Module")},
    {"MODULE_SETUP", QT_TRANSLATE_NOOP("GravDesk::Blueprint", "Module setup")},
    {"NEVER_CACHE_TWIG", QT_TRANSLATE_NOOP("GravDesk::Blueprint", "Never cache Twig")},
    {"NO", QT_TRANSLATE_NOOP("GravDesk::Blueprint", "No")},
    {"OPTIONS", QT_TRANSLATE_NOOP("GravDesk::Blueprint", "Options")},
    {"ORDER", QT_TRANSLATE_NOOP("GravDesk::Blueprint", "Order")},
    {"ORDERING", QT_TRANSLATE_NOOP("GravDesk::Blueprint", "Ordering")},
    {"ORDER_BY", QT_TRANSLATE_NOOP("GravDesk::Blueprint", "Order by")},
    {"OVERRIDES", QT_TRANSLATE_NOOP("GravDesk::Blueprint", "Overrides")},
    {"PAGE_FILE", QT_TRANSLATE_NOOP("GravDesk::Blueprint", "Page template")},
    {"PAGE_MEDIA", QT_TRANSLATE_NOOP("GravDesk::Blueprint", "Page media")},
    {"PARENT", QT_TRANSLATE_NOOP("GravDesk::Blueprint", "Parent")},
    {"PROCESS", QT_TRANSLATE_NOOP("GravDesk::Blueprint", "Process")},
    {"PUBLISHED", QT_TRANSLATE_NOOP("GravDesk::Blueprint", "Published")},
    {"PUBLISHED_DATE", QT_TRANSLATE_NOOP("GravDesk::Blueprint", "Publish date")},
    {"PUBLISHED_DATE_HELP",
        QT_TRANSLATE_NOOP("GravDesk::Blueprint", "Publishes the page at this time, only while Published is not set.")},
    {"PUBLISHED_HELP",
        QT_TRANSLATE_NOOP("GravDesk::Blueprint",
            "An unpublished page is hidden and cannot be opened. When set, the publish dates are ignored.")},
    {"PUBLISHING", QT_TRANSLATE_NOOP("GravDesk::Blueprint", "Publishing")},
    {"REDIRECT", QT_TRANSLATE_NOOP("GravDesk::Blueprint", "Redirect")},
    {"REDIRECT_DEFAULT_ROUTE", QT_TRANSLATE_NOOP("GravDesk::Blueprint", "Redirect default route")},
    {"ROOT", QT_TRANSLATE_NOOP("GravDesk::Blueprint", "Root")},
    {"ROUTABLE", QT_TRANSLATE_NOOP("GravDesk::Blueprint", "Routable")},
    {"ROUTABLE_HELP", QT_TRANSLATE_NOOP("GravDesk::Blueprint", "Whether the page can be opened by its URL.")},
    {"ROUTE_ALIASES", QT_TRANSLATE_NOOP("GravDesk::Blueprint", "Route aliases")},
    {"ROUTE_CANONICAL", QT_TRANSLATE_NOOP("GravDesk::Blueprint", "Canonical route")},
    {"ROUTE_DEFAULT", QT_TRANSLATE_NOOP("GravDesk::Blueprint", "Default route")},
    {"ROUTE_OVERRIDES", QT_TRANSLATE_NOOP("GravDesk::Blueprint", "Route overrides")},
    {"SETTINGS", QT_TRANSLATE_NOOP("GravDesk::Blueprint", "Settings")},
    {"SLUG", QT_TRANSLATE_NOOP("GravDesk::Blueprint", "Slug")},
    {"SLUG_HELP",
        QT_TRANSLATE_NOOP("GravDesk::Blueprint", "The page's part of the URL; the folder name without its number when empty.")},
    {"SORTABLE_PAGES", QT_TRANSLATE_NOOP("GravDesk::Blueprint", "Sortable pages")},
    {"TAXONOMIES", QT_TRANSLATE_NOOP("GravDesk::Blueprint", "Taxonomies")},
    {"TAXONOMY", QT_TRANSLATE_NOOP("GravDesk::Blueprint", "Taxonomy")},
    {"TITLE", QT_TRANSLATE_NOOP("GravDesk::Blueprint", "Title")},
    {"TWIG_FIRST", QT_TRANSLATE_NOOP("GravDesk::Blueprint", "Process Twig first")},
    {"UNPUBLISHED_DATE", QT_TRANSLATE_NOOP("GravDesk::Blueprint", "Unpublish date")},
    {"UNPUBLISHED_DATE_HELP",
        QT_TRANSLATE_NOOP("GravDesk::Blueprint", "Unpublishes the page at this time, only while Published is not set.")},
    {"USERNAME", QT_TRANSLATE_NOOP("GravDesk::Blueprint", "User name")},
    {"USE_GLOBAL", QT_TRANSLATE_NOOP("GravDesk::Blueprint", "Use the site's setting")},
    {"VISIBLE", QT_TRANSLATE_NOOP("GravDesk::Blueprint", "Visible")},
    {"VISIBLE_HELP",
        QT_TRANSLATE_NOOP("GravDesk::Blueprint", "Shown in navigation menus (by default when the folder name has a number).")},
    {"YES", QT_TRANSLATE_NOOP("GravDesk::Blueprint", "Yes")},
};

} // namespace

QString Blueprint::displayText(const QString &text)
{
    static const QRegularExpression keyForm(QStringLiteral("^[A-Z][A-Z0-9_]*\\.([A-Z0-9_ ]+)$"));
    const auto m = keyForm.match(text);
    if (!m.hasMatch())
        return text;
    static const QHash<QString, const char *> table = [] {
        QHash<QString, const char *> h;
        for (const KeyText &t : adminTexts)
            h.insert(QString::fromLatin1(t.key), t.text);
        return h;
    }();
    const QString key = m.captured(1);
    if (const char *known = table.value(key, nullptr))
        return QCoreApplication::translate("GravDesk::Blueprint", known);
    // Help, placeholder and message keys without a text of ours: better nothing than a key.
    if (key.endsWith(QLatin1String("_HELP")) || key.endsWith(QLatin1String("_PLACEHOLDER"))
        || key.endsWith(QLatin1String("_MESSAGE")))
        return {};
    // Any other key (a plugin's or theme's): its words, as a label.
    QString words = key.toLower().replace(QLatin1Char('_'), QLatin1Char(' ')).simplified();
    if (!words.isEmpty())
        words[0] = words.at(0).toUpper();
    return words;
}

} // namespace GravDesk
