#pragma once

#include <QByteArray>
#include <QImage>
#include <QString>

namespace dv::ui {

/// A decoded photo or the reason it could not be decoded (never both).
struct LoadedImage
{
    QString path;
    QImage image;           ///< upright; exactly the pixels `uploadBytes` decode to
    QByteArray uploadBytes; ///< what the API client sends: metadata stripped (imaging library)
    QString error;
};

/// Decodes a photo file with the imaging library (dv::imaging::ImageLoader): EXIF orientation
/// applied once, metadata stripped from the upload bytes, size limits checked from the header
/// (up to DecodeLimits::maxPixels), truncated files refused. Pure and thread-safe: called from
/// a worker thread, never the GUI's.
LoadedImage loadImageFile(const QString &path);

} // namespace dv::ui
