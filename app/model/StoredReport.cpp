#include "model/StoredReport.h"

#include "model/CommonParsers.h"

namespace dv::model {

// Implemented in StoredReportStandard.cpp and StoredReportFhir.cpp.
void readStandardReport(JsonReader &reader, const JsonNode &data, StoredReport &report);
void readFhirReport(JsonReader &reader, const JsonNode &data, StoredReport &report);

Parsed<StoredReport> parseStoredReport(const QByteArray &json, StoredReportFormat format)
{
    return parseBytes(json, [format](const QJsonValue &v) { return parseStoredReport(v, format); });
}

Parsed<StoredReport> parseStoredReport(const QJsonValue &document, StoredReportFormat format)
{
    JsonReader reader;
    const JsonNode root(document, QString());
    StoredReport report;
    report.format = format;
    if (!reader.expectObject(root, Presence::Required))
        return reader.error();
    const auto success = reader.boolean(root["success"_L1], Presence::Required);
    if (reader.failed())
        return reader.error();
    if (!*success) {
        const QString code = reader.text(root["errorCode"_L1]);
        const QString message = reader.text(root["message"_L1]);
        return ParseError{QString(),
                          JsonReader::tr("the report server answered with an error: %1 (%2)")
                              .arg(message.isEmpty() ? JsonReader::tr("no message") : message,
                                   code.isEmpty() ? JsonReader::tr("no error code") : code)};
    }
    const JsonNode data = root["data"_L1];
    if (reader.expectObject(data, Presence::Required)) {
        if (format == StoredReportFormat::Fhir)
            readFhirReport(reader, data, report);
        else
            readStandardReport(reader, data, report);
    }
    return finish(reader, std::move(report));
}

} // namespace dv::model
