#include "sandbox/server/RequestValidation.h"

#include "sandbox/server/HttpSupport.h"

#include <QCryptographicHash>
#include <QJsonDocument>
#include <QJsonParseError>

namespace dv::sandbox {

namespace {

/// The API accepts at most 3 images per diagnosis request (API-NOTES).
constexpr qsizetype maxDiagnosisImages = 3;

QJsonArray at(QJsonArray location, const QJsonValue &step)
{
    location.append(step);
    return location;
}

} // namespace

std::optional<QJsonObject> jsonObjectBody(const QByteArray &body, QJsonArray &errors)
{
    QJsonParseError parseError{};
    const QJsonDocument document = QJsonDocument::fromJson(body, &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        errors.append(
            fieldError(QStringLiteral("json_invalid"),
                       QStringLiteral("JSON decode error: %1").arg(parseError.errorString()),
                       QJsonArray{QStringLiteral("body"), parseError.offset}));
        return std::nullopt;
    }
    if (!document.isObject()) {
        errors.append(fieldError(QStringLiteral("model_attributes_type"),
                                 QStringLiteral("Input should be a valid dictionary or object to "
                                                "extract fields from"),
                                 QJsonArray{QStringLiteral("body")}));
        return std::nullopt;
    }
    return document.object();
}

std::optional<UploadedImage> uploadedImage(const QJsonValue &payloadEntry, QJsonArray location,
                                           QJsonArray &errors)
{
    if (!payloadEntry.isObject()) {
        errors.append(fieldError(QStringLiteral("model_type"),
                                 QStringLiteral("Input should be a valid dictionary"), location));
        return std::nullopt;
    }
    const QJsonValue attachment =
        payloadEntry.toObject().value(QStringLiteral("contentAttachment"));
    location = at(location, QStringLiteral("contentAttachment"));
    if (attachment.isUndefined() || attachment.isNull()) {
        errors.append(
            fieldError(QStringLiteral("missing"), QStringLiteral("Field required"), location));
        return std::nullopt;
    }
    if (!attachment.isObject()) {
        errors.append(fieldError(QStringLiteral("model_type"),
                                 QStringLiteral("Input should be a valid dictionary"), location));
        return std::nullopt;
    }
    const QJsonObject object = attachment.toObject();
    const QJsonValue data = object.value(QStringLiteral("data"));
    const QJsonArray dataLocation = at(location, QStringLiteral("data"));
    if (data.isUndefined() || data.isNull()) {
        errors.append(
            fieldError(QStringLiteral("missing"), QStringLiteral("Field required"), dataLocation));
        return std::nullopt;
    }
    if (!data.isString()) {
        errors.append(fieldError(QStringLiteral("string_type"),
                                 QStringLiteral("Input should be a valid string"), dataLocation));
        return std::nullopt;
    }
    const QString text = data.toString();
    const auto notBase64 = [&] {
        errors.append(fieldError(QStringLiteral("value_error"),
                                 QStringLiteral("Value error, Only base64 data is allowed"),
                                 dataLocation));
    };
    if (text.startsWith(QLatin1String("data:"))) {
        notBase64();
        return std::nullopt;
    }
    const auto decoded =
        QByteArray::fromBase64Encoding(text.toLatin1(), QByteArray::AbortOnBase64DecodingErrors);
    if (!decoded || text.contains(QLatin1Char(' '))) {
        notBase64();
        return std::nullopt;
    }
    if ((*decoded).isEmpty()) {
        errors.append(fieldError(QStringLiteral("string_too_short"),
                                 QStringLiteral("String should have at least 1 character"),
                                 dataLocation));
        return std::nullopt;
    }
    UploadedImage image;
    image.bytes = *decoded;
    image.title = object.value(QStringLiteral("title")).toString();
    image.contentType =
        object.value(QStringLiteral("contentType")).toString(QStringLiteral("image/png"));
    image.location = dataLocation;
    return image;
}

QVector<UploadedImage> diagnosisPayload(const QJsonObject &body, QJsonArray &errors)
{
    QVector<UploadedImage> images;
    const QJsonValue payload = body.value(QStringLiteral("payload"));
    const QJsonArray location{QStringLiteral("body"), QStringLiteral("payload")};
    if (payload.isUndefined() || payload.isNull()) {
        errors.append(
            fieldError(QStringLiteral("missing"), QStringLiteral("Field required"), location));
        return images;
    }
    if (!payload.isArray()) {
        errors.append(fieldError(QStringLiteral("list_type"),
                                 QStringLiteral("Input should be a valid list"), location));
        return images;
    }
    const QJsonArray entries = payload.toArray();
    if (entries.isEmpty()) {
        errors.append(fieldError(
            QStringLiteral("too_short"),
            QStringLiteral("List should have at least 1 item after validation, not 0"), location));
        return images;
    }
    if (entries.size() > maxDiagnosisImages) {
        errors.append(
            fieldError(QStringLiteral("too_long"),
                       QStringLiteral("List should have at most %1 items after validation, not %2")
                           .arg(maxDiagnosisImages)
                           .arg(entries.size()),
                       location));
        return images;
    }
    for (qsizetype i = 0; i < entries.size(); ++i) {
        if (auto image = uploadedImage(entries.at(i), at(location, i), errors))
            images.append(*image);
    }
    return images;
}

QJsonObject undecodableImageError(const UploadedImage &image, const QString &reason)
{
    return fieldError(QStringLiteral("value_error"),
                      QStringLiteral("Value error, The image could not be read: %1").arg(reason),
                      image.location);
}

QString sha256Hex(const QByteArray &bytes)
{
    return QString::fromLatin1(QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex());
}

} // namespace dv::sandbox
