#include "cli/ImageInput.h"

#include <QFile>
#include <QFileInfo>
#include <QMimeDatabase>

namespace dv::cli {

std::optional<api::ImageUpload> ImageInput::read(const QString &path, QTextStream &err)
{
    QFile file(path);
    if (QFileInfo(path).size() > maxBytes) {
        err << tr("%1: the file is larger than %2 MB.").arg(path).arg(maxBytes >> 20) << '\n';
        return std::nullopt;
    }
    if (!file.open(QIODevice::ReadOnly)) {
        err << tr("%1: cannot read the file: %2").arg(path, file.errorString()) << '\n';
        return std::nullopt;
    }
    api::ImageUpload image;
    image.bytes = file.readAll();
    image.contentType = QMimeDatabase().mimeTypeForFileNameAndData(path, image.bytes).name();
    image.title = QFileInfo(path).fileName();
    return image;
}

} // namespace dv::cli
