#pragma once

#include <QSemaphore>
#include <QThreadPool>

/// Keeps every thread of a pool (Qt's global pool unless told) busy for its lifetime. QPainter
/// and QImage scale large images on Qt's pool and wait for it on the calling thread, so our
/// own long work must run elsewhere (dv::workerPool()); tests prove it by finishing that work
/// while Qt's pool is held. Holding dv::workerPool() instead proves work waits for it, i.e.
/// does not run on the GUI thread.
class GlobalPoolHold
{
public:
    explicit GlobalPoolHold(QThreadPool *pool = QThreadPool::globalInstance())
        : m_pool(pool), m_held(pool->maxThreadCount())
    {
        for (int i = 0; i < m_held; ++i)
            m_pool->start([this] { m_release.acquire(); });
    }
    ~GlobalPoolHold()
    {
        m_release.release(m_held);
        m_pool->waitForDone();
    }
    GlobalPoolHold(const GlobalPoolHold &) = delete;
    GlobalPoolHold &operator=(const GlobalPoolHold &) = delete;

private:
    QSemaphore m_release;
    QThreadPool *const m_pool;
    const int m_held;
};
