#pragma once

#include <QByteArray>
#include <QImage>
#include <QString>
#include <opencv2/core.hpp>

namespace dv::ui {

/// One photo of the case: the bytes that are uploaded and the image that is displayed, which
/// show the same pixels, plus the clinician's optional title.
struct CasePhoto
{
    QString path;
    QString title;
    QByteArray uploadBytes;
    QString contentType;
    QImage image;      ///< full resolution, Format_RGB32 (cheap to paint)
    QImage screen;     ///< the same, long side ≤ kScreenLongSide: what fit-to-window draws
    QImage thumbnail;  ///< long side kThumbnailSide
    cv::Mat screenBgr; ///< `screen` as OpenCV BGR, what overlays are composed on

    static constexpr int kScreenLongSide = 2048;
    static constexpr int kThumbnailSide = 96;

    /// The title if given, else the file name.
    QString label() const;
    /// Fills screen and thumbnail from image (and makes image Format_RGB32). Seconds of
    /// scaling for a large photo: call it on a worker thread.
    void makeDisplayCopies();
};

} // namespace dv::ui
