// TLS failures over real loopback TLS: a server whose certificate the client cannot verify is
// reported as a TLS error and receives nothing, not even the request line; trusting the
// clinic's CA for one server profile makes the same server work; a trusted certificate for
// another host name is still refused. Certificates are made per run with openssl.
#include "api/ApiClient.h"

#include <QDir>
#include <QFile>
#include <QNetworkAccessManager>
#include <QProcess>
#include <QSslKey>
#include <QSslServer>
#include <QSslSocket>
#include <QTemporaryDir>
#include <QTest>

using dv::api::ApiClient;
using dv::api::ApiConfig;
using dv::api::ApiError;

namespace {

/// Answers every request with the body-sites fixture and counts the requests it read.
class TinyHttpsServer : public QSslServer
{
public:
    TinyHttpsServer(const QSslCertificate &certificate, const QSslKey &key)
    {
        QSslConfiguration tls = QSslConfiguration::defaultConfiguration();
        tls.setLocalCertificate(certificate);
        tls.setPrivateKey(key);
        setSslConfiguration(tls);
        connect(this, &QTcpServer::pendingConnectionAvailable, this, [this] {
            while (hasPendingConnections()) {
                auto *socket = static_cast<QSslSocket *>(nextPendingConnection());
                connect(socket, &QSslSocket::readyRead, socket, [this, socket] {
                    m_received += socket->readAll();
                    if (!m_received.contains("\r\n\r\n"))
                        return;
                    ++m_requests;
                    const QByteArray body = "[]";
                    socket->write("HTTP/1.1 200 OK\r\nContent-Type: application/json\r\n"
                                  "Connection: close\r\nContent-Length: " +
                                  QByteArray::number(body.size()) + "\r\n\r\n" + body);
                    socket->disconnectFromHost();
                });
                connect(socket, &QSslSocket::disconnected, socket, &QObject::deleteLater);
            }
        });
    }
    int requests() const { return m_requests; }
    const QByteArray &received() const { return m_received; }

private:
    int m_requests = 0;
    QByteArray m_received;
};

} // namespace

class TestApiTls : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void unverifiableCertificateIsReported();
    void trustedPrivateCaIsAccepted();
    void trustedCertificateForAnotherHostIsRefused();

private:
    /// A self-signed certificate for `subjectAltName` (e.g. "IP:127.0.0.1").
    void makeCertificate(const QString &name, const QString &subjectAltName);
    std::unique_ptr<TinyHttpsServer> serve(const QString &name);
    std::optional<ApiError> fetchBodySites(quint16 port, const QList<QSslCertificate> &trusted);

    QTemporaryDir m_dir;
};

void TestApiTls::initTestCase()
{
    QVERIFY(QSslSocket::supportsSsl());
    QVERIFY(m_dir.isValid());
    makeCertificate(QStringLiteral("loopback"), QStringLiteral("IP:127.0.0.1"));
    makeCertificate(QStringLiteral("elsewhere"), QStringLiteral("DNS:dermatology.example"));
}

void TestApiTls::makeCertificate(const QString &name, const QString &subjectAltName)
{
    QProcess openssl;
    openssl.start(QStringLiteral("openssl"),
                  {"req", "-x509", "-newkey", "rsa:2048", "-nodes", "-days", "2", "-subj",
                   "/CN=Dermaview test " + name, "-addext", "subjectAltName=" + subjectAltName,
                   "-keyout", m_dir.filePath(name + ".key"), "-out",
                   m_dir.filePath(name + ".pem")});
    QVERIFY2(openssl.waitForFinished(60000), "openssl did not finish");
    QVERIFY2(openssl.exitCode() == 0, openssl.readAllStandardError().constData());
}

std::unique_ptr<TinyHttpsServer> TestApiTls::serve(const QString &name)
{
    QFile pem(m_dir.filePath(name + ".pem"));
    QFile keyFile(m_dir.filePath(name + ".key"));
    if (!pem.open(QIODevice::ReadOnly) || !keyFile.open(QIODevice::ReadOnly))
        return nullptr;
    const QSslCertificate certificate(&pem, QSsl::Pem);
    const QSslKey key(&keyFile, QSsl::Rsa, QSsl::Pem);
    auto server = std::make_unique<TinyHttpsServer>(certificate, key);
    if (!server->listen(QHostAddress::LocalHost, 0))
        return nullptr;
    return server;
}

std::optional<ApiError> TestApiTls::fetchBodySites(quint16 port,
                                                   const QList<QSslCertificate> &trusted)
{
    QNetworkAccessManager network;
    ApiConfig config;
    config.clinicalUrl = config.helperUrl = config.reportUrl =
        QUrl(QStringLiteral("https://127.0.0.1:%1").arg(port));
    config.extraCaCertificates = trusted;
    ApiClient client(&network, config);
    std::optional<ApiError> error;
    bool done = false;
    client.bodySites(this, [&](const dv::api::ApiResult<QVector<dv::model::BodySite>> &result) {
        if (!result.ok())
            error = result.error();
        done = true;
    });
    if (!QTest::qWaitFor([&] { return done; }, 30000))
        qFatal("the request did not finish");
    return error;
}

void TestApiTls::unverifiableCertificateIsReported()
{
    const auto server = serve(QStringLiteral("loopback"));
    QVERIFY(server);
    const auto error = fetchBodySites(server->serverPort(), {});
    QVERIFY(error);
    QCOMPARE(error->kind, ApiError::Kind::Tls);
    QVERIFY2(error->detail.contains("self signed", Qt::CaseInsensitive) ||
                 error->detail.contains("self-signed", Qt::CaseInsensitive),
             qPrintable(error->detail));
    QVERIFY(error->message().contains(error->detail)); // the clinician sees why
    QCOMPARE(server->requests(), 0);
    QVERIFY(server->received().isEmpty()); // nothing was sent over the unverified channel
}

void TestApiTls::trustedPrivateCaIsAccepted()
{
    const auto server = serve(QStringLiteral("loopback"));
    QVERIFY(server);
    const auto trusted = QSslCertificate::fromPath(m_dir.filePath("loopback.pem"));
    QCOMPARE(trusted.size(), 1);
    const auto error = fetchBodySites(server->serverPort(), trusted);
    QVERIFY2(!error, error ? qPrintable(error->message()) : "");
    QCOMPARE(server->requests(), 1);
}

void TestApiTls::trustedCertificateForAnotherHostIsRefused()
{
    const auto server = serve(QStringLiteral("elsewhere"));
    QVERIFY(server);
    const auto trusted = QSslCertificate::fromPath(m_dir.filePath("elsewhere.pem"));
    const auto error = fetchBodySites(server->serverPort(), trusted);
    QVERIFY(error);
    QCOMPARE(error->kind, ApiError::Kind::Tls);
    QVERIFY2(error->detail.contains("host name", Qt::CaseInsensitive), qPrintable(error->detail));
    QCOMPARE(server->requests(), 0);
}

QTEST_GUILESS_MAIN(TestApiTls)
#include "tst_api_tls.moc"
