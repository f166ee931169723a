#include "cli/OverlayCommand.h"

#include "cli/ExitCode.h"
#include "cli/ReviewOutput.h"
#include "imaging/HeatMapDecoding.h"
#include "imaging/ImageLoader.h"
#include "imaging/MatConversion.h"
#include "imaging/OverlayCompositor.h"
#include "imaging/QaWatermark.h"
#include "model/SavedResponseFile.h"
#include "review/Review.h"

#include <QBuffer>
#include <QCommandLineParser>
#include <QFile>
#include <QFileInfo>
#include <QGuiApplication>
#include <QImageWriter>
#include <QLocale>

namespace dv::cli {

namespace {

using imaging::ImagingError;
using imaging::isError;

/// What the overlay draws and the report it comes from (empty for --heatmap).
struct HeatMapSource
{
    cv::Mat heatMap;
    QStringList warnings;
    QString reportId;
    QString issued;
    QString conclusion; ///< "EA89 Eczematous dermatitis (94.9 %)"
    bool qaRevealed = false;
};

struct Failure
{
    int exitCode = InvalidInput;
    QString message;
};

std::variant<HeatMapSource, Failure> heatMapFromFile(const QString &path)
{
    auto bytes = imaging::ImageLoader::readFile(path);
    if (isError(bytes))
        return Failure{InvalidInput, QStringLiteral("%1: %2").arg(path, errorMessage(bytes))};
    auto decoded = imaging::HeatMapDecoding::decodeBytes(std::get<QByteArray>(bytes),
                                                         imaging::AttachmentPixels::Colour);
    if (isError(decoded))
        return Failure{InvalidInput, QStringLiteral("%1: %2").arg(path, errorMessage(decoded))};
    HeatMapSource source;
    source.heatMap = std::get<imaging::DecodedAttachment>(decoded).pixels;
    return source;
}

std::variant<HeatMapSource, Failure> heatMapFromResponse(const QString &path, qsizetype imageIndex,
                                                         qsizetype rank, bool qaMode)
{
    const auto read = model::SavedResponseFile::read(path);
    const QString *error = std::get_if<QString>(&read);
    const model::SavedResponse *response =
        error ? nullptr : &std::get<model::SavedResponseFile>(read).response;
    if (!response)
        return Failure{InvalidInput, *error};
    const auto *report = std::get_if<model::DiagnosisReport>(&response->value);
    if (!report)
        return Failure{InvalidInput,
                       OverlayCommand::tr("%1: a %2 response carries no heat maps; a saved "
                                          "diagnosis-support response is needed.")
                           .arg(path, model::responseKindName(response->kind))};
    if (imageIndex < 0 || imageIndex >= report->images.size())
        return Failure{InvalidInput,
                       OverlayCommand::tr("%1: there is no image %2; the response has %n "
                                          "image(s), numbered from 0.",
                                          nullptr, static_cast<int>(report->images.size()))
                           .arg(path)
                           .arg(imageIndex)};

    review::ReviewOptions options;
    options.qaMode = qaMode;
    const review::Review review = review::Reviewer::review(*report, options);
    const review::ImageReview &image = review.images.at(imageIndex);
    if (!image.gate.shown) {
        const QString reasons = image.gate.reasons.join(QStringLiteral("; "));
        return Failure{InvalidInput,
                       OverlayCommand::tr("Image %1 is not valid for clinical use, so its heat "
                                          "maps are withheld: %2 %3 For model QA only, --qa "
                                          "reveals them marked NOT FOR CLINICAL USE.")
                           .arg(imageIndex)
                           .arg(reasons, image.retakePrompt)};
    }
    const QVector<review::RankedConclusion> &ranked = image.differential.ranked;
    if (rank < 1 || rank > ranked.size())
        return Failure{InvalidInput,
                       OverlayCommand::tr("Image %1 has no rank %2; its differential has %n "
                                          "conclusion(s), ranked from 1.",
                                          nullptr, static_cast<int>(ranked.size()))
                           .arg(imageIndex)
                           .arg(rank)};
    const review::RankedConclusion &entry = ranked.at(rank - 1);
    const model::Conclusion &conclusion =
        report->images.at(imageIndex).conclusions.at(entry.sourceIndex);
    if (!conclusion.heatMap || !conclusion.heatMap->hasData())
        return Failure{InvalidInput,
                       OverlayCommand::tr("Rank %1 of image %2 (%3) has no heat map; the service "
                                          "sends heat maps for its first five conclusions only.")
                           .arg(rank)
                           .arg(imageIndex)
                           .arg(entry.code)};
    auto decoded =
        imaging::HeatMapDecoding::decode(*conclusion.heatMap, imaging::AttachmentPixels::Colour);
    if (isError(decoded))
        return Failure{InvalidInput, OverlayCommand::tr("%1: the heat map of image %2, rank %3: %4")
                                         .arg(path)
                                         .arg(imageIndex)
                                         .arg(rank)
                                         .arg(errorMessage(decoded))};
    HeatMapSource source;
    source.heatMap = std::get<imaging::DecodedAttachment>(decoded).pixels;
    source.warnings = std::get<imaging::DecodedAttachment>(decoded).warnings;
    source.reportId = review.reportId;
    source.issued = review.issued;
    source.conclusion = QStringLiteral("%1 %2 (%3 %)")
                            .arg(entry.code, entry.text.isEmpty() ? entry.display : entry.text)
                            .arg(QLocale::c().toString(entry.probability, 'f', 1));
    source.qaRevealed = image.gate.qaRevealed();
    return source;
}

/// Parses a 0..1 option value; nullopt (after saying why) when invalid.
std::optional<double> unitValue(const QCommandLineParser &parser, const QCommandLineOption &option,
                                double fallback, QTextStream &err)
{
    if (!parser.isSet(option))
        return fallback;
    bool ok = false;
    const double value = parser.value(option).toDouble(&ok);
    if (!ok || !(value >= 0.0 && value <= 1.0)) {
        err << OverlayCommand::tr("--%1 must be a number from 0 to 1, not \"%2\".")
                   .arg(option.names().constFirst(), parser.value(option))
            << '\n';
        return std::nullopt;
    }
    return value;
}

QString usageLine()
{
    return OverlayCommand::tr(
        "Usage: dermaview-cli overlay --image IMG (--heatmap FILE | --response JSON "
        "--image-index I --rank K) [--mode blend|attention|contour] [--opacity A] "
        "[--threshold T] [--colormap viridis|cividis|jet] [--qa] -o OUT.png");
}

} // namespace

int OverlayCommand::run(const QStringList &arguments, QTextStream &out, QTextStream &err)
{
    QCommandLineParser parser;
    const QCommandLineOption imageOption(QStringLiteral("image"), tr("The photo."),
                                         QStringLiteral("IMG"));
    const QCommandLineOption heatMapOption(QStringLiteral("heatmap"),
                                           tr("A heat-map image file (JPEG or PNG)."),
                                           QStringLiteral("FILE"));
    const QCommandLineOption responseOption(QStringLiteral("response"),
                                            tr("A saved diagnosis-support response."),
                                            QStringLiteral("JSON"));
    const QCommandLineOption indexOption(
        QStringLiteral("image-index"),
        tr("The image in the response, from 0 (as `inspect --json` numbers them)."),
        QStringLiteral("I"));
    const QCommandLineOption rankOption(
        QStringLiteral("rank"),
        tr("The conclusion by probability rank, from 1 (as `inspect` ranks them)."),
        QStringLiteral("K"));
    const QCommandLineOption modeOption(QStringLiteral("mode"),
                                        tr("blend (default), attention or contour."),
                                        QStringLiteral("MODE"));
    const QCommandLineOption opacityOption(
        QStringLiteral("opacity"),
        tr("0 to 1; default 0.5 for blend, 0.6 for attention, 1 for contour."),
        QStringLiteral("A"));
    const QCommandLineOption thresholdOption(
        QStringLiteral("threshold"),
        tr("Attention from 0 to 1 below which nothing is drawn (attention, contour); default "
           "0.5."),
        QStringLiteral("T"));
    const QCommandLineOption colormapOption(
        QStringLiteral("colormap"),
        tr("viridis (default), cividis or jet, for attention and contour; blend shows the heat "
           "map as sent."),
        QStringLiteral("NAME"));
    const QCommandLineOption qaOption(
        QStringLiteral("qa"),
        tr("QA mode: overlay heat maps of images the service marked invalid, watermarked NOT "
           "FOR CLINICAL USE."));
    const QCommandLineOption outputOption({QStringLiteral("o"), QStringLiteral("output")},
                                          tr("The PNG to write."), QStringLiteral("OUT.png"));
    for (const QCommandLineOption *option :
         {&imageOption, &heatMapOption, &responseOption, &indexOption, &rankOption, &modeOption,
          &opacityOption, &thresholdOption, &colormapOption, &qaOption, &outputOption})
        parser.addOption(*option);
    if (!parser.parse(QStringList{QStringLiteral("overlay")} + arguments)) {
        err << parser.errorText() << '\n' << usageLine() << '\n';
        return UsageError;
    }
    const bool fromResponse = parser.isSet(responseOption);
    if (!parser.positionalArguments().isEmpty() || !parser.isSet(imageOption) ||
        !parser.isSet(outputOption) || fromResponse == parser.isSet(heatMapOption) ||
        (fromResponse && (!parser.isSet(indexOption) || !parser.isSet(rankOption))) ||
        (!fromResponse && (parser.isSet(indexOption) || parser.isSet(rankOption)))) {
        err << usageLine() << '\n';
        return UsageError;
    }

    imaging::OverlayStyle style;
    const QString modeName =
        parser.isSet(modeOption) ? parser.value(modeOption) : QStringLiteral("blend");
    const std::optional<imaging::OverlayMode> mode = imaging::overlayModeFromName(modeName);
    const QString paletteName =
        parser.isSet(colormapOption) ? parser.value(colormapOption) : QStringLiteral("viridis");
    const std::optional<imaging::Palette> palette = imaging::paletteFromName(paletteName);
    if (!mode || !palette) {
        err << (mode ? tr("Unknown colormap \"%1\".").arg(paletteName)
                     : tr("Unknown mode \"%1\".").arg(modeName))
            << '\n'
            << usageLine() << '\n';
        return UsageError;
    }
    style.mode = *mode;
    style.palette = *palette;
    const double defaultOpacity = style.mode == imaging::OverlayMode::Blend       ? 0.5
                                  : style.mode == imaging::OverlayMode::Attention ? 0.6
                                                                                  : 1.0;
    const std::optional<double> opacity = unitValue(parser, opacityOption, defaultOpacity, err);
    const std::optional<double> threshold = unitValue(parser, thresholdOption, 0.5, err);
    bool indexOk = true;
    bool rankOk = true;
    const qsizetype imageIndex = fromResponse ? parser.value(indexOption).toLongLong(&indexOk) : 0;
    const qsizetype rank = fromResponse ? parser.value(rankOption).toLongLong(&rankOk) : 0;
    if (!opacity || !threshold || !indexOk || !rankOk) {
        if (!indexOk || !rankOk)
            err << tr("--image-index and --rank take whole numbers.") << '\n';
        return UsageError;
    }
    style.opacity = *opacity;
    style.threshold = *threshold;

    const QString imagePath = parser.value(imageOption);
    auto photo = imaging::ImageLoader::prepareFile(imagePath);
    if (isError(photo)) {
        err << QStringLiteral("%1: %2").arg(imagePath, errorMessage(photo)) << '\n';
        return InvalidInput;
    }
    const std::variant<HeatMapSource, Failure> loaded =
        fromResponse ? heatMapFromResponse(parser.value(responseOption), imageIndex, rank,
                                           parser.isSet(qaOption))
                     : heatMapFromFile(parser.value(heatMapOption));
    if (const auto *failure = std::get_if<Failure>(&loaded)) {
        err << failure->message << '\n';
        return failure->exitCode;
    }
    const HeatMapSource &source = std::get<HeatMapSource>(loaded);
    for (const QString &warning : source.warnings)
        err << tr("Warning: %1").arg(warning) << '\n';

    imaging::OverlayCompositor compositor;
    compositor.setPhoto(imaging::toMat(std::get<imaging::PreparedImage>(photo).displayed));
    compositor.setHeatMap(source.heatMap);
    const cv::Size photoSize = compositor.photo().size();
    if (imaging::HeatMapDecoding::aspectDiffers(source.heatMap.size(), photoSize))
        err << tr("Warning: the heat map (%1 × %2) and the photo (%3 × %4) differ in shape; the "
                  "heat map is stretched over the whole photo. Check that it belongs to this "
                  "photo.")
                   .arg(source.heatMap.cols)
                   .arg(source.heatMap.rows)
                   .arg(photoSize.width)
                   .arg(photoSize.height)
            << '\n';
    QImage composed = compositor.composeImage(style);
    if (composed.isNull()) {
        err << tr("Not enough memory to compose the overlay.") << '\n';
        return InvalidInput;
    }
    if (source.qaRevealed) {
        err << review::Reviewer::qaWatermark() << '\n';
        composed = imaging::QaWatermark::apply(composed, review::Reviewer::qaWatermark());
    }
    // The export carries the disclaimer and the report it shows, as PNG text chunks: the
    // pixels stay the photo's, and the words travel with the file.
    composed.setText(QStringLiteral("Description"), review::Reviewer::disclaimer());
    if (!source.reportId.isEmpty())
        composed.setText(QStringLiteral("Report"), source.reportId);
    if (!source.issued.isEmpty())
        composed.setText(QStringLiteral("Issued"), source.issued);
    if (!source.conclusion.isEmpty())
        composed.setText(QStringLiteral("Conclusion"), source.conclusion);
    if (source.qaRevealed)
        composed.setText(QStringLiteral("Warning"), review::Reviewer::qaWatermark());

    QByteArray png;
    QBuffer buffer(&png);
    buffer.open(QIODevice::WriteOnly);
    QImageWriter writer(&buffer, "png");
    if (!writer.write(composed)) {
        err << tr("Cannot encode the PNG: %1").arg(writer.errorString()) << '\n';
        return InvalidInput;
    }
    const QString outputPath = parser.value(outputOption);
    if (!saveFile(outputPath, png, err))
        return InvalidInput;
    out << tr("Wrote %1 (%2 × %3 pixels).")
               .arg(outputPath)
               .arg(composed.width())
               .arg(composed.height())
        << '\n'
        << review::Reviewer::disclaimer() << '\n';
    return Reviewed;
}

} // namespace dv::cli
