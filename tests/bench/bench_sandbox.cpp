// Sandbox responsiveness: /login latency while three 12 MP analyses run, against idle
// logins measured in the same run, and a 12 MP analysis end to end over loopback HTTP.
// The server runs on its own thread, as it does when embedded in the app.
#include "sandbox/server/SandboxServer.h"

#include <QBuffer>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QGuiApplication>
#include <QImage>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QTextStream>
#include <QThread>
#include <QUrlQuery>
#include <algorithm>

namespace {

double percentile(QVector<double> samples, double p)
{
    std::sort(samples.begin(), samples.end());
    return samples.at(
        std::min<qsizetype>(samples.size() - 1, qsizetype(p * double(samples.size()))));
}

QByteArray twelveMegapixelJpeg()
{
    const QImage source(QStringLiteral(DV_SHARED_IMAGES "/eczema.jpg"));
    if (source.isNull())
        qFatal("cannot read eczema.jpg");
    QByteArray jpeg;
    QBuffer buffer(&jpeg);
    buffer.open(QIODevice::WriteOnly);
    source.scaled(4000, 3000, Qt::IgnoreAspectRatio, Qt::SmoothTransformation)
        .save(&buffer, "JPEG", 90);
    return jpeg;
}

/// Runs `reply` to completion on this thread's event loop; returns milliseconds.
double wait(QNetworkReply *reply, const QElapsedTimer &timer, qint64 startNs)
{
    while (!reply->isFinished())
        QCoreApplication::processEvents(QEventLoop::WaitForMoreEvents, 50);
    const double ms = double(timer.nsecsElapsed() - startNs) / 1e6;
    if (reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt() != 200)
        qFatal("request failed: %s", qPrintable(reply->errorString()));
    reply->deleteLater();
    return ms;
}

} // namespace

int main(int argc, char *argv[])
{
    QGuiApplication app(argc, argv); // QImage scaling for the input photo only
    QTextStream out(stdout);

    QThread serverThread;
    serverThread.start();
    QObject anchor;
    anchor.moveToThread(&serverThread);
    dv::sandbox::SandboxServer *server = nullptr;
    QMetaObject::invokeMethod(
        &anchor,
        [&] {
            server = new dv::sandbox::SandboxServer(dv::sandbox::SandboxConfig());
            server->listen(0);
        },
        Qt::BlockingQueuedConnection);
    const QUrl base = server->url();

    QNetworkAccessManager network;
    QElapsedTimer timer;
    timer.start();
    QUrlQuery form;
    form.addQueryItem(QStringLiteral("username"), server->config().user);
    form.addQueryItem(QStringLiteral("password"), server->config().password);
    const QByteArray formBody = form.toString(QUrl::FullyEncoded).toUtf8();
    QString token;
    const auto login = [&] {
        QNetworkRequest request(base.resolved(QUrl(QStringLiteral("/login"))));
        request.setHeader(QNetworkRequest::ContentTypeHeader,
                          QByteArrayLiteral("application/x-www-form-urlencoded"));
        const qint64 start = timer.nsecsElapsed();
        QNetworkReply *reply = network.post(request, formBody);
        while (!reply->isFinished())
            QCoreApplication::processEvents(QEventLoop::WaitForMoreEvents, 50);
        const double ms = double(timer.nsecsElapsed() - start) / 1e6;
        token = QJsonDocument::fromJson(reply->readAll())
                    .object()
                    .value(QStringLiteral("access_token"))
                    .toString();
        reply->deleteLater();
        return ms;
    };

    const QByteArray jpeg = twelveMegapixelJpeg();
    const QByteArray body =
        QJsonDocument(QJsonObject{{QStringLiteral("payload"),
                                   QJsonArray{QJsonObject{
                                       {QStringLiteral("contentAttachment"),
                                        QJsonObject{{QStringLiteral("data"),
                                                     QString::fromLatin1(jpeg.toBase64())}}}}}}})
            .toJson(QJsonDocument::Compact);
    const auto analyse = [&](QNetworkAccessManager &manager) {
        QNetworkRequest request(base.resolved(QUrl(QStringLiteral("/diagnosis-support"))));
        request.setHeader(QNetworkRequest::ContentTypeHeader,
                          QByteArrayLiteral("application/json"));
        request.setRawHeader("Authorization", "Bearer " + token.toUtf8());
        request.setTransferTimeout(180000);
        return manager.post(request, body);
    };

    for (int i = 0; i < 5; ++i) // warm-up
        login();
    QVector<double> idle;
    for (int i = 0; i < 40; ++i)
        idle.append(login());

    // One 12 MP analysis end to end, three times.
    QVector<double> single;
    for (int i = 0; i < 3; ++i) {
        const qint64 start = timer.nsecsElapsed();
        single.append(wait(analyse(network), timer, start));
    }

    // Three analyses at once, each on its own connection; logins meanwhile.
    QNetworkAccessManager a, b, c;
    QVector<QNetworkReply *> running{analyse(a), analyse(b), analyse(c)};
    QVector<double> loaded;
    const qint64 loadStart = timer.nsecsElapsed();
    const auto anyRunning = [&] {
        return std::any_of(running.cbegin(), running.cend(),
                           [](QNetworkReply *r) { return !r->isFinished(); });
    };
    while (anyRunning())
        loaded.append(login());
    const double loadMs = double(timer.nsecsElapsed() - loadStart) / 1e6;
    for (QNetworkReply *reply : running) {
        if (reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt() != 200)
            qFatal("analysis failed: %s", qPrintable(reply->errorString()));
        reply->deleteLater();
    }

    out << "input: 12 MP JPEG (" << jpeg.size() / 1024 << " KiB, " << body.size() / 1024
        << " KiB of JSON)\n";
    out << QStringLiteral("/login idle:                 median %1 ms, p95 %2 ms (n=%3)\n")
               .arg(percentile(idle, 0.5), 0, 'f', 2)
               .arg(percentile(idle, 0.95), 0, 'f', 2)
               .arg(idle.size());
    out << QStringLiteral("/login during 3 analyses:    median %1 ms, p95 %2 ms, max %3 ms (n=%4, "
                          "over %5 ms)\n")
               .arg(percentile(loaded, 0.5), 0, 'f', 2)
               .arg(percentile(loaded, 0.95), 0, 'f', 2)
               .arg(percentile(loaded, 1.0), 0, 'f', 2)
               .arg(loaded.size())
               .arg(loadMs, 0, 'f', 0);
    out << QStringLiteral("  ratio loaded/idle median:  %1 x\n")
               .arg(percentile(loaded, 0.5) / percentile(idle, 0.5), 0, 'f', 2);
    out << QStringLiteral("12 MP /diagnosis-support end to end: median %1 ms (n=3)\n")
               .arg(percentile(single, 0.5), 0, 'f', 0);

    QMetaObject::invokeMethod(
        &anchor, [&] { delete server; }, Qt::BlockingQueuedConnection);
    serverThread.quit();
    serverThread.wait();
    return 0;
}
