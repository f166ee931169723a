#include "common/Localization.h"
#include "sandbox/server/SandboxOptions.h"
#include "sandbox/server/SandboxServer.h"

#include <QCoreApplication>
#include <QLocale>
#include <QTextStream>

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setOrganizationName(QStringLiteral("Dermaview"));
    QCoreApplication::setApplicationName(QStringLiteral("dermaview-sandbox"));
    QCoreApplication::setApplicationVersion(QStringLiteral(DERMAVIEW_VERSION));
    dv::Localization::install(app, QLocale::system().name());

    QTextStream out(stdout);
    QTextStream err(stderr);
    const auto parsed = dv::sandbox::SandboxOptions::parse(QCoreApplication::arguments().mid(1));
    if (const auto *error = std::get_if<QString>(&parsed)) {
        err << *error << "\n\n" << dv::sandbox::SandboxOptions::helpText();
        return 2;
    }
    const auto &launch = std::get<dv::sandbox::SandboxLaunch>(parsed);
    if (launch.helpShown) {
        out << dv::sandbox::SandboxOptions::helpText();
        return 0;
    }
    dv::sandbox::SandboxServer server(launch.config);
    if (!server.listen(launch.port)) {
        err << QCoreApplication::translate("main", "cannot listen on 127.0.0.1:%1: %2")
                   .arg(launch.port)
                   .arg(server.errorString())
            << '\n';
        return 4;
    }
    // The first line is machine-read by scripts and tests: keep its form.
    out << "listening on " << server.url().toString() << Qt::endl;
    return QCoreApplication::exec();
}
