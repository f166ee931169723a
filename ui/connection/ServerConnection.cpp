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

void ServerConnection::prepareApiToken(const QObject *context, std::function<void(bool)> ready)
{
    if (m_backend.isSandbox()) {
        ready(true);
        return;
    }
    const QString profile = m_backend.profileName();
    credentialsFor(profile).apiToken(
        [this, guard = QPointer<const QObject>(context), profile,
         ready = std::move(ready)](const credentials::SessionSecret &token) {
            if (!guard)
                return;
            // The person may have switched servers while the keychain or the prompt answered.
            if (!token.ok() || m_backend.isSandbox() || m_backend.profileName() != profile) {
                ready(false);
                return;
            }
            m_tokenProfile = profile;
            m_handedToken = token.secret();
            if (m_backend.client())
                m_backend.client()->setApiToken(token.secret());
            ready(true);
        });
}

void ServerConnection::apiTokenAnswered(bool accepted)
{
    if (m_tokenProfile.isEmpty())
        return; // the sandbox's, or none handed over
    credentials::SessionCredentials &credentials = credentialsFor(m_tokenProfile);
    if (accepted)
        credentials.rememberApiToken(m_handedToken);
    else
        credentials.forget(credentials::SecretKind::ApiToken);
}

} // namespace dv::ui
