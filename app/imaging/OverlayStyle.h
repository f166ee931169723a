#pragma once

#include "imaging/Palettes.h"

#include <QString>
#include <optional>

namespace dv::imaging {

enum class OverlayMode
{
    Blend,     ///< (1 − α)·photo + α·heat map as sent
    Attention, ///< attention ≥ threshold recoloured with a colour-blind-safe palette
    Contour,   ///< outline of the region with attention ≥ threshold; photo untouched elsewhere
};

/// Everything the person can change on an overlay. Opacity and threshold are 0..1.
struct OverlayStyle
{
    OverlayMode mode = OverlayMode::Blend;
    double opacity = 0.5;
    double threshold = 0.5;
    Palette palette = Palette::Viridis; ///< attention colours and the contour stroke
};

/// Command-line / settings names: "blend", "attention", "contour"; "viridis", "cividis", "jet".
std::optional<OverlayMode> overlayModeFromName(const QString &name);
std::optional<Palette> paletteFromName(const QString &name);

/// The attention level (0..255) at or above which a pixel is in the region for `threshold`.
int thresholdLevel(double threshold);

} // namespace dv::imaging
