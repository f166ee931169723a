#pragma once

#include "review/Review.h"

#include <QCoreApplication>
#include <QImage>
#include <QString>
#include <functional>

class QDialog;
class QObject;
class QWidget;

namespace dv::ui {

class Backend;

/// The images a stored report links to (each photo, the explainability maps), for its view.
class ReportMedia
{
    Q_DECLARE_TR_FUNCTIONS(ReportMedia)

public:
    /// `image` decoded, or null with `error`, a sentence for the person.
    using Done = std::function<void(const QImage &image, const QString &error)>;
    /// Loads `link`; `done` is not called once `context` is gone.
    using Loader = std::function<void(const QString &link, QObject *context, Done done)>;

    /// Through `backend`'s current client (ApiClient::media: no credentials, https or this
    /// computer, bounded), then decoded on the worker pool.
    static Loader through(Backend *backend);

    /// Decodes `bytes` on the worker pool: EXIF orientation applied, scaled down to at most
    /// `maxSide` pixels on the long side (a 12 MP photo need not sit in memory whole to be
    /// looked at), Qt's allocation limit against decompression bombs.
    static void decode(const QByteArray &bytes, QObject *context, Done done);
    static constexpr int maxSide = 2048;

    /// `image` enlarged in a window-modal dialog over `parent` that deletes itself on close,
    /// watermarked when `gate` is QA-revealed.
    static QDialog *enlarge(QWidget *parent, const QImage &image, const QString &title,
                            const review::Gate &gate);
};

} // namespace dv::ui
