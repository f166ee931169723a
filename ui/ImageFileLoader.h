#pragma once

#include <QImage>
#include <QString>

namespace dv::ui {

/// A decoded photo or the reason it could not be decoded (never both).
struct LoadedImage
{
    QString path;
    QImage image;
    QString error;
};

/// Decodes a photo file. Pure and thread-safe: called from a worker thread, never the GUI's.
/// EXIF orientation is applied once, by QImageReader.
LoadedImage loadImageFile(const QString &path);

/// Decoded-pixel budget: ~100 MP at 4 bytes per pixel. Qt's default (256 MB) refuses a
/// 50 MP photo; anything larger than this is treated as a decompression bomb.
constexpr int imageAllocationLimitMB = 512;

} // namespace dv::ui
