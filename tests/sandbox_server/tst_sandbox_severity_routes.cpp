// The severity endpoints and helper catalogues over real loopback HTTP, read back with the
// app's own parsers and review.
#include "model/ApiResources.h"
#include "model/SeverityReport.h"
#include "review/Review.h"
#include "sandbox/server/SandboxServer.h"

#include <QEventLoop>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QTest>
#include <QTimer>
#include <QUrlQuery>

using namespace dv::sandbox;

namespace {

QString photoBase64(const QString &name)
{
    QFile file(QStringLiteral(DV_SHARED_IMAGES) + QLatin1Char('/') + name);
    if (!file.open(QIODevice::ReadOnly))
        qFatal("missing shared image %s", qPrintable(name));
    return QString::fromLatin1(file.readAll().toBase64());
}

struct Reply
{
    int status = 0;
    QByteArray body;
    QJsonObject json() const { return QJsonDocument::fromJson(body).object(); }
};

// The seed page's manual example, verbatim in content.
const QByteArray seedManual =
    R"({"bodySite": "armLeft", "knownCondition": {"conclusion": {"text": "psoriasis"}},
  "scoringSystem": {"pure4": {"questionnaireResponse": {"item": {"question1": 1, "question2": 0, "question3": 0, "question4": 1}}}}})";

} // namespace

class TestSandboxSeverityRoutes : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void manualSeedExample();
    void manualMissingItemIs422();
    void localApasi();
    void localWithoutPayloadIs422();
    void globalWithOneInvalidSite();
    void bodySites();
    void questionnaires();
    void bearerRequired();

private:
    Reply send(const QByteArray &verb, const QString &path, const QByteArray &body = {},
               bool authorised = true);
    std::unique_ptr<SandboxServer> m_server;
    QNetworkAccessManager m_network;
    QByteArray m_bearer;
};

void TestSandboxSeverityRoutes::initTestCase()
{
    m_server = std::make_unique<SandboxServer>(SandboxConfig());
    QVERIFY(m_server->listen(0));
    QUrlQuery form;
    form.addQueryItem("username", m_server->config().user);
    form.addQueryItem("password", m_server->config().password);
    QNetworkRequest request(m_server->url().resolved(QUrl("/login")));
    request.setHeader(QNetworkRequest::ContentTypeHeader, "application/x-www-form-urlencoded");
    QNetworkReply *reply = m_network.post(request, form.toString(QUrl::FullyEncoded).toUtf8());
    QEventLoop loop;
    connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
    loop.exec();
    m_bearer = "Bearer " + QJsonDocument::fromJson(reply->readAll())
                               .object()
                               .value("access_token")
                               .toString()
                               .toUtf8();
    reply->deleteLater();
}

Reply TestSandboxSeverityRoutes::send(const QByteArray &verb, const QString &path,
                                      const QByteArray &body, bool authorised)
{
    QNetworkRequest request(m_server->url().resolved(QUrl(path)));
    request.setTransferTimeout(120000);
    if (!body.isEmpty())
        request.setHeader(QNetworkRequest::ContentTypeHeader, "application/json");
    if (authorised)
        request.setRawHeader("Authorization", m_bearer);
    QNetworkReply *reply = m_network.sendCustomRequest(request, verb, body);
    QEventLoop loop;
    connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
    QTimer::singleShot(150000, &loop, &QEventLoop::quit);
    loop.exec();
    Reply result{reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(),
                 reply->readAll()};
    reply->deleteLater();
    return result;
}

void TestSandboxSeverityRoutes::manualSeedExample()
{
    const Reply reply = send("POST", "/severity-assessment/manual", seedManual);
    QCOMPARE(reply.status, 200);
    QVERIFY(reply.json().value("sandbox").toObject().value("notAMedicalDevice").toBool());
    const auto parsed = dv::model::parseSeverityReport(reply.body);
    QVERIFY2(parsed.ok(), qPrintable(parsed.ok() ? QString() : parsed.error().toString()));
    QCOMPARE(parsed.value().results.size(), 1);
    QCOMPARE(parsed.value().results.at(0).code, QStringLiteral("pure4"));
    QCOMPARE(*parsed.value().results.at(0).score.value, 2.0);
    const auto review = dv::review::Reviewer::review(parsed.value());
    QVERIFY(review.aggregate.shown); // questionnaire only: nothing to gate
}

void TestSandboxSeverityRoutes::manualMissingItemIs422()
{
    QByteArray body = seedManual;
    body.replace("\"question4\": 1", "\"question5\": 1");
    const Reply reply = send("POST", "/severity-assessment/manual", body);
    QCOMPARE(reply.status, 422);
    const auto errors = dv::model::parseValidationErrors(reply.body);
    QVERIFY(errors.ok());
    QStringList paths;
    for (const auto &error : errors.value())
        paths << error.fieldPath();
    QVERIFY2(paths.contains("scoringSystem.pure4.questionnaireResponse.item.question4"),
             qPrintable(paths.join(", ")));
}

void TestSandboxSeverityRoutes::localApasi()
{
    const QJsonObject body{
        {"payload", QJsonObject{{"contentAttachment",
                                 QJsonObject{{"data", photoBase64("psoriasis_01.jpg")}}}}},
        {"bodySite", "armLeft"},
        {"knownCondition", QJsonObject{{"conclusion", QJsonObject{{"text", "psoriasis"}}}}},
        {"scoringSystem",
         QJsonObject{
             {"apasi", QJsonObject{{"questionnaireResponse",
                                    QJsonObject{{"item", QJsonObject{{"surface", 2}}}}}}}}}};
    const Reply reply =
        send("POST", "/severity-assessment/automatic/local", QJsonDocument(body).toJson());
    QCOMPARE(reply.status, 200);
    const auto parsed = dv::model::parseSeverityReport(reply.body);
    QVERIFY2(parsed.ok(), qPrintable(parsed.ok() ? QString() : parsed.error().toString()));
    QVERIFY(parsed.value().mediaValidity && *parsed.value().mediaValidity->isValid);
    const auto &apasi = parsed.value().results.at(0);
    QCOMPARE(apasi.code, QStringLiteral("apasi"));
    QVERIFY(apasi.score.value);
    QVERIFY(!apasi.media.attachments.isEmpty());
    QCOMPARE(*apasi.media.attachments.first().width, 945); // masks at the source size
    QCOMPARE(*apasi.media.attachments.first().height, 509);
    QVERIFY(dv::review::Reviewer::review(parsed.value()).aggregate.shown);
}

void TestSandboxSeverityRoutes::localWithoutPayloadIs422()
{
    const Reply reply = send(
        "POST", "/severity-assessment/automatic/local",
        R"({"bodySite":"armLeft","scoringSystem":{"apasi":{"questionnaireResponse":{"item":{"surface":2}}}}})");
    QCOMPARE(reply.status, 422);
    QVERIFY(reply.body.contains("payload"));
}

void TestSandboxSeverityRoutes::globalWithOneInvalidSite()
{
    const auto site = [](const QString &image) {
        return QJsonObject{{"payload", QJsonObject{{"contentAttachment",
                                                    QJsonObject{{"data", photoBase64(image)}}}}}};
    };
    const QJsonObject body{
        {"knownCondition", QJsonObject{{"conclusion", QJsonObject{{"text", "vitiligo"}}}}},
        {"scoringSystem",
         QJsonObject{
             {"avasi", QJsonObject{{"item", QJsonObject{{"handLeft", site("vitiligo.jpg")},
                                                        {"handRight", site("non_specific.jpg")},
                                                        {"trunkBack", site("invalid.png")}}}}}}}};
    const Reply reply =
        send("POST", "/severity-assessment/automatic/global", QJsonDocument(body).toJson());
    QCOMPARE(reply.status, 200);
    const auto parsed = dv::model::parseSeverityReport(reply.body);
    QVERIFY2(parsed.ok(), qPrintable(parsed.ok() ? QString() : parsed.error().toString()));
    const auto review = dv::review::Reviewer::review(parsed.value());
    QCOMPARE(review.images.size(), 3);
    QVERIFY(!review.scores.at(0).gate.shown); // one invalid site: the global score is withheld
    QVERIFY(review.scores.at(0).gate.reasons.join(' ').contains("trunkBack"));
    for (const auto &image : review.images)
        QCOMPARE(image.gate.shown, image.bodySite != QLatin1String("trunkBack"));
}

void TestSandboxSeverityRoutes::bodySites()
{
    const Reply reply = send("GET", "/body-sites", {}, false); // public
    QCOMPARE(reply.status, 200);
    const auto sites = dv::model::parseBodySites(reply.body);
    QVERIFY(sites.ok());
    QVERIFY(sites.value().size() >= 34);
    QStringList codes;
    for (const auto &site : sites.value())
        codes << site.code;
    QVERIFY(codes.contains("armLeft") && codes.contains("faceFront"));
}

void TestSandboxSeverityRoutes::questionnaires()
{
    const Reply all = send("GET", "/questionnaires", {}, false);
    QCOMPARE(all.status, 200);
    const auto parsedAll = dv::model::parseQuestionnaires(all.body);
    QVERIFY(parsedAll.ok());
    QVERIFY(parsedAll.value().size() >= 22);
    const Reply dlqi = send("GET", "/questionnaires?code=dlqi", {}, false);
    const auto parsed = dv::model::parseQuestionnaires(dlqi.body);
    QVERIFY(parsed.ok());
    QCOMPARE(parsed.value().size(), 1);
    QCOMPARE(parsed.value().at(0).items.size(), 10);
    QCOMPARE(*parsed.value().at(0).items.at(0).max, 3.0);
    const Reply psoriasis = send("GET", "/questionnaires?pathology=EA90", {}, false);
    const auto byPathology = dv::model::parseQuestionnaires(psoriasis.body);
    QVERIFY(byPathology.ok());
    QStringList codes;
    for (const auto &q : byPathology.value())
        codes << q.code;
    QVERIFY2(codes.contains("pasi") && !codes.contains("dlqi"), qPrintable(codes.join(',')));
}

void TestSandboxSeverityRoutes::bearerRequired()
{
    QCOMPARE(send("POST", "/severity-assessment/manual", seedManual, false).status, 401);
}

QTEST_GUILESS_MAIN(TestSandboxSeverityRoutes)
#include "tst_sandbox_severity_routes.moc"
