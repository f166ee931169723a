#include "MainWindow.h"
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
    window.show();
    if (!parser.positionalArguments().isEmpty())
        window.openImages(parser.positionalArguments());
    return QApplication::exec();
}
