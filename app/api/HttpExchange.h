#pragma once

#include "api/ApiConfig.h"

#include <QFuture>
#include <QHash>
#include <QNetworkReply>
#include <QObject>
#include <QPointer>
#include <functional>

class QNetworkAccessManager;

namespace dv::api {

class Session;

/// One logical request as the client describes it.
struct RequestSpec
{
    enum class Auth
    {
        None,
        Bearer,   ///< token from the session; one re-login and replay on 401/403
        ApiToken, ///< X-API-TOKEN (report endpoint)
    };
    /// What may be sent again after a failure.
    enum class Replay
    {
        Idempotent, ///< GET, login: any transient failure may be retried
        /// Analyses: sent again only when the failure proves the server did not process the
        /// first one (connection refused, 429, 503). A timeout or a reset does not prove it.
        OnlyIfNotProcessed,
    };

    QByteArray verb = QByteArrayLiteral("GET");
    QUrl url;
    QByteArray contentType;
    QByteArray body;
    QFuture<QByteArray> bodyFuture; ///< a body still being built on a worker thread
    int timeoutMs = 30000;
    Auth auth = Auth::None;
    Replay replay = Replay::Idempotent;
    QString apiToken; ///< ApiToken only; memory only
    /// A larger answer is abandoned as it arrives (0: no limit). For links a report gives,
    /// whose size nobody vouches for.
    qint64 maxResponseBytes = 0;
};

struct RawResponse
{
    int status = 0;
    QByteArray body;
    QByteArray contentType;
    QUrl finalUrl;
};

/// Runs a RequestSpec to a RawResponse (2xx) or an ApiError: transport policy, timeouts,
/// manual redirects (credentials never follow to another origin), typed errors, bounded
/// retries with exponential backoff and full jitter, Retry-After, and the session's single
/// re-login. Lives on the client's thread; deletes itself after reporting.
class HttpExchange : public QObject
{
    Q_OBJECT

public:
    HttpExchange(QNetworkAccessManager *network, Session *session, const ApiConfig &config,
                 RequestSpec spec, QObject *parent);

    /// `onSuccess` receives a 2xx response; the exchange then stays alive (cancellable)
    /// until `complete()` is called, so that parsing can run first. `onError` is final.
    void start(std::function<void(const RawResponse &)> onSuccess,
               std::function<void(const ApiError &)> onError);
    /// Cancels whatever is in flight; reports ApiError::Kind::Cancelled.
    void cancel();
    bool isCancelled() const { return m_cancelled; }
    /// Ends a successful exchange (after its body was parsed).
    void complete();

signals:
    void uploadProgress(qint64 sent, qint64 total);

private:
    void authorizeAndSend();
    void send();
    void onFinished(QNetworkReply *reply);
    void fail(const ApiError &error);
    bool retryLater(int retryAfterSeconds);
    bool followRedirect(QNetworkReply *reply);

    QNetworkAccessManager *m_network;
    QPointer<Session> m_session;
    ApiConfig m_config;
    RequestSpec m_spec;
    QUrl m_url;
    bool m_sendCredentials = true; ///< false after a redirect to another origin
    int m_attempt = 0;
    int m_redirects = 0;
    bool m_reloggedIn = false;
    bool m_cancelled = false;
    bool m_done = false;
    bool m_tooLarge = false; ///< the answer passed maxResponseBytes: aborted
    QString m_tokenUsed;
    QStringList m_sslErrors;
    QPointer<QNetworkReply> m_reply;
    std::function<void(const RawResponse &)> m_onSuccess;
    std::function<void(const ApiError &)> m_onError;
};

} // namespace dv::api
