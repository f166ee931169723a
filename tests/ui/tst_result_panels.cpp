// The combined-result and per-image panels fed with reviews of real responses (the seed page's
// example and in-process sandbox answers for the shared photos): what is withheld is absent,
// the retake prompt, the re-analyse offer, QA mode's watermark, the disclaimer and report id.
#include "Fixtures.h"
#include "ResultFixtures.h"
#include "common/Localization.h"
#include "result/AllConclusionsDialog.h"
#include "result/DifferentialBars.h"
#include "result/DifferentialSection.h"
#include "result/GaugeBar.h"
#include "result/ImageReviewPanel.h"
#include "result/IndicatorGauges.h"
#include "result/QaWatermark.h"
#include "result/ReportHeader.h"
#include "result/ResultPanel.h"
#include "result/ResultStyle.h"
#include "result/ToneLabel.h"

#include <QLabel>
#include <QLineEdit>
#include <QPointer>
#include <QPushButton>
#include <QSignalSpy>
#include <QTest>
#include <QTranslator>

using namespace dv::ui;
using namespace dv::test;
using dv::model::DiagnosisReport;
using dv::review::Review;
using dv::review::Reviewer;

class TestResultPanels : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void indicatorsWithBandTextAndFlags();
    void invalidImageShowsRetakePromptOnly();
    void validImageShowsItsOwnResult();
    void aggregateWithheldWhenAnyImageInvalid();
    void reanalyseDisabledWhenNoImageValid();
    void qaModeRevealsOnlyUnderWatermark();
    void disclaimerAndReportIdAlwaysPresent();
    void newReviewReplacesEverything();
    void severityHasNoCombinedDifferential();
    void germanInterface();

private:
    DiagnosisReport m_seed;
    DiagnosisReport m_mixed;    ///< acne.jpg (valid) + invalid.png
    DiagnosisReport m_allValid; ///< nevus.jpg + psoriasis_01.jpg
};

void TestResultPanels::initTestCase()
{
    m_seed = seedDiagnosis();
    m_mixed = sandboxDiagnosis({QStringLiteral("acne.jpg"), QStringLiteral("invalid.png")});
    m_allValid =
        sandboxDiagnosis({QStringLiteral("nevus.jpg"), QStringLiteral("psoriasis_01.jpg")});
    // What the tests below rely on, checked once against the real answers.
    QVERIFY(reviewOf(m_mixed).images.at(0).gate.valid);
    QVERIFY(!reviewOf(m_mixed).images.at(1).gate.valid);
    QVERIFY(reviewOf(m_allValid).aggregate.valid);
}

void TestResultPanels::indicatorsWithBandTextAndFlags()
{
    const Review seed = reviewOf(m_seed);
    ResultPanel panel;
    panel.setReview(seed);
    IndicatorGauges *gauges = panel.indicatorGauges();
    QVERIFY(gauges);
    // Five indicators and the entropy.
    QCOMPARE(gauges->gaugeCount(), static_cast<int>(seed.clinicalIndicators.size()) + 1);
    const QStringList texts = visibleTexts(gauges);
    for (const dv::review::Indicator &indicator : seed.clinicalIndicators) {
        QVERIFY2(texts.contains(indicator.label), qPrintable(indicator.label));
        QVERIFY(texts.contains(percentText(*indicator.value)));
        if (!indicator.guidance.isEmpty())
            QVERIFY2(texts.contains(indicator.guidance), qPrintable(indicator.guidance));
    }
    QVERIFY(texts.contains(QStringLiteral("to be seen within 48 hours")));
    QVERIFY(texts.contains(QStringLiteral("to be seen within 15 days")));
    // The band is written, not only coloured.
    QStringList bandKeys;
    for (const ToneLabel *chip : gauges->findChildren<ToneLabel *>(QStringLiteral("bandChip"))) {
        QVERIFY(!chip->text().isEmpty());
        bandKeys << chip->bandKey();
    }
    QVERIFY(bandKeys.contains(QStringLiteral("very-high"))); // has condition 99.96
    QVERIFY(bandKeys.contains(seed.entropyBand.key));
    QVERIFY(texts.contains(seed.entropyBand.label));
    QVERIFY(texts.contains(percentText(*seed.sensitivity)));
    QVERIFY(texts.contains(percentText(*seed.specificity)));
    QVERIFY(gauges->flagMessages().isEmpty());

    // The sandbox's acne answer is uncertain: its flag is shown.
    const Review mixed = reviewOf(m_mixed);
    const auto &image = mixed.images.at(0);
    QVERIFY(!image.flags.isEmpty());
    ImageReviewPanel imagePanel;
    imagePanel.setImage(mixed, 0);
    QVERIFY(imagePanel.indicatorGauges());
    const QStringList flags = imagePanel.indicatorGauges()->flagMessages();
    QCOMPARE(flags.size(), image.flags.size());
    QVERIFY(flags.at(0).contains(image.flags.at(0).message));
}

void TestResultPanels::invalidImageShowsRetakePromptOnly()
{
    const Review review = reviewOf(m_mixed);
    const auto &image = review.images.at(1);
    ImageReviewPanel panel;
    panel.setImage(review, 1);
    panel.show();
    QVERIFY(QTest::qWaitForWindowExposed(&panel));

    QVERIFY(!panel.differentialSection());
    QVERIFY(!panel.indicatorGauges());
    QVERIFY(panel.findChildren<DifferentialBars *>().isEmpty());
    QVERIFY(panel.findChildren<IndicatorGauges *>().isEmpty());
    QVERIFY(panel.findChildren<GaugeBar *>().isEmpty());
    QVERIFY(panel.findChildren<QaWatermark *>().isEmpty());

    auto *prompt = panel.findChild<QLabel *>(QStringLiteral("retakePrompt"));
    QVERIFY(prompt);
    QVERIFY(prompt->isVisible());
    QVERIFY(!image.retakePrompt.isEmpty());
    QCOMPARE(prompt->text(), image.retakePrompt);
    const auto reasons = panel.findChildren<QLabel *>(QStringLiteral("invalidReason"));
    QCOMPARE(reasons.size(), image.gate.reasons.size());
    QVERIFY(reasons.at(0)->text().contains(image.gate.reasons.at(0)));
    // The validity block stays: it says why.
    QCOMPARE(panel.findChild<QLabel *>(QStringLiteral("isValid"))->text(), QStringLiteral("no"));
    QCOMPARE(
        panel.findChild<QLabel *>(QStringLiteral("dermatological"))->text(),
        QStringLiteral("no (AI confidence %1)").arg(percentText(*image.dermatologicalConfidence)));
    QVERIFY(panel.findChild<ToneLabel *>(QStringLiteral("qualityBand")));
    QCOMPARE(panel.findChild<ToneLabel *>(QStringLiteral("qualityBand"))->bandKey(),
             image.qualityBand.key);

    // None of the conclusions the service sent for this image appears anywhere.
    const QStringList texts = visibleTexts(&panel);
    for (const auto &conclusion : m_mixed.images.at(1).conclusions) {
        const auto *coding = conclusion.primaryCoding();
        QVERIFY(coding);
        for (const QString &text : texts)
            QVERIFY2(!text.contains(coding->display), qPrintable(text));
    }
}

void TestResultPanels::validImageShowsItsOwnResult()
{
    const Review review = reviewOf(m_mixed);
    const auto &image = review.images.at(0);
    ImageReviewPanel panel;
    panel.setImage(review, 0);
    QVERIFY(panel.differentialSection());
    const DifferentialBars *bars = panel.differentialSection()->topBars();
    QCOMPARE(bars->rowCount(), 5);
    QCOMPARE(bars->conclusionAt(0).code, image.differential.ranked.at(0).code);
    QVERIFY(panel.differentialSection()->showAllButton());
    QCOMPARE(panel.indicatorGauges()->gaugeCount(), static_cast<int>(image.indicators.size()) + 1);
    QVERIFY(!panel.findChild<QLabel *>(QStringLiteral("retakePrompt")));
    QCOMPARE(panel.findChild<QLabel *>(QStringLiteral("isValid"))->text(), QStringLiteral("yes"));
    QVERIFY(panel.findChildren<QaWatermark *>().isEmpty());
}

void TestResultPanels::aggregateWithheldWhenAnyImageInvalid()
{
    const Review review = reviewOf(m_mixed);
    QVERIFY(!review.aggregate.shown);
    ResultPanel panel;
    panel.setReview(review);
    panel.show();
    QVERIFY(QTest::qWaitForWindowExposed(&panel));

    QVERIFY(!panel.differentialSection());
    QVERIFY(!panel.indicatorGauges());
    QVERIFY(panel.findChildren<DifferentialBars *>().isEmpty());
    QVERIFY(panel.findChildren<GaugeBar *>().isEmpty());
    QVERIFY(!panel.findChild<QWidget *>(QStringLiteral("combinedResult")));
    // Not even as text: none of the combined conclusions the service sent is on screen.
    const QStringList texts = visibleTexts(&panel);
    for (const auto &conclusion : m_mixed.conclusions) {
        for (const QString &text : texts)
            QVERIFY2(!text.contains(conclusion.primaryCoding()->display), qPrintable(text));
    }

    const auto reasons = panel.findChildren<QLabel *>(QStringLiteral("withheldReason"));
    QCOMPARE(reasons.size(), review.aggregate.reasons.size());
    QVERIFY(reasons.at(0)->text().contains(review.aggregate.reasons.at(0)));
    QPushButton *button = panel.reanalyseButton();
    QVERIFY(button);
    QVERIFY(button->isVisible());
    QVERIFY(button->isEnabled());
    QSignalSpy reanalyse(&panel, &ResultPanel::reanalyseValidOnly);
    QTest::mouseClick(button, Qt::LeftButton);
    QCOMPARE(reanalyse.size(), 1);

    // All valid: no withheld notice and no button.
    ResultPanel valid;
    valid.setReview(reviewOf(m_allValid));
    QVERIFY(!valid.reanalyseButton());
    QVERIFY(!valid.findChild<QWidget *>(QStringLiteral("withheldNotice")));
}

void TestResultPanels::reanalyseDisabledWhenNoImageValid()
{
    ResultPanel panel;
    panel.setReview(
        reviewOf(parseDiagnosis(dv::test::toBytes(dv::test::diagnosisWithImages({false, false})))));
    QVERIFY(panel.reanalyseButton());
    QVERIFY(!panel.reanalyseButton()->isEnabled());
    QVERIFY(!panel.differentialSection());
}

void TestResultPanels::qaModeRevealsOnlyUnderWatermark()
{
    const Review review = reviewOf(m_mixed, true);
    QVERIFY(review.aggregate.qaRevealed());
    ResultPanel panel;
    panel.resize(520, 900);
    panel.setReview(review);
    panel.show();
    QVERIFY(QTest::qWaitForWindowExposed(&panel));
    QVERIFY(panel.header()->qaBannerShown());

    // The revealed block: red banner, then the content, under the watermark.
    auto *block = panel.findChild<QWidget *>(QStringLiteral("qaRevealedBlock"));
    QVERIFY(block);
    auto *banner = block->findChild<ToneLabel *>(QStringLiteral("qaBanner"));
    QVERIFY(banner);
    QVERIFY(banner->isVisible());
    QVERIFY(banner->text().contains(Reviewer::qaWatermark()));
    auto *watermark = block->findChild<QaWatermark *>(QString(), Qt::FindDirectChildrenOnly);
    QVERIFY(watermark);
    QVERIFY(watermark->isVisible());
    QCOMPARE(watermark->text(), Reviewer::qaWatermark());
    QCOMPARE(watermark->geometry(), block->rect());
    QCOMPARE(block->children().constLast(), watermark); // painted above the content
    QVERIFY(panel.differentialSection());
    QVERIFY(block->isAncestorOf(panel.differentialSection()));
    QVERIFY(block->isAncestorOf(panel.indicatorGauges()));
    // The reasons and the re-analyse button stay: revealing does not make it valid.
    QVERIFY(panel.reanalyseButton());

    // The full list carries the watermark too.
    panel.differentialSection()->showAll();
    QVERIFY(panel.differentialSection()->allConclusionsDialog()->watermarked());

    // The invalid image, revealed: watermarked, and the retake prompt is still there.
    ImageReviewPanel image;
    image.setImage(review, 1);
    auto *imageBlock = image.findChild<QWidget *>(QStringLiteral("qaRevealedBlock"));
    QVERIFY(imageBlock);
    QVERIFY(imageBlock->findChild<QaWatermark *>());
    QVERIFY(imageBlock->isAncestorOf(image.differentialSection()));
    QVERIFY(image.findChild<QLabel *>(QStringLiteral("retakePrompt")));
    // The valid image is valid: QA mode adds no watermark to it.
    ImageReviewPanel validImage;
    validImage.setImage(review, 0);
    QVERIFY(validImage.findChildren<QaWatermark *>().isEmpty());
    QVERIFY(validImage.header()->qaBannerShown());
}

void TestResultPanels::disclaimerAndReportIdAlwaysPresent()
{
    ResultPanel empty;
    empty.show();
    QCOMPARE(empty.findChild<QLabel *>(QStringLiteral("disclaimer"))->text(),
             Reviewer::disclaimer());
    QVERIFY(empty.findChild<QLabel *>(QStringLiteral("disclaimer"))->isVisible());

    for (const auto &[report, qa] : {std::pair{&m_seed, false}, std::pair{&m_mixed, false},
                                     std::pair{&m_mixed, true}, std::pair{&m_allValid, false}}) {
        const Review review = reviewOf(*report, qa);
        QVERIFY(!review.reportId.isEmpty());
        ResultPanel panel;
        panel.setReview(review);
        QVector<QWidget *> panels{&panel};
        std::vector<std::unique_ptr<ImageReviewPanel>> images;
        for (qsizetype i = 0; i < review.images.size(); ++i) {
            images.push_back(std::make_unique<ImageReviewPanel>());
            images.back()->setImage(review, i);
            panels << images.back().get();
        }
        for (QWidget *widget : panels) {
            widget->show();
            auto *disclaimer = widget->findChild<QLabel *>(QStringLiteral("disclaimer"));
            QVERIFY(disclaimer);
            QCOMPARE(disclaimer->text(), Reviewer::disclaimer());
            QVERIFY(disclaimer->isVisible());
            auto *reportId = widget->findChild<QLabel *>(QStringLiteral("reportId"));
            QVERIFY(reportId->isVisible());
            QVERIFY2(reportId->text().contains(review.reportId), qPrintable(reportId->text()));
            QVERIFY(reportId->text().contains(ResultStyle::issuedText(review.issued)));
            QVERIFY(widget->findChild<QLabel *>(QStringLiteral("reportStatus"))
                        ->text()
                        .contains(QStringLiteral("preliminary")));
            widget->hide();
        }
    }
}

void TestResultPanels::newReviewReplacesEverything()
{
    ResultPanel panel;
    panel.setReview(reviewOf(m_mixed, true));
    panel.differentialSection()->showAll();
    QPointer<AllConclusionsDialog> dialog = panel.differentialSection()->allConclusionsDialog();
    QVERIFY(dialog);

    panel.setReview(reviewOf(m_mixed));
    QVERIFY(!dialog); // the revealed list does not outlive its review
    QVERIFY(panel.findChildren<QaWatermark *>().isEmpty());
    QVERIFY(panel.findChildren<DifferentialBars *>().isEmpty());
    QVERIFY(!panel.header()->qaBannerShown());

    panel.clear();
    QVERIFY(panel.findChildren<QLabel *>(QStringLiteral("withheldReason")).isEmpty());
    QVERIFY(!panel.findChild<QLabel *>(QStringLiteral("reportId"))->isVisible());
}

void TestResultPanels::severityHasNoCombinedDifferential()
{
    // As in dermaview-cli inspect: a severity response's aggregate is its scores (issue #7),
    // so the panel claims neither a missing differential nor a withheld one.
    const auto parsed = dv::model::parseSeverityReport(
        dv::test::fixtureBytes(QStringLiteral("api-notes/severity-global-one-invalid.json")));
    QVERIFY(parsed.ok());
    const Review review = Reviewer::review(parsed.value());
    ResultPanel panel;
    panel.setReview(review);
    QVERIFY(!panel.differentialSection());
    QVERIFY(!panel.reanalyseButton());
    QVERIFY(!visibleTexts(&panel).contains(QStringLiteral("Combined result")));
    QVERIFY(
        panel.findChild<QLabel *>(QStringLiteral("reportId"))->text().contains(review.reportId));
}

void TestResultPanels::germanInterface()
{
    // The panels' strings reach the catalogue under their real tr() contexts (a header
    // lupdate could not find once filed them under the wrong ones).
    QVERIFY(dv::Localization::install(*QCoreApplication::instance(), QStringLiteral("de")));
    const Review mixed = reviewOf(m_mixed);
    ResultPanel panel;
    panel.setReview(mixed);
    const QStringList texts = visibleTexts(&panel);
    QVERIFY(texts.contains(QStringLiteral("Kombiniertes Ergebnis")));
    QCOMPARE(panel.reanalyseButton()->text(),
             QStringLiteral("Nur die gültigen Bilder erneut analysieren"));
    QVERIFY(panel.findChild<QLabel *>(QStringLiteral("reportStatus"))
                ->text()
                .contains(QStringLiteral("vorläufig")));

    ImageReviewPanel image;
    image.setImage(mixed, 0);
    QVERIFY(visibleTexts(&image).contains(QStringLiteral("Bildqualität:")));
    QCOMPARE(image.findChild<QLabel *>(QStringLiteral("isValid"))->text(), QStringLiteral("ja"));
    QVERIFY(image.differentialSection()->showAllButton()->text().contains(
        QStringLiteral("Diagnosen anzeigen")));
    image.differentialSection()->showAll();
    QCOMPARE(image.differentialSection()->allConclusionsDialog()->filterEdit()->placeholderText(),
             QStringLiteral("ICD-11-Code oder Name")); // the .ui form's own context

    const auto translators = QCoreApplication::instance()->findChildren<QTranslator *>();
    for (QTranslator *translator : translators) {
        QCoreApplication::removeTranslator(translator);
        delete translator;
    }
}

QTEST_MAIN(TestResultPanels)
#include "tst_result_panels.moc"
