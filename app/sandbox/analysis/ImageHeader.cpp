#include "sandbox/analysis/ImageHeader.h"

#include <cstdint>

namespace dv::sandbox::detail {

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

std::optional<HeaderInfo> info(const char *format, long long width, long long height)
{
    if (width <= 0 || height <= 0)
        return std::nullopt;
    return HeaderInfo{QString::fromLatin1(format), width, height};
}

/// True when an end-of-image marker follows the first start-of-scan. Entropy-coded data
/// stuffs every 0xFF with 0x00, so FF D9 there is a real marker; a thumbnail's own EOI sits
/// in APP1, before the first scan, and does not count. Bytes after EOI are tolerated.
bool jpegHasEndAfterScan(const Reader &r, std::size_t scan)
{
    for (std::size_t pos = r.size() - 1; pos > scan + 1; --pos) {
        if (r.byte(pos) == 0xD9 && r.byte(pos - 1) == 0xFF)
            return true;
    }
    return false;
}

/// Walks the markers after the frame header to the first start-of-scan.
bool jpegComplete(const Reader &r, std::size_t pos)
{
    while (r.has(pos, 4)) {
        if (r.byte(pos) != 0xFF)
            return false;
        const unsigned marker = r.byte(pos + 1);
        if (marker == 0xFF) {
            ++pos;
            continue;
        }
        if (marker == 0xDA)
            return jpegHasEndAfterScan(r, pos);
        if (marker == 0x01 || (marker >= 0xD0 && marker <= 0xD7)) {
            pos += 2;
            continue;
        }
        if (marker == 0xD9)
            return false;
        pos += 2 + r.be16(pos + 2);
    }
    return false;
}

std::optional<HeaderInfo> jpeg(const Reader &r)
{
    std::size_t pos = 2;
    while (r.has(pos, 4)) {
        if (r.byte(pos) != 0xFF)
            return std::nullopt;
        const unsigned marker = r.byte(pos + 1);
        if (marker == 0xFF) { // fill byte
            ++pos;
            continue;
        }
        if (marker == 0x01 || (marker >= 0xD0 && marker <= 0xD7)) { // no payload
            pos += 2;
            continue;
        }
        if (marker == 0xD9 || marker == 0xDA) // end of image / start of scan before any frame
            return std::nullopt;
        const std::size_t length = r.be16(pos + 2);
        if (length < 2)
            return std::nullopt;
        const bool startOfFrame =
            marker >= 0xC0 && marker <= 0xCF && marker != 0xC4 && marker != 0xC8 && marker != 0xCC;
        if (startOfFrame) {
            if (!r.has(pos + 4, 5))
                return std::nullopt;
            auto header = info("JPEG", r.be16(pos + 7), r.be16(pos + 5));
            if (header)
                header->complete = jpegComplete(r, pos + 2 + length);
            return header;
        }
        pos += 2 + length;
    }
    return std::nullopt;
}

/// Every chunk (length, type, data, CRC) lies inside the file and the last one is IEND.
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

std::optional<HeaderInfo> png(const Reader &r)
{
    if (!r.has(8, 16) || !r.matches(12, "IHDR", 4))
        return std::nullopt;
    auto header = info("PNG", r.be32(16), r.be32(20));
    if (header)
        header->complete = pngComplete(r);
    return header;
}

std::optional<HeaderInfo> bmp(const Reader &r)
{
    if (!r.has(14, 4))
        return std::nullopt;
    const std::uint32_t headerSize = r.le32(14);
    if (headerSize == 12) { // OS/2 BITMAPCOREHEADER: 16-bit dimensions
        if (!r.has(18, 4))
            return std::nullopt;
        return info("BMP", r.le16(18), r.le16(20));
    }
    if (!r.has(18, 8))
        return std::nullopt;
    const auto width = static_cast<std::int32_t>(r.le32(18));
    const auto height = static_cast<std::int32_t>(r.le32(22)); // negative: top-down rows
    return info("BMP", width, height < 0 ? -static_cast<long long>(height) : height);
}

std::optional<HeaderInfo> webpDimensions(const Reader &r)
{
    if (r.matches(12, "VP8X", 4) && r.has(24, 6))
        return info("WebP", static_cast<long long>(r.le24(24)) + 1,
                    static_cast<long long>(r.le24(27)) + 1);
    if (r.matches(12, "VP8L", 4) && r.has(20, 5) && r.byte(20) == 0x2F) {
        const std::uint32_t bits = r.le32(21);
        return info("WebP", static_cast<long long>(bits & 0x3FFFU) + 1,
                    static_cast<long long>((bits >> 14U) & 0x3FFFU) + 1);
    }
    if (r.matches(12, "VP8 ", 4) && r.has(23, 7) && r.byte(23) == 0x9D && r.byte(24) == 0x01 &&
        r.byte(25) == 0x2A)
        return info("WebP", r.le16(26) & 0x3FFFU, r.le16(28) & 0x3FFFU);
    return std::nullopt;
}

std::optional<HeaderInfo> webp(const Reader &r)
{
    if (!r.has(12, 4))
        return std::nullopt;
    auto header = webpDimensions(r);
    if (header) // the RIFF size counts the bytes after its own 8-byte header
        header->complete = r.has(8, r.le32(4));
    return header;
}

std::optional<HeaderInfo> tiff(const Reader &r, bool little)
{
    const auto u16 = [&](std::size_t o) {
        return little ? r.le16(o) : r.be16(o);
    };
    const auto u32 = [&](std::size_t o) {
        return little ? r.le32(o) : r.be32(o);
    };
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
    return info("TIFF", width, height);
}

} // namespace

std::optional<HeaderInfo> readImageHeader(const QByteArray &bytes)
{
    const Reader r(bytes);
    if (r.has(0, 3) && r.byte(0) == 0xFF && r.byte(1) == 0xD8 && r.byte(2) == 0xFF)
        return jpeg(r);
    if (r.matches(0, "\x89PNG\r\n\x1a\n", 8))
        return png(r);
    if (r.matches(0, "BM", 2))
        return bmp(r);
    if (r.matches(0, "RIFF", 4) && r.matches(8, "WEBP", 4))
        return webp(r);
    if (r.matches(0, "II*\0", 4))
        return tiff(r, true);
    if (r.matches(0, "MM\0*", 4))
        return tiff(r, false);
    return std::nullopt;
}

} // namespace dv::sandbox::detail
