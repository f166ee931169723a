#include "MainWindow.h"
#include "ScreenshotRun.h"
#include "common/Localization.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QLocale>
#include <QSettings>

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QApplication::setOrganizationName(QStringLiteral("Dermaview"));
    QApplication::setApplicationName(QStringLiteral("Dermaview"));
    QApplication::setApplicationVersion(QStringLiteral(DERMAVIEW_VERSION));
    QApplication::setDesktopFileName(QStringLiteral("org.dermaview.Dermaview"));

    QCommandLineParser parser;
    const QCommandLineOption language(QStringLiteral("lang"),
                                      QApplication::translate("main", "Interface language."),
                                      QStringLiteral("LANGUAGE"));
    parser.addOption(language);
    const QCommandLineOption screenshot(
        QStringLiteral("screenshot"),
        QApplication::translate("main", "Analyse the photos, save the window to FILE (PNG) and "
                                        "exit."),
        QStringLiteral("FILE"));
    const QCommandLineOption size(
        QStringLiteral("size"),
        QApplication::translate("main", "Window size for --screenshot, e.g. 1280x800."),
        QStringLiteral("WxH"), QStringLiteral("1280x800"));
    parser.addOption(screenshot);
    parser.addOption(size);
    parser.addHelpOption();
    parser.addVersionOption();
    parser.addPositionalArgument(QStringLiteral("PHOTOS"),
                                 QApplication::translate("main", "Skin photos to open."));
    parser.process(app);

    dv::Localization::install(app,
                              dv::Localization::chooseLanguage(
                                  parser.value(language),
                                  QSettings().value(dv::Localization::settingsKey()).toString(),
                                  QLocale::system().name()));

    dv::ui::MainWindow window;
    if (parser.isSet(screenshot)) {
        const QStringList dimensions = parser.value(size).split(QLatin1Char('x'));
        const int width = dimensions.value(0).toInt();
        const int height = dimensions.value(1).toInt();
        if (dimensions.size() != 2 || width < 320 || height < 240) {
            qCritical("%s", qPrintable(QApplication::translate(
                                "main", "--size expects WIDTHxHEIGHT, at least 320x240.")));
            return 2;
        }
        window.resize(width, height);
        window.show();
        auto *run = new dv::ui::ScreenshotRun(window, parser.value(screenshot),
                                              parser.positionalArguments(), &window);
        QObject::connect(run, &dv::ui::ScreenshotRun::finished, &app, [](const QString &error) {
            if (!error.isEmpty())
                qCritical("%s", qPrintable(error));
            QApplication::exit(error.isEmpty() ? 0 : 1);
        });
        run->start();
        return QApplication::exec();
    }
    window.show();
    if (!parser.positionalArguments().isEmpty())
        window.openImages(parser.positionalArguments());
    return QApplication::exec();
}
