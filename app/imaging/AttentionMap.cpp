#include "imaging/AttentionMap.h"

#include <array>
#include <limits>

namespace dv::imaging {

ColormapInverter::ColormapInverter(const cv::Mat &table) : m_lookup(64 * 64 * 64)
{
    std::array<cv::Vec3i, 256> colours;
    for (int i = 0; i < 256; ++i)
        colours[static_cast<std::size_t>(i)] = table.at<cv::Vec3b>(0, i);
    for (int b = 0; b < 64; ++b) {
        for (int g = 0; g < 64; ++g) {
            for (int r = 0; r < 64; ++r) {
                // Centre of the 4x4x4 cell of colours that share these top 6 bits.
                const cv::Vec3i centre(b * 4 + 2, g * 4 + 2, r * 4 + 2);
                int best = 0;
                int bestDistance = std::numeric_limits<int>::max();
                for (int i = 0; i < 256; ++i) {
                    const cv::Vec3i d = centre - colours[static_cast<std::size_t>(i)];
                    const int distance = d[0] * d[0] + d[1] * d[1] + d[2] * d[2];
                    if (distance < bestDistance) {
                        bestDistance = distance;
                        best = i;
                    }
                }
                m_lookup[static_cast<std::size_t>((b << 12) | (g << 6) | r)] =
                    static_cast<uchar>(best);
            }
        }
    }
}

const ColormapInverter &ColormapInverter::forPalette(Palette palette)
{
    // Each table is built the first time its palette is asked for (thread-safe statics).
    switch (palette) {
    case Palette::Viridis: {
        static const ColormapInverter viridis(paletteTable(Palette::Viridis));
        return viridis;
    }
    case Palette::Cividis: {
        static const ColormapInverter cividis(paletteTable(Palette::Cividis));
        return cividis;
    }
    case Palette::Jet:
        break;
    }
    static const ColormapInverter jet(paletteTable(Palette::Jet));
    return jet;
}

cv::Mat ColormapInverter::invert(const cv::Mat &bgr) const
{
    if (bgr.type() != CV_8UC3)
        return {};
    cv::Mat attention(bgr.size(), CV_8UC1);
    const uchar *lookup = m_lookup.data();
    cv::parallel_for_(cv::Range(0, bgr.rows), [&](const cv::Range &rows) {
        for (int y = rows.start; y < rows.end; ++y) {
            const uchar *in = bgr.ptr<uchar>(y);
            uchar *out = attention.ptr<uchar>(y);
            for (int x = 0; x < bgr.cols; ++x, in += 3) {
                const unsigned b = in[0], g = in[1], r = in[2];
                const unsigned index = ((b >> 2U) << 12U) | ((g >> 2U) << 6U) | (r >> 2U);
                out[x] = lookup[index];
            }
        }
    });
    return attention;
}

} // namespace dv::imaging
