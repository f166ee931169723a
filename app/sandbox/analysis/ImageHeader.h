#pragma once

// Internal to the analysis library: reads an image's pixel dimensions from its header, so that
// size limits are enforced before any decoder allocates pixel memory (OpenCV's own ceiling is
// one gigapixel, far above ours).

#include <QByteArray>
#include <QString>
#include <optional>

namespace dv::sandbox::detail {

struct HeaderInfo
{
    QString format; ///< "JPEG", "PNG", "WebP", "BMP" or "TIFF"
    long long width = 0;
    long long height = 0;
};

/// The format and stored dimensions (before EXIF orientation), or nullopt when the bytes are
/// not one of the supported formats or the header is truncated or malformed.
std::optional<HeaderInfo> readImageHeader(const QByteArray &bytes);

} // namespace dv::sandbox::detail
