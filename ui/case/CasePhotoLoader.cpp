#include "CasePhotoLoader.h"

#include <QCoreApplication>
#include <QFileInfo>

namespace dv::ui {

QString cannotOpen(const QString &path, const QString &reason)
{
    return QCoreApplication::translate("dv::ui::CasePhotoLoader", "Cannot open %1: %2")
        .arg(path, reason);
}

LoadedCasePhoto casePhotoFrom(const QString &path, const imaging::PreparedImage &prepared)
{
    LoadedCasePhoto result;
    result.photo.path = path;
    if (prepared.uploadBytes.size() > maxUploadBytes) {
        result.error = QCoreApplication::translate("dv::ui::CasePhotoLoader",
                                                   "%1 is larger than %2 MB and cannot be sent.")
                           .arg(QFileInfo(path).fileName())
                           .arg(maxUploadBytes >> 20);
        return result;
    }
    result.photo.uploadBytes = prepared.uploadBytes;
    result.photo.contentType = prepared.uploadMimeType;
    result.photo.image = prepared.displayed;
    result.photo.makeDisplayCopies();
    return result;
}

} // namespace dv::ui
