#include "cli/ReviewOutput.h"

#include "review/ReviewJson.h"
#include "review/ReviewText.h"

#include <QJsonDocument>
#include <QSaveFile>

namespace dv::cli {

void printReview(const review::Review &review, bool json, QTextStream &out)
{
    if (json)
        out << QString::fromUtf8(
            QJsonDocument(review::reviewToJson(review)).toJson(QJsonDocument::Indented));
    else
        out << review::ReviewText::render(review);
}

bool saveFile(const QString &path, const QByteArray &bytes, QTextStream &err)
{
    QSaveFile file(path);
    if (file.open(QIODevice::WriteOnly) && file.write(bytes) == bytes.size() && file.commit())
        return true;
    err << QCoreApplication::translate("dv::cli", "%1: cannot save: %2")
               .arg(path, file.errorString())
        << '\n';
    return false;
}

} // namespace dv::cli
