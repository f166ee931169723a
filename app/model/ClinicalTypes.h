#pragma once

#include <QString>
#include <QVector>
#include <optional>

namespace dv::model {

/// One coding of a concept (ICD-11 for diagnosis-support conclusions).
struct Coding
{
    QString system;
    QString systemDisplay;
    QString version;
    QString code;
    QString display;

    bool isIcd11() const;
};

/// An embedded image (heat map, severity mask). The base64 text is kept as the parser got it
/// (implicitly shared, no copy) and decoded only when an overlay is actually drawn.
struct Attachment
{
    QString key; ///< attachment name in severity media (`maskRaw`, ...); empty for heat maps
    QString title;
    QString contentType;
    QString base64Data;
    std::optional<qint64> width;
    std::optional<qint64> height;
    QString colorModel;

    bool hasData() const { return !base64Data.isEmpty(); }
};

/// A ranked differential entry.
struct Conclusion
{
    QVector<Coding> coding;
    QString text;
    double probability = 0.0;
    std::optional<Attachment> heatMap;

    /// The ICD-11 coding if any, otherwise the first coding; nullptr when there is none.
    const Coding *primaryCoding() const;
};

struct ClinicalIndicators
{
    std::optional<double> hasCondition;
    std::optional<double> pigmentedLesion;
    std::optional<double> malignancy;
    std::optional<double> adjustedMalignancy;
    std::optional<double> urgentReferral;
    std::optional<double> highPriorityReferral;
};

struct PerformanceIndicators
{
    std::optional<double> sensitivity;
    std::optional<double> specificity;
    std::optional<double> entropy;
};

/// The per-image quality gate. Every field is optional because the review must tell
/// "the server said no" apart from "the server said nothing"; both withhold.
struct MediaValidity
{
    std::optional<double> qualityScore;
    QString qualityInterpretation;
    std::optional<bool> qualityAcceptable;
    std::optional<bool> isDermatological;
    std::optional<double> dermatologicalConfidence;
    QString modality;
    std::optional<double> clinicalConfidence;
    std::optional<double> dermoscopicConfidence;
    std::optional<bool> isValid;
};

/// The FHIR DiagnosticReport envelope every clinical endpoint answers with.
struct ReportEnvelope
{
    QString resourceType;
    QString identifier;
    QString status;
    QString issued;
    std::optional<double> analysisDuration;
};

} // namespace dv::model
