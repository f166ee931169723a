#include "cli/ReviewOutput.h"

#include "review/ReviewJson.h"
#include "review/ReviewText.h"

#include <QJsonDocument>

namespace dv::cli {

void printReview(const review::Review &review, bool json, QTextStream &out)
{
    if (json)
        out << QString::fromUtf8(
            QJsonDocument(review::reviewToJson(review)).toJson(QJsonDocument::Indented));
    else
        out << review::ReviewText::render(review);
}

} // namespace dv::cli
