#pragma once

// Severity masks (maskBinary, maskRaw, segmentation masks) and detection boxes, drawn with the
// heat maps' machinery: each becomes an OverlayLayer for composeLayer(). Masks come at the
// source image's size; like heat maps they are stretched to the photo's geometry. Detection
// boxes are in the uploaded image's pixel coordinates and are scaled to the target geometry.

#include "imaging/OverlayCompositor.h"
#include "model/SeverityReport.h"

#include <QVector>
#include <opencv2/core.hpp>

namespace dv::imaging {

enum class MaskStyle
{
    Tint,    ///< colour over the masked pixels
    Outline, ///< stroke around the masked region only
};

/// A layer for a grey mask (CV_8UC1, 0..255): the region is mask/255 ≥ threshold (0.5 suits
/// binary masks, whose JPEG edges are not exactly 0/255; raw probability masks can use any).
OverlayLayer maskLayer(const cv::Mat &mask, cv::Size photo, double threshold, MaskStyle style,
                       const cv::Vec3b &colourBgr);

/// A layer for detection boxes. `uploaded` is the size of the image the service analysed
/// (its coordinates' frame), `photo` the geometry composed at. Boxes with non-finite or
/// inverted corners are skipped; the rest are clipped to the image.
OverlayLayer detectionLayer(const QVector<model::Detection> &detections, cv::Size uploaded,
                            cv::Size photo, MaskStyle style, const cv::Vec3b &colourBgr);

} // namespace dv::imaging
