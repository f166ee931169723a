#pragma once

#include <QSemaphore>
#include <QThreadPool>

/// Keeps every thread of Qt's global pool busy for its lifetime. QPainter and QImage scale
/// large images on that pool and wait for it on the calling thread, so our own long work must
/// run elsewhere (dv::workerPool()); tests prove it by finishing that work while this is held.
class GlobalPoolHold
{
public:
    GlobalPoolHold() : m_held(QThreadPool::globalInstance()->maxThreadCount())
    {
        for (int i = 0; i < m_held; ++i)
            QThreadPool::globalInstance()->start([this] { m_release.acquire(); });
    }
    ~GlobalPoolHold()
    {
        m_release.release(m_held);
        QThreadPool::globalInstance()->waitForDone();
    }
    GlobalPoolHold(const GlobalPoolHold &) = delete;
    GlobalPoolHold &operator=(const GlobalPoolHold &) = delete;

private:
    QSemaphore m_release;
    const int m_held;
};
