#include "Fixtures.h"
#include "model/DiagnosisReport.h"
#include "model/SeverityReport.h"
#include "model/StoredReport.h"
#include "review/ReviewJson.h"
#include "review/ReviewText.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QRandomGenerator>
#include <QTest>
#include <algorithm>

using namespace dv::review;
using namespace dv::model;
using dv::test::diagnosisWithImages;
using dv::test::fixtureBytes;
using dv::test::fixtureJson;
using dv::test::setAt;
using dv::test::toBytes;

namespace {

Review reviewDiagnosis(const QJsonValue &document, bool qa = false)
{
    const auto parsed = parseDiagnosisReport(toBytes(document));
    if (!parsed.ok())
        qFatal("fixture variant does not parse: %s", qPrintable(parsed.error().toString()));
    return Reviewer::review(parsed.value(), ReviewOptions{qa});
}

Review reviewSeverity(const QJsonValue &document, bool qa = false)
{
    const auto parsed = parseSeverityReport(toBytes(document));
    if (!parsed.ok())
        qFatal("fixture variant does not parse: %s", qPrintable(parsed.error().toString()));
    return Reviewer::review(parsed.value(), ReviewOptions{qa});
}

QJsonObject conclusion(const QString &code, double probability)
{
    return QJsonObject{
        {"code", QJsonObject{{"coding", QJsonArray{QJsonObject{{"systemDisplay", "ICD-11"},
                                                               {"code", code},
                                                               {"display", code + " display"}}}},
                             {"text", code + " text"}}},
        {"probability", probability}};
}

void verifyNothingClinical(const ImageReview &image)
{
    QVERIFY(!image.gate.shown);
    QCOMPARE(image.differential.total(), 0);
    QVERIFY(image.indicators.isEmpty());
    QVERIFY(!image.entropy);
    QCOMPARE(image.heatmapCount, 0);
    QVERIFY(image.flags.isEmpty());
    QVERIFY(!image.gate.reasons.isEmpty());
    QVERIFY(!image.retakePrompt.isEmpty() || image.gate.reasons.first().contains("mediaValidity"));
}

void verifyAggregateAbsent(const Review &review)
{
    QVERIFY(!review.aggregate.shown);
    QVERIFY(!review.aggregate.valid);
    QVERIFY(!review.aggregate.reasons.isEmpty());
    QCOMPARE(review.differential.total(), 0);
    QVERIFY(review.clinicalIndicators.isEmpty());
    QVERIFY(!review.sensitivity && !review.specificity && !review.entropy);
    QVERIFY(review.flags.isEmpty());
}

} // namespace

class TestReview : public QObject
{
    Q_OBJECT

private slots:
    void seedIsShownSortedAndUnchanged();
    void invalidImageWithholdsEverything_data();
    void invalidImageWithholdsEverything();
    void oneValidTwoInvalid();
    void noPerImageAnalysisWithholdsAggregate();
    void qaModeRevealsAndMarks();
    void differentialOf320InRandomOrder();
    void tiesKeepServerOrder();
    void bands_data();
    void bands();
    void flags_data();
    void flags();
    void severityLocalShown();
    void severityLocalWithoutValidityWithheld();
    void severityLocalInvalidPhoto();
    void severityManualQuestionnaireShown();
    void severityGlobalOneInvalidSite();
    void storedReportsShown_data();
    void storedReportsShown();
    void storedReportObservationGate_data();
    void storedReportObservationGate();
    void jsonWithheldIsAbsent();
    void jsonQaMarksEveryRevealedPart();
    void textCarriesDisclaimerAndId();
};

void TestReview::seedIsShownSortedAndUnchanged()
{
    const Review review = reviewDiagnosis(fixtureJson("seed/diagnosis-support.json"));
    QVERIFY(review.aggregate.shown && review.aggregate.valid);
    QVERIFY(review.aggregate.reasons.isEmpty());
    QCOMPARE(review.reportId, QStringLiteral("f426f15d-fcea-4bd0-942e-7528bf163c5d"));
    const auto top = review.differential.top();
    QCOMPARE(top.size(), 2);
    QCOMPARE(top.at(0).code, QStringLiteral("EA89"));
    QCOMPARE(top.at(0).rank, 1);
    QCOMPARE(top.at(0).probability, 94.89877797); // as sent, never renormalised
    QCOMPARE(top.at(1).code, QStringLiteral("1F28"));
    QCOMPARE(top.at(1).probability, 0.15845833);
    QCOMPARE(review.clinicalIndicators.size(), 5);
    QCOMPARE(review.entropyBand.key, QStringLiteral("very-low"));
    QVERIFY(review.flags.isEmpty());
    QCOMPARE(review.images.size(), 1);
    QVERIFY(review.images.at(0).gate.shown);
    QCOMPARE(review.images.at(0).heatmapCount, 1);
    QCOMPARE(review.images.at(0).qualityBand.key, QStringLiteral("excellent"));
    QVERIFY(review.warnings.isEmpty());
}

void TestReview::invalidImageWithholdsEverything_data()
{
    QTest::addColumn<QString>("path");
    QTest::addColumn<QJsonValue>("value");
    QTest::addColumn<QString>("reason");
    const QString mv = QStringLiteral("imagingAnalysis[0].mediaValidity");
    QTest::newRow("isValid false") << mv + ".isValid" << QJsonValue(false) << "not valid";
    QTest::newRow("isValid null") << mv + ".isValid" << QJsonValue() << "isValid is missing";
    QTest::newRow("isValid missing")
        << mv + ".isValid" << QJsonValue(QJsonValue::Undefined) << "isValid is missing";
    QTest::newRow("mediaValidity missing")
        << mv << QJsonValue(QJsonValue::Undefined) << "no image-quality assessment";
    QTest::newRow("valid but not acceptable")
        << mv + ".quality.acceptable" << QJsonValue(false) << "contradicts itself";
    QTest::newRow("valid but not skin")
        << mv + ".domain.isDermatological" << QJsonValue(false) << "contradicts itself";
}

void TestReview::invalidImageWithholdsEverything()
{
    QFETCH(QString, path);
    QFETCH(QJsonValue, value);
    QFETCH(QString, reason);
    QJsonValue document = fixtureJson("seed/diagnosis-support.json");
    setAt(document, path, value);
    const Review review = reviewDiagnosis(document);
    const ImageReview &image = review.images.at(0);
    verifyNothingClinical(image);
    QVERIFY2(image.gate.reasons.join(' ').contains(reason),
             qPrintable(image.gate.reasons.join(' ')));
    verifyAggregateAbsent(review);
    QVERIFY(review.aggregate.reasons.first().contains(QLatin1String("(not valid: 1)")) ||
            review.aggregate.reasons.first().contains(QLatin1String("cannot be confirmed")));
}

void TestReview::oneValidTwoInvalid()
{
    const Review review = reviewDiagnosis(diagnosisWithImages({true, false, false}));
    QCOMPARE(review.images.size(), 3);
    QVERIFY(review.images.at(0).gate.shown);
    QCOMPARE(review.images.at(0).differential.total(), 1);
    verifyNothingClinical(review.images.at(1));
    verifyNothingClinical(review.images.at(2));
    QVERIFY(review.images.at(1).gate.reasons.join(' ').contains(QLatin1String("score 12")));
    verifyAggregateAbsent(review);
    QVERIFY(review.aggregate.reasons.first().contains(QLatin1String("2, 3")));
    QVERIFY(
        review.aggregate.reasons.first().contains(QLatin1String("Re-analyse the valid images")));
}

void TestReview::noPerImageAnalysisWithholdsAggregate()
{
    QJsonValue document = fixtureJson("seed/diagnosis-support.json");
    setAt(document, QStringLiteral("imagingAnalysis"), QJsonValue(QJsonValue::Undefined));
    const Review review = reviewDiagnosis(document);
    verifyAggregateAbsent(review);
    QVERIFY(review.aggregate.reasons.first().contains(QLatin1String("no per-image analysis")));
}

void TestReview::qaModeRevealsAndMarks()
{
    const Review review = reviewDiagnosis(diagnosisWithImages({true, false}), true);
    QVERIFY(review.qaMode);
    QVERIFY(review.aggregate.shown);
    QVERIFY(!review.aggregate.valid);
    QVERIFY(review.aggregate.qaRevealed());
    QCOMPARE(review.differential.top().at(0).code, QStringLiteral("EA89"));
    QVERIFY(!review.images.at(0).gate.qaRevealed()); // valid: shown, not a QA reveal
    QVERIFY(review.images.at(1).gate.qaRevealed());
    QCOMPARE(review.images.at(1).differential.total(), 1);
    QVERIFY(!review.images.at(1).gate.reasons.isEmpty()); // still says why it was withheld
}

void TestReview::differentialOf320InRandomOrder()
{
    QRandomGenerator random(20261122);
    QJsonArray conclusions;
    QVector<double> probabilities;
    for (int i = 0; i < 320; ++i) {
        const double p = random.bounded(100000) / 1000.0;
        probabilities.append(p);
        conclusions.append(conclusion(QStringLiteral("C%1").arg(i), p));
    }
    QJsonValue document = fixtureJson("seed/diagnosis-support.json");
    setAt(document, QStringLiteral("conclusion"), conclusions);
    const Review review = reviewDiagnosis(document);
    QCOMPARE(review.differential.total(), 320);
    QCOMPARE(review.differential.remaining(), 315);
    std::sort(probabilities.begin(), probabilities.end(), std::greater<>());
    const auto top = review.differential.top();
    QCOMPARE(top.size(), 5);
    for (int i = 0; i < 5; ++i) {
        QCOMPARE(top.at(i).probability, probabilities.at(i));
        QCOMPARE(top.at(i).rank, i + 1);
    }
    for (qsizetype i = 1; i < review.differential.ranked.size(); ++i)
        QVERIFY(review.differential.ranked.at(i - 1).probability >=
                review.differential.ranked.at(i).probability);
    QVERIFY(review.warnings.join(' ').contains(QLatin1String("out of probability order")));
    QVERIFY(review.warnings.join(' ').contains(QLatin1String("more than 100")));
}

void TestReview::tiesKeepServerOrder()
{
    QJsonValue document = fixtureJson("seed/diagnosis-support.json");
    setAt(document, QStringLiteral("conclusion"),
          QJsonArray{conclusion("B", 20), conclusion("A", 30), conclusion("C", 20),
                     conclusion("D", 20)});
    const Review review = reviewDiagnosis(document);
    QStringList order;
    for (const RankedConclusion &c : review.differential.ranked)
        order << c.code;
    QCOMPARE(order, (QStringList{"A", "B", "C", "D"}));
    QCOMPARE(review.differential.ranked.at(3).rank, 4);
}

void TestReview::bands_data()
{
    QTest::addColumn<double>("value");
    QTest::addColumn<QString>("quality");
    QTest::addColumn<QString>("entropy");
    QTest::newRow("0") << 0.0 << "bad"
                       << "very-low";
    QTest::newRow("1") << 1.0 << "bad"
                       << "very-low";
    QTest::newRow("20") << 20.0 << "bad"
                        << "very-low";
    QTest::newRow("20.4") << 20.4 << "poor"
                          << "low";
    QTest::newRow("21") << 21.0 << "poor"
                        << "low";
    QTest::newRow("40") << 40.0 << "poor"
                        << "low";
    QTest::newRow("41") << 41.0 << "fair"
                        << "moderate";
    QTest::newRow("60") << 60.0 << "fair"
                        << "moderate";
    QTest::newRow("61") << 61.0 << "good"
                        << "high";
    QTest::newRow("80") << 80.0 << "good"
                        << "high";
    QTest::newRow("81") << 81.0 << "excellent"
                        << "very-high";
    QTest::newRow("100") << 100.0 << "excellent"
                         << "very-high";
}

void TestReview::bands()
{
    QFETCH(double, value);
    QFETCH(QString, quality);
    QFETCH(QString, entropy);
    QCOMPARE(Bands::quality(value).key, quality);
    QCOMPARE(Bands::entropy(value).key, entropy);
    QVERIFY(Bands::quality(std::nullopt).key.isEmpty());
}

void TestReview::flags_data()
{
    QTest::addColumn<QString>("path");
    QTest::addColumn<double>("value");
    QTest::addColumn<QString>("flag");
    QTest::newRow("urgent") << "clinicalIndicator.urgentReferral" << 72.0 << "urgentReferral";
    QTest::newRow("urgent at threshold") << "clinicalIndicator.urgentReferral" << 50.0 << "";
    QTest::newRow("high priority")
        << "clinicalIndicator.highPriorityReferral" << 50.1 << "highPriorityReferral";
    QTest::newRow("malignancy") << "clinicalIndicator.malignancy" << 88.0 << "malignancy";
    QTest::newRow("entropy high") << "performanceIndicator.entropy" << 65.0 << "highUncertainty";
    QTest::newRow("entropy moderate") << "performanceIndicator.entropy" << 55.0 << "";
}

void TestReview::flags()
{
    QFETCH(QString, path);
    QFETCH(double, value);
    QFETCH(QString, flag);
    QJsonValue document = fixtureJson("seed/diagnosis-support.json");
    setAt(document, path, value);
    const Review review = reviewDiagnosis(document);
    QStringList keys;
    for (const Flag &f : review.flags)
        keys << f.key;
    QCOMPARE(keys, flag.isEmpty() ? QStringList() : QStringList{flag});
    if (flag == QLatin1String("urgentReferral"))
        QVERIFY(review.flags.first().message.contains(QLatin1String("48 hours")));
}

void TestReview::severityLocalShown()
{
    const Review review = reviewSeverity(fixtureJson("api-notes/severity-local.json"));
    QVERIFY(review.aggregate.shown && review.aggregate.valid);
    QCOMPARE(review.scores.size(), 1);
    const ScoreReview &score = review.scores.at(0);
    QCOMPARE(*score.value, 6.3);
    QCOMPARE(score.interpretation, QStringLiteral("Severe"));
    QCOMPARE(*score.intensity, 3);
    QCOMPARE(score.items.size(), 4);
    QCOMPARE(score.maskCount, 2);
    QCOMPARE(score.detectionCount, 1);
    QCOMPARE(review.images.size(), 1);
}

void TestReview::severityLocalWithoutValidityWithheld()
{
    QJsonValue document = fixtureJson("api-notes/severity-local.json");
    setAt(document, QStringLiteral("mediaValidity"), QJsonValue(QJsonValue::Undefined));
    const Review review = reviewSeverity(document);
    QVERIFY(!review.aggregate.shown);
    const ScoreReview &score = review.scores.at(0);
    QVERIFY(!score.gate.shown);
    QVERIFY(!score.value);
    QVERIFY(score.items.isEmpty());
    QCOMPARE(score.maskCount, 0);
    QVERIFY(score.gate.reasons.first().contains(QLatin1String("computed from images")));
}

void TestReview::severityLocalInvalidPhoto()
{
    QJsonValue document = fixtureJson("api-notes/severity-local.json");
    setAt(document, QStringLiteral("mediaValidity.isValid"), false);
    const Review review = reviewSeverity(document);
    QVERIFY(!review.scores.at(0).gate.shown);
    QVERIFY(!review.scores.at(0).value);
    QVERIFY(!review.images.at(0).gate.shown);
    const Review qa = reviewSeverity(document, true);
    QVERIFY(qa.scores.at(0).gate.qaRevealed());
    QCOMPARE(*qa.scores.at(0).value, 6.3);
}

void TestReview::severityManualQuestionnaireShown()
{
    const Review review = reviewSeverity(fixtureJson("api-notes/severity-manual.json"));
    QVERIFY(review.aggregate.shown);
    QVERIFY(review.images.isEmpty());
    QCOMPARE(*review.scores.at(0).value, 2.0);
    QCOMPARE(*review.scores.at(0).severityLevel, 2.0);
    QCOMPARE(review.scores.at(0).bands.size(), 2);
}

void TestReview::severityGlobalOneInvalidSite()
{
    const Review review = reviewSeverity(fixtureJson("api-notes/severity-global-one-invalid.json"));
    QCOMPARE(review.images.size(), 3);
    int shownSites = 0;
    for (const ImageReview &site : review.images) {
        if (site.bodySite == QLatin1String("trunkBack")) {
            QVERIFY(!site.gate.shown);
            QVERIFY(!site.scoreContribution);
        } else {
            QVERIFY(site.gate.shown);
            QVERIFY(site.scoreContribution);
            ++shownSites;
        }
    }
    QCOMPARE(shownSites, 2);
    const ScoreReview &score = review.scores.at(0);
    QVERIFY(!score.gate.shown);
    QVERIFY(!score.value);
    QVERIFY(score.gate.reasons.join(' ').contains(QLatin1String("trunkBack")));
    QVERIFY(!review.aggregate.shown);
}

void TestReview::storedReportsShown_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<int>("format");
    QTest::addColumn<QString>("top");
    QTest::newRow("standard") << "seed/report-standard.json" << int(StoredReportFormat::Standard)
                              << "ED80";
    QTest::newRow("fhir") << "seed/report-fhir.json" << int(StoredReportFormat::Fhir) << "EA90";
}

void TestReview::storedReportsShown()
{
    QFETCH(QString, file);
    QFETCH(int, format);
    QFETCH(QString, top);
    const auto parsed = parseStoredReport(fixtureBytes(file), StoredReportFormat(format));
    QVERIFY(parsed.ok());
    const Review review = Reviewer::review(parsed.value());
    QVERIFY(review.aggregate.shown);
    QCOMPARE(review.differential.top().at(0).code, top);
    QCOMPARE(review.scores.size(), 1);
    QVERIFY(review.scores.at(0).value);
    QVERIFY(!review.warnings.isEmpty()); // says how validity was judged
}

void TestReview::storedReportObservationGate_data()
{
    QTest::addColumn<QString>("path");
    QTest::addColumn<QJsonValue>("value");
    QTest::addColumn<bool>("shown");
    const QString media = QStringLiteral("data.result.observations[0].media");
    QTest::newRow("fair is enough") << media + ".diqaScore" << QJsonValue(41) << true;
    QTest::newRow("poor") << media + ".diqaScore" << QJsonValue(40) << false;
    QTest::newRow("no score") << media + ".diqaScore" << QJsonValue() << false;
    QTest::newRow("modality None") << media + ".modality" << QJsonValue("None") << false;
    QTest::newRow("dermoscopic") << media + ".modality" << QJsonValue("Dermoscopic") << true;
    QTest::newRow("no observations")
        << QStringLiteral("data.result.observations") << QJsonValue(QJsonArray()) << false;
}

void TestReview::storedReportObservationGate()
{
    QFETCH(QString, path);
    QFETCH(QJsonValue, value);
    QFETCH(bool, shown);
    QJsonValue document = fixtureJson("seed/report-standard.json");
    setAt(document, path, value);
    const auto parsed = parseStoredReport(toBytes(document), StoredReportFormat::Standard);
    QVERIFY(parsed.ok());
    const Review review = Reviewer::review(parsed.value());
    QCOMPARE(review.aggregate.shown, shown);
    QCOMPARE(review.differential.total() > 0, shown);
    QCOMPARE(review.scores.at(0).value.has_value(), shown);
    // The pathology can be the model's top conclusion: withheld with the combined result,
    // revealed in QA mode.
    QCOMPARE(!review.pathology.isEmpty(), shown);
    QVERIFY(!Reviewer::review(parsed.value(), ReviewOptions{true}).pathology.isEmpty());
}

void TestReview::jsonWithheldIsAbsent()
{
    const QJsonObject json = reviewToJson(reviewDiagnosis(diagnosisWithImages({true, false})));
    QCOMPARE(json.value("kind").toString(), QStringLiteral("diagnosis-support"));
    const QJsonObject gate = json.value("gate").toObject();
    QCOMPARE(gate.value("aggregateShown").toBool(true), false);
    QCOMPARE(gate.value("images").toArray().size(), 2);
    QCOMPARE(gate.value("images").toArray().at(1).toObject().value("shown").toBool(true), false);
    QVERIFY(!gate.value("images").toArray().at(1).toObject().value("reasons").toArray().isEmpty());
    QCOMPARE(json.value("differential").toArray().size(), 0);
    QCOMPARE(json.value("differentialTotal").toInt(-1), 0);
    QVERIFY(json.value("clinicalIndicators").isNull());
    QVERIFY(json.value("performanceIndicators").isNull());
    const QJsonObject invalid = json.value("images").toArray().at(1).toObject();
    QCOMPARE(invalid.value("isValid").toBool(true), false);
    QCOMPARE(invalid.value("differential").toArray().size(), 0);
    QCOMPARE(invalid.value("heatmapCount").toInt(-1), 0);
    QVERIFY(invalid.value("clinicalIndicators").isNull());
    QCOMPARE(invalid.value("quality").toObject().value("score").toDouble(), 12.0);
    QVERIFY(!json.contains("notice"));
    const QJsonObject valid = json.value("images").toArray().at(0).toObject();
    QCOMPARE(valid.value("differential").toArray().at(0).toObject().value("code").toString(),
             QStringLiteral("EA89"));
}

void TestReview::jsonQaMarksEveryRevealedPart()
{
    const QJsonObject json =
        reviewToJson(reviewDiagnosis(diagnosisWithImages({true, false}), true));
    QCOMPARE(json.value("notice").toString(), QStringLiteral("NOT FOR CLINICAL USE"));
    QVERIFY(json.value("gate").toObject().value("aggregateQaRevealed").toBool());
    QCOMPARE(json.value("differential").toArray().size(), 2);
    const QJsonArray images = json.value("images").toArray();
    QVERIFY(!images.at(0).toObject().contains("qaRevealed"));
    QVERIFY(images.at(1).toObject().value("qaRevealed").toBool());
    QCOMPARE(images.at(1).toObject().value("differential").toArray().size(), 1);
}

void TestReview::textCarriesDisclaimerAndId()
{
    const QString text = ReviewText::render(reviewDiagnosis(diagnosisWithImages({false})));
    QVERIFY(text.contains(Reviewer::disclaimer()));
    QVERIFY(text.contains(QLatin1String("f426f15d-fcea-4bd0-942e-7528bf163c5d")));
    QVERIFY(text.contains(QLatin1String("NOT VALID")));
    QVERIFY(!text.contains(QLatin1String("EA89"))); // withheld means not rendered
    const QString qa = ReviewText::render(reviewDiagnosis(diagnosisWithImages({false}), true));
    QVERIFY(qa.contains(QLatin1String("EA89")));
    QVERIFY(qa.count(QLatin1String("NOT FOR CLINICAL USE")) >= 3); // header, aggregate, image
}

QTEST_GUILESS_MAIN(TestReview)
#include "tst_review.moc"
