#pragma once

#include "model/ParseError.h"

#include <QByteArray>
#include <QJsonValue>
#include <QMap>
#include <QString>
#include <QStringList>
#include <QVector>
#include <optional>

// The non-clinical response shapes: login, helper endpoints, device label and 422 errors.
namespace dv::model {

struct LoginResponse
{
    QString accessToken; ///< a secret: never log or persist it
    QString tokenType;   ///< informative only ("Access token", "Bearer token")
    double expiresInMinutes = 0;
};

/// Localised text keyed by locale (`en_GB`, `es_ES`, ...).
using LocalizedText = QMap<QString, QString>;

/// The text for `locale` ("de", "de_DE"), falling back to English and then to any entry.
QString localized(const LocalizedText &text, const QString &locale);

struct BodySite
{
    QString code;
    LocalizedText name;
};

struct QuestionnaireItem
{
    QString code;
    LocalizedText text;
    std::optional<double> min;
    std::optional<double> max;
    QString type;
};

struct Questionnaire
{
    QString identifier;
    QString code;
    QString mode; ///< "local" | "global"
    QString path;
    LocalizedText title;
    LocalizedText description;
    QVector<QuestionnaireItem> items;
    /// `bodySites`: the body-site codes the scoring system accepts (for a global one, the
    /// sites it asks a photo of). Not in the vendor's pages: the sandbox publishes it so that
    /// the client need not hard-code any list; empty when the server does not say.
    QStringList bodySites;
};

struct DeviceInformation
{
    QString name;
    QString version;
    QString manufacturerName;
    QString manufacturerAddress;
};

/// One entry of a pydantic-style 422 body.
struct FieldError
{
    QString type;
    QString message;
    QStringList location; ///< `["body", "payload", "0", "contentAttachment", "data"]`

    /// The location without the leading "body", as a dotted path with indices.
    QString fieldPath() const;
};

Parsed<LoginResponse> parseLoginResponse(const QByteArray &json);
Parsed<LoginResponse> parseLoginResponse(const QJsonValue &document);
Parsed<QVector<BodySite>> parseBodySites(const QByteArray &json);
Parsed<QVector<BodySite>> parseBodySites(const QJsonValue &document);
Parsed<QVector<Questionnaire>> parseQuestionnaires(const QByteArray &json);
Parsed<QVector<Questionnaire>> parseQuestionnaires(const QJsonValue &document);
Parsed<DeviceInformation> parseDeviceInformation(const QByteArray &json);
Parsed<DeviceInformation> parseDeviceInformation(const QJsonValue &document);
Parsed<QVector<FieldError>> parseValidationErrors(const QByteArray &json);
Parsed<QVector<FieldError>> parseValidationErrors(const QJsonValue &document);

} // namespace dv::model
