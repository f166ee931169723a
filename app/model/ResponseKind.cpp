#include "model/ResponseKind.h"

#include <QJsonArray>
#include <QJsonObject>

namespace dv::model {

using namespace Qt::Literals::StringLiterals;

ResponseKind detectResponseKind(const QJsonValue &document)
{
    if (document.isArray()) {
        const QJsonObject first = document.toArray().first().toObject();
        if (first.contains("mode"_L1) || first.contains("title"_L1) ||
            first.contains("identifier"_L1))
            return ResponseKind::Questionnaires;
        if (first.contains("code"_L1) && first.contains("name"_L1))
            return ResponseKind::BodySites;
        return ResponseKind::Unknown;
    }
    const QJsonObject object = document.toObject();
    if (object.contains("success"_L1) && object.contains("data"_L1)) {
        const QJsonValue data = object.value("data"_L1);
        if (data.toObject().value("resourceType"_L1) == "DiagnosticReport"_L1)
            return ResponseKind::ReportFhir;
        return ResponseKind::ReportStandard;
    }
    if (object.value("resourceType"_L1) == "DiagnosticReport"_L1 ||
        object.contains("imagingAnalysis"_L1) || object.contains("patientEvolution"_L1)) {
        return object.contains("patientEvolution"_L1) ? ResponseKind::SeverityAssessment
                                                      : ResponseKind::DiagnosisSupport;
    }
    if (object.contains("access_token"_L1))
        return ResponseKind::Login;
    if (object.contains("detail"_L1))
        return ResponseKind::ValidationError;
    if (object.contains("manufacturer"_L1))
        return ResponseKind::DeviceInformation;
    return ResponseKind::Unknown;
}

QString responseKindName(ResponseKind kind)
{
    switch (kind) {
    case ResponseKind::DiagnosisSupport:
        return QStringLiteral("diagnosis-support");
    case ResponseKind::SeverityAssessment:
        return QStringLiteral("severity-assessment");
    case ResponseKind::ReportStandard:
        return QStringLiteral("report-standard");
    case ResponseKind::ReportFhir:
        return QStringLiteral("report-fhir");
    case ResponseKind::Login:
        return QStringLiteral("login");
    case ResponseKind::BodySites:
        return QStringLiteral("body-sites");
    case ResponseKind::Questionnaires:
        return QStringLiteral("questionnaires");
    case ResponseKind::DeviceInformation:
        return QStringLiteral("device-information");
    case ResponseKind::ValidationError:
        return QStringLiteral("validation-error");
    case ResponseKind::Unknown:
        break;
    }
    return QStringLiteral("unknown");
}

} // namespace dv::model
