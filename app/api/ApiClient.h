#pragma once

#include "api/ApiConfig.h"
#include "api/ApiResult.h"
#include "api/HttpExchange.h"
#include "api/RequestBodies.h"
#include "api/Session.h"
#include "common/WorkerPool.h"
#include "model/ApiResources.h"
#include "model/DiagnosisReport.h"
#include "model/SeverityReport.h"
#include "model/StoredReport.h"

#include <QFutureWatcher>
#include <QObject>
#include <QPointer>
#include <QtConcurrent/QtConcurrentRun>

class QNetworkAccessManager;

namespace dv::api {

/// The asynchronous client of the dermatology AI API: one method per endpoint, results as
/// the model's value types, errors as ApiError. Every method returns at once; `done` runs
/// later on this object's thread, only while `context` is alive. The returned handle (hold
/// it in a QPointer: it deletes itself when finished) reports upload progress and cancels.
class ApiClient : public QObject
{
    Q_OBJECT

public:
    ApiClient(QNetworkAccessManager *network, ApiConfig config, QObject *parent = nullptr);

    Session &session() { return m_session; }
    const ApiConfig &config() const { return m_config; }
    /// Memory only, like the password.
    void setApiToken(const QString &token) { m_apiToken = token; }

    HttpExchange *diagnose(const QVector<ImageUpload> &images, const QObject *context,
                           Callback<model::DiagnosisReport> done);
    HttpExchange *severityManual(const QJsonObject &request, const QObject *context,
                                 Callback<model::SeverityReport> done);
    /// `request` without `payload`: the image is spliced in as `payload.contentAttachment`.
    HttpExchange *severityLocal(const QJsonObject &request, const ImageUpload &image,
                                const QObject *context, Callback<model::SeverityReport> done);
    /// `request` without images; `sites` maps each body site to its photo.
    HttpExchange *severityGlobal(const QJsonObject &request, const QString &scoringCode,
                                 const QMap<QString, ImageUpload> &sites, const QObject *context,
                                 Callback<model::SeverityReport> done);
    HttpExchange *deviceInformation(const QObject *context,
                                    Callback<model::DeviceInformation> done);
    HttpExchange *bodySites(const QObject *context, Callback<QVector<model::BodySite>> done);
    HttpExchange *questionnaires(const QString &code, const QString &pathology,
                                 const QObject *context,
                                 Callback<QVector<model::Questionnaire>> done);
    HttpExchange *report(const QString &id, model::StoredReportFormat format, const QString &locale,
                         const QObject *context, Callback<model::StoredReport> done);
    /// `?format=pdf`: follows the redirect (without the API token if it leaves the origin).
    HttpExchange *reportPdf(const QString &id, const QString &locale, const QObject *context,
                            Callback<QByteArray> done);
    /// An image a stored report links to (a photo or an explainability map): fetched without
    /// any credential, since the link may point at the vendor's storage on another origin;
    /// https only (or this computer, or a profile that allows http); at most
    /// `maxMediaBytes`; only bytes that begin like an image (JPEG, PNG, WebP, GIF, BMP, TIFF).
    HttpExchange *media(const QUrl &url, const QObject *context, Callback<QByteArray> done);
    static constexpr qint64 maxMediaBytes = 40 * 1024 * 1024;

private:
    template <typename T>
    HttpExchange *run(RequestSpec spec, std::function<model::Parsed<T>(const QByteArray &)> parse,
                      const QObject *context, Callback<T> done);

    QNetworkAccessManager *m_network;
    ApiConfig m_config;
    Session m_session;
    QString m_apiToken;
};

template <typename T>
HttpExchange *ApiClient::run(RequestSpec spec,
                             std::function<model::Parsed<T>(const QByteArray &)> parse,
                             const QObject *context, Callback<T> done)
{
    auto *exchange = new HttpExchange(m_network, &m_session, m_config, std::move(spec), this);
    QPointer<const QObject> guard(context);
    QPointer<HttpExchange> handle(exchange);
    exchange->start(
        [handle, parse, guard, done](const RawResponse &response) {
            // Large bodies are parsed on a worker thread; the GUI thread only waits.
            auto *watcher = new QFutureWatcher<model::Parsed<T>>(handle);
            QObject::connect(watcher, &QFutureWatcherBase::finished, handle, [=] {
                const model::Parsed<T> parsed = watcher->result();
                const bool cancelled = handle->isCancelled();
                handle->complete();
                if (!guard || cancelled)
                    return;
                if (parsed.ok()) {
                    ApiResult<T> result(parsed.value());
                    result.setRawBody(response.body);
                    done(result);
                } else {
                    ApiError error;
                    error.kind = ApiError::Kind::MalformedResponse;
                    error.httpStatus = response.status;
                    error.detail = parsed.error().toString();
                    done(ApiResult<T>(error));
                }
            });
            watcher->setFuture(QtConcurrent::run(workerPool(), parse, response.body));
        },
        [guard, done](const ApiError &error) {
            if (guard)
                done(ApiResult<T>(error));
        });
    return exchange;
}

} // namespace dv::api
