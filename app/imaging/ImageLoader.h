#pragma once

// Photos in: decoded once, EXIF orientation applied once (by us), size-limited, metadata
// stripped, and the bytes to upload paired with exactly the pixels they decode to.
//
// Why: the service computes heat maps and masks on the pixels it receives. If it received the
// stored (unrotated) pixels while we show the rotated ones, or a JPEG we re-encoded while we
// show the original, every overlay would sit on the wrong skin. So the displayed image is
// always the decode of the upload bytes:
//  - JPEG, orientation 1 (or none), YCbCr/grey: the original with its metadata segments cut
//    out (JpegMetadata.h). No pixel is touched, so the service decodes the very pixels we
//    show, with no generation loss.
//  - JPEG needing rotation/mirroring, or CMYK: decoded, turned upright, re-encoded as JPEG
//    quality 95 (no metadata is written), and the display is the decode of those new bytes.
//  - PNG, TIFF, BMP, WebP: decoded to 8-bit BGR (alpha dropped, 16-bit reduced), re-encoded
//    as PNG, which is lossless: the displayed pixels are the encoded ones. Orientation tags
//    in these formats are not applied (cameras write EXIF orientation into JPEG only).

#include "imaging/ImageHeader.h"
#include "imaging/ImagingResult.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QImage>
#include <QString>
#include <opencv2/core.hpp>

namespace dv::imaging {

enum class UploadEncoding
{
    StrippedOriginal, ///< the original JPEG's own bytes, metadata segments removed
    ReencodedJpeg,    ///< turned upright (or converted from CMYK) and re-encoded, quality 95
    ReencodedPng,     ///< a non-JPEG source, re-encoded losslessly
};

/// The bytes to upload and the image to display: `displayed` is the decode of `uploadBytes`.
struct PreparedImage
{
    QByteArray uploadBytes;
    QString uploadMimeType; ///< "image/jpeg" or "image/png"
    QImage displayed;       ///< upright, Format_RGB888
    ImageFormat sourceFormat = ImageFormat::Jpeg;
    int orientation = 1; ///< the source's EXIF orientation, already applied
    UploadEncoding encoding = UploadEncoding::StrippedOriginal;
};

class ImageLoader
{
    Q_DECLARE_TR_FUNCTIONS(ImageLoader)

public:
    static constexpr int reencodedJpegQuality = 95;
    /// Previews are decoded at the largest DCT scale (1/8, 1/4, 1/2) keeping at least this
    /// many pixels on the long side.
    static constexpr int defaultPreviewLongSide = 640;

    /// Reads a file, refusing anything over DecodeLimits::maxFileBytes before reading it.
    static ImagingResult<QByteArray> readFile(const QString &path);

    /// Decodes, orients, limits and strips a photo file's bytes (see the file comment).
    static ImagingResult<PreparedImage> prepare(const QByteArray &fileBytes);
    static ImagingResult<PreparedImage> prepareFile(const QString &path);

    /// A fast, upright preview. JPEG: a DCT-scaled decode (libjpeg skips most of the inverse
    /// transform), so a 24 MP photo previews in a fraction of its full decode; other formats
    /// have no such shortcut and are decoded in full, then downscaled. Same checks as
    /// prepare(). The preview shows the source pixels; prepare()'s result replaces it.
    static ImagingResult<QImage> decodePreview(const QByteArray &fileBytes,
                                               int minimumLongSide = defaultPreviewLongSide);

    /// Checked decode of image bytes (any accepted format) to 8-bit BGR, stored orientation
    /// (EXIF ignored). `reduction` 1, 2, 4 or 8 asks JPEG for a DCT-scaled decode.
    static ImagingResult<cv::Mat> decodeStored(const QByteArray &bytes, const ImageHeader &header,
                                               int reduction = 1);
    /// Header check shared by every decode: known format, size limits, not truncated.
    static ImagingResult<ImageHeader> checkHeader(const QByteArray &bytes);
};

} // namespace dv::imaging
