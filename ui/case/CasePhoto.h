#pragma once

#include <QByteArray>
#include <QImage>
#include <QString>

namespace dv::ui {

/// One photo of the case: the bytes that are uploaded and the image that is displayed, which
/// show the same pixels, plus the clinician's optional title.
struct CasePhoto
{
    QString path;
    QString title;
    QByteArray uploadBytes;
    QString contentType;
    QImage image;

    /// The title if given, else the file name.
    QString label() const;
};

} // namespace dv::ui
