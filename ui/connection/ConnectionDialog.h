#pragma once

#include "api/ApiClient.h"
#include "api/ServerProfiles.h"
#include "credentials/SessionPasswordSource.h"

#include <QDialog>
#include <QNetworkAccessManager>
#include <memory>

class QCheckBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QPushButton;

namespace dv::ui {

class ServerConnection;

/// Manages the server profiles (clinical, helper and report base URLs, username, the password
/// and the report service's API token kept in the system keychain, plain-http and private-CA
/// choices), tests a connection (signs in, shows the device from /device-information, and
/// checks a typed API token against the report service) and switches the window to a server or
/// back to the offline sandbox. Nothing secret is written to the settings.
class ConnectionDialog : public QDialog
{
    Q_OBJECT

public:
    ConnectionDialog(ServerConnection &connection, QWidget *parent = nullptr);

    // For tests: the form's widgets.
    QListWidget *profileList() const { return m_list; }
    QLineEdit *nameEdit() const { return m_name; }
    QLineEdit *clinicalUrlEdit() const { return m_clinicalUrl; }
    QLineEdit *usernameEdit() const { return m_username; }
    QLineEdit *passwordEdit() const { return m_password; }
    QLineEdit *apiTokenEdit() const { return m_apiToken; }
    QPushButton *testButton() const { return m_test; }
    QLabel *statusLabel() const { return m_status; }
    /// Saves the form as a profile; false (and why, in the status line) when it is incomplete.
    bool saveProfile();

private:
    void reloadProfiles(const QString &select);
    void showProfile();
    api::ServerProfile formProfile() const;
    QString problemWith(const api::ServerProfile &profile) const;
    void newProfile();
    void deleteProfile();
    void testConnection();
    /// After a successful sign-in: asks the report service for a report that does not exist
    /// with the typed API token. "No such report" means the token passed; it is kept.
    void testApiToken(api::ApiClient *probe, const QString &token);
    void useSelected();
    void useSandbox();
    void setStatus(const QString &text, bool problem);

    ServerConnection &m_connection;
    QVector<api::ServerProfile> m_profiles;
    QListWidget *m_list = nullptr;
    QLineEdit *m_name = nullptr;
    QLineEdit *m_clinicalUrl = nullptr;
    QLineEdit *m_helperUrl = nullptr;
    QLineEdit *m_reportUrl = nullptr;
    QLineEdit *m_username = nullptr;
    QLineEdit *m_password = nullptr;
    QLineEdit *m_apiToken = nullptr;
    QCheckBox *m_allowHttp = nullptr;
    QLineEdit *m_caFile = nullptr;
    QPushButton *m_test = nullptr;
    QPushButton *m_use = nullptr;
    QLabel *m_status = nullptr;
    QNetworkAccessManager m_network;
    std::unique_ptr<credentials::SessionPasswordSource> m_probeSource; ///< outlives m_probe
    std::unique_ptr<api::ApiClient> m_probe; ///< the client of a running test
};

} // namespace dv::ui
