#include "cli/ServiceConnection.h"

#include "cli/ExitCode.h"
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
                          tr("Allow plain http:// to a server that is not on this computer.")),
      m_caFile(QStringLiteral("ca-file"),
               tr("Also trust the certificate authorities in this PEM file for --server (a "
                  "clinic's private CA); certificate errors are never ignored."),
               QStringLiteral("PEM"))
{
    for (const QCommandLineOption *option :
         {&m_server, &m_user, &m_passwordStdin, &m_allowInsecureHttp, &m_caFile})
        parser.addOption(*option);
}

ServiceConnection::~ServiceConnection() = default;

bool ServiceConnection::checkUsage(const QCommandLineParser &parser, QTextStream &err) const
{
    if (parser.isSet(m_caFile) && !parser.isSet(m_server)) {
        err << tr("--ca-file applies to --server only.") << '\n';
        return false;
    }
    if (parser.isSet(m_server) && (!parser.isSet(m_user) || !parser.isSet(m_passwordStdin))) {
        err << tr("--server needs --user and --password-stdin.") << '\n';
        return false;
    }
    return true;
}

int ServiceConnection::open(const QCommandLineParser &parser, QTextStream &err)
{
    api::ApiConfig config;
    QString password;
    if (parser.isSet(m_server)) {
        config.clinicalUrl = config.helperUrl = config.reportUrl =
            QUrl::fromUserInput(parser.value(m_server));
        config.username = parser.value(m_user);
        config.allowInsecureHttp = parser.isSet(m_allowInsecureHttp);
        if (parser.isSet(m_caFile)) {
            config.extraCaCertificates = QSslCertificate::fromPath(parser.value(m_caFile));
            if (config.extraCaCertificates.isEmpty()) {
                err << tr("%1: no PEM certificate could be read.").arg(parser.value(m_caFile))
                    << '\n';
                return InvalidInput;
            }
        }
        QTextStream in(stdin);
        password = in.readLine();
    } else {
        m_sandbox = std::make_unique<sandbox::SandboxServer>(sandbox::SandboxConfig());
        if (!m_sandbox->listen(0)) {
            err << tr("Cannot start the offline sandbox: %1").arg(m_sandbox->errorString()) << '\n';
            return NetworkFailure;
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
    return Reviewed;
}

} // namespace dv::cli
