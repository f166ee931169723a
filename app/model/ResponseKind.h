#pragma once

#include <QJsonValue>
#include <QString>

namespace dv::model {

/// What a saved response is, told from its shape alone (saved files carry no endpoint name).
enum class ResponseKind
{
    Unknown,
    DiagnosisSupport,
    SeverityAssessment,
    ReportStandard,
    ReportFhir,
    Login,
    BodySites,
    Questionnaires,
    DeviceInformation,
    ValidationError,
};

ResponseKind detectResponseKind(const QJsonValue &document);
/// Stable machine name ("diagnosis-support", ...), used in `inspect --json`.
QString responseKindName(ResponseKind kind);

} // namespace dv::model
