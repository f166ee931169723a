#include "Backend.h"

#include "backend/EmbeddedSandbox.h"

namespace dv::ui {

Backend::Backend(QObject *parent) : QObject(parent) {}

Backend::~Backend()
{
    // The client's requests end before the server they talk to.
    m_client.reset();
    m_sandbox.reset();
}

bool Backend::useSandbox(QString *error)
{
    if (!m_sandbox) {
        auto sandbox = std::make_unique<EmbeddedSandbox>();
        if (!sandbox->start()) {
            if (error)
                *error = tr("The offline sandbox could not start: %1").arg(sandbox->errorString());
            return false;
        }
        m_sandbox = std::move(sandbox);
    }
    m_profileName.clear();
    api::ApiConfig config;
    config.clinicalUrl = config.helperUrl = config.reportUrl = m_sandbox->url();
    config.username = m_sandbox->config().user;
    installClient(config);
    m_client->session().setPassword(m_sandbox->config().password);
    m_client->setApiToken(m_sandbox->config().apiToken);
    // Signed in from the start: a demo should not begin with a login.
    m_client->session().signIn(this, [](const std::optional<api::ApiError> &) {});
    fetchDeviceInformation();
    return true;
}

void Backend::useProfile(const api::ServerProfile &profile, api::PasswordSource *passwords)
{
    m_profileName = profile.name;
    installClient(profile.apiConfig());
    m_client->session().setPasswordSource(passwords);
    fetchDeviceInformation();
}

QString Backend::serverLabel() const
{
    return isSandbox() ? tr("Offline sandbox") : m_profileName;
}

void Backend::installClient(const api::ApiConfig &config)
{
    m_client = std::make_unique<api::ApiClient>(&m_network, config);
    m_deviceLabel.clear();
    connect(&m_client->session(), &api::Session::loginFailed, this,
            [this](const api::ApiError &error) { emit signInFailed(error.message()); });
    emit serverChanged();
}

void Backend::fetchDeviceInformation()
{
    api::ApiClient *client = m_client.get();
    client->deviceInformation(client, [this](const auto &result) {
        if (!result.ok())
            return; // the label stays empty; failures of real work are reported there
        const model::DeviceInformation &device = result.value();
        m_deviceLabel =
            device.version.isEmpty() ? device.name : tr("%1 %2").arg(device.name, device.version);
        emit deviceLabelChanged(m_deviceLabel);
    });
}

} // namespace dv::ui
