// ScoreSection fed with reviews of real severity answers (API-NOTES' local and global shapes,
// the seed stored report's scoring system): what the review withholds is absent, QA reveals
// are watermarked, bands, items with their AI confidence, facets and media counts are shown.
#include "Fixtures.h"
#include "ResultFixtures.h"
#include "result/QaWatermark.h"
#include "result/ScoreSection.h"

#include <QLabel>
#include <QTest>

using namespace dv::ui;
using namespace dv::test;
using dv::review::Review;
using dv::review::Reviewer;

namespace {

Review severityReview(const QString &fixture, bool qaMode = false)
{
    const auto parsed = dv::model::parseSeverityReport(fixtureBytes(fixture));
    if (!parsed.ok())
        qFatal("%s does not parse: %s", qPrintable(fixture), qPrintable(parsed.error().toString()));
    return Reviewer::review(parsed.value(), {qaMode});
}

QString labelText(const QWidget &root, const QString &objectName)
{
    const auto *label = root.findChild<QLabel *>(objectName);
    return label ? label->text() : QString();
}

QStringList labelTexts(const QWidget &root, const QString &objectName)
{
    QStringList texts;
    for (const QLabel *label : root.findChildren<QLabel *>(objectName))
        texts << label->text();
    return texts;
}

} // namespace

class TestScoreSection : public QObject
{
    Q_OBJECT

private slots:
    void localScoreWithItemsAndConfidence();
    void withheldGlobalScoreShowsOnlyReasons();
    void qaRevealIsWatermarked();
    void storedReportBandsAndFacets();
    void newScoreReplacesOld();
};

void TestScoreSection::localScoreWithItemsAndConfidence()
{
    const Review review = severityReview(QStringLiteral("api-notes/severity-local.json"));
    QCOMPARE(review.scores.size(), 1);
    ScoreSection section;
    section.setScore(review.scores.first());

    QCOMPARE(labelText(section, QStringLiteral("scoreTitle")), QStringLiteral("APASI"));
    QCOMPARE(labelText(section, QStringLiteral("scoreValue")), QStringLiteral("6.3"));
    QCOMPARE(labelText(section, QStringLiteral("scoreInterpretation")), QStringLiteral("Severe"));
    QVERIFY(labelText(section, QStringLiteral("scoreFacts")).contains(QStringLiteral("3 of 3")));
    const QStringList items = labelTexts(section, QStringLiteral("itemLabel"));
    for (const char *item : {"Erythema", "Desquamation", "Induration", "Surface"})
        QVERIFY2(items.contains(QLatin1String(item)), item);
    const QStringList details = labelTexts(section, QStringLiteral("itemDetails"));
    QVERIFY(details.contains(QStringLiteral("AI confidence 91.5 %")));
    QVERIFY(details.contains(QStringLiteral("AI confidence 88.1 %"))); // bare-number shape
    QVERIFY(details.contains(QStringLiteral("12.5 % of the body surface")));
    QCOMPARE(labelText(section, QStringLiteral("mediaCounts")),
             QStringLiteral("2 mask(s), 1 detection(s)"));
    QVERIFY(!section.findChild<QaWatermark *>());
    QVERIFY(labelTexts(section, QStringLiteral("gateReason")).isEmpty());
}

void TestScoreSection::withheldGlobalScoreShowsOnlyReasons()
{
    const Review review =
        severityReview(QStringLiteral("api-notes/severity-global-one-invalid.json"));
    QCOMPARE(review.scores.size(), 1);
    ScoreSection section;
    section.setScore(review.scores.first());

    const QStringList reasons = labelTexts(section, QStringLiteral("gateReason"));
    QVERIFY(!reasons.isEmpty());
    QVERIFY(reasons.join(' ').contains(QStringLiteral("trunkBack")));
    for (const char *name : {"scoreValue", "scoreInterpretation", "scoreFacts", "itemLabel",
                             "mediaCounts", "bandPlacement"})
        QVERIFY2(!section.findChild<QWidget *>(QLatin1String(name)), name);
    const QString everything = visibleTexts(&section).join('\n');
    QVERIFY(!everything.contains(QStringLiteral("18.4")));
    QVERIFY(!everything.contains(QStringLiteral("Moderate")));
}

void TestScoreSection::qaRevealIsWatermarked()
{
    const Review review =
        severityReview(QStringLiteral("api-notes/severity-global-one-invalid.json"), true);
    ScoreSection section;
    section.setScore(review.scores.first());
    QCOMPARE(labelText(section, QStringLiteral("scoreValue")), QStringLiteral("18.4"));
    QVERIFY(section.findChild<QaWatermark *>());
    QVERIFY(section.findChild<QWidget *>(QStringLiteral("qaBanner")));
}

void TestScoreSection::storedReportBandsAndFacets()
{
    const auto parsed =
        dv::model::parseStoredReport(fixtureBytes(QStringLiteral("seed/report-standard.json")),
                                     dv::model::StoredReportFormat::Standard);
    QVERIFY(parsed.ok());
    const Review review = Reviewer::review(parsed.value());
    QVERIFY(!review.scores.isEmpty());
    const dv::review::ScoreReview &score = review.scores.first();
    QVERIFY(score.gate.shown); // the seed report's photos are valid
    ScoreSection section;
    section.setScore(score);
    const auto *bands = section.findChild<QWidget *>(QStringLiteral("severityBands"));
    QVERIFY(bands);
    for (const char *band : {"0–0 None", "0–2.1 Mild", "2.1–4.5 Moderate", "4.5–21.6 Severe"})
        QVERIFY2(bands->accessibleDescription().contains(QString::fromUtf8(band)),
                 qPrintable(bands->accessibleDescription()));
    QCOMPARE(labelText(section, QStringLiteral("bandPlacement")),
             QStringLiteral("The score 8 lies in the band “Severe” (4.5–21.6)."));
    QVERIFY(labelText(section, QStringLiteral("bandLegend")).contains(QStringLiteral("0–0 None")));
    QVERIFY(labelText(section, QStringLiteral("scoreFacts")).contains(QStringLiteral("1")));
    const QStringList facets = labelTexts(section, QStringLiteral("facetValue"));
    QVERIFY2(facets.contains(QStringLiteral("Mild (0-10) (5)")), qPrintable(facets.join('|')));
    QVERIFY(bands->sizeHint().height() > 0);
    QVERIFY(!section.grab().isNull()); // paints without crashing
}

void TestScoreSection::newScoreReplacesOld()
{
    ScoreSection section;
    section.setScore(severityReview(QStringLiteral("api-notes/severity-local.json")).scores[0]);
    QVERIFY(!labelTexts(section, QStringLiteral("itemLabel")).isEmpty());
    section.setScore(
        severityReview(QStringLiteral("api-notes/severity-global-one-invalid.json")).scores[0]);
    QVERIFY(labelTexts(section, QStringLiteral("itemLabel")).isEmpty());
    QCOMPARE(section.findChildren<QLabel *>(QStringLiteral("scoreTitle")).size(), 1);
}

QTEST_MAIN(TestScoreSection)
#include "tst_score_section.moc"
