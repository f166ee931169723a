#include "Fixtures.h"
#include "api/ApiClient.h"
#include "export/ExportPhotos.h"
#include "export/ResultPdf.h"
#include "export/ViewSnapshot.h"
#include "model/SavedResponse.h"
#include "review/Review.h"
#include "sandbox/server/SandboxServer.h"

#include <QDir>
#include <QFile>
#include <QImageReader>
#include <QJsonArray>
#include <QLocale>
#include <QMimeDatabase>
#include <QNetworkAccessManager>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

using namespace dv;

namespace {

struct Run
{
    int exitCode = -1;
    QString out;
    QString err;
};

Run run(const QString &program, const QStringList &arguments)
{
    QProcess process;
    process.start(program, arguments);
    if (!process.waitForFinished(120000))
        qFatal("%s did not finish", qPrintable(program));
    if (process.exitStatus() != QProcess::NormalExit)
        return {-1, QString(), QStringLiteral("crashed")};
    return {process.exitCode(), QString::fromUtf8(process.readAllStandardOutput()),
            QString::fromUtf8(process.readAllStandardError())};
}

/// The PDF's text as pdftotext reads it, whitespace runs folded to one space (the disclaimer
/// wraps differently in the body and in the footer).
QString pdfText(const QString &pdf)
{
    const Run text = run(QStringLiteral("pdftotext"), {pdf, QStringLiteral("-")});
    if (text.exitCode != 0)
        qFatal("pdftotext failed: %s", qPrintable(text.err));
    return text.out.simplified();
}

int pdfPages(const QString &pdf)
{
    const Run info = run(QStringLiteral("pdfinfo"), {pdf});
    const QRegularExpressionMatch match =
        QRegularExpression(QStringLiteral("Pages:\\s+(\\d+)")).match(info.out);
    return match.hasMatch() ? match.captured(1).toInt() : -1;
}

QString percentText(double value)
{
    return QLocale().toString(value, 'f', 1) + QStringLiteral(" %");
}

model::DiagnosisReport parse(const QByteArray &json)
{
    const auto parsed = model::readSavedResponse(json);
    if (!parsed)
        qFatal("fixture does not parse: %s", qPrintable(parsed.error().toString()));
    return std::get<model::DiagnosisReport>(parsed.value().value);
}

exporting::ResultExportContent contentOf(const review::Review &review)
{
    exporting::ResultExportContent content;
    content.review = review;
    content.server = QStringLiteral("test server");
    content.appVersion = QStringLiteral("0.test");
    content.exportedAt = QDateTime(QDate(2026, 3, 1), QTime(10, 30));
    return content;
}

/// The sandbox's raw answer for these shared photos, asked over loopback HTTP in-process.
QByteArray sandboxAnswer(const QStringList &photos)
{
    sandbox::SandboxServer server{sandbox::SandboxConfig()};
    if (!server.listen(0))
        qFatal("sandbox: %s", qPrintable(server.errorString()));
    QNetworkAccessManager network;
    api::ApiConfig config;
    config.clinicalUrl = config.helperUrl = config.reportUrl = server.url();
    config.username = server.config().user;
    api::ApiClient client(&network, config);
    client.session().setPassword(server.config().password);
    QVector<api::ImageUpload> uploads;
    for (const QString &path : photos) {
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly))
            qFatal("missing shared image %s", qPrintable(path));
        api::ImageUpload upload;
        upload.bytes = file.readAll();
        upload.contentType = QMimeDatabase().mimeTypeForFile(path).name();
        uploads << upload;
    }
    std::optional<api::ApiResult<model::DiagnosisReport>> result;
    client.diagnose(uploads, &client, [&](const auto &answer) { result = answer; });
    if (!QTest::qWaitFor([&] { return result.has_value(); }, 120000))
        qFatal("the sandbox did not answer");
    if (!result->ok())
        qFatal("analysis failed: %s", qPrintable(result->error().message()));
    return result->rawBody();
}

QString shared(const QString &name)
{
    return QStringLiteral(DV_SHARED_IMAGES) + QLatin1Char('/') + name;
}

/// A response whose second image is invalid, with codes found nowhere else: the invalid
/// image's conclusion XQ01, the (withheld) aggregate's XA01/XA02.
QByteArray withheldResponse()
{
    QJsonValue document = test::diagnosisWithImages({true, false});
    test::setAt(document, QStringLiteral("imagingAnalysis[1].conclusion[0].code.coding[0].code"),
                QStringLiteral("XQ01"));
    test::setAt(document, QStringLiteral("conclusion[0].code.coding[0].code"),
                QStringLiteral("XA01"));
    test::setAt(document, QStringLiteral("conclusion[1].code.coding[0].code"),
                QStringLiteral("XA02"));
    return test::toBytes(document);
}

/// Indices of `needles` in `text`, each searched after the previous one; -1 when missing.
qsizetype inOrder(const QString &text, const QStringList &needles)
{
    qsizetype from = 0;
    for (const QString &needle : needles) {
        from = text.indexOf(needle, from);
        if (from < 0)
            return -1;
        from += needle.size();
    }
    return from;
}

} // namespace

class TestExport : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void seedPdfCarriesTopFiveDisclaimerAndId();
    void sandboxTopFiveInOrder();
    void withheldAbsentOutsideQa();
    void withheldPresentAndWatermarkedInQa();
    void longDifferentialAndLargePhotosPaginate();
    void renderFailureLeavesNoFile();
    void viewSnapshotCarriesFacts();
    void cliExportsSeed();
    void cliExportsSandboxAnswerWithPhotos();
    void cliMalformedResponse();
    void cliPhotoCountMismatch();

private:
    QTemporaryDir m_dir;
    QString path(const QString &name) const { return m_dir.filePath(name); }
    void checkRenders(const QString &pdf, int expectedPages);
};

void TestExport::initTestCase()
{
    // DV_KEEP_EXPORTS=1 keeps the PDFs and PNGs for a person to look at.
    if (qEnvironmentVariableIsSet("DV_KEEP_EXPORTS")) {
        m_dir.setAutoRemove(false);
        qInfo("exports kept in %s", qPrintable(m_dir.path()));
    }
    QVERIFY(m_dir.isValid());
    QVERIFY2(QFile::exists(shared(QStringLiteral("eczema.jpg"))), "../shared/images is needed");
}

void TestExport::checkRenders(const QString &pdf, int expectedPages)
{
    QCOMPARE(pdfPages(pdf), expectedPages);
    const QString prefix = pdf + QStringLiteral("-page");
    const Run render = run(QStringLiteral("pdftoppm"), {QStringLiteral("-r"), QStringLiteral("50"),
                                                        QStringLiteral("-png"), pdf, prefix});
    QVERIFY2(render.exitCode == 0 && render.err.isEmpty(), qPrintable(render.err));
    const QFileInfo info(prefix);
    const QStringList pages =
        QDir(info.absolutePath()).entryList({info.fileName() + QStringLiteral("-*.png")});
    QCOMPARE(pages.size(), expectedPages);
    for (const QString &page : pages) {
        const QImage image(info.absolutePath() + QLatin1Char('/') + page);
        QVERIFY(!image.isNull());
        // A4 at 50 dpi (poppler rounds either way).
        QVERIFY(qAbs(image.width() - 413) <= 1);
        QVERIFY(qAbs(image.height() - 585) <= 1);
    }
}

void TestExport::seedPdfCarriesTopFiveDisclaimerAndId()
{
    const review::Review review = review::Reviewer::review(
        parse(test::fixtureBytes(QStringLiteral("seed/diagnosis-support.json"))));
    const QString pdf = path(QStringLiteral("seed.pdf"));
    QString error;
    QVERIFY2(exporting::ResultPdf::write(contentOf(review), pdf, &error), qPrintable(error));
    const QString text = pdfText(pdf);
    QVERIFY(text.contains(QStringLiteral("f426f15d-fcea-4bd0-942e-7528bf163c5d")));
    QVERIFY(text.contains(review::Reviewer::disclaimer()));
    QVERIFY(text.contains(QStringLiteral("2026-02-13T14:58:27")));
    QVERIFY(text.contains(QStringLiteral("preliminary")));
    // Rows read: rank, probability, ICD-11 code, name.
    QVERIFY(inOrder(text, {percentText(94.89877797), QStringLiteral("EA89"),
                           percentText(0.15845833), QStringLiteral("1F28")}) > 0);
    // A reopened response has no photos, and the PDF says so.
    QVERIFY(text.contains(QStringLiteral("The photos are not part of this export")));
    QVERIFY(!text.contains(review::Reviewer::qaWatermark()));
    checkRenders(pdf, pdfPages(pdf));
    QVERIFY(pdfPages(pdf) >= 1);
}

void TestExport::sandboxTopFiveInOrder()
{
    const QByteArray raw = sandboxAnswer({shared(QStringLiteral("eczema.jpg"))});
    const model::DiagnosisReport report = parse(raw);
    const review::Review review = review::Reviewer::review(report);
    QVERIFY(review.aggregate.shown);
    QCOMPARE(review.differential.top().size(), 5);
    exporting::ResultExportContent content = contentOf(review);
    const QImage photo(shared(QStringLiteral("eczema.jpg")));
    content.photos << exporting::ExportPhotos::prepare(photo, QStringLiteral("eczema.jpg"), review,
                                                       &report, 0, -1, {});
    QVERIFY(!content.photos.first().overlay.isNull());
    QVERIFY(content.photos.first().legend.has_value());
    const QString pdf = path(QStringLiteral("sandbox.pdf"));
    QString error;
    QVERIFY2(exporting::ResultPdf::write(content, pdf, &error), qPrintable(error));
    const QString text = pdfText(pdf);
    QStringList expected;
    for (const review::RankedConclusion &c : review.differential.top())
        expected << percentText(c.probability) << c.code;
    QVERIFY2(inOrder(text, expected) > 0, qPrintable(expected.join(QLatin1Char(' '))));
    QVERIFY(text.contains(review.reportId));
    QVERIFY(text.contains(review::Reviewer::disclaimer()));
    QVERIFY(text.contains(
        QStringLiteral("Heat map of 1. %1").arg(review.images[0].differential.ranked[0].code)));
    QVERIFY(!text.contains(QStringLiteral("The photos are not part of this export")));
    checkRenders(pdf, pdfPages(pdf));
}

void TestExport::withheldAbsentOutsideQa()
{
    const review::Review review = review::Reviewer::review(parse(withheldResponse()));
    QVERIFY(!review.aggregate.shown);
    const QString pdf = path(QStringLiteral("withheld.pdf"));
    QString error;
    QVERIFY2(exporting::ResultPdf::write(contentOf(review), pdf, &error), qPrintable(error));
    const QString text = pdfText(pdf);
    for (const QString &code :
         {QStringLiteral("XQ01"), QStringLiteral("XA01"), QStringLiteral("XA02")})
        QVERIFY2(!text.contains(code), qPrintable(code));
    QVERIFY(!text.contains(review::Reviewer::qaWatermark()));
    QVERIFY(text.contains(QStringLiteral("EA89"))); // the valid image's own differential
    QVERIFY(text.contains(review.images[1].retakePrompt.simplified()));
    QVERIFY(text.contains(QStringLiteral("Withheld: the combined result")));
    checkRenders(pdf, pdfPages(pdf));
}

void TestExport::withheldPresentAndWatermarkedInQa()
{
    const review::Review review = review::Reviewer::review(parse(withheldResponse()), {true});
    const QString pdf = path(QStringLiteral("withheld-qa.pdf"));
    QString error;
    QVERIFY2(exporting::ResultPdf::write(contentOf(review), pdf, &error), qPrintable(error));
    const QString text = pdfText(pdf);
    for (const QString &code :
         {QStringLiteral("XQ01"), QStringLiteral("XA01"), QStringLiteral("XA02")})
        QVERIFY2(text.contains(code), qPrintable(code));
    const int pages = pdfPages(pdf);
    // The header and the diagonal mark of every page, plus the marks in the body.
    QVERIFY(text.count(review::Reviewer::qaWatermark()) >= 2 * pages);
    checkRenders(pdf, pages);
}

void TestExport::longDifferentialAndLargePhotosPaginate()
{
    // Three valid images, the first with 30 conclusions of long names; three 24 MP photos.
    QJsonValue document = test::diagnosisWithImages({true, true, true});
    QJsonArray conclusions;
    const QJsonValue first =
        test::valueAt(document, QStringLiteral("imagingAnalysis[0].conclusion[0]"));
    for (int i = 0; i < 30; ++i) {
        QJsonValue c = first;
        test::setAt(c, QStringLiteral("code.coding[0].code"),
                    QStringLiteral("ZL%1").arg(i, 2, 10, QLatin1Char('0')));
        test::setAt(
            c, QStringLiteral("code.coding[0].display"),
            QStringLiteral("A very long condition name that keeps going %1 ").arg(i).repeated(4));
        test::setAt(c, QStringLiteral("probability"), 3.0 - i * 0.1);
        if (i > 0)
            test::setAt(c, QStringLiteral("explainability"), QJsonValue());
        conclusions.append(c);
    }
    test::setAt(document, QStringLiteral("imagingAnalysis[0].conclusion"), conclusions);
    const model::DiagnosisReport report = parse(test::toBytes(document));
    const review::Review review = review::Reviewer::review(report);
    exporting::ResultExportContent content = contentOf(review);
    for (int i = 0; i < 3; ++i) {
        QImage big(i == 1 ? 4000 : 6000, i == 1 ? 6000 : 4000, QImage::Format_RGB32);
        big.fill(QColor(200, 150 + i * 20, 130));
        const exporting::ExportPhoto photo = exporting::ExportPhotos::prepare(
            big, QStringLiteral("photo %1").arg(i + 1), review, &report, i, -1, {});
        QCOMPARE(std::max(photo.photo.width(), photo.photo.height()),
                 exporting::ExportPhotos::pageLongSide);
        content.photos << photo;
    }
    const auto rendered = exporting::ResultPdf::render(content);
    QVERIFY2(!rendered.pdf.isEmpty(), qPrintable(rendered.error));
    QVERIFY(rendered.pageCount >= 3);
    const QString pdf = path(QStringLiteral("long.pdf"));
    QFile file(pdf);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(rendered.pdf);
    file.close();
    const QString text = pdfText(pdf);
    QVERIFY(inOrder(text, {QStringLiteral("ZL00"), QStringLiteral("ZL01"), QStringLiteral("ZL02"),
                           QStringLiteral("ZL03"), QStringLiteral("ZL04")}) > 0);
    QVERIFY(!text.contains(QStringLiteral("ZL05")));
    QVERIFY(text.contains(QStringLiteral("and 25 more condition")));
    QVERIFY(text.contains(QStringLiteral("Page %1 of %1").arg(rendered.pageCount)));
    QCOMPARE(text.count(review::Reviewer::disclaimer()), rendered.pageCount + 1);
    checkRenders(pdf, rendered.pageCount);
}

void TestExport::renderFailureLeavesNoFile()
{
    const review::Review review = review::Reviewer::review(
        parse(test::fixtureBytes(QStringLiteral("seed/diagnosis-support.json"))));
    const QString target = path(QStringLiteral("no-such-dir/out.pdf"));
    QString error;
    QVERIFY(!exporting::ResultPdf::write(contentOf(review), target, &error));
    QVERIFY2(error.contains(target), qPrintable(error));
    QVERIFY(!QFile::exists(target));
}

void TestExport::viewSnapshotCarriesFacts()
{
    QImage view(400, 300, QImage::Format_RGB32);
    view.fill(Qt::darkGray);
    exporting::ViewFacts facts;
    facts.caption = QStringLiteral("Heat map: EA89");
    facts.reportId = QStringLiteral("report-123");
    facts.issued = QStringLiteral("2026-02-13");
    const QImage annotated = exporting::ViewSnapshot::annotate(view, facts);
    QCOMPARE(annotated.width(), 400);
    QVERIFY(annotated.height() > 300 + 40);
    QCOMPARE(annotated.pixelColor(10, 10), QColor(Qt::darkGray));
    const QString png = path(QStringLiteral("view.png"));
    QString error;
    QVERIFY2(exporting::ViewSnapshot::write(view, facts, png, &error), qPrintable(error));
    QImageReader reader(png);
    QCOMPARE(reader.text(QStringLiteral("Report")), QStringLiteral("report-123"));
    QCOMPARE(reader.text(QStringLiteral("Description")), review::Reviewer::disclaimer());
    QVERIFY(reader.text(QStringLiteral("Warning")).isEmpty());
    QVERIFY(
        !exporting::ViewSnapshot::write(QImage(), facts, path(QStringLiteral("none.png")), &error));
    QVERIFY(!QFile::exists(path(QStringLiteral("none.png"))));
}

void TestExport::cliExportsSeed()
{
    const QString pdf = path(QStringLiteral("cli-seed.pdf"));
    const Run result =
        run(QStringLiteral(DV_CLI), {QStringLiteral("export"), QStringLiteral("--out"), pdf,
                                     QStringLiteral(DV_FIXTURES "/seed/diagnosis-support.json")});
    QVERIFY2(result.exitCode == 0, qPrintable(result.err));
    QVERIFY(result.out.contains(pdf));
    const QString text = pdfText(pdf);
    QVERIFY(text.contains(QStringLiteral("f426f15d-fcea-4bd0-942e-7528bf163c5d")));
    QVERIFY(text.contains(review::Reviewer::disclaimer()));
    QVERIFY(inOrder(text, {QStringLiteral("94.9 %"), QStringLiteral("EA89"),
                           QStringLiteral("0.2 %"), QStringLiteral("1F28")}) > 0);
    checkRenders(pdf, pdfPages(pdf));
}

void TestExport::cliExportsSandboxAnswerWithPhotos()
{
    const QStringList photos{shared(QStringLiteral("eczema.jpg")),
                             shared(QStringLiteral("invalid.png"))};
    const QByteArray raw = sandboxAnswer(photos);
    const review::Review review = review::Reviewer::review(parse(raw));
    QVERIFY(review.images.size() == 2 && !review.images[1].gate.valid);
    const QString response = path(QStringLiteral("sandbox-answer.json"));
    QFile file(response);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(raw);
    file.close();

    const QString pdf = path(QStringLiteral("cli-sandbox.pdf"));
    const Run result =
        run(QStringLiteral(DV_CLI),
            {QStringLiteral("export"), QStringLiteral("--out"), pdf, response,
             QStringLiteral("--image"), photos[0], QStringLiteral("--image"), photos[1]});
    QVERIFY2(result.exitCode == 0, qPrintable(result.err));
    const QString text = pdfText(pdf);
    QVERIFY(text.contains(review.reportId));
    QVERIFY(text.contains(QStringLiteral("eczema.jpg")));
    QVERIFY(text.contains(QStringLiteral("Heat map of 1.")));
    QVERIFY(text.contains(QStringLiteral("No heat map: this image's clinical output is withheld")));
    QVERIFY(text.contains(QStringLiteral("Withheld: the combined result")));
    QVERIFY(!text.contains(review::Reviewer::qaWatermark()));
    checkRenders(pdf, pdfPages(pdf));

    // QA mode: the invalid image's differential appears, every page watermarked.
    const QString qaPdf = path(QStringLiteral("cli-sandbox-qa.pdf"));
    const Run qa = run(QStringLiteral(DV_CLI), {QStringLiteral("export"), QStringLiteral("--qa"),
                                                QStringLiteral("--out"), qaPdf, response});
    QVERIFY2(qa.exitCode == 0, qPrintable(qa.err));
    const review::Review qaReview = review::Reviewer::review(parse(raw), {true});
    const QString qaText = pdfText(qaPdf);
    QVERIFY(qaText.count(review::Reviewer::qaWatermark()) >= 2 * pdfPages(qaPdf));
    if (!qaReview.images[1].differential.ranked.isEmpty())
        QVERIFY(qaText.contains(qaReview.images[1].differential.ranked[0].code));
}

void TestExport::cliMalformedResponse()
{
    const QString response = path(QStringLiteral("malformed.json"));
    QFile file(response);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write("{\"resourceType\": \"DiagnosticReport\", \"conclusion\": [ {");
    file.close();
    const QString pdf = path(QStringLiteral("malformed.pdf"));
    const Run result = run(QStringLiteral(DV_CLI),
                           {QStringLiteral("export"), QStringLiteral("--out"), pdf, response});
    QCOMPARE(result.exitCode, 3);
    QVERIFY2(result.err.contains(response), qPrintable(result.err));
    QVERIFY(!QFile::exists(pdf));
    QVERIFY(QDir(m_dir.path()).entryList({QStringLiteral("malformed.pdf*")}).isEmpty());

    const Run missing =
        run(QStringLiteral(DV_CLI), {QStringLiteral("export"), QStringLiteral("--out"), pdf,
                                     path(QStringLiteral("absent.json"))});
    QCOMPARE(missing.exitCode, 3);
    QVERIFY(!QFile::exists(pdf));
    const Run usage = run(QStringLiteral(DV_CLI), {QStringLiteral("export"), response});
    QCOMPARE(usage.exitCode, 2);
}

void TestExport::cliPhotoCountMismatch()
{
    const QString pdf = path(QStringLiteral("mismatch.pdf"));
    const Run result = run(QStringLiteral(DV_CLI),
                           {QStringLiteral("export"), QStringLiteral("--out"), pdf,
                            QStringLiteral(DV_FIXTURES "/seed/diagnosis-support.json"),
                            QStringLiteral("--image"), shared(QStringLiteral("eczema.jpg")),
                            QStringLiteral("--image"), shared(QStringLiteral("acne.jpg"))});
    QCOMPARE(result.exitCode, 2);
    QVERIFY2(result.err.contains(QStringLiteral("1 image")), qPrintable(result.err));
    QVERIFY(!QFile::exists(pdf));
}

QTEST_MAIN(TestExport)
#include "tst_export.moc"
