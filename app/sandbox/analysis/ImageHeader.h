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
    /// False when the container proves the file was cut short: a PNG whose chunks run past
    /// the end or stop before IEND, a JPEG with no end-of-image marker after its first scan, a
    /// WebP shorter than its RIFF size. Rejecting these before decoding matters beyond
    /// correctness: libpng allocates and clears a chunk's declared length before noticing the
    /// data is missing, which made a 470-byte truncated PNG take seconds to refuse.
    bool complete = true;
};

/// The format, stored dimensions (before EXIF orientation) and completeness, or nullopt when
/// the bytes are not one of the supported formats or the header is truncated or malformed.
std::optional<HeaderInfo> readImageHeader(const QByteArray &bytes);

} // namespace dv::sandbox::detail
