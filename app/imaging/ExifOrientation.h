#pragma once

// EXIF orientation (TIFF tag 0x0112): read from the Exif block, applied to pixels by us and
// nowhere else. Every decode in this library passes cv::IMREAD_IGNORE_ORIENTATION, so the
// orientation is applied exactly once whatever OpenCV's defaults are (4.6 applies it in
// IMREAD_COLOR and in the IMREAD_REDUCED_* modes, not in IMREAD_UNCHANGED).

#include <cstddef>
#include <opencv2/core.hpp>

namespace dv::imaging {

/// The Orientation of IFD0 in a TIFF-structured Exif block (starting at its "II"/"MM" byte
/// order mark), or 1 when absent, malformed or outside 1..8 (which viewers treat as upright).
int readExifOrientation(const unsigned char *tiff, std::size_t size);

/// Returns `stored` turned upright for an orientation of 1..8 (1 and unknown: unchanged;
/// the result may share `stored`'s buffer then).
cv::Mat applyExifOrientation(const cv::Mat &stored, int orientation);

/// True when the orientation swaps width and height (5..8).
constexpr bool orientationTransposes(int orientation)
{
    return orientation >= 5 && orientation <= 8;
}

} // namespace dv::imaging
