#pragma once

#include "model/ClinicalTypes.h"
#include "model/JsonReader.h"

// Parsers for the blocks the seed pages' "shared schema" page documents once and every
// endpoint reuses. Each records the first error in the reader and returns what it read.
namespace dv::model {

Coding readCoding(JsonReader &reader, const JsonNode &object);
QVector<Coding> readCodings(JsonReader &reader, const JsonNode &array);
Attachment readAttachment(JsonReader &reader, const JsonNode &node, const QString &key = {});
Conclusion readConclusion(JsonReader &reader, const JsonNode &node);
QVector<Conclusion> readConclusions(JsonReader &reader, const JsonNode &array);
ClinicalIndicators readClinicalIndicators(JsonReader &reader, const JsonNode &node);
PerformanceIndicators readPerformanceIndicators(JsonReader &reader, const JsonNode &node);
std::optional<MediaValidity> readMediaValidity(JsonReader &reader, const JsonNode &node);
ReportEnvelope readEnvelope(JsonReader &reader, const JsonNode &root);
/// `{"value": x}` or a bare number: the API uses both for additionalData entries.
std::optional<double> readValueOrNumber(JsonReader &reader, const JsonNode &node);

} // namespace dv::model
