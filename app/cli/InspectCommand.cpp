#include "cli/InspectCommand.h"

#include "cli/ExitCode.h"
#include "cli/ReviewOutput.h"
#include "model/SavedResponseFile.h"

#include <QCommandLineParser>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>

namespace dv::cli {

namespace {

using model::ResponseKind;

/// One line per entry for the kinds that carry no clinical output.
QStringList summarize(const model::SavedResponse &response)
{
    QStringList lines;
    switch (response.kind) {
    case ResponseKind::Login: {
        const auto &login = std::get<model::LoginResponse>(response.value);
        // The token itself is a secret and is never printed.
        lines << InspectCommand::tr("Access token present (not shown); it expires after %1 min.")
                     .arg(QLocale().toString(login.expiresInMinutes));
        break;
    }
    case ResponseKind::BodySites:
        for (const model::BodySite &site : std::get<QVector<model::BodySite>>(response.value))
            lines << QStringLiteral("%1: %2").arg(site.code,
                                                  model::localized(site.name, QLocale().name()));
        break;
    case ResponseKind::Questionnaires:
        for (const model::Questionnaire &q :
             std::get<QVector<model::Questionnaire>>(response.value))
            lines << InspectCommand::tr("%1 (%2): %3, %n item(s)", nullptr,
                                        static_cast<int>(q.items.size()))
                         .arg(q.code, q.mode, model::localized(q.title, QLocale().name()));
        break;
    case ResponseKind::DeviceInformation: {
        const auto &device = std::get<model::DeviceInformation>(response.value);
        lines << InspectCommand::tr("%1 %2, manufactured by %3")
                     .arg(device.name, device.version, device.manufacturerName);
        if (!device.manufacturerAddress.isEmpty())
            lines << device.manufacturerAddress;
        break;
    }
    case ResponseKind::ValidationError:
        for (const model::FieldError &error : std::get<QVector<model::FieldError>>(response.value))
            lines << (error.fieldPath().isEmpty()
                          ? error.message
                          : QStringLiteral("%1: %2").arg(error.fieldPath(), error.message));
        break;
    default:
        break;
    }
    return lines;
}

} // namespace

int InspectCommand::run(const QStringList &arguments, QTextStream &out, QTextStream &err)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(tr("Print what a reviewer may see of a saved API response."));
    const ReviewOutputOptions output(parser, ReviewOutputOptions::RawAnswer::NotSaved);
    parser.addPositionalArgument(QStringLiteral("FILE"), tr("A saved response (JSON)."));
    if (!parser.parse(QStringList{QStringLiteral("inspect")} + arguments)) {
        err << parser.errorText() << '\n';
        return UsageError;
    }
    if (parser.positionalArguments().size() != 1) {
        err << tr("Usage: dermaview-cli inspect FILE [--json] [--qa]") << '\n';
        return UsageError;
    }
    const QString path = parser.positionalArguments().first();
    const auto read = model::SavedResponseFile::read(path);
    const QString *error = std::get_if<QString>(&read);
    const model::SavedResponse *response =
        error ? nullptr : &std::get<model::SavedResponseFile>(read).response;
    if (!response) {
        err << *error << '\n';
        return InvalidInput;
    }

    const std::optional<review::Review> review =
        review::Reviewer::review(*response, output.reviewOptions());
    if (review) {
        output.print(*review, out);
    } else if (output.json()) {
        const QJsonObject document{
            {QStringLiteral("kind"), model::responseKindName(response->kind)},
            {QStringLiteral("summary"), QJsonArray::fromStringList(summarize(*response))}};
        out << QString::fromUtf8(QJsonDocument(document).toJson(QJsonDocument::Indented));
    } else {
        out << tr("%1 (no clinical content)").arg(model::responseKindName(response->kind)) << '\n';
        for (const QString &line : summarize(*response))
            out << QStringLiteral("  ") << line << '\n';
    }
    return Reviewed;
}

} // namespace dv::cli
