#include "cli/AnalyzeCommand.h"

#include "cli/ExitCode.h"
#include "cli/ImageInput.h"
#include "cli/ReviewOutput.h"
#include "cli/ServiceConnection.h"

namespace dv::cli {

namespace {

constexpr qsizetype maxImages = 3;

} // namespace

int AnalyzeCommand::run(const QStringList &arguments, QTextStream &out, QTextStream &err)
{
    QCommandLineParser parser;
    ServiceConnection connection(parser);
    const ReviewOutputOptions output(parser, ReviewOutputOptions::RawAnswer::Saved);
    parser.addPositionalArgument(QStringLiteral("IMAGE"), tr("One to three skin photos."));
    if (!parser.parse(QStringList{QStringLiteral("analyze")} + arguments)) {
        err << parser.errorText() << '\n';
        return UsageError;
    }
    const QStringList paths = parser.positionalArguments();
    if (paths.isEmpty() || paths.size() > maxImages) {
        err << tr("Usage: dermaview-cli analyze IMAGE [IMAGE [IMAGE]] [--server URL --user USER "
                  "--password-stdin] [--out FILE] [--json] [--qa]")
            << '\n';
        return UsageError;
    }
    if (!connection.checkUsage(parser, err))
        return UsageError;

    QVector<api::ImageUpload> images;
    for (const QString &path : paths) {
        auto image = ImageInput::read(path, err);
        if (!image)
            return InvalidInput;
        images.append(*image);
    }
    if (const int failure = connection.open(parser, err))
        return failure;

    const auto outcome = waitFor<model::DiagnosisReport>(
        [&](auto *context, auto done) { connection.client().diagnose(images, context, done); });
    return output.finish(outcome, out, err);
}

} // namespace dv::cli
