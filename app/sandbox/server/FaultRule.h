#pragma once

#include <QString>

namespace dv::sandbox {

/// One injected failure. Rules apply to one endpoint path ("*" for all) and are consumed
/// once per matching request until `remaining` reaches 0 (-1: for ever).
struct FaultRule
{
    enum class Kind
    {
        Latency,            ///< answer after `latencyMs`
        Unauthorized,       ///< 401 as if the token were invalid
        TooManyRequests,    ///< 429 with Retry-After
        ServiceUnavailable, ///< 503 with Retry-After
        InternalError,      ///< 500
        MalformedJson,      ///< 200 with a body that is not valid JSON
        TruncatedBody,      ///< headers promise more bytes than are sent; connection closed
        DropConnection,     ///< connection reset half-way through the body
        SlowDrip,           ///< response trickled out in small chunks
    };

    QString endpoint = QStringLiteral("*");
    Kind kind = Kind::InternalError;
    int remaining = 1;
    int retryAfterSeconds = 1;
    int latencyMs = 0;

    /// Faults that act on the TCP stream rather than on the HTTP answer.
    bool isTransportFault() const
    {
        return kind == Kind::TruncatedBody || kind == Kind::DropConnection ||
               kind == Kind::SlowDrip;
    }
    bool matches(const QString &path) const
    {
        return endpoint == QLatin1String("*") || endpoint == path;
    }

    static bool kindFromName(const QString &name, Kind &kind);
    static QString kindName(Kind kind);
};

} // namespace dv::sandbox
