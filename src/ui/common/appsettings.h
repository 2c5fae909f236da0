#pragma once

#include <QByteArray>
#include <QLatin1String>
#include <QSettings>
#include <QString>
#include <QStringList>
#include <QVariant>

namespace GravDesk {

/// A key GravDesk keeps in QSettings, with the type of its value and the value when it is unset.
template<typename T> struct SettingKey
{
    const char *name;
    T fallback;

    T get() const
    {
        const QVariant v = QSettings().value(QLatin1String(name));
        return v.isValid() ? v.template value<T>() : fallback;
    }
    void set(const T &value) const { QSettings().setValue(QLatin1String(name), QVariant::fromValue(value)); }
};

/// Every setting of the user's GravDesk (not of a site: those live in the site), in one table.
namespace AppSettings {

inline const SettingKey<QByteArray> windowGeometry {"window/geometry", {}};
inline const SettingKey<QByteArray> windowState {"window/state", {}};
inline const SettingKey<QStringList> recentSites {"recentSites", {}};
inline const SettingKey<bool> syncScrolling {"preview/syncScrolling", true};
inline const SettingKey<bool> typographAsYouType {"editor/typographAsYouType", false};
inline const SettingKey<bool> spellingEnabled {"spelling/enabled", true};
/// The interface language ("" = the system's).
inline const SettingKey<QString> interfaceLanguage {"interface/language", {}};

} // namespace AppSettings
} // namespace GravDesk
