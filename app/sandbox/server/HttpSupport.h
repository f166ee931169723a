#pragma once

#include <QByteArray>
#include <QHash>
#include <QHostAddress>
#include <QHttpServerResponse>
#include <QJsonArray>
#include <QJsonValue>
#include <QString>
#include <QUrlQuery>

// Request capture and response helpers shared by the sandbox's endpoints.
namespace dv::sandbox {

/// What a handler needs of a request, copied on the server thread so that the work can run
/// on a worker thread (QHttpServerRequest cannot leave the server thread).
struct RequestData
{
    QString path;
    QUrlQuery query;
    QByteArray body;
    QHash<QByteArray, QByteArray> headers; ///< names lower-cased
    QHostAddress remote;

    QByteArray header(const char *name) const { return headers.value(QByteArray(name)); }
};

QHttpServerResponse
jsonResponse(const QJsonValue &value,
             QHttpServerResponse::StatusCode status = QHttpServerResponse::StatusCode::Ok);
/// FastAPI's error shape: `{"detail": "..."}`.
QHttpServerResponse errorResponse(QHttpServerResponse::StatusCode status, const QString &detail);

/// One pydantic-style validation error entry.
QJsonObject fieldError(const QString &type, const QString &message, const QJsonArray &location);
/// 422 with `{"detail": [entries]}`.
QHttpServerResponse validationResponse(const QJsonArray &entries);

} // namespace dv::sandbox
