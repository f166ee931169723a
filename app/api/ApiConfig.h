#pragma once

#include "api/ApiError.h"

#include <QList>
#include <QSslCertificate>
#include <QUrl>
#include <optional>

namespace dv::api {

/// Where the AI service lives and how patiently to talk to it. No secret is kept here:
/// passwords and API tokens come from the credential store, in memory only.
struct ApiConfig
{
    QUrl clinicalUrl; ///< /login, /diagnosis-support, /severity-assessment/..., /device-information
    QUrl helperUrl;   ///< /body-sites, /questionnaires (the vendor may serve them elsewhere)
    QUrl reportUrl;   ///< /s2s-api/v3/anonymous-diagnostic-reports/...
    QString username;

    int analysisTimeoutMs = 180000; ///< the vendor SDK's analysis timeout
    int helperTimeoutMs = 30000;
    /// Plain http:// to a host other than this computer is refused unless the user allows it.
    bool allowInsecureHttp = false;
    /// Certificate authorities this server is trusted through on top of the system's (a
    /// clinic's private CA). Added to the system store, never replacing it; certificate
    /// errors are still never ignored.
    QList<QSslCertificate> extraCaCertificates;

    int maxAttempts = 3;           ///< for transient failures that may be retried at all
    int backoffBaseMs = 400;       ///< first retry after up to this (full jitter), then doubling
    int backoffCapMs = 8000;       ///< no single wait is longer
    int maxRetryAfterSeconds = 30; ///< a longer Retry-After fails now and says when to retry
    int tokenRefreshMarginSeconds = 60; ///< log in again this long before the token expires
};

/// Refuses http:// for hosts that are not this computer (unless allowed) and anything that is
/// neither http nor https.
std::optional<ApiError> checkTransport(const QUrl &url, bool allowInsecureHttp);

/// `base` + `/path` keeping every segment of the base (`https://host/version` + `login` →
/// `https://host/version/login`; QUrl::resolved would drop `version`). `path` may carry a query.
QUrl endpointUrl(const QUrl &base, const QString &path);

/// Whether the URL points at this computer (127.0.0.0/8, ::1, localhost).
bool isLoopback(const QUrl &url);

} // namespace dv::api
