#include "cli/SeverityCommand.h"

#include "api/SeverityRequest.h"
#include "cli/ExitCode.h"
#include "cli/ImageInput.h"
#include "cli/ReviewOutput.h"
#include "cli/ServiceConnection.h"

#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>

namespace dv::cli {

namespace {

using Kind = api::SeverityKind;

std::optional<Kind> kindNamed(const QString &name)
{
    if (name == QLatin1String("manual"))
        return Kind::Manual;
    if (name == QLatin1String("local"))
        return Kind::Local;
    if (name == QLatin1String("global"))
        return Kind::Global;
    return std::nullopt;
}

} // namespace

int SeverityCommand::run(const QStringList &arguments, QTextStream &out, QTextStream &err)
{
    QCommandLineParser parser;
    ServiceConnection connection(parser);
    const QCommandLineOption requestOption(
        QStringLiteral("request"),
        tr("The request body as documented, as JSON, without the photos."), QStringLiteral("FILE"));
    const QCommandLineOption imageOption(QStringLiteral("image"), tr("local: the photo to score."),
                                         QStringLiteral("IMAGE"));
    const QCommandLineOption siteOption(QStringLiteral("site"),
                                        tr("global: a body site's photo (repeat for each site)."),
                                        QStringLiteral("SITE=IMAGE"));
    const QCommandLineOption scoringOption(
        QStringLiteral("scoring"),
        tr("global: the scoring system's code (default: the only one in the request)."),
        QStringLiteral("CODE"));
    for (const QCommandLineOption *option :
         {&requestOption, &imageOption, &siteOption, &scoringOption})
        parser.addOption(*option);
    const ReviewOutputOptions output(parser, ReviewOutputOptions::RawAnswer::Saved);
    parser.addPositionalArgument(QStringLiteral("KIND"), tr("manual, local or global."));
    const QString usage =
        tr("Usage: dermaview-cli severity manual --request FILE\n"
           "       dermaview-cli severity local --request FILE --image IMAGE\n"
           "       dermaview-cli severity global --request FILE --site SITE=IMAGE... "
           "[--scoring CODE]\n"
           "       [--server URL --user USER --password-stdin] [--out FILE] [--json] [--qa]");
    if (!parser.parse(QStringList{QStringLiteral("severity")} + arguments)) {
        err << parser.errorText() << '\n';
        return UsageError;
    }
    const QStringList positional = parser.positionalArguments();
    const std::optional<Kind> kind =
        positional.size() == 1 ? kindNamed(positional.first()) : std::nullopt;
    const bool imagesFit = kind && (*kind == Kind::Local) == parser.isSet(imageOption) &&
                           (*kind == Kind::Global) == parser.isSet(siteOption) &&
                           (*kind == Kind::Global || !parser.isSet(scoringOption));
    if (!kind || !imagesFit || !parser.isSet(requestOption)) {
        err << usage << '\n';
        return UsageError;
    }
    if (!connection.checkUsage(parser, err))
        return UsageError;

    QFile requestFile(parser.value(requestOption));
    if (!requestFile.open(QIODevice::ReadOnly)) {
        err << tr("%1: cannot read the file: %2")
                   .arg(requestFile.fileName(), requestFile.errorString())
            << '\n';
        return InvalidInput;
    }
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(requestFile.readAll(), &parseError);
    if (!document.isObject()) {
        err << tr("%1: not a JSON object (%2).")
                   .arg(requestFile.fileName(), parseError.error == QJsonParseError::NoError
                                                    ? tr("a JSON array or value")
                                                    : parseError.errorString())
            << '\n';
        return InvalidInput;
    }
    const QJsonObject request = document.object();

    std::optional<api::ImageUpload> image;
    QMap<QString, api::ImageUpload> sites;
    QString scoring = parser.value(scoringOption);
    if (*kind == Kind::Local) {
        image = ImageInput::read(parser.value(imageOption), err);
        if (!image)
            return InvalidInput;
    } else if (*kind == Kind::Global) {
        for (const QString &entry : parser.values(siteOption)) {
            const qsizetype equals = entry.indexOf(QLatin1Char('='));
            if (equals <= 0 || equals == entry.size() - 1) {
                err << tr("--site expects SITE=IMAGE, got \"%1\".").arg(entry) << '\n';
                return UsageError;
            }
            const QString site = entry.left(equals);
            if (sites.contains(site)) {
                err << tr("The body site %1 is given twice.").arg(site) << '\n';
                return UsageError;
            }
            auto photo = ImageInput::read(entry.mid(equals + 1), err);
            if (!photo)
                return InvalidInput;
            sites.insert(site, *photo);
        }
        const QStringList codes = request.value(QStringLiteral("scoringSystem")).toObject().keys();
        if (scoring.isEmpty() && codes.size() == 1)
            scoring = codes.first();
        if (scoring.isEmpty()) {
            err << tr("Name the scoring system with --scoring: the request names %n.", nullptr,
                      int(codes.size()))
                << '\n';
            return UsageError;
        }
    }
    if (const int failure = connection.open(parser, err))
        return failure;

    api::ApiClient &client = connection.client();
    const auto outcome = waitFor<model::SeverityReport>([&](auto *context, auto done) {
        switch (*kind) {
        case Kind::Manual:
            client.severityManual(request, context, done);
            break;
        case Kind::Local:
            client.severityLocal(request, *image, context, done);
            break;
        case Kind::Global:
            client.severityGlobal(request, scoring, sites, context, done);
            break;
        }
    });
    return output.finish(outcome, out, err);
}

} // namespace dv::cli
