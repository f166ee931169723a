#include "model/SavedResponse.h"

#include "model/JsonReader.h"

namespace dv::model {

namespace {

template <typename T> Parsed<SavedResponse> wrap(ResponseKind kind, Parsed<T> parsed)
{
    if (!parsed)
        return parsed.error();
    SavedResponse response;
    response.kind = kind;
    response.value = std::move(parsed.value());
    return response;
}

} // namespace

Parsed<SavedResponse> readSavedResponse(const QByteArray &json)
{
    if (json.size() > maxSavedResponseBytes)
        return ParseError{QString(), JsonReader::tr("the file is larger than %1 MB")
                                         .arg(maxSavedResponseBytes / (1024 * 1024))};
    const Parsed<QJsonValue> document = JsonReader::parseDocument(json);
    if (!document)
        return document.error();
    const QJsonValue &value = document.value();
    const ResponseKind kind = detectResponseKind(value);
    switch (kind) {
    case ResponseKind::DiagnosisSupport:
        return wrap(kind, parseDiagnosisReport(value));
    case ResponseKind::SeverityAssessment:
        return wrap(kind, parseSeverityReport(value));
    case ResponseKind::ReportStandard:
        return wrap(kind, parseStoredReport(value, StoredReportFormat::Standard));
    case ResponseKind::ReportFhir:
        return wrap(kind, parseStoredReport(value, StoredReportFormat::Fhir));
    case ResponseKind::Login:
        return wrap(kind, parseLoginResponse(value));
    case ResponseKind::BodySites:
        return wrap(kind, parseBodySites(value));
    case ResponseKind::Questionnaires:
        return wrap(kind, parseQuestionnaires(value));
    case ResponseKind::DeviceInformation:
        return wrap(kind, parseDeviceInformation(value));
    case ResponseKind::ValidationError:
        return wrap(kind, parseValidationErrors(value));
    case ResponseKind::Unknown:
        break;
    }
    return ParseError{QString(),
                      JsonReader::tr("not a response of the dermatology API (unrecognised shape)")};
}

} // namespace dv::model
