#pragma once

// The colour maps the overlays use. Viridis and cividis are perceptually uniform and readable
// with the common colour-vision deficiencies (cividis also with deuteranopia/protanopia at
// full strength); JET is what heat maps arrive in, kept for comparison with other tools.

#include <opencv2/core.hpp>

namespace dv::imaging {

enum class Palette
{
    Viridis,
    Cividis,
    Jet,
};

/// The palette's 256 colours as a 1x256 CV_8UC3 BGR lookup table (index 0 = attention 0).
/// Built once, on first use, thread-safely: OpenCV 4.6 builds its colormap tables lazily and
/// unsynchronised, so every table is made here under one static initialiser.
const cv::Mat &paletteTable(Palette palette);

/// Maps an 8-bit attention map (0..255) to BGR through the palette (empty if not CV_8UC1).
cv::Mat applyPalette(const cv::Mat &attention, Palette palette);

/// The palette's colour for attention `value` in 0..1.
cv::Vec3b paletteColour(Palette palette, double value);

} // namespace dv::imaging
