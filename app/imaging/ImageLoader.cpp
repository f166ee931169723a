#include "imaging/ImageLoader.h"

#include "imaging/DecodeLimits.h"
#include "imaging/ExifOrientation.h"
#include "imaging/JpegMetadata.h"
#include "imaging/MatConversion.h"
#include "imaging/ReducedDecode.h"

#include <QFile>
#include <QFileInfo>
#include <algorithm>
#include <new>
#include <opencv2/imgcodecs.hpp>
#include <opencv2/imgproc.hpp>
#include <vector>

namespace dv::imaging {

namespace {

ImagingError error(const QString &message)
{
    return ImagingError{message};
}

QByteArray toBytes(const std::vector<uchar> &buffer)
{
    return QByteArray(reinterpret_cast<const char *>(buffer.data()),
                      static_cast<qsizetype>(buffer.size()));
}

/// Encodes `bgr` (JPEG or PNG); empty on failure.
QByteArray encode(const cv::Mat &bgr, bool jpeg)
{
    std::vector<uchar> buffer;
    try {
        const bool ok =
            jpeg ? cv::imencode(".jpg", bgr, buffer,
                                {cv::IMWRITE_JPEG_QUALITY, ImageLoader::reencodedJpegQuality})
                 // Level 1: a 24 MP PNG in ~1 s instead of ~4 s; lossless either way.
                 : cv::imencode(".png", bgr, buffer, {cv::IMWRITE_PNG_COMPRESSION, 1});
        if (!ok)
            return {};
    } catch (const cv::Exception &) {
        return {};
    } catch (const std::bad_alloc &) {
        return {};
    }
    return toBytes(buffer);
}

} // namespace

ImagingResult<QByteArray> ImageLoader::readFile(const QString &path)
{
    const QFileInfo info(path);
    if (!info.exists())
        return error(tr("The file does not exist."));
    if (info.size() > DecodeLimits::maxFileBytes)
        return error(tr("The file is larger than %1 MB; it is not a photo.")
                         .arg(DecodeLimits::maxFileBytes / (1024 * 1024)));
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return error(tr("Cannot read the file: %1").arg(file.errorString()));
    // Read at most one byte past the limit: the file may have grown since the size check.
    QByteArray bytes = file.read(DecodeLimits::maxFileBytes + 1);
    if (bytes.size() > DecodeLimits::maxFileBytes)
        return error(tr("The file is larger than %1 MB; it is not a photo.")
                         .arg(DecodeLimits::maxFileBytes / (1024 * 1024)));
    if (bytes.isEmpty())
        return error(tr("The file is empty."));
    return bytes;
}

ImagingResult<ImageHeader> ImageLoader::checkHeader(const QByteArray &bytes)
{
    if (bytes.isEmpty())
        return error(tr("No image data."));
    if (bytes.size() > DecodeLimits::maxFileBytes)
        return error(tr("The image data is larger than %1 MB.")
                         .arg(DecodeLimits::maxFileBytes / (1024 * 1024)));
    const std::optional<ImageHeader> header = readImageHeader(bytes);
    if (!header)
        return error(
            tr("Unsupported or damaged image: expected a JPEG, PNG, TIFF, BMP or WebP file."));
    if (const QString problem = DecodeLimits::dimensionProblem(header->width, header->height);
        !problem.isEmpty())
        return error(problem);
    if (!header->complete)
        return error(tr("The %1 file is truncated or damaged; it cannot be shown safely.")
                         .arg(formatName(header->format)));
    return *header;
}

ImagingResult<cv::Mat> ImageLoader::decodeStored(const QByteArray &bytes, const ImageHeader &header,
                                                 int reduction)
{
    cv::Mat decoded;
    try {
        const cv::Mat raw(1, static_cast<int>(bytes.size()), CV_8U,
                          const_cast<char *>(bytes.constData()));
        const int flags =
            (header.format == ImageFormat::Jpeg ? reducedDecodeFlag(reduction) : cv::IMREAD_COLOR) |
            cv::IMREAD_IGNORE_ORIENTATION; // applied by us, once
        decoded = cv::imdecode(raw, flags);
    } catch (const cv::Exception &) {
        decoded.release();
    } catch (const std::bad_alloc &) {
        return error(tr("The %1 image could not be decoded: not enough memory.")
                         .arg(formatName(header.format)));
    }
    if (decoded.empty() || decoded.type() != CV_8UC3)
        return error(tr("The %1 image could not be decoded; the file is damaged or uses a "
                        "variant that is not supported.")
                         .arg(formatName(header.format)));
    // The header is what the limits were checked against: a decoder seeing other dimensions
    // (a second frame, a lying container) gets no benefit of the doubt.
    if (reduction == 1 && (decoded.cols != header.width || decoded.rows != header.height))
        return error(
            tr("The %1 image's pixels do not match its header.").arg(formatName(header.format)));
    return decoded;
}

ImagingResult<PreparedImage> ImageLoader::prepare(const QByteArray &fileBytes)
{
    const ImagingResult<ImageHeader> checked = checkHeader(fileBytes);
    if (isError(checked))
        return std::get<ImagingError>(checked);
    const ImageHeader &header = std::get<ImageHeader>(checked);

    PreparedImage prepared;
    prepared.sourceFormat = header.format;
    prepared.orientation = header.orientation;
    cv::Mat displayed;

    const bool losslessJpeg = header.format == ImageFormat::Jpeg && header.orientation == 1 &&
                              (header.channels == 1 || header.channels == 3);
    if (losslessJpeg) {
        const std::optional<JpegInfo> jpeg = readJpeg(fileBytes, true);
        if (!jpeg || jpeg->withoutMetadata.isEmpty())
            return error(tr("The JPEG file is truncated or damaged; it cannot be shown safely."));
        prepared.uploadBytes = jpeg->withoutMetadata;
        prepared.uploadMimeType = QStringLiteral("image/jpeg");
        prepared.encoding = UploadEncoding::StrippedOriginal;
        auto decoded = decodeStored(prepared.uploadBytes, header);
        if (isError(decoded))
            return std::get<ImagingError>(decoded);
        displayed = std::get<cv::Mat>(decoded);
    } else {
        auto decoded = decodeStored(fileBytes, header);
        if (isError(decoded))
            return std::get<ImagingError>(decoded);
        const cv::Mat upright =
            applyExifOrientation(std::get<cv::Mat>(decoded), header.orientation);
        const bool jpeg = header.format == ImageFormat::Jpeg;
        prepared.uploadBytes = encode(upright, jpeg);
        if (prepared.uploadBytes.isEmpty())
            return error(tr("The image could not be re-encoded for upload (not enough memory?)."));
        prepared.uploadMimeType = jpeg ? QStringLiteral("image/jpeg") : QStringLiteral("image/png");
        prepared.encoding = jpeg ? UploadEncoding::ReencodedJpeg : UploadEncoding::ReencodedPng;
        if (jpeg) {
            // JPEG is lossy: show what the re-encoded bytes decode to, not what went in.
            ImageHeader reencoded = header;
            reencoded.width = upright.cols;
            reencoded.height = upright.rows;
            reencoded.orientation = 1;
            auto again = decodeStored(prepared.uploadBytes, reencoded);
            if (isError(again))
                return std::get<ImagingError>(again);
            displayed = std::get<cv::Mat>(again);
        } else {
            displayed = upright; // PNG is lossless: these are the encoded pixels
        }
    }
    prepared.displayed = toQImage(displayed);
    if (prepared.displayed.isNull())
        return error(tr("Not enough memory to show the image."));
    return prepared;
}

ImagingResult<PreparedImage> ImageLoader::prepareFile(const QString &path)
{
    auto bytes = readFile(path);
    if (isError(bytes))
        return std::get<ImagingError>(bytes);
    return prepare(std::get<QByteArray>(bytes));
}

ImagingResult<QImage> ImageLoader::decodePreview(const QByteArray &fileBytes, int minimumLongSide)
{
    const ImagingResult<ImageHeader> checked = checkHeader(fileBytes);
    if (isError(checked))
        return std::get<ImagingError>(checked);
    const ImageHeader &header = std::get<ImageHeader>(checked);
    const long long longSide = std::max(header.width, header.height);
    const int reduction =
        header.format == ImageFormat::Jpeg ? jpegReduction(longSide, minimumLongSide) : 1;
    auto decoded = decodeStored(fileBytes, header, reduction);
    if (isError(decoded))
        return std::get<ImagingError>(decoded);
    cv::Mat preview = applyExifOrientation(std::get<cv::Mat>(decoded), header.orientation);
    const int previewLong = std::max(preview.cols, preview.rows);
    if (header.format != ImageFormat::Jpeg && previewLong > 2 * minimumLongSide) {
        const double scale = static_cast<double>(minimumLongSide) / previewLong;
        cv::Mat smaller;
        cv::resize(preview, smaller, cv::Size(), scale, scale, cv::INTER_AREA);
        preview = smaller;
    }
    QImage image = toQImage(preview);
    if (image.isNull())
        return error(tr("Not enough memory to show the image."));
    return image;
}

} // namespace dv::imaging
