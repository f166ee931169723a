#include "api/ApiError.h"

namespace dv::api {

QString ApiError::message() const
{
    switch (kind) {
    case Kind::Network:
        return ApiErrorText::tr(
                   "The AI service could not be reached (%1). Check the network connection, "
                   "then try again.")
            .arg(detail);
    case Kind::Timeout:
        return ApiErrorText::tr(
            "The AI service did not answer in time. Try again; if it keeps happening, "
            "the service may be overloaded.");
    case Kind::Authentication:
        if (credential == Credential::ApiToken)
            return ApiErrorText::tr("The report service did not accept the API token "
                                    "(X-API-TOKEN). Check it in the connection settings.");
        return ApiErrorText::tr(
            "The AI service did not accept the user name or password. Check them in "
            "the connection settings.");
    case Kind::Validation: {
        QStringList parts;
        for (const model::FieldError &field : fields)
            parts << (field.fieldPath().isEmpty()
                          ? field.message
                          : ApiErrorText::tr("%1: %2").arg(field.fieldPath(), field.message));
        return ApiErrorText::tr("The AI service rejected the request: %1")
            .arg(parts.join(QStringLiteral("; ")));
    }
    case Kind::NotFound:
        return ApiErrorText::tr("The AI service has no such record (%1). Check the identifier.")
            .arg(detail);
    case Kind::RateLimited:
        return retryAfterSeconds > 0
                   ? ApiErrorText::tr("The AI service is busy. Try again in %n second(s).", nullptr,
                                      retryAfterSeconds)
                   : ApiErrorText::tr("The AI service is busy. Try again in a moment.");
    case Kind::Server:
        return ApiErrorText::tr(
                   "The AI service reported a problem of its own (HTTP %1). Try again later; "
                   "nothing you entered is lost.")
            .arg(httpStatus);
    case Kind::MalformedResponse:
        return ApiErrorText::tr(
                   "The AI service sent an answer Dermaview cannot read (%1), so nothing from "
                   "it is shown.")
            .arg(detail);
    case Kind::Tls:
        return ApiErrorText::tr(
                   "The secure connection could not be verified (%1). Dermaview does not send "
                   "data to a server it cannot verify.")
            .arg(detail);
    case Kind::InsecureConnection:
        return ApiErrorText::tr(
                   "%1 is not on this computer and does not use https. Dermaview does not send "
                   "patient images over an unencrypted connection unless you allow it in the "
                   "connection settings.")
            .arg(detail);
    case Kind::Cancelled:
        return ApiErrorText::tr("Cancelled.");
    }
    return {};
}

QString ApiError::kindName() const
{
    switch (kind) {
    case Kind::Network:
        return QStringLiteral("network");
    case Kind::Timeout:
        return QStringLiteral("timeout");
    case Kind::Authentication:
        return QStringLiteral("authentication");
    case Kind::Validation:
        return QStringLiteral("validation");
    case Kind::NotFound:
        return QStringLiteral("not-found");
    case Kind::RateLimited:
        return QStringLiteral("rate-limited");
    case Kind::Server:
        return QStringLiteral("server");
    case Kind::MalformedResponse:
        return QStringLiteral("malformed-response");
    case Kind::Tls:
        return QStringLiteral("tls");
    case Kind::InsecureConnection:
        return QStringLiteral("insecure-connection");
    case Kind::Cancelled:
        return QStringLiteral("cancelled");
    }
    return {};
}

bool ApiError::isTransient() const
{
    return kind == Kind::Network || kind == Kind::Timeout || kind == Kind::RateLimited ||
           (kind == Kind::Server && (httpStatus == 502 || httpStatus == 503 || httpStatus == 504));
}

} // namespace dv::api
