#include "imaging/DecodeLimits.h"

namespace dv::imaging {

QString DecodeLimits::dimensionProblem(long long width, long long height)
{
    if (width <= 0 || height <= 0)
        return tr("The image declares no pixels (%1 × %2).").arg(width).arg(height);
    if (width > maxSide || height > maxSide || width > maxPixels / height)
        return tr("The image declares %1 × %2 pixels (%3 megapixels); at most %4 megapixels "
                  "can be opened. The file may be damaged or deliberately malformed.")
            .arg(width)
            .arg(height)
            .arg(static_cast<double>(width) * static_cast<double>(height) / 1e6, 0, 'f', 1)
            .arg(maxPixels / 1'000'000);
    return {};
}

} // namespace dv::imaging
