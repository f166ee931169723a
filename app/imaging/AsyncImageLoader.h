#pragma once

#include "imaging/ImageLoader.h"

#include <QFutureWatcher>
#include <QObject>
#include <QPromise>
#include <optional>

namespace dv::imaging {

/// One result of a background load: the preview, then the prepared image, or a failure.
struct ImageLoadStep
{
    enum class Kind
    {
        Preview,
        Prepared,
        Failed,
    };
    Kind kind = Kind::Failed;
    QImage preview;
    std::optional<PreparedImage> prepared;
    QString error;
};

/// Loads one photo off the GUI thread (QtConcurrent): emits previewReady with a DCT-scaled
/// decode as soon as it exists (large JPEGs only), then loaded with the prepared image, or
/// failed. Signals arrive on the loader's thread. load() and cancel() drop a running load:
/// its remaining signals are never emitted and the worker stops at its next step.
class AsyncImageLoader : public QObject
{
    Q_OBJECT

public:
    explicit AsyncImageLoader(QObject *parent = nullptr);
    ~AsyncImageLoader() override;

    void load(const QString &path);
    void cancel();
    bool isLoading() const { return m_watcher != nullptr; }
    QString path() const { return m_path; }

    /// Minimum long side of the preview; smaller photos get no preview step.
    void setPreviewLongSide(int pixels) { m_previewLongSide = pixels; }

    /// The work itself, for callers with their own threads: reports the steps to `promise`.
    static void run(QPromise<ImageLoadStep> &promise, const QString &path, int previewLongSide);

signals:
    void previewReady(const QImage &preview);
    void loaded(const dv::imaging::PreparedImage &image);
    void failed(const QString &message);

private:
    void deliver(const ImageLoadStep &step);

    QFutureWatcher<ImageLoadStep> *m_watcher = nullptr;
    QString m_path;
    int m_previewLongSide = ImageLoader::defaultPreviewLongSide;
};

} // namespace dv::imaging
