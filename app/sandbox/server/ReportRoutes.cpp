// GET /s2s-api/v3/anonymous-diagnostic-reports/{id}[?format=fhir|pdf][&locale=es|fr|de]
// (X-API-TOKEN), the signed PDF link `?format=pdf` redirects to, and the signed links to the
// photos the reports' observations carry.
#include "sandbox/reports/ReportFormats.h"
#include "sandbox/reports/ReportText.h"
#include "sandbox/server/SandboxServer.h"

#include <QMessageAuthenticationCode>

namespace dv::sandbox {

namespace {

using Status = QHttpServerResponse::StatusCode;

const QString reportsPath = QStringLiteral("/s2s-api/v3/anonymous-diagnostic-reports");
const QString pdfPath = QStringLiteral("/_sandbox/report-pdf");
const QString mediaPath = QStringLiteral("/_sandbox/report-media");

QHttpServerResponse notFound(const QString &id)
{
    return jsonResponse(QJsonObject{{QStringLiteral("success"), false},
                                    {QStringLiteral("message"),
                                     QStringLiteral("Diagnostic report <%1> not found").arg(id)},
                                    {QStringLiteral("errorCode"), QStringLiteral("NOT_FOUND")},
                                    {QStringLiteral("data"), QJsonValue::Null}},
                        Status::NotFound);
}

/// A photo whose bytes the store dropped (or never had) is linked as `null`.
ReportLinks reportLinks(const SandboxServer &server, const StoredDiagnosis &report,
                        const QString &locale)
{
    ReportLinks links{server.pdfUrl(report.id, locale), {}};
    for (int i = 0; i < report.photos.size(); ++i)
        links.media.append(report.photos.at(i).jpeg.isEmpty() ? QUrl()
                                                              : server.mediaUrl(report.id, i));
    return links;
}

QString keyedHash(const QString &message, const QString &secret)
{
    return QString::fromLatin1(QMessageAuthenticationCode::hash(message.toUtf8(), secret.toUtf8(),
                                                                QCryptographicHash::Sha256)
                                   .toHex());
}

} // namespace

QString SandboxServer::pdfKey(const QString &id) const
{
    return keyedHash(id, m_config.apiToken);
}

QString SandboxServer::mediaKey(const QString &id, const QString &index) const
{
    // Not the PDF key's message, so a PDF link's key opens no photo (report ids are UUIDs,
    // never containing "/media/").
    return keyedHash(id + QStringLiteral("/media/") + index, m_config.apiToken);
}

QUrl SandboxServer::pdfUrl(const QString &id, const QString &locale) const
{
    QUrl link = url();
    link.setPath(pdfPath + QLatin1Char('/') + id);
    QUrlQuery query;
    query.addQueryItem(QStringLiteral("locale"), ReportText::normalizedLocale(locale));
    query.addQueryItem(QStringLiteral("key"), pdfKey(id));
    link.setQuery(query);
    return link;
}

QUrl SandboxServer::mediaUrl(const QString &id, int index) const
{
    QUrl link = url();
    link.setPath(mediaPath + QLatin1Char('/') + id + QLatin1Char('/') + QString::number(index));
    QUrlQuery query;
    query.addQueryItem(QStringLiteral("key"), mediaKey(id, QString::number(index)));
    link.setQuery(query);
    return link;
}

void SandboxServer::registerReportRoutes()
{
    m_http.route(reportsPath + QStringLiteral("/<arg>"), QHttpServerRequest::Method::Get,
                 [this](const QString &id, const QHttpServerRequest &request,
                        QHttpServerResponder &&responder) {
                     dispatch(
                         request, std::move(responder), reportsPath, Access::ApiToken, Cost::Light,
                         [this, id](const RequestData &data) { return reportResponse(id, data); });
                 });
    // The PDF link is opaque and self-authenticating (a keyed hash of the id), like the
    // vendor's, so it works when a client follows the redirect without its headers.
    m_http.route(
        pdfPath + QStringLiteral("/<arg>"), QHttpServerRequest::Method::Get,
        [this](const QString &id, const QHttpServerRequest &request,
               QHttpServerResponder &&responder) {
            dispatch(
                request, std::move(responder), pdfPath, Access::Public, Cost::Light,
                [this, id](const RequestData &data) {
                    if (data.query.queryItemValue(QStringLiteral("key")) != pdfKey(id))
                        return errorResponse(Status::Forbidden, QStringLiteral("Invalid link"));
                    const auto report = m_reports.find(id);
                    if (!report)
                        return notFound(id);
                    return QHttpServerResponse(
                        QByteArrayLiteral("application/pdf"),
                        reportPdf(*report, data.query.queryItemValue(QStringLiteral("locale"))));
                });
        });
    // Each photo of a report, signed the same way. Only the most recent reports keep their
    // photos (ReportStore): an older one's link answers 404, like an expired signed URL.
    m_http.route(
        mediaPath + QStringLiteral("/<arg>/<arg>"), QHttpServerRequest::Method::Get,
        [this](const QString &id, const QString &index, const QHttpServerRequest &request,
               QHttpServerResponder &&responder) {
            dispatch(
                request, std::move(responder), mediaPath, Access::Public, Cost::Light,
                [this, id, index](const RequestData &data) {
                    // The key signs the index as written: "01" is not "1".
                    if (data.query.queryItemValue(QStringLiteral("key")) != mediaKey(id, index))
                        return errorResponse(Status::Forbidden, QStringLiteral("Invalid link"));
                    const auto report = m_reports.find(id);
                    if (!report)
                        return notFound(id);
                    bool number = false;
                    const int n = index.toInt(&number);
                    if (!number || n < 0 || n >= report->photos.size() ||
                        report->photos.at(n).jpeg.isEmpty())
                        return errorResponse(Status::NotFound,
                                             QStringLiteral("Media not found or expired"));
                    return QHttpServerResponse(QByteArrayLiteral("image/jpeg"),
                                               report->photos.at(n).jpeg);
                });
        });
}

QHttpServerResponse SandboxServer::reportResponse(const QString &id, const RequestData &request)
{
    const auto report = m_reports.find(id);
    if (!report)
        return notFound(id);
    const QString locale = request.query.queryItemValue(QStringLiteral("locale"));
    const QString format = request.query.queryItemValue(QStringLiteral("format"));
    if (format.isEmpty() || format == QLatin1String("raw") || format == QLatin1String("json"))
        return jsonResponse(standardReport(*report, locale, reportLinks(*this, *report, locale)));
    if (format == QLatin1String("fhir"))
        return jsonResponse(fhirReport(*report, locale, reportLinks(*this, *report, locale)));
    if (format == QLatin1String("pdf")) {
        QHttpServerResponse redirect(Status::Found);
        redirect.setHeader(QByteArrayLiteral("Location"), pdfUrl(id, locale).toEncoded());
        return redirect;
    }
    return validationResponse(QJsonArray{
        fieldError(QStringLiteral("enum"), QStringLiteral("Input should be 'fhir' or 'pdf'"),
                   QJsonArray{QStringLiteral("query"), QStringLiteral("format")})});
}

} // namespace dv::sandbox
