#include "imaging/Palettes.h"

#include <algorithm>
#include <array>
#include <cmath>
#include <opencv2/imgproc.hpp>

namespace dv::imaging {

namespace {

struct Tables
{
    std::array<cv::Mat, 3> byPalette;

    Tables()
    {
        cv::Mat ramp(1, 256, CV_8UC1);
        for (int i = 0; i < 256; ++i)
            ramp.at<uchar>(0, i) = static_cast<uchar>(i);
        const std::array<int, 3> maps = {cv::COLORMAP_VIRIDIS, cv::COLORMAP_CIVIDIS,
                                         cv::COLORMAP_JET};
        for (std::size_t i = 0; i < maps.size(); ++i)
            cv::applyColorMap(ramp, byPalette[i], maps[i]);
    }
};

} // namespace

const cv::Mat &paletteTable(Palette palette)
{
    static const Tables tables;
    return tables.byPalette[static_cast<std::size_t>(palette)];
}

cv::Mat applyPalette(const cv::Mat &attention, Palette palette)
{
    if (attention.type() != CV_8UC1)
        return {};
    cv::Mat three;
    cv::cvtColor(attention, three, cv::COLOR_GRAY2BGR);
    cv::Mat out;
    cv::LUT(three, paletteTable(palette), out);
    return out;
}

cv::Vec3b paletteColour(Palette palette, double value)
{
    const int index = static_cast<int>(std::lround(std::clamp(value, 0.0, 1.0) * 255.0));
    return paletteTable(palette).at<cv::Vec3b>(0, index);
}

} // namespace dv::imaging
