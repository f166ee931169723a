#include "imaging/HeatMapDecoding.h"

#include "imaging/ImageLoader.h"

#include <cmath>
#include <opencv2/imgproc.hpp>

namespace dv::imaging {

namespace {

ImagingError error(const QString &message)
{
    return ImagingError{message};
}

/// Base64 text without the line breaks some encoders insert; anything else that is not
/// base64 makes the decode fail rather than silently skip characters.
QByteArray base64Text(const QString &text)
{
    QByteArray latin1;
    latin1.reserve(text.size());
    for (const QChar c : text) {
        if (c == QLatin1Char('\n') || c == QLatin1Char('\r'))
            continue;
        if (c.unicode() > 0x7F)
            return QByteArray("!"); // not base64; fails below
        latin1.append(static_cast<char>(c.unicode()));
    }
    return latin1;
}

} // namespace

ImagingResult<DecodedAttachment> HeatMapDecoding::decodeBytes(const QByteArray &bytes,
                                                              AttachmentPixels pixels)
{
    ImagingResult<ImageHeader> checked = ImageLoader::checkHeader(bytes);
    if (isError(checked))
        return std::get<ImagingError>(checked);
    const ImageHeader header = std::get<ImageHeader>(checked);
    if (header.format != ImageFormat::Jpeg && header.format != ImageFormat::Png)
        return error(tr("The overlay image is a %1 file; only JPEG and PNG are expected.")
                         .arg(formatName(header.format)));
    ImagingResult<cv::Mat> decoded = ImageLoader::decodeStored(bytes, header);
    if (isError(decoded))
        return std::get<ImagingError>(decoded);
    DecodedAttachment result;
    result.pixels = std::get<cv::Mat>(decoded);
    if (pixels == AttachmentPixels::Grey) {
        cv::Mat grey;
        cv::cvtColor(result.pixels, grey, cv::COLOR_BGR2GRAY);
        result.pixels = grey;
    }
    return result;
}

ImagingResult<DecodedAttachment> HeatMapDecoding::decode(const model::Attachment &attachment,
                                                         AttachmentPixels pixels)
{
    if (!attachment.hasData())
        return error(tr("The overlay carries no image data."));
    const auto base64 = QByteArray::fromBase64Encoding(base64Text(attachment.base64Data),
                                                       QByteArray::AbortOnBase64DecodingErrors);
    if (!base64)
        return error(tr("The overlay's base64 data is corrupt."));
    ImagingResult<DecodedAttachment> decoded = decodeBytes(*base64, pixels);
    if (isError(decoded))
        return decoded;
    DecodedAttachment &result = std::get<DecodedAttachment>(decoded);

    const int width = result.pixels.cols;
    const int height = result.pixels.rows;
    if ((attachment.width && *attachment.width != width) ||
        (attachment.height && *attachment.height != height))
        result.warnings << tr("The overlay declares %1 × %2 pixels but contains %3 × %4; it is "
                              "scaled to the photo all the same.")
                               .arg(attachment.width ? QString::number(*attachment.width)
                                                     : QStringLiteral("?"),
                                    attachment.height ? QString::number(*attachment.height)
                                                      : QStringLiteral("?"))
                               .arg(width)
                               .arg(height);
    const std::optional<ImageHeader> header = readImageHeader(*base64);
    const int channels = header ? header->channels : 0;
    const QString model = attachment.colorModel.trimmed().toUpper();
    const bool declaredGrey = model == QLatin1String("L") || model == QLatin1String("GRAY") ||
                              model == QLatin1String("GREY") || model == QLatin1String("GRAYSCALE");
    const bool declaredColour = model == QLatin1String("RGB") || model == QLatin1String("RGBA");
    if (!model.isEmpty() && channels > 0 &&
        ((declaredGrey && channels >= 3) || (declaredColour && channels < 3) ||
         (!declaredGrey && !declaredColour)))
        result.warnings << tr("The overlay declares the colour model \"%1\" but is stored with "
                              "%n channel(s).",
                              nullptr, channels)
                               .arg(attachment.colorModel);
    const QString type = attachment.contentType.trimmed().toLower();
    if (header && !type.isEmpty()) {
        const bool jpeg = header->format == ImageFormat::Jpeg;
        const bool matches =
            jpeg ? (type == QLatin1String("image/jpeg") || type == QLatin1String("image/jpg"))
                 : type == QLatin1String("image/png");
        if (!matches)
            result.warnings << tr("The overlay declares the type \"%1\" but is a %2 image.")
                                   .arg(attachment.contentType, formatName(header->format));
    }
    return decoded;
}

cv::Mat HeatMapDecoding::scaleToPhoto(const cv::Mat &overlay, cv::Size photo)
{
    if (overlay.size() == photo)
        return overlay;
    cv::Mat scaled;
    const bool shrinking = overlay.cols > photo.width && overlay.rows > photo.height;
    cv::resize(overlay, scaled, photo, 0, 0, shrinking ? cv::INTER_AREA : cv::INTER_LINEAR);
    return scaled;
}

bool HeatMapDecoding::aspectDiffers(cv::Size a, cv::Size b)
{
    if (a.area() <= 0 || b.area() <= 0)
        return true;
    const double ra = static_cast<double>(a.width) / a.height;
    const double rb = static_cast<double>(b.width) / b.height;
    return std::abs(ra - rb) > 0.01 * rb;
}

} // namespace dv::imaging
