#pragma once

#include "model/ApiResources.h"
#include "model/DiagnosisReport.h"
#include "model/ResponseKind.h"
#include "model/SeverityReport.h"
#include "model/StoredReport.h"

#include <variant>

namespace dv::model {

/// A response read back from a file, whatever endpoint produced it.
struct SavedResponse
{
    ResponseKind kind = ResponseKind::Unknown;
    std::variant<std::monostate, DiagnosisReport, SeverityReport, StoredReport, LoginResponse,
                 QVector<BodySite>, QVector<Questionnaire>, DeviceInformation, QVector<FieldError>>
        value;
};

/// Largest file `readSavedResponse` accepts: real responses with 15 heat maps are a few MB.
constexpr qint64 maxSavedResponseBytes = 256LL * 1024 * 1024;

/// Detects the kind from the document's shape and parses it with that kind's parser.
Parsed<SavedResponse> readSavedResponse(const QByteArray &json);

} // namespace dv::model
