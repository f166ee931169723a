#include "sandbox/severity/Assessment.h"

#include "sandbox/severity/BodySites.h"
#include "sandbox/severity/ImageSigns.h"
#include "sandbox/severity/Scoring.h"

#include <QJsonArray>
#include <algorithm>
#include <cmath>
#include <optional>

namespace dv::sandbox::severity {

namespace {

// Cut points of the image-derived grades (tuned on the shared clinical photos; see
// ImageSigns.h for what each measurement is).
const QVector<double> erythema4Cuts{6, 10, 14, 18};       // a* excess → PASI / GPPGA 0–4
const QVector<double> erythema3Cuts{6, 10, 15};           // a* excess → SCORAD / EASI 0–3
const QVector<double> scale4Cuts{0.03, 0.10, 0.20, 0.35}; // scale / lesion → 0–4
const QVector<double> relief4Cuts{1.1, 1.35, 1.7, 2.2};   // relief ratio → induration 0–4
const QVector<double> relief3Cuts{1.15, 1.5, 2.0};        // relief ratio → oedema 0–3
const QVector<double> crust3Cuts{0.03, 0.10, 0.25};
const QVector<double> excoriation3Cuts{0.01, 0.04, 0.10};
const QVector<double> texture3Cuts{1.2, 1.6, 2.2}; // Laplacian ratio → lichenification
const QVector<double> dryness3Cuts{0.03, 0.08, 0.18};
const QVector<double> pustule4Cuts{1, 5, 15, 40};              // pustules counted
const QVector<double> woundArea4Cuts{0.005, 0.05, 0.15, 0.35}; // wound / image
const QVector<double> periwound4Cuts{3, 6, 10, 15};            // a* excess around the wound
/// Below this lesion fraction of the skin there is no lesion to grade.
constexpr double minimumLesionFraction = 0.005;

struct ItemOut
{
    double value = 0;
    std::optional<double> confidence; ///< aiConfidence; none for questionnaire answers
    QJsonObject extra;                ///< further additionalData entries
};

QJsonValue number(double value)
{
    if (std::trunc(value) == value && std::fabs(value) < 1e15)
        return QJsonValue(static_cast<qint64>(value));
    return QJsonValue(value);
}

QJsonObject valueObject(double value)
{
    return {{QStringLiteral("value"), number(value)}};
}

double round1(double value)
{
    return std::round(value * 10.0) / 10.0;
}

ItemOut graded(const Grade &grade)
{
    ItemOut out;
    out.value = grade.value;
    out.confidence = grade.confidence;
    return out;
}

/// A sign graded on the lesion: no lesion means grade 0 with the confidence of "no lesion".
ItemOut lesionSign(const Inflammation &inflammation, double measure, const QVector<double> &cuts)
{
    if (inflammation.lesionFraction < minimumLesionFraction) {
        ItemOut out;
        out.confidence = 60.0 + 39.0 * (1.0 - inflammation.lesionFraction / minimumLesionFraction);
        out.confidence = round1(*out.confidence);
        return out;
    }
    return graded(gradeFromCuts(measure, cuts));
}

QJsonObject itemJson(const ItemSpec &spec, const ItemOut &out)
{
    QJsonObject item{
        {QStringLiteral("code"),
         QJsonObject{{QStringLiteral("text"), spec.text.enGB},
                     {QStringLiteral("coding"),
                      QJsonArray{QJsonObject{{QStringLiteral("code"), spec.code}}}}}},
        {QStringLiteral("value"), number(out.value)},
    };
    const QString interpretation = itemInterpretation(spec.scale, out.value);
    if (!interpretation.isEmpty())
        item.insert(QStringLiteral("interpretation"), interpretation);
    QJsonObject additional = out.extra;
    if (out.confidence)
        additional.insert(QStringLiteral("aiConfidence"), valueObject(*out.confidence));
    if (!additional.isEmpty())
        item.insert(QStringLiteral("additionalData"), additional);
    return item;
}

QJsonObject scoreJson(const QString &code, const ScoreResult &score, const QString &bodySite)
{
    QJsonObject json{
        {QStringLiteral("value"), number(score.value)},
        {QStringLiteral("interpretation"),
         QJsonObject{{QStringLiteral("category"), score.band.text},
                     {QStringLiteral("intensity"), score.band.intensity}}},
        {QStringLiteral("severity"),
         QJsonObject{{QStringLiteral("value"), score.band.severityCode()},
                     {QStringLiteral("interpretations"), bandsJson(code)}}},
    };
    if (score.contribution && !bodySite.isEmpty()) {
        json.insert(QStringLiteral("additionalData"),
                    QJsonObject{{QStringLiteral("globalScoreContribution"),
                                 QJsonObject{{QStringLiteral("value"), number(*score.contribution)},
                                             {QStringLiteral("code"), bodySite}}}});
    }
    return json;
}

/// Builds `{score, item, media?}` from complete item values, in the instrument's item order.
QJsonObject resultJson(const Instrument &instrument, const QMap<QString, ItemOut> &items,
                       const QMap<QString, double> &extraScoreInputs, const QString &bodySite,
                       const QJsonObject &media)
{
    QMap<QString, double> values = extraScoreInputs;
    QJsonObject itemObject;
    for (const ItemSpec &spec : instrument.items) {
        const auto it = items.constFind(spec.code);
        if (it == items.cend())
            continue;
        values.insert(spec.code, it->value);
        itemObject.insert(spec.code, itemJson(spec, *it));
    }
    const ScoreResult score = computeScore(instrument.code, values, {bodySite});
    QJsonObject result{{QStringLiteral("score"), scoreJson(instrument.code, score, bodySite)},
                       {QStringLiteral("item"), itemObject}};
    if (!media.isEmpty())
        result.insert(QStringLiteral("media"), media);
    return result;
}

QJsonArray detectionsJson(const QVector<Finding> &findings)
{
    QJsonArray list;
    for (const Finding &finding : findings) {
        list.append(QJsonObject{
            {QStringLiteral("confidence"), finding.confidence},
            {QStringLiteral("code"), finding.code},
            {QStringLiteral("box"),
             QJsonObject{{QStringLiteral("x1"), finding.box.x},
                         {QStringLiteral("y1"), finding.box.y},
                         {QStringLiteral("x2"), finding.box.x + finding.box.width},
                         {QStringLiteral("y2"), finding.box.y + finding.box.height}}},
        });
    }
    return list;
}

/// maskRaw / maskBinary / segmentation of a working-size lesion map, at the source size.
QJsonObject lesionAttachments(const Photo &photo, const cv::Mat &probability, const cv::Mat &mask,
                              const cv::Scalar &colour)
{
    const cv::Mat sourceProbability = photo.toSourceSize(probability);
    const cv::Mat sourceMask = photo.toSourceSize(mask) >= 128;
    return {
        {QStringLiteral("maskRaw"),
         jpegAttachment(sourceProbability, QStringLiteral("Raw lesion mask"))},
        {QStringLiteral("maskBinary"),
         jpegAttachment(sourceMask, QStringLiteral("Binary lesion mask"))},
        {QStringLiteral("segmentation"), jpegAttachment(overlay(photo.source(), sourceMask, colour),
                                                        QStringLiteral("Lesion segmentation"))},
    };
}

QJsonObject mediaJson(const QJsonObject &attachments, const QVector<Finding> &findings,
                      bool withDetections)
{
    QJsonObject media{{QStringLiteral("attachment"), attachments}};
    if (withDetections)
        media.insert(QStringLiteral("detection"), detectionsJson(findings));
    return media;
}

/// Spot detections with their masks and annotation.
QJsonObject spotMedia(const Photo &photo, SpotKind kind, QVector<Finding> &findings)
{
    cv::Mat mask;
    findings = photo.spots(kind, &mask);
    const cv::Mat sourceMask = photo.toSourceSize(mask) >= 128;
    QJsonObject attachments{
        {QStringLiteral("maskBinary"),
         jpegAttachment(sourceMask, QStringLiteral("Binary lesion mask"))},
        {QStringLiteral("annotation"),
         jpegAttachment(annotate(photo.source(), findings), QStringLiteral("Detected lesions"))},
    };
    return mediaJson(attachments, findings, true);
}

double meanConfidence(const QVector<Finding> &findings, const QString &code)
{
    double total = 0;
    int count = 0;
    for (const Finding &finding : findings) {
        if (code.isEmpty() || finding.code == code) {
            total += finding.confidence;
            ++count;
        }
    }
    // Nothing found: the model is fairly, not fully, sure there is nothing.
    return count > 0 ? round1(total / count) : 80.0;
}

qsizetype countOf(const QVector<Finding> &findings, const QString &code)
{
    return std::count_if(findings.cbegin(), findings.cend(),
                         [&code](const Finding &finding) { return finding.code == code; });
}

ItemOut countItem(const QVector<Finding> &findings, const QString &code)
{
    ItemOut out;
    out.value = static_cast<double>(countOf(findings, code));
    out.confidence = meanConfidence(findings, code);
    return out;
}

ItemOut answerItem(double value)
{
    ItemOut out;
    out.value = value;
    return out;
}

/// Skin area in units of 10 000 pixels of the photo scaled to a 512-pixel longest side: the
/// resolution-independent denominator of the acne-lesion density.
double skinArea512(const Photo &photo)
{
    const cv::Size size = photo.sourceSize();
    const double longest = std::max(size.width, size.height);
    const double w = size.width * 512.0 / longest;
    const double h = size.height * 512.0 / longest;
    return w * h * photo.skinFraction() / 10000.0;
}

/// The image-derived items (and extra score inputs) of a local automatic instrument.
QJsonObject analyseLocal(const Instrument &instrument, const Photo &photo,
                         QMap<QString, ItemOut> &items, QMap<QString, double> &scoreInputs)
{
    const QString &code = instrument.code;
    const cv::Scalar red(60, 40, 230);
    if (code == QLatin1String("apasi") || code == QLatin1String("ascorad") ||
        code == QLatin1String("aeasi") || code == QLatin1String("nsil")) {
        const Inflammation sign = photo.inflammation();
        if (code == QLatin1String("apasi")) {
            items.insert(QStringLiteral("erythema"),
                         lesionSign(sign, sign.rednessExcess, erythema4Cuts));
            items.insert(QStringLiteral("induration"),
                         lesionSign(sign, sign.reliefRatio, relief4Cuts));
            items.insert(QStringLiteral("desquamation"),
                         lesionSign(sign, sign.scaleFraction, scale4Cuts));
            // The photo's lesion extent, for reference: the region's area grade is asked.
            items[QStringLiteral("surface")].extra.insert(
                QStringLiteral("lesionAreaInImage"),
                valueObject(round1(100 * sign.lesionFraction)));
        } else if (code == QLatin1String("ascorad")) {
            items.insert(QStringLiteral("erythema"),
                         lesionSign(sign, sign.rednessExcess, erythema3Cuts));
            items.insert(QStringLiteral("swelling"),
                         lesionSign(sign, sign.reliefRatio, relief3Cuts));
            items.insert(QStringLiteral("crusting"),
                         lesionSign(sign, sign.crustFraction, crust3Cuts));
            items.insert(QStringLiteral("excoriation"),
                         lesionSign(sign, sign.excoriationFraction, excoriation3Cuts));
            items.insert(QStringLiteral("lichenification"),
                         lesionSign(sign, sign.textureRatio, texture3Cuts));
            items.insert(QStringLiteral("dryness"),
                         graded(gradeFromCuts(sign.drynessFraction, dryness3Cuts)));
        } else if (code == QLatin1String("aeasi")) {
            items.insert(QStringLiteral("erythema"),
                         lesionSign(sign, sign.rednessExcess, erythema3Cuts));
            items.insert(QStringLiteral("induration"),
                         lesionSign(sign, sign.reliefRatio, relief3Cuts));
            items.insert(QStringLiteral("excoriation"),
                         lesionSign(sign, sign.excoriationFraction, excoriation3Cuts));
            items.insert(QStringLiteral("lichenification"),
                         lesionSign(sign, sign.textureRatio, texture3Cuts));
        } else {
            items.insert(QStringLiteral("dryness"),
                         graded(gradeFromCuts(sign.drynessFraction, dryness3Cuts)));
            items.insert(QStringLiteral("erythema"),
                         lesionSign(sign, sign.rednessExcess, erythema3Cuts));
            QVector<Finding> findings = photo.spots(SpotKind::Inflammatory);
            items.insert(QStringLiteral("inflammatoryLesions"),
                         countItem(findings, QStringLiteral("inflammatoryLesion")));
            QJsonObject attachments = lesionAttachments(photo, sign.probability, sign.mask, red);
            attachments.insert(QStringLiteral("annotation"),
                               jpegAttachment(annotate(photo.source(), findings),
                                              QStringLiteral("Detected lesions")));
            return mediaJson(attachments, findings, true);
        }
        return mediaJson(lesionAttachments(photo, sign.probability, sign.mask, red), {}, false);
    }
    if (code == QLatin1String("agppga")) {
        const Inflammation sign = photo.inflammation();
        items.insert(QStringLiteral("erythema"),
                     lesionSign(sign, sign.rednessExcess, erythema4Cuts));
        items.insert(QStringLiteral("scaling"),
                     lesionSign(sign, sign.scaleFraction + sign.crustFraction, scale4Cuts));
        const QVector<Finding> findings = photo.spots(SpotKind::Pustule);
        ItemOut pustules =
            graded(gradeFromCuts(static_cast<double>(findings.size()), pustule4Cuts));
        pustules.extra.insert(QStringLiteral("pustuleCount"),
                              valueObject(static_cast<double>(findings.size())));
        items.insert(QStringLiteral("pustules"), pustules);
        QJsonObject attachments = lesionAttachments(photo, sign.probability, sign.mask, red);
        attachments.insert(QStringLiteral("annotation"),
                           jpegAttachment(annotate(photo.source(), findings),
                                          QStringLiteral("Detected pustules")));
        return mediaJson(attachments, findings, true);
    }
    if (code == QLatin1String("aihs4")) {
        QVector<Finding> findings;
        const QJsonObject media = spotMedia(photo, SpotKind::Hidradenitis, findings);
        for (const char *lesion : {"nodule", "abscess", "drainingTunnel"})
            items.insert(QString::fromLatin1(lesion),
                         countItem(findings, QString::fromLatin1(lesion)));
        return media;
    }
    if (code == QLatin1String("aladin")) {
        QVector<Finding> findings;
        const QJsonObject media = spotMedia(photo, SpotKind::Acne, findings);
        ItemOut lesions = countItem(findings, QStringLiteral("acne"));
        const double area = skinArea512(photo);
        const double density = area > 0 ? lesions.value / area : 0.0;
        lesions.extra.insert(QStringLiteral("acneDensity"), valueObject(round2(density)));
        items.insert(QStringLiteral("acneLesions"), lesions);
        scoreInputs.insert(QStringLiteral("acneDensity"), density);
        return media;
    }
    if (code == QLatin1String("auas")) {
        QVector<Finding> findings;
        const QJsonObject media = spotMedia(photo, SpotKind::Wheal, findings);
        const auto count = static_cast<double>(findings.size());
        // UAS wheals: 0 none, 1 fewer than 20, 2 20–50, 3 more than 50 (per 24 h; one photo).
        ItemOut wheals = graded(gradeFromCuts(count, {1, 20, 51}));
        wheals.confidence = meanConfidence(findings, QString());
        wheals.extra.insert(QStringLiteral("whealsCount"), valueObject(count));
        items.insert(QStringLiteral("wheals"), wheals);
        return media;
    }
    if (code == QLatin1String("awosi")) {
        const Wound wound = photo.wound();
        items.insert(QStringLiteral("woundDimensions"),
                     graded(gradeFromCuts(wound.areaFraction, woundArea4Cuts)));
        // RESVECH-style wound bed: 4 necrotic, 3 slough, 2 granulation, 1 epithelial, 0 closed.
        ItemOut bed;
        if (wound.areaFraction <= 0)
            bed.value = 0;
        else if (wound.necrosisFraction >= 0.25)
            bed.value = 4;
        else if (wound.sloughFraction >= 0.25)
            bed.value = 3;
        else if (wound.granulationFraction >= 0.5)
            bed.value = 2;
        else
            bed.value = 1;
        bed.confidence = 70.0;
        items.insert(QStringLiteral("tissueInWoundBed"), bed);
        items.insert(QStringLiteral("erythemaAroundWound"),
                     graded(gradeFromCuts(wound.periwoundRedness, periwound4Cuts)));
        const cv::Mat sourceMask = photo.toSourceSize(wound.mask) >= 128;
        const QJsonObject attachments{
            {QStringLiteral("maskBinary"),
             jpegAttachment(sourceMask, QStringLiteral("Binary wound mask"))},
            {QStringLiteral("segmentation"),
             jpegAttachment(overlay(photo.source(), sourceMask, red),
                            QStringLiteral("Wound segmentation"))},
        };
        return mediaJson(attachments, {}, false);
    }
    return QJsonObject();
}

QJsonObject siteCode(const QString &site)
{
    const BodySite *entry = findBodySite(site);
    return {{QStringLiteral("text"), entry ? entry->enGB : site},
            {QStringLiteral("coding"), QJsonArray{QJsonObject{{QStringLiteral("code"), site}}}}};
}

/// One valid site of a global request: its item JSON and contribution.
QJsonObject analyseSite(const Instrument &instrument, const QString &site, const Photo &photo,
                        double &contribution)
{
    const BodySite *entry = findBodySite(site);
    const double coverage = 50.0 + 49.0 * std::min(1.0, photo.skinFraction() / 0.3);
    QJsonObject additional{{QStringLiteral("aiConfidence"), valueObject(round1(coverage))}};
    QJsonObject attachments;
    if (instrument.code == QLatin1String("avasi")) {
        const Depigmentation depigmentation = photo.depigmentation();
        contribution = entry->bodySurfaceShare * depigmentation.fraction;
        additional.insert(QStringLiteral("depigmentedArea"),
                          valueObject(round1(100.0 * depigmentation.fraction)));
        const cv::Mat mask = photo.toSourceSize(depigmentation.mask) >= 128;
        attachments = {
            {QStringLiteral("skinMaskBinary"),
             jpegAttachment(photo.toSourceSize(photo.skinMask()) >= 128,
                            QStringLiteral("Skin mask"))},
            {QStringLiteral("depigmentationMaskRaw"),
             jpegAttachment(photo.toSourceSize(depigmentation.probability),
                            QStringLiteral("Raw depigmentation mask"))},
            {QStringLiteral("depigmentationMaskBinary"),
             jpegAttachment(mask, QStringLiteral("Binary depigmentation mask"))},
            {QStringLiteral("segmentation"),
             jpegAttachment(overlay(photo.source(), mask, cv::Scalar(255, 200, 0)),
                            QStringLiteral("Depigmentation segmentation"))},
        };
    } else {
        const HairLoss hair = photo.hairLoss();
        contribution = entry->saltShare * hair.fraction;
        additional.insert(QStringLiteral("hairLossArea"),
                          valueObject(round1(100.0 * hair.fraction)));
        const cv::Mat bald = photo.toSourceSize(hair.baldMask) >= 128;
        attachments = {
            {QStringLiteral("hairMaskBinary"),
             jpegAttachment(photo.toSourceSize(hair.hairMask) >= 128, QStringLiteral("Hair mask"))},
            {QStringLiteral("baldnessMaskBinary"),
             jpegAttachment(bald, QStringLiteral("Baldness mask"))},
            {QStringLiteral("segmentation"),
             jpegAttachment(overlay(photo.source(), bald, cv::Scalar(255, 0, 200)),
                            QStringLiteral("Hair-loss segmentation"))},
        };
    }
    return {{QStringLiteral("code"), siteCode(site)},
            {QStringLiteral("value"), number(round2(contribution))},
            {QStringLiteral("additionalData"), additional},
            {QStringLiteral("media"), QJsonObject{{QStringLiteral("attachment"), attachments}}}};
}

} // namespace

QJsonObject patientEvolution(const QString &code, const QJsonObject &result)
{
    QJsonObject evolution;
    for (const QString &each : scoringSystemCodes())
        evolution.insert(each, each == code ? QJsonValue(result) : QJsonValue(QJsonValue::Null));
    return evolution;
}

Assessment assessManual(const QJsonObject &requestBody)
{
    const ParsedRequest parsed = parseRequest(requestBody, Endpoint::Manual);
    if (const auto *errors = std::get_if<QVector<FieldError>>(&parsed))
        return *errors;
    const AssessmentRequest &request = std::get<AssessmentRequest>(parsed);
    QMap<QString, ItemOut> items;
    for (auto it = request.answers.cbegin(); it != request.answers.cend(); ++it)
        items.insert(it.key(), answerItem(it.value()));
    const QJsonObject result = resultJson(*request.instrument, items, {}, request.bodySite, {});
    return patientEvolution(request.instrument->code, result);
}

Assessment assessLocal(const QJsonObject &requestBody, const cv::Mat &decodedImage)
{
    const ParsedRequest parsed = parseRequest(requestBody, Endpoint::AutomaticLocal);
    if (const auto *errors = std::get_if<QVector<FieldError>>(&parsed))
        return *errors;
    const AssessmentRequest &request = std::get<AssessmentRequest>(parsed);
    const Photo photo(decodedImage);
    if (!photo.isValid()) {
        QJsonArray loc{QStringLiteral("body"), QStringLiteral("payload"),
                       QStringLiteral("contentAttachment"), QStringLiteral("data")};
        return QVector<FieldError>{{QStringLiteral("value_error"),
                                    QStringLiteral("Value error, The image could not be decoded"),
                                    loc}};
    }
    QMap<QString, ItemOut> items;
    for (auto it = request.answers.cbegin(); it != request.answers.cend(); ++it)
        items.insert(it.key(), answerItem(it.value()));
    QMap<QString, double> scoreInputs;
    const QJsonObject media = analyseLocal(*request.instrument, photo, items, scoreInputs);
    const QJsonObject result =
        resultJson(*request.instrument, items, scoreInputs, request.bodySite, media);
    return patientEvolution(request.instrument->code, result);
}

Assessment assessGlobal(const QJsonObject &requestBody, const QMap<QString, SiteInput> &sites)
{
    const ParsedRequest parsed = parseRequest(requestBody, Endpoint::AutomaticGlobal);
    if (const auto *errors = std::get_if<QVector<FieldError>>(&parsed))
        return *errors;
    const AssessmentRequest &request = std::get<AssessmentRequest>(parsed);
    const Instrument &instrument = *request.instrument;
    QJsonObject itemObject;
    QMap<QString, double> contributions;
    for (const QString &site : request.sites) {
        const auto input = sites.constFind(site);
        const bool present = input != sites.cend();
        QJsonObject validity = present ? input->mediaValidity : QJsonObject();
        if (validity.isEmpty())
            validity.insert(QStringLiteral("isValid"), false);
        const Photo photo(present && input->valid ? input->image : cv::Mat());
        if (!photo.isValid()) {
            itemObject.insert(site, QJsonObject{{QStringLiteral("code"), siteCode(site)},
                                                {QStringLiteral("value"), QJsonValue::Null},
                                                {QStringLiteral("mediaValidity"), validity}});
            continue;
        }
        double contribution = 0;
        QJsonObject item = analyseSite(instrument, site, photo, contribution);
        item.insert(QStringLiteral("mediaValidity"), validity);
        itemObject.insert(site, item);
        contributions.insert(site, contribution);
    }
    const ScoreResult score = computeScore(instrument.code, contributions);
    const QJsonObject result{{QStringLiteral("score"), scoreJson(instrument.code, score, {})},
                             {QStringLiteral("item"), itemObject}};
    return patientEvolution(instrument.code, result);
}

} // namespace dv::sandbox::severity
