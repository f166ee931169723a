// GET /s2s-api/v3/anonymous-diagnostic-reports/{id}[?format=fhir|pdf][&locale=es|fr|de]
// (X-API-TOKEN), and the signed PDF link `?format=pdf` redirects to.
#include "sandbox/reports/ReportFormats.h"
#include "sandbox/reports/ReportText.h"
#include "sandbox/server/SandboxServer.h"

#include <QMessageAuthenticationCode>

namespace dv::sandbox {

namespace {

using Status = QHttpServerResponse::StatusCode;

const QString reportsPath = QStringLiteral("/s2s-api/v3/anonymous-diagnostic-reports");
const QString pdfPath = QStringLiteral("/_sandbox/report-pdf");

QHttpServerResponse notFound(const QString &id)
{
    return jsonResponse(QJsonObject{{QStringLiteral("success"), false},
                                    {QStringLiteral("message"),
                                     QStringLiteral("Diagnostic report <%1> not found").arg(id)},
                                    {QStringLiteral("errorCode"), QStringLiteral("NOT_FOUND")},
                                    {QStringLiteral("data"), QJsonValue::Null}},
                        Status::NotFound);
}

} // namespace

QString SandboxServer::pdfKey(const QString &id) const
{
    return QString::fromLatin1(QMessageAuthenticationCode::hash(id.toUtf8(),
                                                                m_config.apiToken.toUtf8(),
                                                                QCryptographicHash::Sha256)
                                   .toHex());
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
}

QHttpServerResponse SandboxServer::reportResponse(const QString &id, const RequestData &request)
{
    const auto report = m_reports.find(id);
    if (!report)
        return notFound(id);
    const QString locale = request.query.queryItemValue(QStringLiteral("locale"));
    const QString format = request.query.queryItemValue(QStringLiteral("format"));
    if (format.isEmpty() || format == QLatin1String("raw") || format == QLatin1String("json"))
        return jsonResponse(standardReport(*report, locale, pdfUrl(id, locale)));
    if (format == QLatin1String("fhir"))
        return jsonResponse(fhirReport(*report, locale, pdfUrl(id, locale)));
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
