#include "cli/AnalyzeCommand.h"

#include "api/ApiClient.h"
#include "cli/ExitCode.h"
#include "cli/ReviewOutput.h"
#include "sandbox/server/SandboxServer.h"

#include <QCommandLineParser>
#include <QEventLoop>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QMimeDatabase>
#include <QNetworkAccessManager>
#include <cstdio>
#include <memory>

namespace dv::cli {

namespace {

/// Photos larger than this are not read into memory (the sandbox's request limit is 64 MB of
/// JSON, and the API's images are photos, not archives).
constexpr qint64 maxImageBytes = 40LL * 1024 * 1024;
constexpr qsizetype maxImages = 3;

} // namespace

int AnalyzeCommand::run(const QStringList &arguments, QTextStream &out, QTextStream &err)
{
    QCommandLineParser parser;
    const QCommandLineOption serverOption(QStringLiteral("server"),
                                          tr("Base URL of the AI service (default: the offline "
                                             "sandbox, started on this computer)."),
                                          QStringLiteral("URL"));
    const QCommandLineOption userOption(QStringLiteral("user"), tr("User name for --server."),
                                        QStringLiteral("USER"));
    const QCommandLineOption passwordOption(QStringLiteral("password-stdin"),
                                            tr("Read the password from the first line of standard "
                                               "input (never from the command line)."));
    const QCommandLineOption outOption(QStringLiteral("out"),
                                       tr("Also save the service's raw answer to FILE."),
                                       QStringLiteral("FILE"));
    const QCommandLineOption jsonOption(QStringLiteral("json"), tr("Print JSON instead of text."));
    const QCommandLineOption qaOption(QStringLiteral("qa"),
                                      tr("QA mode: reveal withheld outputs, marked NOT FOR "
                                         "CLINICAL USE."));
    const QCommandLineOption insecureOption(QStringLiteral("allow-insecure-http"),
                                            tr("Allow plain http:// to a server that is not on "
                                               "this computer."));
    for (const QCommandLineOption *option : {&serverOption, &userOption, &passwordOption,
                                             &outOption, &jsonOption, &qaOption, &insecureOption})
        parser.addOption(*option);
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
    if (parser.isSet(serverOption) &&
        (!parser.isSet(userOption) || !parser.isSet(passwordOption))) {
        err << tr("--server needs --user and --password-stdin.") << '\n';
        return UsageError;
    }

    QVector<api::ImageUpload> images;
    const QMimeDatabase mimeTypes;
    for (const QString &path : paths) {
        QFile file(path);
        if (QFileInfo(path).size() > maxImageBytes) {
            err << tr("%1: the file is larger than %2 MB.").arg(path).arg(maxImageBytes >> 20)
                << '\n';
            return InvalidInput;
        }
        if (!file.open(QIODevice::ReadOnly)) {
            err << tr("%1: cannot read the file: %2").arg(path, file.errorString()) << '\n';
            return InvalidInput;
        }
        api::ImageUpload image;
        image.bytes = file.readAll();
        image.contentType = mimeTypes.mimeTypeForFileNameAndData(path, image.bytes).name();
        image.title = QFileInfo(path).fileName();
        images.append(image);
    }

    // The embedded sandbox when no server is named: a demo needs no account and no network.
    std::unique_ptr<sandbox::SandboxServer> embedded;
    api::ApiConfig config;
    QString password;
    if (parser.isSet(serverOption)) {
        config.clinicalUrl = config.helperUrl = config.reportUrl =
            QUrl::fromUserInput(parser.value(serverOption));
        config.username = parser.value(userOption);
        config.allowInsecureHttp = parser.isSet(insecureOption);
        QTextStream in(stdin);
        password = in.readLine();
    } else {
        embedded = std::make_unique<sandbox::SandboxServer>(sandbox::SandboxConfig());
        if (!embedded->listen(0)) {
            err << tr("Cannot start the offline sandbox: %1").arg(embedded->errorString()) << '\n';
            return NetworkFailure;
        }
        config.clinicalUrl = config.helperUrl = config.reportUrl = embedded->url();
        config.username = embedded->config().user;
        password = embedded->config().password;
        err << tr("Using the offline sandbox (not a medical device) at %1.")
                   .arg(embedded->url().toString())
            << '\n';
    }

    QNetworkAccessManager network;
    api::ApiClient client(&network, config);
    client.session().setPassword(password);
    password.fill(QLatin1Char(' '));

    std::optional<api::ApiResult<model::DiagnosisReport>> outcome;
    QEventLoop loop;
    client.diagnose(images, &loop, [&](const api::ApiResult<model::DiagnosisReport> &result) {
        outcome = result;
        loop.quit();
    });
    loop.exec();

    if (!outcome->ok()) {
        err << outcome->error().message() << '\n';
        return exitCodeFor(outcome->error());
    }
    if (parser.isSet(outOption) && !saveFile(parser.value(outOption), outcome->rawBody(), err))
        return InvalidInput;
    review::ReviewOptions options;
    options.qaMode = parser.isSet(qaOption);
    const review::Review review = review::Reviewer::review(outcome->value(), options);
    printReview(review, parser.isSet(jsonOption), out);
    return Reviewed;
}

} // namespace dv::cli
