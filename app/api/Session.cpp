#include "api/Session.h"

#include "api/HttpExchange.h"
#include "model/ApiResources.h"

#include <QTimer>
#include <QUrlQuery>

namespace dv::api {

Session::Session(QNetworkAccessManager *network, const ApiConfig &config, QObject *parent)
    : QObject(parent), m_network(network), m_config(config)
{}

void Session::setPassword(const QString &password)
{
    m_password = password;
    m_passwordFromSource = false;
    m_token.clear();
}

bool Session::isSignedIn() const
{
    return !m_token.isEmpty() && QDateTime::currentDateTimeUtc() < m_renewAfter;
}

void Session::withToken(const QObject *context, Ready ready)
{
    if (isSignedIn()) {
        QTimer::singleShot(0, context, [ready] { ready(std::nullopt); });
        return;
    }
    m_waiters.append({context, std::move(ready)});
    if (!m_loggingIn)
        startLogin();
}

void Session::signIn(const QObject *context, Ready ready)
{
    m_token.clear();
    withToken(context, std::move(ready));
}

void Session::invalidate(const QString &used)
{
    if (used == m_token)
        m_token.clear();
}

void Session::startLogin()
{
    m_loggingIn = true;
    m_token.clear();
    if (m_password.isEmpty() && m_passwordSource && !m_config.username.isEmpty()) {
        QPointer<Session> self(this);
        m_passwordSource->password([self](const std::optional<QString> &password) {
            if (!self)
                return;
            if (!password) {
                ApiError error;
                error.kind = ApiError::Kind::Cancelled;
                error.detail = QStringLiteral("sign-in cancelled");
                self->finishLogin(error);
                return;
            }
            self->m_password = *password;
            self->m_passwordFromSource = true;
            self->postLogin();
        });
        return;
    }
    postLogin();
}

void Session::postLogin()
{
    if (m_password.isEmpty() || m_config.username.isEmpty()) {
        ApiError error;
        error.kind = ApiError::Kind::Authentication;
        error.detail = QStringLiteral("no credentials");
        QTimer::singleShot(0, this, [this, error] { finishLogin(error); });
        return;
    }
    RequestSpec spec;
    spec.verb = QByteArrayLiteral("POST");
    spec.url = endpointUrl(m_config.clinicalUrl, QStringLiteral("login"));
    spec.contentType = QByteArrayLiteral("application/x-www-form-urlencoded");
    QUrlQuery form;
    form.addQueryItem(QStringLiteral("username"),
                      QString::fromLatin1(QUrl::toPercentEncoding(m_config.username)));
    form.addQueryItem(QStringLiteral("password"),
                      QString::fromLatin1(QUrl::toPercentEncoding(m_password)));
    spec.body = form.query(QUrl::FullyEncoded).toUtf8();
    spec.timeoutMs = m_config.helperTimeoutMs;
    auto *exchange = new HttpExchange(m_network, nullptr, m_config, std::move(spec), this);
    exchange->start(
        [this](const RawResponse &response) {
            const auto login = model::parseLoginResponse(response.body);
            if (!login.ok()) {
                ApiError error;
                error.kind = ApiError::Kind::MalformedResponse;
                error.httpStatus = response.status;
                error.detail = login.error().toString();
                finishLogin(error);
                return;
            }
            m_token = login.value().accessToken;
            // Renew a little before the server's expiry, never later than half way through.
            const qint64 lifetime = qint64(login.value().expiresInMinutes * 60.0);
            const qint64 margin = qMin<qint64>(m_config.tokenRefreshMarginSeconds, lifetime / 2);
            m_renewAfter = QDateTime::currentDateTimeUtc().addSecs(lifetime - margin);
            if (m_passwordSource && m_passwordFromSource) {
                m_passwordSource->accepted(m_password);
                m_passwordFromSource = false; // tell it once
            }
            finishLogin(std::nullopt);
        },
        [this](const ApiError &error) {
            ApiError refused = error;
            // A refused login is about the credentials, whatever status the server chose.
            if (error.httpStatus == 400 || error.httpStatus == 401 || error.httpStatus == 403 ||
                error.kind == ApiError::Kind::Validation)
                refused.kind = ApiError::Kind::Authentication;
            if (refused.kind == ApiError::Kind::Authentication && m_passwordSource) {
                // Not offered again: the next login asks the source, which asks the person.
                m_password.clear();
                m_passwordFromSource = false;
                m_passwordSource->refused();
            }
            finishLogin(refused);
        });
}

void Session::finishLogin(const std::optional<ApiError> &error)
{
    m_loggingIn = false;
    const QVector<Waiter> waiters = std::exchange(m_waiters, {});
    if (error)
        emit loginFailed(*error);
    else
        emit signedIn();
    for (const Waiter &waiter : waiters) {
        if (waiter.context)
            waiter.ready(error);
    }
}

} // namespace dv::api
