#pragma once

#include <QLatin1String>
#include <array>
#include <cstddef>

namespace dv::sandbox {

/// The image features the differential is computed from, each scaled to roughly 0–1 and
/// measured on the skin region of interest (skin pixels with enclosed lesions filled in).
enum class Feature : int
{
    Erythema,           ///< share of the region markedly redder (CIELAB a*) than normal skin
    RedIntensity,       ///< how red the reddest 5 % of the region is
    Pigment,            ///< share of the region that is dark brown / black (melanin-like)
    PigmentDarkness,    ///< how much darker than normal skin the pigmented pixels are
    Scale,              ///< fine high-frequency texture (scale, crust) in and around red areas
    Depigmentation,     ///< share of the region lighter and less saturated than normal skin
    Exudate,            ///< share of the region yellower than normal skin (slough, crust, pus)
    LesionFraction,     ///< share of the region covered by any lesion
    LargestLesion,      ///< area of the largest lesion blob over the region
    LesionCount,        ///< number of lesion blobs, log-scaled (1 ≈ 80 blobs)
    Circularity,        ///< 4πA/P² of the largest blob
    BorderIrregularity, ///< 1 − solidity (area / convex hull area) of the largest blob
    ColourVariegation,  ///< spread of colour inside the largest blob
    Hair,               ///< share of the image that is dark, grey, finely textured hair
    Count
};

inline constexpr std::size_t kFeatureCount = static_cast<std::size_t>(Feature::Count);

constexpr std::size_t featureIndex(Feature feature)
{
    return static_cast<std::size_t>(feature);
}

/// Stable machine name of a feature ("erythema", "pigment", ...).
QLatin1String featureName(Feature feature);

struct ImageFeatures
{
    std::array<double, kFeatureCount> values{};

    double operator[](Feature feature) const { return values[featureIndex(feature)]; }
    double &operator[](Feature feature) { return values[featureIndex(feature)]; }
};

} // namespace dv::sandbox
