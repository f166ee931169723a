#include "sandbox/server/SandboxServer.h"

#include "sandbox/analysis/ImageAnalysis.h"
#include "sandbox/server/TransportFaultSocket.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QLoggingCategory>
#include <QPointer>
#include <QTcpSocket>
#include <QThread>
#include <QtConcurrent/QtConcurrentRun>
#include <mutex>

namespace dv::sandbox {

namespace {

RequestData capture(const QHttpServerRequest &request)
{
    RequestData data;
    data.path = request.url().path();
    data.query = request.query();
    data.body = request.body();
    data.remote = request.remoteAddress();
    for (const auto &header : request.headers())
        data.headers.insert(header.first.toLower(), header.second);
    return data;
}

QLoggingCategory::CategoryFilter previousLoggingFilter = nullptr;

/// QHttpServer's debug output prints each request's headers, Authorization and X-API-TOKEN
/// included: kept off whatever logging rules the user sets (QT_LOGGING_RULES, qtlogging.ini).
void keepHttpServerDebugOff(QLoggingCategory *category)
{
    if (previousLoggingFilter)
        previousLoggingFilter(category);
    if (qstrcmp(category->categoryName(), "qt.httpserver") == 0)
        category->setEnabled(QtDebugMsg, false);
}

QHttpServerResponse withRetryAfter(QHttpServerResponse response, int seconds)
{
    response.setHeader(QByteArrayLiteral("Retry-After"), QByteArray::number(seconds));
    return response;
}

} // namespace

SandboxServer::SandboxServer(SandboxConfig config, QObject *parent)
    : QObject(parent), m_config(std::move(config)), m_tokens(m_config.tokenMinutes),
      m_reports(500, m_config.mediaReports), m_replay(m_config.replayDirectory)
{
    // Sleeping (latency) and computing (analysis) workers; a few more than cores so that
    // injected latency on one request does not queue the others behind it.
    m_pool.setMaxThreadCount(qMax(4, QThread::idealThreadCount() * 2));
    // Before any worker runs: the severity code converts colours on the pool too.
    prepareOpenCvTables();
    static std::once_flag loggingFilter;
    std::call_once(loggingFilter, [] {
        previousLoggingFilter = QLoggingCategory::installFilter(keepHttpServerDebugOff);
    });
    for (const FaultRule &rule : m_config.faults)
        m_faults.add(rule);
    registerCoreRoutes();
    registerControlRoutes();
    registerReportRoutes();
    registerDiagnosisRoutes();
    registerSeverityRoutes();
    m_http.setMissingHandler([](const QHttpServerRequest &, QHttpServerResponder &&responder) {
        responder.write(
            QJsonDocument(QJsonObject{{QStringLiteral("detail"), QStringLiteral("Not Found")}}),
            QHttpServerResponder::StatusCode::NotFound);
    });
}

SandboxServer::~SandboxServer()
{
    m_pool.waitForDone();
}

bool SandboxServer::listen(quint16 port)
{
    m_tcp = new SandboxTcpServer(&m_faults, m_config.maxBodyBytes, this);
    if (!m_tcp->listen(QHostAddress::LocalHost, port)) {
        m_error = m_tcp->errorString();
        delete m_tcp;
        m_tcp = nullptr;
        return false;
    }
    m_http.bind(m_tcp);
    return true;
}

QUrl SandboxServer::url() const
{
    QUrl url;
    url.setScheme(QStringLiteral("http"));
    url.setHost(QStringLiteral("127.0.0.1"));
    url.setPort(m_tcp ? m_tcp->serverPort() : 0);
    return url;
}

void SandboxServer::addEndpoint(const QString &path, QHttpServerRequest::Method method,
                                Access access, Cost cost, Handler handler)
{
    m_http.route(path, method,
                 [this, path, access, cost, handler](const QHttpServerRequest &request,
                                                     QHttpServerResponder &&responder) {
                     dispatch(request, std::move(responder), path, access, cost, handler);
                 });
}

bool SandboxServer::authorized(const RequestData &request, Access access) const
{
    switch (access) {
    case Access::Public:
        return true;
    case Access::Bearer: {
        const QByteArray header = request.header("authorization");
        if (!header.startsWith("Bearer "))
            return false;
        return m_tokens.isValid(QString::fromLatin1(header.mid(7).trimmed()));
    }
    case Access::ApiToken:
        return !m_config.apiToken.isEmpty() &&
               request.header("x-api-token") == m_config.apiToken.toUtf8();
    }
    return false;
}

std::optional<QHttpServerResponse> SandboxServer::injectedFault(const QString &endpoint,
                                                                int &latencyMs)
{
    using Status = QHttpServerResponse::StatusCode;
    const std::optional<FaultRule> rule = m_faults.takeHttpFault(endpoint);
    if (!rule)
        return std::nullopt;
    switch (rule->kind) {
    case FaultRule::Kind::Latency:
        latencyMs += rule->latencyMs;
        return std::nullopt;
    case FaultRule::Kind::Unauthorized:
        return errorResponse(Status::Unauthorized,
                             QStringLiteral("Could not validate credentials"));
    case FaultRule::Kind::TooManyRequests:
        return withRetryAfter(
            errorResponse(Status::TooManyRequests, QStringLiteral("Too many requests")),
            rule->retryAfterSeconds);
    case FaultRule::Kind::ServiceUnavailable:
        return withRetryAfter(errorResponse(Status::ServiceUnavailable,
                                            QStringLiteral("Service temporarily unavailable")),
                              rule->retryAfterSeconds);
    case FaultRule::Kind::InternalError:
        return errorResponse(Status::InternalServerError, QStringLiteral("Internal Server Error"));
    case FaultRule::Kind::MalformedJson:
        return QHttpServerResponse(
            QByteArrayLiteral("application/json"),
            QByteArrayLiteral(R"({"resourceType": "DiagnosticReport", "identifier": {"val)"),
            Status::Ok);
    default:
        return std::nullopt; // transport faults are the socket's business
    }
}

void SandboxServer::dispatch(const QHttpServerRequest &request, QHttpServerResponder &&responder,
                             const QString &endpoint, Access access, Cost cost,
                             const Handler &handler)
{
    m_faults.countRequest(endpoint);
    RequestData data = capture(request);
    int latencyMs = m_config.latencyMs;
    std::optional<QHttpServerResponse> early = injectedFault(endpoint, latencyMs);
    if (!early && !authorized(data, access)) {
        early = access == Access::ApiToken
                    ? errorResponse(QHttpServerResponse::StatusCode::Unauthorized,
                                    QStringLiteral("Invalid or missing X-API-TOKEN"))
                    : errorResponse(QHttpServerResponse::StatusCode::Unauthorized,
                                    QStringLiteral("Could not validate credentials"));
    }
    if (early && latencyMs <= 0)
        return early->write(std::move(responder));
    if (!early && cost == Cost::Light && latencyMs <= 0)
        return handler(data).write(std::move(responder));

    // Heavy work and any delay run on the pool: the server thread keeps answering others.
    auto shared = std::make_shared<std::optional<QHttpServerResponse>>(std::move(early));
    QFuture<QHttpServerResponse> answer =
        QtConcurrent::run(&m_pool, [handler, data = std::move(data), shared, latencyMs] {
            if (latencyMs > 0)
                QThread::msleep(static_cast<unsigned long>(latencyMs));
            if (*shared)
                return std::move(**shared);
            return handler(data);
        });
    // Not QHttpServer's own QFuture route: Qt 6.4 keeps a raw pointer to the socket and writes
    // the late answer to it even after the client hung up and the socket was deleted.
    const QPointer<QTcpSocket> socket = responder.socket();
    auto pending = std::make_shared<QHttpServerResponder>(std::move(responder));
    answer.then(this, [socket, pending](QHttpServerResponse response) {
        if (socket && socket->state() == QAbstractSocket::ConnectedState)
            response.write(std::move(*pending));
    });
}

void SandboxServer::registerCoreRoutes()
{
    using Method = QHttpServerRequest::Method;
    addEndpoint(
        QStringLiteral("/login"), Method::Post, Access::Public, Cost::Light,
        [this](const RequestData &request) {
            // OAuth2-style form body; '+' means space in form encoding.
            QByteArray body = request.body;
            body.replace('+', "%20");
            const QUrlQuery form(QString::fromUtf8(body));
            QJsonArray missing;
            for (const char *field : {"username", "password"}) {
                if (!form.hasQueryItem(QLatin1String(field)))
                    missing.append(
                        fieldError(QStringLiteral("missing"), QStringLiteral("Field required"),
                                   QJsonArray{QStringLiteral("body"), QLatin1String(field)}));
            }
            if (!missing.isEmpty())
                return validationResponse(missing);
            const QString user =
                form.queryItemValue(QStringLiteral("username"), QUrl::FullyDecoded);
            const QString password =
                form.queryItemValue(QStringLiteral("password"), QUrl::FullyDecoded);
            if (user != m_config.user || password != m_config.password)
                return errorResponse(QHttpServerResponse::StatusCode::Unauthorized,
                                     QStringLiteral("Incorrect username or password"));
            return jsonResponse(QJsonObject{
                {QStringLiteral("access_token"), m_tokens.issue()},
                {QStringLiteral("token_type"), QStringLiteral("Bearer token")},
                {QStringLiteral("expires_in_minutes"), QString::number(m_tokens.minutes())}});
        });

    addEndpoint(QStringLiteral("/device-information"), Method::Get, Access::Bearer, Cost::Light,
                [](const RequestData &) {
                    const auto label = [](const QString &value) {
                        return QJsonArray{QJsonObject{{QStringLiteral("value"), value}}};
                    };
                    return jsonResponse(QJsonObject{
                        {QStringLiteral("manufacturer"),
                         QJsonObject{{QStringLiteral("name"),
                                      QStringLiteral("Dermaview sandbox (offline simulator)")},
                                     {QStringLiteral("address"),
                                      QStringLiteral("Runs on this computer; no data leaves it")}}},
                        {QStringLiteral("version"), label(QStringLiteral(DERMAVIEW_VERSION))},
                        {QStringLiteral("name"),
                         label(QStringLiteral("Dermaview Sandbox — not a medical device"))},
                        {QStringLiteral("sandbox"), true}});
                });
}

} // namespace dv::sandbox
