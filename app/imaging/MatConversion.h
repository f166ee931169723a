#pragma once

// cv::Mat <-> QImage. Both directions deep-copy: a QImage wrapping a Mat's buffer (or the
// reverse) dangles as soon as the owner is freed or detaches, and the pixels cross threads
// (worker decode -> GUI). Rows are copied one by one with each side's own stride: QImage rows
// are 4-byte aligned, a Mat's need not be (a 33-px BGR row is 99 bytes).

#include <QImage>
#include <opencv2/core.hpp>

namespace dv::imaging {

/// CV_8UC1 -> Format_Grayscale8, CV_8UC3 (BGR) -> Format_RGB888, CV_8UC4 (BGRA, straight
/// alpha) -> Format_ARGB32. Any other type, or an empty Mat, gives a null QImage.
QImage toQImage(const cv::Mat &mat);

/// Format_Grayscale8 -> CV_8UC1; formats with alpha -> CV_8UC4 BGRA (straight alpha); every
/// other format -> CV_8UC3 BGR. A null QImage gives an empty Mat.
cv::Mat toMat(const QImage &image);

} // namespace dv::imaging
