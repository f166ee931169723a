#pragma once

// Heat maps and severity masks arrive as base64 JPEG/PNG inside the response. They are
// decoded only when drawn, with the same header checks and limits as photos, and any EXIF
// orientation in them is ignored: the service computed them on the uploaded pixels, which
// carry none, so their rows already match the photo's.

#include "imaging/ImagingResult.h"
#include "model/ClinicalTypes.h"

#include <QCoreApplication>
#include <QStringList>
#include <opencv2/core.hpp>

namespace dv::imaging {

enum class AttachmentPixels
{
    Colour, ///< heat maps, segmentations, annotations: CV_8UC3 BGR
    Grey,   ///< masks: CV_8UC1
};

struct DecodedAttachment
{
    cv::Mat pixels;
    /// Declared width/height/colour model/content type that disagree with the decoded image.
    /// The image is still usable (it is stretched to the photo); the caller shows these.
    QStringList warnings;
};

class HeatMapDecoding
{
    Q_DECLARE_TR_FUNCTIONS(HeatMapDecoding)

public:
    /// Decodes an attachment's base64 image. Corrupt base64, an unsupported, damaged,
    /// truncated or oversized image give an error value.
    static ImagingResult<DecodedAttachment> decode(const model::Attachment &attachment,
                                                   AttachmentPixels pixels);

    /// The same checks for image bytes read from a file (`dermaview-cli overlay --heatmap`).
    static ImagingResult<DecodedAttachment> decodeBytes(const QByteArray &bytes,
                                                        AttachmentPixels pixels);

    /// Stretches an overlay to `photo`'s size. A heat map covers the whole uploaded image by
    /// definition, so a map of another size or aspect ratio is scaled to the photo's full
    /// geometry (stretched, never letterboxed or cropped). Linear interpolation: the maps are
    /// smooth, and a nearest-neighbour upscale would draw blocks the model never saw.
    static cv::Mat scaleToPhoto(const cv::Mat &overlay, cv::Size photo);

    /// True when the two sizes' aspect ratios differ by more than 1 % (worth a warning: the
    /// overlay may belong to another photo).
    static bool aspectDiffers(cv::Size a, cv::Size b);
};

} // namespace dv::imaging
