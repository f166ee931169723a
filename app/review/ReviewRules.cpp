#include "review/ReviewRules.h"

#include <QLocale>
#include <QSet>
#include <algorithm>

namespace dv::review::rules {

QString percent(double value)
{
    return QLocale().toString(value, 'f', 1);
}

Differential rank(const QVector<model::Conclusion> &conclusions, const QString &where,
                  QStringList &warnings)
{
    Differential differential;
    differential.ranked.reserve(conclusions.size());
    double sum = 0.0;
    bool outOfOrder = false;
    QSet<QString> seen;
    QStringList duplicates;
    qsizetype withoutCode = 0;
    for (qsizetype i = 0; i < conclusions.size(); ++i) {
        const model::Conclusion &conclusion = conclusions.at(i);
        RankedConclusion ranked;
        if (const model::Coding *coding = conclusion.primaryCoding()) {
            ranked.code = coding->code;
            ranked.display = coding->display;
        }
        ranked.text = conclusion.text;
        ranked.probability = conclusion.probability;
        ranked.hasHeatMap = conclusion.heatMap && conclusion.heatMap->hasData();
        ranked.sourceIndex = i;
        sum += conclusion.probability;
        if (i > 0 && conclusion.probability > conclusions.at(i - 1).probability)
            outOfOrder = true;
        if (ranked.code.isEmpty())
            ++withoutCode;
        else if (seen.contains(ranked.code))
            duplicates.append(ranked.code);
        else
            seen.insert(ranked.code);
        differential.ranked.append(ranked);
    }
    std::stable_sort(differential.ranked.begin(), differential.ranked.end(),
                     [](const RankedConclusion &a, const RankedConclusion &b) {
                         return a.probability > b.probability;
                     });
    for (qsizetype i = 0; i < differential.ranked.size(); ++i)
        differential.ranked[i].rank = static_cast<int>(i + 1);

    if (outOfOrder)
        warnings.append(Reviewer::tr("%1: the server listed the differential out of probability "
                                     "order; it is shown sorted by probability.")
                            .arg(where));
    if (!duplicates.isEmpty())
        warnings.append(Reviewer::tr("%1: the differential lists these codes more than once: %2.")
                            .arg(where, duplicates.join(QStringLiteral(", "))));
    if (withoutCode > 0)
        warnings.append(Reviewer::tr("%1: %n conclusion(s) carry no ICD-11 code.", nullptr,
                                     static_cast<int>(withoutCode))
                            .arg(where));
    // Rounding in the server's figures can push a full list a little over 100.
    if (sum > 100.5)
        warnings.append(Reviewer::tr("%1: the probabilities add up to %2 %, more than 100 %.")
                            .arg(where, percent(sum)));
    return differential;
}

QVector<Indicator> indicators(const model::ClinicalIndicators &clinical)
{
    const auto make = [](const char *key, const QString &label, std::optional<double> value,
                         const QString &guidance = QString()) {
        return Indicator{QLatin1String(key), label, value, Bands::likelihood(value), guidance};
    };
    QVector<Indicator> list{
        make("hasCondition", Reviewer::tr("Has condition"), clinical.hasCondition),
        make("malignancy", Reviewer::tr("Malignancy"), clinical.malignancy),
        make("pigmentedLesion", Reviewer::tr("Pigmented lesion"), clinical.pigmentedLesion),
        make("urgentReferral", Reviewer::tr("Urgent referral"), clinical.urgentReferral,
             Reviewer::tr("to be seen within 48 hours")),
        make("highPriorityReferral", Reviewer::tr("High-priority referral"),
             clinical.highPriorityReferral, Reviewer::tr("to be seen within 15 days")),
    };
    if (clinical.adjustedMalignancy)
        list.insert(2, make("adjustedMalignancy", Reviewer::tr("Adjusted malignancy"),
                            clinical.adjustedMalignancy));
    return list;
}

QVector<Flag> flags(const QVector<Indicator> &indicators, std::optional<double> entropy)
{
    QVector<Flag> list;
    for (const Indicator &indicator : indicators) {
        if (!indicator.value || *indicator.value <= Bands::flagThreshold)
            continue;
        const QString value = percent(*indicator.value);
        if (indicator.key == QLatin1String("urgentReferral"))
            list.append({indicator.key,
                         Reviewer::tr("Urgent referral likely (%1 %): to be seen by a specialist "
                                      "within 48 hours.")
                             .arg(value),
                         Band::Tone::Danger});
        else if (indicator.key == QLatin1String("highPriorityReferral"))
            list.append({indicator.key,
                         Reviewer::tr("High-priority referral likely (%1 %): to be seen within 15 "
                                      "days.")
                             .arg(value),
                         Band::Tone::Warning});
        else if (indicator.key == QLatin1String("malignancy"))
            list.append({indicator.key, Reviewer::tr("Malignancy likelihood is %1 %.").arg(value),
                         Band::Tone::Danger});
    }
    if (entropy && *entropy > Bands::highEntropyThreshold)
        list.append({QStringLiteral("highUncertainty"),
                     Reviewer::tr("High uncertainty (entropy %1 of 100): interpret the "
                                  "differential with caution.")
                         .arg(percent(*entropy)),
                     Band::Tone::Warning});
    return list;
}

void finishGate(Gate &gate, const ReviewOptions &options)
{
    gate.shown = gate.valid || options.qaMode;
}

void applyMediaValidity(ImageReview &image, const std::optional<model::MediaValidity> &validity,
                        const ReviewOptions &options, QStringList &warnings)
{
    Gate &gate = image.gate;
    gate.valid = false;
    if (!validity) {
        gate.reasons.append(Reviewer::tr("The response carries no image-quality assessment "
                                         "(mediaValidity) for this image, so its validity cannot "
                                         "be confirmed."));
        finishGate(gate, options);
        return;
    }
    const model::MediaValidity &v = *validity;
    image.isValid = v.isValid;
    image.qualityScore = v.qualityScore;
    image.qualityInterpretation = v.qualityInterpretation;
    image.qualityBand = Bands::quality(v.qualityScore);
    image.qualityAcceptable = v.qualityAcceptable;
    image.dermatological = v.isDermatological;
    image.dermatologicalConfidence = v.dermatologicalConfidence;
    image.modality = v.modality;
    image.clinicalConfidence = v.clinicalConfidence;
    image.dermoscopicConfidence = v.dermoscopicConfidence;

    const QString where =
        image.bodySite.isEmpty() ? Reviewer::tr("Image %1").arg(image.index + 1) : image.bodySite;
    if (v.qualityScore && !v.qualityInterpretation.isEmpty() &&
        v.qualityInterpretation.compare(Bands::quality(v.qualityScore).key, Qt::CaseInsensitive) !=
            0)
        warnings.append(Reviewer::tr("%1: the server's quality interpretation \"%2\" does not "
                                     "match its score %3 (published band: %4).")
                            .arg(where, v.qualityInterpretation, QString::number(*v.qualityScore),
                                 image.qualityBand.label));

    const bool notAcceptable = v.qualityAcceptable == false;
    const bool notSkin = v.isDermatological == false;
    if (!v.isValid) {
        gate.reasons.append(Reviewer::tr("The response does not say whether this image is valid "
                                         "(mediaValidity.isValid is missing)."));
    } else if (!*v.isValid) {
        gate.reasons.append(
            Reviewer::tr("The AI service marked this image as not valid for clinical use."));
    } else if (notAcceptable || notSkin) {
        // isValid is defined as dermatological AND acceptable: a contradiction fails closed.
        gate.reasons.append(Reviewer::tr("The response contradicts itself: isValid is true but "
                                         "the image is not acceptable or not dermatological."));
    } else {
        gate.valid = true;
    }
    if (!gate.valid) {
        if (notAcceptable)
            gate.reasons.append(
                v.qualityScore
                    ? Reviewer::tr("Image quality is not acceptable (score %1, %2).")
                          .arg(QLocale().toString(*v.qualityScore), image.qualityBand.label)
                    : Reviewer::tr("Image quality is not acceptable."));
        if (notSkin && v.dermatologicalConfidence)
            gate.reasons.append(Reviewer::tr("The image does not appear to show skin (AI "
                                             "confidence that it does: %1 %).")
                                    .arg(percent(*v.dermatologicalConfidence)));
        else if (notSkin)
            gate.reasons.append(Reviewer::tr("The image does not appear to show skin."));
        if (notSkin)
            image.retakePrompt =
                Reviewer::tr("Retake the photo so that it shows the affected skin, "
                             "filling most of the frame.");
        else
            image.retakePrompt = Reviewer::tr("Retake the photo: hold the camera steady, use even "
                                              "light without glare and keep the skin in focus.");
    }
    finishGate(gate, options);
}

} // namespace dv::review::rules
