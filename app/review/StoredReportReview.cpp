// Stored reports carry no mediaValidity. Their observations carry only a modality and a
// quality (DIQA) score, so the gate uses those: an observation counts as valid when its
// modality is Clinical or Dermoscopic (not None, not missing) and its quality score is
// present and at least Bands::storedReportMinimumQuality ("Fair" or better). The aggregate
// (differential, indicators, scoring systems) is shown only when the report lists at least
// one observation and all of them pass. This is documented in the README.
#include "review/Review.h"
#include "review/ReviewRules.h"

#include <QLocale>

namespace dv::review {

namespace {

ImageReview reviewObservation(const model::StoredObservation &observation, qsizetype index,
                              const ReviewOptions &options)
{
    ImageReview image;
    image.index = index;
    image.modality = observation.modality;
    image.qualityScore = observation.qualityScore;
    image.qualityBand = Bands::quality(observation.qualityScore);
    const bool skinModality = observation.modality == QLatin1String("Clinical") ||
                              observation.modality == QLatin1String("Dermoscopic");
    const bool goodEnough =
        observation.qualityScore && *observation.qualityScore >= Bands::storedReportMinimumQuality;
    if (!skinModality)
        image.gate.reasons.append(
            Reviewer::tr("The report does not classify this photo as a clinical or dermoscopic "
                         "skin image (modality: %1).")
                .arg(observation.modality.isEmpty() ? Reviewer::tr("none") : observation.modality));
    if (!observation.qualityScore)
        image.gate.reasons.append(
            Reviewer::tr("The report gives no quality score for this photo."));
    else if (!goodEnough)
        image.gate.reasons.append(
            Reviewer::tr("The photo's quality score %1 (%2) is below %3.")
                .arg(QLocale().toString(*observation.qualityScore), image.qualityBand.label,
                     Bands::quality(Bands::storedReportMinimumQuality).label));
    image.gate.valid = skinModality && goodEnough;
    image.isValid = image.gate.valid;
    if (!image.gate.valid)
        image.retakePrompt = Reviewer::tr("Retake the photo: hold the camera steady, use even "
                                          "light without glare and keep the skin in focus.");
    rules::finishGate(image.gate, options);
    return image;
}

ScoreReview reviewScoring(const model::StoredScoringSystem &scoring, const Gate &gate)
{
    ScoreReview score;
    score.code = scoring.code;
    score.name = scoring.name.isEmpty() ? scoring.code : scoring.name;
    score.gate = gate;
    if (!gate.shown)
        return score;
    score.value = scoring.value;
    score.bands = scoring.bands;
    score.facets = scoring.facets;
    // Shown as sent: the seed's standard example pairs value 8 with severity level 1, so a
    // band derived here from the value could contradict the server.
    score.interpretation = scoring.interpretation;
    score.severityLevel = scoring.severityValue;
    for (const model::StoredAnswer &answer : scoring.answers) {
        ScoreItemReview item;
        item.key = answer.code;
        item.label = answer.code;
        bool ok = false;
        const double value = answer.answerCode.toDouble(&ok);
        if (ok)
            item.value = value;
        item.interpretation = answer.answerDisplay;
        score.items.append(item);
    }
    return score;
}

} // namespace

Review Reviewer::review(const model::StoredReport &report, ReviewOptions options)
{
    Review review;
    review.kind = report.format == model::StoredReportFormat::Fhir
                      ? model::ResponseKind::ReportFhir
                      : model::ResponseKind::ReportStandard;
    review.reportId = report.id;
    review.issued = report.issued;
    review.status = tr("stored");
    review.analysisDuration = report.analysisDuration;
    review.qaMode = options.qaMode;
    review.bodySite = report.bodySiteName.isEmpty() ? report.bodySiteCode : report.bodySiteName;
    review.anamnesis = report.anamnesis;
    review.warnings.append(tr("Stored reports carry no per-image validity flag: each photo is "
                              "judged valid from its modality and a quality score of %1 or "
                              "better.")
                               .arg(Bands::quality(Bands::storedReportMinimumQuality).label));

    QStringList invalid;
    for (qsizetype i = 0; i < report.observations.size(); ++i) {
        review.images.append(reviewObservation(report.observations.at(i), i, options));
        if (!review.images.last().gate.valid)
            invalid.append(QString::number(i + 1));
    }
    Gate &gate = review.aggregate;
    if (report.observations.isEmpty())
        gate.reasons.append(tr("The report lists no photos, so the validity of its result cannot "
                               "be confirmed."));
    else if (!invalid.isEmpty())
        gate.reasons.append(tr("The result is withheld: not every photo is valid for clinical "
                               "use (not valid: %1).")
                                .arg(invalid.join(QStringLiteral(", "))));
    else
        gate.valid = true;
    rules::finishGate(gate, options);

    if (gate.shown) {
        // The pathology can be the model's own top conclusion (the sandbox's is), so it is
        // clinical output under the combined result's gate, not context.
        review.pathology = report.pathologyName;
        if (!report.pathologyCode.isEmpty())
            review.pathology += QStringLiteral(" (%1)").arg(report.pathologyCode);
        review.differential = rules::rank(report.conclusions, tr("Stored report"), review.warnings);
        review.clinicalIndicators = rules::indicators(report.clinical);
        review.sensitivity = report.performance.sensitivity;
        review.specificity = report.performance.specificity;
        review.entropy = report.performance.entropy;
        review.entropyBand = Bands::entropy(review.entropy);
        review.flags = rules::flags(review.clinicalIndicators, review.entropy);
    }
    for (const model::StoredScoringSystem &scoring : report.scoringSystems)
        review.scores.append(reviewScoring(scoring, gate));
    return review;
}

} // namespace dv::review
