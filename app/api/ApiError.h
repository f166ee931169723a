#pragma once

#include "model/ApiResources.h"

#include <QCoreApplication>
#include <QString>
#include <QVector>

namespace dv::api {

/// Why a call to the AI service failed, as a type the caller can act on and a translated
/// sentence a clinician can act on. Never carries a secret.
struct ApiError
{
    enum class Kind
    {
        Network,            ///< no connection, reset, DNS failure
        Timeout,            ///< no progress within the transfer timeout
        Authentication,     ///< login refused, or still refused after one re-login
        Validation,         ///< 422: `fields` says which input was rejected
        NotFound,           ///< 404: e.g. no stored report with that identifier
        RateLimited,        ///< 429 after the retries allowed
        Server,             ///< 5xx, or another unexpected status
        MalformedResponse,  ///< 2xx whose body the parsers refuse (`detail` has the JSON path)
        Tls,                ///< certificate could not be verified (never ignored)
        InsecureConnection, ///< plain http:// to a host that is not this computer
        Cancelled,          ///< the user cancelled
    };

    /// Which secret an Authentication error is about, so the person checks the right one.
    enum class Credential
    {
        Password,
        ApiToken,
    };

    Kind kind = Kind::Network;
    Credential credential = Credential::Password;
    int httpStatus = 0;
    QString detail;                    ///< server's `detail`, Qt's error text or a JSON path
    QVector<model::FieldError> fields; ///< Validation only
    int retryAfterSeconds = 0;         ///< RateLimited / Server 503, when the server said

    /// The sentence shown to the person; translated.
    QString message() const;
    /// Stable name for logs and JSON ("timeout", "validation", ...).
    QString kindName() const;
    /// Whether trying again later may succeed (network, timeout, busy server).
    bool isTransient() const;
};

class ApiErrorText
{
public:
    Q_DECLARE_TR_FUNCTIONS(ApiErrorText)
};

} // namespace dv::api
