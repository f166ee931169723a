// The severity request bodies the window builds (seed page "Severity Assessment", API-NOTES)
// and where a pydantic 422 entry points in them.
#include "api/SeverityRequest.h"

#include <QJsonDocument>
#include <QTest>

using namespace dv::api;

class TestSeverityRequest : public QObject
{
    Q_OBJECT

private slots:
    void manualBodyAsTheSeedPage();
    void globalBodyHasNoSiteOrQuestionnaire();
    void emptyTextsAreLeftOut();
    void kindOfPath();
    void fieldErrorTargets_data();
    void fieldErrorTargets();
};

void TestSeverityRequest::manualBodyAsTheSeedPage()
{
    SeverityRequest request;
    request.scoringCode = "pure4";
    request.bodySite = "armLeft";
    request.conditionText = "psoriasis";
    request.answers = {{"question1", 1}, {"question2", 0}, {"question3", 0}, {"question4", 1}};
    // The seed page's manual example, key for key; integers stay integers.
    const QByteArray expected = R"({"bodySite":"armLeft","knownCondition":{"conclusion":{"text":
        "psoriasis"}},"scoringSystem":{"pure4":{"questionnaireResponse":{"item":{"question1":1,
        "question2":0,"question3":0,"question4":1}}}}})";
    QCOMPARE(QJsonDocument(request.toJson(SeverityKind::Manual)).toJson(QJsonDocument::Compact),
             QJsonDocument::fromJson(expected).toJson(QJsonDocument::Compact));
    // Local: the same body; the client splices `payload` in.
    QCOMPARE(request.toJson(SeverityKind::Local), request.toJson(SeverityKind::Manual));
}

void TestSeverityRequest::globalBodyHasNoSiteOrQuestionnaire()
{
    SeverityRequest request;
    request.scoringCode = "avasi";
    request.bodySite = "armLeft"; // ignored: a global request has one site per photo
    request.conditionText = "vitiligo";
    const QByteArray expected =
        R"({"knownCondition":{"conclusion":{"text":"vitiligo"}},"scoringSystem":{"avasi":{}}})";
    QCOMPARE(QJsonDocument(request.toJson(SeverityKind::Global)).toJson(QJsonDocument::Compact),
             QJsonDocument::fromJson(expected).toJson(QJsonDocument::Compact));
}

void TestSeverityRequest::emptyTextsAreLeftOut()
{
    SeverityRequest request;
    request.scoringCode = "dlqi";
    request.conditionText = "   ";
    const QJsonObject body = request.toJson(SeverityKind::Manual);
    QVERIFY(!body.contains("bodySite"));
    QVERIFY(body["knownCondition"].toObject()["conclusion"].toObject().isEmpty());
    QVERIFY(body["scoringSystem"]["dlqi"]["questionnaireResponse"]["item"].toObject().isEmpty());
}

void TestSeverityRequest::kindOfPath()
{
    QCOMPARE(severityKindOfPath("/severity-assessment/manual"), SeverityKind::Manual);
    QCOMPARE(severityKindOfPath("/v2/severity-assessment/automatic/local/"), SeverityKind::Local);
    QCOMPARE(severityKindOfPath("/severity-assessment/automatic/global"), SeverityKind::Global);
    QVERIFY(!severityKindOfPath("/diagnosis-support").has_value());
    QVERIFY(!severityKindOfPath("").has_value());
}

void TestSeverityRequest::fieldErrorTargets_data()
{
    QTest::addColumn<QStringList>("location");
    QTest::addColumn<int>("field");
    QTest::addColumn<QString>("key");
    using F = SeverityFieldTarget::Field;
    QTest::newRow("API-NOTES example")
        << QStringList{"body", "scoringSystem", "dlqi", "questionnaireResponse",
                       "item", "question1"}
        << int(F::Item) << "question1";
    QTest::newRow("body site") << QStringList{"body", "bodySite"} << int(F::BodySite) << "";
    QTest::newRow("condition text")
        << QStringList{"body", "knownCondition", "conclusion", "text"} << int(F::Condition) << "";
    QTest::newRow("base64") << QStringList{"body", "payload", "0", "contentAttachment", "data"}
                            << int(F::Photo) << "";
    QTest::newRow("global site") << QStringList{"body", "scoringSystem", "dlqi",
                                                "item", "handLeft",      "payload"}
                                 << int(F::Site) << "handLeft";
    QTest::newRow("another system")
        << QStringList{"body", "scoringSystem", "pasi", "item", "x"} << int(F::Other) << "";
    QTest::newRow("the questionnaire itself")
        << QStringList{"body", "scoringSystem", "dlqi", "questionnaireResponse"} << int(F::Other)
        << "";
    QTest::newRow("no location") << QStringList{} << int(F::Other) << "";
}

void TestSeverityRequest::fieldErrorTargets()
{
    QFETCH(QStringList, location);
    QFETCH(int, field);
    QFETCH(QString, key);
    dv::model::FieldError error;
    error.type = "missing";
    error.location = location;
    const SeverityFieldTarget target = locateSeverityFieldError(error, "dlqi");
    QCOMPARE(int(target.field), field);
    QCOMPARE(target.key, key);
}

QTEST_MAIN(TestSeverityRequest)
#include "tst_severity_request.moc"
