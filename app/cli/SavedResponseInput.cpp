#include "SavedResponseInput.h"

#include <QFile>
#include <QFileInfo>

namespace dv::cli {

std::optional<model::SavedResponse> SavedResponseInput::read(const QString &path, QString *error)
{
    if (QFileInfo(path).size() > model::maxSavedResponseBytes) {
        *error = tr("%1: the file is larger than %2 MB; it is not a saved response.")
                     .arg(path)
                     .arg(model::maxSavedResponseBytes / (1024 * 1024));
        return std::nullopt;
    }
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = tr("%1: cannot read the file: %2").arg(path, file.errorString());
        return std::nullopt;
    }
    model::Parsed<model::SavedResponse> response = model::readSavedResponse(file.readAll());
    if (!response) {
        *error = tr("%1: %2").arg(path, response.error().toString());
        return std::nullopt;
    }
    return response.value();
}

} // namespace dv::cli
