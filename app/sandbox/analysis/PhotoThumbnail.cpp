#include "sandbox/analysis/PhotoThumbnail.h"

#include "imaging/ImageHeader.h"
#include "imaging/ReducedDecode.h"

#include <algorithm>
#include <cmath>
#include <limits>
#include <new>
#include <opencv2/imgcodecs.hpp>
#include <opencv2/imgproc.hpp>
#include <vector>

namespace dv::sandbox {

namespace {

/// decodeUploadedImage()'s limit. The server only thumbnails photos the analysis accepted;
/// this keeps the function safe on its own.
constexpr long long kMaxPixels = 100'000'000;

} // namespace

QByteArray photoThumbnail(const QByteArray &encoded, int maxSide, int quality)
{
    if (encoded.isEmpty() || encoded.size() > std::numeric_limits<int>::max() || maxSide < 1)
        return {};
    // Only the accepted formats reach OpenCV, and only with sizes that cannot be a lie.
    const auto header = imaging::readImageHeader(encoded);
    if (!header || !header->complete || header->width < 1 || header->height < 1 ||
        header->width > kMaxPixels / header->height)
        return {};

    try {
        const cv::Mat raw(1, static_cast<int>(encoded.size()), CV_8U,
                          const_cast<char *>(encoded.constData()));
        // The reduced flags apply EXIF orientation too (only IMREAD_UNCHANGED and
        // IMREAD_IGNORE_ORIENTATION skip it).
        cv::Mat image = cv::imdecode(raw, imaging::reducedDecodeFlag(imaging::jpegReduction(
                                              std::max(header->width, header->height), maxSide)));
        if (image.empty())
            return {};
        const int longSide = std::max(image.cols, image.rows);
        if (longSide > maxSide) {
            const double scale = double(maxSide) / double(longSide);
            const cv::Size size(std::max(1, int(std::lround(image.cols * scale))),
                                std::max(1, int(std::lround(image.rows * scale))));
            cv::Mat reduced;
            cv::resize(image, reduced, size, 0, 0, cv::INTER_AREA);
            image = reduced;
        }
        std::vector<uchar> jpeg;
        if (!cv::imencode(".jpg", image, jpeg,
                          {cv::IMWRITE_JPEG_QUALITY, std::clamp(quality, 0, 100)}))
            return {};
        return QByteArray(reinterpret_cast<const char *>(jpeg.data()),
                          static_cast<qsizetype>(jpeg.size()));
    } catch (const cv::Exception &) {
        return {};
    } catch (const std::bad_alloc &) {
        return {};
    }
}

} // namespace dv::sandbox
