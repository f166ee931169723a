#include "api/RequestBodies.h"

#include <QJsonDocument>

namespace dv::api {

QString imageSlot(qsizetype index)
{
    // Cannot occur in JSON produced from user text: QJsonDocument escapes control characters.
    return QStringLiteral("\u0001dv-image-%1\u0001").arg(index);
}

QJsonObject attachmentSkeleton(const ImageUpload &image, qsizetype index)
{
    QJsonObject attachment{{QStringLiteral("data"), imageSlot(index)},
                           {QStringLiteral("contentType"), image.contentType}};
    if (!image.title.isEmpty())
        attachment.insert(QStringLiteral("title"), image.title);
    return QJsonObject{{QStringLiteral("contentAttachment"), attachment}};
}

QByteArray spliceImages(const QJsonObject &skeleton, const QVector<ImageUpload> &images)
{
    const QByteArray json = QJsonDocument(skeleton).toJson(QJsonDocument::Compact);
    qsizetype total = json.size();
    for (const ImageUpload &image : images)
        total += (image.bytes.size() + 2) / 3 * 4;
    QByteArray body;
    body.reserve(total);
    qsizetype from = 0;
    for (qsizetype i = 0; i < images.size(); ++i) {
        // QJsonDocument writes U+0001 as \u0001.
        const QByteArray marker = QStringLiteral("\\u0001dv-image-%1\\u0001").arg(i).toUtf8();
        const qsizetype at = json.indexOf(marker, from);
        if (at < 0)
            continue;
        body.append(json.constData() + from, at - from);
        // Encoded slice by slice straight into the body: a whole-image temporary would add
        // the image's base64 size again to the peak. Slices are multiples of 3 bytes, so their
        // concatenated base64 equals the image's.
        const QByteArray &bytes = images.at(i).bytes;
        constexpr qsizetype slice = 3 * 16384;
        for (qsizetype offset = 0; offset < bytes.size(); offset += slice)
            body.append(QByteArray::fromRawData(bytes.constData() + offset,
                                                qMin(slice, bytes.size() - offset))
                            .toBase64());
        from = at + marker.size();
    }
    body.append(json.constData() + from, json.size() - from);
    return body;
}

} // namespace dv::api
