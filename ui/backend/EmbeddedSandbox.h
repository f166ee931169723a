#pragma once

#include "sandbox/server/SandboxConfig.h"

#include <QString>
#include <QThread>
#include <QUrl>

namespace dv::sandbox {
class SandboxServer;
}

namespace dv::ui {

/// The offline sandbox server, in-process on 127.0.0.1, on a thread of its own: its request
/// handling (reading a 40 MB upload, answering) never competes with the window for the GUI
/// thread. Its analysis already runs on the worker pool.
class EmbeddedSandbox
{
public:
    EmbeddedSandbox();
    ~EmbeddedSandbox();
    EmbeddedSandbox(const EmbeddedSandbox &) = delete;
    EmbeddedSandbox &operator=(const EmbeddedSandbox &) = delete;

    /// Starts the server on a free loopback port; false (and errorString()) when it cannot.
    bool start();
    QUrl url() const { return m_url; }
    const sandbox::SandboxConfig &config() const { return m_config; }
    QString errorString() const { return m_error; }

private:
    sandbox::SandboxConfig m_config;
    QThread m_thread;
    QObject *m_anchor = nullptr;                ///< lives on m_thread: runs work there
    sandbox::SandboxServer *m_server = nullptr; ///< lives on m_thread
    QUrl m_url;
    QString m_error;
};

} // namespace dv::ui
