#include "review/ReviewJson.h"

#include <QJsonArray>

namespace dv::review {

namespace {

QJsonValue number(std::optional<double> value)
{
    return value ? QJsonValue(*value) : QJsonValue(QJsonValue::Null);
}

QJsonValue boolean(std::optional<bool> value)
{
    return value ? QJsonValue(*value) : QJsonValue(QJsonValue::Null);
}

QJsonValue text(const QString &value)
{
    return value.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(value);
}

QJsonArray differentialJson(const Differential &differential)
{
    QJsonArray array;
    for (const RankedConclusion &c : differential.top()) {
        array.append(QJsonObject{{QStringLiteral("rank"), c.rank},
                                 {QStringLiteral("code"), c.code},
                                 {QStringLiteral("display"), c.display},
                                 {QStringLiteral("text"), c.text},
                                 {QStringLiteral("probability"), c.probability},
                                 {QStringLiteral("hasHeatMap"), c.hasHeatMap}});
    }
    return array;
}

QJsonValue indicatorsJson(const QVector<Indicator> &indicators, bool shown)
{
    if (!shown)
        return QJsonValue::Null;
    QJsonObject object;
    for (const Indicator &indicator : indicators)
        object.insert(indicator.key, number(indicator.value));
    return object;
}

QJsonArray flagsJson(const QVector<Flag> &flags)
{
    QJsonArray array;
    for (const Flag &flag : flags)
        array.append(QJsonObject{{QStringLiteral("key"), flag.key},
                                 {QStringLiteral("message"), flag.message}});
    return array;
}

QJsonObject imageJson(const ImageReview &image)
{
    QJsonObject object{
        {QStringLiteral("index"), image.index},
        {QStringLiteral("isValid"), boolean(image.isValid)},
        {QStringLiteral("quality"),
         QJsonObject{{QStringLiteral("score"), number(image.qualityScore)},
                     {QStringLiteral("interpretation"), text(image.qualityInterpretation)},
                     {QStringLiteral("band"), text(image.qualityBand.key)},
                     {QStringLiteral("acceptable"), boolean(image.qualityAcceptable)}}},
        {QStringLiteral("dermatological"), boolean(image.dermatological)},
        {QStringLiteral("dermatologicalConfidence"), number(image.dermatologicalConfidence)},
        {QStringLiteral("modality"), text(image.modality)},
        {QStringLiteral("heatmapCount"), image.heatmapCount},
        {QStringLiteral("differential"), differentialJson(image.differential)},
        {QStringLiteral("differentialTotal"), image.differential.total()},
        {QStringLiteral("clinicalIndicators"), indicatorsJson(image.indicators, image.gate.shown)},
        {QStringLiteral("entropy"), number(image.entropy)},
        {QStringLiteral("flags"), flagsJson(image.flags)},
        {QStringLiteral("retakePrompt"), text(image.retakePrompt)},
    };
    if (!image.bodySite.isEmpty())
        object.insert(QStringLiteral("bodySite"), image.bodySite);
    if (image.scoreContribution)
        object.insert(QStringLiteral("scoreContribution"), *image.scoreContribution);
    if (image.gate.qaRevealed())
        object.insert(QStringLiteral("qaRevealed"), true);
    return object;
}

QJsonObject scoreJson(const ScoreReview &score)
{
    QJsonArray items;
    for (const ScoreItemReview &item : score.items) {
        QJsonObject details;
        for (const auto &detail : item.details)
            details.insert(detail.first, detail.second);
        items.append(QJsonObject{{QStringLiteral("key"), item.key},
                                 {QStringLiteral("label"), item.label},
                                 {QStringLiteral("value"), number(item.value)},
                                 {QStringLiteral("interpretation"), text(item.interpretation)},
                                 {QStringLiteral("details"), details}});
    }
    QJsonArray facets;
    for (const model::StoredFacet &facet : score.facets)
        facets.append(QJsonObject{{QStringLiteral("name"), facet.name},
                                  {QStringLiteral("display"), facet.display},
                                  {QStringLiteral("raw"), number(facet.raw)}});
    QJsonObject object{
        {QStringLiteral("code"), score.code},
        {QStringLiteral("name"), score.name},
        {QStringLiteral("shown"), score.gate.shown},
        {QStringLiteral("reasons"), QJsonArray::fromStringList(score.gate.reasons)},
        {QStringLiteral("value"), number(score.value)},
        {QStringLiteral("interpretation"), text(score.interpretation)},
        {QStringLiteral("intensity"),
         score.intensity ? QJsonValue(*score.intensity) : QJsonValue(QJsonValue::Null)},
        {QStringLiteral("severityLevel"), number(score.severityLevel)},
        {QStringLiteral("items"), items},
        {QStringLiteral("facets"), facets},
        {QStringLiteral("maskCount"), score.maskCount},
        {QStringLiteral("detectionCount"), score.detectionCount},
    };
    if (score.gate.qaRevealed())
        object.insert(QStringLiteral("qaRevealed"), true);
    return object;
}

} // namespace

QJsonObject reviewToJson(const Review &review)
{
    QJsonArray gateImages;
    QJsonArray images;
    for (const ImageReview &image : review.images) {
        QJsonObject gate{
            {QStringLiteral("index"), image.index},
            {QStringLiteral("shown"), image.gate.shown},
            {QStringLiteral("reasons"), QJsonArray::fromStringList(image.gate.reasons)}};
        if (image.gate.qaRevealed())
            gate.insert(QStringLiteral("qaRevealed"), true);
        gateImages.append(gate);
        images.append(imageJson(image));
    }
    QJsonObject gate{
        {QStringLiteral("aggregateShown"), review.aggregate.shown},
        {QStringLiteral("aggregateReasons"), QJsonArray::fromStringList(review.aggregate.reasons)},
        {QStringLiteral("images"), gateImages}};
    if (review.aggregate.qaRevealed())
        gate.insert(QStringLiteral("aggregateQaRevealed"), true);

    const bool shown = review.aggregate.shown;
    QJsonObject performance{{QStringLiteral("sensitivity"), number(review.sensitivity)},
                            {QStringLiteral("specificity"), number(review.specificity)},
                            {QStringLiteral("entropy"), number(review.entropy)},
                            {QStringLiteral("entropyBand"), text(review.entropyBand.key)}};
    QJsonArray scores;
    for (const ScoreReview &score : review.scores)
        scores.append(scoreJson(score));

    QJsonObject object{
        {QStringLiteral("kind"), model::responseKindName(review.kind)},
        {QStringLiteral("reportId"), text(review.reportId)},
        {QStringLiteral("issued"), text(review.issued)},
        {QStringLiteral("status"), text(review.status)},
        {QStringLiteral("analysisDuration"), number(review.analysisDuration)},
        {QStringLiteral("disclaimer"), Reviewer::disclaimer()},
        {QStringLiteral("qaMode"), review.qaMode},
        {QStringLiteral("gate"), gate},
        {QStringLiteral("differential"), differentialJson(review.differential)},
        {QStringLiteral("differentialTotal"), review.differential.total()},
        {QStringLiteral("clinicalIndicators"), indicatorsJson(review.clinicalIndicators, shown)},
        {QStringLiteral("performanceIndicators"),
         shown ? QJsonValue(performance) : QJsonValue(QJsonValue::Null)},
        {QStringLiteral("flags"), flagsJson(review.flags)},
        {QStringLiteral("images"), images},
        {QStringLiteral("scores"), scores},
        {QStringLiteral("warnings"), QJsonArray::fromStringList(review.warnings)},
    };
    if (review.qaMode)
        object.insert(QStringLiteral("notice"), Reviewer::qaWatermark());
    if (!review.pathology.isEmpty())
        object.insert(QStringLiteral("pathology"), review.pathology);
    if (!review.bodySite.isEmpty())
        object.insert(QStringLiteral("bodySite"), review.bodySite);
    return object;
}

} // namespace dv::review
