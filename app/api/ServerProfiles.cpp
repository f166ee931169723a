#include "api/ServerProfiles.h"

#include <QSettings>
#include <QSslCertificate>
#include <algorithm>

namespace dv::api {

namespace {

const QString kGroup = QStringLiteral("servers");
const QString kSelected = QStringLiteral("connection/selectedServer");

// Profile names are free text; QSettings keys must not contain '/' or '\\'.
QString keyFor(const QString &name)
{
    return QString::fromLatin1(name.toUtf8().toHex());
}

} // namespace

ApiConfig ServerProfile::apiConfig() const
{
    ApiConfig config;
    config.clinicalUrl = clinicalUrl;
    config.helperUrl = helperUrl.isEmpty() ? clinicalUrl : helperUrl;
    config.reportUrl = reportUrl.isEmpty() ? clinicalUrl : reportUrl;
    config.username = username;
    config.allowInsecureHttp = allowInsecureHttp;
    if (!caCertificateFile.isEmpty())
        config.extraCaCertificates = QSslCertificate::fromPath(caCertificateFile);
    return config;
}

bool ServerProfile::operator==(const ServerProfile &other) const
{
    return name == other.name && clinicalUrl == other.clinicalUrl && helperUrl == other.helperUrl &&
           reportUrl == other.reportUrl && username == other.username &&
           allowInsecureHttp == other.allowInsecureHttp &&
           caCertificateFile == other.caCertificateFile;
}

QVector<ServerProfile> ServerProfiles::load(QSettings &settings)
{
    QVector<ServerProfile> profiles;
    settings.beginGroup(kGroup);
    for (const QString &key : settings.childGroups()) {
        settings.beginGroup(key);
        ServerProfile profile;
        profile.name = settings.value(QStringLiteral("name")).toString();
        profile.clinicalUrl = settings.value(QStringLiteral("clinicalUrl")).toUrl();
        profile.helperUrl = settings.value(QStringLiteral("helperUrl")).toUrl();
        profile.reportUrl = settings.value(QStringLiteral("reportUrl")).toUrl();
        profile.username = settings.value(QStringLiteral("username")).toString();
        profile.allowInsecureHttp = settings.value(QStringLiteral("allowInsecureHttp")).toBool();
        profile.caCertificateFile = settings.value(QStringLiteral("caCertificateFile")).toString();
        settings.endGroup();
        if (!profile.name.isEmpty() && keyFor(profile.name) == key)
            profiles.append(profile);
    }
    settings.endGroup();
    std::sort(profiles.begin(), profiles.end(), [](const auto &a, const auto &b) {
        return QString::localeAwareCompare(a.name, b.name) < 0;
    });
    return profiles;
}

void ServerProfiles::save(QSettings &settings, const ServerProfile &profile)
{
    settings.beginGroup(kGroup);
    settings.remove(keyFor(profile.name));
    settings.beginGroup(keyFor(profile.name));
    settings.setValue(QStringLiteral("name"), profile.name);
    settings.setValue(QStringLiteral("clinicalUrl"), profile.clinicalUrl);
    settings.setValue(QStringLiteral("helperUrl"), profile.helperUrl);
    settings.setValue(QStringLiteral("reportUrl"), profile.reportUrl);
    settings.setValue(QStringLiteral("username"), profile.username);
    settings.setValue(QStringLiteral("allowInsecureHttp"), profile.allowInsecureHttp);
    settings.setValue(QStringLiteral("caCertificateFile"), profile.caCertificateFile);
    settings.endGroup();
    settings.endGroup();
}

void ServerProfiles::remove(QSettings &settings, const QString &name)
{
    settings.beginGroup(kGroup);
    settings.remove(keyFor(name));
    settings.endGroup();
    if (selected(settings) == name)
        select(settings, QString());
}

QString ServerProfiles::selected(QSettings &settings)
{
    return settings.value(kSelected).toString();
}

void ServerProfiles::select(QSettings &settings, const QString &name)
{
    settings.setValue(kSelected, name);
}

} // namespace dv::api
