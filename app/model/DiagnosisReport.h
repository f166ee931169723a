#pragma once

#include "model/ClinicalTypes.h"
#include "model/ParseError.h"

#include <QByteArray>
#include <QJsonValue>

namespace dv::model {

/// One entry of `imagingAnalysis[]`: the result for one uploaded image.
struct ImagingAnalysis
{
    std::optional<MediaValidity> mediaValidity;
    PerformanceIndicators performance;
    ClinicalIndicators clinical;
    QVector<Conclusion> conclusions;
};

/// A `/diagnosis-support` response.
struct DiagnosisReport
{
    ReportEnvelope envelope;
    PerformanceIndicators performance;
    ClinicalIndicators clinical;
    QVector<Conclusion> conclusions;
    QVector<ImagingAnalysis> images;
};

Parsed<DiagnosisReport> parseDiagnosisReport(const QByteArray &json);
Parsed<DiagnosisReport> parseDiagnosisReport(const QJsonValue &document);

} // namespace dv::model
