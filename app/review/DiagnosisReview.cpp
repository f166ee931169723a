#include "review/Review.h"
#include "review/ReviewRules.h"

namespace dv::review {

QString Reviewer::disclaimer()
{
    return tr("Preliminary — AI decision support, not a diagnosis. A qualified clinician must "
              "review every result together with the patient's full clinical context.");
}

QString Reviewer::qaWatermark()
{
    return tr("NOT FOR CLINICAL USE");
}

namespace {

/// The API documents at most 3 images per request.
constexpr qsizetype maxImagesPerRequest = 3;

ImageReview reviewImage(const model::ImagingAnalysis &analysis, qsizetype index,
                        const ReviewOptions &options, QStringList &warnings)
{
    ImageReview image;
    image.index = index;
    rules::applyMediaValidity(image, analysis.mediaValidity, options, warnings);
    if (!image.gate.shown)
        return image;
    const QString where = Reviewer::tr("Image %1").arg(index + 1);
    image.differential = rules::rank(analysis.conclusions, where, warnings);
    image.indicators = rules::indicators(analysis.clinical);
    image.entropy = analysis.performance.entropy;
    image.entropyBand = Bands::entropy(image.entropy);
    image.flags = rules::flags(image.indicators, image.entropy);
    for (const RankedConclusion &conclusion : image.differential.ranked) {
        if (conclusion.hasHeatMap)
            ++image.heatmapCount;
    }
    return image;
}

} // namespace

Review Reviewer::review(const model::DiagnosisReport &report, ReviewOptions options)
{
    Review review;
    review.kind = model::ResponseKind::DiagnosisSupport;
    review.reportId = report.envelope.identifier;
    review.issued = report.envelope.issued;
    review.status = report.envelope.status;
    review.analysisDuration = report.envelope.analysisDuration;
    review.qaMode = options.qaMode;

    if (report.images.size() > maxImagesPerRequest)
        review.warnings.append(tr("The response describes %1 images; the API accepts at most %2.")
                                   .arg(report.images.size())
                                   .arg(maxImagesPerRequest));
    QStringList invalidImages;
    for (qsizetype i = 0; i < report.images.size(); ++i) {
        review.images.append(reviewImage(report.images.at(i), i, options, review.warnings));
        if (!review.images.last().gate.valid)
            invalidImages.append(QString::number(i + 1));
    }

    Gate &gate = review.aggregate;
    if (report.images.isEmpty()) {
        gate.reasons.append(tr("The response contains no per-image analysis, so the validity of "
                               "its images cannot be confirmed."));
    } else if (!invalidImages.isEmpty()) {
        gate.reasons.append(tr("The combined result is withheld: not every image is valid for "
                               "clinical use (not valid: %1). Re-analyse the valid images only.")
                                .arg(invalidImages.join(QStringLiteral(", "))));
    } else {
        gate.valid = true;
    }
    rules::finishGate(gate, options);
    if (gate.shown) {
        review.differential =
            rules::rank(report.conclusions, tr("Combined result"), review.warnings);
        review.clinicalIndicators = rules::indicators(report.clinical);
        review.sensitivity = report.performance.sensitivity;
        review.specificity = report.performance.specificity;
        review.entropy = report.performance.entropy;
        review.entropyBand = Bands::entropy(review.entropy);
        review.flags = rules::flags(review.clinicalIndicators, review.entropy);
    }
    return review;
}

std::optional<Review> Reviewer::review(const model::SavedResponse &response, ReviewOptions options)
{
    if (const auto *report = std::get_if<model::DiagnosisReport>(&response.value))
        return review(*report, options);
    if (const auto *report = std::get_if<model::SeverityReport>(&response.value))
        return review(*report, options);
    if (const auto *report = std::get_if<model::StoredReport>(&response.value))
        return review(*report, options);
    return std::nullopt;
}

} // namespace dv::review
