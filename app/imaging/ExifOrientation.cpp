#include "imaging/ExifOrientation.h"

#include <cstdint>

namespace dv::imaging {

int readExifOrientation(const unsigned char *tiff, std::size_t size)
{
    if (size < 8)
        return 1;
    const bool little = tiff[0] == 'I' && tiff[1] == 'I';
    if (!little && !(tiff[0] == 'M' && tiff[1] == 'M'))
        return 1;
    const auto u16 = [&](std::size_t o) -> std::uint32_t {
        const std::uint32_t first = tiff[o], second = tiff[o + 1];
        return little ? (first | (second << 8U)) : ((first << 8U) | second);
    };
    const auto u32 = [&](std::size_t o) -> std::uint32_t {
        return (little ? (u16(o + 2) << 16U) | u16(o) : (u16(o) << 16U) | u16(o + 2));
    };
    if (u16(2) != 42)
        return 1;
    const std::size_t ifd = u32(4);
    if (ifd > size || size - ifd < 2)
        return 1;
    const std::size_t entries = u16(ifd);
    for (std::size_t i = 0; i < entries; ++i) {
        const std::size_t entry = ifd + 2 + 12 * i;
        if (entry > size || size - entry < 12)
            return 1;
        if (u16(entry) != 0x0112)
            continue;
        // SHORT, count 1, value left-justified in the 4-byte value field.
        if (u16(entry + 2) != 3 || u32(entry + 4) != 1)
            return 1;
        const std::uint32_t value = u16(entry + 8);
        return value >= 1 && value <= 8 ? static_cast<int>(value) : 1;
    }
    return 1;
}

cv::Mat applyExifOrientation(const cv::Mat &stored, int orientation)
{
    // The eight orientations are the rotations/reflections that turn the stored rows into the
    // upright picture (EXIF 2.32, tag 0x0112); transposing covers the four that swap sides.
    cv::Mat out;
    switch (orientation) {
    case 2: // mirrored horizontally
        cv::flip(stored, out, 1);
        return out;
    case 3: // rotated 180°
        cv::flip(stored, out, -1);
        return out;
    case 4: // mirrored vertically
        cv::flip(stored, out, 0);
        return out;
    case 5: // mirrored along the top-left to bottom-right diagonal
        cv::transpose(stored, out);
        return out;
    case 6: // stored rotated 90° counter-clockwise: turn 90° clockwise
        cv::rotate(stored, out, cv::ROTATE_90_CLOCKWISE);
        return out;
    case 7: // mirrored along the other diagonal
        cv::transpose(stored, out);
        cv::flip(out, out, -1);
        return out;
    case 8: // stored rotated 90° clockwise: turn 90° counter-clockwise
        cv::rotate(stored, out, cv::ROTATE_90_COUNTERCLOCKWISE);
        return out;
    default:
        return stored;
    }
}

} // namespace dv::imaging
