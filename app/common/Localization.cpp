#include "common/Localization.h"

#include <QLibraryInfo>
#include <QLocale>
#include <QTranslator>

namespace dv {

namespace {

QString baseLanguage(const QString &locale)
{
    return locale.section(QLatin1Char('_'), 0, 0).section(QLatin1Char('-'), 0, 0).toLower();
}

} // namespace

QStringList Localization::availableLanguages()
{
    return {QStringLiteral("de"), QStringLiteral("es"), QStringLiteral("fr")};
}

QString Localization::chooseLanguage(const QString &commandLine, const QString &setting,
                                     const QString &systemLocale)
{
    for (const QString &candidate : {commandLine, setting, systemLocale}) {
        if (!candidate.trimmed().isEmpty())
            return baseLanguage(candidate.trimmed());
    }
    return QStringLiteral("en");
}

bool Localization::install(QCoreApplication &app, const QString &language)
{
    const QString base = baseLanguage(language);
    // Numbers (94.9 % / 94,9 %) follow the interface language, not the system's.
    QLocale::setDefault(QLocale(base == QLatin1String("c") ? QStringLiteral("en") : base));
    if (base == QLatin1String("en") || base == QLatin1String("c"))
        return true;
    auto *translator = new QTranslator(&app);
    if (!translator->load(QStringLiteral(":/i18n/dermaview_%1.qm").arg(base))) {
        delete translator;
        QLocale::setDefault(QLocale(QStringLiteral("en")));
        return false;
    }
    QCoreApplication::installTranslator(translator);
    // Qt's own strings (standard buttons, dialogs) when the system ships them.
    auto *qtTranslator = new QTranslator(&app);
    if (qtTranslator->load(QStringLiteral("qtbase_%1").arg(base),
                           QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QCoreApplication::installTranslator(qtTranslator);
    else
        delete qtTranslator;
    return true;
}

QString Localization::nativeName(const QString &language)
{
    const QLocale locale(language);
    const QString name = locale.nativeLanguageName();
    return name.isEmpty() ? language : name.left(1).toUpper() + name.mid(1);
}

} // namespace dv
