#pragma once

#include "api/ApiClient.h"

#include <QCommandLineOption>
#include <QCommandLineParser>
#include <QCoreApplication>
#include <QEventLoop>
#include <QNetworkAccessManager>
#include <QTextStream>
#include <memory>
#include <optional>

namespace dv::sandbox {
class SandboxServer;
}

namespace dv::cli {

/// What every command that calls the clinical API shares: the `--server`, `--user`,
/// `--password-stdin`, `--allow-insecure-http` and `--ca-file` options, and the client they
/// configure — on the offline sandbox, started in-process on 127.0.0.1, when no server is named, so
/// a demo needs neither an account nor a network.
class ServiceConnection
{
    Q_DECLARE_TR_FUNCTIONS(ServiceConnection)

public:
    /// Adds the connection options to `parser`.
    explicit ServiceConnection(QCommandLineParser &parser);
    ~ServiceConnection();
    ServiceConnection(const ServiceConnection &) = delete;
    ServiceConnection &operator=(const ServiceConnection &) = delete;

    /// After parsing: false (and why, on `err`) when the options do not go together.
    bool checkUsage(const QCommandLineParser &parser, QTextStream &err) const;
    /// Reads the password from standard input or starts the sandbox, then builds the client.
    /// Returns 0, or says why on `err` and returns the exit code to end with.
    int open(const QCommandLineParser &parser, QTextStream &err);
    api::ApiClient &client() { return *m_client; }

private:
    QCommandLineOption m_server;
    QCommandLineOption m_user;
    QCommandLineOption m_passwordStdin;
    QCommandLineOption m_allowInsecureHttp;
    QCommandLineOption m_caFile;
    std::unique_ptr<sandbox::SandboxServer> m_sandbox;
    QNetworkAccessManager m_network;
    std::unique_ptr<api::ApiClient> m_client;
};

/// Runs one asynchronous client call to completion: `start(context, done)` issues it.
template <typename T, typename Start> api::ApiResult<T> waitFor(Start start)
{
    QEventLoop loop;
    std::optional<api::ApiResult<T>> outcome;
    start(&loop, [&](const api::ApiResult<T> &result) {
        outcome = result;
        loop.quit();
    });
    loop.exec();
    return *outcome;
}

} // namespace dv::cli
