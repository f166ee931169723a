#include "api/ApiError.h"
#include "common/Localization.h"
#include "review/Bands.h"
#include "review/Review.h"

#include <QTest>
#include <QTranslator>

using namespace dv;

class TestTranslations : public QObject
{
    Q_OBJECT

private slots:
    void chooseLanguage_data();
    void chooseLanguage();
    void translatedStringsAppear_data();
    void translatedStringsAppear();
    void unknownLanguageFallsBackToEnglish();
};

void TestTranslations::chooseLanguage_data()
{
    QTest::addColumn<QString>("commandLine");
    QTest::addColumn<QString>("setting");
    QTest::addColumn<QString>("system");
    QTest::addColumn<QString>("expected");
    QTest::newRow("command line wins") << "fr"
                                       << "de"
                                       << "es_ES"
                                       << "fr";
    QTest::newRow("setting next") << ""
                                  << "de_DE"
                                  << "es_ES"
                                  << "de";
    QTest::newRow("system last") << ""
                                 << ""
                                 << "es_ES"
                                 << "es";
    QTest::newRow("nothing") << ""
                             << ""
                             << ""
                             << "en";
    QTest::newRow("bcp47 form") << "fr-CA"
                                << ""
                                << ""
                                << "fr";
}

void TestTranslations::chooseLanguage()
{
    QFETCH(QString, commandLine);
    QFETCH(QString, setting);
    QFETCH(QString, system);
    QFETCH(QString, expected);
    QCOMPARE(Localization::chooseLanguage(commandLine, setting, system), expected);
}

void TestTranslations::translatedStringsAppear_data()
{
    QTest::addColumn<QString>("language");
    QTest::addColumn<QString>("excellent");
    QTest::addColumn<QString>("cancelled");
    QTest::newRow("de") << "de"
                        << "Ausgezeichnet"
                        << "Abgebrochen.";
    QTest::newRow("es") << "es"
                        << "Excelente"
                        << "Operación cancelada.";
    QTest::newRow("fr") << "fr"
                        << "Excellente"
                        << "Opération annulée.";
}

void TestTranslations::translatedStringsAppear()
{
    QFETCH(QString, language);
    QFETCH(QString, excellent);
    QFETCH(QString, cancelled);
    const QString englishDisclaimer = review::Reviewer::disclaimer();
    QVERIFY(Localization::install(*QCoreApplication::instance(), language));
    QCOMPARE(review::Bands::quality(93).label, excellent);
    // Messages from every layer, not only the review (an aliased tr() context once hid the
    // API's error messages from lupdate).
    api::ApiError error;
    error.kind = api::ApiError::Kind::Cancelled;
    QCOMPARE(error.message(), cancelled);
    QVERIFY(review::Reviewer::disclaimer() != englishDisclaimer);
    QVERIFY(!review::Reviewer::qaWatermark().contains(QLatin1String("NOT FOR")));
    // Remove every installed translator so the next row starts from English.
    const auto translators = QCoreApplication::instance()->findChildren<QTranslator *>();
    for (QTranslator *translator : translators) {
        QCoreApplication::removeTranslator(translator);
        delete translator;
    }
    QCOMPARE(review::Bands::quality(93).label, QStringLiteral("Excellent"));
}

void TestTranslations::unknownLanguageFallsBackToEnglish()
{
    QVERIFY(!Localization::install(*QCoreApplication::instance(), QStringLiteral("xx")));
    QVERIFY(Localization::install(*QCoreApplication::instance(), QStringLiteral("en")));
    QCOMPARE(review::Bands::quality(93).label, QStringLiteral("Excellent"));
}

QTEST_GUILESS_MAIN(TestTranslations)
#include "tst_translations.moc"
