#pragma once

#include "api/ServerProfiles.h"
#include "credentials/CredentialStore.h"
#include "credentials/SessionCredentials.h"
#include "credentials/SessionPasswordSource.h"

#include <QObject>
#include <QPointer>
#include <functional>
#include <memory>

namespace dv::ui {

class Backend;

/// Which server the window uses and where its password comes from: the embedded sandbox, or a
/// profile whose password is read from the keychain (or asked for, with the reason, when there
/// is none) and kept there once the server accepts it. One SessionCredentials per profile for
/// the whole session, so a password typed once is not asked for again.
class ServerConnection : public QObject
{
    Q_OBJECT

public:
    /// `store` and `backend` must outlive this object; `prompt` asks the person for a secret.
    ServerConnection(Backend &backend, credentials::CredentialStore &store,
                     credentials::SessionCredentials::Prompt prompt, QObject *parent = nullptr);
    ~ServerConnection() override;

    /// The profile selected in the settings, else the sandbox. False (with `error`) when the
    /// sandbox cannot start.
    bool restore(QString *error);
    bool useSandbox(QString *error);
    /// Uses `profile` from now on and remembers the choice.
    void useProfile(const api::ServerProfile &profile);
    /// The credentials of `profile` for this session (created on first use).
    credentials::SessionCredentials &credentialsFor(const QString &profile);

    /// Report requests carry the report service's X-API-TOKEN. Hands the current server's
    /// token to its client (held this session, else the keychain, else the prompt, told why)
    /// and calls `ready(true)`; `ready(false)` when the person cancelled the prompt. On the
    /// sandbox, whose token the client already has, at once. `ready` is not called once
    /// `context` is gone.
    void prepareApiToken(const QObject *context, std::function<void(bool ready)> ready);
    /// The report service's verdict on the token prepareApiToken() handed over: an accepted
    /// one is kept (keychain when there is one), a refused one forgotten so the next request
    /// asks for it again.
    void apiTokenAnswered(bool accepted);

private:
    struct ProfileCredentials
    {
        std::unique_ptr<credentials::SessionCredentials> credentials;
        std::unique_ptr<credentials::SessionPasswordSource> source;
    };

    Backend &m_backend;
    credentials::CredentialStore &m_store;
    credentials::SessionCredentials::Prompt m_prompt;
    std::map<QString, ProfileCredentials> m_profiles;
    /// The token last handed to the client, and its profile: what apiTokenAnswered() keeps.
    QString m_tokenProfile;
    QString m_handedToken;
};

} // namespace dv::ui
