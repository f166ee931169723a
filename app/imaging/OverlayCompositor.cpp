#include "imaging/OverlayCompositor.h"

#include "imaging/AttentionMap.h"
#include "imaging/HeatMapDecoding.h"

#include <algorithm>
#include <cmath>
#include <new>
#include <opencv2/imgproc.hpp>
#include <vector>

namespace dv::imaging {

bool composeLayer(const cv::Mat &photo, const OverlayLayer &layer, double opacity, cv::Mat &out,
                  cv::Mat *scratch)
{
    if (photo.empty() || photo.type() != CV_8UC3 || layer.colour.type() != CV_8UC3 ||
        layer.colour.size() != photo.size())
        return false;
    const double alpha = std::isfinite(opacity) ? std::clamp(opacity, 0.0, 1.0) : 0.0;
    if (layer.coverage.empty()) {
        cv::addWeighted(photo, 1.0 - alpha, layer.colour, alpha, 0.0, out);
        return true;
    }
    if (layer.coverage.type() != CV_8UC1 || layer.coverage.size() != photo.size())
        return false;
    // The same arithmetic as the unmasked case (cv::addWeighted, rounded to nearest), run only
    // over the coverage's bounding box and copied through the mask: every other pixel is the
    // photo's, bit for bit. Vectorised OpenCV calls rather than a per-pixel loop keep an
    // attention or contour recomposition at 1080p within the opacity slider's budget.
    const cv::Rect bounds =
        layer.bounds.area() > 0 ? layer.bounds : cv::boundingRect(layer.coverage);
    photo.copyTo(out); // a no-op when composing in place
    if (bounds.area() == 0)
        return true;
    cv::Mat local;
    cv::Mat &blended = scratch ? *scratch : local;
    cv::addWeighted(photo(bounds), 1.0 - alpha, layer.colour(bounds), alpha, 0.0, blended);
    cv::Mat target = out(bounds);
    blended.copyTo(target, layer.coverage(bounds));
    return true;
}

int strokeWidth(cv::Size size)
{
    return 2 + std::max(size.width, size.height) / 500;
}

cv::Mat outlineOf(const cv::Mat &region, int thickness)
{
    if (region.type() != CV_8UC1)
        return cv::Mat::zeros(region.size(), CV_8UC1);
    std::vector<std::vector<cv::Point>> contours;
    cv::findContours(region.clone(), contours, cv::RETR_EXTERNAL, cv::CHAIN_APPROX_NONE);
    cv::Mat stroke = cv::Mat::zeros(region.size(), CV_8UC1);
    // 8-connected, not anti-aliased: the stroke is a set of pixels, so everything outside it
    // keeps the photo's exact values.
    cv::drawContours(stroke, contours, -1, cv::Scalar(255), thickness, cv::LINE_8);
    return stroke;
}

namespace {

/// Grey and BGRA inputs are accepted as BGR; any other type gives an empty Mat.
cv::Mat asBgr(const cv::Mat &image)
{
    if (image.empty()) // an empty Mat is CV_8UC1 to OpenCV, and cvtColor throws on it
        return cv::Mat();
    if (image.type() == CV_8UC3)
        return image;
    cv::Mat bgr;
    if (image.type() == CV_8UC1)
        cv::cvtColor(image, bgr, cv::COLOR_GRAY2BGR);
    else if (image.type() == CV_8UC4)
        cv::cvtColor(image, bgr, cv::COLOR_BGRA2BGR);
    return bgr;
}

} // namespace

void OverlayCompositor::setPhoto(const cv::Mat &photoBgr)
{
    m_photo = asBgr(photoBgr);
    m_heat.release();
    m_attention.release();
    m_layerKey.reset();
}

void OverlayCompositor::setHeatMap(const cv::Mat &heatBgr)
{
    m_heatSource = asBgr(heatBgr);
    m_attentionSource.release();
    m_heat.release();
    m_attention.release();
    m_layerKey.reset();
}

const cv::Mat &OverlayCompositor::scaledHeatMap()
{
    if (m_heat.empty() && isReady())
        m_heat = HeatMapDecoding::scaleToPhoto(m_heatSource, m_photo.size());
    return m_heat;
}

const cv::Mat &OverlayCompositor::attention()
{
    if (m_attention.empty() && isReady()) {
        // Inverted before scaling: interpolating between two JET colours can produce a colour
        // on no part of the map, interpolating the scalar cannot.
        if (m_attentionSource.empty())
            m_attentionSource = ColormapInverter::forPalette(Palette::Jet).invert(m_heatSource);
        m_attention = HeatMapDecoding::scaleToPhoto(m_attentionSource, m_photo.size());
    }
    return m_attention;
}

const OverlayLayer &OverlayCompositor::layer(const OverlayStyle &style)
{
    const LayerKey key{style.mode, thresholdLevel(style.threshold), style.palette};
    if (!isReady()) {
        m_layer = OverlayLayer{};
        return m_layer;
    }
    if (m_layerKey && *m_layerKey == key)
        return m_layer;
    m_layer = OverlayLayer{};
    switch (style.mode) {
    case OverlayMode::Blend:
        m_layer.colour = scaledHeatMap();
        break;
    case OverlayMode::Attention:
        m_layer.colour = applyPalette(attention(), style.palette);
        // Below the threshold the layer is fully transparent.
        m_layer.coverage = attention() >= key.level;
        m_layer.bounds = cv::boundingRect(m_layer.coverage);
        break;
    case OverlayMode::Contour: {
        const cv::Mat region = attention() >= key.level;
        m_layer.coverage = outlineOf(region, strokeWidth(m_photo.size()));
        m_layer.bounds = cv::boundingRect(m_layer.coverage);
        m_layer.colour = cv::Mat(m_photo.size(), CV_8UC3, paletteColour(style.palette, 1.0));
        break;
    }
    }
    m_layerKey = key;
    return m_layer;
}

bool OverlayCompositor::composeInto(const OverlayStyle &style, cv::Mat &out)
{
    if (!isReady())
        return false;
    try {
        return composeLayer(m_photo, layer(style), style.opacity, out, &m_scratch);
    } catch (const cv::Exception &) { // OpenCV reports allocation failures this way
        m_layerKey.reset();
        return false;
    } catch (const std::bad_alloc &) {
        m_layerKey.reset();
        return false;
    }
}

cv::Mat OverlayCompositor::compose(const OverlayStyle &style)
{
    cv::Mat out;
    if (!composeInto(style, out))
        return {};
    return out;
}

QImage OverlayCompositor::composeImage(const OverlayStyle &style)
{
    if (!composeInto(style, m_composed))
        return {};
    // Two buffers, reused while nobody else holds them: the view keeps the previous frame
    // until it gets this one, and a fresh 6 MB image per slider step costs more in page faults
    // than the composition itself.
    // The frame not handed out last is the one the caller has most likely let go of.
    const std::size_t other = (m_lastFrame + 1) % m_frames.size();
    QImage *target = &m_frames[other];
    const auto reusable = [&](const QImage &frame) {
        return frame.isDetached() && frame.width() == m_composed.cols &&
               frame.height() == m_composed.rows;
    };
    if (!reusable(*target)) {
        if (reusable(m_frames[m_lastFrame])) {
            target = &m_frames[m_lastFrame];
        } else {
            *target = QImage(m_composed.cols, m_composed.rows, QImage::Format_RGB888);
            if (target->isNull())
                return {};
        }
    }
    m_lastFrame = static_cast<std::size_t>(target - m_frames.data());
    cv::Mat pixels(target->height(), target->width(), CV_8UC3, target->bits(),
                   static_cast<std::size_t>(target->bytesPerLine()));
    cv::cvtColor(m_composed, pixels, cv::COLOR_BGR2RGB);
    return *target;
}

} // namespace dv::imaging
