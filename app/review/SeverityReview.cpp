#include "review/Review.h"
#include "review/ReviewRules.h"

#include <QSet>
#include <algorithm>

namespace dv::review {

namespace {

/// Scoring systems computed from images (API-NOTES); the rest are questionnaire-based.
bool isImageBasedCode(const QString &code)
{
    static const QSet<QString> codes{QStringLiteral("aeasi"),   QStringLiteral("agppga"),
                                     QStringLiteral("aihs4"),   QStringLiteral("aladin"),
                                     QStringLiteral("apasi"),   QStringLiteral("asalt"),
                                     QStringLiteral("ascorad"), QStringLiteral("auas"),
                                     QStringLiteral("awosi"),   QStringLiteral("avasi")};
    return codes.contains(code);
}

bool carriesImageEvidence(const model::ScoringResult &result)
{
    if (isImageBasedCode(result.code) || !result.media.attachments.isEmpty() ||
        !result.media.detections.isEmpty())
        return true;
    return std::any_of(
        result.items.cbegin(), result.items.cend(), [](const model::SeverityItem &item) {
            return !item.media.attachments.isEmpty() || !item.media.detections.isEmpty();
        });
}

bool hasBodySites(const model::ScoringResult &result)
{
    return std::any_of(result.items.cbegin(), result.items.cend(),
                       [](const model::SeverityItem &item) { return item.isBodySite(); });
}

/// The gate of a score whose response has no top-level mediaValidity: a global assessment
/// is gated by its body sites (checked by the caller); an image-based score without any
/// validity fails closed; a questionnaire-only score has no image to gate.
Gate gateWithoutPhotoValidity(const model::ScoringResult &result)
{
    Gate gate;
    if (hasBodySites(result) || !carriesImageEvidence(result))
        gate.valid = true;
    else
        gate.reasons.append(Reviewer::tr("This score is computed from images but the response "
                                         "carries no image-quality assessment (mediaValidity), "
                                         "so its validity cannot be confirmed."));
    return gate;
}

ScoreItemReview reviewItem(const model::SeverityItem &item)
{
    ScoreItemReview review;
    review.key = item.key;
    review.label = item.codeText.isEmpty() ? item.key : item.codeText;
    review.value = item.value;
    review.interpretation = item.interpretation;
    review.details = item.additionalData;
    return review;
}

} // namespace

Review Reviewer::review(const model::SeverityReport &report, ReviewOptions options)
{
    Review review;
    review.kind = model::ResponseKind::SeverityAssessment;
    review.reportId = report.envelope.identifier;
    review.issued = report.envelope.issued;
    review.status = report.envelope.status;
    review.analysisDuration = report.envelope.analysisDuration;
    review.qaMode = options.qaMode;

    // The photo of a local / manual assessment.
    std::optional<Gate> photoGate;
    if (report.mediaValidity) {
        ImageReview image;
        rules::applyMediaValidity(image, report.mediaValidity, options, review.warnings);
        photoGate = image.gate;
        review.images.append(image);
    }

    if (report.results.isEmpty())
        review.warnings.append(tr("The response contains no computed score."));

    for (const model::ScoringResult &result : report.results) {
        ScoreReview score;
        score.code = result.code;
        score.name = result.code;
        score.gate = photoGate ? *photoGate : gateWithoutPhotoValidity(result);
        QStringList invalidSites;
        QVector<ScoreItemReview> items;
        for (const model::SeverityItem &item : result.items) {
            if (!item.isBodySite()) {
                items.append(reviewItem(item));
                continue;
            }
            // Global assessment: one photo per body site, each with its own validity.
            ImageReview site;
            site.index = review.images.size();
            site.bodySite = item.key;
            rules::applyMediaValidity(site, item.mediaValidity, options, review.warnings);
            if (site.gate.shown)
                site.scoreContribution = item.value;
            if (!site.gate.valid)
                invalidSites.append(options.bodySiteNames.value(item.key, item.key));
            review.images.append(site);
        }
        if (!invalidSites.isEmpty()) {
            score.gate.valid = false;
            score.gate.reasons.append(tr("The global score is withheld because these body sites "
                                         "are not valid for clinical use: %1.")
                                          .arg(invalidSites.join(QStringLiteral(", "))));
        }
        rules::finishGate(score.gate, options);
        if (score.gate.shown) {
            score.value = result.score.value;
            score.interpretation = result.score.category;
            score.intensity = result.score.intensity;
            score.bands = result.score.bands;
            score.items = items;
            score.maskCount = result.media.attachments.size();
            score.detectionCount = result.media.detections.size();
            score.severityLevel = result.score.severityValue;
        }
        review.scores.append(score);
    }

    // The aggregate of a severity response is its scores: valid only when every gate is.
    review.aggregate.valid = !report.results.isEmpty();
    for (const ScoreReview &score : review.scores) {
        review.aggregate.valid = review.aggregate.valid && score.gate.valid;
        for (const QString &reason : score.gate.reasons) {
            if (!review.aggregate.reasons.contains(reason))
                review.aggregate.reasons.append(reason);
        }
    }
    if (report.results.isEmpty())
        review.aggregate.reasons.append(tr("The response contains no computed score."));
    rules::finishGate(review.aggregate, options);
    return review;
}

} // namespace dv::review
