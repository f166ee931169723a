#pragma once

#include "sandbox/analysis/ImageAnalysis.h"
#include "sandbox/reports/StoredDiagnosis.h"

#include <QJsonObject>

namespace dv::sandbox {

struct DiagnosisOutcome
{
    QJsonObject response;   ///< the `/diagnosis-support` body
    StoredDiagnosis record; ///< what the report endpoint serves for it later
};

/// The `mediaValidity` block of an analysed image (shared with the severity endpoints).
QJsonObject mediaValidityJson(const ImageAnalysis &analysis);

/// Builds the diagnosis-support answer from each image's analysis, in the shape of the seed
/// page (FHIR DiagnosticReport envelope, aggregate, per-image `imagingAnalysis[]` with
/// heat maps for the top 5 of valid images), marked in a field and in its title as coming
/// from the sandbox. The aggregate combines the valid images; when none is valid it combines
/// them all (the viewer withholds it in that case anyway).
/// `thumbnails`, in the order of `analyses`, are the photos the stored record keeps (an
/// empty or missing entry keeps none).
DiagnosisOutcome buildDiagnosisResponse(const QVector<ImageAnalysis> &analyses,
                                        const QVector<QByteArray> &thumbnails, double seconds);

} // namespace dv::sandbox
