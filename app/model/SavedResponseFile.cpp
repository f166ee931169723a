#include "model/SavedResponseFile.h"

#include <QFile>
#include <QFileInfo>

namespace dv::model {

std::variant<SavedResponseFile, QString> SavedResponseFile::read(const QString &path)
{
    if (QFileInfo(path).size() > maxSavedResponseBytes)
        return tr("%1: the file is larger than %2 MB; it is not a saved response.")
            .arg(path)
            .arg(maxSavedResponseBytes / (1024 * 1024));
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return tr("%1: cannot read the file: %2").arg(path, file.errorString());
    QByteArray bytes = file.readAll();
    Parsed<SavedResponse> response = readSavedResponse(bytes);
    if (!response)
        return tr("%1: %2").arg(path, response.error().toString());
    return SavedResponseFile{response.value(), std::move(bytes)};
}

} // namespace dv::model
