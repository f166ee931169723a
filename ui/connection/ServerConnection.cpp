#include "ServerConnection.h"

#include "backend/Backend.h"

#include <QSettings>

namespace dv::ui {

ServerConnection::ServerConnection(Backend &backend, credentials::CredentialStore &store,
                                   credentials::SessionCredentials::Prompt prompt, QObject *parent)
    : QObject(parent), m_backend(backend), m_store(store), m_prompt(std::move(prompt))
{}

ServerConnection::~ServerConnection() = default;

bool ServerConnection::restore(QString *error)
{
    QSettings settings;
    const QString selected = api::ServerProfiles::selected(settings);
    for (const api::ServerProfile &profile : api::ServerProfiles::load(settings)) {
        if (profile.name == selected) {
            useProfile(profile);
            return true;
        }
    }
    return useSandbox(error);
}

bool ServerConnection::useSandbox(QString *error)
{
    if (!m_backend.useSandbox(error))
        return false;
    QSettings settings;
    api::ServerProfiles::select(settings, QString());
    return true;
}

void ServerConnection::useProfile(const api::ServerProfile &profile)
{
    credentialsFor(profile.name);
    m_backend.useProfile(profile, m_profiles.at(profile.name).source.get());
    QSettings settings;
    api::ServerProfiles::select(settings, profile.name);
}

credentials::SessionCredentials &ServerConnection::credentialsFor(const QString &profile)
{
    auto it = m_profiles.find(profile);
    if (it == m_profiles.end()) {
        ProfileCredentials entry;
        entry.credentials =
            std::make_unique<credentials::SessionCredentials>(m_store, profile, m_prompt);
        entry.source = std::make_unique<credentials::SessionPasswordSource>(*entry.credentials);
        it = m_profiles.emplace(profile, std::move(entry)).first;
    }
    return *it->second.credentials;
}

} // namespace dv::ui
