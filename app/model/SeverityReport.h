#pragma once

#include "model/ClinicalTypes.h"
#include "model/ParseError.h"

#include <QByteArray>
#include <QJsonValue>

namespace dv::model {

/// A severity band as the manual endpoint and stored reports publish them.
struct SeverityBand
{
    std::optional<double> min;
    std::optional<double> max;
    QString text;
    QVector<Coding> coding;
};

struct SeverityScore
{
    std::optional<double> value;
    QString category;                    ///< `interpretation.category` ("Severe", "Grade 4", ...)
    std::optional<qint64> intensity;     ///< `interpretation.intensity`, 0..3
    std::optional<double> severityValue; ///< `severity.value` (the manual page's shape)
    QVector<SeverityBand> bands;         ///< `severity.interpretations[]`
    std::optional<double> globalContribution;
    QString globalContributionCode;
};

struct Detection
{
    QString code;
    std::optional<double> confidence;
    double x1 = 0, y1 = 0, x2 = 0, y2 = 0;
};

struct SeverityMedia
{
    QVector<Attachment> attachments; ///< masks, segmentations, annotations
    QVector<Detection> detections;
};

/// `patientEvolution.<code>.item.<key>`. For the global endpoint the key is a body site and
/// the entry carries that site's own mediaValidity.
struct SeverityItem
{
    QString key;
    QString codeText;
    QVector<Coding> coding;
    std::optional<double> value;
    QString interpretation;
    QVector<QPair<QString, double>> additionalData;
    std::optional<MediaValidity> mediaValidity;
    SeverityMedia media;

    bool isBodySite() const { return mediaValidity.has_value(); }
};

/// One non-null scoring system of `patientEvolution`.
struct ScoringResult
{
    QString code;
    SeverityScore score;
    QVector<SeverityItem> items;
    SeverityMedia media;
};

/// A `/severity-assessment/{manual,automatic/local,automatic/global}` response.
struct SeverityReport
{
    ReportEnvelope envelope;
    std::optional<MediaValidity> mediaValidity;
    QVector<ScoringResult> results;
};

Parsed<SeverityReport> parseSeverityReport(const QByteArray &json);
Parsed<SeverityReport> parseSeverityReport(const QJsonValue &document);

class JsonReader;
class JsonNode;
/// Shared with the stored-report parsers, which publish bands in the same shape.
QVector<SeverityBand> readSeverityBands(JsonReader &reader, const JsonNode &array);

} // namespace dv::model
