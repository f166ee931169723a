#pragma once

// The one overlay engine, used by dermaview-cli overlay at full resolution and by the window at
// viewport resolution. Every mode reduces to a layer (colour + where it applies) composed with
// the same rule, so heat maps, attention, contours, severity masks and detection boxes are
// all drawn alike:
//     out = (1 − α)·photo + α·colour   where the layer applies,   photo elsewhere.
// No renormalisation: pytorch-grad-cam's show_cam_on_image divides by the maximum, which
// brightens or darkens the photo itself; a clinician must see the skin's true colour.

#include "imaging/OverlayStyle.h"

#include <QImage>
#include <array>
#include <opencv2/core.hpp>
#include <optional>

namespace dv::imaging {

struct OverlayLayer
{
    cv::Mat colour;   ///< CV_8UC3 BGR, the photo's size
    cv::Mat coverage; ///< CV_8UC1, nonzero where the layer applies; empty = everywhere
    cv::Rect bounds;  ///< the coverage's bounding box, when known (else found on each use)
};

/// Composes `layer` over `photo` (CV_8UC3) at opacity α (clamped to 0..1) into `out`.
/// False (and `out` untouched) when the layer does not fit the photo. `scratch`, when given,
/// is reused across calls for the blended region (a fresh buffer per call costs page faults).
bool composeLayer(const cv::Mat &photo, const OverlayLayer &layer, double opacity, cv::Mat &out,
                  cv::Mat *scratch = nullptr);

/// A stroke wide enough to see at any size: 2 px, plus 1 px per 500 px of the long side.
int strokeWidth(cv::Size size);

/// The outline (stroke of `thickness`) of the nonzero region of a CV_8UC1 mask.
cv::Mat outlineOf(const cv::Mat &region, int thickness);

/// Composes a heat map over a photo in the three modes. Caches what does not depend on the
/// opacity (the scaled heat map, the inverted attention map, the layer for the current mode,
/// threshold and palette), so moving an opacity slider only re-runs the final blend.
/// Not thread-safe: one compositor per thread.
class OverlayCompositor
{
public:
    /// The photo at the geometry to compose at (full resolution, or scaled to the viewport).
    /// Grey and BGRA are converted; other types leave the compositor not ready.
    void setPhoto(const cv::Mat &photoBgr);
    /// The decoded heat map (CV_8UC3, JET-coloured, any size: stretched to the photo).
    void setHeatMap(const cv::Mat &heatBgr);

    const cv::Mat &photo() const { return m_photo; }
    bool isReady() const { return !m_photo.empty() && !m_heatSource.empty(); }

    /// The heat map stretched to the photo's geometry.
    const cv::Mat &scaledHeatMap();
    /// Attention 0..255 recovered from the JET colours, at the photo's geometry.
    const cv::Mat &attention();
    /// The layer a style draws (cached until mode, threshold or palette change).
    const OverlayLayer &layer(const OverlayStyle &style);

    /// Composes into `out` (reallocated only when its size or type differs). False when not
    /// ready or out of memory; never throws.
    bool composeInto(const OverlayStyle &style, cv::Mat &out);
    /// The composed image, or an empty Mat on failure.
    cv::Mat compose(const OverlayStyle &style);
    /// compose() as a QImage (Format_RGB888) for painting; null on failure.
    QImage composeImage(const OverlayStyle &style);

private:
    struct LayerKey
    {
        OverlayMode mode;
        int level;
        Palette palette;
        bool operator==(const LayerKey &o) const
        {
            return mode == o.mode && level == o.level && palette == o.palette;
        }
    };

    cv::Mat m_photo;
    cv::Mat m_heatSource;
    cv::Mat m_attentionSource; ///< inverted at the heat map's own size, before any scaling
    cv::Mat m_heat;
    cv::Mat m_attention;
    OverlayLayer m_layer;
    std::optional<LayerKey> m_layerKey;
    cv::Mat m_composed;
    cv::Mat m_scratch;
    std::array<QImage, 2> m_frames;
    std::size_t m_lastFrame = 0;
};

} // namespace dv::imaging
