#include "../imaging/SyntheticImages.h"
#include "model/StoredReport.h"
#include "review/Review.h"
#include "sandbox/analysis/PhotoThumbnail.h"
#include "sandbox/server/SandboxServer.h"

#include <QBuffer>
#include <QEventLoop>
#include <QFile>
#include <QImage>
#include <QImageReader>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QProcess>
#include <QTest>
#include <QTimer>
#include <QUrlQuery>

using namespace dv::sandbox;

namespace {

StoredDiagnosis sampleReport(bool allValid)
{
    StoredDiagnosis report;
    report.id = QStringLiteral("8c1f0b7e-1111-4222-8333-944455556666");
    report.issued = QDateTime(QDate(2026, 11, 22), QTime(9, 30), Qt::UTC);
    report.analysisDuration = 0.42;
    report.conclusions = {{QStringLiteral("EA90"), QStringLiteral("Psoriasis"), 71.5},
                          {QStringLiteral("EA89"), QStringLiteral("Eczematous dermatitis"), 20.0},
                          {QStringLiteral("ED80"), QStringLiteral("Acne"), 8.5}};
    report.photos = {{QStringLiteral("Clinical"), 86, true, {}}, // no photo bytes kept
                     {QStringLiteral("Clinical"), allValid ? 77 : 12, allValid, {}}};
    report.sensitivity = 80.0;
    report.specificity = 95.5;
    report.entropy = 31.0;
    report.hasCondition = 97.0;
    report.malignancy = 0.4;
    report.pigmentedLesion = 2.0;
    report.urgentReferral = 1.0;
    report.highPriorityReferral = 55.0;
    return report;
}

struct Reply
{
    int status = 0;
    QByteArray body;
    QByteArray contentType;
    QUrl finalUrl;
};

QByteArray sharedPhoto(const QString &name)
{
    QFile file(QStringLiteral(DV_SHARED_IMAGES) + QLatin1Char('/') + name);
    if (!file.open(QIODevice::ReadOnly))
        qFatal("missing shared image %s (CI has ../shared beside the checkout)", qPrintable(name));
    return file.readAll();
}

/// The size a viewer shows: EXIF orientation applied.
QSize orientedSize(const QByteArray &bytes)
{
    QBuffer buffer;
    buffer.setData(bytes);
    QImageReader reader(&buffer);
    reader.setAutoTransform(true);
    return reader.read().size();
}

/// A camera-sized JPEG: a smooth random field (cheap to make, not flat like a gradient).
QByteArray largeJpeg(int width, int height)
{
    cv::Mat seed(30, 40, CV_8UC3);
    cv::randu(seed, cv::Scalar::all(0), cv::Scalar::all(255));
    cv::Mat image;
    cv::resize(seed, image, cv::Size(width, height), 0, 0, cv::INTER_CUBIC);
    return dv::test::encode(image, ".jpg", {cv::IMWRITE_JPEG_QUALITY, 90});
}

QString pathAndQuery(const QUrl &url)
{
    return url.path() + QLatin1Char('?') + url.query(QUrl::FullyEncoded);
}

/// observations[i].media.url (standard) or .media.content.url (FHIR), null included.
QJsonArray observationUrls(const QByteArray &report, bool fhir)
{
    QJsonArray urls;
    const QJsonArray observations = QJsonDocument::fromJson(report)
                                        .object()
                                        .value("data")
                                        .toObject()
                                        .value("result")
                                        .toObject()
                                        .value("observations")
                                        .toArray();
    for (const QJsonValue &observation : observations) {
        const QJsonObject media = observation.toObject().value("media").toObject();
        urls.append(fhir ? media.value("content").toObject().value("url") : media.value("url"));
    }
    return urls;
}

} // namespace

class TestSandboxReports : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void formatsInEveryLocale_data();
    void formatsInEveryLocale();
    void apiTokenRequired();
    void unknownReportIs404();
    void unknownFormatIs422();
    void pdfFollowsRedirect();
    void pdfWithholdsWhenAPhotoIsInvalid();
    void pdfLinkIsSigned();
    void thumbnailSize_data();
    void thumbnailSize();
    void thumbnailAppliesOrientationAndDropsMetadata();
    void thumbnailOfGarbageIsEmpty();
    void storeKeepsMediaOfTheMostRecentReports();
    void reportsLinkEachPhoto();
    void mediaLinkIsSigned();
    void droppedMediaIsNullAnd404();

private:
    Reply get(const QString &pathAndQuery, const QByteArray &apiToken);
    QString login();
    /// Posts the shared photos to /diagnosis-support; the stored report's id.
    QString diagnose(const QStringList &photos);
    /// The stored report's observation links, after checking both formats carry the same.
    QJsonArray mediaLinks(const QString &id);
    std::unique_ptr<SandboxServer> m_server;
    QNetworkAccessManager m_network;
};

void TestSandboxReports::init()
{
    m_server = std::make_unique<SandboxServer>(SandboxConfig());
    QVERIFY(m_server->listen(0));
    m_server->reports().add(sampleReport(true));
    StoredDiagnosis invalid = sampleReport(false);
    invalid.id = QStringLiteral("invalid-photo-report");
    m_server->reports().add(invalid);
}

Reply TestSandboxReports::get(const QString &pathAndQuery, const QByteArray &apiToken)
{
    // Redirects are followed with a fresh request, as the app's client does: Qt 6.4's automatic
    // following can merge the 302's Content-Type (application/x-empty) into the final reply's.
    QUrl url = m_server->url().resolved(QUrl(pathAndQuery));
    QByteArray token = apiToken;
    for (int hop = 0; hop < 5; ++hop) {
        QNetworkRequest request(url);
        request.setTransferTimeout(10000);
        request.setAttribute(QNetworkRequest::RedirectPolicyAttribute,
                             QNetworkRequest::ManualRedirectPolicy);
        if (!token.isEmpty())
            request.setRawHeader("X-API-TOKEN", token);
        QNetworkReply *reply = m_network.get(request);
        QEventLoop loop;
        connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
        QTimer::singleShot(15000, &loop, &QEventLoop::quit);
        loop.exec();
        Reply result{reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(),
                     reply->readAll(),
                     reply->header(QNetworkRequest::ContentTypeHeader).toByteArray(), url};
        const QUrl location = reply->header(QNetworkRequest::LocationHeader).toUrl();
        reply->deleteLater();
        if (result.status != 302 || !location.isValid())
            return result;
        url = url.resolved(location);
        token.clear(); // the signed link needs no token, and gets none
    }
    return {};
}

void TestSandboxReports::formatsInEveryLocale_data()
{
    QTest::addColumn<QString>("locale");
    QTest::addColumn<QString>("acne");
    QTest::addColumn<QString>("malignancy");
    QTest::newRow("en") << "en"
                        << "Acne"
                        << "Malignancy";
    QTest::newRow("es") << "es"
                        << "Acné"
                        << "Malignidad";
    QTest::newRow("fr") << "fr"
                        << "Acné"
                        << "Malignité";
    QTest::newRow("de") << "de"
                        << "Akne"
                        << "Malignität";
}

void TestSandboxReports::formatsInEveryLocale()
{
    QFETCH(QString, locale);
    QFETCH(QString, acne);
    QFETCH(QString, malignancy);
    const QByteArray token = m_server->config().apiToken.toUtf8();
    const QString base = QStringLiteral("/s2s-api/v3/anonymous-diagnostic-reports/"
                                        "8c1f0b7e-1111-4222-8333-944455556666?locale=") +
                         locale;

    const Reply standard = get(base, token);
    QCOMPARE(standard.status, 200);
    const auto parsedStandard =
        dv::model::parseStoredReport(standard.body, dv::model::StoredReportFormat::Standard);
    QVERIFY2(parsedStandard.ok(),
             qPrintable(parsedStandard.ok() ? QString() : parsedStandard.error().toString()));
    QCOMPARE(parsedStandard.value().conclusions.size(), 3);
    QCOMPARE(parsedStandard.value().conclusions.at(2).text, acne);
    QCOMPARE(parsedStandard.value().pathologyCode, QStringLiteral("EA90"));
    const QJsonObject data =
        QJsonDocument::fromJson(standard.body).object().value("data").toObject();
    QVERIFY(data.value("title").toString().contains(QLatin1String("SANDBOX")));
    QVERIFY(data.value("extraData").toObject().value("sandbox").toBool());

    const Reply fhir = get(base + QStringLiteral("&format=fhir"), token);
    QCOMPARE(fhir.status, 200);
    const auto parsedFhir =
        dv::model::parseStoredReport(fhir.body, dv::model::StoredReportFormat::Fhir);
    QVERIFY2(parsedFhir.ok(),
             qPrintable(parsedFhir.ok() ? QString() : parsedFhir.error().toString()));
    QCOMPARE(parsedFhir.value().conclusions.at(0).primaryCoding()->code, QStringLiteral("EA90"));
    QCOMPARE(*parsedFhir.value().clinical.highPriorityReferral, 55.0);
    QVERIFY(fhir.body.contains(malignancy.toUtf8()));

    // The viewer's review shows both (every photo valid, quality ≥ Fair).
    QVERIFY(dv::review::Reviewer::review(parsedStandard.value()).aggregate.shown);
    QVERIFY(dv::review::Reviewer::review(parsedFhir.value()).aggregate.shown);
}

void TestSandboxReports::apiTokenRequired()
{
    const QString path = QStringLiteral(
        "/s2s-api/v3/anonymous-diagnostic-reports/8c1f0b7e-1111-4222-8333-944455556666");
    QCOMPARE(get(path, {}).status, 401);
    QCOMPARE(get(path, "wrong").status, 401);
    QCOMPARE(get(path, m_server->config().apiToken.toUtf8()).status, 200);
}

void TestSandboxReports::unknownReportIs404()
{
    const Reply reply = get(QStringLiteral("/s2s-api/v3/anonymous-diagnostic-reports/nope"),
                            m_server->config().apiToken.toUtf8());
    QCOMPARE(reply.status, 404);
    const auto parsed =
        dv::model::parseStoredReport(reply.body, dv::model::StoredReportFormat::Standard);
    QVERIFY(!parsed.ok());
    QVERIFY(parsed.error().message.contains(QLatin1String("NOT_FOUND")));
}

void TestSandboxReports::unknownFormatIs422()
{
    const Reply reply = get(QStringLiteral("/s2s-api/v3/anonymous-diagnostic-reports/"
                                           "8c1f0b7e-1111-4222-8333-944455556666?format=xml"),
                            m_server->config().apiToken.toUtf8());
    QCOMPARE(reply.status, 422);
}

namespace {
QString pdfText(const QByteArray &pdf)
{
    QProcess process;
    process.start(QStringLiteral("pdftotext"), {QStringLiteral("-"), QStringLiteral("-")});
    process.write(pdf);
    process.closeWriteChannel();
    if (!process.waitForFinished(20000) || process.exitCode() != 0)
        return {};
    return QString::fromUtf8(process.readAllStandardOutput());
}
} // namespace

void TestSandboxReports::pdfFollowsRedirect()
{
    const Reply reply =
        get(QStringLiteral("/s2s-api/v3/anonymous-diagnostic-reports/"
                           "8c1f0b7e-1111-4222-8333-944455556666?format=pdf&locale=de"),
            m_server->config().apiToken.toUtf8());
    QCOMPARE(reply.status, 200);
    QVERIFY(reply.finalUrl.path().startsWith(QLatin1String("/_sandbox/report-pdf/")));
    QCOMPARE(reply.contentType, QByteArray("application/pdf"));
    QVERIFY(reply.body.startsWith("%PDF-1.4"));
    const QString text = pdfText(reply.body);
    QVERIFY2(text.contains(QLatin1String("kein Medizinprodukt")), qPrintable(text));
    QVERIFY(text.contains(QLatin1String("8c1f0b7e-1111-4222-8333-944455556666")));
    QVERIFY(text.contains(QLatin1String("71,5 %")));
    QVERIFY(text.contains(QLatin1String("EA90")));
    QVERIFY2(text.contains(QStringLiteral("Malignität")), qPrintable(text));
}

void TestSandboxReports::pdfWithholdsWhenAPhotoIsInvalid()
{
    const Reply reply = get(
        QStringLiteral("/s2s-api/v3/anonymous-diagnostic-reports/invalid-photo-report?format=pdf"),
        m_server->config().apiToken.toUtf8());
    QCOMPARE(reply.status, 200);
    const QString text = pdfText(reply.body);
    QVERIFY2(text.contains(QLatin1String("not valid for clinical use")), qPrintable(text));
    QVERIFY(!text.contains(QLatin1String("EA90")));
    QVERIFY(!text.contains(QLatin1String("71.5")));
}

void TestSandboxReports::pdfLinkIsSigned()
{
    const QUrl link = m_server->pdfUrl(QStringLiteral("8c1f0b7e-1111-4222-8333-944455556666"),
                                       QStringLiteral("en"));
    QCOMPARE(get(link.path() + QLatin1Char('?') + link.query(QUrl::FullyEncoded), {}).status, 200);
    QCOMPARE(get(link.path() + QStringLiteral("?locale=en&key=forged"), {}).status, 403);
}

void TestSandboxReports::thumbnailSize_data()
{
    QTest::addColumn<QSize>("source");
    QTest::addColumn<QSize>("expected");
    QTest::newRow("12 MP landscape") << QSize(4000, 3000) << QSize(1024, 768);
    QTest::newRow("12 MP portrait") << QSize(3000, 4000) << QSize(768, 1024);
    QTest::newRow("half-size decode, then area") << QSize(2100, 1000) << QSize(1024, 488);
    QTest::newRow("small: never enlarged") << QSize(800, 600) << QSize(800, 600);
}

void TestSandboxReports::thumbnailSize()
{
    QFETCH(QSize, source);
    QFETCH(QSize, expected);
    const QByteArray jpeg = photoThumbnail(largeJpeg(source.width(), source.height()));
    QVERIFY(jpeg.startsWith("\xff\xd8\xff"));
    const QImage image = QImage::fromData(jpeg, "JPEG");
    QCOMPARE(image.size(), expected);
}

void TestSandboxReports::thumbnailAppliesOrientationAndDropsMetadata()
{
    // Stored 4000x2400 with EXIF orientation 6 (turn 90° clockwise to show): shown 2400x4000.
    const QByteArray photo = dv::test::withMetadata(
        dv::test::encode(dv::test::quadrants(4000, 2400), ".jpg", {cv::IMWRITE_JPEG_QUALITY, 90}),
        6);
    const QByteArray jpeg = photoThumbnail(photo);
    const QImage image = QImage::fromData(jpeg, "JPEG");
    QCOMPARE(image.size(), QSize(614, 1024));
    // Turned clockwise, the stored bottom-left quadrant (blue) is shown top left.
    const QColor topLeft = image.pixelColor(20, 20);
    QVERIFY2(topLeft.blue() > 200 && topLeft.red() < 60 && topLeft.green() < 60,
             qPrintable(topLeft.name()));
    QVERIFY(!jpeg.contains("SECRET"));
}

void TestSandboxReports::thumbnailOfGarbageIsEmpty()
{
    QVERIFY(photoThumbnail({}).isEmpty());
    QVERIFY(photoThumbnail("not an image at all").isEmpty());
    const QByteArray jpeg = largeJpeg(800, 600);
    QVERIFY(photoThumbnail(jpeg.left(jpeg.size() / 2)).isEmpty());
}

void TestSandboxReports::storeKeepsMediaOfTheMostRecentReports()
{
    ReportStore store(3, 2);
    const auto report = [](const char *id) {
        StoredDiagnosis stored;
        stored.id = QLatin1String(id);
        StoredDiagnosis::Photo photo;
        photo.jpeg = "jpeg bytes";
        stored.photos = {photo, photo};
        return stored;
    };
    const auto stored = [&](const char *id) {
        return store.find(QLatin1String(id)).has_value();
    };
    const auto kept = [&](const char *id) {
        const auto found = store.find(QLatin1String(id));
        return found && !found->photos.first().jpeg.isEmpty() &&
               !found->photos.last().jpeg.isEmpty();
    };
    store.add(report("a"));
    store.add(report("b"));
    QVERIFY(kept("a"));
    QVERIFY(kept("b"));
    store.add(report("c"));
    QVERIFY(stored("a"));
    QVERIFY(!kept("a"));
    QVERIFY(kept("b"));
    QVERIFY(kept("c"));
    store.add(report("a")); // stored again: keeps its place, outside the window
    QVERIFY(!kept("a"));
    QVERIFY(kept("b"));
    store.add(report("d")); // "a" leaves the store, "b" the media window
    QVERIFY(!stored("a"));
    QVERIFY(stored("b"));
    QVERIFY(!kept("b"));
    QVERIFY(kept("c"));
    QVERIFY(kept("d"));
}

QString TestSandboxReports::login()
{
    QNetworkRequest request(m_server->url().resolved(QUrl("/login")));
    request.setHeader(QNetworkRequest::ContentTypeHeader, "application/x-www-form-urlencoded");
    QUrlQuery form;
    form.addQueryItem("username", m_server->config().user);
    form.addQueryItem("password", m_server->config().password);
    QNetworkReply *reply = m_network.post(request, form.toString(QUrl::FullyEncoded).toUtf8());
    QEventLoop loop;
    connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
    QTimer::singleShot(15000, &loop, &QEventLoop::quit);
    loop.exec();
    reply->deleteLater();
    return QJsonDocument::fromJson(reply->readAll()).object().value("access_token").toString();
}

QString TestSandboxReports::diagnose(const QStringList &photos)
{
    QJsonArray payload;
    for (const QString &name : photos)
        payload.append(
            QJsonObject{{"contentAttachment",
                         QJsonObject{{"data", QString::fromLatin1(sharedPhoto(name).toBase64())},
                                     {"contentType", "image/jpeg"}}}});
    QNetworkRequest request(m_server->url().resolved(QUrl("/diagnosis-support")));
    request.setHeader(QNetworkRequest::ContentTypeHeader, "application/json");
    request.setTransferTimeout(120000);
    request.setRawHeader("Authorization", "Bearer " + login().toUtf8());
    QNetworkReply *reply = m_network.post(
        request, QJsonDocument(QJsonObject{{"payload", payload}}).toJson(QJsonDocument::Compact));
    QEventLoop loop;
    connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
    QTimer::singleShot(150000, &loop, &QEventLoop::quit);
    loop.exec();
    reply->deleteLater();
    if (reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt() != 200)
        return {};
    const QJsonObject answer = QJsonDocument::fromJson(reply->readAll()).object();
    return answer.value("identifier").toObject().value("value").toString();
}

QJsonArray TestSandboxReports::mediaLinks(const QString &id)
{
    const QByteArray token = m_server->config().apiToken.toUtf8();
    const QString path = QStringLiteral("/s2s-api/v3/anonymous-diagnostic-reports/") + id;
    const Reply standard = get(path, token);
    const Reply fhir = get(path + QStringLiteral("?format=fhir"), token);
    if (standard.status != 200 || fhir.status != 200) {
        qWarning("report %s: HTTP %d / %d", qPrintable(id), standard.status, fhir.status);
        return {};
    }
    const QJsonArray links = observationUrls(standard.body, false);
    if (observationUrls(fhir.body, true) != links) {
        qWarning("report %s: the formats link different media", qPrintable(id));
        return {};
    }
    // The viewer's parsers read them where the vendor's reports put them.
    const auto parsed =
        dv::model::parseStoredReport(standard.body, dv::model::StoredReportFormat::Standard);
    const auto parsedFhir =
        dv::model::parseStoredReport(fhir.body, dv::model::StoredReportFormat::Fhir);
    if (!parsed.ok() || !parsedFhir.ok() || parsed.value().observations.size() != links.size() ||
        parsedFhir.value().observations.size() != links.size()) {
        qWarning("report %s: the parsers read other observations", qPrintable(id));
        return {};
    }
    for (qsizetype i = 0; i < links.size(); ++i) {
        if (parsed.value().observations.at(i).url != links.at(i).toString() ||
            parsedFhir.value().observations.at(i).url != links.at(i).toString()) {
            qWarning("report %s: the parsers read other links", qPrintable(id));
            return {};
        }
    }
    return links;
}

void TestSandboxReports::reportsLinkEachPhoto()
{
    // A valid photo, the scribble (not valid: kept all the same) and one larger than the limit.
    const QStringList photos{"acne.jpg", "invalid.png", "eczema.jpg"};
    const QString id = diagnose(photos);
    QVERIFY(!id.isEmpty());
    const QJsonArray links = mediaLinks(id);
    QCOMPARE(links.size(), photos.size());
    for (qsizetype i = 0; i < photos.size(); ++i) {
        QVERIFY2(links.at(i).isString(), qPrintable(photos.at(i)));
        const QUrl link(links.at(i).toString());
        QCOMPARE(link, m_server->mediaUrl(id, int(i)));
        QVERIFY(link.toString().startsWith(m_server->url().toString() +
                                           QStringLiteral("/_sandbox/report-media/")));
        const Reply media = get(pathAndQuery(link), {});
        QCOMPARE(media.status, 200);
        QCOMPARE(media.contentType, QByteArray("image/jpeg"));
        const QImage image = QImage::fromData(media.body, "JPEG");
        QVERIFY(!image.isNull());
        const QSize original = orientedSize(sharedPhoto(photos.at(i)));
        QVERIFY(!original.isEmpty());
        QVERIFY(qMax(image.width(), image.height()) <= 1024);
        if (qMax(original.width(), original.height()) <= 1024)
            QCOMPARE(image.size(), original);
        const double aspect = double(image.width()) / image.height();
        const double expected = double(original.width()) / original.height();
        QVERIFY2(
            qAbs(aspect / expected - 1.0) < 0.01,
            qPrintable(QStringLiteral("%1: %2 vs %3").arg(photos.at(i)).arg(aspect).arg(expected)));
    }
    QCOMPARE(QImage::fromData(get(pathAndQuery(QUrl(links.at(2).toString())), {}).body).size(),
             QSize(1024, 683)); // eczema.jpg, 2500x1667
}

void TestSandboxReports::mediaLinkIsSigned()
{
    const QString id = diagnose({"acne.jpg"});
    QVERIFY(!id.isEmpty());
    const QUrl link = m_server->mediaUrl(id, 0);
    QCOMPARE(get(pathAndQuery(link), {}).status, 200);
    QCOMPARE(get(link.path() + QStringLiteral("?key=forged"), {}).status, 403);
    QCOMPARE(get(link.path(), {}).status, 403);
    // Neither the PDF link's key for the same report nor another photo's opens this one.
    const QString pdfKey = QUrlQuery(m_server->pdfUrl(id, "en")).queryItemValue("key");
    QCOMPARE(get(link.path() + QStringLiteral("?key=") + pdfKey, {}).status, 403);
    const QString otherKey = QUrlQuery(m_server->mediaUrl(id, 1)).queryItemValue("key");
    QCOMPARE(get(link.path() + QStringLiteral("?key=") + otherKey, {}).status, 403);
    // Signed, but nothing there: past the last photo, before the first, an unknown report.
    QCOMPARE(get(pathAndQuery(m_server->mediaUrl(id, 1)), {}).status, 404);
    QCOMPARE(get(pathAndQuery(m_server->mediaUrl(id, -1)), {}).status, 404);
    QCOMPARE(get(pathAndQuery(m_server->mediaUrl("no-such-report", 0)), {}).status, 404);
    // A report stored without photo bytes links none.
    const QString sample = QStringLiteral("8c1f0b7e-1111-4222-8333-944455556666");
    QCOMPARE(mediaLinks(sample), QJsonArray({QJsonValue::Null, QJsonValue::Null}));
    QCOMPARE(get(pathAndQuery(m_server->mediaUrl(sample, 0)), {}).status, 404);
}

void TestSandboxReports::droppedMediaIsNullAnd404()
{
    SandboxConfig config;
    config.mediaReports = 1;
    m_server = std::make_unique<SandboxServer>(config);
    QVERIFY(m_server->listen(0));
    const QString first = diagnose({"acne.jpg"});
    QVERIFY(!first.isEmpty());
    const QJsonArray links = mediaLinks(first);
    QCOMPARE(links.size(), 1);
    QVERIFY(links.at(0).isString());
    const QUrl firstLink(links.at(0).toString());
    QCOMPARE(get(pathAndQuery(firstLink), {}).status, 200);

    const QString second = diagnose({"invalid.png"});
    QVERIFY(!second.isEmpty());
    // The first report stays, without its photo: a null link, and the old link is gone.
    QCOMPARE(mediaLinks(first), QJsonArray({QJsonValue::Null}));
    QCOMPARE(get(pathAndQuery(firstLink), {}).status, 404);
    const QJsonArray secondLinks = mediaLinks(second);
    QCOMPARE(secondLinks.size(), 1);
    QCOMPARE(get(pathAndQuery(QUrl(secondLinks.at(0).toString())), {}).status, 200);
}

QTEST_GUILESS_MAIN(TestSandboxReports)
#include "tst_sandbox_reports.moc"
