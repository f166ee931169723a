#include "model/DiagnosisReport.h"

#include "model/CommonParsers.h"

namespace dv::model {

namespace {

DiagnosisReport readDiagnosisReport(JsonReader &reader, const JsonNode &root)
{
    DiagnosisReport report;
    if (!reader.expectObject(root, Presence::Required))
        return report;
    report.envelope = readEnvelope(reader, root);
    report.performance = readPerformanceIndicators(reader, root["performanceIndicator"_L1]);
    report.clinical = readClinicalIndicators(reader, root["clinicalIndicator"_L1]);
    report.conclusions = readConclusions(reader, root["conclusion"_L1]);

    const JsonNode images = root["imagingAnalysis"_L1];
    if (reader.expectArray(images)) {
        for (qsizetype i = 0; i < images.size() && !reader.failed(); ++i) {
            const JsonNode node = images.at(i);
            if (!reader.expectObject(node, Presence::Required))
                break;
            ImagingAnalysis image;
            image.mediaValidity = readMediaValidity(reader, node["mediaValidity"_L1]);
            image.performance = readPerformanceIndicators(reader, node["performanceIndicator"_L1]);
            image.clinical = readClinicalIndicators(reader, node["clinicalIndicator"_L1]);
            image.conclusions = readConclusions(reader, node["conclusion"_L1]);
            report.images.append(image);
        }
    }
    return report;
}

} // namespace

Parsed<DiagnosisReport> parseDiagnosisReport(const QJsonValue &document)
{
    JsonReader reader;
    DiagnosisReport report = readDiagnosisReport(reader, JsonNode(document, QString()));
    return finish(reader, std::move(report));
}

Parsed<DiagnosisReport> parseDiagnosisReport(const QByteArray &json)
{
    return parseBytes(json, [](const QJsonValue &v) { return parseDiagnosisReport(v); });
}

} // namespace dv::model
