#include "sandbox/analysis/ImageDecoding.h"

#include "imaging/ImageHeader.h"

#include <QByteArray>
#include <algorithm>
#include <limits>
#include <new>
#include <opencv2/imgcodecs.hpp>

namespace dv::sandbox {

namespace {

constexpr long long kMinSide = 32;
constexpr long long kMaxPixels = 100'000'000;
constexpr long long kMaxAspect = 10;

AnalysisError error(const QString &message)
{
    return AnalysisError{message};
}

QString sizeText(long long width, long long height)
{
    return QStringLiteral("%1x%2").arg(width).arg(height);
}

/// Rejects sizes outside [32 px per side, 100 MP] and strips longer than 10:1 (no skin
/// photo is shaped like that, and the working copy would be a sliver); an empty string means
/// acceptable. Dimensions come from untrusted headers: no multiplication may overflow.
QString sizeProblem(long long width, long long height)
{
    if (width < kMinSide || height < kMinSide)
        return QStringLiteral("The image is too small (%1 px); each side needs at least %2 px.")
            .arg(sizeText(width, height))
            .arg(kMinSide);
    if (width > kMaxPixels / height)
        return QStringLiteral("The image is too large (%1 px, %2 MP); the limit is %3 MP.")
            .arg(sizeText(width, height))
            .arg(static_cast<double>(width) * static_cast<double>(height) / 1e6, 0, 'f', 1)
            .arg(kMaxPixels / 1'000'000);
    if (std::max(width, height) > kMaxAspect * std::min(width, height))
        return QStringLiteral("The image is too elongated (%1 px); the sides may differ at most "
                              "%2-fold.")
            .arg(sizeText(width, height))
            .arg(kMaxAspect);
    return {};
}

} // namespace

std::variant<cv::Mat, AnalysisError> decodeUploadedImage(const QByteArray &encoded)
{
    if (encoded.isEmpty())
        return error(QStringLiteral("No image data."));
    if (encoded.size() > std::numeric_limits<int>::max())
        return error(QStringLiteral("The image file is too large."));
    const auto header = imaging::readImageHeader(encoded);
    if (!header)
        return error(QStringLiteral(
            "Unsupported or damaged image: expected a JPEG, PNG, WebP, BMP or TIFF file."));
    if (const QString problem = sizeProblem(header->width, header->height); !problem.isEmpty())
        return error(problem);
    if (!header->complete)
        return error(QStringLiteral("The %1 file is truncated or damaged.")
                         .arg(imaging::formatName(header->format)));

    cv::Mat source;
    try {
        const cv::Mat raw(1, static_cast<int>(encoded.size()), CV_8U,
                          const_cast<char *>(encoded.constData()));
        source = cv::imdecode(raw, cv::IMREAD_COLOR); // applies EXIF orientation
    } catch (const cv::Exception &e) {
        return error(QStringLiteral("The %1 image could not be decoded: %2")
                         .arg(imaging::formatName(header->format), QString::fromStdString(e.msg)));
    } catch (const std::bad_alloc &) {
        return error(QStringLiteral("The %1 image could not be decoded: out of memory.")
                         .arg(imaging::formatName(header->format)));
    }
    if (source.empty())
        return error(QStringLiteral("The %1 image could not be decoded.")
                         .arg(imaging::formatName(header->format)));
    if (const QString problem = sizeProblem(source.cols, source.rows); !problem.isEmpty())
        return error(problem);
    return source;
}

} // namespace dv::sandbox
