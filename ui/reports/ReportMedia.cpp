#include "ReportMedia.h"

#include "backend/Backend.h"
#include "common/WorkerPool.h"
#include "result/QaWatermark.h"
#include "result/ResultStyle.h"

#include <QBuffer>
#include <QDialog>
#include <QDialogButtonBox>
#include <QFutureWatcher>
#include <QImageReader>
#include <QLabel>
#include <QScrollArea>
#include <QVBoxLayout>
#include <QtConcurrent/QtConcurrentRun>

namespace dv::ui {

namespace {

struct Decoded
{
    QImage image;
    QString error;
};

Decoded decodeBytes(const QByteArray &bytes)
{
    QBuffer buffer;
    buffer.setData(bytes);
    buffer.open(QIODevice::ReadOnly);
    QImageReader reader(&buffer);
    reader.setAutoTransform(true);
    const QSize size = reader.size();
    if (size.isValid() && std::max(size.width(), size.height()) > ReportMedia::maxSide)
        reader.setScaledSize(
            size.scaled(ReportMedia::maxSide, ReportMedia::maxSide, Qt::KeepAspectRatio));
    QImage image = reader.read();
    if (image.isNull())
        return {QImage(),
                ReportMedia::tr("the image could not be read (%1)").arg(reader.errorString())};
    return {image, QString()};
}

/// Expired or refused links are the usual failures, and not faults of the AI service or of the
/// person's password, which the generic sentences would blame.
QString whyNot(const api::ApiError &error)
{
    switch (error.kind) {
    case api::ApiError::Kind::NotFound:
        return ReportMedia::tr("it is no longer kept where the report links to (HTTP 404).");
    case api::ApiError::Kind::Authentication:
        return ReportMedia::tr("the server refused the link (HTTP %1); it may have expired.")
            .arg(error.httpStatus);
    default:
        return error.message();
    }
}

} // namespace

ReportMedia::Loader ReportMedia::through(Backend *backend)
{
    return [backend](const QString &link, QObject *context, Done done) {
        api::ApiClient *client = backend->client();
        if (!client) {
            done(QImage(), tr("Dermaview is not connected to a server."));
            return;
        }
        // The client calls back only while `context` exists.
        client->media(QUrl(link, QUrl::StrictMode), context,
                      [context, done](const api::ApiResult<QByteArray> &result) {
                          if (!result.ok()) {
                              done(QImage(), whyNot(result.error()));
                              return;
                          }
                          decode(result.value(), context, done);
                      });
    };
}

void ReportMedia::decode(const QByteArray &bytes, QObject *context, Done done)
{
    auto *watcher = new QFutureWatcher<Decoded>(context);
    QObject::connect(watcher, &QFutureWatcherBase::finished, context, [watcher, done] {
        watcher->deleteLater();
        const Decoded decoded = watcher->result();
        done(decoded.image, decoded.error);
    });
    watcher->setFuture(QtConcurrent::run(dv::workerPool(), decodeBytes, bytes));
}

QDialog *ReportMedia::enlarge(QWidget *parent, const QImage &image, const QString &title,
                              const review::Gate &gate)
{
    auto *dialog = new QDialog(parent);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setObjectName(QStringLiteral("enlargedMediaDialog"));
    dialog->setWindowTitle(title);
    auto *layout = new QVBoxLayout(dialog);
    auto *picture = new QLabel;
    picture->setObjectName(QStringLiteral("enlargedMedia"));
    // Shown at its own size up to the screen's reach; small maps are enlarged smoothly so the
    // clinician can read them.
    const QSize target = image.size().scaled(900, 700, Qt::KeepAspectRatio);
    picture->setPixmap(
        QPixmap::fromImage(image.scaled(target, Qt::KeepAspectRatio, Qt::SmoothTransformation)));
    auto *scroll = new QScrollArea;
    scroll->setWidget(picture);
    scroll->setAlignment(Qt::AlignCenter);
    layout->addWidget(QaWatermark::markIfRevealed(scroll, gate));
    layout->addWidget(ResultStyle::textLabel(title, dialog));
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close);
    QObject::connect(buttons, &QDialogButtonBox::rejected, dialog, &QDialog::reject);
    layout->addWidget(buttons);
    dialog->resize(target + QSize(60, 140));
    dialog->open();
    return dialog;
}

} // namespace dv::ui
