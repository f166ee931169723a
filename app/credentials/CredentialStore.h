#pragma once

// Where the API client's secrets live. The username and server URLs are settings; the password
// and the X-API-TOKEN are secrets and go only through a CredentialStore: the OS keychain in the
// app (KeychainCredentialStore), an in-memory double in tests (MemoryCredentialStore).
//
// SECRETS ARE NEVER LOGGED. A secret is a plain QString so that it can be handed to a
// QLineEdit or a request header without conversions, which also means the type system cannot
// stop anyone from printing it: never pass a secret to qDebug()/qInfo()/qWarning(), a log
// category, an exception message, an error's `detail` or a QSettings value. The result types
// below print "<redacted>" in place of the secret, so logging a whole result is safe.

#include <QCoreApplication>
#include <QString>
#include <functional>
#include <variant>

class QDebug;
class QObject;

namespace dv::credentials {

/// The two secrets kept per server profile.
enum class SecretKind
{
    Password, ///< the account password, used to obtain bearer tokens
    ApiToken, ///< the X-API-TOKEN of the report endpoint
};

/// The keychain key of a profile's secret: "<profile>/password" or "<profile>/api-token".
/// The profile name must not be empty.
QString credentialKey(const QString &profile, SecretKind kind);
inline QString passwordKey(const QString &profile)
{
    return credentialKey(profile, SecretKind::Password);
}
inline QString apiTokenKey(const QString &profile)
{
    return credentialKey(profile, SecretKind::ApiToken);
}

/// Why a store operation failed. Never carries the secret.
struct CredentialError
{
    enum class Kind
    {
        NotFound,     ///< nothing is stored under the key
        NoBackend,    ///< no keychain on this computer (no D-Bus session, no Secret Service or
                      ///< KWallet): secrets can only be held for the session
        AccessDenied, ///< the keychain exists but refused (locked, or the user said no)
        Other,        ///< anything else, including a keychain that did not answer in time
    };

    Kind kind = Kind::Other;
    /// The backend's own words (untranslated, for diagnostics), e.g. "Cannot autolaunch D-Bus
    /// without X11 $DISPLAY". Never the secret.
    QString detail;

    /// A translated sentence for the person.
    QString message() const;
    /// A stable name for logs and tests: "not-found", "no-backend", "access-denied", "other".
    QString kindName() const;
};

class CredentialText
{
    Q_DECLARE_TR_FUNCTIONS(CredentialText)
};

/// The answer to read(): the secret, or why there is none.
class CredentialResult
{
public:
    CredentialResult(QString secret) : m_value(std::move(secret)) {}
    CredentialResult(CredentialError error) : m_value(std::move(error)) {}

    bool ok() const { return std::holds_alternative<QString>(m_value); }
    /// Only when ok(). Do not log it.
    const QString &secret() const { return std::get<QString>(m_value); }
    /// Only when !ok().
    const CredentialError &error() const { return std::get<CredentialError>(m_value); }

private:
    std::variant<QString, CredentialError> m_value;
};

/// The answer to write() and remove(): done, or why not.
class CredentialStatus
{
public:
    CredentialStatus() = default; ///< success
    CredentialStatus(CredentialError error) : m_error(std::move(error)), m_ok(false) {}

    bool ok() const { return m_ok; }
    /// Only when !ok().
    const CredentialError &error() const { return m_error; }

private:
    CredentialError m_error;
    bool m_ok = true;
};

using ReadCallback = std::function<void(const CredentialResult &)>;
using StatusCallback = std::function<void(const CredentialStatus &)>;

/// A keychain: asynchronous, one answer per call.
///
/// Callback-based rather than signal-based: every operation has exactly one answer for exactly
/// one caller. With signals, answers would need request ids to be paired with questions and
/// every connected object would see every secret read. A callback bound to a `context` object
/// behaves like a new-style connect() with a context: it runs on the context's thread and is
/// dropped if the context is destroyed first. The same shape as the API client's callbacks.
///
/// Contract for every implementation:
/// - `done` is called exactly once, never before the call returns (always queued), unless
///   `context` (which must not be null) is destroyed first;
/// - calls are made from the thread that runs the QCoreApplication event loop;
/// - remove() of a key that holds nothing succeeds;
/// - nothing is ever written anywhere but the keychain: no settings, no files.
class CredentialStore
{
public:
    virtual ~CredentialStore();
    CredentialStore(const CredentialStore &) = delete;
    CredentialStore &operator=(const CredentialStore &) = delete;

    virtual void read(const QString &key, QObject *context, ReadCallback done) = 0;
    virtual void write(const QString &key, const QString &secret, QObject *context,
                       StatusCallback done) = 0;
    virtual void remove(const QString &key, QObject *context, StatusCallback done) = 0;

protected:
    CredentialStore() = default;
};

// Debug output never shows a secret.
QDebug operator<<(QDebug debug, const CredentialError &error);
QDebug operator<<(QDebug debug, const CredentialResult &result);
QDebug operator<<(QDebug debug, const CredentialStatus &status);

} // namespace dv::credentials
