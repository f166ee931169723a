#pragma once

#include "model/ApiResources.h"

#include <QJsonObject>
#include <QString>
#include <QVector>
#include <optional>

namespace dv::api {

/// The three severity-assessment endpoints.
enum class SeverityKind
{
    Manual, ///< /severity-assessment/manual: questionnaire answers only
    Local,  ///< /severity-assessment/automatic/local: one photo plus the asked items
    Global, ///< /severity-assessment/automatic/global: one photo per body site
};

/// The kind a `/questionnaires` entry's `path` names; nullopt for a path we do not know.
std::optional<SeverityKind> severityKindOfPath(const QString &path);

/// One questionnaire answer: `scoringSystem.<code>.questionnaireResponse.item.<item>`.
struct SeverityAnswer
{
    QString item;
    double value = 0;
};

/// What a severity request says, as the window and the CLI collect it. toJson() writes the
/// documented body (seed page "Severity Assessment", API-NOTES) without the photos, which
/// ApiClient splices in: `payload` for local, `scoringSystem.<code>.item` for global.
struct SeverityRequest
{
    QString scoringCode;
    QString bodySite;      ///< manual and local; global requests carry a site per photo
    QString conditionText; ///< `knownCondition.conclusion.text`; the API codes it itself
    QVector<SeverityAnswer> answers;

    /// Empty texts are left out rather than sent empty, so that the service names the
    /// missing field (422 "Field required") and the form can mark it.
    QJsonObject toJson(SeverityKind kind) const;
};

/// The input a 422 entry of a severity request is about.
struct SeverityFieldTarget
{
    enum class Field
    {
        BodySite,  ///< `bodySite`
        Condition, ///< `knownCondition...`
        Photo,     ///< `payload...` (local)
        Item,      ///< `scoringSystem.<code>.questionnaireResponse.item.<key>`
        Site,      ///< `scoringSystem.<code>.item.<key>...` (global)
        Other,     ///< anything else: shown in the general message
    };
    Field field = Field::Other;
    QString key; ///< the item code or body site
};

SeverityFieldTarget locateSeverityFieldError(const model::FieldError &error,
                                             const QString &scoringCode);

} // namespace dv::api
