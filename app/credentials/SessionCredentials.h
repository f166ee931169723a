#pragma once

#include "credentials/CredentialStore.h"

#include <QObject>
#include <QString>
#include <QVector>
#include <array>
#include <optional>

namespace dv::credentials {

/// The answer to SessionCredentials::secret(): the secret and where it came from, or that the
/// person cancelled the prompt. Debug output never shows the secret.
class SessionSecret
{
public:
    enum class Source
    {
        Session,   ///< already held in memory this session
        Keychain,  ///< read from the keychain
        Prompt,    ///< typed by the person at the prompt
        Cancelled, ///< the person cancelled the prompt: there is no secret
    };

    SessionSecret(Source source, QString secret, std::optional<CredentialError> keychainError)
        : m_source(source), m_secret(std::move(secret)), m_keychainError(std::move(keychainError))
    {}

    bool ok() const { return m_source != Source::Cancelled; }
    Source source() const { return m_source; }
    /// Empty when cancelled. Do not log it.
    const QString &secret() const { return m_secret; }
    /// Why the keychain did not supply it (Prompt, Cancelled): NoBackend, NotFound, ...
    const std::optional<CredentialError> &keychainError() const { return m_keychainError; }

private:
    Source m_source;
    QString m_secret;
    std::optional<CredentialError> m_keychainError;
};

QDebug operator<<(QDebug debug, const SessionSecret &secret);

/// Where the API client gets the password and the X-API-TOKEN of one server profile.
///
/// secret(): the copy held for this session, else the keychain, else the injected prompt, which
/// is told why in a translated sentence ("No system keychain is available on this computer,
/// so Dermaview cannot remember your password; enter it for this session."). What the prompt
/// returns is held in memory only.
///
/// remember(): after the server accepted a secret, the app hands it back here; it is held for
/// the session and written to the keychain when there is one. Never anywhere else: no
/// settings, no file. On a machine without a keychain the person types it once per session.
///
/// forget(): after the server refused a secret, so that a wrong saved password is not tried
/// again and again.
class SessionCredentials : public QObject
{
    Q_OBJECT

public:
    /// Asks the person for a secret, e.g. a modal dialog showing `reason`; nullopt = cancelled.
    using Prompt = std::function<std::optional<QString>(SecretKind kind, const QString &reason)>;
    using SecretCallback = std::function<void(const SessionSecret &)>;

    /// What this session has learnt about the keychain.
    enum class KeychainState
    {
        Unknown,     ///< not asked yet
        Available,   ///< it answered (even "nothing stored")
        Unavailable, ///< there is none: never written to this session
        Refused,     ///< it refused access: not written to again this session
    };

    /// `store` must outlive this object.
    SessionCredentials(CredentialStore &store, QString profile, Prompt prompt,
                       QObject *parent = nullptr);
    ~SessionCredentials() override;

    QString profile() const { return m_profile; }
    KeychainState keychainState() const { return m_keychainState; }

    /// The secret, asynchronously. Concurrent calls for the same kind share one keychain read
    /// and at most one prompt.
    void secret(SecretKind kind, SecretCallback done);
    void password(SecretCallback done) { secret(SecretKind::Password, std::move(done)); }
    void apiToken(SecretCallback done) { secret(SecretKind::ApiToken, std::move(done)); }

    /// The server accepted `value`: hold it for the session, and keep it in the keychain when
    /// there is one. `done` (optional) gets success when it is in the keychain, otherwise the
    /// reason it is held for this session only.
    void remember(SecretKind kind, const QString &value, StatusCallback done = {});
    void remember(const QString &password, StatusCallback done = {})
    {
        remember(SecretKind::Password, password, std::move(done));
    }
    void rememberApiToken(const QString &token, StatusCallback done = {})
    {
        remember(SecretKind::ApiToken, token, std::move(done));
    }

    /// The server refused it: drop it from memory and from the keychain.
    void forget(SecretKind kind, StatusCallback done = {});

    /// The sentence the prompt is given when the keychain could not supply a secret.
    static QString promptReason(SecretKind kind, const CredentialError &why);

private:
    struct Slot
    {
        std::optional<QString> session;      ///< held for this session
        std::optional<QString> fromKeychain; ///< as read from the keychain, to skip rewriting
        QVector<SecretCallback> waiting;     ///< secret() calls waiting for a keychain read
    };

    void onRead(SecretKind kind, const CredentialResult &result);
    void noteKeychainAnswer(const CredentialError *error);
    Slot &slot(SecretKind kind);

    CredentialStore &m_store;
    QString m_profile;
    Prompt m_prompt;
    KeychainState m_keychainState = KeychainState::Unknown;
    std::array<Slot, 2> m_slots;
};

} // namespace dv::credentials
