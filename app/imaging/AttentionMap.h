#pragma once

// Heat maps arrive colour-mapped (JET: blue = low attention, red = high). Thresholding,
// recolouring for colour-blind readers and outlining all need the scalar behind the colour,
// so the colour map is inverted: each pixel gets the index of the nearest colour of the map's
// 256-entry table. The nearest-colour search is precomputed for a 64x64x64 grid of colours
// (6 bits per channel; neighbouring JET entries differ by about 4 levels in one channel, so
// the grid costs at most one index step), which makes the inversion a single table lookup.

#include "imaging/Palettes.h"

#include <opencv2/core.hpp>
#include <vector>

namespace dv::imaging {

class ColormapInverter
{
public:
    /// The inverter for a palette, built once per process on first use (~0.1 s) and shared.
    static const ColormapInverter &forPalette(Palette palette);

    /// CV_8UC1 attention (0..255) from a BGR colour-mapped image of any size (empty if not BGR).
    cv::Mat invert(const cv::Mat &bgr) const;

private:
    explicit ColormapInverter(const cv::Mat &table);
    std::vector<uchar> m_lookup; ///< 64^3 entries, index (b>>2)<<12 | (g>>2)<<6 | (r>>2)
};

} // namespace dv::imaging
