#include "cli/CliMain.h"

#include <QCoreApplication>

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setOrganizationName(QStringLiteral("Dermaview"));
    QCoreApplication::setApplicationName(QStringLiteral("dermaview-cli"));
    QCoreApplication::setApplicationVersion(QStringLiteral(DERMAVIEW_VERSION));
    return dv::cli::runCli(QCoreApplication::arguments().mid(1));
}
