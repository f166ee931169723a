// A bounded soak: several clients at once, each on its own connections, mixing valid
// analyses, garbage, oversized bodies and bad tokens. Every answer must be one the API
// documents (200/401/413/422), no connection may fail, and the server must still answer
// afterwards. Correctness only: speed is measured in tests/bench, never here.
#include "sandbox/server/SandboxServer.h"

#include <QBuffer>
#include <QImage>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QTest>
#include <QUrlQuery>

using namespace dv::sandbox;

namespace {

constexpr int clients = 8;
constexpr int requestsPerClient = 12;

QByteArray smallSkinPhoto(int seed)
{
    QImage image(160, 120, QImage::Format_RGB32);
    for (int y = 0; y < image.height(); ++y) {
        for (int x = 0; x < image.width(); ++x) {
            const bool lesion = (x - 80) * (x - 80) + (y - 60) * (y - 60) < 400 + seed * 40;
            image.setPixel(x, y,
                           lesion ? qRgb(150, 60, 50) : qRgb(225, 180, 150 - (x + y + seed) % 20));
        }
    }
    QByteArray jpeg;
    QBuffer buffer(&jpeg);
    buffer.open(QIODevice::WriteOnly);
    image.save(&buffer, "JPEG", 90);
    return jpeg;
}

} // namespace

class TestSandboxSoak : public QObject
{
    Q_OBJECT

private slots:
    void concurrentMixedClients();
};

void TestSandboxSoak::concurrentMixedClients()
{
    SandboxConfig config;
    config.maxBodyBytes = 512 * 1024;
    SandboxServer server(config);
    QVERIFY(server.listen(0));
    const QByteArray token = server.tokens().issue().toUtf8();

    QVector<QByteArray> bodies;
    for (int i = 0; i < 3; ++i)
        bodies.append(
            QJsonDocument(
                QJsonObject{
                    {"payload", QJsonArray{QJsonObject{
                                    {"contentAttachment",
                                     QJsonObject{{"data", QString::fromLatin1(
                                                              smallSkinPhoto(i).toBase64())}}}}}}})
                .toJson(QJsonDocument::Compact));
    const QByteArray garbage("{\"payload\": [{\"contentAttachment\": {\"data\": \"\xff\xfe\"}}");
    const QByteArray oversized(600 * 1024, 'a');

    std::vector<std::unique_ptr<QNetworkAccessManager>> managers;
    int pending = 0;
    int transportErrors = 0;
    QMap<int, int> statuses;
    QStringList unexpected;
    for (int client = 0; client < clients; ++client) {
        managers.push_back(std::make_unique<QNetworkAccessManager>());
        for (int r = 0; r < requestsPerClient; ++r) {
            const int kind = (client + r) % 5;
            QNetworkRequest request(server.url().resolved(QUrl("/diagnosis-support")));
            request.setHeader(QNetworkRequest::ContentTypeHeader, "application/json");
            request.setTransferTimeout(60000);
            request.setRawHeader("Authorization",
                                 kind == 4 ? QByteArray("Bearer nope") : "Bearer " + token);
            const QByteArray &body = kind <= 1   ? bodies.at((client + r) % 3)
                                     : kind == 2 ? garbage
                                     : kind == 3 ? oversized
                                                 : bodies.at(0);
            const int expected = kind <= 1 ? 200 : kind == 2 ? 422 : kind == 3 ? 413 : 401;
            QNetworkReply *reply = managers.back()->post(request, body);
            ++pending;
            connect(reply, &QNetworkReply::finished, this, [&, reply, expected] {
                const int status =
                    reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
                if (status == 0)
                    ++transportErrors;
                ++statuses[status];
                if (status != expected)
                    unexpected << QStringLiteral("expected %1, got %2 (%3)")
                                      .arg(expected)
                                      .arg(status)
                                      .arg(reply->errorString());
                reply->deleteLater();
                --pending;
            });
        }
    }
    QTRY_VERIFY_WITH_TIMEOUT(pending == 0, 240000);
    QCOMPARE(transportErrors, 0);
    QVERIFY2(unexpected.isEmpty(), qPrintable(unexpected.join('\n')));
    QCOMPARE(statuses.value(200) + statuses.value(401) + statuses.value(413) + statuses.value(422),
             clients * requestsPerClient);
    // Still healthy: a fresh login works and the counters saw every request.
    QNetworkAccessManager fresh;
    QNetworkRequest login(server.url().resolved(QUrl("/login")));
    login.setHeader(QNetworkRequest::ContentTypeHeader, "application/x-www-form-urlencoded");
    QUrlQuery form;
    form.addQueryItem("username", server.config().user);
    form.addQueryItem("password", server.config().password);
    QNetworkReply *reply = fresh.post(login, form.toString(QUrl::FullyEncoded).toUtf8());
    QTRY_VERIFY_WITH_TIMEOUT(reply->isFinished(), 10000);
    QCOMPARE(reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), 200);
    reply->deleteLater();
    // Oversized bodies are refused by the socket before routing, so they are not counted.
    QCOMPARE(server.faults().requestCounts().value("/diagnosis-support"),
             clients * requestsPerClient - statuses.value(413));
}

QTEST_MAIN(TestSandboxSoak)
#include "tst_sandbox_soak.moc"
