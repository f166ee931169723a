// The API client against the real sandbox over loopback HTTP, with the sandbox's fault
// injection: sessions, retries, timeouts, broken connections, redirects, cancellation.
#include "GlobalPoolHold.h"
#include "api/ApiClient.h"
#include "sandbox/server/SandboxServer.h"

#include <QFile>
#include <QHttpServer>
#include <QHttpServerResponse>
#include <QJsonArray>
#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QRandomGenerator>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTest>

using namespace dv::api;
using dv::sandbox::FaultRule;
using dv::sandbox::SandboxConfig;
using dv::sandbox::SandboxServer;

namespace {

QByteArray photo(const QString &name)
{
    QFile file(QStringLiteral(DV_SHARED_IMAGES) + QLatin1Char('/') + name);
    if (!file.open(QIODevice::ReadOnly))
        qFatal("missing shared image %s", qPrintable(name));
    return file.readAll();
}

ImageUpload upload(const QByteArray &bytes)
{
    ImageUpload image;
    image.bytes = bytes;
    return image;
}

template <typename T> struct Outcome
{
    std::optional<ApiResult<T>> result;
    bool done() const { return result.has_value(); }
};

FaultRule fault(const char *endpoint, FaultRule::Kind kind, int count = 1, int retryAfter = 0,
                int latencyMs = 0)
{
    FaultRule rule;
    rule.endpoint = QLatin1String(endpoint);
    rule.kind = kind;
    rule.remaining = count;
    rule.retryAfterSeconds = retryAfter;
    rule.latencyMs = latencyMs;
    return rule;
}

} // namespace

class TestApiClient : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void splicedBodyIsValidJson();
    void endpointUrlKeepsBasePath_data();
    void endpointUrlKeepsBasePath();
    void plainHttpRefusedForRemoteHosts();
    void diagnoseWithProgress();
    void diagnoseDoesNotNeedQtsGlobalPool();
    void wrongPasswordReportedOnce();
    void reloginStormUsesOneLogin();
    void tokenExpiryMidBatch();
    void serviceUnavailableThenSuccess();
    void tooManyRequestsHonoursRetryAfter();
    void serverErrorIsNotRetriedForAnalysis();
    void timeoutIsNotRetriedForAnalysis();
    void droppedConnectionRetriedOnlyWhenSafe();
    void truncatedBodyRetriedWhenSafe();
    void qtNeverResendsAnAnalysisSilently();
    void malformedJsonNamesThePath();
    void validationErrorNamesTheField();
    void cancelWhileWaiting();
    void redirectToAnotherHostDropsTheToken();
    void helpersAndReports();
    void mediaFetchedWithoutCredentials();
    void mediaThatIsNoImageRefused();
    void mediaTooLargeAbandoned();
    void mediaOverPlainHttpElsewhereRefused();

private:
    /// A server on this computer that answers `path` with `body` and records the credential
    /// headers it was sent.
    struct MediaHost
    {
        QHttpServer http;
        QTcpServer socket;
        QByteArray authorization = "not called";
        QByteArray apiToken = "not called";
        QUrl url(const QString &path) const
        {
            return QUrl(QStringLiteral("http://127.0.0.1:%1%2").arg(socket.serverPort()).arg(path));
        }
    };
    void serve(MediaHost &host, const QString &path, const QByteArray &contentType,
               const QByteArray &body);
    ApiConfig config() const;
    int requests(const char *endpoint) const;
    template <typename T>
    ApiResult<T> wait(const std::function<HttpExchange *(Callback<T>)> &call,
                      int timeoutMs = 60000);

    std::unique_ptr<SandboxServer> m_server;
    std::unique_ptr<QNetworkAccessManager> m_network;
    std::unique_ptr<ApiClient> m_client;
};

void TestApiClient::init()
{
    m_server = std::make_unique<SandboxServer>(SandboxConfig());
    QVERIFY(m_server->listen(0));
    m_network = std::make_unique<QNetworkAccessManager>();
    m_client = std::make_unique<ApiClient>(m_network.get(), config());
    m_client->session().setPassword(m_server->config().password);
    m_client->setApiToken(m_server->config().apiToken);
}

void TestApiClient::cleanup()
{
    m_client.reset();
    m_network.reset();
    m_server.reset();
}

ApiConfig TestApiClient::config() const
{
    ApiConfig config;
    config.clinicalUrl = config.helperUrl = config.reportUrl = m_server->url();
    config.username = m_server->config().user;
    config.backoffBaseMs = 20; // quick retries in tests; the policy is what is tested
    return config;
}

int TestApiClient::requests(const char *endpoint) const
{
    return m_server->faults().requestCounts().value(QLatin1String(endpoint));
}

template <typename T>
ApiResult<T> TestApiClient::wait(const std::function<HttpExchange *(Callback<T>)> &call,
                                 int timeoutMs)
{
    auto outcome = std::make_shared<Outcome<T>>();
    call([outcome](const ApiResult<T> &result) { outcome->result = result; });
    if (!QTest::qWaitFor([&] { return outcome->done(); }, timeoutMs))
        qFatal("the call did not finish within %d ms", timeoutMs);
    return *outcome->result;
}

void TestApiClient::splicedBodyIsValidJson()
{
    // Sizes around the encoder's 48 KiB slices, and not multiples of 3.
    QVector<ImageUpload> images;
    QRandomGenerator random(5);
    for (const int size : {1, 2, 3 * 16384 - 1, 3 * 16384, 3 * 16384 + 1, 200001}) {
        QByteArray bytes(size, Qt::Uninitialized);
        for (char &c : bytes)
            c = char(random.bounded(256));
        ImageUpload image = upload(bytes);
        image.title = QStringLiteral("Title \"quoted\" \u0001 ü");
        images.append(image);
    }
    QJsonArray payload;
    for (qsizetype i = 0; i < images.size(); ++i)
        payload.append(attachmentSkeleton(images.at(i), i));
    const QByteArray body = spliceImages(QJsonObject{{"payload", payload}}, images);
    QJsonParseError error{};
    const QJsonArray parsed =
        QJsonDocument::fromJson(body, &error).object().value("payload").toArray();
    QCOMPARE(error.error, QJsonParseError::NoError);
    QCOMPARE(parsed.size(), images.size());
    for (qsizetype i = 0; i < images.size(); ++i) {
        const QJsonObject attachment =
            parsed.at(i).toObject().value("contentAttachment").toObject();
        QCOMPARE(QByteArray::fromBase64(attachment.value("data").toString().toLatin1()),
                 images.at(i).bytes);
        QCOMPARE(attachment.value("title").toString(), images.at(i).title);
    }
}

void TestApiClient::endpointUrlKeepsBasePath_data()
{
    QTest::addColumn<QString>("base");
    QTest::addColumn<QString>("path");
    QTest::addColumn<QString>("expected");
    QTest::newRow("versioned base") << "https://api.example/version"
                                    << "login"
                                    << "https://api.example/version/login";
    QTest::newRow("trailing slash") << "https://api.example/version/"
                                    << "/login"
                                    << "https://api.example/version/login";
    QTest::newRow("root") << "http://127.0.0.1:8080"
                          << "body-sites"
                          << "http://127.0.0.1:8080/body-sites";
}

void TestApiClient::endpointUrlKeepsBasePath()
{
    QFETCH(QString, base);
    QFETCH(QString, path);
    QFETCH(QString, expected);
    QCOMPARE(endpointUrl(QUrl(base), path).toString(), expected);
}

void TestApiClient::plainHttpRefusedForRemoteHosts()
{
    QVERIFY(!checkTransport(QUrl("https://api.example/v1"), false));
    QVERIFY(!checkTransport(QUrl("http://127.0.0.1:9/"), false));
    QVERIFY(!checkTransport(QUrl("http://localhost:9/"), false));
    QVERIFY(!checkTransport(QUrl("http://[::1]:9/"), false));
    QVERIFY(checkTransport(QUrl("http://api.example/v1"), false));
    QVERIFY(!checkTransport(QUrl("http://api.example/v1"), true)); // explicitly allowed
    QVERIFY(checkTransport(QUrl("ftp://api.example/"), true));

    ApiConfig remote = config();
    remote.clinicalUrl = QUrl("http://dermatology.example/api");
    ApiClient client(m_network.get(), remote);
    client.session().setPassword("x");
    const auto result =
        wait<dv::model::DeviceInformation>([&](Callback<dv::model::DeviceInformation> done) {
            return client.deviceInformation(this, done);
        });
    QVERIFY(!result.ok());
    QCOMPARE(result.error().kind, ApiError::Kind::InsecureConnection);
    QVERIFY(result.error().message().contains("dermatology.example"));
}

void TestApiClient::diagnoseWithProgress()
{
    QVector<qint64> progress;
    const auto result =
        wait<dv::model::DiagnosisReport>([&](Callback<dv::model::DiagnosisReport> done) {
            HttpExchange *call =
                m_client->diagnose({upload(photo("psoriasis_01.jpg"))}, this, done);
            connect(call, &HttpExchange::uploadProgress, this,
                    [&](qint64 sent, qint64) { progress << sent; });
            return call;
        });
    QVERIFY2(result.ok(), qPrintable(result.ok() ? QString() : result.error().message()));
    QCOMPARE(result.value().images.size(), 1);
    QVERIFY(*result.value().images.at(0).mediaValidity->isValid);
    QVERIFY(!progress.isEmpty());
    // The whole base64 of the photo went out.
    QVERIFY(*std::max_element(progress.cbegin(), progress.cend()) >
            photo("psoriasis_01.jpg").size());
    QCOMPARE(requests("/login"), 1);
}

// Regression: request bodies and responses built on Qt's global pool queued behind work that
// paint events wait for. With that pool held, an analysis still completes.
void TestApiClient::diagnoseDoesNotNeedQtsGlobalPool()
{
    const GlobalPoolHold hold;
    const auto result =
        wait<dv::model::DiagnosisReport>([&](Callback<dv::model::DiagnosisReport> done) {
            return m_client->diagnose({upload(photo("nevus.jpg"))}, this, done);
        });
    QVERIFY2(result.ok(), qPrintable(result.ok() ? QString() : result.error().message()));
    QCOMPARE(result.value().images.size(), 1);
}

void TestApiClient::wrongPasswordReportedOnce()
{
    m_client->session().setPassword("wrong");
    QSignalSpy failures(&m_client->session(), &Session::loginFailed);
    int authenticationErrors = 0;
    int finished = 0;
    for (int i = 0; i < 4; ++i) {
        m_client->deviceInformation(
            this, [&](const ApiResult<dv::model::DeviceInformation> &result) {
                ++finished;
                authenticationErrors +=
                    !result.ok() && result.error().kind == ApiError::Kind::Authentication;
            });
    }
    QTRY_COMPARE(finished, 4);
    QCOMPARE(authenticationErrors, 4);
    QCOMPARE(failures.size(), 1); // the person is told once, not four times
    QCOMPARE(requests("/login"), 1);
    QCOMPARE(requests("/device-information"), 0);
}

void TestApiClient::reloginStormUsesOneLogin()
{
    QVERIFY(wait<dv::model::DeviceInformation>([&](auto done) {
                return m_client->deviceInformation(this, done);
            }).ok());
    m_server->tokens().expireAll(); // the server forgets the token the client holds
    constexpr int storm = 8;
    int ok = 0;
    int finished = 0;
    for (int i = 0; i < storm; ++i) {
        m_client->deviceInformation(this,
                                    [&](const ApiResult<dv::model::DeviceInformation> &result) {
                                        ++finished;
                                        ok += result.ok();
                                    });
    }
    QTRY_COMPARE(finished, storm);
    QCOMPARE(ok, storm);
    QCOMPARE(requests("/login"), 2); // the first login, and exactly one shared re-login
}

void TestApiClient::tokenExpiryMidBatch()
{
    const QByteArray image = photo("acne.jpg");
    for (int i = 0; i < 3; ++i) {
        if (i == 1)
            m_server->tokens().expireAll();
        const auto result = wait<dv::model::DiagnosisReport>(
            [&](auto done) { return m_client->diagnose({upload(image)}, this, done); });
        QVERIFY2(result.ok(), qPrintable(result.ok() ? QString() : result.error().message()));
    }
    QCOMPARE(requests("/login"), 2);
    QCOMPARE(requests("/diagnosis-support"), 4); // the refused one was replayed once
}

void TestApiClient::serviceUnavailableThenSuccess()
{
    m_server->faults().add(fault("/diagnosis-support", FaultRule::Kind::ServiceUnavailable, 1, 0));
    const auto result = wait<dv::model::DiagnosisReport>(
        [&](auto done) { return m_client->diagnose({upload(photo("acne.jpg"))}, this, done); });
    QVERIFY(result.ok());
    QCOMPARE(requests("/diagnosis-support"), 2);
}

void TestApiClient::tooManyRequestsHonoursRetryAfter()
{
    m_server->faults().add(fault("/diagnosis-support", FaultRule::Kind::TooManyRequests, 1, 1));
    QElapsedTimer timer;
    timer.start();
    const auto result = wait<dv::model::DiagnosisReport>(
        [&](auto done) { return m_client->diagnose({upload(photo("acne.jpg"))}, this, done); });
    QVERIFY(result.ok());
    QCOMPARE(requests("/diagnosis-support"), 2);
    QVERIFY(timer.elapsed() >= 1000); // waited as told, not sooner (a floor, not a speed test)

    // Longer than the client will wait: fails at once and says when to try again.
    m_server->faults().add(fault("/diagnosis-support", FaultRule::Kind::TooManyRequests, 1, 120));
    const auto busy = wait<dv::model::DiagnosisReport>(
        [&](auto done) { return m_client->diagnose({upload(photo("acne.jpg"))}, this, done); });
    QVERIFY(!busy.ok());
    QCOMPARE(busy.error().kind, ApiError::Kind::RateLimited);
    QCOMPARE(busy.error().retryAfterSeconds, 120);
}

void TestApiClient::serverErrorIsNotRetriedForAnalysis()
{
    m_server->faults().add(fault("/diagnosis-support", FaultRule::Kind::InternalError));
    const auto result = wait<dv::model::DiagnosisReport>(
        [&](auto done) { return m_client->diagnose({upload(photo("acne.jpg"))}, this, done); });
    QVERIFY(!result.ok());
    QCOMPARE(result.error().kind, ApiError::Kind::Server);
    QCOMPARE(result.error().httpStatus, 500);
    QCOMPARE(requests("/diagnosis-support"), 1);
}

void TestApiClient::timeoutIsNotRetriedForAnalysis()
{
    ApiConfig impatient = config();
    impatient.analysisTimeoutMs = 500;
    ApiClient client(m_network.get(), impatient);
    client.session().setPassword(m_server->config().password);
    m_server->faults().add(fault("/diagnosis-support", FaultRule::Kind::Latency, 1, 0, 2500));
    const auto result = wait<dv::model::DiagnosisReport>(
        [&](auto done) { return client.diagnose({upload(photo("acne.jpg"))}, this, done); });
    QVERIFY(!result.ok());
    QCOMPARE(result.error().kind, ApiError::Kind::Timeout);
    // The server may have received it: a second analysis must not be sent.
    QCOMPARE(requests("/diagnosis-support"), 1);
}

void TestApiClient::droppedConnectionRetriedOnlyWhenSafe()
{
    m_server->faults().add(fault("/device-information", FaultRule::Kind::DropConnection));
    QVERIFY(wait<dv::model::DeviceInformation>([&](auto done) {
                return m_client->deviceInformation(this, done);
            }).ok());
    QCOMPARE(requests("/device-information"), 2);

    m_server->faults().add(fault("/diagnosis-support", FaultRule::Kind::DropConnection));
    const auto result = wait<dv::model::DiagnosisReport>(
        [&](auto done) { return m_client->diagnose({upload(photo("acne.jpg"))}, this, done); });
    QCOMPARE(requests("/diagnosis-support"), 1); // never sent twice, not even by Qt itself
    QVERIFY(!result.ok());
    QCOMPARE(result.error().kind, ApiError::Kind::Network);
}

void TestApiClient::qtNeverResendsAnAnalysisSilently()
{
    // A server that reads each request and hangs up without a byte of answer. Qt's HTTP layer
    // resends a request by itself on such an early EOF; for an analysis that would be a second
    // analysis of the same photos, which the server may already have started.
    QTcpServer server;
    QVERIFY(server.listen(QHostAddress::LocalHost, 0));
    int requestsSeen = 0;
    connect(&server, &QTcpServer::newConnection, this, [&] {
        while (QTcpSocket *socket = server.nextPendingConnection()) {
            connect(socket, &QTcpSocket::readyRead, socket, [&, socket] {
                if (socket->readAll().contains("POST /diagnosis-support"))
                    ++requestsSeen;
                socket->abort();
                socket->deleteLater();
            });
        }
    });
    ApiConfig config = this->config();
    config.clinicalUrl = QUrl("http://127.0.0.1:" + QString::number(server.serverPort()));
    // Signed in at the sandbox; the analysis goes to the hanging-up server.
    ApiClient sandboxClient(m_network.get(), this->config());
    sandboxClient.session().setPassword(m_server->config().password);
    QVERIFY(wait<dv::model::DeviceInformation>([&](auto done) {
                return sandboxClient.deviceInformation(this, done);
            }).ok());
    const auto result = wait<dv::model::DiagnosisReport>([&](auto done) {
        RequestSpec spec;
        spec.verb = "POST";
        spec.url = endpointUrl(config.clinicalUrl, "diagnosis-support");
        spec.contentType = "application/json";
        spec.body = QByteArray(200000, 'x');
        spec.auth = RequestSpec::Auth::Bearer;
        spec.replay = RequestSpec::Replay::OnlyIfNotProcessed;
        auto *exchange =
            new HttpExchange(m_network.get(), &sandboxClient.session(), config, spec, this);
        exchange->start(
            [exchange, done](const RawResponse &) {
                exchange->complete();
                done(ApiResult<dv::model::DiagnosisReport>(ApiError{}));
            },
            [done](const ApiError &error) { done(ApiResult<dv::model::DiagnosisReport>(error)); });
        return exchange;
    });
    QVERIFY(!result.ok());
    QCOMPARE(result.error().kind, ApiError::Kind::Network);
    QTest::qWait(500);
    QCOMPARE(requestsSeen, 1);
}

void TestApiClient::truncatedBodyRetriedWhenSafe()
{
    m_server->faults().add(fault("/body-sites", FaultRule::Kind::TruncatedBody));
    const auto result = wait<QVector<dv::model::BodySite>>(
        [&](auto done) { return m_client->bodySites(this, done); });
    QVERIFY2(result.ok(), qPrintable(result.ok() ? QString() : result.error().message()));
    QVERIFY(result.value().size() >= 34);
    QCOMPARE(requests("/body-sites"), 2);
}

void TestApiClient::malformedJsonNamesThePath()
{
    m_server->faults().add(fault("/device-information", FaultRule::Kind::MalformedJson));
    const auto result = wait<dv::model::DeviceInformation>(
        [&](auto done) { return m_client->deviceInformation(this, done); });
    QVERIFY(!result.ok());
    QCOMPARE(result.error().kind, ApiError::Kind::MalformedResponse);
    QVERIFY(result.error().message().contains("malformed JSON"));
}

void TestApiClient::validationErrorNamesTheField()
{
    const QJsonObject request{
        {"bodySite", "armLeft"},
        {"knownCondition", QJsonObject{{"conclusion", QJsonObject{{"text", "psoriasis"}}}}},
        {"scoringSystem",
         QJsonObject{
             {"pure4", QJsonObject{{"questionnaireResponse",
                                    QJsonObject{{"item", QJsonObject{{"question1", 1}}}}}}}}}};
    const auto result = wait<dv::model::SeverityReport>(
        [&](auto done) { return m_client->severityManual(request, this, done); });
    QVERIFY(!result.ok());
    QCOMPARE(result.error().kind, ApiError::Kind::Validation);
    QStringList paths;
    for (const auto &field : result.error().fields)
        paths << field.fieldPath();
    QVERIFY2(paths.contains("scoringSystem.pure4.questionnaireResponse.item.question2"),
             qPrintable(paths.join(", ")));
    QVERIFY(result.error().message().contains("question2"));
}

void TestApiClient::cancelWhileWaiting()
{
    m_server->faults().add(fault("/diagnosis-support", FaultRule::Kind::Latency, 1, 0, 1500));
    std::optional<ApiResult<dv::model::DiagnosisReport>> outcome;
    QPointer<HttpExchange> call = m_client->diagnose({upload(photo("acne.jpg"))}, this,
                                                     [&](const auto &result) { outcome = result; });
    QTRY_COMPARE_WITH_TIMEOUT(requests("/diagnosis-support"), 1, 20000); // it is in flight
    QVERIFY(call);
    call->cancel();
    QVERIFY(outcome);
    QCOMPARE(outcome->error().kind, ApiError::Kind::Cancelled);
    QTest::qWait(2000); // the late answer must not be delivered as well
    QCOMPARE(outcome->error().kind, ApiError::Kind::Cancelled);
}

void TestApiClient::redirectToAnotherHostDropsTheToken()
{
    // "localhost" and "127.0.0.1" are different origins to a browser and to this client.
    QHttpServer other;
    QTcpServer otherSocket;
    QVERIFY(otherSocket.listen(QHostAddress::LocalHost, 0));
    other.bind(&otherSocket);
    QByteArray authorizationSeen = "not called";
    other.route("/device-information", [&](const QHttpServerRequest &request) {
        authorizationSeen = request.value("authorization");
        return QHttpServerResponse(QByteArrayLiteral("application/json"),
                                   R"({"name":[{"value":"elsewhere"}]})");
    });
    QHttpServer redirecting;
    QTcpServer redirectingSocket;
    QVERIFY(redirectingSocket.listen(QHostAddress::LocalHost, 0));
    redirecting.bind(&redirectingSocket);
    const QByteArray target =
        "http://localhost:" + QByteArray::number(otherSocket.serverPort()) + "/device-information";
    QByteArray authorizationAtOrigin;
    redirecting.route("/device-information", [&](const QHttpServerRequest &request) {
        authorizationAtOrigin = request.value("authorization");
        QHttpServerResponse response(QHttpServerResponse::StatusCode::Found);
        response.setHeader("Location", target);
        return response;
    });
    // A session signed in at the sandbox; the request goes to the redirecting server with it.
    ApiClient signedIn(m_network.get(), config());
    signedIn.session().setPassword(m_server->config().password);
    QVERIFY(wait<dv::model::DeviceInformation>([&](auto done) {
                return signedIn.deviceInformation(this, done);
            }).ok());
    const ApiConfig redirected = config();
    const auto result = wait<dv::model::DeviceInformation>([&](auto done) {
        RequestSpec spec;
        spec.url = QUrl("http://127.0.0.1:" + QString::number(redirectingSocket.serverPort()) +
                        "/device-information");
        spec.auth = RequestSpec::Auth::Bearer;
        auto *exchange =
            new HttpExchange(m_network.get(), &signedIn.session(), redirected, spec, this);
        exchange->start(
            [exchange, done](const RawResponse &response) {
                const auto parsed = dv::model::parseDeviceInformation(response.body);
                exchange->complete();
                done(ApiResult<dv::model::DeviceInformation>(parsed.value()));
            },
            [done](const ApiError &error) {
                done(ApiResult<dv::model::DeviceInformation>(error));
            });
        return exchange;
    });
    QVERIFY2(result.ok(), qPrintable(result.ok() ? QString() : result.error().message()));
    QCOMPARE(result.value().name, QStringLiteral("elsewhere"));
    QVERIFY(authorizationAtOrigin.startsWith("Bearer "));                 // the origin got it
    QVERIFY2(authorizationSeen.isEmpty(), authorizationSeen.constData()); // the other host did not
}

void TestApiClient::helpersAndReports()
{
    const auto questionnaires = wait<QVector<dv::model::Questionnaire>>(
        [&](auto done) { return m_client->questionnaires("dlqi", QString(), this, done); });
    QVERIFY(questionnaires.ok());
    QCOMPARE(questionnaires.value().size(), 1);

    const auto diagnosis = wait<dv::model::DiagnosisReport>(
        [&](auto done) { return m_client->diagnose({upload(photo("nevus.jpg"))}, this, done); });
    QVERIFY(diagnosis.ok());
    const QString id = diagnosis.value().envelope.identifier;
    const auto standard = wait<dv::model::StoredReport>([&](auto done) {
        return m_client->report(id, dv::model::StoredReportFormat::Standard, "es", this, done);
    });
    QVERIFY2(standard.ok(), qPrintable(standard.ok() ? QString() : standard.error().message()));
    QCOMPARE(standard.value().id, id);
    const auto fhir = wait<dv::model::StoredReport>([&](auto done) {
        return m_client->report(id, dv::model::StoredReportFormat::Fhir, "de", this, done);
    });
    QVERIFY(fhir.ok());
    const auto pdf =
        wait<QByteArray>([&](auto done) { return m_client->reportPdf(id, "fr", this, done); });
    QVERIFY2(pdf.ok(), qPrintable(pdf.ok() ? QString() : pdf.error().message()));
    QVERIFY(pdf.value().startsWith("%PDF-"));

    m_client->setApiToken("wrong");
    const auto refused = wait<dv::model::StoredReport>([&](auto done) {
        return m_client->report(id, dv::model::StoredReportFormat::Standard, "", this, done);
    });
    QVERIFY(!refused.ok());
    QCOMPARE(refused.error().kind, ApiError::Kind::Authentication);
    QVERIFY(refused.error().message().contains("X-API-TOKEN")); // not "check your password"
}

void TestApiClient::serve(MediaHost &host, const QString &path, const QByteArray &contentType,
                          const QByteArray &body)
{
    QVERIFY(host.socket.listen(QHostAddress::LocalHost, 0));
    host.http.bind(&host.socket);
    host.http.route(path, [&host, contentType, body](const QHttpServerRequest &request) {
        host.authorization = request.value("authorization");
        host.apiToken = request.value("x-api-token");
        return QHttpServerResponse(contentType, body);
    });
}

// A report's link may point at another origin (the vendor's storage): neither the session's
// bearer token nor the X-API-TOKEN goes with it.
void TestApiClient::mediaFetchedWithoutCredentials()
{
    // The client checks the signature only; decoding is the window's business.
    const QByteArray png = QByteArray("\x89PNG\r\n\x1A\n", 8) + QByteArray(5000, 'p');
    MediaHost host;
    serve(host, "/medias/photo.png", "image/png", png);
    // Signed in, with an API token: both are at hand and must stay home.
    QVERIFY(wait<dv::model::DeviceInformation>([&](auto done) {
                return m_client->deviceInformation(this, done);
            }).ok());
    const auto result = wait<QByteArray>(
        [&](auto done) { return m_client->media(host.url("/medias/photo.png"), this, done); });
    QVERIFY2(result.ok(), qPrintable(result.ok() ? QString() : result.error().message()));
    QCOMPARE(result.value(), png);
    QCOMPARE(host.authorization, QByteArray());
    QCOMPARE(host.apiToken, QByteArray());
}

void TestApiClient::mediaThatIsNoImageRefused()
{
    MediaHost host;
    serve(host, "/medias/error", "application/json", R"({"detail":"expired link"})");
    const auto result = wait<QByteArray>(
        [&](auto done) { return m_client->media(host.url("/medias/error"), this, done); });
    QVERIFY(!result.ok());
    QCOMPARE(result.error().kind, ApiError::Kind::MalformedResponse);
    QVERIFY2(result.error().message().contains("not an image"),
             qPrintable(result.error().message()));
}

void TestApiClient::mediaTooLargeAbandoned()
{
    QByteArray huge(int(ApiClient::maxMediaBytes + 1024 * 1024), '\0');
    huge.replace(0, 3, QByteArray("\xFF\xD8\xFF", 3)); // it even starts like a JPEG
    MediaHost host;
    serve(host, "/medias/huge.jpg", "image/jpeg", huge);
    huge = QByteArray(); // the server holds its own copy
    const auto result = wait<QByteArray>(
        [&](auto done) { return m_client->media(host.url("/medias/huge.jpg"), this, done); });
    QVERIFY(!result.ok());
    QCOMPARE(result.error().kind, ApiError::Kind::MalformedResponse);
    QVERIFY2(result.error().message().contains("larger than 40 MB"),
             qPrintable(result.error().message()));
}

void TestApiClient::mediaOverPlainHttpElsewhereRefused()
{
    for (const QUrl &refusedUrl :
         {QUrl("http://bucket.example/medias/photo.png"), QUrl("file:///etc/passwd"),
          QUrl("ftp://bucket.example/a.png"), QUrl("not a link")}) {
        const auto refused =
            wait<QByteArray>([&](auto done) { return m_client->media(refusedUrl, this, done); });
        QVERIFY2(!refused.ok(), qPrintable(refusedUrl.toString()));
        QCOMPARE(refused.error().kind, ApiError::Kind::InsecureConnection);
    }
}

QTEST_GUILESS_MAIN(TestApiClient)
#include "tst_api_client.moc"
