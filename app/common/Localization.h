#pragma once

#include <QCoreApplication>
#include <QString>
#include <QStringList>

namespace dv {

/// Which translation to load and loading it, shared by the window and the CLI.
class Localization
{
    Q_DECLARE_TR_FUNCTIONS(Localization)

public:
    /// Settings key holding the user's language override ("" = follow the system).
    static QString settingsKey() { return QStringLiteral("ui/language"); }
    /// Languages with a translation, besides English.
    static QStringList availableLanguages();
    /// `--lang` wins, then the settings override, then the system locale.
    static QString chooseLanguage(const QString &commandLine, const QString &setting,
                                  const QString &systemLocale);
    /// Installs Dermaview's and Qt's own translations for `language` ("de", "es_ES", "en").
    /// English needs none. Returns false when `language` has no Dermaview translation.
    static bool install(QCoreApplication &app, const QString &language);
    /// The language's name in that language, for the settings menu.
    static QString nativeName(const QString &language);
};

} // namespace dv
