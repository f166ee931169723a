#pragma once

#include <QByteArray>
#include <QJsonArray>
#include <QJsonObject>
#include <QString>
#include <QVector>
#include <optional>

// Request-body checks answered with pydantic-style 422 entries (`{type, msg, loc}`), as the
// vendor's FastAPI service does. Every function appends to `errors` and never throws.
namespace dv::sandbox {

/// An image the client uploaded, decoded from base64.
struct UploadedImage
{
    QByteArray bytes;
    QString title;
    QString contentType;
    QJsonArray location; ///< e.g. ["body","payload",0,"contentAttachment","data"]
};

/// The body as a JSON object; malformed JSON or a non-object is a `json_invalid` entry.
std::optional<QJsonObject> jsonObjectBody(const QByteArray &body, QJsonArray &errors);

/// `{"contentAttachment": {"data": "<bare base64>", "title"?, "contentType"?}}` at `location`.
/// A `data:` URI prefix, non-base64 text or an empty image is a `value_error`.
std::optional<UploadedImage> uploadedImage(const QJsonValue &payloadEntry, QJsonArray location,
                                           QJsonArray &errors);

/// `/diagnosis-support`'s `payload`: 1 to 3 attachments.
QVector<UploadedImage> diagnosisPayload(const QJsonObject &body, QJsonArray &errors);

/// `value_error` on an image that base64-decoded but is not a picture the server can read.
QJsonObject undecodableImageError(const UploadedImage &image, const QString &reason);

/// Lowercase hex SHA-256 of the bytes (replay matching, report records).
QString sha256Hex(const QByteArray &bytes);

} // namespace dv::sandbox
