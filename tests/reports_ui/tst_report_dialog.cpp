// The stored-report dialog: fetched from the embedded sandbox (both formats, four locales),
// read from the seed files, the errors a person meets, the PDF through the 302, and what is
// withheld staying absent.
#include "Fixtures.h"
#include "MainWindow.h"
#include "ResultFixtures.h"
#include "backend/Backend.h"
#include "credentials/MemoryCredentialStore.h"
#include "reports/ExplainabilityGallery.h"
#include "reports/ReportDialog.h"
#include "reports/ReportFiles.h"
#include "reports/StoredReportView.h"
#include "result/DifferentialSection.h"
#include "result/ImageReviewPanel.h"
#include "result/QaWatermark.h"
#include "result/ReportHeader.h"
#include "result/ResultPanel.h"

#include <QBuffer>
#include <QComboBox>
#include <QDialog>
#include <QFile>
#include <QImage>
#include <QImageReader>
#include <QJsonDocument>
#include <QJsonValue>
#include <QLabel>
#include <QLineEdit>
#include <QMimeDatabase>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QProcess>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>

using dv::ui::Backend;
using dv::ui::ReportDialog;

class TestReportDialog : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void fetchesEveryFormatAndLocale_data();
    void fetchesEveryFormatAndLocale();
    void localesDiffer();
    void opensSavedFiles_data();
    void opensSavedFiles();
    void unknownIdKeepsInput();
    void malformedFiles_data();
    void malformedFiles();
    void serverErrorsInWords_data();
    void serverErrorsInWords();
    void idIsValidated();
    void cancelKeepsInput();
    void pdfFollowsRedirectAndIsSaved();
    void pdfNotSavedWhenNotPdf();
    void savedJsonReopens();
    void invalidObservationWithheld();
    void qaModeRevealsMarked();
    void embeddedMediaDecodedAndEnlarged();
    void mediaOfWithheldScoresAbsent();
    void linkedPhotosAndMapsDownloaded();
    void mainWindowOpensDialog();
    void snapshots();

private:
    QString diagnose(const QStringList &photos);
    void fetch(ReportDialog &dialog, const QString &id, const QString &format,
               const QString &locale);
    QString writeFile(const QString &name, const QByteArray &bytes);
    /// Asks the embedded sandbox (its control endpoint) to fail report requests.
    void injectReportFault(const QString &kind);
    void clearFaults();
    void control(const QByteArray &verb, const QByteArray &body);
    /// The seed's standard report with its one photo's quality and its explainability media
    /// replaced.
    QByteArray seedStandardWith(int quality, const QString &mediaUrl);
    /// A seed report file, its media links pointed at a port of this computer that refuses.
    QByteArray seedBytes(const QString &file);
    QString seedFile(const QString &file);

    QTemporaryDir m_dir;
    Backend m_backend;
    QString m_validId;
    QString m_mixedId;
    QHash<QString, QStringList> m_namesByLocale;
};

void TestReportDialog::initTestCase()
{
    QVERIFY(m_dir.isValid());
    QString error;
    QVERIFY2(m_backend.useSandbox(&error), qPrintable(error));
    m_validId = diagnose({QStringLiteral("acne.jpg")});
    m_mixedId = diagnose({QStringLiteral("acne.jpg"), QStringLiteral("invalid.png")});
}

void TestReportDialog::init()
{
    QSettings().clear();
}

QString TestReportDialog::diagnose(const QStringList &photos)
{
    QVector<dv::api::ImageUpload> uploads;
    for (const QString &name : photos) {
        QFile file(QStringLiteral(DV_SHARED_IMAGES) + QLatin1Char('/') + name);
        if (!file.open(QIODevice::ReadOnly))
            qFatal("missing shared image %s", qPrintable(name));
        dv::api::ImageUpload upload;
        upload.bytes = file.readAll();
        upload.contentType = QMimeDatabase().mimeTypeForFile(file.fileName()).name();
        uploads << upload;
    }
    std::optional<dv::api::ApiResult<dv::model::DiagnosisReport>> result;
    m_backend.client()->diagnose(uploads, this, [&](const auto &answer) { result = answer; });
    if (!QTest::qWaitFor([&] { return result.has_value(); }, 60000) || !result->ok())
        qFatal("the sandbox did not analyse %s", qPrintable(photos.join(' ')));
    return result->value().envelope.identifier;
}

void TestReportDialog::fetch(ReportDialog &dialog, const QString &id, const QString &format,
                             const QString &locale)
{
    dialog.idEdit()->setText(id);
    dialog.formatBox()->setCurrentIndex(format == "fhir" ? 1 : 0);
    dialog.localeBox()->setCurrentIndex(dialog.localeBox()->findData(locale));
    QVERIFY(dialog.fetchButton()->isEnabled());
    QSignalSpy shown(&dialog, &ReportDialog::reportShown);
    QSignalSpy failed(&dialog, &ReportDialog::failed);
    QTest::mouseClick(dialog.fetchButton(), Qt::LeftButton);
    QVERIFY(dialog.isBusy());
    QVERIFY(dialog.cancelButton()->isEnabled());
    QTRY_VERIFY_WITH_TIMEOUT(shown.size() + failed.size() == 1, 30000);
    QVERIFY(!dialog.isBusy());
}

QString TestReportDialog::writeFile(const QString &name, const QByteArray &bytes)
{
    const QString path = m_dir.filePath(name);
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size())
        qFatal("cannot write %s", qPrintable(path));
    return path;
}

QByteArray TestReportDialog::seedBytes(const QString &file)
{
    // The seed links its media to "https://bucket/...": a host name the tests must not look
    // up (a machine without DNS can take minutes to say no). This computer's discard port
    // refuses the connection at once, which is the same failure, quickly.
    return dv::test::fixtureBytes(file).replace("https://bucket/", "http://127.0.0.1:9/");
}

QString TestReportDialog::seedFile(const QString &file)
{
    return writeFile(QString(file).replace(QLatin1Char('/'), QLatin1Char('-')), seedBytes(file));
}

QByteArray TestReportDialog::seedStandardWith(int quality, const QString &mediaUrl)
{
    QJsonValue seed = QJsonDocument::fromJson(seedBytes("seed/report-standard.json")).object();
    dv::test::setAt(seed, "data.result.observations[0].media.diqaScore", quality);
    dv::test::setAt(seed, "data.result.scoringSystems[0].explainabilityMedia.url", mediaUrl);
    return dv::test::toBytes(seed);
}

void TestReportDialog::fetchesEveryFormatAndLocale_data()
{
    QTest::addColumn<QString>("format");
    QTest::addColumn<QString>("locale");
    for (const char *format : {"standard", "fhir"}) {
        for (const char *locale : {"en", "es", "fr", "de"})
            QTest::addRow("%s-%s", format, locale) << format << locale;
    }
}

void TestReportDialog::fetchesEveryFormatAndLocale()
{
    QFETCH(QString, format);
    QFETCH(QString, locale);
    ReportDialog dialog(&m_backend, nullptr, false);
    fetch(dialog, m_validId, format, locale);
    QVERIFY2(dialog.errorText().isEmpty(), qPrintable(dialog.errorText()));
    QCOMPARE(dialog.report().id, m_validId);
    QCOMPARE(dialog.report().format == dv::model::StoredReportFormat::Fhir, format == "fhir");
    auto *view = dialog.view();
    QVERIFY(view->hasReport());
    QVERIFY(view->resultPanel()->header()->reportIdText().contains(m_validId));
    QVERIFY(view->resultPanel()->header()->disclaimerText().contains("not a diagnosis"));
    // The sandbox's photo is valid: the combined differential is shown, one tab per photo.
    QVERIFY(view->resultPanel()->differentialSection());
    QCOMPARE(view->observationPanels().size(), 1);
    QCOMPARE(view->tabs()->count(), 2);
    const auto *pathology = view->findChild<QLabel *>("reportPathology");
    QVERIFY(pathology);
    QVERIFY(!dialog.report().pathologyName.isEmpty());
    QVERIFY(pathology->text().contains(dialog.report().pathologyName));

    QStringList names;
    for (const auto &conclusion : dialog.report().conclusions)
        names << conclusion.text;
    if (format == "standard")
        m_namesByLocale.insert(locale, names);
    else // the two formats carry the same report
        QCOMPARE(names, m_namesByLocale.value(locale));
}

void TestReportDialog::localesDiffer()
{
    QCOMPARE(m_namesByLocale.size(), 4);
    const QStringList locales = m_namesByLocale.keys();
    for (const QString &a : locales) {
        for (const QString &b : locales) {
            if (a != b)
                QVERIFY2(m_namesByLocale.value(a) != m_namesByLocale.value(b),
                         qPrintable(a + " and " + b + " read the same"));
        }
    }
}

void TestReportDialog::opensSavedFiles_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<bool>("fhir");
    QTest::addColumn<QString>("pathology");
    QTest::addColumn<QString>("bodySite");
    QTest::addRow("standard") << "seed/report-standard.json" << false << "Acne (ED80)"
                              << "Face and neck";
    // The FHIR page's example has a null pathology.
    QTest::addRow("fhir") << "seed/report-fhir.json" << true << "not reported"
                          << "Chest and belly";
}

void TestReportDialog::opensSavedFiles()
{
    QFETCH(QString, file);
    QFETCH(bool, fhir);
    QFETCH(QString, pathology);
    QFETCH(QString, bodySite);
    ReportDialog dialog(&m_backend, nullptr, false);
    QSignalSpy shown(&dialog, &ReportDialog::reportShown);
    dialog.openFile(seedFile(file));
    QTRY_COMPARE(shown.size(), 1);
    QCOMPARE(dialog.report().format == dv::model::StoredReportFormat::Fhir, fhir);
    QCOMPARE(dialog.rawJson(), seedBytes(file));
    const QStringList texts = dv::test::visibleTexts(dialog.view());
    // Header, context, anamnesis, observations, the differential and the scoring system.
    QVERIFY(dialog.view()->resultPanel()->header()->reportIdText().contains(dialog.report().id));
    QCOMPARE(dialog.view()->findChild<QLabel *>("reportPathology")->text(), pathology);
    QCOMPARE(dialog.view()->findChild<QLabel *>("reportBodySite")->text(), bodySite);
    QCOMPARE(dialog.view()->findChildren<QLabel *>("anamnesisQuestion").size(),
             dialog.report().anamnesis.size());
    QVERIFY(!dialog.report().anamnesis.isEmpty());
    QVERIFY(dialog.view()->resultPanel()->differentialSection());
    QCOMPARE(dialog.view()->observationPanels().size(), dialog.report().observations.size());
    QVERIFY(!dialog.report().scoringSystems.isEmpty());
    const auto facets = dialog.view()->findChildren<QLabel *>("facetValue");
    QCOMPARE(facets.size(), dialog.report().scoringSystems.first().facets.size());
    QVERIFY(texts.join('\n').contains("Severe"));
    // The links lead nowhere (see seedBytes()): each says it could not be shown, nothing
    // hangs.
    QVERIFY(dialog.view()->gallery());
    QTRY_VERIFY_WITH_TIMEOUT(dialog.view()->gallery()->pendingDecodes() == 0, 30000);
    QVERIFY(
        dv::test::visibleTexts(dialog.view()->gallery()).join('\n').contains("could not be read"));
    QTRY_VERIFY_WITH_TIMEOUT(dialog.view()->pendingPhotos() == 0, 30000);
    const auto statuses = dialog.view()->findChildren<QLabel *>("observationPhotoStatus");
    QCOMPARE(statuses.size(), dialog.report().observations.size());
    for (const QLabel *status : statuses)
        QVERIFY2(status->text().contains("could not be shown"), qPrintable(status->text()));
}

void TestReportDialog::unknownIdKeepsInput()
{
    ReportDialog dialog(&m_backend, nullptr, false);
    fetch(dialog, "no-such-report", "fhir", "de");
    QVERIFY(dialog.errorText().contains("no such record"));
    QVERIFY(!dialog.errorText().contains("Still shown"));
    QVERIFY(!dialog.view()->hasReport());
    QCOMPARE(dialog.idEdit()->text(), QStringLiteral("no-such-report"));
    QCOMPARE(dialog.formatBox()->currentIndex(), 1);
    QCOMPARE(dialog.localeBox()->currentData().toString(), QStringLiteral("de"));
    QVERIFY(dialog.fetchButton()->isEnabled());

    // A report on screen stays while a later fetch fails.
    fetch(dialog, m_validId, "standard", "en");
    QVERIFY(dialog.view()->hasReport());
    fetch(dialog, "still-missing", "standard", "en");
    QVERIFY(dialog.errorText().contains("Still shown: report " + m_validId));
    QCOMPARE(dialog.report().id, m_validId);
}

void TestReportDialog::malformedFiles_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<QString>("expected");
    QTest::addRow("not json") << QByteArray("{\"success\": true, \"data\": {") << "not a readable";
    QTest::addRow("wrong type") << QByteArray(
                                       R"({"success": true, "message": "x", "errorCode": null,
        "data": {"id": 5, "createdAt": "2023-08-03T12:38:10+02:00", "result": {"observations": []}}})")
                                << "not a readable";
    QTest::addRow("another response")
        << dv::test::fixtureBytes("seed/login.json") << "not a stored diagnostic report";
    QTest::addRow("empty") << QByteArray() << "not a readable";
}

void TestReportDialog::malformedFiles()
{
    QFETCH(QByteArray, bytes);
    QFETCH(QString, expected);
    ReportDialog dialog(&m_backend, nullptr, false);
    dialog.idEdit()->setText("typed-id");
    QSignalSpy failed(&dialog, &ReportDialog::failed);
    dialog.openFile(writeFile("bad.json", bytes));
    QTRY_COMPARE(failed.size(), 1);
    QVERIFY2(dialog.errorText().contains(expected), qPrintable(dialog.errorText()));
    QVERIFY(!dialog.view()->hasReport());
    QCOMPARE(dialog.idEdit()->text(), QStringLiteral("typed-id"));

    dialog.openFile(m_dir.filePath("does-not-exist.json"));
    QTRY_COMPARE(failed.size(), 2);
    QVERIFY(dialog.errorText().contains("Could not open"));
}

void TestReportDialog::control(const QByteArray &verb, const QByteArray &body)
{
    QNetworkAccessManager network;
    QUrl url = m_backend.client()->config().reportUrl;
    url.setPath("/_sandbox/faults");
    QNetworkRequest request(url);
    request.setHeader(QNetworkRequest::ContentTypeHeader, "application/json");
    QBuffer buffer;
    buffer.setData(body);
    QNetworkReply *reply = network.sendCustomRequest(request, verb, &buffer);
    QTRY_VERIFY(reply->isFinished());
    QCOMPARE(reply->error(), QNetworkReply::NoError);
    reply->deleteLater();
}

void TestReportDialog::injectReportFault(const QString &kind)
{
    control("POST", QStringLiteral(R"({"kind": "%1", "endpoint": "%2", "count": -1})")
                        .arg(kind, "/s2s-api/v3/anonymous-diagnostic-reports")
                        .toUtf8());
}

void TestReportDialog::clearFaults()
{
    control("DELETE", QByteArray());
}

void TestReportDialog::serverErrorsInWords_data()
{
    QTest::addColumn<QString>("fault");
    QTest::addColumn<QString>("expected");
    QTest::addRow("malformed") << "malformed-json"
                               << "cannot read";
    QTest::addRow("401") << "401"
                         << "X-API-TOKEN";
    QTest::addRow("500") << "500"
                         << "HTTP 500";
}

void TestReportDialog::serverErrorsInWords()
{
    QFETCH(QString, fault);
    QFETCH(QString, expected);
    injectReportFault(fault);
    ReportDialog dialog(&m_backend, nullptr, false);
    fetch(dialog, m_validId, "fhir", "fr");
    clearFaults();
    QVERIFY(!dialog.errorText().isEmpty());
    QVERIFY2(dialog.errorText().contains(expected), qPrintable(dialog.errorText()));
    QVERIFY(!dialog.view()->hasReport());
    QCOMPARE(dialog.idEdit()->text(), m_validId);
    QCOMPARE(dialog.formatBox()->currentIndex(), 1);
    QCOMPARE(dialog.localeBox()->currentData().toString(), QStringLiteral("fr"));
    // The same request works once the server does.
    fetch(dialog, m_validId, "fhir", "fr");
    QVERIFY(dialog.view()->hasReport());
    QVERIFY(dialog.errorText().isEmpty());
}

void TestReportDialog::idIsValidated()
{
    QVERIFY(ReportDialog::isPlausibleId("0189bafa-0610-7349-a0ab-eb53695b27fd"));
    QVERIFY(ReportDialog::isPlausibleId("aGVsbG8+d29ybGQ="));
    QVERIFY(!ReportDialog::isPlausibleId(""));
    QVERIFY(!ReportDialog::isPlausibleId("a b"));
    QVERIFY(!ReportDialog::isPlausibleId("../reports"));
    QVERIFY(!ReportDialog::isPlausibleId(QString(513, 'a')));
    ReportDialog dialog(&m_backend, nullptr, false);
    QVERIFY(!dialog.fetchButton()->isEnabled());
    QTest::keyClicks(dialog.idEdit(), "ab cd/ef");
    QCOMPARE(dialog.idEdit()->text(), QStringLiteral("abcdef")); // the validator refused the rest
    QVERIFY(dialog.fetchButton()->isEnabled());
    QVERIFY(!dialog.pdfButton()->isEnabled());
    QVERIFY(!dialog.saveJsonButton()->isEnabled());
}

void TestReportDialog::cancelKeepsInput()
{
    ReportDialog dialog(&m_backend, nullptr, false);
    QSignalSpy shown(&dialog, &ReportDialog::reportShown);
    QSignalSpy failed(&dialog, &ReportDialog::failed);
    dialog.idEdit()->setText(m_validId);
    dialog.fetch();
    QVERIFY(dialog.isBusy());
    QVERIFY(!dialog.fetchButton()->isEnabled());
    QTest::mouseClick(dialog.cancelButton(), Qt::LeftButton);
    QTRY_VERIFY(!dialog.isBusy());
    QTest::qWait(200); // nothing arrives late
    QCOMPARE(shown.size(), 0);
    QCOMPARE(failed.size(), 0);
    QCOMPARE(dialog.statusText(), QStringLiteral("Cancelled."));
    QCOMPARE(dialog.idEdit()->text(), m_validId);
    QVERIFY(dialog.fetchButton()->isEnabled());
}

void TestReportDialog::pdfFollowsRedirectAndIsSaved()
{
    ReportDialog dialog(&m_backend, nullptr, false);
    fetch(dialog, m_validId, "standard", "fr");
    QVERIFY(dialog.pdfButton()->isEnabled());
    const QString path = m_dir.filePath("report.pdf");
    QSignalSpy saved(&dialog, &ReportDialog::pdfSaved);
    dialog.downloadPdf(path);
    QTRY_COMPARE_WITH_TIMEOUT(saved.size(), 1, 30000);
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QVERIFY(file.readAll().startsWith("%PDF"));
    const QString pdftotext = QStandardPaths::findExecutable("pdftotext");
    if (pdftotext.isEmpty())
        QFAIL("pdftotext is not installed: the text was not checked");
    QProcess process;
    process.start(pdftotext, {path, "-"});
    QVERIFY(process.waitForFinished(30000));
    const QString text = QString::fromUtf8(process.readAllStandardOutput());
    QVERIFY2(text.contains(m_validId), qPrintable(text));
    // French, as chosen in the dialog.
    QVERIFY2(text.contains(dialog.report().conclusions.first().text.left(6)), qPrintable(text));
}

void TestReportDialog::pdfNotSavedWhenNotPdf()
{
    ReportDialog dialog(&m_backend, nullptr, false);
    dialog.openFile(seedFile("seed/report-standard.json"));
    QTRY_VERIFY(dialog.view()->hasReport());
    // The seed's report does not exist on the sandbox: a clear error, no file.
    const QString path = m_dir.filePath("missing.pdf");
    QSignalSpy failed(&dialog, &ReportDialog::failed);
    dialog.downloadPdf(path);
    QTRY_COMPARE_WITH_TIMEOUT(failed.size(), 1, 30000);
    QVERIFY(!QFile::exists(path));
    QVERIFY(dv::ui::ReportFiles::writePdf(path, "<html>login</html>").contains("not send a PDF"));
    QVERIFY(!QFile::exists(path));
}

void TestReportDialog::savedJsonReopens()
{
    ReportDialog dialog(&m_backend, nullptr, false);
    fetch(dialog, m_validId, "fhir", "es");
    const QString path = m_dir.filePath("saved.json");
    QVERIFY(dialog.saveJson(path));
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QCOMPARE(file.readAll(), dialog.rawJson());

    ReportDialog reopened(&m_backend, nullptr, false);
    QSignalSpy shown(&reopened, &ReportDialog::reportShown);
    reopened.openFile(path);
    QTRY_COMPARE(shown.size(), 1);
    QCOMPARE(reopened.report().id, m_validId);
    QVERIFY(reopened.report().format == dv::model::StoredReportFormat::Fhir);
}

void TestReportDialog::invalidObservationWithheld()
{
    // What QA mode would reveal: the names that must not appear outside it.
    ReportDialog qa(&m_backend, nullptr, true);
    fetch(qa, m_mixedId, "standard", "en");
    QStringList withheld;
    for (const auto &conclusion : qa.view()->review().differential.top())
        withheld << conclusion.text;
    QVERIFY(!withheld.isEmpty());

    ReportDialog dialog(&m_backend, nullptr, false);
    fetch(dialog, m_mixedId, "standard", "en");
    const auto *view = dialog.view();
    QCOMPARE(view->observationPanels().size(), 2);
    QVERIFY(!view->review().images.at(1).gate.valid);
    QCOMPARE(view->tabs()->tabText(2), QStringLiteral("Image 2 (not valid)"));
    QVERIFY(!view->resultPanel()->differentialSection());
    QVERIFY(view->findChildren<dv::ui::QaWatermark *>().isEmpty());
    const QString texts = dv::test::visibleTexts(view).join('\n');
    for (const QString &name : withheld)
        QVERIFY2(!texts.contains(name), qPrintable(name + " is on screen"));
    QVERIFY(view->findChild<QLabel *>("reportPathology")->text().contains("Withheld"));
}

void TestReportDialog::qaModeRevealsMarked()
{
    ReportDialog dialog(&m_backend, nullptr, true);
    QVERIFY(dialog.windowTitle().contains("not for clinical use"));
    fetch(dialog, m_mixedId, "fhir", "en");
    const auto *view = dialog.view();
    QVERIFY(view->resultPanel()->differentialSection());
    QVERIFY(view->resultPanel()->header()->qaBannerShown());
    QVERIFY(!view->findChildren<dv::ui::QaWatermark *>().isEmpty());
}

void TestReportDialog::embeddedMediaDecodedAndEnlarged()
{
    QImage map(64, 48, QImage::Format_RGB888);
    map.fill(QColor(200, 40, 30));
    QByteArray png;
    QBuffer buffer(&png);
    buffer.open(QIODevice::WriteOnly);
    QVERIFY(map.save(&buffer, "PNG"));
    const QString url = "data:image/png;base64," + QString::fromLatin1(png.toBase64());

    ReportDialog dialog(&m_backend, nullptr, false);
    dialog.openFile(writeFile("media.json", seedStandardWith(86, url)));
    QTRY_VERIFY(dialog.view()->hasReport());
    auto *gallery = dialog.view()->gallery();
    QVERIFY(gallery);
    QTRY_COMPARE(gallery->pendingDecodes(), 0);
    QCOMPARE(gallery->image(0).size(), QSize(64, 48));
    QCOMPARE(QColor(gallery->image(0).pixel(10, 10)), QColor(200, 40, 30));
    const QString label = dv::test::visibleTexts(gallery).join('\n');
    QVERIFY2(label.contains("Acne lesion estimation grading index — Severe"), qPrintable(label));
    QDialog *enlarged = gallery->enlarge(0);
    QVERIFY(enlarged);
    const auto *picture = enlarged->findChild<QLabel *>("enlargedMedia");
    QVERIFY(picture->pixmap().width() > 64); // enlarged, aspect kept
    QCOMPARE(picture->pixmap().width() * 48, picture->pixmap().height() * 64);
    enlarged->close();

    // Corrupt base64 image: a sentence, no crash.
    ReportDialog broken(&m_backend, nullptr, false);
    broken.openFile(
        writeFile("broken.json", seedStandardWith(86, "data:image/png;base64,iVBORw0K")));
    QTRY_VERIFY(broken.view()->hasReport());
    QTRY_COMPARE(broken.view()->gallery()->pendingDecodes(), 0);
    QVERIFY(broken.view()->gallery()->image(0).isNull());
    QVERIFY(
        dv::test::visibleTexts(broken.view()->gallery()).join('\n').contains("could not be read"));
}

void TestReportDialog::mediaOfWithheldScoresAbsent()
{
    // Quality 30 (Poor): the photo is not valid, so the scoring system and its media are
    // withheld, and absent.
    ReportDialog dialog(&m_backend, nullptr, false);
    dialog.openFile(writeFile("poor.json", seedStandardWith(30, "https://bucket/x.png")));
    QTRY_VERIFY(dialog.view()->hasReport());
    QVERIFY(!dialog.view()->gallery());
    const QString texts = dv::test::visibleTexts(dialog.view()).join('\n');
    QVERIFY(!texts.contains("Mild (0-10)"));
    QVERIFY(!texts.contains("bucket"));
    QVERIFY(!dialog.view()->findChildren<QLabel *>("gateReason").isEmpty());
    QVERIFY(dialog.view()->findChildren<QWidget *>("severityBands").isEmpty());
    QVERIFY(dialog.view()->findChildren<QLabel *>("facetValue").isEmpty());

    ReportDialog qa(&m_backend, nullptr, true);
    qa.openFile(m_dir.filePath("poor.json"));
    QTRY_VERIFY(qa.view()->hasReport());
    QVERIFY(qa.view()->gallery());
    QVERIFY(!qa.view()->gallery()->findChildren<dv::ui::QaWatermark *>().isEmpty());
}

// The sandbox links each photo of a report, as the vendor does: every tab shows its photo,
// upright and in proportion, the invalid one included; a map linked the same way is shown; a
// link that is refused says so in place of its image.
void TestReportDialog::linkedPhotosAndMapsDownloaded()
{
    ReportDialog dialog(&m_backend, nullptr, false);
    fetch(dialog, m_mixedId, "fhir", "en");
    QCOMPARE(dialog.report().observations.size(), 2);
    QTRY_COMPARE_WITH_TIMEOUT(dialog.view()->pendingPhotos(), 0, 30000);
    for (int i = 0; i < 2; ++i) {
        const QImage photo = dialog.view()->photo(i);
        QVERIFY2(!photo.isNull(), qPrintable(QString::number(i)));
    }
    QImageReader original(QStringLiteral(DV_SHARED_IMAGES "/acne.jpg"));
    original.setAutoTransform(true);
    const QImage acne = original.read();
    const QImage shown = dialog.view()->photo(0);
    QVERIFY(std::abs(double(shown.width()) / shown.height() -
                     double(acne.width()) / acne.height()) < 0.01);
    for (const QLabel *status : dialog.view()->findChildren<QLabel *>("observationPhotoStatus"))
        QVERIFY2(status->text().contains(" px"), qPrintable(status->text()));

    const QString photoLink = dialog.report().observations.at(0).url;
    QVERIFY(photoLink.startsWith("http://127.0.0.1:"));
    ReportDialog linked(&m_backend, nullptr, false);
    linked.openFile(writeFile("linked-map.json", seedStandardWith(86, photoLink)));
    QTRY_VERIFY(linked.view()->hasReport());
    QTRY_COMPARE_WITH_TIMEOUT(linked.view()->gallery()->pendingDecodes(), 0, 30000);
    QCOMPARE(linked.view()->gallery()->image(0).size(), shown.size());
    QVERIFY(linked.view()->gallery()->enlarge(0));

    QUrl forged(photoLink);
    forged.setQuery(QStringLiteral("key=forged"));
    ReportDialog refused(&m_backend, nullptr, false);
    refused.openFile(writeFile("refused-map.json", seedStandardWith(86, forged.toString())));
    QTRY_VERIFY(refused.view()->hasReport());
    QTRY_COMPARE_WITH_TIMEOUT(refused.view()->gallery()->pendingDecodes(), 0, 30000);
    const QString texts = dv::test::visibleTexts(refused.view()->gallery()).join('\n');
    QVERIFY2(texts.contains("refused the link (HTTP 403)"), qPrintable(texts));
    QVERIFY(!texts.contains("password"));
}

void TestReportDialog::mainWindowOpensDialog()
{
    dv::credentials::MemoryCredentialStore store;
    dv::ui::MainWindow window(&store);
    QAction *open = nullptr;
    for (QAction *action : window.findChildren<QAction *>()) {
        if (action->shortcut() == QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_R))
            open = action;
    }
    QVERIFY(open);
    QVERIFY(open->text().contains("stored"));
    ReportDialog *dialog = window.showReportDialog();
    QVERIFY(dialog->isVisible());
    QCOMPARE(dialog->localeBox()->currentData().toString(), ReportDialog::defaultLocale());

    // An open dialog follows the window's QA mode: what it revealed is withheld again when QA
    // mode is turned off (it used to keep the mode it was opened with).
    // The window has its own sandbox: the mixed report reaches it as a saved file.
    ReportDialog fetcher(&m_backend, nullptr, false);
    fetch(fetcher, m_mixedId, "standard", "en");
    const QString saved = writeFile("mixed-for-window.json", fetcher.rawJson());
    window.setQaMode(true, false);
    dialog->openFile(saved);
    QTRY_VERIFY(dialog->view()->hasReport());
    QVERIFY(dialog->view()->resultPanel());
    QVERIFY(dialog->view()->resultPanel()->differentialSection());
    QVERIFY(!dialog->view()->findChildren<dv::ui::QaWatermark *>().isEmpty());
    QStringList withheld;
    for (const auto &conclusion : dialog->view()->review().differential.top())
        withheld << conclusion.text;
    QVERIFY(!withheld.isEmpty());
    window.setQaMode(false, false);
    QVERIFY(!dialog->qaMode());
    QVERIFY(!dialog->windowTitle().contains("not for clinical use"));
    QVERIFY(!dialog->view()->resultPanel()->differentialSection());
    const QString shown = dv::test::visibleTexts(dialog->view()).join('\n');
    for (const QString &name : std::as_const(withheld))
        QVERIFY2(!shown.contains(name), qPrintable(name + " is on screen"));
    dialog->close();
}

// Renders the dialog at the window's minimum supported size for a person to look at:
// DV_SNAPSHOT_DIR=dir, ideally under xvfb-run with QT_QPA_PLATFORM=xcb. Without it the PNGs go
// to a temporary directory and only their rendering is checked.
void TestReportDialog::snapshots()
{
    const QString dir = qEnvironmentVariableIsSet("DV_SNAPSHOT_DIR")
                            ? qEnvironmentVariable("DV_SNAPSHOT_DIR")
                            : m_dir.path();
    const auto save = [&](QWidget *widget, const QString &name) {
        const QImage shot = widget->grab().toImage();
        QVERIFY(!shot.isNull());
        QVERIFY(shot.save(dir + QLatin1Char('/') + name));
    };
    ReportDialog dialog(&m_backend, nullptr, false);
    dialog.resize(1280, 800);
    dialog.show();
    dialog.openFile(seedFile("seed/report-standard.json"));
    QTRY_VERIFY(dialog.view()->hasReport());
    QTest::qWait(100);
    for (int tab = 0; tab < dialog.view()->tabs()->count(); ++tab) {
        dialog.view()->tabs()->setCurrentIndex(tab);
        QTest::qWait(50);
        save(&dialog, QStringLiteral("report-seed-tab%1.png").arg(tab));
    }
    fetch(dialog, m_mixedId, "standard", "es");
    QTRY_COMPARE_WITH_TIMEOUT(dialog.view()->pendingPhotos(), 0, 30000);
    QTest::qWait(100);
    save(&dialog, QStringLiteral("report-mixed-es.png"));
    dialog.view()->tabs()->setCurrentIndex(2);
    QTest::qWait(50);
    save(&dialog, QStringLiteral("report-mixed-es-photo2.png"));
    dialog.view()->tabs()->setCurrentIndex(1);
    QTest::qWait(50);
    save(&dialog, QStringLiteral("report-mixed-es-photo1.png"));
    fetch(dialog, "no-such-report", "fhir", "de");
    QTest::qWait(50);
    save(&dialog, QStringLiteral("report-error.png"));

    QImage map(64, 48, QImage::Format_RGB888);
    map.fill(QColor(200, 40, 30));
    QByteArray png;
    QBuffer buffer(&png);
    buffer.open(QIODevice::WriteOnly);
    map.save(&buffer, "PNG");
    ReportDialog qa(&m_backend, nullptr, true);
    qa.resize(1280, 800);
    qa.show();
    qa.openFile(writeFile(
        "qa-media.json",
        seedStandardWith(30, "data:image/png;base64," + QString::fromLatin1(png.toBase64()))));
    QTRY_VERIFY(qa.view()->hasReport());
    QTRY_COMPARE(qa.view()->gallery()->pendingDecodes(), 0);
    for (int tab = 0; tab < qa.view()->tabs()->count(); ++tab) {
        qa.view()->tabs()->setCurrentIndex(tab);
        QTest::qWait(50);
        save(&qa, QStringLiteral("report-qa-tab%1.png").arg(tab));
    }
}

QTEST_MAIN(TestReportDialog)
#include "tst_report_dialog.moc"
