#include "model/CommonParsers.h"

namespace dv::model {

bool Coding::isIcd11() const
{
    return systemDisplay == QLatin1String("ICD-11") || system == QLatin1String("ICD-11") ||
           system.contains(QLatin1String("icd.who.int"));
}

const Coding *Conclusion::primaryCoding() const
{
    for (const Coding &c : coding) {
        if (c.isIcd11())
            return &c;
    }
    return coding.isEmpty() ? nullptr : &coding.first();
}

Coding readCoding(JsonReader &reader, const JsonNode &node)
{
    Coding coding;
    coding.system = reader.text(node["system"_L1]);
    coding.systemDisplay = reader.text(node["systemDisplay"_L1]);
    coding.version = reader.text(node["version"_L1]);
    // Stored reports send numeric codes for severity bands (`"code": 1`).
    const JsonNode code = node["code"_L1];
    if (code.value().isDouble())
        coding.code = QString::number(code.value().toDouble());
    else
        coding.code = reader.text(code);
    coding.display = reader.text(node["display"_L1]);
    return coding;
}

QVector<Coding> readCodings(JsonReader &reader, const JsonNode &array)
{
    QVector<Coding> codings;
    if (!reader.expectArray(array))
        return codings;
    for (qsizetype i = 0; i < array.size() && !reader.failed(); ++i) {
        const JsonNode node = array.at(i);
        if (!reader.expectObject(node, Presence::Required))
            break;
        codings.append(readCoding(reader, node));
    }
    return codings;
}

Attachment readAttachment(JsonReader &reader, const JsonNode &node, const QString &key)
{
    Attachment attachment;
    attachment.key = key;
    if (!reader.expectObject(node, Presence::Required))
        return attachment;
    attachment.title = reader.text(node["title"_L1]);
    attachment.contentType = reader.text(node["contentType"_L1]);
    attachment.base64Data = reader.text(node["data"_L1]);
    attachment.width = reader.integer(node["width"_L1]);
    attachment.height = reader.integer(node["height"_L1]);
    attachment.colorModel = reader.text(node["colorModel"_L1]);
    return attachment;
}

Conclusion readConclusion(JsonReader &reader, const JsonNode &node)
{
    Conclusion conclusion;
    if (!reader.expectObject(node, Presence::Required))
        return conclusion;
    const JsonNode code = node["code"_L1];
    if (reader.expectObject(code)) {
        conclusion.coding = readCodings(reader, code["coding"_L1]);
        conclusion.text = reader.text(code["text"_L1]);
    }
    conclusion.probability =
        reader.percentage(node["probability"_L1], Presence::Required).value_or(0.0);
    const JsonNode explainability = node["explainability"_L1];
    if (reader.expectObject(explainability)) {
        const JsonNode heatMap = explainability["heatMap"_L1];
        if (reader.expectObject(heatMap))
            conclusion.heatMap = readAttachment(reader, heatMap);
    }
    return conclusion;
}

QVector<Conclusion> readConclusions(JsonReader &reader, const JsonNode &array)
{
    QVector<Conclusion> conclusions;
    if (!reader.expectArray(array))
        return conclusions;
    conclusions.reserve(array.size());
    for (qsizetype i = 0; i < array.size() && !reader.failed(); ++i)
        conclusions.append(readConclusion(reader, array.at(i)));
    return conclusions;
}

ClinicalIndicators readClinicalIndicators(JsonReader &reader, const JsonNode &node)
{
    ClinicalIndicators indicators;
    if (!reader.expectObject(node))
        return indicators;
    indicators.hasCondition = reader.percentage(node["hasCondition"_L1]);
    indicators.pigmentedLesion = reader.percentage(node["pigmentedLesion"_L1]);
    indicators.malignancy = reader.percentage(node["malignancy"_L1]);
    indicators.adjustedMalignancy = reader.percentage(node["adjustedMalignancy"_L1]);
    indicators.urgentReferral = reader.percentage(node["urgentReferral"_L1]);
    indicators.highPriorityReferral = reader.percentage(node["highPriorityReferral"_L1]);
    return indicators;
}

PerformanceIndicators readPerformanceIndicators(JsonReader &reader, const JsonNode &node)
{
    PerformanceIndicators indicators;
    if (!reader.expectObject(node))
        return indicators;
    indicators.sensitivity = reader.percentage(node["sensitivity"_L1]);
    indicators.specificity = reader.percentage(node["specificity"_L1]);
    indicators.entropy = reader.percentage(node["entropy"_L1]);
    return indicators;
}

std::optional<double> readValueOrNumber(JsonReader &reader, const JsonNode &node)
{
    if (node.isObject())
        return reader.number(node["value"_L1]);
    return reader.number(node);
}

std::optional<MediaValidity> readMediaValidity(JsonReader &reader, const JsonNode &node)
{
    if (!reader.expectObject(node))
        return std::nullopt;
    MediaValidity validity;
    const JsonNode quality = node["quality"_L1];
    if (reader.expectObject(quality)) {
        validity.qualityAcceptable = reader.boolean(quality["acceptable"_L1]);
        validity.qualityScore = reader.percentage(quality["score"_L1]);
        validity.qualityInterpretation = reader.text(quality["interpretation"_L1]);
    }
    const JsonNode domain = node["domain"_L1];
    if (reader.expectObject(domain)) {
        validity.isDermatological = reader.boolean(domain["isDermatological"_L1]);
        const JsonNode confidence = domain["additionalData"_L1]["aiConfidence"_L1]["value"_L1];
        validity.dermatologicalConfidence = reader.percentage(confidence);
    }
    const JsonNode modality = node["modality"_L1];
    if (reader.expectObject(modality)) {
        validity.modality = reader.text(modality["value"_L1]);
        const JsonNode extra = modality["additionalData"_L1];
        validity.clinicalConfidence =
            reader.percentage(extra["aiConfidenceClinical"_L1]["value"_L1]);
        validity.dermoscopicConfidence =
            reader.percentage(extra["aiConfidenceDermoscopic"_L1]["value"_L1]);
    }
    validity.isValid = reader.boolean(node["isValid"_L1]);
    return validity;
}

ReportEnvelope readEnvelope(JsonReader &reader, const JsonNode &root)
{
    ReportEnvelope envelope;
    envelope.resourceType = reader.text(root["resourceType"_L1]);
    const JsonNode identifier = root["identifier"_L1];
    if (reader.expectObject(identifier))
        envelope.identifier = reader.text(identifier["value"_L1]);
    envelope.status = reader.text(root["status"_L1]);
    envelope.issued = reader.text(root["issued"_L1]);
    const auto duration = reader.number(root["analysisDuration"_L1]);
    if (duration && *duration < 0)
        reader.fail(root["analysisDuration"_L1].path(), JsonReader::tr("expected a duration ≥ 0"));
    envelope.analysisDuration = duration;
    return envelope;
}

} // namespace dv::model
