#include "api/ApiClient.h"

#include "common/ImageSignature.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QUrlQuery>

namespace dv::api {

namespace {

RequestSpec jsonPost(const QUrl &url, int timeoutMs)
{
    RequestSpec spec;
    spec.verb = QByteArrayLiteral("POST");
    spec.url = url;
    spec.contentType = QByteArrayLiteral("application/json");
    spec.timeoutMs = timeoutMs;
    spec.auth = RequestSpec::Auth::Bearer;
    // An analysis may have been received even if the answer was lost: never sent twice
    // unless the failure proves otherwise.
    spec.replay = RequestSpec::Replay::OnlyIfNotProcessed;
    return spec;
}

/// `.../anonymous-diagnostic-reports/{id}?format=&locale=` (format empty: the raw default).
QUrl reportUrl(const QUrl &base, const QString &id, const QString &format, const QString &locale)
{
    QUrl url = endpointUrl(base, QStringLiteral("s2s-api/v3/anonymous-diagnostic-reports/") +
                                     QString::fromLatin1(QUrl::toPercentEncoding(id)));
    QUrlQuery query;
    if (!format.isEmpty())
        query.addQueryItem(QStringLiteral("format"), format);
    if (!locale.isEmpty())
        query.addQueryItem(QStringLiteral("locale"), locale);
    url.setQuery(query);
    return url;
}

RequestSpec get(const QUrl &url, int timeoutMs, RequestSpec::Auth auth)
{
    RequestSpec spec;
    spec.url = url;
    spec.timeoutMs = timeoutMs;
    spec.auth = auth;
    return spec;
}

} // namespace

ApiClient::ApiClient(QNetworkAccessManager *network, ApiConfig config, QObject *parent)
    : QObject(parent), m_network(network), m_config(std::move(config)),
      m_session(network, m_config, this)
{}

HttpExchange *ApiClient::diagnose(const QVector<ImageUpload> &images, const QObject *context,
                                  Callback<model::DiagnosisReport> done)
{
    RequestSpec spec =
        jsonPost(endpointUrl(m_config.clinicalUrl, QStringLiteral("diagnosis-support")),
                 m_config.analysisTimeoutMs);
    QJsonArray payload;
    for (qsizetype i = 0; i < images.size(); ++i)
        payload.append(attachmentSkeleton(images.at(i), i));
    spec.bodyFuture = QtConcurrent::run(workerPool(), spliceImages,
                                        QJsonObject{{QStringLiteral("payload"), payload}}, images);
    return run<model::DiagnosisReport>(
        std::move(spec), [](const QByteArray &body) { return model::parseDiagnosisReport(body); },
        context, std::move(done));
}

HttpExchange *ApiClient::severityManual(const QJsonObject &request, const QObject *context,
                                        Callback<model::SeverityReport> done)
{
    RequestSpec spec =
        jsonPost(endpointUrl(m_config.clinicalUrl, QStringLiteral("severity-assessment/manual")),
                 m_config.analysisTimeoutMs);
    spec.body = QJsonDocument(request).toJson(QJsonDocument::Compact); // small: no images
    return run<model::SeverityReport>(
        std::move(spec), [](const QByteArray &body) { return model::parseSeverityReport(body); },
        context, std::move(done));
}

HttpExchange *ApiClient::severityLocal(const QJsonObject &request, const ImageUpload &image,
                                       const QObject *context, Callback<model::SeverityReport> done)
{
    RequestSpec spec = jsonPost(
        endpointUrl(m_config.clinicalUrl, QStringLiteral("severity-assessment/automatic/local")),
        m_config.analysisTimeoutMs);
    QJsonObject skeleton = request;
    skeleton.insert(QStringLiteral("payload"), attachmentSkeleton(image, 0));
    spec.bodyFuture =
        QtConcurrent::run(workerPool(), spliceImages, skeleton, QVector<ImageUpload>{image});
    return run<model::SeverityReport>(
        std::move(spec), [](const QByteArray &body) { return model::parseSeverityReport(body); },
        context, std::move(done));
}

HttpExchange *ApiClient::severityGlobal(const QJsonObject &request, const QString &scoringCode,
                                        const QMap<QString, ImageUpload> &sites,
                                        const QObject *context,
                                        Callback<model::SeverityReport> done)
{
    RequestSpec spec = jsonPost(
        endpointUrl(m_config.clinicalUrl, QStringLiteral("severity-assessment/automatic/global")),
        m_config.analysisTimeoutMs);
    QJsonObject items;
    QVector<ImageUpload> images;
    for (auto it = sites.cbegin(); it != sites.cend(); ++it) {
        items.insert(it.key(), QJsonObject{{QStringLiteral("payload"),
                                            attachmentSkeleton(it.value(), images.size())}});
        images.append(it.value());
    }
    QJsonObject skeleton = request;
    QJsonObject systems = skeleton.value(QStringLiteral("scoringSystem")).toObject();
    QJsonObject system = systems.value(scoringCode).toObject();
    system.insert(QStringLiteral("item"), items);
    systems.insert(scoringCode, system);
    skeleton.insert(QStringLiteral("scoringSystem"), systems);
    spec.bodyFuture = QtConcurrent::run(workerPool(), spliceImages, skeleton, images);
    return run<model::SeverityReport>(
        std::move(spec), [](const QByteArray &body) { return model::parseSeverityReport(body); },
        context, std::move(done));
}

HttpExchange *ApiClient::deviceInformation(const QObject *context,
                                           Callback<model::DeviceInformation> done)
{
    return run<model::DeviceInformation>(
        get(endpointUrl(m_config.clinicalUrl, QStringLiteral("device-information")),
            m_config.helperTimeoutMs, RequestSpec::Auth::Bearer),
        [](const QByteArray &body) { return model::parseDeviceInformation(body); }, context,
        std::move(done));
}

HttpExchange *ApiClient::bodySites(const QObject *context, Callback<QVector<model::BodySite>> done)
{
    return run<QVector<model::BodySite>>(
        get(endpointUrl(m_config.helperUrl, QStringLiteral("body-sites")), m_config.helperTimeoutMs,
            RequestSpec::Auth::None),
        [](const QByteArray &body) { return model::parseBodySites(body); }, context,
        std::move(done));
}

HttpExchange *ApiClient::questionnaires(const QString &code, const QString &pathology,
                                        const QObject *context,
                                        Callback<QVector<model::Questionnaire>> done)
{
    QUrl url = endpointUrl(m_config.helperUrl, QStringLiteral("questionnaires"));
    QUrlQuery query;
    if (!code.isEmpty())
        query.addQueryItem(QStringLiteral("code"), code);
    if (!pathology.isEmpty())
        query.addQueryItem(QStringLiteral("pathology"), pathology);
    url.setQuery(query);
    return run<QVector<model::Questionnaire>>(
        get(url, m_config.helperTimeoutMs, RequestSpec::Auth::None),
        [](const QByteArray &body) { return model::parseQuestionnaires(body); }, context,
        std::move(done));
}

HttpExchange *ApiClient::report(const QString &id, model::StoredReportFormat format,
                                const QString &locale, const QObject *context,
                                Callback<model::StoredReport> done)
{
    const QUrl url = reportUrl(
        m_config.reportUrl, id,
        format == model::StoredReportFormat::Fhir ? QStringLiteral("fhir") : QString(), locale);
    RequestSpec spec = get(url, m_config.helperTimeoutMs, RequestSpec::Auth::ApiToken);
    spec.apiToken = m_apiToken;
    return run<model::StoredReport>(
        std::move(spec),
        [format](const QByteArray &body) { return model::parseStoredReport(body, format); },
        context, std::move(done));
}

HttpExchange *ApiClient::reportPdf(const QString &id, const QString &locale, const QObject *context,
                                   Callback<QByteArray> done)
{
    const QUrl url = reportUrl(m_config.reportUrl, id, QStringLiteral("pdf"), locale);
    RequestSpec spec = get(url, m_config.analysisTimeoutMs, RequestSpec::Auth::ApiToken);
    spec.apiToken = m_apiToken;
    return run<QByteArray>(
        std::move(spec),
        [](const QByteArray &body) -> model::Parsed<QByteArray> {
            if (!body.startsWith("%PDF-"))
                return model::ParseError{QString(), ApiErrorText::tr("the answer is not a PDF")};
            return body;
        },
        context, std::move(done));
}

HttpExchange *ApiClient::media(const QUrl &url, const QObject *context, Callback<QByteArray> done)
{
    RequestSpec spec = get(url, m_config.helperTimeoutMs, RequestSpec::Auth::None);
    spec.maxResponseBytes = maxMediaBytes;
    return run<QByteArray>(
        std::move(spec),
        [](const QByteArray &body) -> model::Parsed<QByteArray> {
            // Checked before anything decodes the bytes, so that an error page or a JSON
            // body is named for what it is.
            if (imageSignature(body) == ImageSignature::None)
                return model::ParseError{QString(), ApiErrorText::tr("the answer is not an image")};
            return body;
        },
        context, std::move(done));
}

} // namespace dv::api
