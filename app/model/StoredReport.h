#pragma once

#include "model/ClinicalTypes.h"
#include "model/ParseError.h"
#include "model/SeverityReport.h"

#include <QByteArray>
#include <QJsonValue>

namespace dv::model {

enum class StoredReportFormat
{
    Standard, ///< the default ("raw") JSON of the report endpoint
    Fhir,     ///< `?format=fhir`
};

/// One uploaded photo of a stored report. Stored reports carry no mediaValidity: only
/// the modality and the image-quality (DIQA) score.
struct StoredObservation
{
    QString modality;
    std::optional<double> qualityScore;
    QString url;
};

struct StoredFacet
{
    QString name;
    QString display;
    std::optional<double> raw;
};

/// A questionnaire item answered by the AI or the patient (FHIR `item[]`).
struct StoredAnswer
{
    QString text;
    QString code;
    QString answerCode;
    QString answerDisplay;
};

struct StoredScoringSystem
{
    QString code;
    QString name;
    std::optional<double> value;
    std::optional<double> severityValue;
    QString interpretation;
    QVector<SeverityBand> bands;
    QVector<StoredFacet> facets;
    QVector<StoredAnswer> answers;
    QString explainabilityUrl;
};

/// A diagnostic report fetched from `/s2s-api/v3/anonymous-diagnostic-reports/{id}`, in
/// either format, reduced to one shape.
struct StoredReport
{
    StoredReportFormat format = StoredReportFormat::Standard;
    QString id;
    QString issued;
    QString pdfUrl;
    QString viewerUrl;
    QString visitIdentifier;
    QString pathologyName;
    QString pathologyCode;
    QString bodySiteCode;
    QString bodySiteName;
    QVector<QPair<QString, QString>> anamnesis;
    PerformanceIndicators performance;
    ClinicalIndicators clinical;
    std::optional<double> analysisDuration;
    QVector<StoredObservation> observations;
    QVector<Conclusion> conclusions;
    QVector<StoredScoringSystem> scoringSystems;
};

/// Parses the `{success, message, errorCode, data}` envelope; `success: false` is an error
/// carrying the server's message and error code.
Parsed<StoredReport> parseStoredReport(const QByteArray &json, StoredReportFormat format);
Parsed<StoredReport> parseStoredReport(const QJsonValue &document, StoredReportFormat format);

} // namespace dv::model
