#include "model/SeverityReport.h"

#include "model/CommonParsers.h"

namespace dv::model {

QVector<SeverityBand> readSeverityBands(JsonReader &reader, const JsonNode &array)
{
    QVector<SeverityBand> bands;
    if (!reader.expectArray(array))
        return bands;
    for (qsizetype i = 0; i < array.size() && !reader.failed(); ++i) {
        const JsonNode node = array.at(i);
        if (!reader.expectObject(node, Presence::Required))
            break;
        SeverityBand band;
        band.min = reader.number(node["min"_L1]);
        band.max = reader.number(node["max"_L1]);
        band.text = reader.text(node["text"_L1]);
        band.coding = readCodings(reader, node["coding"_L1]);
        bands.append(band);
    }
    return bands;
}

namespace {

/// `interpretation` is an object `{category, intensity}` on scores and may be plain text
/// on items; both are accepted.
void readInterpretation(JsonReader &reader, const JsonNode &node, QString &category,
                        std::optional<qint64> *intensity)
{
    if (node.value().isString()) {
        category = node.value().toString();
        return;
    }
    if (!reader.expectObject(node))
        return;
    category = reader.text(node["category"_L1]);
    if (intensity)
        *intensity = reader.integer(node["intensity"_L1]);
}

SeverityScore readScore(JsonReader &reader, const JsonNode &node)
{
    SeverityScore score;
    if (!reader.expectObject(node))
        return score;
    score.value = reader.number(node["value"_L1]);
    readInterpretation(reader, node["interpretation"_L1], score.category, &score.intensity);
    const JsonNode severity = node["severity"_L1];
    if (reader.expectObject(severity)) {
        score.severityValue = reader.number(severity["value"_L1]);
        score.bands = readSeverityBands(reader, severity["interpretations"_L1]);
    }
    const JsonNode contribution = node["additionalData"_L1]["globalScoreContribution"_L1];
    if (reader.expectObject(contribution)) {
        score.globalContribution = reader.number(contribution["value"_L1]);
        score.globalContributionCode = reader.text(contribution["code"_L1]);
    }
    return score;
}

SeverityMedia readMedia(JsonReader &reader, const JsonNode &node)
{
    SeverityMedia media;
    if (!reader.expectObject(node))
        return media;
    const JsonNode attachments = node["attachment"_L1];
    if (reader.expectObject(attachments)) {
        for (const QString &key : attachments.keys()) {
            const JsonNode attachment = attachments.child(key);
            if (!attachment.isAbsent())
                media.attachments.append(readAttachment(reader, attachment, key));
        }
    }
    const JsonNode detections = node["detection"_L1];
    if (reader.expectArray(detections)) {
        for (qsizetype i = 0; i < detections.size() && !reader.failed(); ++i) {
            const JsonNode entry = detections.at(i);
            if (!reader.expectObject(entry, Presence::Required))
                break;
            Detection detection;
            detection.code = reader.text(entry["code"_L1]);
            detection.confidence = reader.percentage(entry["confidence"_L1]);
            const JsonNode box = entry["box"_L1];
            if (reader.expectObject(box, Presence::Required)) {
                detection.x1 = reader.number(box["x1"_L1], Presence::Required).value_or(0);
                detection.y1 = reader.number(box["y1"_L1], Presence::Required).value_or(0);
                detection.x2 = reader.number(box["x2"_L1], Presence::Required).value_or(0);
                detection.y2 = reader.number(box["y2"_L1], Presence::Required).value_or(0);
            }
            media.detections.append(detection);
        }
    }
    return media;
}

SeverityItem readItem(JsonReader &reader, const JsonNode &node, const QString &key)
{
    SeverityItem item;
    item.key = key;
    // A bare number is a questionnaire answer echoed back.
    if (node.value().isDouble()) {
        item.value = node.value().toDouble();
        return item;
    }
    if (!reader.expectObject(node, Presence::Required))
        return item;
    const JsonNode code = node["code"_L1];
    if (reader.expectObject(code)) {
        item.codeText = reader.text(code["text"_L1]);
        item.coding = readCodings(reader, code["coding"_L1]);
    }
    item.value = reader.number(node["value"_L1]);
    readInterpretation(reader, node["interpretation"_L1], item.interpretation, nullptr);
    const JsonNode extra = node["additionalData"_L1];
    if (reader.expectObject(extra)) {
        for (const QString &name : extra.keys()) {
            const JsonNode entry = extra.child(name);
            if (entry.isAbsent())
                continue;
            if (const auto value = readValueOrNumber(reader, entry))
                item.additionalData.append({name, *value});
        }
    }
    item.mediaValidity = readMediaValidity(reader, node["mediaValidity"_L1]);
    item.media = readMedia(reader, node["media"_L1]);
    return item;
}

ScoringResult readScoringResult(JsonReader &reader, const JsonNode &node, const QString &code)
{
    ScoringResult result;
    result.code = code;
    result.score = readScore(reader, node["score"_L1]);
    const JsonNode items = node["item"_L1];
    if (reader.expectObject(items)) {
        for (const QString &key : items.keys()) {
            const JsonNode item = items.child(key);
            if (!item.isAbsent() && !reader.failed())
                result.items.append(readItem(reader, item, key));
        }
    }
    result.media = readMedia(reader, node["media"_L1]);
    return result;
}

} // namespace

Parsed<SeverityReport> parseSeverityReport(const QByteArray &json)
{
    return parseBytes(json, [](const QJsonValue &v) { return parseSeverityReport(v); });
}

Parsed<SeverityReport> parseSeverityReport(const QJsonValue &document)
{
    JsonReader reader;
    const JsonNode root(document, QString());
    SeverityReport report;
    if (reader.expectObject(root, Presence::Required)) {
        report.envelope = readEnvelope(reader, root);
        report.mediaValidity = readMediaValidity(reader, root["mediaValidity"_L1]);
        const JsonNode evolution = root["patientEvolution"_L1];
        if (reader.expectObject(evolution, Presence::Required)) {
            // Every scoring system the server knows is present; those not computed are null.
            for (const QString &code : evolution.keys()) {
                const JsonNode node = evolution.child(code);
                if (node.isAbsent() || reader.failed())
                    continue;
                if (reader.expectObject(node, Presence::Required))
                    report.results.append(readScoringResult(reader, node, code));
            }
        }
    }
    return finish(reader, std::move(report));
}

} // namespace dv::model
