// Client memory and overhead for an analysis of 3 x 12 MP JPEGs against a dermaview-sandbox
// running as its own process (so that only the client's memory is measured).
//  - peak resident memory above the idle baseline (Linux VmHWM, reset after set-up through
//    /proc/self/clear_refs, with freed heap returned by malloc_trim first) against the base64 size
//    of the photos: target <= 1.5x;
//  - the client's own work (body building + parsing) as a fraction of the end-to-end time.
#include "BenchPhotos.h"
#include "api/ApiClient.h"
#include "model/DiagnosisReport.h"

#include <QBuffer>
#include <QElapsedTimer>
#include <QFile>
#include <QGuiApplication>
#include <QImage>
#include <QJsonArray>
#include <QNetworkAccessManager>
#include <QProcess>
#include <QRandomGenerator>
#include <QTextStream>
#include <algorithm>
#include <malloc.h>

namespace {

qint64 statusKb(const char *field)
{
    QFile file(QStringLiteral("/proc/self/status"));
    if (!file.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray &line : file.readAll().split('\n')) {
        if (line.startsWith(field))
            return line.mid(int(qstrlen(field))).trimmed().split(' ').first().toLongLong();
    }
    return -1;
}

void resetPeak()
{
    QFile file(QStringLiteral("/proc/self/clear_refs"));
    if (file.open(QIODevice::WriteOnly))
        file.write("5"); // resets VmHWM to the current RSS
}

} // namespace

int main(int argc, char *argv[])
{
    QGuiApplication app(argc, argv);
    QTextStream out(stdout);

    QProcess sandbox;
    sandbox.start(QStringLiteral(DV_SANDBOX), {QStringLiteral("--port"), QStringLiteral("0")});
    if (!sandbox.waitForReadyRead(20000))
        qFatal("the sandbox did not start");
    const QUrl url(QString::fromLatin1(sandbox.readLine().trimmed().mid(13)));

    QVector<dv::api::ImageUpload> images;
    qint64 base64Bytes = 0;
    const char *names[] = {"eczema.jpg", "psoriasis_03.jpg", "nevus.jpg"};
    for (quint32 i = 0; i < 3; ++i) {
        dv::api::ImageUpload image;
        image.bytes = cameraLikeJpeg(names[i], i + 1);
        base64Bytes += (image.bytes.size() + 2) / 3 * 4;
        images.append(image);
    }

    QNetworkAccessManager network;
    dv::api::ApiConfig config;
    config.clinicalUrl = config.helperUrl = config.reportUrl = url;
    config.username = QStringLiteral("demo@dermaview.invalid");
    dv::api::ApiClient client(&network, config);
    client.session().setPassword(QStringLiteral("sandbox"));

    const auto analyse = [&] {
        bool done = false;
        client.diagnose(images, &app,
                        [&](const dv::api::ApiResult<dv::model::DiagnosisReport> &result) {
                            if (!result.ok())
                                qFatal("analysis failed: %s", qPrintable(result.error().message()));
                            done = true;
                        });
        while (!done)
            QCoreApplication::processEvents(QEventLoop::WaitForMoreEvents, 50);
    };
    analyse(); // warm-up: login, connection, lazily loaded plugins

    QVector<double> ratios, endToEnd;
    for (int round = 0; round < 5; ++round) {
        QCoreApplication::processEvents();
        // Give memory freed by the previous round back to the system first: otherwise the
        // round reuses it and the peak hardly rises above an inflated baseline.
        malloc_trim(0);
        const qint64 idleKb = statusKb("VmRSS:");
        resetPeak();
        QElapsedTimer timer;
        timer.start();
        analyse();
        endToEnd.append(double(timer.nsecsElapsed()) / 1e6);
        ratios.append(double(statusKb("VmHWM:") - idleKb) * 1024.0 / double(base64Bytes));
    }

    // The client's own work, measured alone on the same inputs: body building and parsing.
    QElapsedTimer timer;
    timer.start();
    QJsonArray payload;
    for (qsizetype i = 0; i < images.size(); ++i)
        payload.append(dv::api::attachmentSkeleton(images.at(i), i));
    const QByteArray body =
        dv::api::spliceImages(QJsonObject{{QStringLiteral("payload"), payload}}, images);
    const double buildMs = double(timer.nsecsElapsed()) / 1e6;
    QByteArray answer;
    {
        bool done = false;
        client.diagnose(images, &app,
                        [&](const dv::api::ApiResult<dv::model::DiagnosisReport> &result) {
                            answer = result.rawBody();
                            done = true;
                        });
        while (!done)
            QCoreApplication::processEvents(QEventLoop::WaitForMoreEvents, 50);
    }
    timer.restart();
    const auto parsed = dv::model::parseDiagnosisReport(answer);
    const double parseMs = double(timer.nsecsElapsed()) / 1e6;

    QStringList perRound;
    for (const double ratio : ratios)
        perRound << QString::number(ratio, 'f', 2);
    std::sort(ratios.begin(), ratios.end());
    std::sort(endToEnd.begin(), endToEnd.end());
    out << "photos: 3 x 4000x3000 JPEG, " << (base64Bytes >> 10) << " KiB of base64; request body "
        << (body.size() >> 10) << " KiB; answer " << (answer.size() >> 10) << " KiB\n";
    out << QStringLiteral(
               "peak memory above idle / base64 size: median %1 x (min %2, max %3; rounds: %4)\n")
               .arg(ratios.at(2), 0, 'f', 2)
               .arg(ratios.first(), 0, 'f', 2)
               .arg(ratios.last(), 0, 'f', 2)
               .arg(perRound.join(QStringLiteral(", ")));
    out << QStringLiteral(
               "end to end: median %1 ms; client work: body %2 ms + parse %3 ms = %4 % of it\n")
               .arg(endToEnd.at(2), 0, 'f', 0)
               .arg(buildMs, 0, 'f', 1)
               .arg(parseMs, 0, 'f', 1)
               .arg(100.0 * (buildMs + parseMs) / endToEnd.at(2), 0, 'f', 1);
    Q_UNUSED(parsed)
    sandbox.kill();
    sandbox.waitForFinished();
    return 0;
}
