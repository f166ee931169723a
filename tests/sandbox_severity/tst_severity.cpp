#include "model/ApiResources.h"
#include "model/SeverityReport.h"
#include "sandbox/severity/Assessment.h"
#include "sandbox/severity/BodySites.h"
#include "sandbox/severity/ImageSigns.h"
#include "sandbox/severity/Instruments.h"
#include "sandbox/severity/Scoring.h"
#include "sandbox/severity/Validation.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>
#include <QTest>
#include <algorithm>
#include <opencv2/imgcodecs.hpp>
#include <thread>

namespace sev = dv::sandbox::severity;
namespace model = dv::model;

namespace {

/// Bytes of a shared clinical photo, read in place. A missing file fails the test (no skip):
/// CI has ../shared beside the checkout.
QByteArray imageBytes(const QString &name)
{
    QFile file(QStringLiteral(DV_SHARED_IMAGES) + QLatin1Char('/') + name);
    if (!file.open(QIODevice::ReadOnly))
        return QByteArray();
    return file.readAll();
}

QJsonObject json(const QByteArray &text)
{
    return QJsonDocument::fromJson(text).object();
}

/// Every asked item of `code` at its minimum, then `overrides`.
QJsonObject answers(const QString &code, const QJsonObject &overrides = {})
{
    QJsonObject items;
    const sev::Instrument *instrument = sev::findInstrument(code);
    if (instrument) {
        for (const sev::ItemSpec &spec : instrument->askedItems())
            items.insert(spec.code, static_cast<qint64>(spec.min));
    }
    for (auto it = overrides.constBegin(); it != overrides.constEnd(); ++it)
        items.insert(it.key(), it.value());
    return items;
}

QJsonObject requestBody(const QString &code, const QJsonObject &items,
                        const QString &bodySite = "armLeft", bool withPayload = false)
{
    QJsonObject body{
        {"bodySite", bodySite},
        {"knownCondition", QJsonObject{{"conclusion", QJsonObject{{"text", "psoriasis"}}}}},
        {"scoringSystem",
         QJsonObject{{code, QJsonObject{{"questionnaireResponse", QJsonObject{{"item", items}}}}}}},
    };
    if (withPayload)
        body.insert("payload", QJsonObject{{"contentAttachment", QJsonObject{{"data", "AAAA"}}}});
    return body;
}

QJsonObject globalBody(const QString &code, const QStringList &sites)
{
    QJsonObject items;
    for (const QString &site : sites)
        items.insert(site, QJsonObject{{"payload", QJsonObject{{"contentAttachment",
                                                                QJsonObject{{"data", "AAAA"}}}}}});
    return {
        {"knownCondition", QJsonObject{{"conclusion", QJsonObject{{"text", "vitiligo"}}}}},
        {"scoringSystem", QJsonObject{{code, QJsonObject{{"item", items}}}}},
    };
}

QJsonObject validMediaValidity(bool valid)
{
    return json(
        QByteArray(R"({"quality": {"acceptable": )") + (valid ? "true" : "false") +
        R"(, "score": )" + (valid ? "88" : "12") + R"(, "interpretation": ")" +
        (valid ? "Excellent" : "Bad") + R"("}, "domain": {"isDermatological": )" +
        (valid ? "true" : "false") +
        R"(, "additionalData": {"aiConfidence": {"value": 97.5}}}, "modality": {"value": "Clinical", "additionalData": {"aiConfidenceClinical": {"value": 98.0}, "aiConfidenceDermoscopic": {"value": 2.0}}}, "isValid": )" +
        (valid ? "true" : "false") + "}");
}

/// The DiagnosticReport envelope the HTTP layer wraps around `patientEvolution`.
QJsonObject envelope(const QJsonObject &evolution, bool withMediaValidity)
{
    QJsonObject report{
        {"resourceType", "DiagnosticReport"},
        {"identifier",
         QJsonObject{{"use", "official"}, {"value", "00000000-0000-4000-8000-000000000001"}}},
        {"status", "preliminary"},
        {"issued", "2026-03-02T10:11:12.123456"},
        {"analysisDuration", 0.5},
        {"patientEvolution", evolution},
    };
    if (withMediaValidity)
        report.insert("mediaValidity", validMediaValidity(true));
    return report;
}

QJsonObject evolutionOf(const sev::Assessment &assessment)
{
    if (const auto *evolution = std::get_if<QJsonObject>(&assessment))
        return *evolution;
    const auto &errors = std::get<QVector<sev::FieldError>>(assessment);
    qWarning().noquote() << "unexpected 422:"
                         << QJsonDocument(sev::validationErrorBody(errors)).toJson();
    return QJsonObject();
}

QVector<sev::FieldError> errorsOf(const sev::Assessment &assessment)
{
    if (const auto *errors = std::get_if<QVector<sev::FieldError>>(&assessment))
        return *errors;
    return {};
}

QSize jpegSize(const QJsonObject &attachment)
{
    const QByteArray bytes = QByteArray::fromBase64(attachment.value("data").toString().toLatin1());
    const cv::Mat image = sev::decodeImage(bytes);
    return image.empty() ? QSize() : QSize(image.cols, image.rows);
}

QByteArray canonical(const QJsonObject &object)
{
    return QJsonDocument(object).toJson(QJsonDocument::Compact);
}

} // namespace

class TestSeverity : public QObject
{
    Q_OBJECT

private slots:
    void catalogueCoversEveryCode();
    void questionnaireItems_data();
    void questionnaireItems();
    void questionnairesParse();
    void questionnaireFilters_data();
    void questionnaireFilters();
    void bodySitesParse();
    void bodySiteShares();

    void manualScores_data();
    void manualScores();
    void automaticFormulas_data();
    void automaticFormulas();
    void areaGrades_data();
    void areaGrades();
    void contributions_data();
    void contributions();

    void validationErrors_data();
    void validationErrors();
    void validationBodyParses();

    void manualResponseParses();
    void localResponseParses();
    void everyLocalCodeParses_data();
    void everyLocalCodeParses();
    void globalResponseParses();
    void undecodableImageIs422();

    void imageAnalysisIsDeterministic();
    void erythemaOfPlaqueExceedsNormalHand();
    void acneLesionsAreDetected();
    void vitiligoDepigmentationExceedsNormalHand();
    void concurrentAssessmentsAgree();
};

// ------------------------------------------------------------------------------------------
// Catalogue

void TestSeverity::catalogueCoversEveryCode()
{
    const QStringList expected{"aeasi",   "agppga", "aihs4",   "aladin", "apasi", "asalt",
                               "ascorad", "auas",   "awosi",   "avasi",  "nsil",  "dlqi",
                               "gags",    "ihs4",   "pasi",    "pga",    "pure4", "resvech",
                               "scorad",  "scovid", "sevenPc", "uas",    "uct"};
    QCOMPARE(sev::scoringSystemCodes(), expected);
    const QSet<QString> global{"avasi", "asalt"};
    const QSet<QString> automatic{"aeasi",   "agppga", "aihs4", "aladin", "apasi", "asalt",
                                  "ascorad", "auas",   "awosi", "avasi",  "nsil"};
    for (const sev::Instrument &instrument : sev::instruments()) {
        QVERIFY2(!instrument.title.enGB.isEmpty() && !instrument.title.esES.isEmpty() &&
                     !instrument.title.frFR.isEmpty() && !instrument.title.deDE.isEmpty(),
                 qPrintable(instrument.code));
        QVERIFY(!instrument.description.deDE.isEmpty());
        QCOMPARE(instrument.mode(), global.contains(instrument.code) ? "global" : "local");
        const QString path =
            global.contains(instrument.code)      ? "/severity-assessment/automatic/global"
            : automatic.contains(instrument.code) ? "/severity-assessment/automatic/local"
                                                  : "/severity-assessment/manual";
        QCOMPARE(instrument.path(), path);
        QVERIFY2(!sev::bandsFor(instrument.code).isEmpty(), qPrintable(instrument.code));
        for (const sev::ItemSpec &item : instrument.items) {
            QVERIFY2(item.text.enGB != item.code, qPrintable(instrument.code + "." + item.code));
            QVERIFY(!item.text.frFR.isEmpty());
        }
    }
    QCOMPARE(sev::findInstrument("dlqi")->title.enGB, "Dermatology Life Quality Index (DLQI)");
    QCOMPARE(sev::findInstrument("pasi")->title.enGB, "Psoriasis Area and Severity Index (PASI)");
    QCOMPARE(sev::findInstrument("apasi")->identifier, "apasiLocal");
    QVERIFY(!sev::findInstrument("nope"));
}

void TestSeverity::questionnaireItems_data()
{
    QTest::addColumn<QString>("code");
    QTest::addColumn<QStringList>("items"); // "code min max type", API-NOTES table

    QStringList dlqi;
    for (int i = 1; i <= 10; ++i)
        dlqi << QString("question%1 0 3 integer").arg(i);
    QTest::newRow("pure4") << "pure4"
                           << QStringList{"question1 0 1 integer", "question2 0 1 integer",
                                          "question3 0 1 integer", "question4 0 1 integer"};
    QTest::newRow("dlqi") << "dlqi" << dlqi;
    QTest::newRow("pasi") << "pasi"
                          << QStringList{"surface 0 6 integer", "erythema 0 4 integer",
                                         "induration 0 4 integer", "desquamation 0 4 integer"};
    QTest::newRow("pga") << "pga"
                         << QStringList{"erythema 0 4 integer", "desquamation 0 4 integer",
                                        "induration 0 4 integer"};
    QTest::newRow("scorad") << "scorad"
                            << QStringList{
                                   "surface 0 100 number",      "erythema 0 3 integer",
                                   "swelling 0 3 integer",      "crusting 0 3 integer",
                                   "excoriation 0 3 integer",   "lichenification 0 3 integer",
                                   "dryness 0 3 integer",       "pruritus 0 10 integer",
                                   "sleeplessness 0 10 integer"};
    QTest::newRow("uas") << "uas" << QStringList{"pruritus 0 3 integer", "wheals 0 3 integer"};
    QTest::newRow("uct") << "uct"
                         << QStringList{"manifestations 0 4 integer", "qualityOfLife 0 4 integer",
                                        "treatmentNotEnough 0 4 integer",
                                        "overallUnderControl 0 4 integer"};
    QTest::newRow("sevenPc") << "sevenPc" << QStringList{"changeInSize 0 1 integer",
                                                         "irregularPigmentation 0 1 integer",
                                                         "irregularBorder 0 1 integer",
                                                         "inflammation 0 1 integer",
                                                         "largerThanOtherLesions 0 1 integer",
                                                         "itchOrAlteredSensation 0 1 integer",
                                                         "crustingOrBleeding 0 1 integer"};
    QTest::newRow("gags") << "gags"
                          << QStringList{"forehead 0 4 integer",  "rightCheek 0 4 integer",
                                         "leftCheek 0 4 integer", "nose 0 4 integer",
                                         "chin 0 4 integer",      "chestAndUpperBack 0 4 integer"};
    QTest::newRow("ihs4") << "ihs4"
                          << QStringList{"nodule 0 999 integer", "abscess 0 999 integer",
                                         "drainingTunnel 0 999 integer"};
    QTest::newRow("scovid") << "scovid"
                            << QStringList{"pain 0 10 integer",
                                           "pruritus 0 10 integer",
                                           "fever 0 3 integer",
                                           "cough 0 3 integer",
                                           "cephalea 0 3 integer",
                                           "myalgiaOrArthralgia 0 3 integer",
                                           "malaise 0 3 integer",
                                           "lossOfTasteOrOlfactory 0 3 integer",
                                           "shortnessOfBreath 0 3 integer",
                                           "otherSkinProblems 0 3 integer"};
    QStringList resvech{"woundDimensions 0 4 integer", "tissues 0 4 integer",
                        "edges 0 4 integer",           "tissueInWoundBed 0 4 integer",
                        "exudate 0 4 integer",         "frequencyOfPain 0 4 integer",
                        "tunneling 0 4 integer",       "macerationAroundWound 0 1 integer"};
    for (const char *sign :
         {"increasingPain", "erythemaAroundWound", "edemaAroundWound", "temperatureRise",
          "increasingExudate", "purulentExudate", "tissueFriableOrBleedsEasily", "stationaryWound",
          "biofilmCompatibleTissue", "odor", "hypergranulation", "increasingWound",
          "satelliteLesions", "tissuePaleness"})
        resvech << QString("%1 0 1 integer").arg(sign);
    QTest::newRow("resvech") << "resvech" << resvech;
    QTest::newRow("apasi") << "apasi" << QStringList{"surface 0 6 integer"};
    QTest::newRow("ascorad") << "ascorad"
                             << QStringList{"surface 0 100 number", "pruritus 0 10 integer",
                                            "sleeplessness 0 10 integer"};
    QTest::newRow("aeasi") << "aeasi"
                           << QStringList{"surface 0 100 number", "patientAge 0 150 integer"};
    QTest::newRow("auas") << "auas" << QStringList{"pruritus 0 3 integer"};
    for (const char *code : {"agppga", "aihs4", "aladin", "asalt", "awosi", "avasi", "nsil"})
        QTest::newRow(code) << code << QStringList();
}

void TestSeverity::questionnaireItems()
{
    QFETCH(QString, code);
    QFETCH(QStringList, items);
    const QJsonArray list = sev::questionnairesJson(code);
    QCOMPARE(list.size(), 1);
    const auto parsed = model::parseQuestionnaires(QJsonValue(list));
    QVERIFY2(parsed.ok(), qPrintable(parsed.error().toString()));
    const model::Questionnaire &questionnaire = parsed.value().first();
    QCOMPARE(questionnaire.code, code);
    QStringList actual;
    for (const model::QuestionnaireItem &item : questionnaire.items) {
        actual << QString("%1 %2 %3 %4")
                      .arg(item.code)
                      .arg(item.min.value_or(-1))
                      .arg(item.max.value_or(-1))
                      .arg(item.type);
        QCOMPARE(item.text.size(), 4);
        QVERIFY(!model::localized(item.text, "de_DE").isEmpty());
    }
    QCOMPARE(actual, items);
    for (const QJsonValue &item : list.first().toObject().value("item").toArray())
        QCOMPARE(item.toObject().value("required").toBool(), true);
}

void TestSeverity::questionnairesParse()
{
    const QJsonArray all = sev::questionnairesJson();
    const auto parsed = model::parseQuestionnaires(QJsonDocument(all).toJson());
    QVERIFY2(parsed.ok(), qPrintable(parsed.error().toString()));
    QCOMPARE(parsed.value().size(), sev::instruments().size());
    for (const model::Questionnaire &questionnaire : parsed.value()) {
        const sev::Instrument *instrument = sev::findInstrument(questionnaire.code);
        QVERIFY(instrument);
        QCOMPARE(questionnaire.identifier, instrument->identifier);
        QCOMPARE(questionnaire.mode, instrument->mode());
        QCOMPARE(questionnaire.path, instrument->path());
        for (const char *locale : {"en_GB", "es_ES", "fr_FR", "de_DE"}) {
            QVERIFY(!questionnaire.title.value(locale).isEmpty());
            QVERIFY(!questionnaire.description.value(locale).isEmpty());
        }
    }
    QCOMPARE(model::localized(parsed.value().at(sev::scoringSystemCodes().indexOf("dlqi")).title,
                              "es_ES"),
             "Índice de calidad de vida en dermatología (DLQI)");
}

void TestSeverity::questionnaireFilters_data()
{
    QTest::addColumn<QString>("code");
    QTest::addColumn<QString>("pathology");
    QTest::addColumn<QStringList>("expected");
    QTest::newRow("psoriasis") << ""
                               << "EA90" << QStringList{"agppga", "apasi", "pasi", "pga", "pure4"};
    QTest::newRow("psoriasis subcode")
        << ""
        << "EA90.42" << QStringList{"agppga", "apasi", "pasi", "pga", "pure4"};
    QTest::newRow("lower case") << ""
                                << "ea90" << QStringList{"agppga", "apasi", "pasi", "pga", "pure4"};
    QTest::newRow("atopic") << ""
                            << "EA80" << QStringList{"aeasi", "ascorad", "scorad"};
    QTest::newRow("acne") << ""
                          << "ED80.Z" << QStringList{"aladin", "gags"};
    QTest::newRow("unknown pathology") << ""
                                       << "XX99" << QStringList();
    QTest::newRow("code") << "uct"
                          << "" << QStringList{"uct"};
    QTest::newRow("unknown code") << "foo"
                                  << "" << QStringList();
    QTest::newRow("code and pathology") << "pasi"
                                        << "EA80" << QStringList();
}

void TestSeverity::questionnaireFilters()
{
    QFETCH(QString, code);
    QFETCH(QString, pathology);
    QFETCH(QStringList, expected);
    QStringList actual;
    for (const QJsonValue &entry : sev::questionnairesJson(code, pathology))
        actual << entry.toObject().value("code").toString();
    QCOMPARE(actual, expected);
}

void TestSeverity::bodySitesParse()
{
    const auto parsed = model::parseBodySites(QJsonDocument(sev::bodySitesJson()).toJson());
    QVERIFY2(parsed.ok(), qPrintable(parsed.error().toString()));
    QSet<QString> codes;
    for (const model::BodySite &site : parsed.value()) {
        QVERIFY2(!codes.contains(site.code), qPrintable(site.code));
        codes.insert(site.code);
        for (const char *locale : {"en_GB", "es_ES", "fr_FR", "de_DE", "pt_BR", "it_IT"})
            QVERIFY2(!site.name.value(locale).isEmpty(), qPrintable(site.code + locale));
    }
    const QStringList apiNotes{
        "headFront",     "headBack",       "headTop",       "headLeft",      "headRight",
        "armLeft",       "armRight",       "trunkFront",    "trunkBack",     "legLeft",
        "legRight",      "handLeft",       "handRight",     "footLeft",      "footRight",
        "genital",       "nails",          "scalp",         "earLeft",       "earRight",
        "perioral",      "tongue",         "elbowLeft",     "elbowRight",    "upperArmLeft",
        "upperArmRight", "lowerArmLeft",   "lowerArmRight", "kneeLeft",      "kneeRight",
        "upperLegLeft",  "upperLegRight",  "lowerLegLeft",  "lowerLegRight", "armLeftBottom",
        "armLeftTop",    "armRightBottom", "armRightTop",   "faceFront",     "faceLeft",
        "faceRight",     "legsBack",       "legsFront",     "trunkLeft",     "trunkRight"};
    for (const QString &code : apiNotes)
        QVERIFY2(codes.contains(code), qPrintable(code));
    QCOMPARE(codes.size(), apiNotes.size());
    QCOMPARE(model::localized(parsed.value().first().name, "it_IT"), "Viso e collo");
}

void TestSeverity::bodySiteShares()
{
    double bodySurface = 0, salt = 0;
    for (const sev::BodySite &site : sev::bodySites()) {
        bodySurface += site.bodySurfaceShare;
        salt += site.saltShare;
    }
    QCOMPARE(bodySurface, 100.0);
    QCOMPARE(salt, 100.0);
    QVERIFY(sev::siteFits(sev::SiteRule::WholeBodyPhotos, "armLeftTop"));
    QVERIFY(!sev::siteFits(sev::SiteRule::WholeBodyPhotos, "armLeft"));
    QVERIFY(sev::siteFits(sev::SiteRule::ScalpViews, "headTop"));
    QVERIFY(!sev::siteFits(sev::SiteRule::ScalpViews, "handLeft"));
    QVERIFY(sev::siteFits(sev::SiteRule::AcneAreas, "headFront"));
    QVERIFY(!sev::siteFits(sev::SiteRule::AcneAreas, "armLeft"));
    QVERIFY(!sev::siteFits(sev::SiteRule::SkinSurface, "nails"));
    QVERIFY(sev::siteFits(sev::SiteRule::AnySite, "tongue"));
    QVERIFY(!sev::siteFits(sev::SiteRule::AnySite, "elbow"));
}

// ------------------------------------------------------------------------------------------
// Formulas and bands, through the whole manual pipeline (validation, scoring, JSON).

void TestSeverity::manualScores_data()
{
    QTest::addColumn<QString>("code");
    QTest::addColumn<QJsonObject>("items"); // overrides; other items at their minimum
    QTest::addColumn<QString>("bodySite");
    QTest::addColumn<double>("value");
    QTest::addColumn<QString>("category");
    QTest::addColumn<int>("intensity");

    auto dlqi = [](int total) {
        QJsonObject items;
        for (int i = 1; i <= 10 && total > 0; ++i) {
            const int answer = std::min(3, total);
            items.insert(QString("question%1").arg(i), answer);
            total -= answer;
        }
        return items;
    };
    // DLQI: 0–1 no effect, 2–5 small, 6–10 moderate, 11–20 very large, 21–30 extremely large.
    QTest::newRow("dlqi 0") << "dlqi" << dlqi(0) << "armLeft" << 0.0 << "No effect" << 0;
    QTest::newRow("dlqi 1") << "dlqi" << dlqi(1) << "armLeft" << 1.0 << "No effect" << 0;
    QTest::newRow("dlqi 2") << "dlqi" << dlqi(2) << "armLeft" << 2.0 << "Small effect" << 1;
    QTest::newRow("dlqi 5") << "dlqi" << dlqi(5) << "armLeft" << 5.0 << "Small effect" << 1;
    QTest::newRow("dlqi 6") << "dlqi" << dlqi(6) << "armLeft" << 6.0 << "Moderate effect" << 2;
    QTest::newRow("dlqi 10") << "dlqi" << dlqi(10) << "armLeft" << 10.0 << "Moderate effect" << 2;
    QTest::newRow("dlqi 11") << "dlqi" << dlqi(11) << "armLeft" << 11.0 << "Very large effect" << 3;
    QTest::newRow("dlqi 20") << "dlqi" << dlqi(20) << "armLeft" << 20.0 << "Very large effect" << 3;
    QTest::newRow("dlqi 21") << "dlqi" << dlqi(21) << "armLeft" << 21.0 << "Extremely large effect"
                             << 3;
    QTest::newRow("dlqi 30") << "dlqi" << dlqi(30) << "armLeft" << 30.0 << "Extremely large effect"
                             << 3;
    // PURE-4: ≥ 1 positive.
    QTest::newRow("pure4 0") << "pure4" << QJsonObject{} << "armLeft" << 0.0 << "Negative" << 0;
    QTest::newRow("pure4 seed") << "pure4" << QJsonObject{{"question1", 1}, {"question4", 1}}
                                << "armLeft" << 2.0 << "Positive" << 3;
    QTest::newRow("pure4 1") << "pure4" << QJsonObject{{"question3", 1}} << "armLeft" << 1.0
                             << "Positive" << 3;
    // 7-point checklist: majors 2, minors 1; ≥ 3 high risk.
    QTest::newRow("7pc one major")
        << "sevenPc" << QJsonObject{{"irregularBorder", 1}} << "armLeft" << 2.0 << "Low risk" << 0;
    QTest::newRow("7pc two minors")
        << "sevenPc" << QJsonObject{{"inflammation", 1}, {"crustingOrBleeding", 1}} << "armLeft"
        << 2.0 << "Low risk" << 0;
    QTest::newRow("7pc major+minor")
        << "sevenPc" << QJsonObject{{"changeInSize", 1}, {"largerThanOtherLesions", 1}} << "armLeft"
        << 3.0 << "High risk" << 3;
    QTest::newRow("7pc three minors") << "sevenPc"
                                      << QJsonObject{{"inflammation", 1},
                                                     {"itchOrAlteredSensation", 1},
                                                     {"crustingOrBleeding", 1}}
                                      << "armLeft" << 3.0 << "High risk" << 3;
    QTest::newRow("7pc all") << "sevenPc" << QJsonObject{{"changeInSize", 1},
                                                         {"irregularPigmentation", 1},
                                                         {"irregularBorder", 1},
                                                         {"inflammation", 1},
                                                         {"largerThanOtherLesions", 1},
                                                         {"itchOrAlteredSensation", 1},
                                                         {"crustingOrBleeding", 1}}
                             << "armLeft" << 10.0 << "High risk" << 3;
    // PASI (one region): (E + I + D) × area grade; ≤10 mild, ≤20 moderate, >20 severe.
    QTest::newRow("pasi clear") << "pasi" << QJsonObject{{"erythema", 3}} << "armLeft" << 0.0
                                << "Clear" << 0;
    QTest::newRow("pasi 9") << "pasi"
                            << QJsonObject{{"surface", 3},
                                           {"erythema", 1},
                                           {"induration", 1},
                                           {"desquamation", 1}}
                            << "armLeft" << 9.0 << "Mild" << 1;
    QTest::newRow("pasi 10") << "pasi"
                             << QJsonObject{{"surface", 2},
                                            {"erythema", 2},
                                            {"induration", 2},
                                            {"desquamation", 1}}
                             << "armLeft" << 10.0 << "Mild" << 1;
    QTest::newRow("pasi 14") << "pasi"
                             << QJsonObject{{"surface", 2},
                                            {"erythema", 3},
                                            {"induration", 2},
                                            {"desquamation", 2}}
                             << "armLeft" << 14.0 << "Moderate" << 2;
    QTest::newRow("pasi 20") << "pasi"
                             << QJsonObject{{"surface", 2},
                                            {"erythema", 4},
                                            {"induration", 3},
                                            {"desquamation", 3}}
                             << "trunkBack" << 20.0 << "Moderate" << 2;
    QTest::newRow("pasi 21") << "pasi"
                             << QJsonObject{{"surface", 3}, {"erythema", 4}, {"induration", 3}}
                             << "legLeft" << 21.0 << "Severe" << 3;
    QTest::newRow("pasi 72") << "pasi"
                             << QJsonObject{{"surface", 6},
                                            {"erythema", 4},
                                            {"induration", 4},
                                            {"desquamation", 4}}
                             << "headFront" << 72.0 << "Severe" << 3;
    // PGA: rounded mean.
    QTest::newRow("pga clear") << "pga" << QJsonObject{} << "armLeft" << 0.0 << "Clear" << 0;
    QTest::newRow("pga 1.33") << "pga"
                              << QJsonObject{{"erythema", 1},
                                             {"desquamation", 1},
                                             {"induration", 2}}
                              << "armLeft" << 1.0 << "Almost clear" << 0;
    QTest::newRow("pga 1.67") << "pga"
                              << QJsonObject{{"erythema", 1},
                                             {"desquamation", 2},
                                             {"induration", 2}}
                              << "armLeft" << 2.0 << "Mild" << 1;
    QTest::newRow("pga 2.67") << "pga"
                              << QJsonObject{{"erythema", 2},
                                             {"desquamation", 3},
                                             {"induration", 3}}
                              << "armLeft" << 3.0 << "Moderate" << 2;
    QTest::newRow("pga 4") << "pga"
                           << QJsonObject{{"erythema", 4}, {"desquamation", 4}, {"induration", 4}}
                           << "armLeft" << 4.0 << "Severe" << 3;
    // SCORAD = A/5 + 7B/2 + C; <25 mild, 25–50 moderate, >50 severe.
    QTest::newRow("scorad 0") << "scorad" << QJsonObject{} << "armLeft" << 0.0 << "Mild" << 1;
    QTest::newRow("scorad 24.5") << "scorad"
                                 << QJsonObject{{"surface", 25},
                                                {"erythema", 2},
                                                {"dryness", 3},
                                                {"pruritus", 2}}
                                 << "armLeft" << 24.5 << "Mild" << 1;
    QTest::newRow("scorad 25") << "scorad"
                               << QJsonObject{{"surface", 20}, {"erythema", 3}, {"swelling", 3}}
                               << "armLeft" << 25.0 << "Moderate" << 2;
    QTest::newRow("scorad 50") << "scorad" << QJsonObject{{"surface", 50}, {"erythema", 3},
                                                          {"swelling", 3}, {"crusting", 2},
                                                          {"pruritus", 6}, {"sleeplessness", 6}}
                               << "armLeft" << 50.0 << "Moderate" << 2;
    QTest::newRow("scorad 50.1") << "scorad" << QJsonObject{{"surface", 50.5}, {"erythema", 3},
                                                            {"swelling", 3},   {"crusting", 2},
                                                            {"pruritus", 6},   {"sleeplessness", 6}}
                                 << "armLeft" << 50.1 << "Severe" << 3;
    QTest::newRow("scorad 103") << "scorad"
                                << QJsonObject{{"surface", 100},     {"erythema", 3},
                                               {"swelling", 3},      {"crusting", 3},
                                               {"excoriation", 3},   {"lichenification", 3},
                                               {"dryness", 3},       {"pruritus", 10},
                                               {"sleeplessness", 10}}
                                << "armLeft" << 103.0 << "Severe" << 3;
    // UAS (one day) = itch + wheals.
    QTest::newRow("uas 0") << "uas" << QJsonObject{} << "armLeft" << 0.0 << "None" << 0;
    QTest::newRow("uas 2") << "uas" << QJsonObject{{"pruritus", 1}, {"wheals", 1}} << "armLeft"
                           << 2.0 << "Mild" << 1;
    QTest::newRow("uas 3") << "uas" << QJsonObject{{"pruritus", 2}, {"wheals", 1}} << "armLeft"
                           << 3.0 << "Moderate" << 2;
    QTest::newRow("uas 5") << "uas" << QJsonObject{{"pruritus", 3}, {"wheals", 2}} << "armLeft"
                           << 5.0 << "Intense" << 3;
    // UCT: ≤11 poorly controlled, ≥12 well controlled, 16 complete control.
    QTest::newRow("uct 11") << "uct"
                            << QJsonObject{{"manifestations", 3},
                                           {"qualityOfLife", 3},
                                           {"treatmentNotEnough", 3},
                                           {"overallUnderControl", 2}}
                            << "armLeft" << 11.0 << "Poorly controlled" << 2;
    QTest::newRow("uct 12") << "uct"
                            << QJsonObject{{"manifestations", 3},
                                           {"qualityOfLife", 3},
                                           {"treatmentNotEnough", 3},
                                           {"overallUnderControl", 3}}
                            << "armLeft" << 12.0 << "Well controlled" << 1;
    QTest::newRow("uct 16") << "uct"
                            << QJsonObject{{"manifestations", 4},
                                           {"qualityOfLife", 4},
                                           {"treatmentNotEnough", 4},
                                           {"overallUnderControl", 4}}
                            << "armLeft" << 16.0 << "Complete control" << 0;
    // GAGS = 2F + 2R + 2L + N + C + 3T; 1–18 mild, 19–30 moderate, 31–38 severe, ≥39 very severe.
    QTest::newRow("gags 2") << "gags" << QJsonObject{{"forehead", 1}} << "headFront" << 2.0
                            << "Mild" << 1;
    QTest::newRow("gags 18") << "gags" << QJsonObject{{"forehead", 2},  {"rightCheek", 2},
                                                      {"leftCheek", 2}, {"nose", 2},
                                                      {"chin", 1},      {"chestAndUpperBack", 1}}
                             << "headFront" << 18.0 << "Mild" << 1;
    QTest::newRow("gags 19") << "gags" << QJsonObject{{"forehead", 3},  {"rightCheek", 2},
                                                      {"leftCheek", 2}, {"nose", 1},
                                                      {"chin", 1},      {"chestAndUpperBack", 1}}
                             << "headFront" << 19.0 << "Moderate" << 2;
    QTest::newRow("gags 44") << "gags" << QJsonObject{{"forehead", 4},  {"rightCheek", 4},
                                                      {"leftCheek", 4}, {"nose", 4},
                                                      {"chin", 4},      {"chestAndUpperBack", 4}}
                             << "trunkBack" << 44.0 << "Very severe" << 3;
    // IHS4 = N + 2A + 4D; ≤3 mild, 4–10 moderate, ≥11 severe.
    QTest::newRow("ihs4 3") << "ihs4" << QJsonObject{{"nodule", 3}} << "armLeft" << 3.0 << "Mild"
                            << 1;
    QTest::newRow("ihs4 4") << "ihs4" << QJsonObject{{"nodule", 4}} << "armLeft" << 4.0
                            << "Moderate" << 2;
    QTest::newRow("ihs4 10") << "ihs4" << QJsonObject{{"nodule", 6}, {"abscess", 2}} << "armLeft"
                             << 10.0 << "Moderate" << 2;
    QTest::newRow("ihs4 11") << "ihs4" << QJsonObject{{"nodule", 3}, {"drainingTunnel", 2}}
                             << "genital" << 11.0 << "Severe" << 3;
    // SCOVID and RESVECH: sums with the sandbox's bands.
    QTest::newRow("scovid 11") << "scovid" << QJsonObject{{"pain", 10}, {"pruritus", 1}}
                               << "armLeft" << 11.0 << "Mild" << 1;
    QTest::newRow("scovid 12") << "scovid"
                               << QJsonObject{{"pain", 10}, {"pruritus", 1}, {"fever", 1}}
                               << "armLeft" << 12.0 << "Moderate" << 2;
    QTest::newRow("scovid 23") << "scovid"
                               << QJsonObject{{"pain", 10}, {"pruritus", 10}, {"cough", 3}}
                               << "armLeft" << 23.0 << "Severe" << 3;
    QTest::newRow("resvech 0") << "resvech" << QJsonObject{} << "legLeft" << 0.0 << "Healed" << 0;
    QTest::newRow("resvech 14") << "resvech"
                                << QJsonObject{{"woundDimensions", 4},
                                               {"tissues", 4},
                                               {"edges", 4},
                                               {"tissueInWoundBed", 2}}
                                << "legLeft" << 14.0 << "Mild" << 1;
    QTest::newRow("resvech 15") << "resvech"
                                << QJsonObject{{"woundDimensions", 4},
                                               {"tissues", 4},
                                               {"edges", 4},
                                               {"tissueInWoundBed", 2},
                                               {"odor", 1}}
                                << "legLeft" << 15.0 << "Moderate" << 2;
}

void TestSeverity::manualScores()
{
    QFETCH(QString, code);
    QFETCH(QJsonObject, items);
    QFETCH(QString, bodySite);
    QFETCH(double, value);
    QFETCH(QString, category);
    QFETCH(int, intensity);

    const QJsonObject evolution =
        evolutionOf(sev::assessManual(requestBody(code, answers(code, items), bodySite)));
    const QJsonObject score = evolution.value(code).toObject().value("score").toObject();
    QCOMPARE(score.value("value").toDouble(), value);
    QCOMPARE(score.value("interpretation").toObject().value("category").toString(), category);
    QCOMPARE(score.value("interpretation").toObject().value("intensity").toInt(), intensity);
    // The band list is published with the score and contains the value.
    const QJsonArray bands = score.value("severity").toObject().value("interpretations").toArray();
    QVERIFY(!bands.isEmpty());
    bool found = false;
    for (const QJsonValue &band : bands)
        found = found || band.toObject().value("text").toString() == category;
    QVERIFY(found);
}

void TestSeverity::automaticFormulas_data()
{
    QTest::addColumn<QString>("code");
    QTest::addColumn<QVariantMap>("items");
    QTest::addColumn<double>("value");
    QTest::addColumn<QString>("category");

    QTest::newRow("apasi") << "apasi"
                           << QVariantMap{{"surface", 2},
                                          {"erythema", 3},
                                          {"induration", 3},
                                          {"desquamation", 2}}
                           << 16.0 << "Moderate";
    QTest::newRow("aeasi 18") << "aeasi" << QVariantMap{{"surface", 35.0},  {"patientAge", 40},
                                                        {"erythema", 2},    {"induration", 2},
                                                        {"excoriation", 1}, {"lichenification", 1}}
                              << 18.0 << "Moderate";
    QTest::newRow("aeasi clear") << "aeasi" << QVariantMap{{"surface", 0.0}, {"erythema", 3}} << 0.0
                                 << "Clear";
    QTest::newRow("aeasi almost clear")
        << "aeasi" << QVariantMap{{"surface", 5.0}, {"erythema", 1}} << 1.0 << "Almost clear";
    QTest::newRow("aeasi mild") << "aeasi"
                                << QVariantMap{{"surface", 5.0}, {"erythema", 1}, {"induration", 1}}
                                << 2.0 << "Mild";
    QTest::newRow("aeasi 72") << "aeasi"
                              << QVariantMap{{"surface", 95.0},
                                             {"erythema", 3},
                                             {"induration", 3},
                                             {"excoriation", 3},
                                             {"lichenification", 3}}
                              << 72.0 << "Very severe";
    QTest::newRow("ascorad") << "ascorad"
                             << QVariantMap{{"surface", 30.0},    {"pruritus", 5},
                                            {"sleeplessness", 3}, {"erythema", 2},
                                            {"swelling", 2},      {"crusting", 1},
                                            {"excoriation", 1},   {"lichenification", 1},
                                            {"dryness", 1}}
                             << 6.0 + 28.0 + 8.0 << "Moderate";
    QTest::newRow("agppga 2.33") << "agppga"
                                 << QVariantMap{{"erythema", 3}, {"pustules", 2}, {"scaling", 2}}
                                 << 2.0 << "Mild";
    QTest::newRow("agppga 2.67") << "agppga"
                                 << QVariantMap{{"erythema", 3}, {"pustules", 3}, {"scaling", 2}}
                                 << 3.0 << "Moderate";
    QTest::newRow("aihs4") << "aihs4"
                           << QVariantMap{{"nodule", 7}, {"abscess", 2}, {"drainingTunnel", 1}}
                           << 15.0 << "Severe";
    QTest::newRow("auas") << "auas" << QVariantMap{{"pruritus", 2}, {"wheals", 2}} << 4.0
                          << "Moderate";
    QTest::newRow("aladin none") << "aladin" << QVariantMap{{"acneDensity", 0.0}} << 0.0 << "None";
    QTest::newRow("aladin 2.1") << "aladin" << QVariantMap{{"acneDensity", 2.1}} << 2.1 << "Mild";
    QTest::newRow("aladin 2.11") << "aladin" << QVariantMap{{"acneDensity", 2.11}} << 2.11
                                 << "Moderate";
    QTest::newRow("aladin clamped")
        << "aladin" << QVariantMap{{"acneDensity", 30.0}} << 21.6 << "Severe";
    QTest::newRow("nsil clear") << "nsil"
                                << QVariantMap{{"dryness", 0},
                                               {"erythema", 0},
                                               {"inflammatoryLesions", 0}}
                                << 0.0 << "Clear";
    QTest::newRow("nsil 5") << "nsil"
                            << QVariantMap{{"dryness", 1},
                                           {"erythema", 2},
                                           {"inflammatoryLesions", 6}}
                            << 5.0 << "Moderate";
    QTest::newRow("nsil 9") << "nsil"
                            << QVariantMap{{"dryness", 3},
                                           {"erythema", 3},
                                           {"inflammatoryLesions", 21}}
                            << 9.0 << "Severe";
    QTest::newRow("awosi 3") << "awosi"
                             << QVariantMap{{"woundDimensions", 1},
                                            {"tissueInWoundBed", 1},
                                            {"erythemaAroundWound", 1}}
                             << 3.0 << "Mild";
    QTest::newRow("awosi 12") << "awosi"
                              << QVariantMap{{"woundDimensions", 4},
                                             {"tissueInWoundBed", 4},
                                             {"erythemaAroundWound", 4}}
                              << 12.0 << "Severe";
    // Global: contributions of the valid sites (share × fraction).
    QTest::newRow("avasi none") << "avasi" << QVariantMap{} << 0.0 << "None";
    QTest::newRow("avasi 3.5") << "avasi" << QVariantMap{{"handLeft", 0.5}, {"faceFront", 3.0}}
                               << 3.5 << "Mild";
    QTest::newRow("avasi 7") << "avasi" << QVariantMap{{"trunkFront", 7.0}} << 7.0 << "Moderate";
    QTest::newRow("avasi 30") << "avasi" << QVariantMap{{"trunkFront", 14.0}, {"legsFront", 16.0}}
                              << 30.0 << "Severe";
    QTest::newRow("asalt 20") << "asalt" << QVariantMap{{"headTop", 20.0}} << 20.0 << "Mild";
    QTest::newRow("asalt 22") << "asalt" << QVariantMap{{"headTop", 10.0}, {"headBack", 12.0}}
                              << 22.0 << "Moderate";
    QTest::newRow("asalt 50") << "asalt" << QVariantMap{{"headTop", 40.0}, {"headLeft", 10.0}}
                              << 50.0 << "Severe";
}

void TestSeverity::automaticFormulas()
{
    QFETCH(QString, code);
    QFETCH(QVariantMap, items);
    QFETCH(double, value);
    QFETCH(QString, category);
    QMap<QString, double> values;
    for (auto it = items.cbegin(); it != items.cend(); ++it)
        values.insert(it.key(), it.value().toDouble());
    const sev::ScoreResult score = sev::computeScore(code, values);
    QCOMPARE(score.value, value);
    QCOMPARE(score.band.text, category);
}

void TestSeverity::areaGrades_data()
{
    QTest::addColumn<double>("percent");
    QTest::addColumn<int>("grade");
    const QVector<QPair<double, int>> cases{{0, 0},    {0.5, 1},  {9.9, 1},  {10, 2},
                                            {29.9, 2}, {30, 3},   {49.9, 3}, {50, 4},
                                            {70, 5},   {89.9, 5}, {90, 6},   {100, 6}};
    for (const auto &c : cases)
        QTest::newRow(qPrintable(QString::number(c.first))) << c.first << c.second;
}

void TestSeverity::areaGrades()
{
    QFETCH(double, percent);
    QFETCH(int, grade);
    QCOMPARE(sev::areaGrade(percent), grade);
}

void TestSeverity::contributions_data()
{
    QTest::addColumn<QString>("code");
    QTest::addColumn<QVariantMap>("items");
    QTest::addColumn<QString>("bodySite");
    QTest::addColumn<double>("contribution"); // -1: none

    const QVariantMap pasi{{"surface", 2}, {"erythema", 3}, {"induration", 2}, {"desquamation", 2}};
    QTest::newRow("pasi head") << "pasi" << pasi << "headFront" << 1.4;
    QTest::newRow("pasi arm") << "pasi" << pasi << "armLeft" << 2.8;
    QTest::newRow("pasi trunk") << "pasi" << pasi << "trunkBack" << 4.2;
    QTest::newRow("pasi leg") << "pasi" << pasi << "kneeRight" << 5.6;
    QTest::newRow("pasi no site") << "pasi" << pasi << "" << -1.0;
    QVariantMap adult{{"surface", 35.0}, {"patientAge", 40}, {"erythema", 2},
                      {"induration", 2}, {"excoriation", 1}, {"lichenification", 1}};
    QVariantMap child = adult;
    child.insert("patientAge", 5);
    QTest::newRow("easi adult head") << "aeasi" << adult << "headFront" << 1.8;
    QTest::newRow("easi child head") << "aeasi" << child << "headFront" << 3.6;
    QTest::newRow("easi child leg") << "aeasi" << child << "legLeft" << 5.4;
    QTest::newRow("dlqi") << "dlqi" << QVariantMap{{"question1", 3}} << "armLeft" << -1.0;
}

void TestSeverity::contributions()
{
    QFETCH(QString, code);
    QFETCH(QVariantMap, items);
    QFETCH(QString, bodySite);
    QFETCH(double, contribution);
    QMap<QString, double> values;
    for (auto it = items.cbegin(); it != items.cend(); ++it)
        values.insert(it.key(), it.value().toDouble());
    const sev::ScoreResult score = sev::computeScore(code, values, {bodySite});
    if (contribution < 0) {
        QVERIFY(!score.contribution.has_value());
    } else {
        QVERIFY(score.contribution.has_value());
        QCOMPARE(*score.contribution, contribution);
    }
}

// ------------------------------------------------------------------------------------------
// 422 details

void TestSeverity::validationErrors_data()
{
    QTest::addColumn<int>("endpoint");
    QTest::addColumn<QJsonObject>("body");
    QTest::addColumn<QString>("type");
    QTest::addColumn<QString>("message"); // empty: not checked
    QTest::addColumn<QJsonArray>("loc");

    const int manual = static_cast<int>(sev::Endpoint::Manual);
    const int local = static_cast<int>(sev::Endpoint::AutomaticLocal);
    const int global = static_cast<int>(sev::Endpoint::AutomaticGlobal);
    const QJsonArray dlqiItem{"body", "scoringSystem", "dlqi", "questionnaireResponse", "item"};
    auto at = [](QJsonArray loc, const QString &last) {
        loc.append(last);
        return loc;
    };

    QJsonObject items = answers("dlqi");
    items.remove("question1");
    QTest::newRow("missing item") << manual << requestBody("dlqi", items) << "missing"
                                  << "Field required" << at(dlqiItem, "question1");
    QTest::newRow("above max") << manual << requestBody("dlqi", answers("dlqi", {{"question3", 4}}))
                               << "less_than_equal"
                               << "Input should be less than or equal to 3"
                               << at(dlqiItem, "question3");
    QTest::newRow("below min") << manual
                               << requestBody("dlqi", answers("dlqi", {{"question3", -1}}))
                               << "greater_than_equal"
                               << "Input should be greater than or equal to 0"
                               << at(dlqiItem, "question3");
    QTest::newRow("fraction")
        << manual << requestBody("dlqi", answers("dlqi", {{"question3", 1.5}})) << "int_from_float"
        << "Input should be a valid integer, got a number with a fractional part"
        << at(dlqiItem, "question3");
    QTest::newRow("string for int")
        << manual << requestBody("dlqi", answers("dlqi", {{"question3", "2"}})) << "int_type"
        << "Input should be a valid integer" << at(dlqiItem, "question3");
    QTest::newRow("null for int")
        << manual << requestBody("dlqi", answers("dlqi", {{"question10", QJsonValue::Null}}))
        << "int_type"
        << "Input should be a valid integer" << at(dlqiItem, "question10");
    QTest::newRow("string for number")
        << manual << requestBody("scorad", answers("scorad", {{"surface", "x"}})) << "float_type"
        << "Input should be a valid number"
        << QJsonArray{"body", "scoringSystem", "scorad", "questionnaireResponse",
                      "item", "surface"};
    QTest::newRow("number above max")
        << manual << requestBody("scorad", answers("scorad", {{"surface", 100.5}}))
        << "less_than_equal"
        << "Input should be less than or equal to 100"
        << QJsonArray{"body", "scoringSystem", "scorad", "questionnaireResponse",
                      "item", "surface"};
    QTest::newRow("extra item") << manual
                                << requestBody("dlqi", answers("dlqi", {{"question11", 1}}))
                                << "extra_forbidden"
                                << "Extra inputs are not permitted" << at(dlqiItem, "question11");
    QJsonObject noQuestionnaire = requestBody("dlqi", {});
    noQuestionnaire.insert("scoringSystem", QJsonObject{{"dlqi", QJsonObject{}}});
    QTest::newRow("missing questionnaire")
        << manual << noQuestionnaire << "missing"
        << "Field required" << QJsonArray{"body", "scoringSystem", "dlqi", "questionnaireResponse"};
    QJsonObject unknown = requestBody("dlqi", answers("dlqi"));
    unknown.insert("scoringSystem", QJsonObject{{"foo", QJsonObject{}}});
    QTest::newRow("unknown code") << manual << unknown << "extra_forbidden"
                                  << "Extra inputs are not permitted"
                                  << QJsonArray{"body", "scoringSystem", "foo"};
    QJsonObject two = requestBody("dlqi", answers("dlqi"));
    QJsonObject systems = two.value("scoringSystem").toObject();
    systems.insert("pure4",
                   QJsonObject{{"questionnaireResponse", QJsonObject{{"item", answers("pure4")}}}});
    two.insert("scoringSystem", systems);
    QTest::newRow("two codes")
        << manual << two << "value_error"
        << "Value error, Exactly one scoring system is required, got 2: dlqi, pure4"
        << QJsonArray{"body", "scoringSystem"};
    QJsonObject none = requestBody("dlqi", answers("dlqi"));
    none.insert("scoringSystem", QJsonObject{});
    QTest::newRow("no code") << manual << none << "value_error"
                             << "" << QJsonArray{"body", "scoringSystem"};
    QJsonObject noSystem = requestBody("dlqi", answers("dlqi"));
    noSystem.remove("scoringSystem");
    QTest::newRow("missing scoringSystem")
        << manual << noSystem << "missing"
        << "Field required" << QJsonArray{"body", "scoringSystem"};
    QTest::newRow("automatic code at manual")
        << manual << requestBody("apasi", answers("apasi")) << "value_error"
        << "Value error, Scoring system 'apasi' is computed by "
           "/severity-assessment/automatic/local, "
           "not /severity-assessment/manual"
        << QJsonArray{"body", "scoringSystem", "apasi"};
    QTest::newRow("manual code at local")
        << local << requestBody("dlqi", answers("dlqi"), "armLeft", true) << "value_error"
        << "" << QJsonArray{"body", "scoringSystem", "dlqi"};
    QTest::newRow("global code at local")
        << local << requestBody("avasi", {}, "armLeft", true) << "value_error"
        << "" << QJsonArray{"body", "scoringSystem", "avasi"};
    QJsonObject noSite = requestBody("apasi", answers("apasi"), "armLeft", true);
    noSite.remove("bodySite");
    QTest::newRow("missing bodySite") << local << noSite << "missing"
                                      << "Field required" << QJsonArray{"body", "bodySite"};
    QJsonObject numericSite = requestBody("apasi", answers("apasi"), "armLeft", true);
    numericSite.insert("bodySite", 3);
    QTest::newRow("bodySite not a string")
        << local << numericSite << "string_type"
        << "Input should be a valid string" << QJsonArray{"body", "bodySite"};
    QTest::newRow("unknown bodySite")
        << local << requestBody("apasi", answers("apasi"), "elbow", true) << "value_error"
        << "Value error, Unknown body site 'elbow': use a code from /body-sites"
        << QJsonArray{"body", "bodySite"};
    QTest::newRow("unfit bodySite gags")
        << manual << requestBody("gags", answers("gags"), "armLeft") << "value_error"
        << "" << QJsonArray{"body", "bodySite"};
    QTest::newRow("unfit bodySite nails")
        << local << requestBody("apasi", answers("apasi"), "nails", true) << "value_error"
        << "" << QJsonArray{"body", "bodySite"};
    QJsonObject noText = requestBody("dlqi", answers("dlqi"));
    noText.insert("knownCondition", QJsonObject{{"conclusion", QJsonObject{}}});
    QTest::newRow("missing conclusion text")
        << manual << noText << "missing"
        << "Field required" << QJsonArray{"body", "knownCondition", "conclusion", "text"};
    QJsonObject noCondition = requestBody("dlqi", answers("dlqi"));
    noCondition.remove("knownCondition");
    QTest::newRow("missing knownCondition")
        << manual << noCondition << "missing"
        << "Field required" << QJsonArray{"body", "knownCondition"};
    QJsonObject emptyText = requestBody("dlqi", answers("dlqi"));
    emptyText.insert("knownCondition", QJsonObject{{"conclusion", QJsonObject{{"text", " "}}}});
    QTest::newRow("blank conclusion text")
        << manual << emptyText << "string_too_short"
        << "String should have at least 1 character"
        << QJsonArray{"body", "knownCondition", "conclusion", "text"};
    QTest::newRow("local missing payload")
        << local << requestBody("apasi", answers("apasi")) << "missing"
        << "Field required" << QJsonArray{"body", "payload"};
    QJsonObject badData = requestBody("apasi", answers("apasi"));
    badData.insert("payload", QJsonObject{{"contentAttachment", QJsonObject{{"data", 42}}}});
    QTest::newRow("local payload data not a string")
        << local << badData << "string_type"
        << "Input should be a valid string"
        << QJsonArray{"body", "payload", "contentAttachment", "data"};
    QJsonObject arrayPayload = requestBody("apasi", answers("apasi"));
    arrayPayload.insert("payload", QJsonArray{QJsonObject{{"contentAttachment", QJsonObject{}}}});
    QTest::newRow("local payload array without data")
        << local << arrayPayload << "missing"
        << "Field required" << QJsonArray{"body", "payload", 0, "contentAttachment", "data"};
    QTest::newRow("global unfit site")
        << global << globalBody("asalt", {"headTop", "handLeft"}) << "value_error"
        << "Value error, Body site 'handLeft' does not fit scoring system 'asalt' (accepted: "
           "headBack, headTop, headLeft, headRight)"
        << QJsonArray{"body", "scoringSystem", "asalt", "item", "handLeft"};
    QTest::newRow("global overlapping site")
        << global << globalBody("avasi", {"armLeft"}) << "value_error"
        << "" << QJsonArray{"body", "scoringSystem", "avasi", "item", "armLeft"};
    QTest::newRow("global unknown site")
        << global << globalBody("avasi", {"handLeft", "wing"}) << "value_error"
        << "" << QJsonArray{"body", "scoringSystem", "avasi", "item", "wing"};
    QTest::newRow("global no site") << global << globalBody("avasi", {}) << "value_error"
                                    << "Value error, At least one body site is required"
                                    << QJsonArray{"body", "scoringSystem", "avasi", "item"};
    QJsonObject noPayload = globalBody("avasi", {"handLeft"});
    noPayload.insert(
        "scoringSystem",
        QJsonObject{{"avasi", QJsonObject{{"item", QJsonObject{{"handLeft", QJsonObject{}}}}}}});
    QTest::newRow("global site without payload")
        << global << noPayload << "missing"
        << "Field required"
        << QJsonArray{"body", "scoringSystem", "avasi", "item", "handLeft", "payload"};
    QTest::newRow("local code at global")
        << global << globalBody("apasi", {"handLeft"}) << "value_error"
        << "" << QJsonArray{"body", "scoringSystem", "apasi"};
}

void TestSeverity::validationErrors()
{
    QFETCH(int, endpoint);
    QFETCH(QJsonObject, body);
    QFETCH(QString, type);
    QFETCH(QString, message);
    QFETCH(QJsonArray, loc);

    const sev::ParsedRequest parsed = sev::parseRequest(body, static_cast<sev::Endpoint>(endpoint));
    const auto *errors = std::get_if<QVector<sev::FieldError>>(&parsed);
    QVERIFY2(errors, "the request was accepted");
    QStringList seen;
    bool found = false;
    for (const sev::FieldError &error : *errors) {
        seen << canonical(error.toJson());
        if (error.loc == loc && error.type == type) {
            found = true;
            if (!message.isEmpty())
                QCOMPARE(error.msg, message);
        }
    }
    QVERIFY2(found, qPrintable(seen.join('\n')));
    // The engine entry points answer the same 422.
    if (endpoint == static_cast<int>(sev::Endpoint::Manual))
        QVERIFY(!errorsOf(sev::assessManual(body)).isEmpty());
}

void TestSeverity::validationBodyParses()
{
    QJsonObject items = answers("dlqi");
    items.remove("question1");
    items.insert("question2", 7);
    const QVector<sev::FieldError> errors = errorsOf(sev::assessManual(requestBody("dlqi", items)));
    QCOMPARE(errors.size(), 2);
    const QByteArray body = QJsonDocument(sev::validationErrorBody(errors)).toJson();
    const auto parsed = model::parseValidationErrors(body);
    QVERIFY2(parsed.ok(), qPrintable(parsed.error().toString()));
    QCOMPARE(parsed.value().size(), 2);
    QCOMPARE(parsed.value().at(0).type, "missing");
    QCOMPARE(parsed.value().at(0).fieldPath(),
             "scoringSystem.dlqi.questionnaireResponse.item.question1");
    QCOMPARE(parsed.value().at(1).message, "Input should be less than or equal to 3");
    // Exactly the fixture API-NOTES shows for a missing DLQI item.
    QCOMPARE(canonical(errors.first().toJson()),
             canonical(json(R"({"type": "missing", "msg": "Field required", "loc": ["body",
                 "scoringSystem", "dlqi", "questionnaireResponse", "item", "question1"]})")));
}

// ------------------------------------------------------------------------------------------
// Responses parse with the app's own parser

void TestSeverity::manualResponseParses()
{
    // The seed's manual example.
    const QJsonObject body = json(R"({"bodySite": "armLeft",
        "knownCondition": {"conclusion": {"text": "psoriasis"}},
        "scoringSystem": {"pure4": {"questionnaireResponse": {"item":
            {"question1": 1, "question2": 0, "question3": 0, "question4": 1}}}}})");
    const QJsonObject evolution = evolutionOf(sev::assessManual(body));
    const QStringList keys = evolution.keys();
    const QStringList codes = sev::scoringSystemCodes();
    QCOMPARE(QSet<QString>(keys.cbegin(), keys.cend()),
             QSet<QString>(codes.cbegin(), codes.cend()));
    for (const QString &code : sev::scoringSystemCodes())
        QCOMPARE(evolution.value(code).isNull(), code != "pure4");

    const auto parsed =
        model::parseSeverityReport(QJsonDocument(envelope(evolution, false)).toJson());
    QVERIFY2(parsed.ok(), qPrintable(parsed.error().toString()));
    const model::SeverityReport &report = parsed.value();
    QCOMPARE(report.results.size(), 1);
    const model::ScoringResult &result = report.results.first();
    QCOMPARE(result.code, "pure4");
    QCOMPARE(result.score.value, 2.0);
    QCOMPARE(result.score.category, "Positive");
    QCOMPARE(result.score.intensity, 3);
    QCOMPARE(result.score.severityValue, 3.0);
    QCOMPARE(result.score.bands.size(), 2);
    QCOMPARE(result.score.bands.at(1).text, "Positive");
    QCOMPARE(result.score.bands.at(1).coding.first().code, "3");
    QCOMPARE(result.items.size(), 4);
    for (const model::SeverityItem &item : result.items) {
        QVERIFY(item.key.startsWith("question"));
        QCOMPARE(item.coding.first().code, item.key);
        QVERIFY(!item.codeText.isEmpty());
        QVERIFY(item.additionalData.isEmpty()); // answers are not AI output
        QVERIFY(!item.isBodySite());
    }
    QVERIFY(result.media.attachments.isEmpty());
}

void TestSeverity::localResponseParses()
{
    const QByteArray bytes = imageBytes("psoriasis_01.jpg");
    QVERIFY2(!bytes.isEmpty(), "../shared/images/psoriasis_01.jpg is missing");
    const cv::Mat image = sev::decodeImage(bytes);
    QCOMPARE(image.cols, 945);
    QCOMPARE(image.rows, 509);
    const QJsonObject evolution = evolutionOf(sev::assessLocal(
        requestBody("apasi", answers("apasi", {{"surface", 2}}), "elbowLeft", true), image));
    QVERIFY(!evolution.isEmpty());

    const auto parsed =
        model::parseSeverityReport(QJsonDocument(envelope(evolution, true)).toJson());
    QVERIFY2(parsed.ok(), qPrintable(parsed.error().toString()));
    QCOMPARE(parsed.value().results.size(), 1);
    const model::ScoringResult &result = parsed.value().results.first();
    QCOMPARE(result.code, "apasi");
    QStringList keys;
    for (const model::SeverityItem &item : result.items) {
        keys << item.key;
        if (item.key == "surface") {
            QCOMPARE(item.value, 2.0);
            continue;
        }
        QVERIFY2(item.value && *item.value >= 0 && *item.value <= 4, qPrintable(item.key));
        QCOMPARE(item.additionalData.first().first, "aiConfidence");
        QVERIFY(item.additionalData.first().second >= 50 &&
                item.additionalData.first().second <= 100);
        QVERIFY(!item.interpretation.isEmpty());
    }
    keys.sort();
    QCOMPARE(keys, (QStringList{"desquamation", "erythema", "induration", "surface"}));
    // Score = (E + I + D) × surface, contribution weighted by the elbow's region (0.2).
    double sum = 0;
    for (const model::SeverityItem &item : result.items)
        sum += item.key == "surface" ? 0 : item.value.value_or(0);
    QCOMPARE(result.score.value, sum * 2);
    QCOMPARE(result.score.globalContributionCode, "elbowLeft");
    QCOMPARE(*result.score.globalContribution, sev::round2(0.2 * sum * 2));
    QVERIFY(!result.score.category.isEmpty());
    // Masks at the source image's size.
    QStringList attachmentKeys;
    for (const model::Attachment &attachment : result.media.attachments) {
        attachmentKeys << attachment.key;
        QCOMPARE(attachment.width, 945);
        QCOMPARE(attachment.height, 509);
        QCOMPARE(attachment.contentType, "image/jpeg");
        QCOMPARE(attachment.colorModel, "RGB");
    }
    attachmentKeys.sort();
    QCOMPARE(attachmentKeys, (QStringList{"maskBinary", "maskRaw", "segmentation"}));
    const QJsonObject attachments = evolution.value("apasi")
                                        .toObject()
                                        .value("media")
                                        .toObject()
                                        .value("attachment")
                                        .toObject();
    for (const QString &key : attachments.keys())
        QCOMPARE(jpegSize(attachments.value(key).toObject()), QSize(945, 509));
}

void TestSeverity::everyLocalCodeParses_data()
{
    QTest::addColumn<QString>("code");
    QTest::addColumn<QString>("image");
    QTest::addColumn<QString>("bodySite");
    QTest::addColumn<QJsonObject>("items");
    QTest::addColumn<QStringList>("itemKeys");

    QTest::newRow("aeasi") << "aeasi"
                           << "dermatitis.jpg"
                           << "lowerArmLeft" << QJsonObject{{"surface", 12.5}, {"patientAge", 6}}
                           << QStringList{"erythema",        "excoriation", "induration",
                                          "lichenification", "patientAge",  "surface"};
    QTest::newRow("agppga") << "agppga"
                            << "pustular_psoriasis.jpg"
                            << "trunkFront" << QJsonObject{}
                            << QStringList{"erythema", "pustules", "scaling"};
    QTest::newRow("aihs4") << "aihs4"
                           << "hidradenitis.jpg"
                           << "genital" << QJsonObject{}
                           << QStringList{"abscess", "drainingTunnel", "nodule"};
    QTest::newRow("aladin") << "aladin"
                            << "acne.jpg"
                            << "headFront" << QJsonObject{} << QStringList{"acneLesions"};
    QTest::newRow("ascorad") << "ascorad"
                             << "dermatitis.jpg"
                             << "lowerArmRight"
                             << QJsonObject{{"surface", 20}, {"pruritus", 4}, {"sleeplessness", 2}}
                             << QStringList{"crusting",      "dryness",         "erythema",
                                            "excoriation",   "lichenification", "pruritus",
                                            "sleeplessness", "surface",         "swelling"};
    QTest::newRow("auas") << "auas"
                          << "urticaria.jpg"
                          << "trunkBack" << QJsonObject{{"pruritus", 2}}
                          << QStringList{"pruritus", "wheals"};
    QTest::newRow("awosi") << "awosi"
                           << "ulcera.jpg"
                           << "lowerLegLeft" << QJsonObject{}
                           << QStringList{"erythemaAroundWound", "tissueInWoundBed",
                                          "woundDimensions"};
    QTest::newRow("nsil") << "nsil"
                          << "dermatitis.jpg"
                          << "handLeft" << QJsonObject{}
                          << QStringList{"dryness", "erythema", "inflammatoryLesions"};
}

void TestSeverity::everyLocalCodeParses()
{
    QFETCH(QString, code);
    QFETCH(QString, image);
    QFETCH(QString, bodySite);
    QFETCH(QJsonObject, items);
    QFETCH(QStringList, itemKeys);

    const QByteArray bytes = imageBytes(image);
    QVERIFY2(!bytes.isEmpty(), qPrintable("../shared/images/" + image + " is missing"));
    const cv::Mat decoded = sev::decodeImage(bytes);
    QJsonObject body = requestBody(code, items, bodySite, true);
    if (items.isEmpty()) // nothing asked: the questionnaire may be omitted
        body.insert("scoringSystem", QJsonObject{{code, QJsonObject{}}});
    const QJsonObject evolution = evolutionOf(sev::assessLocal(body, decoded));
    QVERIFY(!evolution.isEmpty());
    const auto parsed =
        model::parseSeverityReport(QJsonDocument(envelope(evolution, true)).toJson());
    QVERIFY2(parsed.ok(), qPrintable(parsed.error().toString()));
    const model::ScoringResult &result = parsed.value().results.first();
    QCOMPARE(result.code, code);
    QStringList keys;
    for (const model::SeverityItem &item : result.items)
        keys << item.key;
    keys.sort();
    QCOMPARE(keys, itemKeys);
    QVERIFY(result.score.value.has_value());
    QVERIFY2(!result.score.category.isEmpty(), "the score falls in a band");
    QVERIFY(!result.media.attachments.isEmpty());
    for (const model::Attachment &attachment : result.media.attachments) {
        QCOMPARE(attachment.width, decoded.cols);
        QCOMPARE(attachment.height, decoded.rows);
    }
    for (const model::Detection &detection : result.media.detections) {
        QVERIFY(detection.x1 >= 0 && detection.x2 <= decoded.cols && detection.x1 < detection.x2);
        QVERIFY(detection.y1 >= 0 && detection.y2 <= decoded.rows && detection.y1 < detection.y2);
    }
}

void TestSeverity::globalResponseParses()
{
    const QByteArray vitiligo = imageBytes("vitiligo.jpg");
    const QByteArray hand = imageBytes("non_specific.jpg");
    const QByteArray scribble = imageBytes("invalid.png");
    QVERIFY2(!vitiligo.isEmpty() && !hand.isEmpty() && !scribble.isEmpty(),
             "../shared/images is missing");
    QMap<QString, sev::SiteInput> sites;
    sites.insert("handLeft", {sev::decodeImage(vitiligo), validMediaValidity(true), true});
    sites.insert("handRight", {sev::decodeImage(hand), validMediaValidity(true), true});
    sites.insert("trunkBack", {sev::decodeImage(scribble), validMediaValidity(false), false});
    const QJsonObject evolution = evolutionOf(
        sev::assessGlobal(globalBody("avasi", {"handLeft", "handRight", "trunkBack"}), sites));
    QVERIFY(!evolution.isEmpty());

    const auto parsed =
        model::parseSeverityReport(QJsonDocument(envelope(evolution, false)).toJson());
    QVERIFY2(parsed.ok(), qPrintable(parsed.error().toString()));
    const model::ScoringResult &result = parsed.value().results.first();
    QCOMPARE(result.code, "avasi");
    QCOMPARE(result.items.size(), 3);
    double validSum = 0;
    for (const model::SeverityItem &item : result.items) {
        QVERIFY2(item.isBodySite(), qPrintable(item.key));
        QCOMPARE(item.coding.first().code, item.key);
        if (item.key == "trunkBack") {
            QCOMPARE(item.mediaValidity->isValid, false);
            QVERIFY(!item.value.has_value()); // never analysed: no number
            QVERIFY(item.media.attachments.isEmpty());
            continue;
        }
        QCOMPARE(item.mediaValidity->isValid, true);
        QCOMPARE(item.mediaValidity->qualityScore, 88.0);
        QVERIFY(item.value.has_value());
        QVERIFY(*item.value >= 0 && *item.value <= 1.0); // a hand is 1 % of the body surface
        validSum += *item.value;
        QStringList keys;
        for (const model::Attachment &attachment : item.media.attachments)
            keys << attachment.key;
        keys.sort();
        QCOMPARE(keys, (QStringList{"depigmentationMaskBinary", "depigmentationMaskRaw",
                                    "segmentation", "skinMaskBinary"}));
    }
    // The score combines the valid sites only.
    QVERIFY(qAbs(*result.score.value - validSum) < 0.011);
    QVERIFY(!result.score.category.isEmpty());
    const QJsonObject vitiligoItem =
        evolution.value("avasi").toObject().value("item").toObject().value("handLeft").toObject();
    const QJsonObject mask = vitiligoItem.value("media")
                                 .toObject()
                                 .value("attachment")
                                 .toObject()
                                 .value("depigmentationMaskBinary")
                                 .toObject();
    QCOMPARE(jpegSize(mask), QSize(800, 550));

    // asalt: a missing site image is treated as invalid (fail closed).
    const QByteArray alopecia = imageBytes("alopecia.jpg");
    QMap<QString, sev::SiteInput> scalp;
    scalp.insert("headLeft", {sev::decodeImage(alopecia), validMediaValidity(true), true});
    const QJsonObject salt =
        evolutionOf(sev::assessGlobal(globalBody("asalt", {"headLeft", "headTop"}), scalp));
    const auto saltParsed =
        model::parseSeverityReport(QJsonDocument(envelope(salt, false)).toJson());
    QVERIFY2(saltParsed.ok(), qPrintable(saltParsed.error().toString()));
    const QJsonObject saltItems = salt.value("asalt").toObject().value("item").toObject();
    QVERIFY(saltItems.value("headTop").toObject().value("value").isNull());
    QCOMPARE(
        saltItems.value("headTop").toObject().value("mediaValidity").toObject().value("isValid"),
        QJsonValue(false));
    const double left = saltItems.value("headLeft").toObject().value("value").toDouble();
    QVERIFY2(left > 0 && left <= 18, qPrintable(QString::number(left)));
}

void TestSeverity::undecodableImageIs422()
{
    const sev::Assessment outcome =
        sev::assessLocal(requestBody("apasi", answers("apasi"), "armLeft", true), cv::Mat());
    const QVector<sev::FieldError> errors = errorsOf(outcome);
    QCOMPARE(errors.size(), 1);
    QCOMPARE(errors.first().type, "value_error");
    QCOMPARE(errors.first().loc, (QJsonArray{"body", "payload", "contentAttachment", "data"}));
    QVERIFY(sev::decodeImage(QByteArray("not an image")).empty());
    QVERIFY(sev::decodeImage(QByteArray()).empty());
    QVERIFY(!sev::Photo(cv::Mat(4, 4, CV_32FC3)).isValid());
}

// ------------------------------------------------------------------------------------------
// Image-derived signs

void TestSeverity::imageAnalysisIsDeterministic()
{
    const QByteArray bytes = imageBytes("psoriasis_01.jpg");
    QVERIFY2(!bytes.isEmpty(), "../shared/images/psoriasis_01.jpg is missing");
    const QJsonObject body =
        requestBody("ascorad", answers("ascorad", {{"surface", 10}}), "elbowLeft", true);
    const QJsonObject first = evolutionOf(sev::assessLocal(body, sev::decodeImage(bytes)));
    const QJsonObject second = evolutionOf(sev::assessLocal(body, sev::decodeImage(bytes)));
    QVERIFY(!first.isEmpty());
    QCOMPARE(canonical(first), canonical(second));

    const sev::Photo a(sev::decodeImage(bytes));
    const sev::Photo b(sev::decodeImage(bytes));
    QCOMPARE(a.inflammation().rednessExcess, b.inflammation().rednessExcess);
    QCOMPARE(a.depigmentation().fraction, b.depigmentation().fraction);
    QCOMPARE(a.spots(sev::SpotKind::Acne).size(), b.spots(sev::SpotKind::Acne).size());
}

void TestSeverity::erythemaOfPlaqueExceedsNormalHand()
{
    const QByteArray plaque = imageBytes("psoriasis_01.jpg");
    const QByteArray hand = imageBytes("non_specific.jpg");
    QVERIFY2(!plaque.isEmpty() && !hand.isEmpty(), "../shared/images is missing");
    const QJsonObject body =
        requestBody("apasi", answers("apasi", {{"surface", 2}}), "elbowLeft", true);
    auto erythema = [&body](const QByteArray &bytes) {
        const QJsonObject evolution = evolutionOf(sev::assessLocal(body, sev::decodeImage(bytes)));
        return evolution.value("apasi")
            .toObject()
            .value("item")
            .toObject()
            .value("erythema")
            .toObject()
            .value("value")
            .toDouble(-1);
    };
    const double plaqueGrade = erythema(plaque);
    const double handGrade = erythema(hand);
    QVERIFY2(plaqueGrade > handGrade,
             qPrintable(QString("plaque %1, hand %2").arg(plaqueGrade).arg(handGrade)));
    QVERIFY(plaqueGrade >= 3);
    QVERIFY(sev::Photo(sev::decodeImage(plaque)).inflammation().rednessExcess >
            sev::Photo(sev::decodeImage(hand)).inflammation().rednessExcess);
}

void TestSeverity::acneLesionsAreDetected()
{
    const QByteArray bytes = imageBytes("acne.jpg");
    QVERIFY2(!bytes.isEmpty(), "../shared/images/acne.jpg is missing");
    QJsonObject body = requestBody("aladin", {}, "headFront", true);
    body.insert("scoringSystem", QJsonObject{{"aladin", QJsonObject{}}});
    const QJsonObject evolution = evolutionOf(sev::assessLocal(body, sev::decodeImage(bytes)));
    const QJsonObject result = evolution.value("aladin").toObject();
    int acne = 0;
    for (const QJsonValue &detection :
         result.value("media").toObject().value("detection").toArray()) {
        const QJsonObject box = detection.toObject().value("box").toObject();
        QVERIFY(box.value("x2").toInt() <= 500 && box.value("y2").toInt() <= 400);
        acne += detection.toObject().value("code").toString() == "acne" ? 1 : 0;
    }
    QVERIFY2(acne >= 3, qPrintable(QString::number(acne)));
    const QJsonObject lesions = result.value("item").toObject().value("acneLesions").toObject();
    QCOMPARE(lesions.value("value").toInt(), acne);
    QVERIFY(lesions.value("additionalData").toObject().contains("acneDensity"));
    QVERIFY(result.value("score").toObject().value("value").toDouble() > 0);
}

void TestSeverity::vitiligoDepigmentationExceedsNormalHand()
{
    const QByteArray vitiligo = imageBytes("vitiligo.jpg");
    const QByteArray hand = imageBytes("non_specific.jpg");
    QVERIFY2(!vitiligo.isEmpty() && !hand.isEmpty(), "../shared/images is missing");
    const double vitiligoArea = sev::Photo(sev::decodeImage(vitiligo)).depigmentation().fraction;
    const double handArea = sev::Photo(sev::decodeImage(hand)).depigmentation().fraction;
    QVERIFY2(vitiligoArea > handArea,
             qPrintable(QString("vitiligo %1, hand %2").arg(vitiligoArea).arg(handArea)));
    QVERIFY(vitiligoArea > 1.5 * handArea);
}

void TestSeverity::concurrentAssessmentsAgree()
{
    const QByteArray bytes = imageBytes("acne.jpg");
    QVERIFY2(!bytes.isEmpty(), "../shared/images/acne.jpg is missing");
    const cv::Mat image = sev::decodeImage(bytes);
    const QJsonObject body = requestBody("nsil", {}, "headFront", true);
    QByteArray results[2];
    std::thread worker([&] { results[1] = canonical(evolutionOf(sev::assessLocal(body, image))); });
    results[0] = canonical(evolutionOf(sev::assessLocal(body, image)));
    worker.join();
    QVERIFY(!results[0].isEmpty());
    QCOMPARE(results[0], results[1]);
}

QTEST_GUILESS_MAIN(TestSeverity)
#include "tst_severity.moc"
