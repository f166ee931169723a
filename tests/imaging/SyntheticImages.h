#pragma once

// Deterministic synthetic inputs for the imaging tests: every golden image and every pixel
// comparison starts from these, never from the shared photos.

#include <QByteArray>
#include <QString>
#include <QtGlobal>
#include <cmath>
#include <opencv2/core.hpp>
#include <opencv2/imgcodecs.hpp>
#include <opencv2/imgproc.hpp>
#include <vector>

namespace dv::test {

inline QByteArray toBytes(const std::vector<uchar> &buffer)
{
    return QByteArray(reinterpret_cast<const char *>(buffer.data()),
                      static_cast<qsizetype>(buffer.size()));
}

inline QByteArray encode(const cv::Mat &image, const char *extension,
                         const std::vector<int> &parameters = {})
{
    std::vector<uchar> buffer;
    if (!cv::imencode(extension, image, buffer, parameters))
        qFatal("cannot encode %s", extension);
    return toBytes(buffer);
}

inline cv::Mat decode(const QByteArray &bytes, int flags = cv::IMREAD_COLOR)
{
    const cv::Mat raw(1, static_cast<int>(bytes.size()), CV_8U,
                      const_cast<char *>(bytes.constData()));
    return cv::imdecode(raw, flags);
}

/// A "photo": smooth colour gradients plus a diagonal stripe, so every pixel differs.
inline cv::Mat syntheticPhoto(int width, int height)
{
    cv::Mat photo(height, width, CV_8UC3);
    for (int y = 0; y < height; ++y) {
        for (int x = 0; x < width; ++x) {
            const int stripe = ((x + y) / 7) % 2 ? 30 : 0;
            photo.at<cv::Vec3b>(y, x) =
                cv::Vec3b(static_cast<uchar>(60 + (x * 120) / std::max(1, width - 1)),
                          static_cast<uchar>(90 + (y * 100) / std::max(1, height - 1) - stripe / 2),
                          static_cast<uchar>(150 + stripe + (x * y) % 40));
        }
    }
    return photo;
}

/// A scalar attention map: a Gaussian blob centred at (cx, cy) (fractions of the size).
inline cv::Mat syntheticAttention(int width, int height, double cx = 0.6, double cy = 0.4)
{
    cv::Mat attention(height, width, CV_8UC1);
    const double sigma = 0.22 * std::max(width, height);
    for (int y = 0; y < height; ++y) {
        for (int x = 0; x < width; ++x) {
            const double dx = x - cx * width, dy = y - cy * height;
            const double value = 255.0 * std::exp(-(dx * dx + dy * dy) / (2 * sigma * sigma));
            attention.at<uchar>(y, x) = static_cast<uchar>(std::lround(value));
        }
    }
    return attention;
}

/// The attention map coloured as the service sends heat maps (JET, BGR).
inline cv::Mat jetHeatMap(const cv::Mat &attention)
{
    cv::Mat heat;
    cv::applyColorMap(attention, heat, cv::COLORMAP_JET);
    return heat;
}

/// Four solid quadrants (red, green, blue, white; BGR) — any rotation or mirror is visible.
inline cv::Mat quadrants(int width, int height)
{
    cv::Mat image(height, width, CV_8UC3);
    const int w = width / 2, h = height / 2;
    image(cv::Rect(0, 0, w, h)).setTo(cv::Scalar(0, 0, 255));
    image(cv::Rect(w, 0, width - w, h)).setTo(cv::Scalar(0, 255, 0));
    image(cv::Rect(0, h, w, height - h)).setTo(cv::Scalar(255, 0, 0));
    image(cv::Rect(w, h, width - w, height - h)).setTo(cv::Scalar(255, 255, 255));
    return image;
}

/// Largest per-channel difference between two images of the same size and type.
inline int maxDifference(const cv::Mat &a, const cv::Mat &b)
{
    if (a.size() != b.size() || a.type() != b.type())
        return 256;
    cv::Mat diff;
    cv::absdiff(a, b, diff);
    double max = 0;
    cv::minMaxLoc(diff.reshape(1), nullptr, &max);
    return static_cast<int>(max);
}

/// A JPEG APP1 Exif segment whose IFD0 holds Orientation and a GPS IFD pointer, followed by a
/// GPS IFD with a latitude reference and a marker string that must never be uploaded.
inline QByteArray exifSegment(int orientation)
{
    QByteArray tiff = QByteArray::fromHex("4d4d002a00000008"); // big-endian, IFD0 at 8
    tiff += QByteArray::fromHex("0002");                       // two entries
    tiff += QByteArray::fromHex("011200030000000100") + char(orientation) +
            QByteArray::fromHex("0000");                     // Orientation (SHORT)
    tiff += QByteArray::fromHex("882500040000000100000026"); // GPS IFD pointer: offset 38
    tiff += QByteArray::fromHex("00000000");                 // no IFD1
    // GPS IFD at offset 38 (= tiff.size() here): one ASCII entry pointing at the text.
    Q_ASSERT(tiff.size() == 38);
    tiff += QByteArray::fromHex("0001");
    tiff += QByteArray::fromHex("0001000200000010") + QByteArray::fromHex("00000038");
    tiff += QByteArray::fromHex("00000000");
    Q_ASSERT(tiff.size() == 56);
    tiff += QByteArray("SECRET-GPS-48.85", 16);
    const QByteArray payload = QByteArray("Exif\0\0", 6) + tiff;
    QByteArray segment = QByteArray::fromHex("ffe1");
    const auto length = static_cast<int>(payload.size() + 2);
    segment.append(char(length >> 8)).append(char(length & 0xff)).append(payload);
    return segment;
}

inline QByteArray segment(const char *markerHex, const QByteArray &payload)
{
    QByteArray s = QByteArray::fromHex(markerHex);
    const auto length = static_cast<int>(payload.size() + 2);
    s.append(char(length >> 8)).append(char(length & 0xff)).append(payload);
    return s;
}

/// `jpeg` with Exif (orientation + GPS), XMP, IPTC and a comment inserted after SOI.
inline QByteArray withMetadata(const QByteArray &jpeg, int orientation)
{
    QByteArray metadata = exifSegment(orientation);
    metadata += segment("ffe1", QByteArray("http://ns.adobe.com/xap/1.0/\0", 29) +
                                    "<x:xmpmeta>SECRET-XMP</x:xmpmeta>");
    metadata += segment("ffed", QByteArray("Photoshop 3.0\0", 14) + "8BIM SECRET-IPTC");
    metadata += segment("fffe", "SECRET-COMMENT");
    QByteArray out = jpeg;
    out.insert(2, metadata);
    out += "SECRET-TRAILER";
    return out;
}

} // namespace dv::test
