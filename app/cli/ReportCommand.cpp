#include "cli/ReportCommand.h"

#include "api/ApiClient.h"
#include "cli/ExitCode.h"
#include "cli/ReviewOutput.h"

#include <QCommandLineParser>
#include <QEventLoop>
#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <cstdio>

namespace dv::cli {

int ReportCommand::run(const QStringList &arguments, QTextStream &out, QTextStream &err)
{
    QCommandLineParser parser;
    const QCommandLineOption serverOption(
        QStringLiteral("server"), tr("Base URL of the report service."), QStringLiteral("URL"));
    const QCommandLineOption tokenOption(QStringLiteral("api-token-stdin"),
                                         tr("Read the X-API-TOKEN from the first line of standard "
                                            "input (never from the command line)."));
    const QCommandLineOption formatOption(QStringLiteral("format"),
                                          tr("raw (default), fhir or pdf."),
                                          QStringLiteral("FORMAT"), QStringLiteral("raw"));
    const QCommandLineOption localeOption(QStringLiteral("locale"),
                                          tr("Language of the report: en, es, fr or de."),
                                          QStringLiteral("LOCALE"));
    const QCommandLineOption outputOption({QStringLiteral("o"), QStringLiteral("output")},
                                          tr("Save the report (required for pdf) to FILE."),
                                          QStringLiteral("FILE"));
    const QCommandLineOption insecureOption(QStringLiteral("allow-insecure-http"),
                                            tr("Allow plain http:// to a server that is not on "
                                               "this computer."));
    for (const QCommandLineOption *option : {&serverOption, &tokenOption, &formatOption,
                                             &localeOption, &outputOption, &insecureOption})
        parser.addOption(*option);
    const ReviewOutputOptions output(parser, ReviewOutputOptions::RawAnswer::NotSaved);
    parser.addPositionalArgument(QStringLiteral("ID"), tr("The report's identifier."));
    const QString usage = tr("Usage: dermaview-cli report ID --server URL --api-token-stdin "
                             "[--format raw|fhir|pdf] [--locale LOCALE] [-o FILE] [--json] [--qa]");
    if (!parser.parse(QStringList{QStringLiteral("report")} + arguments)) {
        err << parser.errorText() << '\n';
        return UsageError;
    }
    const QString format = parser.value(formatOption);
    if (parser.positionalArguments().size() != 1 || !parser.isSet(serverOption) ||
        !parser.isSet(tokenOption) ||
        !QStringList{QStringLiteral("raw"), QStringLiteral("fhir"), QStringLiteral("pdf")}.contains(
            format) ||
        (format == QLatin1String("pdf") && !parser.isSet(outputOption))) {
        err << usage << '\n';
        return UsageError;
    }

    api::ApiConfig config;
    config.clinicalUrl = config.helperUrl = config.reportUrl =
        QUrl::fromUserInput(parser.value(serverOption));
    config.allowInsecureHttp = parser.isSet(insecureOption);
    QNetworkAccessManager network;
    api::ApiClient client(&network, config);
    QTextStream in(stdin);
    client.setApiToken(in.readLine().trimmed());

    const QString id = parser.positionalArguments().first();
    const QString locale = parser.value(localeOption);
    QEventLoop loop;
    if (format == QLatin1String("pdf")) {
        std::optional<api::ApiResult<QByteArray>> pdf;
        client.reportPdf(id, locale, &loop, [&](const api::ApiResult<QByteArray> &result) {
            pdf = result;
            loop.quit();
        });
        loop.exec();
        if (!pdf->ok()) {
            err << pdf->error().message() << '\n';
            return exitCodeFor(pdf->error());
        }
        if (!saveFile(parser.value(outputOption), pdf->value(), err))
            return InvalidInput;
        out << tr("Saved the report's PDF (%n byte(s)) to %1.", nullptr, int(pdf->value().size()))
                   .arg(parser.value(outputOption))
            << '\n';
        return Reviewed;
    }

    const auto storedFormat = format == QLatin1String("fhir") ? model::StoredReportFormat::Fhir
                                                              : model::StoredReportFormat::Standard;
    std::optional<api::ApiResult<model::StoredReport>> report;
    client.report(id, storedFormat, locale, &loop,
                  [&](const api::ApiResult<model::StoredReport> &result) {
                      report = result;
                      loop.quit();
                  });
    loop.exec();
    if (!report->ok()) {
        err << report->error().message() << '\n';
        return exitCodeFor(report->error());
    }
    if (parser.isSet(outputOption) && !saveFile(parser.value(outputOption), report->rawBody(), err))
        return InvalidInput;
    output.print(review::Reviewer::review(report->value(), output.reviewOptions()), out);
    return Reviewed;
}

} // namespace dv::cli
