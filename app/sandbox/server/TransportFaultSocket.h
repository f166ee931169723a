#pragma once

#include "sandbox/server/FaultRule.h"

#include <QTcpServer>
#include <QTcpSocket>
#include <optional>

namespace dv::sandbox {

class FaultInjector;

/// A server-side socket that follows the HTTP requests passing through it, so that it can
/// (a) refuse bodies over the size limit with 413 before they are buffered — QHttpServer 6.4
/// has no limit of its own — and (b) break the next response's TCP stream on purpose: cut it
/// short, reset it half-way, or trickle it out.
class TransportFaultSocket : public QTcpSocket
{
    Q_OBJECT

public:
    TransportFaultSocket(FaultInjector *faults, qint64 maxBodyBytes, QObject *parent);

protected:
    qint64 writeData(const char *data, qint64 size) override;

private:
    void inspectBuffer();
    void refuseTooLarge();
    void discardRefusedBody();
    void applyFault();
    void dripNext();

    FaultInjector *m_faults;
    qint64 m_maxBodyBytes;
    bool m_refused = false;
    qint64 m_refusedRemaining = 0;
    std::optional<FaultRule> m_pending;
    QByteArray m_held;
    bool m_flushScheduled = false;
    bool m_dripping = false;
};

/// The QTcpServer QHttpServer is bound to: bound to loopback, making TransportFaultSockets.
class SandboxTcpServer : public QTcpServer
{
    Q_OBJECT

public:
    SandboxTcpServer(FaultInjector *faults, qint64 maxBodyBytes, QObject *parent = nullptr)
        : QTcpServer(parent), m_faults(faults), m_maxBodyBytes(maxBodyBytes)
    {}

protected:
    void incomingConnection(qintptr handle) override;

private:
    FaultInjector *m_faults;
    qint64 m_maxBodyBytes;
};

} // namespace dv::sandbox
