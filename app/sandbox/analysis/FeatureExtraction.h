#pragma once

// Internal to the analysis library: per-pixel evidence maps and the features summarised from
// them. Everything works on the downscaled working image (longest side <= 1024 px).

#include "sandbox/analysis/ImageFeatures.h"

#include <array>
#include <cstddef>
#include <opencv2/core.hpp>

namespace dv::sandbox::detail {

/// Per-pixel evidence, each CV_32F in 0–1 and zero outside the region of interest.
enum class PixelMap : int
{
    Redness,
    Pigment,
    Scale,
    Depigmentation,
    Exudate,
    Hair,
    Lesion,
    Count
};

inline constexpr std::size_t kPixelMapCount = static_cast<std::size_t>(PixelMap::Count);

/// Which pixel map shows where a feature comes from (for the heat maps).
PixelMap pixelMapFor(Feature feature);

struct SkinAnalysis
{
    cv::Mat skin; ///< CV_8U 0/255: pixels in the skin colour range
    cv::Mat roi;  ///< CV_8U 0/255: skin blobs with their holes (lesions) filled
    double skinFraction = 0;
    std::array<cv::Mat, kPixelMapCount> maps;
    ImageFeatures features;
};

/// Skin segmentation, evidence maps and features of a BGR 8-bit image.
SkinAnalysis analyseSkin(const cv::Mat &bgr);

/// 0–1 likelihood that the image is a dermoscope field: a bright, circular disc with dark
/// corners all round.
double dermoscopicLikelihood(const cv::Mat &grey);

} // namespace dv::sandbox::detail
