#pragma once

#include <opencv2/imgcodecs.hpp>

namespace dv::imaging {

/// The largest of 1, 2, 4 and 8 that still leaves at least `minimumLongSide` px on the long
/// side of an image `longSide` px long: how much smaller a JPEG may be decoded. libjpeg scales
/// while decoding, so a 12 MP photo wanted at 1000 px never lands in memory whole.
inline int jpegReduction(long long longSide, int minimumLongSide)
{
    for (int reduction : {8, 4, 2}) {
        if (longSide / reduction >= minimumLongSide)
            return reduction;
    }
    return 1;
}

/// cv::imdecode's flag for a colour decode at 1/`reduction` (1, 2, 4 or 8; others: full).
inline int reducedDecodeFlag(int reduction)
{
    switch (reduction) {
    case 2:
        return cv::IMREAD_REDUCED_COLOR_2;
    case 4:
        return cv::IMREAD_REDUCED_COLOR_4;
    case 8:
        return cv::IMREAD_REDUCED_COLOR_8;
    default:
        return cv::IMREAD_COLOR;
    }
}

} // namespace dv::imaging
