#include "credentials/SessionPasswordSource.h"

namespace dv::credentials {

void SessionPasswordSource::password(Answer done)
{
    m_credentials.password([done](const SessionSecret &secret) {
        done(secret.ok() ? std::optional<QString>(secret.secret()) : std::nullopt);
    });
}

void SessionPasswordSource::accepted(const QString &password)
{
    m_credentials.remember(password);
}

void SessionPasswordSource::refused()
{
    m_credentials.forget(SecretKind::Password);
}

} // namespace dv::credentials
