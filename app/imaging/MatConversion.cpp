#include "imaging/MatConversion.h"

#include <opencv2/imgproc.hpp>

namespace dv::imaging {

// Format_ARGB32 <-> BGRA Mat relies on little-endian byte order (x86-64, arm64 Debian).
static_assert(Q_BYTE_ORDER == Q_LITTLE_ENDIAN, "ARGB32 <-> BGRA assumes little-endian");

namespace {

/// A Mat header over a QImage's pixels (no copy): lives no longer than the statement using it.
cv::Mat wrap(const QImage &image, int type)
{
    return cv::Mat(image.height(), image.width(), type, const_cast<uchar *>(image.constBits()),
                   static_cast<std::size_t>(image.bytesPerLine()));
}

cv::Mat wrap(QImage &image, int type)
{
    return cv::Mat(image.height(), image.width(), type, image.bits(),
                   static_cast<std::size_t>(image.bytesPerLine()));
}

} // namespace

QImage toQImage(const cv::Mat &mat)
{
    if (mat.empty() || mat.depth() != CV_8U || mat.dims != 2)
        return {};
    QImage::Format format = QImage::Format_Invalid;
    switch (mat.channels()) {
    case 1:
        format = QImage::Format_Grayscale8;
        break;
    case 3:
        format = QImage::Format_RGB888;
        break;
    case 4:
        // ARGB32 is stored as the 32-bit value 0xAARRGGBB, i.e. B, G, R, A in memory on a
        // little-endian machine (the only kind we build for, see the static_assert): a BGRA
        // Mat's byte order.
        format = QImage::Format_ARGB32;
        break;
    default:
        return {};
    }
    QImage image(mat.cols, mat.rows, format);
    if (image.isNull()) // allocation failed
        return {};
    cv::Mat target = wrap(image, mat.type());
    if (mat.channels() == 3) {
        cv::cvtColor(mat, target, cv::COLOR_BGR2RGB); // writes into the QImage's buffer
    } else {
        mat.copyTo(target);
    }
    Q_ASSERT(target.data == image.constBits()); // cvtColor/copyTo did not reallocate
    return image;
}

cv::Mat toMat(const QImage &source)
{
    if (source.isNull())
        return {};
    if (source.format() == QImage::Format_Grayscale8)
        return wrap(source, CV_8UC1).clone();
    if (source.format() == QImage::Format_RGB888) {
        cv::Mat bgr;
        cv::cvtColor(wrap(source, CV_8UC3), bgr, cv::COLOR_RGB2BGR);
        return bgr;
    }
    if (source.hasAlphaChannel()) {
        const QImage argb = source.convertToFormat(QImage::Format_ARGB32);
        return wrap(argb, CV_8UC4).clone();
    }
    const QImage rgb = source.convertToFormat(QImage::Format_RGB888);
    cv::Mat bgr;
    cv::cvtColor(wrap(rgb, CV_8UC3), bgr, cv::COLOR_RGB2BGR);
    return bgr;
}

} // namespace dv::imaging
