#include "CasePhotoLoader.h"

#include "ImageFileLoader.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QMimeDatabase>

namespace dv::ui {

LoadedCasePhoto loadCasePhoto(const QString &path)
{
    LoadedCasePhoto result;
    result.photo.path = path;
    // The imaging library pairs the bytes to upload (metadata stripped, upright) with the
    // pixels they decode to, so the heat map lands on the skin the clinician sees.
    const LoadedImage decoded = loadImageFile(path);
    if (!decoded.error.isEmpty()) {
        result.error = decoded.error;
        return result;
    }
    if (decoded.uploadBytes.size() > maxUploadBytes) {
        result.error = QCoreApplication::translate("dv::ui::CasePhotoLoader",
                                                   "%1 is larger than %2 MB and cannot be sent.")
                           .arg(QFileInfo(path).fileName())
                           .arg(maxUploadBytes >> 20);
        return result;
    }
    result.photo.uploadBytes = decoded.uploadBytes;
    result.photo.contentType =
        QMimeDatabase().mimeTypeForData(decoded.uploadBytes).name(); // JPEG or PNG
    result.photo.image = decoded.image;
    return result;
}

} // namespace dv::ui
