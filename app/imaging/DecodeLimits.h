#pragma once

// Size limits for every image the pipeline decodes (photos, heat maps, masks), checked from
// the header before any pixel memory is allocated. Set deliberately: QImageReader's default
// (128 MB of decoded pixels, a ~32 MP RGBA photo) would refuse today's phone photos, and
// OpenCV's own ceiling (2^30 px, several GB) would let a 60 kB file claiming 60000x60000
// exhaust memory. We bypass QImageReader (OpenCV decodes) and enforce ours first.

#include <QCoreApplication>
#include <QString>

namespace dv::imaging {

class DecodeLimits
{
    Q_DECLARE_TR_FUNCTIONS(DecodeLimits)

public:
    /// 120 MP covers 108 MP phone sensors; a decoded BGR copy is 360 MB.
    static constexpr long long maxPixels = 120'000'000;
    /// JPEG cannot store more than 65,535 px per side; nothing larger is a photo.
    static constexpr long long maxSide = 65'535;
    /// Larger files are not photos (a 120 MP JPEG at maximum quality is ~60 MB).
    static constexpr long long maxFileBytes = 512LL * 1024 * 1024;

    /// Empty when a width x height image may be decoded, otherwise why not (translated).
    /// The dimensions come from untrusted headers: nothing here may overflow.
    static QString dimensionProblem(long long width, long long height);
};

} // namespace dv::imaging
