// The three severity-assessment endpoints and the two helper catalogues. The scoring itself
// is dermaview_severity's; this file decodes images, judges their validity with the same
// analysis as /diagnosis-support, and wraps the result in the DiagnosticReport envelope.
#include "sandbox/analysis/ImageAnalysis.h"
#include "sandbox/server/DiagnosisResponse.h"
#include "sandbox/server/RequestValidation.h"
#include "sandbox/server/SandboxServer.h"
#include "sandbox/severity/Assessment.h"
#include "sandbox/severity/BodySites.h"
#include "sandbox/severity/Instruments.h"

#include <QDateTime>
#include <QElapsedTimer>
#include <QUuid>

namespace dv::sandbox {

namespace {

struct JudgedImage
{
    cv::Mat pixels;
    QJsonObject mediaValidity;
    bool valid = false;
};

/// Decodes and judges one uploaded photo; an unreadable one adds a 422 entry instead.
std::optional<JudgedImage> judge(const UploadedImage &image, QJsonArray &errors)
{
    auto decoded = decodeUploadedImage(image.bytes);
    if (const auto *error = std::get_if<AnalysisError>(&decoded)) {
        errors.append(undecodableImageError(image, error->message));
        return std::nullopt;
    }
    const cv::Mat &pixels = std::get<cv::Mat>(decoded);
    // Only the validity block is used here: no heat maps.
    auto analysis = analyzeDecoded(pixels, HeatMaps::Skip);
    if (const auto *error = std::get_if<AnalysisError>(&analysis)) {
        errors.append(undecodableImageError(image, error->message));
        return std::nullopt;
    }
    const ImageAnalysis &result = std::get<ImageAnalysis>(analysis);
    return JudgedImage{pixels, mediaValidityJson(result), result.isValid};
}

QJsonArray toJson(const QVector<severity::FieldError> &errors)
{
    QJsonArray array;
    for (const severity::FieldError &error : errors)
        array.append(error.toJson());
    return array;
}

QHttpServerResponse severityResponse(const severity::Assessment &assessment,
                                     const std::optional<QJsonObject> &mediaValidity,
                                     double seconds)
{
    if (const auto *errors = std::get_if<QVector<severity::FieldError>>(&assessment))
        return validationResponse(toJson(*errors));
    QJsonObject body{
        {QStringLiteral("resourceType"), QStringLiteral("DiagnosticReport")},
        {QStringLiteral("identifier"),
         QJsonObject{
             {QStringLiteral("use"), QStringLiteral("official")},
             {QStringLiteral("value"), QUuid::createUuid().toString(QUuid::WithoutBraces)}}},
        {QStringLiteral("status"), QStringLiteral("preliminary")},
        {QStringLiteral("code"),
         QJsonObject{{QStringLiteral("text"),
                      QStringLiteral("Severity assessment — SANDBOX, not a medical device")}}},
        {QStringLiteral("issued"), QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs)},
        {QStringLiteral("analysisDuration"), seconds},
        {QStringLiteral("sandbox"),
         QJsonObject{{QStringLiteral("notAMedicalDevice"), true},
                     {QStringLiteral("notice"),
                      QStringLiteral("Computed by the Dermaview offline sandbox; not a medical "
                                     "device, not for clinical use.")}}},
        {QStringLiteral("patientEvolution"), std::get<QJsonObject>(assessment)}};
    if (mediaValidity)
        body.insert(QStringLiteral("mediaValidity"), *mediaValidity);
    return jsonResponse(body);
}

/// The local endpoint's `payload`: `{contentAttachment}` as the seed page sends it, or a
/// one-element array as the SDK sends it.
QJsonValue localPayload(const QJsonObject &body)
{
    const QJsonValue payload = body.value(QStringLiteral("payload"));
    if (payload.isArray() && payload.toArray().size() == 1)
        return payload.toArray().first();
    return payload;
}

} // namespace

void SandboxServer::registerSeverityRoutes()
{
    using Method = QHttpServerRequest::Method;
    const QString manual = QStringLiteral("/severity-assessment/manual");
    const QString local = QStringLiteral("/severity-assessment/automatic/local");
    const QString global = QStringLiteral("/severity-assessment/automatic/global");

    addEndpoint(manual, Method::Post, Access::Bearer, Cost::Light,
                [this, manual](const RequestData &request) {
                    QElapsedTimer timer;
                    timer.start();
                    QJsonArray errors;
                    const auto body = jsonObjectBody(request.body, errors);
                    if (!body)
                        return validationResponse(errors);
                    if (const auto saved = m_replay.take(manual, QString()))
                        return QHttpServerResponse(QByteArrayLiteral("application/json"), *saved);
                    return severityResponse(severity::assessManual(*body), std::nullopt,
                                            double(timer.elapsed()) / 1000.0);
                });

    addEndpoint(local, Method::Post, Access::Bearer, Cost::Heavy,
                [this, local](const RequestData &request) {
                    QElapsedTimer timer;
                    timer.start();
                    QJsonArray errors;
                    const auto body = jsonObjectBody(request.body, errors);
                    if (!body)
                        return validationResponse(errors);
                    const auto image = uploadedImage(
                        localPayload(*body),
                        QJsonArray{QStringLiteral("body"), QStringLiteral("payload")}, errors);
                    if (!image)
                        return validationResponse(errors);
                    if (const auto saved = m_replay.take(local, sha256Hex(image->bytes)))
                        return QHttpServerResponse(QByteArrayLiteral("application/json"), *saved);
                    const auto judged = judge(*image, errors);
                    if (!judged)
                        return validationResponse(errors);
                    return severityResponse(severity::assessLocal(*body, judged->pixels),
                                            judged->mediaValidity,
                                            double(timer.elapsed()) / 1000.0);
                });

    addEndpoint(
        global, Method::Post, Access::Bearer, Cost::Heavy,
        [this, global](const RequestData &request) {
            QElapsedTimer timer;
            timer.start();
            QJsonArray errors;
            const auto body = jsonObjectBody(request.body, errors);
            if (!body)
                return validationResponse(errors);
            // scoringSystem.<code>.item.<bodySite>.payload.contentAttachment; a
            // malformed structure is left to the engine's validation to describe.
            QMap<QString, severity::SiteInput> sites;
            const QJsonObject systems = body->value(QStringLiteral("scoringSystem")).toObject();
            QString firstImageHash;
            if (systems.size() == 1) {
                const QString code = systems.keys().first();
                const QJsonObject items =
                    systems.value(code).toObject().value(QStringLiteral("item")).toObject();
                for (auto it = items.constBegin(); it != items.constEnd(); ++it) {
                    const QJsonArray location{QStringLiteral("body"),
                                              QStringLiteral("scoringSystem"),
                                              code,
                                              QStringLiteral("item"),
                                              it.key(),
                                              QStringLiteral("payload")};
                    const auto image = uploadedImage(
                        it.value().toObject().value(QStringLiteral("payload")), location, errors);
                    if (!image)
                        continue;
                    if (firstImageHash.isEmpty())
                        firstImageHash = sha256Hex(image->bytes);
                    if (const auto judged = judge(*image, errors))
                        sites.insert(it.key(),
                                     {judged->pixels, judged->mediaValidity, judged->valid});
                }
            }
            if (!errors.isEmpty())
                return validationResponse(errors);
            if (const auto saved = m_replay.take(global, firstImageHash))
                return QHttpServerResponse(QByteArrayLiteral("application/json"), *saved);
            return severityResponse(severity::assessGlobal(*body, sites), std::nullopt,
                                    double(timer.elapsed()) / 1000.0);
        });

    // Helper catalogues: public, as the vendor serves them.
    addEndpoint(QStringLiteral("/body-sites"), Method::Get, Access::Public, Cost::Light,
                [](const RequestData &) { return jsonResponse(severity::bodySitesJson()); });
    addEndpoint(
        QStringLiteral("/questionnaires"), Method::Get, Access::Public, Cost::Light,
        [](const RequestData &request) {
            return jsonResponse(severity::questionnairesJson(
                request.query.queryItemValue(QStringLiteral("code"), QUrl::FullyDecoded),
                request.query.queryItemValue(QStringLiteral("pathology"), QUrl::FullyDecoded)));
        });
}

} // namespace dv::sandbox
