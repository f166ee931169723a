#include "cli/ExportCommand.h"

#include "cli/ExitCode.h"
#include "export/ExportFile.h"
#include "export/ExportPhotos.h"
#include "export/ResultPdf.h"
#include "imaging/ImageLoader.h"
#include "model/SavedResponseFile.h"
#include "review/Review.h"

#include <QCommandLineParser>
#include <QDateTime>
#include <QFile>
#include <QFileInfo>

namespace dv::cli {

namespace {

QString usageLine()
{
    return ExportCommand::tr("Usage: dermaview-cli export --out FILE.pdf RESPONSE.json "
                             "[--image IMG ...] [--mode blend|attention|contour] [--qa]");
}

} // namespace

int ExportCommand::run(const QStringList &arguments, QTextStream &out, QTextStream &err)
{
    QCommandLineParser parser;
    const QCommandLineOption outOption({QStringLiteral("o"), QStringLiteral("out")},
                                       tr("The PDF to write."), QStringLiteral("FILE.pdf"));
    const QCommandLineOption imageOption(
        QStringLiteral("image"),
        tr("A photo of the response, in the response's image order (repeat for each)."),
        QStringLiteral("IMG"));
    const QCommandLineOption modeOption(QStringLiteral("mode"),
                                        tr("Heat-map overlay: blend (default), attention or "
                                           "contour."),
                                        QStringLiteral("MODE"));
    const QCommandLineOption qaOption(QStringLiteral("qa"),
                                      tr("QA mode: include withheld outputs, every page "
                                         "watermarked NOT FOR CLINICAL USE."));
    for (const QCommandLineOption *option : {&outOption, &imageOption, &modeOption, &qaOption})
        parser.addOption(*option);
    if (!parser.parse(QStringList{QStringLiteral("export")} + arguments)) {
        err << parser.errorText() << '\n' << usageLine() << '\n';
        return UsageError;
    }
    if (parser.positionalArguments().size() != 1 || !parser.isSet(outOption)) {
        err << usageLine() << '\n';
        return UsageError;
    }
    imaging::OverlayStyle style;
    if (parser.isSet(modeOption)) {
        const std::optional<imaging::OverlayMode> mode =
            imaging::overlayModeFromName(parser.value(modeOption));
        if (!mode) {
            err << tr("Unknown mode \"%1\".").arg(parser.value(modeOption)) << '\n'
                << usageLine() << '\n';
            return UsageError;
        }
        style.mode = *mode;
        // The window's defaults for each mode.
        style.opacity = style.mode == imaging::OverlayMode::Contour     ? 1.0
                        : style.mode == imaging::OverlayMode::Attention ? 0.6
                                                                        : 0.5;
    }

    const QString path = parser.positionalArguments().constFirst();
    const auto read = model::SavedResponseFile::read(path);
    const QString *readError = std::get_if<QString>(&read);
    const model::SavedResponse *response =
        readError ? nullptr : &std::get<model::SavedResponseFile>(read).response;
    if (!response) {
        err << *readError << '\n';
        return InvalidInput;
    }
    review::ReviewOptions options;
    options.qaMode = parser.isSet(qaOption);
    const std::optional<review::Review> review = review::Reviewer::review(*response, options);
    if (!review) {
        err << tr("%1: a %2 response carries no result to export.")
                   .arg(path, model::responseKindName(response->kind))
            << '\n';
        return InvalidInput;
    }

    exporting::ResultExportContent content;
    content.review = *review;
    content.server = tr("saved response %1").arg(QFileInfo(path).fileName());
    content.appVersion = QCoreApplication::applicationVersion();
    content.exportedAt = QDateTime::currentDateTime();
    const QStringList photos = parser.values(imageOption);
    if (!photos.isEmpty() && photos.size() != review->images.size()) {
        err << tr("%1 has %n image(s), but %2 photo(s) were given; give one --image per image, "
                  "in the response's order, or none.",
                  nullptr, static_cast<int>(review->images.size()))
                   .arg(path)
                   .arg(photos.size())
            << '\n';
        return UsageError;
    }
    const auto *diagnosis = std::get_if<model::DiagnosisReport>(&response->value);
    for (qsizetype i = 0; i < photos.size(); ++i) {
        const QString &photoPath = photos.at(i);
        auto bytes = imaging::ImageLoader::readFile(photoPath);
        if (imaging::isError(bytes)) {
            err << QStringLiteral("%1: %2").arg(photoPath, imaging::errorMessage(bytes)) << '\n';
            return InvalidInput;
        }
        // A DCT-scaled decode just large enough for the page: a 24 MP photo is never held
        // at full size.
        auto photo = imaging::ImageLoader::decodePreview(std::get<QByteArray>(bytes),
                                                         exporting::ExportPhotos::pageLongSide);
        if (imaging::isError(photo)) {
            err << QStringLiteral("%1: %2").arg(photoPath, imaging::errorMessage(photo)) << '\n';
            return InvalidInput;
        }
        content.photos.append(exporting::ExportPhotos::prepare(std::get<QImage>(photo),
                                                               QFileInfo(photoPath).fileName(),
                                                               *review, diagnosis, i, -1, style));
    }

    const exporting::ResultPdf::Rendered rendered = exporting::ResultPdf::render(content);
    QString error = rendered.error;
    const QString outPath = parser.value(outOption);
    if (rendered.pdf.isEmpty() || !exporting::ExportFile::write(outPath, rendered.pdf, &error)) {
        err << error << '\n';
        return InvalidInput;
    }
    out << tr("Wrote %1 (%n page(s)).", nullptr, rendered.pageCount).arg(outPath) << '\n';
    if (review->qaMode)
        out << review::Reviewer::qaWatermark() << '\n';
    out << review::Reviewer::disclaimer() << '\n';
    return Reviewed;
}

} // namespace dv::cli
