#pragma once

// What a file's header says before any decoder runs: which of the accepted formats it is,
// its stored dimensions, its EXIF orientation (JPEG) and whether the container proves it was
// cut short. Decoders are only ever handed bytes that passed this check, so a hostile file
// cannot reach OpenCV's other codecs (JPEG 2000, OpenEXR, ...) or allocate from a lie.
// Shared with the sandbox's analysis (dermaview_imageheader, QtCore only), so the server and
// the app accept and refuse the same files.

#include <QByteArray>
#include <QString>
#include <optional>

namespace dv::imaging {

enum class ImageFormat
{
    Jpeg,
    Png,
    Tiff,
    Bmp,
    WebP,
};

struct ImageHeader
{
    ImageFormat format = ImageFormat::Jpeg;
    long long width = 0;  ///< as stored, before orientation
    long long height = 0; ///< as stored, before orientation
    int orientation = 1;  ///< EXIF orientation 1..8 (JPEG only; other formats: 1)
    int channels = 0;     ///< colour channels stored (JPEG, PNG), 0 when not read
    bool complete = true; ///< false when the container proves the file truncated
};

/// "JPEG", "PNG", ... for messages.
QString formatName(ImageFormat format);

/// nullopt when the bytes are none of the accepted formats or the header itself is damaged.
std::optional<ImageHeader> readImageHeader(const QByteArray &bytes);

} // namespace dv::imaging
