#pragma once

#include <QString>
#include <functional>
#include <optional>

namespace dv::api {

/// Where a Session gets the password when a login needs one it does not hold — in the app,
/// the OS keychain, else a prompt that says why (dermaview_credentials' SessionPasswordSource)
/// — and what it tells that source about the outcome, so that an accepted password is kept
/// and a refused one is not offered again. An interface so the core does not depend on
/// QtKeychain.
class PasswordSource
{
public:
    virtual ~PasswordSource() = default;
    using Answer = std::function<void(const std::optional<QString> &password)>;

    /// Asynchronous; nullopt when there is none (the person cancelled the prompt).
    virtual void password(Answer done) = 0;
    /// The server accepted it.
    virtual void accepted(const QString &password) = 0;
    /// The server refused it.
    virtual void refused() = 0;
};

} // namespace dv::api
