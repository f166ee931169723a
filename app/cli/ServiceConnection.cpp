#include "cli/ServiceConnection.h"

#include "sandbox/server/SandboxServer.h"

#include <cstdio>

namespace dv::cli {

ServiceConnection::ServiceConnection(QCommandLineParser &parser)
    : m_server(QStringLiteral("server"),
               tr("Base URL of the AI service (default: the offline sandbox, started on this "
                  "computer)."),
               QStringLiteral("URL")),
      m_user(QStringLiteral("user"), tr("User name for --server."), QStringLiteral("USER")),
      m_passwordStdin(QStringLiteral("password-stdin"),
                      tr("Read the password from the first line of standard input (never from "
                         "the command line).")),
      m_allowInsecureHttp(QStringLiteral("allow-insecure-http"),
                          tr("Allow plain http:// to a server that is not on this computer."))
{
    for (const QCommandLineOption *option :
         {&m_server, &m_user, &m_passwordStdin, &m_allowInsecureHttp})
        parser.addOption(*option);
}

ServiceConnection::~ServiceConnection() = default;

bool ServiceConnection::checkUsage(const QCommandLineParser &parser, QTextStream &err) const
{
    if (parser.isSet(m_server) && (!parser.isSet(m_user) || !parser.isSet(m_passwordStdin))) {
        err << tr("--server needs --user and --password-stdin.") << '\n';
        return false;
    }
    return true;
}

bool ServiceConnection::open(const QCommandLineParser &parser, QTextStream &err)
{
    api::ApiConfig config;
    QString password;
    if (parser.isSet(m_server)) {
        config.clinicalUrl = config.helperUrl = config.reportUrl =
            QUrl::fromUserInput(parser.value(m_server));
        config.username = parser.value(m_user);
        config.allowInsecureHttp = parser.isSet(m_allowInsecureHttp);
        QTextStream in(stdin);
        password = in.readLine();
    } else {
        m_sandbox = std::make_unique<sandbox::SandboxServer>(sandbox::SandboxConfig());
        if (!m_sandbox->listen(0)) {
            err << tr("Cannot start the offline sandbox: %1").arg(m_sandbox->errorString()) << '\n';
            return false;
        }
        config.clinicalUrl = config.helperUrl = config.reportUrl = m_sandbox->url();
        config.username = m_sandbox->config().user;
        password = m_sandbox->config().password;
        err << tr("Using the offline sandbox (not a medical device) at %1.")
                   .arg(m_sandbox->url().toString())
            << '\n';
    }
    m_client = std::make_unique<api::ApiClient>(&m_network, config);
    m_client->session().setPassword(password);
    password.fill(QLatin1Char(' '));
    return true;
}

} // namespace dv::cli
