#include "imaging/JpegMetadata.h"

#include "imaging/ExifOrientation.h"

#include <cstring>

namespace dv::imaging {

namespace {

constexpr unsigned kSoi = 0xD8, kEoi = 0xD9, kSos = 0xDA, kApp0 = 0xE0, kApp1 = 0xE1, kApp14 = 0xEE,
                   kApp15 = 0xEF, kCom = 0xFE;

bool isStandalone(unsigned marker)
{
    return marker == 0x01 || (marker >= 0xD0 && marker <= 0xD7); // TEM, RST0..7
}

bool isStartOfFrame(unsigned marker)
{
    return marker >= 0xC0 && marker <= 0xCF && marker != 0xC4 && marker != 0xC8 && marker != 0xCC;
}

bool startsWith(const unsigned char *data, std::size_t size, const char *prefix, std::size_t n)
{
    return size >= n && std::memcmp(data, prefix, n) == 0;
}

/// A JFIF APP0 segment with the original version and density but no thumbnail.
QByteArray jfifWithoutThumbnail(const unsigned char *payload)
{
    // payload: "JFIF\0", version (2), units (1), Xdensity (2), Ydensity (2), Xthumb, Ythumb.
    QByteArray segment = QByteArray::fromRawData("\xFF\xE0\x00\x10", 4);
    segment.append(reinterpret_cast<const char *>(payload), 12);
    segment.append('\0').append('\0');
    return segment;
}

/// Position of the first marker after entropy-coded data starting at `pos`: an 0xFF followed
/// by neither a stuffed zero, a restart marker nor another fill byte. 0 when none.
std::size_t nextMarkerAfterScan(const unsigned char *data, std::size_t size, std::size_t pos)
{
    while (pos + 1 < size) {
        const void *found = std::memchr(data + pos, 0xFF, size - pos - 1);
        if (!found)
            return 0;
        pos = static_cast<std::size_t>(static_cast<const unsigned char *>(found) - data);
        const unsigned next = data[pos + 1];
        if (next == 0x00 || (next >= 0xD0 && next <= 0xD7) || next == 0xFF) {
            pos += next == 0xFF ? 1 : 2;
            continue;
        }
        return pos;
    }
    return 0;
}

} // namespace

std::optional<JpegInfo> readJpeg(const QByteArray &bytes, bool stripMetadata)
{
    const auto *data = reinterpret_cast<const unsigned char *>(bytes.constData());
    const auto size = static_cast<std::size_t>(bytes.size());
    if (size < 4 || data[0] != 0xFF || data[1] != kSoi)
        return std::nullopt;

    JpegInfo info;
    bool haveFrame = false;
    bool haveScan = false;
    bool orientationRead = false;
    QByteArray out;
    if (stripMetadata) {
        out.reserve(bytes.size());
        out.append(bytes.constData(), 2);
    }
    const auto keep = [&](std::size_t from, std::size_t count) {
        if (stripMetadata)
            out.append(bytes.constData() + from, static_cast<qsizetype>(count));
    };

    std::size_t pos = 2;
    while (pos + 1 < size) {
        if (data[pos] != 0xFF)
            return haveFrame ? std::optional<JpegInfo>(info) : std::nullopt; // garbage: incomplete
        const unsigned marker = data[pos + 1];
        if (marker == 0xFF) { // fill byte
            ++pos;
            continue;
        }
        if (marker == kEoi) {
            info.complete = haveFrame && haveScan;
            if (info.complete && stripMetadata) {
                keep(pos, 2);
                info.withoutMetadata = out;
            }
            break; // bytes after EOI (maker trailers, appended data) are never uploaded
        }
        if (isStandalone(marker)) {
            keep(pos, 2);
            pos += 2;
            continue;
        }
        if (pos + 4 > size)
            break;
        const std::size_t length = (static_cast<std::size_t>(data[pos + 2]) << 8U) | data[pos + 3];
        if (length < 2 || length > size - pos - 2)
            break; // segment runs past the end: truncated
        const unsigned char *payload = data + pos + 4;
        const std::size_t payloadSize = length - 2;
        const std::size_t end = pos + 2 + length;

        if (isStartOfFrame(marker)) {
            if (payloadSize < 5)
                return std::nullopt;
            info.height = (payload[1] << 8) | payload[2];
            info.width = (payload[3] << 8) | payload[4];
            info.components = payloadSize >= 6 ? payload[5] : 0;
            haveFrame = true;
            keep(pos, end - pos);
        } else if (marker == kSos) {
            if (!haveFrame)
                return std::nullopt;
            haveScan = true;
            const std::size_t next = nextMarkerAfterScan(data, size, end);
            if (next == 0)
                break; // the scan runs to the end of the file: no EOI
            keep(pos, next - pos);
            pos = next;
            continue;
        } else if (marker == kApp1 && startsWith(payload, payloadSize, "Exif\0\0", 6)) {
            // The first Exif block is the one decoders and cameras honour.
            if (!orientationRead)
                info.orientation = readExifOrientation(payload + 6, payloadSize - 6);
            orientationRead = true;
        } else if (marker == kApp0 && startsWith(payload, payloadSize, "JFIF\0", 5)) {
            if (stripMetadata && payloadSize >= 14)
                out.append(jfifWithoutThumbnail(payload));
        } else if (marker == kApp14 && startsWith(payload, payloadSize, "Adobe", 5)) {
            keep(pos, end - pos);
        } else if ((marker >= kApp0 && marker <= kApp15) || marker == kCom) {
            // other application segments and comments: metadata, dropped
        } else {
            keep(pos, end - pos); // tables, restart interval, ...
        }
        pos = end;
    }
    if (!haveFrame)
        return std::nullopt;
    return info;
}

} // namespace dv::imaging
