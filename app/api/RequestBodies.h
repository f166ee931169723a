#pragma once

#include <QByteArray>
#include <QJsonObject>
#include <QString>
#include <QVector>

namespace dv::api {

/// A photo to upload: the exact bytes the viewer shows (already oriented, metadata stripped).
struct ImageUpload
{
    QByteArray bytes;
    QString contentType = QStringLiteral("image/jpeg");
    QString title;
};

/// Serialises `skeleton` and splices each image's base64 where the skeleton holds
/// `imageSlot(i)`. The base64 is written straight into the UTF-8 body: no QString copy of
/// megabytes of image data. Pure; meant to run on a worker thread.
QByteArray spliceImages(const QJsonObject &skeleton, const QVector<ImageUpload> &images);
QString imageSlot(qsizetype index);

/// `{"contentAttachment": {"data": <imageSlot(index)>, "contentType", "title"?}}`.
QJsonObject attachmentSkeleton(const ImageUpload &image, qsizetype index);

} // namespace dv::api
