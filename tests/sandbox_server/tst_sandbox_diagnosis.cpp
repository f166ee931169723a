// /diagnosis-support over real loopback HTTP: validation, the images' expectations from the
// sandbox issue, report storage, replay. Photos are read in place from ../shared/images.
#include "model/DiagnosisReport.h"
#include "model/StoredReport.h"
#include "review/Review.h"
#include "sandbox/server/SandboxServer.h"

#include <QCryptographicHash>
#include <QDir>
#include <QEventLoop>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QUrlQuery>

using namespace dv::sandbox;

namespace {

QByteArray photo(const QString &name)
{
    QFile file(QStringLiteral(DV_SHARED_IMAGES) + QLatin1Char('/') + name);
    if (!file.open(QIODevice::ReadOnly))
        qFatal("missing shared image %s (CI has ../shared beside the checkout)", qPrintable(name));
    return file.readAll();
}

QJsonObject attachment(const QByteArray &bytes)
{
    return QJsonObject{
        {"contentAttachment", QJsonObject{{"data", QString::fromLatin1(bytes.toBase64())},
                                          {"contentType", "image/jpeg"}}}};
}

QByteArray body(const QJsonArray &payload)
{
    return QJsonDocument(QJsonObject{{"payload", payload}}).toJson(QJsonDocument::Compact);
}

struct Reply
{
    int status = 0;
    QByteArray body;
    QJsonObject json() const { return QJsonDocument::fromJson(body).object(); }
};

} // namespace

class TestSandboxDiagnosis : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void validation_data();
    void validation();
    void undecodableImageIs422();
    void oneValidTwoInvalid();
    void pigmentedLesionOrdering();
    void responseParsesAndReviews();
    void reportIsStored();
    void replayServesSavedResponses();

private:
    Reply post(SandboxServer &server, const QByteArray &json, bool authorised = true);
    QString login(SandboxServer &server);
    std::unique_ptr<SandboxServer> m_server;
    QNetworkAccessManager m_network;
    QString m_token;
};

void TestSandboxDiagnosis::initTestCase()
{
    m_server = std::make_unique<SandboxServer>(SandboxConfig());
    QVERIFY(m_server->listen(0));
    m_token = login(*m_server);
    QVERIFY(!m_token.isEmpty());
}

QString TestSandboxDiagnosis::login(SandboxServer &server)
{
    QNetworkRequest request(server.url().resolved(QUrl("/login")));
    request.setHeader(QNetworkRequest::ContentTypeHeader, "application/x-www-form-urlencoded");
    QUrlQuery form;
    form.addQueryItem("username", server.config().user);
    form.addQueryItem("password", server.config().password);
    QNetworkReply *reply = m_network.post(request, form.toString(QUrl::FullyEncoded).toUtf8());
    QEventLoop loop;
    connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
    loop.exec();
    reply->deleteLater();
    return QJsonDocument::fromJson(reply->readAll()).object().value("access_token").toString();
}

Reply TestSandboxDiagnosis::post(SandboxServer &server, const QByteArray &json, bool authorised)
{
    QNetworkRequest request(server.url().resolved(QUrl("/diagnosis-support")));
    request.setHeader(QNetworkRequest::ContentTypeHeader, "application/json");
    request.setTransferTimeout(120000);
    if (authorised)
        request.setRawHeader("Authorization", "Bearer " + m_token.toUtf8());
    QNetworkReply *reply = m_network.post(request, json);
    QEventLoop loop;
    connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
    QTimer::singleShot(150000, &loop, &QEventLoop::quit);
    loop.exec();
    Reply result{reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(),
                 reply->readAll()};
    reply->deleteLater();
    return result;
}

void TestSandboxDiagnosis::validation_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<QString>("type");
    QTest::addColumn<QJsonArray>("location");
    const QString jpeg = QString::fromLatin1(QByteArray("\xff\xd8\xff").toBase64());
    QTest::newRow("malformed json")
        << QByteArray("{\"payload\": [") << "json_invalid" << QJsonArray{"body", 13};
    QTest::newRow("not an object")
        << QByteArray("[1,2]") << "model_attributes_type" << QJsonArray{"body"};
    QTest::newRow("missing payload")
        << QByteArray("{}") << "missing" << QJsonArray{"body", "payload"};
    QTest::newRow("payload not list")
        << QByteArray(R"({"payload": {}})") << "list_type" << QJsonArray{"body", "payload"};
    QTest::newRow("empty payload") << body({}) << "too_short" << QJsonArray{"body", "payload"};
    QTest::newRow("four images") << body({attachment("a"), attachment("b"), attachment("c"),
                                          attachment("d")})
                                 << "too_long" << QJsonArray{"body", "payload"};
    QTest::newRow("missing attachment") << body({QJsonObject{}}) << "missing"
                                        << QJsonArray{"body", "payload", 0, "contentAttachment"};
    QTest::newRow("missing data") << body({QJsonObject{{"contentAttachment", QJsonObject{}}}})
                                  << "missing"
                                  << QJsonArray{"body", "payload", 0, "contentAttachment", "data"};
    QTest::newRow("data uri prefix")
        << body({QJsonObject{
               {"contentAttachment", QJsonObject{{"data", "data:image/jpeg;base64," + jpeg}}}}})
        << "value_error" << QJsonArray{"body", "payload", 0, "contentAttachment", "data"};
    QTest::newRow("not base64") << body({attachment("x"),
                                         QJsonObject{{"contentAttachment",
                                                      QJsonObject{{"data", "%%%not base64%%%"}}}}})
                                << "value_error"
                                << QJsonArray{"body", "payload", 1, "contentAttachment", "data"};
    QTest::newRow("data number") << body({QJsonObject{
                                        {"contentAttachment", QJsonObject{{"data", 42}}}}})
                                 << "string_type"
                                 << QJsonArray{"body", "payload", 0, "contentAttachment", "data"};
}

void TestSandboxDiagnosis::validation()
{
    QFETCH(QByteArray, json);
    QFETCH(QString, type);
    QFETCH(QJsonArray, location);
    const Reply reply = post(*m_server, json);
    QCOMPARE(reply.status, 422);
    const QJsonObject entry = reply.json().value("detail").toArray().at(0).toObject();
    QCOMPARE(entry.value("type").toString(), type);
    QCOMPARE(entry.value("loc").toArray(), location);
    QVERIFY(!entry.value("msg").toString().isEmpty());
}

void TestSandboxDiagnosis::undecodableImageIs422()
{
    const QByteArray truncated = photo("acne.jpg").left(300);
    for (const QByteArray &bytes : {QByteArray("not an image at all"), truncated}) {
        const Reply reply = post(*m_server, body({attachment(bytes)}));
        QCOMPARE(reply.status, 422);
        const QJsonObject entry = reply.json().value("detail").toArray().at(0).toObject();
        QCOMPARE(entry.value("type").toString(), QStringLiteral("value_error"));
    }
    QCOMPARE(post(*m_server, body({attachment(photo("acne.jpg"))}), false).status, 401);
}

void TestSandboxDiagnosis::oneValidTwoInvalid()
{
    const QByteArray invalid = photo("invalid.png");
    const Reply reply = post(*m_server, body({attachment(photo("psoriasis_01.jpg")),
                                              attachment(invalid), attachment(invalid)}));
    QCOMPARE(reply.status, 200);
    const auto parsed = dv::model::parseDiagnosisReport(reply.body);
    QVERIFY2(parsed.ok(), qPrintable(parsed.ok() ? QString() : parsed.error().toString()));
    const auto &images = parsed.value().images;
    QCOMPARE(images.size(), 3);
    QCOMPARE(*images.at(0).mediaValidity->isValid, true);
    QCOMPARE(*images.at(1).mediaValidity->isValid, false);
    QCOMPARE(*images.at(2).mediaValidity->isValid, false);
    QCOMPARE(*images.at(1).mediaValidity->isDermatological, false);
    QCOMPARE(images.at(1).mediaValidity->modality, QStringLiteral("None"));
    // Heat maps only for the valid image's top 5.
    int heatMaps = 0;
    for (const auto &conclusion : images.at(0).conclusions)
        heatMaps += conclusion.heatMap ? 1 : 0;
    QCOMPARE(heatMaps, 5);
    for (const auto &conclusion : images.at(1).conclusions)
        QVERIFY(!conclusion.heatMap);
    const auto review = dv::review::Reviewer::review(parsed.value());
    QVERIFY(!review.aggregate.shown);
    QVERIFY(review.images.at(0).gate.shown);
}

void TestSandboxDiagnosis::pigmentedLesionOrdering()
{
    const auto pigmented = [&](const char *name) {
        const Reply reply = post(*m_server, body({attachment(photo(QLatin1String(name)))}));
        return reply.json()
            .value("clinicalIndicator")
            .toObject()
            .value("pigmentedLesion")
            .toDouble(-1);
    };
    QVERIFY(pigmented("nevus.jpg") > pigmented("psoriasis_01.jpg"));
}

void TestSandboxDiagnosis::responseParsesAndReviews()
{
    const Reply reply =
        post(*m_server,
             body({attachment(photo("psoriasis_01.jpg")), attachment(photo("psoriasis_02.jpg"))}));
    QCOMPARE(reply.status, 200);
    const QJsonObject json = reply.json();
    QCOMPARE(json.value("resourceType").toString(), QStringLiteral("DiagnosticReport"));
    QCOMPARE(json.value("status").toString(), QStringLiteral("preliminary"));
    QVERIFY(json.value("sandbox").toObject().value("notAMedicalDevice").toBool());
    QVERIFY(json.value("code").toObject().value("text").toString().contains("SANDBOX"));
    const auto parsed = dv::model::parseDiagnosisReport(reply.body);
    QVERIFY(parsed.ok());
    double sum = 0;
    for (const auto &conclusion : parsed.value().conclusions)
        sum += conclusion.probability;
    QVERIFY(qAbs(sum - 100.0) < 1e-6);
    QVERIFY(parsed.value().conclusions.size() >= 60);
    const auto review = dv::review::Reviewer::review(parsed.value());
    QVERIFY(review.aggregate.shown);
    QCOMPARE(review.differential.top().size(), 5);
    for (const auto &conclusion : parsed.value().images.at(0).conclusions) {
        if (!conclusion.heatMap)
            continue;
        QCOMPARE(conclusion.heatMap->colorModel, QStringLiteral("RGB"));
        QVERIFY(*conclusion.heatMap->width > 0 && *conclusion.heatMap->height > 0);
    }
}

void TestSandboxDiagnosis::reportIsStored()
{
    const Reply reply = post(*m_server, body({attachment(photo("acne.jpg"))}));
    QCOMPARE(reply.status, 200);
    const QString id = reply.json().value("identifier").toObject().value("value").toString();
    const auto stored = m_server->reports().find(id);
    QVERIFY(stored);
    QCOMPARE(stored->photos.size(), 1);
    QCOMPARE(stored->conclusions.first().icd11, reply.json()
                                                    .value("conclusion")
                                                    .toArray()
                                                    .at(0)
                                                    .toObject()
                                                    .value("code")
                                                    .toObject()
                                                    .value("coding")
                                                    .toArray()
                                                    .at(0)
                                                    .toObject()
                                                    .value("code")
                                                    .toString());
}

void TestSandboxDiagnosis::replayServesSavedResponses()
{
    QTemporaryDir dir;
    QVERIFY(QDir(dir.path()).mkpath("diagnosis-support"));
    const QByteArray nevus = photo("nevus.jpg");
    const QString hash =
        QString::fromLatin1(QCryptographicHash::hash(nevus, QCryptographicHash::Sha256).toHex());
    const auto write = [&](const QString &name, const QByteArray &content) {
        QFile file(dir.filePath("diagnosis-support/" + name));
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(content);
    };
    write(hash + ".json", R"({"replayed":"by-hash"})");
    write("a.json", R"({"replayed":"first"})");
    write("b.json", R"({"replayed":"second"})");
    SandboxConfig config;
    config.replayDirectory = dir.path();
    SandboxServer replaying(config);
    QVERIFY(replaying.listen(0));
    const QString saved = m_token;
    m_token = login(replaying);
    QCOMPARE(post(replaying, body({attachment(nevus)})).json().value("replayed").toString(),
             QStringLiteral("by-hash"));
    const QByteArray other = body({attachment(photo("acne.jpg"))});
    QCOMPARE(post(replaying, other).json().value("replayed").toString(), QStringLiteral("first"));
    QCOMPARE(post(replaying, other).json().value("replayed").toString(), QStringLiteral("second"));
    QCOMPARE(post(replaying, other).json().value("replayed").toString(), QStringLiteral("first"));
    QCOMPARE(post(replaying, body({})).status, 422); // requests are still validated
    m_token = saved;
}

QTEST_GUILESS_MAIN(TestSandboxDiagnosis)
#include "tst_sandbox_diagnosis.moc"
