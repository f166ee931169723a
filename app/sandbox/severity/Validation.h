#pragma once

#include "sandbox/severity/Instruments.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QMap>
#include <QString>
#include <QStringList>
#include <QVector>
#include <variant>

// Request validation for the three severity endpoints, answering like the API's FastAPI /
// pydantic v2 backend: every problem found, each as `{type, msg, loc}` with `loc` starting at
// "body". Types and messages are pydantic's:
//   missing            "Field required"
//   extra_forbidden    "Extra inputs are not permitted"  (unknown scoring system or item,
//                      including an item the AI infers from the image: it is never asked)
//   model_attributes_type "Input should be a valid dictionary or object to extract fields from"
//   string_type        "Input should be a valid string"
//   string_too_short   "String should have at least 1 character"
//   int_type           "Input should be a valid integer"        (not a number: null, text, ...)
//   int_from_float     "Input should be a valid integer, got a number with a fractional part"
//   float_type         "Input should be a valid number"
//   greater_than_equal "Input should be greater than or equal to <min>"
//   less_than_equal    "Input should be less than or equal to <max>"
//   value_error        "Value error, <reason>"  (several scoring systems, wrong endpoint,
//                      unknown or unfit body site, empty global item set)
// Numbers are strict: a numeric string or a boolean is not an integer (pydantic strict mode),
// because a client that sends "3" has a bug worth surfacing.
//
// What each endpoint requires (all from the seeds and API-NOTES):
//   manual: bodySite, knownCondition.conclusion.text, scoringSystem with exactly one
//           questionnaire code and every item; `payload` is optional and not inspected.
//   local:  as manual plus payload.contentAttachment.data (a string; decoding and base64
//           checks are the HTTP layer's) and an automatic local code.
//   global: knownCondition.conclusion.text, scoringSystem with exactly one global code and
//           `item.<bodySite>.payload.contentAttachment.data` for at least one fitting site.
namespace dv::sandbox::severity {

/// One pydantic-style validation error.
struct FieldError
{
    QString type;
    QString msg;
    QJsonArray loc; ///< ["body", "scoringSystem", "dlqi", "questionnaireResponse", ...]

    QJsonObject toJson() const;
};

/// A request that passed validation, with the values the scorer needs.
struct AssessmentRequest
{
    const Instrument *instrument = nullptr;
    QString bodySite;              ///< manual / local; empty for global
    QString conditionText;         ///< knownCondition.conclusion.text
    QMap<QString, double> answers; ///< questionnaire items, by item code
    QStringList sites;             ///< global: the body sites of `item` (QJsonObject key order)
};

using ParsedRequest = std::variant<AssessmentRequest, QVector<FieldError>>;

/// Validates `body` for `endpoint`. Errors come in document order: payload, bodySite,
/// knownCondition, scoringSystem (the seeds' field order).
ParsedRequest parseRequest(const QJsonObject &body, Endpoint endpoint);

/// The 422 response body: `{"detail": [ {type, msg, loc}, ... ]}`.
QJsonObject validationErrorBody(const QVector<FieldError> &errors);

} // namespace dv::sandbox::severity
