#include "api/HttpExchange.h"

#include "api/OneShotBody.h"
#include "api/Session.h"
#include "model/ApiResources.h"

#include <QFutureWatcher>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QRandomGenerator>
#include <QSslConfiguration>
#include <QSslError>
#include <QTimer>
#include <algorithm>

namespace dv::api {

namespace {

constexpr int maxRedirects = 5;

/// Retry-After: delta-seconds or an HTTP-date; 0 when absent or unreadable.
int retryAfterSeconds(const QByteArray &value)
{
    bool ok = false;
    const int seconds = value.trimmed().toInt(&ok);
    if (ok)
        return std::max(0, seconds);
    const QDateTime when =
        QDateTime::fromString(QString::fromLatin1(value.trimmed()), Qt::RFC2822Date);
    if (!when.isValid())
        return 0;
    return int(std::max<qint64>(0, QDateTime::currentDateTimeUtc().secsTo(when)));
}

bool sameOrigin(const QUrl &a, const QUrl &b)
{
    const int defaultPort = a.scheme() == QLatin1String("https") ? 443 : 80;
    return a.scheme() == b.scheme() && a.host().compare(b.host(), Qt::CaseInsensitive) == 0 &&
           a.port(defaultPort) == b.port(defaultPort);
}

/// FastAPI's `{"detail": "text"}`, or the report endpoint's `{"message": "text"}`.
QString serverDetail(const QByteArray &body)
{
    const QJsonObject object = QJsonDocument::fromJson(body).object();
    for (const char *key : {"detail", "message"}) {
        const QJsonValue value = object.value(QLatin1String(key));
        if (value.isString())
            return value.toString();
    }
    return {};
}

} // namespace

HttpExchange::HttpExchange(QNetworkAccessManager *network, Session *session,
                           const ApiConfig &config, RequestSpec spec, QObject *parent)
    : QObject(parent), m_network(network), m_session(session), m_config(config),
      m_spec(std::move(spec)), m_url(m_spec.url)
{}

void HttpExchange::start(std::function<void(const RawResponse &)> onSuccess,
                         std::function<void(const ApiError &)> onError)
{
    m_onSuccess = std::move(onSuccess);
    m_onError = std::move(onError);
    if (auto refused = checkTransport(m_url, m_config.allowInsecureHttp)) {
        QTimer::singleShot(0, this, [this, error = *refused] { fail(error); });
        return;
    }
    if (!m_spec.bodyFuture.isFinished() || m_spec.bodyFuture.resultCount() > 0) {
        // The body (base64 of the images) is still being built off the GUI thread.
        auto *watcher = new QFutureWatcher<QByteArray>(this);
        connect(watcher, &QFutureWatcherBase::finished, this, [this, watcher] {
            watcher->deleteLater();
            if (m_cancelled)
                return;
            m_spec.body = watcher->result();
            m_spec.bodyFuture = {};
            authorizeAndSend();
        });
        watcher->setFuture(m_spec.bodyFuture);
        return;
    }
    authorizeAndSend();
}

void HttpExchange::authorizeAndSend()
{
    if (m_cancelled || m_done)
        return;
    if (m_spec.auth == RequestSpec::Auth::Bearer && m_sendCredentials) {
        if (!m_session) {
            ApiError error;
            error.kind = ApiError::Kind::Authentication;
            fail(error);
            return;
        }
        m_session->withToken(this, [this](const std::optional<ApiError> &error) {
            if (error)
                fail(*error);
            else
                send();
        });
        return;
    }
    send();
}

void HttpExchange::send()
{
    if (m_cancelled || m_done)
        return;
    ++m_attempt;
    QNetworkRequest request(m_url);
    request.setTransferTimeout(m_spec.timeoutMs);
    if (!m_config.extraCaCertificates.isEmpty()) {
        QSslConfiguration tls = QSslConfiguration::defaultConfiguration();
        tls.addCaCertificates(m_config.extraCaCertificates);
        request.setSslConfiguration(tls);
    }
    // Redirects are followed by hand so that credentials never reach another origin.
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute,
                         QNetworkRequest::ManualRedirectPolicy);
    if (!m_spec.contentType.isEmpty())
        request.setHeader(QNetworkRequest::ContentTypeHeader, m_spec.contentType);
    if (m_sendCredentials && m_spec.auth == RequestSpec::Auth::Bearer) {
        m_tokenUsed = m_session->token();
        request.setRawHeader(QByteArrayLiteral("Authorization"), "Bearer " + m_tokenUsed.toUtf8());
    } else if (m_sendCredentials && m_spec.auth == RequestSpec::Auth::ApiToken) {
        request.setRawHeader(QByteArrayLiteral("X-API-TOKEN"), m_spec.apiToken.toUtf8());
    }
    m_sslErrors.clear();
    QNetworkReply *reply = nullptr;
    if (m_spec.verb == "GET") {
        reply = m_network->get(request);
    } else if (m_spec.replay == RequestSpec::Replay::OnlyIfNotProcessed) {
        // A body Qt cannot rewind, so that Qt cannot resend it behind our back.
        request.setAttribute(QNetworkRequest::DoNotBufferUploadDataAttribute, true);
        request.setHeader(QNetworkRequest::ContentLengthHeader, m_spec.body.size());
        auto *body = new OneShotBody(m_spec.body, this);
        reply = m_network->sendCustomRequest(request, m_spec.verb, body);
        body->setParent(reply);
    } else {
        reply = m_network->sendCustomRequest(request, m_spec.verb, m_spec.body);
    }
    m_reply = reply;
    connect(reply, &QNetworkReply::uploadProgress, this, &HttpExchange::uploadProgress);
    // Recorded to explain the failure; never ignored.
    connect(reply, &QNetworkReply::sslErrors, this, [this](const QList<QSslError> &errors) {
        for (const QSslError &error : errors)
            m_sslErrors << error.errorString();
    });
    if (m_spec.maxResponseBytes > 0) {
        connect(reply, &QNetworkReply::downloadProgress, this,
                [this, reply](qint64 received, qint64 total) {
                    if (received > m_spec.maxResponseBytes || total > m_spec.maxResponseBytes) {
                        m_tooLarge = true;
                        reply->abort();
                    }
                });
    }
    connect(reply, &QNetworkReply::finished, this, [this, reply] { onFinished(reply); });
}

void HttpExchange::onFinished(QNetworkReply *reply)
{
    reply->deleteLater();
    m_reply.clear();
    if (m_cancelled || m_done)
        return;
    if (m_tooLarge) {
        ApiError error;
        error.kind = ApiError::Kind::MalformedResponse;
        error.detail = ApiErrorText::tr("the answer is larger than %1 MB")
                           .arg(double(m_spec.maxResponseBytes) / (1024 * 1024), 0, 'f', 0);
        fail(error);
        return;
    }
    int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    // A connection that broke after the headers arrived still reports their status (200):
    // network, proxy and protocol errors win over it, or half a body would pass as an answer.
    const QNetworkReply::NetworkError code = reply->error();
    const bool transportFailure =
        code != QNetworkReply::NoError &&
        (code < QNetworkReply::ContentAccessDenied ||
         (code >= QNetworkReply::ProtocolUnknownError && code <= QNetworkReply::ProtocolFailure));
    if (transportFailure)
        status = 0;
    if (status == 0) {
        ApiError error;
        error.detail = reply->errorString();
        // Only a refused connection or an unknown host proves the server never saw it.
        bool notProcessed = false;
        switch (code) {
        case QNetworkReply::ConnectionRefusedError:
        case QNetworkReply::HostNotFoundError:
            error.kind = ApiError::Kind::Network;
            notProcessed = true;
            break;
        case QNetworkReply::OperationCanceledError: // the transfer timeout aborts this way
        case QNetworkReply::TimeoutError:
            error.kind = ApiError::Kind::Timeout;
            break;
        case QNetworkReply::SslHandshakeFailedError:
            error.kind = ApiError::Kind::Tls;
            if (!m_sslErrors.isEmpty())
                error.detail = m_sslErrors.join(QStringLiteral("; "));
            fail(error);
            return;
        default:
            error.kind = ApiError::Kind::Network;
            break;
        }
        if ((m_spec.replay == RequestSpec::Replay::Idempotent || notProcessed) && retryLater(0))
            return;
        fail(error);
        return;
    }
    if (status >= 300 && status < 400) {
        if (!followRedirect(reply)) {
            ApiError error;
            error.kind = ApiError::Kind::Server;
            error.httpStatus = status;
            error.detail = QStringLiteral("redirect");
            fail(error);
        }
        return;
    }
    const QByteArray body = reply->readAll();
    if (status >= 200 && status < 300) {
        m_spec.body.clear(); // kept only for retries: not while the answer is parsed
        m_onSuccess(RawResponse{
            status, body, reply->header(QNetworkRequest::ContentTypeHeader).toByteArray(), m_url});
        return;
    }
    if ((status == 401 || status == 403) && m_spec.auth == RequestSpec::Auth::Bearer &&
        m_sendCredentials && !m_reloggedIn && m_session) {
        // Expired or revoked token: one shared re-login, then this request once more.
        m_reloggedIn = true;
        m_session->invalidate(m_tokenUsed);
        --m_attempt;
        authorizeAndSend();
        return;
    }
    ApiError error;
    error.httpStatus = status;
    error.detail = serverDetail(body);
    if (status == 401 || status == 403) {
        error.kind = ApiError::Kind::Authentication;
        if (m_spec.auth == RequestSpec::Auth::ApiToken)
            error.credential = ApiError::Credential::ApiToken;
    } else if (status == 404) {
        error.kind = ApiError::Kind::NotFound;
    } else if (status == 422) {
        error.kind = ApiError::Kind::Validation;
        const auto fields = model::parseValidationErrors(body);
        if (fields.ok())
            error.fields = fields.value();
    } else if (status == 429 || status == 503) {
        // Refused before any processing: safe to send again, even an analysis.
        const int wait = retryAfterSeconds(reply->rawHeader(QByteArrayLiteral("Retry-After")));
        if (wait <= m_config.maxRetryAfterSeconds && retryLater(wait))
            return;
        error.kind = status == 429 ? ApiError::Kind::RateLimited : ApiError::Kind::Server;
        error.retryAfterSeconds = wait;
    } else {
        if ((status == 502 || status == 504) && m_spec.replay == RequestSpec::Replay::Idempotent &&
            retryLater(0))
            return;
        error.kind = ApiError::Kind::Server;
    }
    fail(error);
}

bool HttpExchange::retryLater(int retryAfterSeconds)
{
    if (m_attempt >= m_config.maxAttempts)
        return false;
    // Exponential backoff with full jitter; the server's Retry-After is a floor.
    const int ceiling =
        std::min(m_config.backoffCapMs, m_config.backoffBaseMs << std::min(m_attempt - 1, 16));
    const int jitter = int(QRandomGenerator::global()->bounded(quint32(ceiling) + 1));
    QTimer::singleShot(std::max(retryAfterSeconds * 1000, jitter), this,
                       &HttpExchange::authorizeAndSend);
    return true;
}

bool HttpExchange::followRedirect(QNetworkReply *reply)
{
    if (++m_redirects > maxRedirects)
        return false;
    const QUrl target = m_url.resolved(reply->header(QNetworkRequest::LocationHeader).toUrl());
    if (!target.isValid() || target.host().isEmpty())
        return false;
    if (auto refused = checkTransport(target, m_config.allowInsecureHttp)) {
        fail(*refused);
        return true;
    }
    if (!sameOrigin(target, m_url))
        m_sendCredentials = false; // the token stays with the host it was issued for
    const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    if (status == 303 || ((status == 301 || status == 302) && m_spec.verb != "GET")) {
        m_spec.verb = QByteArrayLiteral("GET");
        m_spec.body.clear();
        m_spec.contentType.clear();
    }
    m_url = target;
    --m_attempt; // a redirect is not a failed attempt
    authorizeAndSend();
    return true;
}

void HttpExchange::cancel()
{
    if (m_done)
        return;
    m_cancelled = true;
    if (m_reply)
        m_reply->abort();
    ApiError error;
    error.kind = ApiError::Kind::Cancelled;
    fail(error);
}

void HttpExchange::complete()
{
    m_done = true;
    deleteLater();
}

void HttpExchange::fail(const ApiError &error)
{
    if (m_done)
        return;
    m_done = true;
    if (m_onError)
        m_onError(error);
    deleteLater();
}

} // namespace dv::api
