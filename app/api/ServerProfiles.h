#pragma once

#include "api/ApiConfig.h"

#include <QString>
#include <QVector>

class QSettings;

namespace dv::api {

/// A real server the person has configured: where it is and who signs in — never how. The
/// password and X-API-TOKEN live in the keychain under the profile's name
/// (dermaview_credentials); nothing here is secret, so all of it may go to QSettings.
struct ServerProfile
{
    QString name; ///< unique, shown in the connection dialog, the keychain key's prefix
    QUrl clinicalUrl;
    QUrl helperUrl;
    QUrl reportUrl;
    QString username;
    bool allowInsecureHttp = false;
    QString caCertificateFile; ///< optional PEM with a clinic's private CA

    /// The client configuration (timeouts and retries at their defaults). The CA file is read
    /// here; an unreadable one yields no extra CA, so the connection fails verification
    /// rather than succeeding some other way.
    ApiConfig apiConfig() const;
    bool operator==(const ServerProfile &other) const;
};

/// The profiles in QSettings (group "servers"), plus which one is in use. The embedded
/// sandbox is not a profile: it is what the app uses when none is selected.
class ServerProfiles
{
public:
    static QVector<ServerProfile> load(QSettings &settings);
    /// Adds or replaces (by name).
    static void save(QSettings &settings, const ServerProfile &profile);
    static void remove(QSettings &settings, const QString &name);
    /// Empty: the embedded sandbox.
    static QString selected(QSettings &settings);
    static void select(QSettings &settings, const QString &name);
};

} // namespace dv::api
