#pragma once

#include "api/ApiConfig.h"
#include "api/PasswordSource.h"

#include <QDateTime>
#include <QObject>
#include <QPointer>
#include <functional>
#include <optional>

class QNetworkAccessManager;

namespace dv::api {

/// The login session: the bearer token (in memory only), its renewal before it expires, and
/// exactly one shared re-login however many requests are refused at once.
class Session : public QObject
{
    Q_OBJECT

public:
    Session(QNetworkAccessManager *network, const ApiConfig &config, QObject *parent = nullptr);

    /// Memory only: never written to settings, files or logs.
    void setPassword(const QString &password);
    /// Asked for the password whenever a login needs one and none is held (at first, and again
    /// after the server refused one); told whether the server accepted it. Not owned; may be
    /// null (then only setPassword() supplies it).
    void setPasswordSource(PasswordSource *source) { m_passwordSource = source; }
    bool isSignedIn() const;
    QString token() const { return m_token; }

    using Ready = std::function<void(const std::optional<ApiError> &)>;
    /// Calls `ready` once a usable token exists (logging in if needed; concurrent callers share
    /// one login), or with the login's error. Never synchronously.
    void withToken(const QObject *context, Ready ready);
    /// The server refused `used`: forget it, unless a newer token already replaced it.
    void invalidate(const QString &used);
    /// Starts a login now (the connection dialog's "test connection").
    void signIn(const QObject *context, Ready ready);

signals:
    void signedIn();
    /// Once per failed login, however many requests were waiting for it.
    void loginFailed(const dv::api::ApiError &error);

private:
    struct Waiter
    {
        QPointer<const QObject> context;
        Ready ready;
    };
    void startLogin();
    void postLogin();
    void finishLogin(const std::optional<ApiError> &error);

    QNetworkAccessManager *m_network;
    ApiConfig m_config;
    QString m_password;
    PasswordSource *m_passwordSource = nullptr;
    bool m_passwordFromSource = false;
    QString m_token;
    QDateTime m_renewAfter;
    bool m_loggingIn = false;
    QVector<Waiter> m_waiters;
};

} // namespace dv::api
