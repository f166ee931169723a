// The control endpoints tests use to inject faults and read request counts. They bypass the
// fault machinery themselves and answer loopback clients only.
#include "sandbox/server/SandboxServer.h"

#include <QJsonDocument>
#include <QJsonObject>

namespace dv::sandbox {

namespace {

using Status = QHttpServerResponse::StatusCode;

std::optional<QHttpServerResponse> refuseRemote(const QHttpServerRequest &request)
{
    if (request.remoteAddress().isLoopback())
        return std::nullopt;
    return errorResponse(Status::Forbidden, QStringLiteral("Control endpoints are loopback-only"));
}

} // namespace

void SandboxServer::registerControlRoutes()
{
    using Method = QHttpServerRequest::Method;
    m_http.route(
        QStringLiteral("/_sandbox/faults"), Method::Post,
        [this](const QHttpServerRequest &request) {
            if (auto refused = refuseRemote(request))
                return std::move(*refused);
            const QJsonObject body = QJsonDocument::fromJson(request.body()).object();
            FaultRule rule;
            if (!FaultRule::kindFromName(body.value(QStringLiteral("kind")).toString(), rule.kind))
                return errorResponse(Status::BadRequest, QStringLiteral("unknown fault kind"));
            rule.endpoint = body.value(QStringLiteral("endpoint")).toString(QStringLiteral("*"));
            rule.remaining = body.value(QStringLiteral("count")).toInt(1);
            rule.retryAfterSeconds = body.value(QStringLiteral("retryAfter")).toInt(1);
            rule.latencyMs = body.value(QStringLiteral("latencyMs")).toInt(0);
            m_faults.add(rule);
            return jsonResponse(QJsonObject{{QStringLiteral("added"), true}});
        });
    m_http.route(QStringLiteral("/_sandbox/faults"), Method::Delete,
                 [this](const QHttpServerRequest &request) {
                     if (auto refused = refuseRemote(request))
                         return std::move(*refused);
                     m_faults.clear();
                     return jsonResponse(QJsonObject{{QStringLiteral("cleared"), true}});
                 });
    m_http.route(QStringLiteral("/_sandbox/expire-tokens"), Method::Post,
                 [this](const QHttpServerRequest &request) {
                     if (auto refused = refuseRemote(request))
                         return std::move(*refused);
                     m_tokens.expireAll();
                     return jsonResponse(QJsonObject{{QStringLiteral("expired"), true}});
                 });
    m_http.route(QStringLiteral("/_sandbox/stats"), Method::Get,
                 [this](const QHttpServerRequest &request) {
                     if (auto refused = refuseRemote(request))
                         return std::move(*refused);
                     QJsonObject counts;
                     const QHash<QString, int> all = m_faults.requestCounts();
                     for (auto it = all.cbegin(); it != all.cend(); ++it)
                         counts.insert(it.key(), it.value());
                     return jsonResponse(QJsonObject{{QStringLiteral("requests"), counts}});
                 });
}

} // namespace dv::sandbox
