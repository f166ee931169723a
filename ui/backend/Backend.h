#pragma once

#include "api/ApiClient.h"
#include "api/ServerProfiles.h"

#include <QCoreApplication>
#include <QNetworkAccessManager>
#include <QObject>
#include <memory>

namespace dv::ui {

class EmbeddedSandbox;

/// The AI service the window talks to: the embedded offline sandbox (the default, signed in
/// from the start) or a configured server profile. Owns the one QNetworkAccessManager and the
/// client; everything the window sends goes through client().
class Backend : public QObject
{
    Q_OBJECT

public:
    explicit Backend(QObject *parent = nullptr);
    ~Backend() override;

    /// Starts the embedded sandbox (once) and signs in to it. False, with the reason in
    /// `error`, when the sandbox cannot listen.
    bool useSandbox(QString *error);
    /// Talks to a real server from now on; `passwords` (not owned, may be null) supplies the
    /// password when the session needs one.
    void useProfile(const api::ServerProfile &profile, api::PasswordSource *passwords);

    bool isSandbox() const { return m_sandbox != nullptr && m_profileName.isEmpty(); }
    /// The server profile in use; empty on the sandbox.
    QString profileName() const { return m_profileName; }
    /// "Offline sandbox" or the profile's name.
    QString serverLabel() const;
    /// The device's name and version from /device-information, once known.
    QString deviceLabel() const { return m_deviceLabel; }
    api::ApiClient *client() const { return m_client.get(); }

signals:
    /// A different server is in use (the client object changed).
    void serverChanged();
    void deviceLabelChanged(const QString &label);
    /// A login failed; once per failed login, with a sentence for the person.
    void signInFailed(const QString &message);

private:
    void installClient(const api::ApiConfig &config);
    void fetchDeviceInformation();

    QNetworkAccessManager m_network;
    std::unique_ptr<EmbeddedSandbox> m_sandbox;
    std::unique_ptr<api::ApiClient> m_client;
    QString m_profileName;
    QString m_deviceLabel;
};

} // namespace dv::ui
