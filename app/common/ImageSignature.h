#pragma once

#include <QByteArray>
#include <QByteArrayView>

namespace dv {

/// The image formats told apart by their first bytes, before anything decodes them.
enum class ImageSignature
{
    None, ///< not an image format Dermaview knows
    Jpeg,
    Png,
    Gif,
    Bmp,
    WebP,
    TiffLittleEndian,
    TiffBigEndian,
};

/// Which format `bytes` begin like. The one table of signatures: the upload checks
/// (imaging::readImageHeader) and the report-media download (ApiClient::media) both ask it.
inline ImageSignature imageSignature(const QByteArray &bytes)
{
    const auto starts = [&bytes](const char *magic, qsizetype size) {
        return bytes.startsWith(QByteArrayView(magic, size));
    };
    if (starts("\xFF\xD8\xFF", 3))
        return ImageSignature::Jpeg;
    if (starts("\x89PNG\r\n\x1A\n", 8))
        return ImageSignature::Png;
    if (starts("GIF87a", 6) || starts("GIF89a", 6))
        return ImageSignature::Gif;
    if (starts("BM", 2))
        return ImageSignature::Bmp;
    if (starts("RIFF", 4) && bytes.mid(8, 4) == "WEBP")
        return ImageSignature::WebP;
    if (starts("II*\0", 4))
        return ImageSignature::TiffLittleEndian;
    if (starts("MM\0*", 4))
        return ImageSignature::TiffBigEndian;
    return ImageSignature::None;
}

} // namespace dv
