#include "Fixtures.h"
#include "model/ApiResources.h"
#include "model/DiagnosisReport.h"
#include "model/SavedResponse.h"
#include "model/SeverityReport.h"
#include "model/StoredReport.h"

#include <QImage>
#include <QJsonArray>
#include <QJsonObject>
#include <QTest>

using namespace dv::model;
using dv::test::fixtureBytes;
using dv::test::fixtureJson;
using dv::test::setAt;
using dv::test::toBytes;

class TestParsers : public QObject
{
    Q_OBJECT

private slots:
    void detectsEveryFixture_data();
    void detectsEveryFixture();
    void diagnosisSeedValues();
    void heatMapDecodesToDeclaredSize();
    void wrongTypeNamesThePath_data();
    void wrongTypeNamesThePath();
    void toleratesNullsAndUnknownFields_data();
    void toleratesNullsAndUnknownFields();
    void truncatedJsonIsAnError();
    void garbageIsAnError_data();
    void garbageIsAnError();
    void loginExpiry_data();
    void loginExpiry();
    void standardReport();
    void fhirReport();
    void reportEnvelopeFailure();
    void severityLocal();
    void severityManualSeedShape();
    void severityGlobalSites();
    void helperEndpoints();
    void validationErrors();
    void oversizedInputRefused();
};

void TestParsers::detectsEveryFixture_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<QString>("kind");
    QTest::newRow("diagnosis") << "seed/diagnosis-support.json"
                               << "diagnosis-support";
    QTest::newRow("standard") << "seed/report-standard.json"
                              << "report-standard";
    QTest::newRow("fhir") << "seed/report-fhir.json"
                          << "report-fhir";
    QTest::newRow("login") << "seed/login.json"
                           << "login";
    QTest::newRow("severity local") << "api-notes/severity-local.json"
                                    << "severity-assessment";
    QTest::newRow("severity manual") << "api-notes/severity-manual.json"
                                     << "severity-assessment";
    QTest::newRow("severity global") << "api-notes/severity-global-one-invalid.json"
                                     << "severity-assessment";
    QTest::newRow("body sites") << "api-notes/body-sites.json"
                                << "body-sites";
    QTest::newRow("questionnaires") << "api-notes/questionnaires.json"
                                    << "questionnaires";
    QTest::newRow("device") << "api-notes/device-information.json"
                            << "device-information";
    QTest::newRow("422 missing") << "api-notes/validation-missing-item.json"
                                 << "validation-error";
    QTest::newRow("422 base64") << "api-notes/validation-base64.json"
                                << "validation-error";
}

void TestParsers::detectsEveryFixture()
{
    QFETCH(QString, file);
    QFETCH(QString, kind);
    const auto parsed = readSavedResponse(fixtureBytes(file));
    QVERIFY2(parsed.ok(), qPrintable(parsed.ok() ? QString() : parsed.error().toString()));
    QCOMPARE(responseKindName(parsed.value().kind), kind);
}

void TestParsers::diagnosisSeedValues()
{
    const auto parsed =
        parseDiagnosisReport(fixtureBytes(QStringLiteral("seed/diagnosis-support.json")));
    QVERIFY(parsed.ok());
    const DiagnosisReport &report = parsed.value();
    QCOMPARE(report.envelope.identifier, QStringLiteral("f426f15d-fcea-4bd0-942e-7528bf163c5d"));
    QCOMPARE(report.envelope.status, QStringLiteral("preliminary"));
    QCOMPARE(report.envelope.issued, QStringLiteral("2026-02-13T14:58:27.466367"));
    QCOMPARE(*report.envelope.analysisDuration, 1.11359);
    QCOMPARE(*report.performance.sensitivity, 66.97074175);
    QCOMPARE(*report.performance.entropy, 8.4339413);
    QCOMPARE(*report.clinical.urgentReferral, 0.67645404);
    QVERIFY(!report.clinical.adjustedMalignancy);
    QCOMPARE(report.conclusions.size(), 2);
    QCOMPARE(report.conclusions.at(0).primaryCoding()->code, QStringLiteral("EA89"));
    QCOMPARE(report.conclusions.at(0).primaryCoding()->version, QStringLiteral("2025-01"));
    QCOMPARE(report.conclusions.at(0).text, QStringLiteral("Eczematous dermatitis"));
    QCOMPARE(report.conclusions.at(0).probability, 94.89877797);
    QCOMPARE(report.conclusions.at(1).primaryCoding()->code, QStringLiteral("1F28"));

    QCOMPARE(report.images.size(), 1);
    const MediaValidity &validity = *report.images.at(0).mediaValidity;
    QCOMPARE(*validity.isValid, true);
    QCOMPARE(*validity.qualityScore, 93.0);
    QCOMPARE(validity.qualityInterpretation, QStringLiteral("Excellent"));
    QCOMPARE(*validity.qualityAcceptable, true);
    QCOMPARE(*validity.isDermatological, true);
    QCOMPARE(*validity.dermatologicalConfidence, 99.99999296);
    QCOMPARE(validity.modality, QStringLiteral("Clinical"));
    QCOMPARE(*validity.clinicalConfidence, 99.99998808);
    QCOMPARE(*validity.dermoscopicConfidence, 0.0);
}

void TestParsers::heatMapDecodesToDeclaredSize()
{
    const auto parsed =
        parseDiagnosisReport(fixtureBytes(QStringLiteral("seed/diagnosis-support.json")));
    QVERIFY(parsed.ok());
    const Attachment &heatMap = *parsed.value().images.at(0).conclusions.at(0).heatMap;
    QCOMPARE(*heatMap.width, 284);
    QCOMPARE(*heatMap.height, 238);
    QCOMPARE(heatMap.colorModel, QStringLiteral("RGB"));
    QCOMPARE(heatMap.contentType, QStringLiteral("image/jpeg"));
    const auto decoded = QByteArray::fromBase64Encoding(heatMap.base64Data.toLatin1(),
                                                        QByteArray::AbortOnBase64DecodingErrors);
    QVERIFY(decoded);
    const QImage image = QImage::fromData(*decoded);
    QCOMPARE(image.size(), QSize(284, 238));
}

void TestParsers::wrongTypeNamesThePath_data()
{
    QTest::addColumn<QString>("path");
    QTest::addColumn<QJsonValue>("value");
    QTest::addColumn<QString>("error");
    QTest::newRow("isValid string")
        << "imagingAnalysis[0].mediaValidity.isValid" << QJsonValue(QStringLiteral("true"))
        << "imagingAnalysis[0].mediaValidity.isValid: expected boolean, got string";
    QTest::newRow("isValid number") << "imagingAnalysis[0].mediaValidity.isValid" << QJsonValue(1)
                                    << "imagingAnalysis[0].mediaValidity.isValid: expected "
                                       "boolean, got number";
    QTest::newRow("probability string")
        << "conclusion[0].probability" << QJsonValue(QStringLiteral("94.9"))
        << "conclusion[0].probability: expected number, got string";
    QTest::newRow("probability null") << "conclusion[1].probability" << QJsonValue()
                                      << "conclusion[1].probability: expected number, got null";
    QTest::newRow("probability above 100")
        << "conclusion[0].probability" << QJsonValue(150)
        << "conclusion[0].probability: expected a percentage between 0 and 100, got 150";
    QTest::newRow("negative indicator")
        << "clinicalIndicator.malignancy" << QJsonValue(-0.5)
        << "clinicalIndicator.malignancy: expected a percentage between 0 and 100, got -0.5";
    QTest::newRow("indicator boolean") << "clinicalIndicator.malignancy" << QJsonValue(true)
                                       << "clinicalIndicator.malignancy: expected number, got "
                                          "boolean";
    QTest::newRow("conclusion object")
        << "conclusion" << QJsonValue(QJsonObject()) << "conclusion: expected array, got object";
    QTest::newRow("identifier string") << "identifier" << QJsonValue(QStringLiteral("abc"))
                                       << "identifier: expected object, got string";
    QTest::newRow("image not object") << "imagingAnalysis[0]" << QJsonValue(7)
                                      << "imagingAnalysis[0]: expected object, got number";
    QTest::newRow("heat map width fraction")
        << "imagingAnalysis[0].conclusion[0].explainability.heatMap.width" << QJsonValue(2.5)
        << "imagingAnalysis[0].conclusion[0].explainability.heatMap.width: expected an "
           "integer, got 2.5";
    QTest::newRow("quality score string")
        << "imagingAnalysis[0].mediaValidity.quality.score" << QJsonValue(QStringLiteral("93"))
        << "imagingAnalysis[0].mediaValidity.quality.score: expected number, got string";
    QTest::newRow("coding not array")
        << "conclusion[0].code.coding" << QJsonValue(QStringLiteral("EA89"))
        << "conclusion[0].code.coding: expected array, got string";
    QTest::newRow("modality number")
        << "imagingAnalysis[0].mediaValidity.modality.value" << QJsonValue(2)
        << "imagingAnalysis[0].mediaValidity.modality.value: "
           "expected string, got number";
}

void TestParsers::wrongTypeNamesThePath()
{
    QFETCH(QString, path);
    QFETCH(QJsonValue, value);
    QFETCH(QString, error);
    QJsonValue document = fixtureJson(QStringLiteral("seed/diagnosis-support.json"));
    setAt(document, path, value);
    const auto parsed = parseDiagnosisReport(toBytes(document));
    QVERIFY(!parsed.ok());
    QCOMPARE(parsed.error().toString(), error);
}

void TestParsers::toleratesNullsAndUnknownFields_data()
{
    QTest::addColumn<QString>("path");
    QTest::addColumn<QJsonValue>("value");
    QTest::newRow("unknown top-level field") << "futureField" << QJsonValue(QJsonObject{{"a", 1}});
    QTest::newRow("unknown nested field")
        << "imagingAnalysis[0].mediaValidity.newBlock" << QJsonValue(QJsonArray{1, 2});
    QTest::newRow("static category dropped") << "category" << QJsonValue(QJsonValue::Undefined);
    QTest::newRow("category of another shape") << "category" << QJsonValue(42);
    QTest::newRow("entropy null") << "performanceIndicator.entropy" << QJsonValue();
    QTest::newRow("adjusted malignancy null")
        << "clinicalIndicator.adjustedMalignancy" << QJsonValue();
    QTest::newRow("isValid null") << "imagingAnalysis[0].mediaValidity.isValid" << QJsonValue();
    QTest::newRow("isValid missing")
        << "imagingAnalysis[0].mediaValidity.isValid" << QJsonValue(QJsonValue::Undefined);
    QTest::newRow("mediaValidity missing")
        << "imagingAnalysis[0].mediaValidity" << QJsonValue(QJsonValue::Undefined);
    QTest::newRow("heat map missing")
        << "imagingAnalysis[0].conclusion[0].explainability" << QJsonValue(QJsonValue::Undefined);
    QTest::newRow("imagingAnalysis null") << "imagingAnalysis" << QJsonValue();
}

void TestParsers::toleratesNullsAndUnknownFields()
{
    QFETCH(QString, path);
    QFETCH(QJsonValue, value);
    QJsonValue document = fixtureJson(QStringLiteral("seed/diagnosis-support.json"));
    setAt(document, path, value);
    const auto parsed = parseDiagnosisReport(toBytes(document));
    QVERIFY2(parsed.ok(), qPrintable(parsed.ok() ? QString() : parsed.error().toString()));
}

void TestParsers::truncatedJsonIsAnError()
{
    const QByteArray full = fixtureBytes(QStringLiteral("seed/diagnosis-support.json"));
    for (qsizetype length = 0; length < full.size() - 2; length += 61) {
        const auto parsed = readSavedResponse(full.left(length));
        QVERIFY2(!parsed.ok(), qPrintable(QString::number(length)));
        QVERIFY(!parsed.error().message.isEmpty());
    }
}

void TestParsers::garbageIsAnError_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::newRow("empty") << QByteArray();
    QTest::newRow("binary") << QByteArray("\x00\xff\xfe\x89PNG\r\n\x1a\n", 12);
    QTest::newRow("null") << QByteArray("null");
    QTest::newRow("number") << QByteArray("42");
    QTest::newRow("empty object") << QByteArray("{}");
    QTest::newRow("empty array") << QByteArray("[]");
    QTest::newRow("deep nesting") << QByteArray(100000, '[');
    QTest::newRow("string") << QByteArray("\"DiagnosticReport\"");
}

void TestParsers::garbageIsAnError()
{
    QFETCH(QByteArray, bytes);
    const auto parsed = readSavedResponse(bytes);
    QVERIFY(!parsed.ok());
    QVERIFY(!parsed.error().toString().isEmpty());
    // Each specific parser refuses it too, with an error rather than an empty value.
    QVERIFY(!parseLoginResponse(bytes).ok());
    QVERIFY(!parseSeverityReport(bytes).ok());
    QVERIFY(!parseStoredReport(bytes, StoredReportFormat::Fhir).ok());
}

void TestParsers::loginExpiry_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<bool>("ok");
    QTest::addColumn<double>("minutes");
    QTest::newRow("documented string")
        << QByteArray(
               R"({"access_token":"t","token_type":"Access token","expires_in_minutes":"60"})")
        << true << 60.0;
    QTest::newRow("number")
        << QByteArray(R"({"access_token":"t","token_type":"Bearer token","expires_in_minutes":30})")
        << true << 30.0;
    QTest::newRow("not numeric") << QByteArray(
                                        R"({"access_token":"t","expires_in_minutes":"soon"})")
                                 << false << 0.0;
    QTest::newRow("zero") << QByteArray(R"({"access_token":"t","expires_in_minutes":0})") << false
                          << 0.0;
    QTest::newRow("missing expiry") << QByteArray(R"({"access_token":"t"})") << false << 0.0;
    QTest::newRow("empty token") << QByteArray(R"({"access_token":"","expires_in_minutes":5})")
                                 << false << 0.0;
    QTest::newRow("token number") << QByteArray(R"({"access_token":5,"expires_in_minutes":5})")
                                  << false << 0.0;
}

void TestParsers::loginExpiry()
{
    QFETCH(QByteArray, body);
    QFETCH(bool, ok);
    QFETCH(double, minutes);
    const auto parsed = parseLoginResponse(body);
    QCOMPARE(parsed.ok(), ok);
    if (ok) {
        QCOMPARE(parsed.value().expiresInMinutes, minutes);
        QCOMPARE(parsed.value().accessToken, QStringLiteral("t"));
    }
}

void TestParsers::standardReport()
{
    const auto parsed = parseStoredReport(fixtureBytes(QStringLiteral("seed/report-standard.json")),
                                          StoredReportFormat::Standard);
    QVERIFY(parsed.ok());
    const StoredReport &report = parsed.value();
    QCOMPARE(report.id, QStringLiteral("0189bafa-0610-7349-a0ab-eb53695b27fd"));
    QCOMPARE(report.issued, QStringLiteral("2023-08-03T12:38:10+02:00"));
    QCOMPARE(report.pathologyName, QStringLiteral("Acne"));
    QCOMPARE(report.pathologyCode, QStringLiteral("ED80"));
    QCOMPARE(report.bodySiteCode, QStringLiteral("headFront"));
    QCOMPARE(report.anamnesis.size(), 5);
    QVERIFY(!report.performance.entropy);
    QCOMPARE(*report.performance.sensitivity, 83.31);
    QCOMPARE(*report.clinical.urgentReferral, 100.0);
    QCOMPARE(*report.analysisDuration, 0.88);
    QCOMPARE(report.observations.size(), 1);
    QCOMPARE(*report.observations.at(0).qualityScore, 86.0);
    QCOMPARE(report.conclusions.size(), 2);
    QCOMPARE(report.conclusions.at(1).primaryCoding()->code, QStringLiteral("1E90"));
    QCOMPARE(report.scoringSystems.size(), 1);
    const StoredScoringSystem &scoring = report.scoringSystems.at(0);
    QCOMPARE(scoring.code, QStringLiteral("alegi"));
    QCOMPARE(*scoring.value, 8.0);
    QCOMPARE(*scoring.severityValue, 1.0);
    QCOMPARE(scoring.bands.size(), 4);
    QCOMPARE(scoring.bands.at(3).text, QStringLiteral("Severe"));
    QCOMPARE(*scoring.bands.at(3).max, 21.6);
    QCOMPARE(scoring.bands.at(3).coding.at(0).code, QStringLiteral("3"));
    QCOMPARE(scoring.facets.size(), 2);
    QCOMPARE(*scoring.facets.at(1).raw, 5.0);
    QVERIFY(scoring.explainabilityUrl.endsWith(QLatin1String("aaa.png")));
}

void TestParsers::fhirReport()
{
    const auto parsed = parseStoredReport(fixtureBytes(QStringLiteral("seed/report-fhir.json")),
                                          StoredReportFormat::Fhir);
    QVERIFY(parsed.ok());
    const StoredReport &report = parsed.value();
    QVERIFY(report.id.startsWith(QLatin1String("cUVHY3lU")));
    QCOMPARE(report.issued, QStringLiteral("2025-01-29T12:46:57+01:00"));
    QCOMPARE(report.visitIdentifier, QStringLiteral("XYZ"));
    QCOMPARE(report.bodySiteCode, QStringLiteral("trunkFront"));
    QCOMPARE(report.bodySiteName, QStringLiteral("Chest and belly"));
    QCOMPARE(report.anamnesis.size(), 1);
    QCOMPARE(report.anamnesis.at(0).second, QStringLiteral("answer"));
    QCOMPARE(*report.performance.specificity, 96.58);
    QVERIFY(!report.performance.entropy); // reserved null
    QCOMPARE(*report.clinical.hasCondition, 100.0);
    QVERIFY(!report.clinical.pigmentedLesion);
    QCOMPARE(*report.analysisDuration, 0.916);
    QCOMPARE(report.observations.size(), 2);
    QCOMPARE(*report.observations.at(1).qualityScore, 92.0);
    QCOMPARE(report.conclusions.size(), 2);
    QCOMPARE(report.conclusions.at(0).primaryCoding()->code, QStringLiteral("EA90"));
    QCOMPARE(report.conclusions.at(1).primaryCoding()->code, QStringLiteral("EA90.42, EA90.5Y"));
    QCOMPARE(report.conclusions.at(1).text, QStringLiteral("Palmoplantar psoriasis"));
    QCOMPARE(report.scoringSystems.size(), 1);
    const StoredScoringSystem &scoring = report.scoringSystems.at(0);
    QCOMPARE(scoring.code, QStringLiteral("apasiLocal"));
    QCOMPARE(*scoring.value, 6.3);
    QCOMPARE(scoring.interpretation, QStringLiteral("Severe"));
    QCOMPARE(scoring.bands.size(), 4);
    QCOMPARE(scoring.answers.size(), 4);
    QCOMPARE(scoring.answers.at(1).code, QStringLiteral("Erythema"));
    QCOMPARE(scoring.answers.at(1).answerCode, QStringLiteral("3"));
    QCOMPARE(scoring.answers.at(1).answerDisplay, QStringLiteral("Severe (3)"));
}

void TestParsers::reportEnvelopeFailure()
{
    const QByteArray body =
        R"({"success":false,"message":"Diagnostic report not found","errorCode":"NOT_FOUND","data":null})";
    const auto parsed = parseStoredReport(body, StoredReportFormat::Standard);
    QVERIFY(!parsed.ok());
    QVERIFY(parsed.error().message.contains(QLatin1String("Diagnostic report not found")));
    QVERIFY(parsed.error().message.contains(QLatin1String("NOT_FOUND")));
}

void TestParsers::severityLocal()
{
    const auto parsed =
        parseSeverityReport(fixtureBytes(QStringLiteral("api-notes/severity-local.json")));
    QVERIFY(parsed.ok());
    const SeverityReport &report = parsed.value();
    QVERIFY(report.mediaValidity && *report.mediaValidity->isValid);
    QCOMPARE(report.results.size(), 1); // every other code is null
    const ScoringResult &apasi = report.results.at(0);
    QCOMPARE(apasi.code, QStringLiteral("apasi"));
    QCOMPARE(*apasi.score.value, 6.3);
    QCOMPARE(apasi.score.category, QStringLiteral("Severe"));
    QCOMPARE(*apasi.score.intensity, 3);
    QCOMPARE(*apasi.score.globalContribution, 1.89);
    QCOMPARE(apasi.items.size(), 4);
    const auto item = [&](const char *key) {
        for (const SeverityItem &i : apasi.items) {
            if (i.key == QLatin1String(key))
                return i;
        }
        return SeverityItem();
    };
    QCOMPARE(item("erythema").additionalData.at(0).first, QStringLiteral("aiConfidence"));
    QCOMPARE(item("erythema").additionalData.at(0).second, 91.5);
    QCOMPARE(item("induration").additionalData.at(0).second, 88.1); // bare number accepted
    QCOMPARE(item("surface").additionalData.at(0).first, QStringLiteral("surfaceAreaOverBsa"));
    QCOMPARE(apasi.media.attachments.size(), 2);
    QCOMPARE(*apasi.media.attachments.at(0).width, 945);
    QCOMPARE(*apasi.media.attachments.at(0).height, 509);
    QCOMPARE(apasi.media.detections.size(), 1);
    QCOMPARE(apasi.media.detections.at(0).code, QStringLiteral("nodule"));
    QCOMPARE(apasi.media.detections.at(0).x2, 110.0);
}

void TestParsers::severityManualSeedShape()
{
    const auto parsed =
        parseSeverityReport(fixtureBytes(QStringLiteral("api-notes/severity-manual.json")));
    QVERIFY(parsed.ok());
    const ScoringResult &pure4 = parsed.value().results.at(0);
    QCOMPARE(pure4.code, QStringLiteral("pure4"));
    QCOMPARE(*pure4.score.severityValue, 2.0);
    QCOMPARE(pure4.score.bands.size(), 2);
    QCOMPARE(pure4.score.bands.at(1).text, QStringLiteral("Refer to rheumatology"));
    QCOMPARE(pure4.items.size(), 4);
    QCOMPARE(*pure4.items.at(0).value, 1.0);
    QVERIFY(!parsed.value().mediaValidity);
}

void TestParsers::severityGlobalSites()
{
    const auto parsed = parseSeverityReport(
        fixtureBytes(QStringLiteral("api-notes/severity-global-one-invalid.json")));
    QVERIFY(parsed.ok());
    const ScoringResult &avasi = parsed.value().results.at(0);
    QCOMPARE(avasi.items.size(), 3);
    int invalid = 0;
    for (const SeverityItem &site : avasi.items) {
        QVERIFY(site.isBodySite());
        invalid += *site.mediaValidity->isValid ? 0 : 1;
    }
    QCOMPARE(invalid, 1);

    QJsonValue document = fixtureJson(QStringLiteral("api-notes/severity-global-one-invalid.json"));
    setAt(document, QStringLiteral("patientEvolution.avasi.item.trunkBack.mediaValidity.isValid"),
          QStringLiteral("no"));
    const auto wrong = parseSeverityReport(toBytes(document));
    QVERIFY(!wrong.ok());
    QCOMPARE(wrong.error().path,
             QStringLiteral("patientEvolution.avasi.item.trunkBack.mediaValidity.isValid"));
}

void TestParsers::helperEndpoints()
{
    const auto sites = parseBodySites(fixtureBytes(QStringLiteral("api-notes/body-sites.json")));
    QVERIFY(sites.ok());
    QCOMPARE(sites.value().size(), 2);
    QCOMPARE(localized(sites.value().at(0).name, QStringLiteral("de_DE")),
             QStringLiteral("Linker Arm"));
    QCOMPARE(localized(sites.value().at(0).name, QStringLiteral("fr")),
             QStringLiteral("Bras gauche"));
    QCOMPARE(localized(sites.value().at(0).name, QStringLiteral("ja_JP")),
             QStringLiteral("Left arm"));

    const auto questionnaires =
        parseQuestionnaires(fixtureBytes(QStringLiteral("api-notes/questionnaires.json")));
    QVERIFY(questionnaires.ok());
    const Questionnaire &pure4 = questionnaires.value().at(0);
    QCOMPARE(pure4.code, QStringLiteral("pure4"));
    QCOMPARE(pure4.mode, QStringLiteral("local"));
    QCOMPARE(pure4.items.size(), 4);
    QCOMPARE(*pure4.items.at(3).max, 1.0);

    const auto device =
        parseDeviceInformation(fixtureBytes(QStringLiteral("api-notes/device-information.json")));
    QVERIFY(device.ok());
    QCOMPARE(device.value().name, QStringLiteral("Legit.Health Plus"));
    QCOMPARE(device.value().version, QStringLiteral("1.1.0.0"));
    QCOMPARE(device.value().manufacturerName, QStringLiteral("AI LABS GROUP S.L."));
}

void TestParsers::validationErrors()
{
    const auto missing = parseValidationErrors(
        fixtureBytes(QStringLiteral("api-notes/validation-missing-item.json")));
    QVERIFY(missing.ok());
    QCOMPARE(missing.value().at(0).fieldPath(),
             QStringLiteral("scoringSystem.dlqi.questionnaireResponse.item.question1"));
    QCOMPARE(missing.value().at(0).type, QStringLiteral("missing"));
    const auto base64 =
        parseValidationErrors(fixtureBytes(QStringLiteral("api-notes/validation-base64.json")));
    QVERIFY(base64.ok());
    QCOMPARE(base64.value().at(0).fieldPath(), QStringLiteral("payload[0].contentAttachment.data"));
    QCOMPARE(base64.value().at(0).message,
             QStringLiteral("Value error, Only base64 data is allowed"));
    const auto plain = parseValidationErrors(QByteArray(R"({"detail":"Not authenticated"})"));
    QVERIFY(plain.ok());
    QCOMPARE(plain.value().at(0).message, QStringLiteral("Not authenticated"));
    QVERIFY(!parseValidationErrors(QByteArray(R"({"detail":[{"loc":[true]}]})")).ok());
}

void TestParsers::oversizedInputRefused()
{
    const QByteArray huge(static_cast<qsizetype>(maxSavedResponseBytes + 1), ' ');
    const auto parsed = readSavedResponse(huge);
    QVERIFY(!parsed.ok());
    QVERIFY(parsed.error().message.contains(QLatin1String("larger than")));
}

QTEST_GUILESS_MAIN(TestParsers)
#include "tst_parsers.moc"
