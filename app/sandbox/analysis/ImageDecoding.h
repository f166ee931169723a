#pragma once

// The one gate every uploaded photo passes before OpenCV decodes it, shared by the diagnosis
// and severity endpoints: only the formats the API accepts, sizes checked from the header
// before any pixel memory is allocated, and files the container proves truncated refused.
// Letting cv::imdecode guess instead would hand hostile bytes to every codec OpenCV was
// built with (JPEG 2000, GDAL via temporary files, ...).

#include <QString>
#include <opencv2/core.hpp>
#include <variant>

class QByteArray;

namespace dv::sandbox {

struct AnalysisError
{
    QString message; ///< a sentence fit to show a person
};

/// Decodes JPEG, PNG, WebP, BMP or TIFF bytes into 8-bit BGR with EXIF orientation applied.
/// Unsupported, truncated, undecodable, too small (a side under 32 px), too large (over
/// 100 MP) or too elongated (over 10:1) input yields an AnalysisError. Never throws.
std::variant<cv::Mat, AnalysisError> decodeUploadedImage(const QByteArray &encoded);

} // namespace dv::sandbox
