#pragma once

#include "sandbox/severity/ImageSigns.h"
#include "sandbox/severity/Validation.h"

#include <QJsonObject>
#include <QMap>
#include <QString>
#include <QVector>
#include <opencv2/core.hpp>
#include <variant>

// The severity-assessment engine the sandbox's HTTP layer calls: request body (and decoded
// images) in, the `patientEvolution` object or pydantic-style 422 details out. Pure and
// thread-safe: no I/O, no shared mutable state; the same input gives the same output.
//
// The HTTP layer keeps what is not severity-specific: authentication, base64 and image
// decoding (decodeImage() helps), `mediaValidity` (image quality / domain), the DiagnosticReport
// envelope (identifier, issued, analysisDuration) and the HTTP status.
//
// Response shape (API-NOTES "Severity assessment", the manual seed's `severity` block):
//   patientEvolution.<every code>: null, except the computed one:
//   { score: { value, interpretation: {category, intensity 0..3},
//              severity: {value: band code 1..3, interpretations: [{min, max, text,
//                                                   coding: [{code, display}]}]},
//              additionalData: {globalScoreContribution: {value, code: <bodySite>}} },
//     item:  { <itemCode>: { code: {text, coding: [{code}]}, value, interpretation,
//                            additionalData: {aiConfidence: {value}, ...} } },
//     media: { attachment: {maskRaw, maskBinary, segmentation, annotation, ...},
//              detection: [{confidence, code, box: {x1, y1, x2, y2}}] } }
// `globalScoreContribution` is present for region-weighted local scores (pasi, apasi, aeasi):
// the region's weight × its score, i.e. its share of a whole-body score, coded by bodySite.
// Questionnaire answers are echoed as items without `aiConfidence` (nobody inferred them).
//
// Global (avasi, asalt): `item.<bodySite>` = { code, value: the site's contribution (null
// for an invalid site), mediaValidity (the caller's, verbatim), additionalData, media }.
// The score is the sum of the VALID sites' contributions only: an invalid photo contributes
// nothing (it is never analysed), so the score is then a lower bound; clients must withhold
// it anyway (DESIGN: a global score is shown only when every site is valid).
namespace dv::sandbox::severity {

/// The `patientEvolution` object, or why the request is not acceptable (HTTP 422).
using Assessment = std::variant<QJsonObject, QVector<FieldError>>;

/// `POST /severity-assessment/manual`: questionnaire codes only. No image is read (the
/// SDK's `payload` is accepted and ignored).
Assessment assessManual(const QJsonObject &requestBody);

/// `POST /severity-assessment/automatic/local`. `decodedImage` is the request's
/// payload image as the caller decoded it (decodeImage()); the caller judges its validity and
/// builds the top-level mediaValidity. An empty image is a 422 on the payload's data (the
/// request cannot be scored), reported only when the body is otherwise valid.
Assessment assessLocal(const QJsonObject &requestBody, const cv::Mat &decodedImage);

/// One body site's photo of a global request, as the caller decoded and judged it.
struct SiteInput
{
    cv::Mat image;             ///< decoded photo (may be empty when invalid)
    QJsonObject mediaValidity; ///< copied verbatim into item.<bodySite>.mediaValidity
    bool valid = false;        ///< mediaValidity.isValid: false → the site is not analysed
};

/// `POST /severity-assessment/automatic/global`. `sites` maps each body site of the request's
/// `scoringSystem.<code>.item` to its photo; a site missing from `sites` (or valid but with
/// an empty image) is treated as invalid: fail closed.
Assessment assessGlobal(const QJsonObject &requestBody, const QMap<QString, SiteInput> &sites);

/// `patientEvolution` with every scoring-system code: `null` except `code` → `result`.
QJsonObject patientEvolution(const QString &code, const QJsonObject &result);

} // namespace dv::sandbox::severity
