#include "cli/CliMain.h"

#include <QCoreApplication>
#include <QGuiApplication>
#include <cstring>
#include <memory>

namespace {

/// True when the command (the first argument that is not `--lang L` / `--lang=L`) is
/// `overlay` or `export`: they draw text (the QA watermark, the PDF) with QPainter, which needs
/// a QGuiApplication (fonts).
/// The other commands keep a plain QCoreApplication and need no platform plugin.
bool needsGui(int argc, char *argv[])
{
    for (int i = 1; i < argc; ++i) {
        if (std::strcmp(argv[i], "--lang") == 0) {
            ++i;
            continue;
        }
        if (std::strncmp(argv[i], "--lang=", 7) == 0)
            continue;
        return std::strcmp(argv[i], "overlay") == 0 || std::strcmp(argv[i], "export") == 0;
    }
    return false;
}

} // namespace

int main(int argc, char *argv[])
{
    std::unique_ptr<QCoreApplication> app;
    if (needsGui(argc, argv)) {
        // No display is needed: the image is drawn in memory.
        if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
            qputenv("QT_QPA_PLATFORM", "offscreen");
        app = std::make_unique<QGuiApplication>(argc, argv);
    } else {
        app = std::make_unique<QCoreApplication>(argc, argv);
    }
    QCoreApplication::setOrganizationName(QStringLiteral("Dermaview"));
    QCoreApplication::setApplicationName(QStringLiteral("dermaview-cli"));
    QCoreApplication::setApplicationVersion(QStringLiteral(DERMAVIEW_VERSION));
    return dv::cli::runCli(QCoreApplication::arguments().mid(1));
}
