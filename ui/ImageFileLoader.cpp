#include "ImageFileLoader.h"

#include "imaging/ImageLoader.h"

#include <QCoreApplication>

namespace dv::ui {

LoadedImage loadImageFile(const QString &path)
{
    LoadedImage result;
    result.path = path;
    const auto prepared = imaging::ImageLoader::prepareFile(path);
    if (imaging::isError(prepared)) {
        result.error = QCoreApplication::translate("dv::ui::ImageFileLoader", "Cannot open %1: %2")
                           .arg(path, imaging::errorMessage(prepared));
        return result;
    }
    const auto &image = std::get<imaging::PreparedImage>(prepared);
    result.image = image.displayed;
    result.uploadBytes = image.uploadBytes;
    return result;
}

} // namespace dv::ui
