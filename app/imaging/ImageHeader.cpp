#include "imaging/ImageHeader.h"

#include "common/ImageSignature.h"
#include "imaging/JpegMetadata.h"

#include <cstdint>

namespace dv::imaging {

namespace {

class Reader
{
public:
    explicit Reader(const QByteArray &bytes)
        : m_data(reinterpret_cast<const unsigned char *>(bytes.constData())),
          m_size(static_cast<std::size_t>(bytes.size()))
    {}

    std::size_t size() const { return m_size; }
    bool has(std::size_t offset, std::size_t count) const
    {
        return offset <= m_size && count <= m_size - offset;
    }
    unsigned byte(std::size_t offset) const { return m_data[offset]; }
    std::uint32_t be16(std::size_t o) const { return (byte(o) << 8U) | byte(o + 1); }
    std::uint32_t le16(std::size_t o) const { return byte(o) | (byte(o + 1) << 8U); }
    std::uint32_t be32(std::size_t o) const { return (be16(o) << 16U) | be16(o + 2); }
    std::uint32_t le32(std::size_t o) const { return le16(o) | (le16(o + 2) << 16U); }
    std::uint32_t le24(std::size_t o) const { return le16(o) | (byte(o + 2) << 16U); }
    bool matches(std::size_t offset, const char *text, std::size_t count) const
    {
        if (!has(offset, count))
            return false;
        for (std::size_t i = 0; i < count; ++i) {
            if (m_data[offset + i] != static_cast<unsigned char>(text[i]))
                return false;
        }
        return true;
    }

private:
    const unsigned char *m_data;
    std::size_t m_size;
};

ImageHeader header(ImageFormat format, long long width, long long height)
{
    ImageHeader h;
    h.format = format;
    h.width = width;
    h.height = height;
    return h;
}

std::optional<ImageHeader> jpeg(const QByteArray &bytes)
{
    const auto info = readJpeg(bytes, false);
    if (!info)
        return std::nullopt;
    ImageHeader h = header(ImageFormat::Jpeg, info->width, info->height);
    h.orientation = info->orientation;
    h.channels = info->components;
    h.complete = info->complete;
    return h;
}

/// Every chunk (length, type, data, CRC) lies inside the file and the last one is IEND.
/// Checked before decoding because libpng allocates a chunk's declared length before noticing
/// the data is missing.
bool pngComplete(const Reader &r)
{
    std::size_t pos = 8;
    while (r.has(pos, 12)) {
        const std::size_t length = r.be32(pos);
        if (!r.has(pos + 8, length) || !r.has(pos + 8 + length, 4))
            return false;
        if (r.matches(pos + 4, "IEND", 4))
            return true;
        pos += 12 + length;
    }
    return false;
}

std::optional<ImageHeader> png(const Reader &r)
{
    if (!r.has(8, 18) || !r.matches(12, "IHDR", 4))
        return std::nullopt;
    ImageHeader h = header(ImageFormat::Png, r.be32(16), r.be32(20));
    switch (r.byte(25)) { // colour type
    case 0:
        h.channels = 1;
        break;
    case 4:
        h.channels = 2;
        break;
    case 6:
        h.channels = 4;
        break;
    default: // 2 truecolour, 3 palette
        h.channels = 3;
        break;
    }
    h.complete = pngComplete(r);
    return h;
}

std::optional<ImageHeader> bmp(const Reader &r)
{
    if (!r.has(14, 4))
        return std::nullopt;
    const std::uint32_t headerSize = r.le32(14);
    if (headerSize == 12) { // OS/2 BITMAPCOREHEADER: 16-bit dimensions
        if (!r.has(18, 4))
            return std::nullopt;
        return header(ImageFormat::Bmp, r.le16(18), r.le16(20));
    }
    if (!r.has(18, 16))
        return std::nullopt;
    const auto width = static_cast<std::int32_t>(r.le32(18));
    const auto height = static_cast<std::int32_t>(r.le32(22)); // negative: top-down rows
    const long long rows = height < 0 ? -static_cast<long long>(height) : height;
    ImageHeader h = header(ImageFormat::Bmp, width, rows);
    // Uncompressed (BI_RGB) pixel arrays have a known size: rows of 4-byte-aligned pixels
    // starting at the pixel-data offset. OpenCV fills a short file's missing rows silently.
    const std::uint32_t bitsPerPixel = r.le16(28);
    const std::uint32_t compression = r.le32(30);
    if (compression == 0 && width > 0 && rows > 0 && bitsPerPixel > 0 && bitsPerPixel <= 32) {
        const long long rowBytes = ((static_cast<long long>(width) * bitsPerPixel + 31) / 32) * 4;
        const long long offset = r.le32(10);
        if (rows <= (1LL << 40) / rowBytes)
            h.complete = offset + rowBytes * rows <= static_cast<long long>(r.size());
        else
            h.complete = false;
    }
    return h;
}

std::optional<ImageHeader> webp(const Reader &r)
{
    if (!r.has(12, 4))
        return std::nullopt;
    std::optional<ImageHeader> h;
    if (r.matches(12, "VP8X", 4) && r.has(24, 6))
        h = header(ImageFormat::WebP, static_cast<long long>(r.le24(24)) + 1,
                   static_cast<long long>(r.le24(27)) + 1);
    else if (r.matches(12, "VP8L", 4) && r.has(20, 5) && r.byte(20) == 0x2F) {
        const std::uint32_t bits = r.le32(21);
        h = header(ImageFormat::WebP, static_cast<long long>(bits & 0x3FFFU) + 1,
                   static_cast<long long>((bits >> 14U) & 0x3FFFU) + 1);
    } else if (r.matches(12, "VP8 ", 4) && r.has(23, 7) && r.byte(23) == 0x9D &&
               r.byte(24) == 0x01 && r.byte(25) == 0x2A)
        h = header(ImageFormat::WebP, r.le16(26) & 0x3FFFU, r.le16(28) & 0x3FFFU);
    if (h) // the RIFF size counts the bytes after its own 8-byte header
        h->complete = r.has(8, r.le32(4));
    return h;
}

std::optional<ImageHeader> tiff(const Reader &r, bool little)
{
    const auto u16 = [&](std::size_t o) {
        return little ? r.le16(o) : r.be16(o);
    };
    const auto u32 = [&](std::size_t o) {
        return little ? r.le32(o) : r.be32(o);
    };
    if (!r.has(4, 4)) // the signature alone: no offset of the first directory
        return std::nullopt;
    const std::size_t ifd = u32(4);
    if (!r.has(ifd, 2))
        return std::nullopt;
    const std::size_t entries = u16(ifd);
    long long width = 0;
    long long height = 0;
    for (std::size_t i = 0; i < entries; ++i) {
        const std::size_t entry = ifd + 2 + 12 * i;
        if (!r.has(entry, 12))
            return std::nullopt;
        const std::uint32_t tag = u16(entry);
        const std::uint32_t type = u16(entry + 2);
        if (tag != 256 && tag != 257)
            continue;
        long long value = 0;
        if (type == 3) // SHORT, left-justified in the value field
            value = u16(entry + 8);
        else if (type == 4) // LONG
            value = u32(entry + 8);
        else
            return std::nullopt;
        (tag == 256 ? width : height) = value;
    }
    return header(ImageFormat::Tiff, width, height);
}

} // namespace

QString formatName(ImageFormat format)
{
    switch (format) {
    case ImageFormat::Jpeg:
        return QStringLiteral("JPEG");
    case ImageFormat::Png:
        return QStringLiteral("PNG");
    case ImageFormat::Tiff:
        return QStringLiteral("TIFF");
    case ImageFormat::Bmp:
        return QStringLiteral("BMP");
    case ImageFormat::WebP:
        return QStringLiteral("WebP");
    }
    return {};
}

std::optional<ImageHeader> readImageHeader(const QByteArray &bytes)
{
    const Reader r(bytes);
    switch (imageSignature(bytes)) {
    case ImageSignature::Jpeg:
        return jpeg(bytes);
    case ImageSignature::Png:
        return png(r);
    case ImageSignature::Bmp:
        return bmp(r);
    case ImageSignature::WebP:
        return webp(r);
    case ImageSignature::TiffLittleEndian:
        return tiff(r, true);
    case ImageSignature::TiffBigEndian:
        return tiff(r, false);
    case ImageSignature::Gif: // not a format photos are accepted in
    case ImageSignature::None:
        break;
    }
    return std::nullopt;
}

} // namespace dv::imaging
