// The stored report's FHIR format (`?format=fhir`).
#include "model/CommonParsers.h"
#include "model/StoredReport.h"

namespace dv::model {

namespace {

/// `{"resourceType": "Observation", "component": [{code.coding[0].code, valueQuantity.value}]}`
/// → code → value. Null values (documented as reserved) are left out.
QVector<QPair<QString, double>> readComponents(JsonReader &reader, const JsonNode &observation)
{
    QVector<QPair<QString, double>> values;
    if (!reader.expectObject(observation))
        return values;
    const JsonNode components = observation["component"_L1];
    if (!reader.expectArray(components))
        return values;
    for (qsizetype i = 0; i < components.size() && !reader.failed(); ++i) {
        const JsonNode component = components.at(i);
        if (!reader.expectObject(component, Presence::Required))
            break;
        const QVector<Coding> coding = readCodings(reader, component["code"_L1]["coding"_L1]);
        const auto value = reader.percentage(component["valueQuantity"_L1]["value"_L1]);
        if (!coding.isEmpty() && value)
            values.append({coding.first().code, *value});
    }
    return values;
}

std::optional<double> componentValue(const QVector<QPair<QString, double>> &values,
                                     QLatin1String code)
{
    for (const auto &entry : values) {
        if (entry.first == code)
            return entry.second;
    }
    return std::nullopt;
}

StoredScoringSystem readQuestionnaire(JsonReader &reader, const JsonNode &node)
{
    StoredScoringSystem scoring;
    if (!reader.expectObject(node, Presence::Required))
        return scoring;
    scoring.code = reader.text(node["questionnaire"_L1]);
    const JsonNode system = node["scoringSystem"_L1];
    if (reader.expectObject(system))
        scoring.name = reader.text(system["text"_L1]);
    const JsonNode score = node["score"_L1];
    if (reader.expectObject(score)) {
        scoring.value = reader.number(score["valueQuantity"_L1]["value"_L1]);
        const JsonNode interpretation = score["interpretation"_L1];
        if (reader.expectObject(interpretation)) {
            scoring.interpretation = reader.text(interpretation["text"_L1]);
            const QVector<Coding> coding = readCodings(reader, interpretation["coding"_L1]);
            if (!coding.isEmpty()) {
                bool ok = false;
                const double level = coding.first().code.toDouble(&ok);
                if (ok)
                    scoring.severityValue = level;
            }
        }
        scoring.bands = readSeverityBands(reader, score["interpretations"_L1]);
    }
    const JsonNode media = node["explainabilityMedia"_L1];
    if (reader.expectObject(media))
        scoring.explainabilityUrl = reader.text(media["content"_L1]["url"_L1]);
    const JsonNode items = node["item"_L1];
    if (reader.expectArray(items)) {
        for (qsizetype i = 0; i < items.size() && !reader.failed(); ++i) {
            const JsonNode item = items.at(i);
            if (!reader.expectObject(item, Presence::Required))
                break;
            StoredAnswer answer;
            answer.text = reader.text(item["text"_L1]);
            const QVector<Coding> code = readCodings(reader, item["code"_L1]);
            if (!code.isEmpty())
                answer.code =
                    code.first().display.isEmpty() ? code.first().code : code.first().display;
            const JsonNode answers = item["answer"_L1];
            if (reader.expectArray(answers) && answers.size() > 0) {
                const JsonNode value = answers.at(0)["valueCoding"_L1];
                if (reader.expectObject(value)) {
                    const Coding coding = readCoding(reader, value);
                    answer.answerCode = coding.code;
                    answer.answerDisplay = coding.display;
                }
            }
            scoring.answers.append(answer);
        }
    }
    return scoring;
}

} // namespace

void readFhirReport(JsonReader &reader, const JsonNode &data, StoredReport &report)
{
    report.id = reader.text(data["id"_L1]);
    report.issued = reader.text(data["issued"_L1]);
    const JsonNode practitioner = data["presentedForm"_L1]["practitioner"_L1];
    if (reader.expectObject(practitioner)) {
        report.viewerUrl = reader.text(practitioner["url"_L1]);
        report.pdfUrl = reader.text(practitioner["pdf"_L1]);
    }
    const JsonNode encounter = data["encounter"_L1];
    if (reader.expectObject(encounter))
        report.visitIdentifier = reader.text(encounter["identifier"_L1]["value"_L1]);
    const JsonNode condition = data["condition"_L1];
    if (reader.expectObject(condition)) {
        const JsonNode pathology = condition["pathology"_L1];
        if (reader.expectObject(pathology)) {
            const QVector<Coding> coding = readCodings(reader, pathology["coding"_L1]);
            for (const Coding &c : coding) {
                if (c.isIcd11())
                    report.pathologyCode = c.code;
                else if (report.pathologyName.isEmpty())
                    report.pathologyName = c.display;
            }
        }
        const JsonNode bodySite = condition["bodySite"_L1];
        if (reader.expectObject(bodySite)) {
            const QVector<Coding> coding = readCodings(reader, bodySite["coding"_L1]);
            if (!coding.isEmpty()) {
                report.bodySiteCode = coding.first().code;
                report.bodySiteName = coding.first().display;
            }
        }
    }
    const JsonNode anamnesis = data["anamnesisGeneral"_L1]["item"_L1];
    if (reader.expectArray(anamnesis)) {
        for (qsizetype i = 0; i < anamnesis.size() && !reader.failed(); ++i) {
            const JsonNode entry = anamnesis.at(i);
            if (!reader.expectObject(entry, Presence::Required))
                break;
            QString answer;
            const JsonNode answers = entry["answer"_L1];
            if (reader.expectArray(answers) && answers.size() > 0)
                answer = reader.text(answers.at(0)["valueString"_L1]);
            report.anamnesis.append({reader.text(entry["text"_L1]), answer});
        }
    }

    const JsonNode result = data["result"_L1];
    if (!reader.expectObject(result))
        return;
    const auto performance = readComponents(reader, result["performanceIndicators"_L1]);
    report.performance.sensitivity = componentValue(performance, "sensitivity"_L1);
    report.performance.specificity = componentValue(performance, "specificity"_L1);
    report.performance.entropy = componentValue(performance, "entropy"_L1);
    const auto clinical = readComponents(reader, result["clinicalIndicators"_L1]);
    report.clinical.hasCondition = componentValue(clinical, "hasCondition"_L1);
    report.clinical.malignancy = componentValue(clinical, "malignancy"_L1);
    report.clinical.adjustedMalignancy = componentValue(clinical, "adjustedMalignancy"_L1);
    report.clinical.pigmentedLesion = componentValue(clinical, "pigmentedLesion"_L1);
    report.clinical.urgentReferral = componentValue(clinical, "urgentReferral"_L1);
    report.clinical.highPriorityReferral = componentValue(clinical, "highPriorityReferral"_L1);
    report.analysisDuration = reader.number(result["analysisDuration"_L1]);

    const JsonNode observations = result["observations"_L1];
    if (reader.expectArray(observations)) {
        for (qsizetype i = 0; i < observations.size() && !reader.failed(); ++i) {
            const JsonNode media = observations.at(i)["media"_L1];
            if (!reader.expectObject(media, Presence::Required))
                break;
            report.observations.append({reader.text(media["modality"_L1]),
                                        reader.percentage(media["diqaScore"_L1]),
                                        reader.text(media["content"_L1]["url"_L1])});
        }
    }
    const JsonNode conclusions = result["conclusions"_L1];
    if (reader.expectArray(conclusions)) {
        for (qsizetype i = 0; i < conclusions.size() && !reader.failed(); ++i) {
            const JsonNode node = conclusions.at(i);
            if (!reader.expectObject(node, Presence::Required))
                break;
            Conclusion conclusion;
            conclusion.probability =
                reader.percentage(node["probability"_L1], Presence::Required).value_or(0.0);
            const JsonNode pathology = node["pathology"_L1];
            if (reader.expectObject(pathology, Presence::Required))
                conclusion.coding = readCodings(reader, pathology["coding"_L1]);
            // The first coding is the vendor's own label; the ICD-11 one carries the code.
            for (const Coding &c : conclusion.coding) {
                if (!c.isIcd11()) {
                    conclusion.text = c.display;
                    break;
                }
            }
            report.conclusions.append(conclusion);
        }
    }
    const JsonNode questionnaires = result["questionnaires"_L1];
    if (reader.expectArray(questionnaires)) {
        for (qsizetype i = 0; i < questionnaires.size() && !reader.failed(); ++i)
            report.scoringSystems.append(readQuestionnaire(reader, questionnaires.at(i)));
    }
}

} // namespace dv::model
