#pragma once

#include "api/PasswordSource.h"
#include "credentials/SessionCredentials.h"

namespace dv::credentials {

/// Connects an api::Session to a server profile's SessionCredentials: the password comes from
/// this session's memory, else the keychain, else the prompt (told why); an accepted password
/// is remembered (keychain when there is one, memory otherwise), a refused one forgotten.
class SessionPasswordSource final : public api::PasswordSource
{
public:
    /// `credentials` must outlive this object.
    explicit SessionPasswordSource(SessionCredentials &credentials) : m_credentials(credentials) {}

    void password(Answer done) override;
    void accepted(const QString &password) override;
    void refused() override;

private:
    SessionCredentials &m_credentials;
};

} // namespace dv::credentials
