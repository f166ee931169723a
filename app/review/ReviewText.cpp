#include "review/ReviewText.h"

#include "review/ReviewRules.h"

#include <QLocale>
#include <QTextStream>

namespace dv::review {

namespace {

QString optionalPercent(std::optional<double> value)
{
    return value ? rules::percent(*value) + QStringLiteral(" %") : ReviewText::tr("not reported");
}

QString yesNo(std::optional<bool> value)
{
    if (!value)
        return ReviewText::tr("not reported");
    return *value ? ReviewText::tr("yes") : ReviewText::tr("no");
}

void writeDifferential(QTextStream &out, const Differential &differential, const QString &indent)
{
    for (const RankedConclusion &c : differential.top()) {
        out << indent
            << ReviewText::tr("%1. %2 %  %3  %4")
                   .arg(c.rank)
                   .arg(rules::percent(c.probability).rightJustified(5),
                        c.code.isEmpty() ? ReviewText::tr("(no code)") : c.code,
                        c.display.isEmpty() ? c.text : c.display);
        if (!c.text.isEmpty() && c.text != c.display)
            out << QStringLiteral(" — ") << c.text;
        out << '\n';
    }
    if (differential.remaining() > 0)
        out << indent
            << ReviewText::tr("… and %n more condition(s).", nullptr,
                              static_cast<int>(differential.remaining()))
            << '\n';
}

void writeIndicators(QTextStream &out, const QVector<Indicator> &indicators, const QString &indent)
{
    for (const Indicator &indicator : indicators) {
        out << indent << indicator.label << QStringLiteral(": ")
            << optionalPercent(indicator.value);
        if (indicator.value)
            out << QStringLiteral(" (") << indicator.band.label << ')';
        if (!indicator.guidance.isEmpty())
            out << QStringLiteral(" — ") << indicator.guidance;
        out << '\n';
    }
}

void writeReasons(QTextStream &out, const Gate &gate, const QString &indent)
{
    for (const QString &reason : gate.reasons)
        out << indent << QStringLiteral("! ") << reason << '\n';
}

void writeQaMark(QTextStream &out, const Gate &gate, const QString &indent)
{
    if (gate.qaRevealed())
        out << indent << QStringLiteral("*** ") << Reviewer::qaWatermark() << QStringLiteral(" — ")
            << ReviewText::tr("withheld content revealed for QA") << QStringLiteral(" ***\n");
}

void writeImage(QTextStream &out, const ImageReview &image)
{
    const QString title = image.bodySite.isEmpty()
                              ? ReviewText::tr("Image %1").arg(image.index + 1)
                              : ReviewText::tr("Body site %1").arg(image.bodySite);
    out << '\n'
        << title << QStringLiteral(": ")
        << (image.gate.valid ? ReviewText::tr("valid") : ReviewText::tr("NOT VALID")) << '\n';
    out << QStringLiteral("  ")
        << ReviewText::tr("Quality: %1 (%2), acceptable: %3")
               .arg(image.qualityScore ? QLocale().toString(*image.qualityScore)
                                       : ReviewText::tr("not reported"),
                    image.qualityBand.label, yesNo(image.qualityAcceptable))
        << '\n';
    out << QStringLiteral("  ")
        << ReviewText::tr("Dermatological: %1 (confidence %2)")
               .arg(yesNo(image.dermatological), optionalPercent(image.dermatologicalConfidence))
        << '\n';
    out << QStringLiteral("  ")
        << ReviewText::tr("Modality: %1")
               .arg(image.modality.isEmpty() ? ReviewText::tr("not reported") : image.modality)
        << '\n';
    writeReasons(out, image.gate, QStringLiteral("  "));
    if (!image.retakePrompt.isEmpty())
        out << QStringLiteral("  ") << image.retakePrompt << '\n';
    if (!image.gate.shown)
        return;
    writeQaMark(out, image.gate, QStringLiteral("  "));
    if (image.differential.total() > 0) {
        out << QStringLiteral("  ")
            << ReviewText::tr("Differential (%n heat map(s)):", nullptr,
                              static_cast<int>(image.heatmapCount))
            << '\n';
        writeDifferential(out, image.differential, QStringLiteral("    "));
    }
    if (image.scoreContribution)
        out << QStringLiteral("  ")
            << ReviewText::tr("Score contribution: %1").arg(*image.scoreContribution) << '\n';
    for (const Flag &flag : image.flags)
        out << QStringLiteral("  ⚑ ") << flag.message << '\n';
}

void writeScore(QTextStream &out, const ScoreReview &score)
{
    out << '\n' << ReviewText::tr("Score %1").arg(score.name);
    if (score.name != score.code)
        out << QStringLiteral(" (") << score.code << ')';
    out << '\n';
    writeReasons(out, score.gate, QStringLiteral("  "));
    if (!score.gate.shown)
        return;
    writeQaMark(out, score.gate, QStringLiteral("  "));
    out << QStringLiteral("  ")
        << ReviewText::tr("Value: %1  %2")
               .arg(score.value ? QLocale().toString(*score.value) : ReviewText::tr("not reported"),
                    score.interpretation)
        << '\n';
    if (score.severityLevel)
        out << QStringLiteral("  ")
            << ReviewText::tr("Severity level: %1").arg(*score.severityLevel) << '\n';
    for (const ScoreItemReview &item : score.items) {
        out << QStringLiteral("    ") << item.label << QStringLiteral(": ")
            << (item.value ? QLocale().toString(*item.value) : ReviewText::tr("not reported"));
        if (!item.interpretation.isEmpty())
            out << QStringLiteral(" (") << item.interpretation << ')';
        out << '\n';
    }
    for (const model::StoredFacet &facet : score.facets)
        out << QStringLiteral("    ") << facet.name << QStringLiteral(": ") << facet.display
            << '\n';
    if (score.maskCount + score.detectionCount > 0)
        out << QStringLiteral("  ")
            << ReviewText::tr("Masks: %1, detections: %2")
                   .arg(score.maskCount)
                   .arg(score.detectionCount)
            << '\n';
}

} // namespace

QString ReviewText::render(const Review &review)
{
    QString text;
    QTextStream out(&text);
    if (review.qaMode)
        out << QStringLiteral("*** ") << Reviewer::qaWatermark() << QStringLiteral(" — ")
            << tr("QA mode") << QStringLiteral(" ***\n");
    out << Reviewer::disclaimer() << '\n';
    out << tr("Report %1 (%2), issued %3, status %4")
               .arg(review.reportId.isEmpty() ? tr("without identifier") : review.reportId,
                    model::responseKindName(review.kind),
                    review.issued.isEmpty() ? tr("at an unknown time") : review.issued,
                    review.status.isEmpty() ? tr("unknown") : review.status)
        << '\n';
    if (!review.pathology.isEmpty())
        out << tr("Pathology: %1").arg(review.pathology) << '\n';
    if (!review.bodySite.isEmpty())
        out << tr("Body site: %1").arg(review.bodySite) << '\n';

    if (review.kind != model::ResponseKind::SeverityAssessment) {
        out << '\n' << tr("Combined result") << '\n';
        writeReasons(out, review.aggregate, QStringLiteral("  "));
        if (review.aggregate.shown) {
            writeQaMark(out, review.aggregate, QStringLiteral("  "));
            writeDifferential(out, review.differential, QStringLiteral("  "));
            writeIndicators(out, review.clinicalIndicators, QStringLiteral("  "));
            out << QStringLiteral("  ")
                << tr("Sensitivity %1, specificity %2, entropy %3 (%4)")
                       .arg(optionalPercent(review.sensitivity),
                            optionalPercent(review.specificity),
                            review.entropy ? rules::percent(*review.entropy) : tr("not reported"),
                            review.entropyBand.label)
                << '\n';
            for (const Flag &flag : review.flags)
                out << QStringLiteral("  ⚑ ") << flag.message << '\n';
        }
    }
    for (const ImageReview &image : review.images)
        writeImage(out, image);
    for (const ScoreReview &score : review.scores)
        writeScore(out, score);
    if (!review.warnings.isEmpty()) {
        out << '\n' << tr("Warnings") << '\n';
        for (const QString &warning : review.warnings)
            out << QStringLiteral("  - ") << warning << '\n';
    }
    return text;
}

} // namespace dv::review
