// The stored report's default ("raw") JSON format.
#include "model/CommonParsers.h"
#include "model/StoredReport.h"

namespace dv::model {

namespace {

Conclusion readStandardConclusion(JsonReader &reader, const JsonNode &node)
{
    Conclusion conclusion;
    if (!reader.expectObject(node, Presence::Required))
        return conclusion;
    conclusion.probability =
        reader.percentage(node["probability"_L1], Presence::Required).value_or(0.0);
    const JsonNode pathology = node["pathology"_L1];
    if (reader.expectObject(pathology, Presence::Required)) {
        Coding icd;
        icd.system = QStringLiteral("ICD-11");
        icd.systemDisplay = QStringLiteral("ICD-11");
        icd.code = reader.text(pathology["icd11"_L1]);
        icd.display = reader.text(pathology["name"_L1]);
        conclusion.coding.append(icd);
        conclusion.text = icd.display;
    }
    return conclusion;
}

StoredScoringSystem readStandardScoring(JsonReader &reader, const JsonNode &node)
{
    StoredScoringSystem scoring;
    if (!reader.expectObject(node, Presence::Required))
        return scoring;
    const JsonNode system = node["scoringSystem"_L1];
    if (reader.expectObject(system)) {
        scoring.name = reader.text(system["name"_L1]);
        scoring.code = reader.text(system["code"_L1]);
    }
    const JsonNode score = node["score"_L1];
    if (reader.expectObject(score)) {
        scoring.value = reader.number(score["value"_L1]);
        const JsonNode severity = score["severity"_L1];
        if (reader.expectObject(severity)) {
            scoring.severityValue = reader.number(severity["value"_L1]);
            scoring.bands = readSeverityBands(reader, severity["interpretations"_L1]);
        }
    }
    const JsonNode facets = node["facets"_L1];
    if (reader.expectArray(facets)) {
        for (qsizetype i = 0; i < facets.size() && !reader.failed(); ++i) {
            const JsonNode entry = facets.at(i);
            if (!reader.expectObject(entry, Presence::Required))
                break;
            StoredFacet facet;
            facet.name = reader.text(entry["facet"_L1]["name"_L1]);
            facet.display = reader.text(entry["value"_L1]["display"_L1]);
            facet.raw = reader.number(entry["value"_L1]["raw"_L1]);
            scoring.facets.append(facet);
        }
    }
    const JsonNode media = node["explainabilityMedia"_L1];
    if (reader.expectObject(media))
        scoring.explainabilityUrl = reader.text(media["url"_L1]);
    return scoring;
}

} // namespace

void readStandardReport(JsonReader &reader, const JsonNode &data, StoredReport &report)
{
    report.id = reader.text(data["id"_L1]);
    report.issued = reader.text(data["createdAt"_L1]);
    report.viewerUrl = reader.text(data["url"_L1]);
    report.pdfUrl = reader.text(data["pdf"_L1]);
    report.visitIdentifier = reader.text(data["visitIdentifier"_L1]);
    const JsonNode pathology = data["pathology"_L1];
    if (reader.expectObject(pathology)) {
        report.pathologyName = reader.text(pathology["name"_L1]);
        report.pathologyCode = reader.text(pathology["icd11"_L1]);
    }
    const JsonNode bodySite = data["bodySite"_L1];
    if (reader.expectObject(bodySite)) {
        report.bodySiteCode = reader.text(bodySite["code"_L1]);
        report.bodySiteName = reader.text(bodySite["name"_L1]);
    }
    const JsonNode anamnesis = data["anamnesisGeneral"_L1];
    if (reader.expectArray(anamnesis)) {
        for (qsizetype i = 0; i < anamnesis.size() && !reader.failed(); ++i) {
            const JsonNode entry = anamnesis.at(i);
            if (reader.expectObject(entry, Presence::Required))
                report.anamnesis.append(
                    {reader.text(entry["question"_L1]), reader.text(entry["answer"_L1])});
        }
    }

    const JsonNode result = data["result"_L1];
    if (!reader.expectObject(result))
        return;
    report.performance = readPerformanceIndicators(reader, result["metrics"_L1]);
    report.clinical = readClinicalIndicators(reader, result["preliminaryFindings"_L1]);
    report.analysisDuration = reader.number(result["iaSeconds"_L1]);
    const JsonNode observations = result["observations"_L1];
    if (reader.expectArray(observations)) {
        for (qsizetype i = 0; i < observations.size() && !reader.failed(); ++i) {
            const JsonNode media = observations.at(i)["media"_L1];
            if (!reader.expectObject(media, Presence::Required))
                break;
            report.observations.append({reader.text(media["modality"_L1]),
                                        reader.percentage(media["diqaScore"_L1]),
                                        reader.text(media["url"_L1])});
        }
    }
    const JsonNode conclusions = result["conclusions"_L1];
    if (reader.expectArray(conclusions)) {
        for (qsizetype i = 0; i < conclusions.size() && !reader.failed(); ++i)
            report.conclusions.append(readStandardConclusion(reader, conclusions.at(i)));
    }
    const JsonNode scoring = result["scoringSystems"_L1];
    if (reader.expectArray(scoring)) {
        for (qsizetype i = 0; i < scoring.size() && !reader.failed(); ++i)
            report.scoringSystems.append(readStandardScoring(reader, scoring.at(i)));
    }
}

} // namespace dv::model
