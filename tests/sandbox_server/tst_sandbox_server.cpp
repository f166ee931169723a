#include "model/ApiResources.h"
#include "sandbox/server/SandboxServer.h"

#include <QEventLoop>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QTcpSocket>
#include <QTest>
#include <QTimer>
#include <QUrlQuery>

using namespace dv::sandbox;

namespace {

struct Reply
{
    int status = 0;
    QNetworkReply::NetworkError error = QNetworkReply::NoError;
    QByteArray body;
    QByteArray retryAfter;
    QJsonObject json() const { return QJsonDocument::fromJson(body).object(); }
};

} // namespace

class TestSandboxServer : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void listensOnLoopbackOnly();
    void loginAndTokens();
    void loginValidation();
    void bearerRequired_data();
    void bearerRequired();
    void expireTokensNow();
    void unknownPathIs404();
    void httpFaults_data();
    void httpFaults();
    void faultsAreCountedDown();
    void transportFaults_data();
    void transportFaults();
    void slowDripStillDelivers();
    void transportFaultOnALongPost();
    void oversizedBodyIs413();
    void requestCounts();
    void clientGoneBeforeALateAnswer();

private:
    Reply send(const QByteArray &verb, const QString &path, const QByteArray &body = {},
               const QList<QPair<QByteArray, QByteArray>> &headers = {});
    QString login();
    void addFault(const QJsonObject &rule);

    std::unique_ptr<SandboxServer> m_server;
    QNetworkAccessManager m_network;
};

void TestSandboxServer::init()
{
    SandboxConfig config;
    config.maxBodyBytes = 64 * 1024;
    m_server = std::make_unique<SandboxServer>(config);
    QVERIFY2(m_server->listen(0), qPrintable(m_server->errorString()));
}

void TestSandboxServer::cleanup()
{
    m_server.reset();
}

Reply TestSandboxServer::send(const QByteArray &verb, const QString &path, const QByteArray &body,
                              const QList<QPair<QByteArray, QByteArray>> &headers)
{
    QNetworkRequest request(m_server->url().resolved(QUrl(path)));
    request.setTransferTimeout(10000);
    for (const auto &header : headers)
        request.setRawHeader(header.first, header.second);
    if (!body.isEmpty() && !request.hasRawHeader("Content-Type"))
        request.setHeader(QNetworkRequest::ContentTypeHeader, "application/json");
    QNetworkReply *reply = m_network.sendCustomRequest(request, verb, body);
    QEventLoop loop;
    connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
    QTimer::singleShot(20000, &loop, &QEventLoop::quit);
    loop.exec();
    Reply result;
    result.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    result.error = reply->error();
    result.body = reply->readAll();
    result.retryAfter = reply->rawHeader("Retry-After");
    reply->deleteLater();
    return result;
}

QString TestSandboxServer::login()
{
    QUrlQuery form;
    form.addQueryItem("username", m_server->config().user);
    form.addQueryItem("password", m_server->config().password);
    const Reply reply = send("POST", "/login", form.toString(QUrl::FullyEncoded).toUtf8(),
                             {{"Content-Type", "application/x-www-form-urlencoded"}});
    return reply.json().value("access_token").toString();
}

void TestSandboxServer::addFault(const QJsonObject &rule)
{
    const Reply reply = send("POST", "/_sandbox/faults", QJsonDocument(rule).toJson());
    QCOMPARE(reply.status, 200);
}

void TestSandboxServer::listensOnLoopbackOnly()
{
    QCOMPARE(m_server->url().host(), QStringLiteral("127.0.0.1"));
    QVERIFY(m_server->url().port() > 0);
    SandboxServer second{SandboxConfig()};
    QVERIFY(!second.listen(static_cast<quint16>(m_server->url().port()))); // port taken
    QVERIFY(!second.errorString().isEmpty());
}

void TestSandboxServer::loginAndTokens()
{
    QUrlQuery form;
    form.addQueryItem("username", m_server->config().user);
    form.addQueryItem("password", m_server->config().password);
    const Reply reply = send("POST", "/login", form.toString(QUrl::FullyEncoded).toUtf8(),
                             {{"Content-Type", "application/x-www-form-urlencoded"}});
    QCOMPARE(reply.status, 200);
    const auto parsed = dv::model::parseLoginResponse(reply.body);
    QVERIFY(parsed.ok());
    QCOMPARE(parsed.value().expiresInMinutes, 60.0);
    QCOMPARE(reply.json().value("expires_in_minutes").toString(),
             QStringLiteral("60")); // as documented
    QVERIFY(m_server->tokens().isValid(parsed.value().accessToken));
    QVERIFY(login() != parsed.value().accessToken); // every login issues a new token

    form.removeAllQueryItems("password");
    form.addQueryItem("password", "wrong");
    const Reply wrong = send("POST", "/login", form.toString(QUrl::FullyEncoded).toUtf8(),
                             {{"Content-Type", "application/x-www-form-urlencoded"}});
    QCOMPARE(wrong.status, 401);
    QVERIFY(!wrong.json().contains("access_token"));
}

void TestSandboxServer::loginValidation()
{
    const Reply reply = send("POST", "/login", "username=someone",
                             {{"Content-Type", "application/x-www-form-urlencoded"}});
    QCOMPARE(reply.status, 422);
    const QJsonObject entry = reply.json().value("detail").toArray().at(0).toObject();
    QCOMPARE(entry.value("type").toString(), QStringLiteral("missing"));
    QCOMPARE(entry.value("loc").toArray(), (QJsonArray{"body", "password"}));
}

void TestSandboxServer::bearerRequired_data()
{
    QTest::addColumn<QByteArray>("authorization");
    QTest::newRow("none") << QByteArray();
    QTest::newRow("unknown token") << QByteArray("Bearer not-a-token");
    QTest::newRow("not bearer") << QByteArray("Basic abc");
}

void TestSandboxServer::bearerRequired()
{
    QFETCH(QByteArray, authorization);
    QList<QPair<QByteArray, QByteArray>> headers;
    if (!authorization.isEmpty())
        headers.append({"Authorization", authorization});
    const Reply reply = send("GET", "/device-information", {}, headers);
    QCOMPARE(reply.status, 401);
    const Reply ok =
        send("GET", "/device-information", {}, {{"Authorization", "Bearer " + login().toUtf8()}});
    QCOMPARE(ok.status, 200);
    const auto device = dv::model::parseDeviceInformation(ok.body);
    QVERIFY(device.ok());
    QVERIFY(device.value().name.contains(QLatin1String("not a medical device")));
}

void TestSandboxServer::expireTokensNow()
{
    const QByteArray bearer = "Bearer " + login().toUtf8();
    QCOMPARE(send("GET", "/device-information", {}, {{"Authorization", bearer}}).status, 200);
    QCOMPARE(send("POST", "/_sandbox/expire-tokens", "{}").status, 200);
    QCOMPARE(send("GET", "/device-information", {}, {{"Authorization", bearer}}).status, 401);
}

void TestSandboxServer::unknownPathIs404()
{
    const Reply reply = send("GET", "/no-such-endpoint");
    QCOMPARE(reply.status, 404);
    QCOMPARE(reply.json().value("detail").toString(), QStringLiteral("Not Found"));
}

void TestSandboxServer::httpFaults_data()
{
    QTest::addColumn<QString>("kind");
    QTest::addColumn<int>("status");
    QTest::addColumn<QByteArray>("retryAfter");
    QTest::newRow("401") << "401" << 401 << QByteArray();
    QTest::newRow("429") << "429" << 429 << QByteArray("3");
    QTest::newRow("503") << "503" << 503 << QByteArray("3");
    QTest::newRow("500") << "500" << 500 << QByteArray();
    QTest::newRow("malformed json") << "malformed-json" << 200 << QByteArray();
}

void TestSandboxServer::httpFaults()
{
    QFETCH(QString, kind);
    QFETCH(int, status);
    QFETCH(QByteArray, retryAfter);
    const QByteArray bearer = "Bearer " + login().toUtf8();
    addFault({{"endpoint", "/device-information"}, {"kind", kind}, {"retryAfter", 3}});
    const Reply faulted = send("GET", "/device-information", {}, {{"Authorization", bearer}});
    QCOMPARE(faulted.status, status);
    QCOMPARE(faulted.retryAfter, retryAfter);
    if (kind == QLatin1String("malformed-json"))
        QVERIFY(!dv::model::parseDeviceInformation(faulted.body).ok());
    // One use only: the next call succeeds.
    QCOMPARE(send("GET", "/device-information", {}, {{"Authorization", bearer}}).status, 200);
}

void TestSandboxServer::faultsAreCountedDown()
{
    const QByteArray bearer = "Bearer " + login().toUtf8();
    addFault({{"endpoint", "/device-information"}, {"kind", "503"}, {"count", 2}});
    QCOMPARE(send("GET", "/device-information", {}, {{"Authorization", bearer}}).status, 503);
    QCOMPARE(send("GET", "/device-information", {}, {{"Authorization", bearer}}).status, 503);
    QCOMPARE(send("GET", "/device-information", {}, {{"Authorization", bearer}}).status, 200);
    addFault({{"endpoint", "*"}, {"kind", "500"}, {"count", -1}});
    QCOMPARE(send("GET", "/device-information", {}, {{"Authorization", bearer}}).status, 500);
    QCOMPARE(send("DELETE", "/_sandbox/faults").status, 200);
    QCOMPARE(send("GET", "/device-information", {}, {{"Authorization", bearer}}).status, 200);
}

void TestSandboxServer::transportFaults_data()
{
    QTest::addColumn<QString>("kind");
    QTest::newRow("drop") << "drop";
    QTest::newRow("truncate") << "truncate";
}

void TestSandboxServer::transportFaults()
{
    QFETCH(QString, kind);
    const QByteArray bearer = "Bearer " + login().toUtf8();
    addFault({{"endpoint", "/device-information"}, {"kind", kind}});
    const Reply broken = send("GET", "/device-information", {}, {{"Authorization", bearer}});
    QVERIFY2(broken.error != QNetworkReply::NoError, qPrintable(QString::number(broken.error)));
    QVERIFY(!dv::model::parseDeviceInformation(broken.body).ok());
    const Reply next = send("GET", "/device-information", {}, {{"Authorization", bearer}});
    QCOMPARE(next.status, 200);
    QVERIFY(dv::model::parseDeviceInformation(next.body).ok());
}

void TestSandboxServer::slowDripStillDelivers()
{
    const QByteArray bearer = "Bearer " + login().toUtf8();
    addFault({{"endpoint", "/device-information"}, {"kind", "slow-drip"}});
    const Reply dripped = send("GET", "/device-information", {}, {{"Authorization", bearer}});
    QCOMPARE(dripped.status, 200);
    QVERIFY(dv::model::parseDeviceInformation(dripped.body).ok());
    // The connection is still usable afterwards.
    QCOMPARE(send("GET", "/device-information", {}, {{"Authorization", bearer}}).status, 200);
}

void TestSandboxServer::transportFaultOnALongPost()
{
    // A body long enough to reach the server in several pieces: the fault must still break
    // that request's answer (it was once armed only for requests read in one piece).
    QUrlQuery form;
    form.addQueryItem("username", m_server->config().user);
    form.addQueryItem("password", m_server->config().password);
    form.addQueryItem("padding", QString(40000, QLatin1Char('p')));
    const QByteArray body = form.toString(QUrl::FullyEncoded).toUtf8();
    addFault({{"endpoint", "/login"}, {"kind", "drop"}});
    const Reply broken =
        send("POST", "/login", body, {{"Content-Type", "application/x-www-form-urlencoded"}});
    QVERIFY2(broken.error != QNetworkReply::NoError, qPrintable(QString::number(broken.status)));
    const Reply next =
        send("POST", "/login", body, {{"Content-Type", "application/x-www-form-urlencoded"}});
    QCOMPARE(next.status, 200);
}

void TestSandboxServer::oversizedBodyIs413()
{
    const Reply reply = send("POST", "/login", QByteArray(65 * 1024, 'x'),
                             {{"Content-Type", "application/x-www-form-urlencoded"}});
    QCOMPARE(reply.status, 413);
    QCOMPARE(reply.json().value("detail").toArray().at(0).toObject().value("type").toString(),
             QStringLiteral("too_large"));
    QVERIFY(!login().isEmpty()); // the server is unharmed
}

void TestSandboxServer::requestCounts()
{
    login();
    login();
    send("GET", "/device-information");
    const QJsonObject counts = send("GET", "/_sandbox/stats").json().value("requests").toObject();
    QCOMPARE(counts.value("/login").toInt(), 2);
    QCOMPARE(counts.value("/device-information").toInt(), 1);
}

// Regression: a delayed answer was written to the socket of a client that had hung up and
// whose socket QHttpServer had already deleted (a crash, seen in CI when a test cancelled an
// analysis during injected latency).
void TestSandboxServer::clientGoneBeforeALateAnswer()
{
    constexpr int clients = 8;
    addFault(
        {{"endpoint", "/body-sites"}, {"kind", "latency"}, {"count", clients}, {"latencyMs", 300}});
    std::vector<std::unique_ptr<QTcpSocket>> sockets;
    for (int i = 0; i < clients; ++i) {
        auto socket = std::make_unique<QTcpSocket>();
        socket->connectToHost(m_server->url().host(), static_cast<quint16>(m_server->url().port()));
        QVERIFY(socket->waitForConnected(5000));
        socket->write("GET /body-sites HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n");
        QVERIFY(socket->waitForBytesWritten(5000));
        sockets.push_back(std::move(socket));
    }
    const auto asked = [this] {
        return m_server->faults().requestCounts().value(QStringLiteral("/body-sites"));
    };
    QTRY_COMPARE_WITH_TIMEOUT(asked(), clients, 10000);
    for (auto &socket : sockets)
        socket->abort(); // hang up while every answer is still being delayed
    sockets.clear();
    QTest::qWait(1000); // the server disconnects and deletes the sockets; then the answers come
    const Reply after = send("GET", "/body-sites");
    QCOMPARE(after.status, 200); // still serving, and it did not crash on the way
}

QTEST_GUILESS_MAIN(TestSandboxServer)
#include "tst_sandbox_server.moc"
