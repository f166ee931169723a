#include "imaging/SeverityOverlay.h"

#include "imaging/HeatMapDecoding.h"

#include <algorithm>
#include <cmath>
#include <opencv2/imgproc.hpp>

namespace dv::imaging {

namespace {

OverlayLayer layerFor(const cv::Mat &region, MaskStyle style, const cv::Vec3b &colour)
{
    OverlayLayer layer;
    layer.coverage =
        style == MaskStyle::Tint ? region : outlineOf(region, strokeWidth(region.size()));
    layer.colour = cv::Mat(region.size(), CV_8UC3, colour);
    return layer;
}

} // namespace

OverlayLayer maskLayer(const cv::Mat &mask, cv::Size photo, double threshold, MaskStyle style,
                       const cv::Vec3b &colourBgr)
{
    if (mask.type() != CV_8UC1 || mask.empty() || photo.area() <= 0)
        return {};
    const cv::Mat scaled = HeatMapDecoding::scaleToPhoto(mask, photo);
    return layerFor(scaled >= thresholdLevel(threshold), style, colourBgr);
}

OverlayLayer detectionLayer(const QVector<model::Detection> &detections, cv::Size uploaded,
                            cv::Size photo, MaskStyle style, const cv::Vec3b &colourBgr)
{
    if (uploaded.area() <= 0 || photo.area() <= 0)
        return {};
    const double sx = static_cast<double>(photo.width) / uploaded.width;
    const double sy = static_cast<double>(photo.height) / uploaded.height;
    cv::Mat region = cv::Mat::zeros(photo, CV_8UC1);
    const int thickness = strokeWidth(photo);
    for (const model::Detection &d : detections) {
        if (!std::isfinite(d.x1) || !std::isfinite(d.y1) || !std::isfinite(d.x2) ||
            !std::isfinite(d.y2) || d.x2 <= d.x1 || d.y2 <= d.y1)
            continue;
        const auto clampX = [&](double v) {
            return static_cast<int>(std::lround(std::clamp(v * sx, 0.0, photo.width - 1.0)));
        };
        const auto clampY = [&](double v) {
            return static_cast<int>(std::lround(std::clamp(v * sy, 0.0, photo.height - 1.0)));
        };
        // Corners inclusive (the point overload; cv::Rect would stop one pixel short).
        const cv::Point topLeft(clampX(d.x1), clampY(d.y1));
        const cv::Point bottomRight(clampX(d.x2), clampY(d.y2));
        // A box's outline is its own border (not the outline of the union of boxes), so
        // overlapping detections stay distinguishable.
        cv::rectangle(region, topLeft, bottomRight, cv::Scalar(255),
                      style == MaskStyle::Tint ? cv::FILLED : thickness, cv::LINE_8);
    }
    OverlayLayer layer;
    layer.coverage = region;
    layer.colour = cv::Mat(photo, CV_8UC3, colourBgr);
    return layer;
}

} // namespace dv::imaging
