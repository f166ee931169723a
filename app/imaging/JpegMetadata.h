#pragma once

// One pass over a JPEG's marker segments: the frame size, the EXIF orientation, whether the
// file is complete, and optionally a copy without metadata. The copy keeps every segment a
// decoder needs, byte for byte (tables, frame and scan headers, entropy-coded data), so it
// decodes to exactly the same pixels as the original; what it drops:
//   APP1 (Exif incl. GPS and maker notes, XMP), APP13 (IPTC/Photoshop), APP2 (ICC profile,
//   FlashPix; neither our display nor the service applies it), APP3..APP13, APP15, COM, the
//   JFIF thumbnail and JFXX extension, and any bytes after the end-of-image marker.
// Kept: APP0 JFIF (rewritten without its thumbnail; pixel density only) and APP14 Adobe,
// whose transform flag tells decoders whether three components are YCbCr or RGB.

#include <QByteArray>
#include <optional>

namespace dv::imaging {

struct JpegInfo
{
    int width = 0;  ///< as stored, before orientation
    int height = 0; ///< as stored, before orientation
    int orientation = 1;
    int components = 0; ///< 1 grey, 3 YCbCr/RGB, 4 CMYK/YCCK
    /// False when the marker stream is cut short: no end-of-image marker after the scans.
    bool complete = false;
    QByteArray withoutMetadata; ///< filled only when asked for and complete
};

/// Parses a JPEG (starting with SOI). nullopt when the bytes are not a JPEG or a segment is
/// malformed before the frame header.
std::optional<JpegInfo> readJpeg(const QByteArray &bytes, bool stripMetadata);

} // namespace dv::imaging
