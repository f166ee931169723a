#include "CasePhotoLoader.h"

#include "ImageFileLoader.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QMimeDatabase>

namespace dv::ui {

LoadedCasePhoto loadCasePhoto(const QString &path)
{
    LoadedCasePhoto result;
    result.photo.path = path;
    if (QFileInfo(path).size() > maxUploadBytes) {
        result.error = QCoreApplication::translate("dv::ui::CasePhotoLoader",
                                                   "%1 is larger than %2 MB and cannot be sent.")
                           .arg(QFileInfo(path).fileName())
                           .arg(maxUploadBytes >> 20);
        return result;
    }
    const LoadedImage decoded = loadImageFile(path);
    if (!decoded.error.isEmpty()) {
        result.error = decoded.error;
        return result;
    }
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        result.error = QCoreApplication::translate("dv::ui::CasePhotoLoader", "Cannot open %1: %2")
                           .arg(path, file.errorString());
        return result;
    }
    result.photo.uploadBytes = file.readAll();
    result.photo.contentType =
        QMimeDatabase().mimeTypeForFileNameAndData(path, result.photo.uploadBytes).name();
    result.photo.image = decoded.image;
    return result;
}

} // namespace dv::ui
