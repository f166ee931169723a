#pragma once

#include <QThreadPool>

namespace dv {

/// The pool for our own long work: decoding photos and heat maps, preparing uploads, parsing
/// responses. Not Qt's global pool, because QPainter and QImage use that one to scale and
/// convert large images and wait for it on the calling thread: with 12 MP decodes queued
/// there, a paint event of the photo canvas waited for them (0.35–1.4 s stalls while opening
/// three photos; see BENCHMARKS.md).
inline QThreadPool *workerPool()
{
    static QThreadPool pool;
    return &pool;
}

} // namespace dv
