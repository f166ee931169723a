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

ReviewOutputOptions::ReviewOutputOptions(QCommandLineParser &parser, RawAnswer rawAnswer)
    : m_parser(parser),
      m_out(QStringLiteral("out"), tr("Also save the service's raw answer to FILE."),
            QStringLiteral("FILE")),
      m_json(QStringLiteral("json"), tr("Print JSON instead of text.")),
      m_qa(QStringLiteral("qa"), tr("QA mode: reveal withheld outputs, marked NOT FOR "
                                    "CLINICAL USE."))
{
    if (rawAnswer == RawAnswer::Saved)
        parser.addOption(m_out);
    parser.addOption(m_json);
    parser.addOption(m_qa);
}

review::ReviewOptions ReviewOutputOptions::reviewOptions() const
{
    review::ReviewOptions options;
    options.qaMode = qaMode();
    return options;
}

} // namespace dv::cli
