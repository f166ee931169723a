#include "sandbox/server/HttpSupport.h"

#include <QJsonDocument>
#include <QJsonObject>

namespace dv::sandbox {

QHttpServerResponse jsonResponse(const QJsonValue &value, QHttpServerResponse::StatusCode status)
{
    const QByteArray body = value.isArray()
                                ? QJsonDocument(value.toArray()).toJson(QJsonDocument::Compact)
                                : QJsonDocument(value.toObject()).toJson(QJsonDocument::Compact);
    return QHttpServerResponse(QByteArrayLiteral("application/json"), body, status);
}

QHttpServerResponse errorResponse(QHttpServerResponse::StatusCode status, const QString &detail)
{
    return jsonResponse(QJsonObject{{QStringLiteral("detail"), detail}}, status);
}

QJsonObject fieldError(const QString &type, const QString &message, const QJsonArray &location)
{
    return QJsonObject{{QStringLiteral("type"), type},
                       {QStringLiteral("msg"), message},
                       {QStringLiteral("loc"), location}};
}

QHttpServerResponse validationResponse(const QJsonArray &entries)
{
    return jsonResponse(QJsonObject{{QStringLiteral("detail"), entries}},
                        QHttpServerResponse::StatusCode::UnprocessableEntity);
}

} // namespace dv::sandbox
