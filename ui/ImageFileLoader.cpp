#include "ImageFileLoader.h"

#include <QCoreApplication>
#include <QImageReader>

namespace dv::ui {

LoadedImage loadImageFile(const QString &path)
{
    LoadedImage result;
    result.path = path;
    QImageReader reader(path);
    reader.setAutoTransform(true);
    reader.setAllocationLimit(imageAllocationLimitMB);
    if (!reader.read(&result.image)) {
        result.image = QImage();
        result.error = QCoreApplication::translate("dv::ui::ImageFileLoader", "Cannot open %1: %2")
                           .arg(path, reader.errorString());
    }
    return result;
}

} // namespace dv::ui
