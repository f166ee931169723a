#include "EmbeddedSandbox.h"

#include "sandbox/server/SandboxServer.h"

#include <QMetaObject>
#include <memory>

namespace dv::ui {

EmbeddedSandbox::EmbeddedSandbox()
{
    m_thread.setObjectName(QStringLiteral("Embedded sandbox"));
}

EmbeddedSandbox::~EmbeddedSandbox()
{
    if (m_anchor) {
        // Deleted on their own thread: the server's sockets and timers belong there.
        QMetaObject::invokeMethod(
            m_anchor,
            [this] {
                delete m_server;
                m_anchor->deleteLater(); // when the thread finishes
            },
            Qt::BlockingQueuedConnection);
        m_thread.quit();
        m_thread.wait();
    }
}

bool EmbeddedSandbox::start()
{
    if (m_server)
        return true;
    if (!m_anchor) {
        m_thread.start();
        m_anchor = new QObject;
        m_anchor->moveToThread(&m_thread);
    }
    bool listening = false;
    QMetaObject::invokeMethod(
        m_anchor,
        [&] {
            auto server = std::make_unique<sandbox::SandboxServer>(m_config);
            listening = server->listen(0);
            if (listening) {
                m_url = server->url();
                m_server = server.release();
            } else {
                m_error = server->errorString();
            }
        },
        Qt::BlockingQueuedConnection);
    return listening;
}

} // namespace dv::ui
