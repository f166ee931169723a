#include "cli/CliMain.h"

#include "cli/AnalyzeCommand.h"
#include "cli/ExitCode.h"
#include "cli/ExportCommand.h"
#include "cli/HistoryCommand.h"
#include "cli/InspectCommand.h"
#include "cli/OverlayCommand.h"
#include "cli/ReportCommand.h"
#include "cli/SeverityCommand.h"
#include "common/Localization.h"

#include <QCoreApplication>
#include <QLocale>
#include <QSettings>
#include <QTextStream>
#include <cstdio>

namespace dv::cli {

namespace {

/// Removes `--lang L` / `--lang=L` wherever it stands and returns L.
QString takeLanguage(QStringList &arguments)
{
    QString language;
    for (qsizetype i = 0; i < arguments.size();) {
        const QString &argument = arguments.at(i);
        if (argument == QLatin1String("--lang") && i + 1 < arguments.size()) {
            language = arguments.at(i + 1);
            arguments.remove(i, 2);
        } else if (argument.startsWith(QLatin1String("--lang="))) {
            language = argument.mid(7);
            arguments.remove(i);
        } else {
            ++i;
        }
    }
    return language;
}

QString usage()
{
    return QCoreApplication::translate(
        "dv::cli", "Usage: dermaview-cli COMMAND [options] [--lang LANGUAGE]\n"
                   "\n"
                   "Commands:\n"
                   "  inspect FILE [--json] [--qa]   review a saved API response\n"
                   "  analyze IMAGE... [--server URL --user USER --password-stdin]\n"
                   "          [--out FILE] [--json] [--qa]\n"
                   "                                 analyse 1-3 photos (default: the offline\n"
                   "                                 sandbox, not a medical device)\n"
                   "  report ID --server URL --api-token-stdin [--format raw|fhir|pdf]\n"
                   "          [--locale LOCALE] [-o FILE] [--json] [--qa]\n"
                   "                                 fetch a stored diagnostic report\n"
                   "  severity manual|local|global --request FILE [--image IMAGE]\n"
                   "          [--site SITE=IMAGE...] [--server URL ...] [--out FILE] [--json]\n"
                   "                                 run a severity assessment\n"
                   "  overlay --image IMG (--heatmap FILE | --response JSON --image-index I\n"
                   "          --rank K) [--mode blend|attention|contour] [--opacity A]\n"
                   "          [--threshold T] [--colormap viridis|cividis|jet] [--qa] -o OUT.png\n"
                   "                                 draw a heat map over a photo (image index\n"
                   "                                 from 0, rank from 1, as inspect --json)\n"
                   "  export --out FILE.pdf RESPONSE.json [--image IMG...]\n"
                   "          [--mode blend|attention|contour] [--qa]\n"
                   "                                 the window's PDF report of a saved\n"
                   "                                 response (photos in the response's order)\n"
                   "  history [--case REF] [--search TEXT] [--from DATE] [--to DATE] [--json]\n"
                   "          [--qa] [--raw ID] [--db PATH]\n"
                   "                                 list the window's case history, or print\n"
                   "                                 one record's stored response\n"
                   "\n"
                   "Preliminary — AI decision support, not a diagnosis.\n");
}

} // namespace

int runCli(const QStringList &argv)
{
    QStringList arguments = argv;
    const QString language = Localization::chooseLanguage(
        takeLanguage(arguments), QSettings().value(Localization::settingsKey()).toString(),
        QLocale::system().name());
    Localization::install(*QCoreApplication::instance(), language);

    QTextStream out(stdout);
    QTextStream err(stderr);
    if (arguments.isEmpty()) {
        err << usage();
        return UsageError;
    }
    const QString command = arguments.takeFirst();
    if (command == QLatin1String("--help") || command == QLatin1String("-h") ||
        command == QLatin1String("help")) {
        out << usage();
        return Reviewed;
    }
    if (command == QLatin1String("--version")) {
        out << QCoreApplication::applicationName() << ' ' << QCoreApplication::applicationVersion()
            << '\n';
        return Reviewed;
    }
    if (command == QLatin1String("inspect"))
        return InspectCommand::run(arguments, out, err);
    if (command == QLatin1String("analyze"))
        return AnalyzeCommand::run(arguments, out, err);
    if (command == QLatin1String("report"))
        return ReportCommand::run(arguments, out, err);
    if (command == QLatin1String("severity"))
        return SeverityCommand::run(arguments, out, err);
    if (command == QLatin1String("overlay"))
        return OverlayCommand::run(arguments, out, err);
    if (command == QLatin1String("export"))
        return ExportCommand::run(arguments, out, err);
    if (command == QLatin1String("history"))
        return HistoryCommand::run(arguments, out, err);
    err << QCoreApplication::translate("dv::cli", "Unknown command \"%1\".").arg(command) << "\n\n"
        << usage();
    return UsageError;
}

} // namespace dv::cli
