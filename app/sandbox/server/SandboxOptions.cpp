#include "sandbox/server/SandboxOptions.h"

#include <QCommandLineParser>

namespace dv::sandbox {

namespace {

struct Options
{
    QCommandLineOption port{QStringLiteral("port"),
                            SandboxOptions::tr("Port on 127.0.0.1 (0 picks a free one)."),
                            QStringLiteral("N"), QStringLiteral("0")};
    QCommandLineOption user{QStringLiteral("user"), SandboxOptions::tr("Login user name."),
                            QStringLiteral("USER"), SandboxConfig().user};
    QCommandLineOption password{QStringLiteral("password"),
                                SandboxOptions::tr("Login password (a demo credential)."),
                                QStringLiteral("PASSWORD"), SandboxConfig().password};
    QCommandLineOption tokenMinutes{QStringLiteral("token-minutes"),
                                    SandboxOptions::tr("Minutes a login token stays valid."),
                                    QStringLiteral("MINUTES"), QStringLiteral("60")};
    QCommandLineOption apiToken{QStringLiteral("api-token"),
                                SandboxOptions::tr("X-API-TOKEN of the report endpoint."),
                                QStringLiteral("TOKEN"), SandboxConfig().apiToken};
    QCommandLineOption replay{QStringLiteral("replay"),
                              SandboxOptions::tr("Serve saved responses from DIR (see README)."),
                              QStringLiteral("DIR")};
    QCommandLineOption latency{QStringLiteral("latency-ms"),
                               SandboxOptions::tr("Delay every answer by this many ms."),
                               QStringLiteral("MS"), QStringLiteral("0")};
    QCommandLineOption maxBody{QStringLiteral("max-body-mb"),
                               SandboxOptions::tr("Largest request body accepted (413 above)."),
                               QStringLiteral("MB"), QStringLiteral("64")};
    QCommandLineOption fault{
        QStringLiteral("fault"),
        SandboxOptions::tr("Inject a fault: ENDPOINT:KIND[:COUNT[:RETRY_AFTER_S]], KIND one of "
                           "latency, 401, 429, 503, 500, malformed-json, truncate, drop, "
                           "slow-drip; COUNT -1 = always. Repeatable."),
        QStringLiteral("RULE")};
};

bool positiveInt(const QString &text, int minimum, int &value)
{
    bool ok = false;
    value = text.toInt(&ok);
    return ok && value >= minimum;
}

std::variant<FaultRule, QString> parseFault(const QString &text)
{
    const QStringList parts = text.split(QLatin1Char(':'));
    FaultRule rule;
    if (parts.size() < 2 || parts.size() > 4 || parts.at(0).isEmpty() ||
        !FaultRule::kindFromName(parts.at(1), rule.kind))
        return SandboxOptions::tr("invalid --fault \"%1\"").arg(text);
    rule.endpoint = parts.at(0);
    // A path or "*": "diagnosis-support" without its slash would match nothing, silently.
    if (rule.endpoint != QLatin1String("*") && !rule.endpoint.startsWith(QLatin1Char('/')))
        return SandboxOptions::tr("the endpoint in --fault \"%1\" must be a path such as "
                                  "/diagnosis-support, or *")
            .arg(text);
    if (parts.size() > 2 && (!positiveInt(parts.at(2), -1, rule.remaining) || rule.remaining == 0))
        return SandboxOptions::tr("invalid count in --fault \"%1\"").arg(text);
    if (parts.size() > 3) {
        int seconds = 0;
        if (!positiveInt(parts.at(3), 0, seconds))
            return SandboxOptions::tr("invalid Retry-After in --fault \"%1\"").arg(text);
        rule.retryAfterSeconds = seconds;
        rule.latencyMs = seconds * 1000; // for KIND latency, the fourth field is the delay
    }
    return rule;
}

void addAll(QCommandLineParser &parser, const Options &options)
{
    parser.setApplicationDescription(SandboxOptions::tr(
        "Offline sandbox of the dermatology AI API on 127.0.0.1. Its answers are computed from "
        "the images by simple image analysis: it is not a medical device."));
    parser.addHelpOption();
    for (const QCommandLineOption *option :
         {&options.port, &options.user, &options.password, &options.tokenMinutes, &options.apiToken,
          &options.replay, &options.latency, &options.maxBody, &options.fault})
        parser.addOption(*option);
}

} // namespace

QString SandboxOptions::helpText()
{
    QCommandLineParser parser;
    addAll(parser, Options());
    return parser.helpText();
}

std::variant<SandboxLaunch, QString> SandboxOptions::parse(const QStringList &arguments)
{
    QCommandLineParser parser;
    const Options options;
    addAll(parser, options);
    if (!parser.parse(QStringList{QStringLiteral("dermaview-sandbox")} + arguments))
        return parser.errorText();
    if (!parser.positionalArguments().isEmpty())
        return tr("unexpected argument \"%1\"").arg(parser.positionalArguments().first());

    SandboxLaunch launch;
    launch.helpShown = parser.isSet(QStringLiteral("help"));
    int port = 0;
    if (!positiveInt(parser.value(options.port), 0, port) || port > 65535)
        return tr("invalid --port \"%1\"").arg(parser.value(options.port));
    launch.port = static_cast<quint16>(port);
    SandboxConfig &config = launch.config;
    config.user = parser.value(options.user);
    config.password = parser.value(options.password);
    config.apiToken = parser.value(options.apiToken);
    config.replayDirectory = parser.value(options.replay);
    if (!positiveInt(parser.value(options.tokenMinutes), 1, config.tokenMinutes))
        return tr("invalid --token-minutes \"%1\"").arg(parser.value(options.tokenMinutes));
    if (!positiveInt(parser.value(options.latency), 0, config.latencyMs))
        return tr("invalid --latency-ms \"%1\"").arg(parser.value(options.latency));
    int maxBodyMb = 0;
    if (!positiveInt(parser.value(options.maxBody), 1, maxBodyMb))
        return tr("invalid --max-body-mb \"%1\"").arg(parser.value(options.maxBody));
    config.maxBodyBytes = qint64(maxBodyMb) * 1024 * 1024;
    for (const QString &text : parser.values(options.fault)) {
        const auto rule = parseFault(text);
        if (const auto *error = std::get_if<QString>(&rule))
            return *error;
        config.faults.append(std::get<FaultRule>(rule));
    }
    return launch;
}

} // namespace dv::sandbox
