#include "imaging/OverlayStyle.h"

#include <algorithm>
#include <cmath>

namespace dv::imaging {

std::optional<OverlayMode> overlayModeFromName(const QString &name)
{
    if (name == QLatin1String("blend"))
        return OverlayMode::Blend;
    if (name == QLatin1String("attention"))
        return OverlayMode::Attention;
    if (name == QLatin1String("contour"))
        return OverlayMode::Contour;
    return std::nullopt;
}

std::optional<Palette> paletteFromName(const QString &name)
{
    if (name == QLatin1String("viridis"))
        return Palette::Viridis;
    if (name == QLatin1String("cividis"))
        return Palette::Cividis;
    if (name == QLatin1String("jet"))
        return Palette::Jet;
    return std::nullopt;
}

int thresholdLevel(double threshold)
{
    // level/255 >= threshold; the epsilon keeps 0.5 at 128 rather than drifting with rounding.
    return static_cast<int>(std::ceil(std::clamp(threshold, 0.0, 1.0) * 255.0 - 1e-9));
}

} // namespace dv::imaging
