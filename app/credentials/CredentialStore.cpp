#include "credentials/CredentialStore.h"

#include <QDebug>

namespace dv::credentials {

QString credentialKey(const QString &profile, SecretKind kind)
{
    Q_ASSERT_X(!profile.isEmpty(), "credentialKey", "a secret belongs to a named profile");
    switch (kind) {
    case SecretKind::Password:
        return profile + QStringLiteral("/password");
    case SecretKind::ApiToken:
        return profile + QStringLiteral("/api-token");
    }
    Q_UNREACHABLE();
    return {};
}

QString CredentialError::message() const
{
    switch (kind) {
    case Kind::NotFound:
        return CredentialText::tr("Nothing is saved in the system keychain for this server "
                                  "profile.");
    case Kind::NoBackend:
        return CredentialText::tr(
            "No system keychain is available on this computer (no Secret Service or KWallet is "
            "running), so Dermaview cannot remember passwords or API tokens and asks for them "
            "each session.");
    case Kind::AccessDenied:
        return CredentialText::tr("The system keychain refused Dermaview access (it may be "
                                  "locked, or access was declined).");
    case Kind::Other:
        break;
    }
    return CredentialText::tr("The system keychain reported an error.");
}

QString CredentialError::kindName() const
{
    switch (kind) {
    case Kind::NotFound:
        return QStringLiteral("not-found");
    case Kind::NoBackend:
        return QStringLiteral("no-backend");
    case Kind::AccessDenied:
        return QStringLiteral("access-denied");
    case Kind::Other:
        break;
    }
    return QStringLiteral("other");
}

CredentialStore::~CredentialStore() = default;

QDebug operator<<(QDebug debug, const CredentialError &error)
{
    const QDebugStateSaver saver(debug);
    debug.nospace() << "CredentialError(" << error.kindName() << ", " << error.detail << ')';
    return debug;
}

QDebug operator<<(QDebug debug, const CredentialResult &result)
{
    const QDebugStateSaver saver(debug);
    if (result.ok())
        debug.nospace() << "CredentialResult(<redacted>)";
    else
        debug.nospace() << "CredentialResult(" << result.error() << ')';
    return debug;
}

QDebug operator<<(QDebug debug, const CredentialStatus &status)
{
    const QDebugStateSaver saver(debug);
    if (status.ok())
        debug.nospace() << "CredentialStatus(ok)";
    else
        debug.nospace() << "CredentialStatus(" << status.error() << ')';
    return debug;
}

} // namespace dv::credentials
