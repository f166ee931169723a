#include "imaging/AsyncImageLoader.h"

#include "common/WorkerPool.h"

#include <QPromise>
#include <QtConcurrent/QtConcurrentRun>

namespace dv::imaging {

AsyncImageLoader::AsyncImageLoader(QObject *parent) : QObject(parent) {}

AsyncImageLoader::~AsyncImageLoader()
{
    cancel();
}

void AsyncImageLoader::run(QPromise<ImageLoadStep> &promise, const QString &path,
                           int previewLongSide)
{
    const auto fail = [&](const QString &message) {
        ImageLoadStep step;
        step.kind = ImageLoadStep::Kind::Failed;
        step.error = message;
        promise.addResult(step);
    };
    ImagingResult<QByteArray> bytes = ImageLoader::readFile(path);
    if (isError(bytes))
        return fail(errorMessage(bytes));
    const QByteArray &fileBytes = std::get<QByteArray>(bytes);
    if (promise.isCanceled())
        return;

    // A preview only pays off where a DCT-scaled decode exists and the photo is large.
    const std::optional<ImageHeader> header = readImageHeader(fileBytes);
    if (header && header->format == ImageFormat::Jpeg &&
        std::max(header->width, header->height) >= 2LL * previewLongSide) {
        ImagingResult<QImage> preview = ImageLoader::decodePreview(fileBytes, previewLongSide);
        if (isError(preview))
            return fail(errorMessage(preview)); // the full decode would fail the same way
        ImageLoadStep step;
        step.kind = ImageLoadStep::Kind::Preview;
        step.preview = std::get<QImage>(preview);
        promise.addResult(step);
        if (promise.isCanceled())
            return;
    }

    ImagingResult<PreparedImage> prepared = ImageLoader::prepare(fileBytes);
    if (isError(prepared))
        return fail(errorMessage(prepared));
    ImageLoadStep step;
    step.kind = ImageLoadStep::Kind::Prepared;
    step.prepared = std::move(std::get<PreparedImage>(prepared));
    promise.addResult(step);
}

void AsyncImageLoader::load(const QString &path)
{
    cancel();
    m_path = path;
    m_watcher = new QFutureWatcher<ImageLoadStep>(this);
    QFutureWatcher<ImageLoadStep> *watcher = m_watcher;
    connect(watcher, &QFutureWatcher<ImageLoadStep>::resultReadyAt, this,
            [this, watcher](int index) {
                if (watcher == m_watcher)
                    deliver(watcher->resultAt(index));
            });
    connect(watcher, &QFutureWatcher<ImageLoadStep>::finished, this, [this, watcher] {
        if (watcher == m_watcher)
            m_watcher = nullptr;
        watcher->deleteLater();
    });
    watcher->setFuture(
        QtConcurrent::run(workerPool(), &AsyncImageLoader::run, path, m_previewLongSide));
}

void AsyncImageLoader::cancel()
{
    if (!m_watcher)
        return;
    // Not waited for: the worker owns copies of everything it uses and checks for
    // cancellation between steps; the GUI thread never blocks on a decode.
    m_watcher->disconnect(this);
    m_watcher->cancel();
    m_watcher->deleteLater();
    m_watcher = nullptr;
}

void AsyncImageLoader::deliver(const ImageLoadStep &step)
{
    switch (step.kind) {
    case ImageLoadStep::Kind::Preview:
        emit previewReady(step.preview);
        break;
    case ImageLoadStep::Kind::Prepared:
        emit loaded(*step.prepared);
        break;
    case ImageLoadStep::Kind::Failed:
        emit failed(step.error);
        break;
    }
}

} // namespace dv::imaging
