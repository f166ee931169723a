#pragma once

#include "credentials/CredentialStore.h"

#include <chrono>

namespace dv::credentials {

/// The OS keychain through QtKeychain: Secret Service (GNOME Keyring, KeePassXC, ...) via
/// libsecret, or KWallet, on Linux. Never falls back to plain-text storage.
///
/// What QtKeychain 0.13 (Debian 12) reports is not what callers need: without a D-Bus session,
/// or with a session but no Secret Service provider, its libsecret backend answers OtherError
/// ("Cannot autolaunch D-Bus without X11 $DISPLAY", "The name org.freedesktop.secrets was not
/// provided by any .service files") rather than NoBackendAvailable. So on OtherError, and when
/// the keychain does not answer in time, this store asks the D-Bus daemon whether any keychain
/// service is running or activatable, and reports NoBackend when there is none.
///
/// Timeout: QtKeychain's libsecret backend completes through the GLib main context; under an
/// event dispatcher without GLib (QT_NO_GLIB=1) or off the main thread its jobs never finish.
/// An answer that does not come within `timeout` is therefore reported as an error (NoBackend
/// or Other, as above), so that the person is asked for the password instead of waiting
/// forever. The default is generous because a keychain may show its own unlock dialog.
///
/// Use from the main thread only (see the contract in CredentialStore).
class KeychainCredentialStore final : public CredentialStore
{
public:
    static constexpr std::chrono::milliseconds defaultTimeout{60000};

    explicit KeychainCredentialStore(QString service = QStringLiteral("Dermaview"),
                                     std::chrono::milliseconds timeout = defaultTimeout);

    void read(const QString &key, QObject *context, ReadCallback done) override;
    void write(const QString &key, const QString &secret, QObject *context,
               StatusCallback done) override;
    void remove(const QString &key, QObject *context, StatusCallback done) override;

    QString service() const { return m_service; }
    std::chrono::milliseconds timeout() const { return m_timeout; }

private:
    QString m_service;
    std::chrono::milliseconds m_timeout;
};

} // namespace dv::credentials
