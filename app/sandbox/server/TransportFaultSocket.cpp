#include "sandbox/server/TransportFaultSocket.h"

#include "sandbox/server/FaultInjector.h"

#include <QRegularExpression>
#include <QTimer>
#include <QUrl>

namespace dv::sandbox {

namespace {

constexpr qsizetype maxHeaderBytes = 64 * 1024;
constexpr int dripIntervalMs = 40;

QString pathOf(const QByteArray &requestLine)
{
    const QList<QByteArray> parts = requestLine.split(' ');
    if (parts.size() < 2)
        return {};
    return QUrl(QString::fromLatin1(parts.at(1))).path();
}

} // namespace

TransportFaultSocket::TransportFaultSocket(FaultInjector *faults, qint64 maxBodyBytes,
                                           QObject *parent)
    : QTcpSocket(parent), m_faults(faults), m_maxBodyBytes(maxBodyBytes)
{
    // Connected before QHttpServer takes the socket, so this runs first on every arrival.
    connect(this, &QIODevice::readyRead, this, &TransportFaultSocket::inspectBuffer);
}

void TransportFaultSocket::inspectBuffer()
{
    if (m_refused) {
        discardRefusedBody();
        return;
    }
    // Only a buffer that starts with a request line is a new request; the rest of a long
    // body arrives in later pieces and is left alone.
    const QByteArray head = peek(qMin<qint64>(bytesAvailable(), maxHeaderBytes));
    static const QRegularExpression requestLine(
        QStringLiteral("^(GET|POST|PUT|PATCH|DELETE|HEAD|OPTIONS) \\S+ HTTP/1\\.[01]\r\n"));
    if (!requestLine.match(QString::fromLatin1(head.left(2048))).hasMatch())
        return;
    const qsizetype end = head.indexOf("\r\n\r\n");
    if (end < 0)
        return;
    const QList<QByteArray> lines = head.left(end).split('\n');
    qint64 length = 0;
    for (qsizetype i = 1; i < lines.size(); ++i) {
        const QByteArray line = lines.at(i).trimmed();
        const qsizetype colon = line.indexOf(':');
        if (colon < 0)
            continue;
        const QByteArray name = line.left(colon).trimmed().toLower();
        const QByteArray value = line.mid(colon + 1).trimmed();
        if (name == "content-length")
            length = value.toLongLong();
        else if (name == "transfer-encoding" && value.toLower().contains("chunked"))
            return; // not followed: no limit check, no faults on chunked requests
    }
    if (length > m_maxBodyBytes) {
        // QHttpServer, next in line, must not see the request at all; the body is drained
        // (not buffered) so that the client, still uploading, reads the 413 instead of a reset.
        m_refusedRemaining = end + 4 + length;
        refuseTooLarge();
        discardRefusedBody();
        return;
    }
    // A request starts here (QHttpServer may read a long body in several pieces, so this may
    // be its first piece only). Its response is the next thing written (clients do not
    // pipeline), so a transport fault is armed for it now; a re-read of the same request
    // after a rollback finds the fault already armed.
    if (!m_pending)
        m_pending = m_faults->takeTransportFault(pathOf(lines.value(0).trimmed()));
}

void TransportFaultSocket::refuseTooLarge()
{
    m_refused = true;
    const QByteArray body = QByteArrayLiteral(
        R"({"detail":[{"type":"too_large","msg":"Request body is larger than the server accepts","loc":["body"]}]})");
    const QByteArray response = "HTTP/1.1 413 Payload Too Large\r\n"
                                "Content-Type: application/json\r\n"
                                "Connection: close\r\n"
                                "Content-Length: " +
                                QByteArray::number(body.size()) + "\r\n\r\n" + body;
    QTcpSocket::writeData(response.constData(), response.size());
    // Do not wait for ever on a client that stops sending.
    QTimer::singleShot(30000, this, [this] { abort(); });
}

void TransportFaultSocket::discardRefusedBody()
{
    while (bytesAvailable() > 0 && m_refusedRemaining > 0)
        m_refusedRemaining -= read(qMin<qint64>(bytesAvailable(), 1 << 20)).size();
    readAll();
    if (m_refusedRemaining <= 0)
        disconnectFromHost();
}

qint64 TransportFaultSocket::writeData(const char *data, qint64 size)
{
    if (m_dripping) {
        // Anything written while a response trickles out queues behind it, in order.
        m_held.append(data, static_cast<qsizetype>(size));
        return size;
    }
    if (!m_pending)
        return QTcpSocket::writeData(data, size);
    // Hold the whole response (QHttpServer writes it within one event-loop pass), then
    // break it as the rule says.
    m_held.append(data, static_cast<qsizetype>(size));
    if (!m_flushScheduled) {
        m_flushScheduled = true;
        QTimer::singleShot(0, this, &TransportFaultSocket::applyFault);
    }
    return size;
}

void TransportFaultSocket::applyFault()
{
    m_flushScheduled = false;
    const FaultRule rule = *m_pending;
    const qsizetype headerEnd = m_held.indexOf("\r\n\r\n");
    const qsizetype bodyStart = headerEnd < 0 ? 0 : headerEnd + 4;
    const qsizetype bodySize = m_held.size() - bodyStart;
    switch (rule.kind) {
    case FaultRule::Kind::DropConnection:
        QTcpSocket::writeData(m_held.constData(), bodyStart + bodySize / 2);
        flush();
        m_pending.reset();
        m_held.clear();
        abort(); // RST: the client sees the connection reset mid-body
        return;
    case FaultRule::Kind::TruncatedBody:
        QTcpSocket::writeData(m_held.constData(), bodyStart + bodySize * 6 / 10);
        flush();
        m_pending.reset();
        m_held.clear();
        disconnectFromHost(); // FIN before Content-Length bytes arrived
        return;
    case FaultRule::Kind::SlowDrip:
        m_pending.reset();
        m_dripping = true;
        dripNext();
        return;
    default:
        m_pending.reset();
        QTcpSocket::writeData(m_held.constData(), m_held.size());
        m_held.clear();
        return;
    }
}

void TransportFaultSocket::dripNext()
{
    if (m_held.isEmpty() || state() != QAbstractSocket::ConnectedState) {
        m_dripping = false;
        return;
    }
    // About 50 steps whatever the size, at least 64 bytes each: seconds, not minutes.
    const qsizetype chunk = qMax<qsizetype>(64, m_held.size() / 50);
    const QByteArray piece = m_held.left(chunk);
    m_held.remove(0, piece.size());
    QTcpSocket::writeData(piece.constData(), piece.size());
    QTimer::singleShot(dripIntervalMs, this, &TransportFaultSocket::dripNext);
}

void SandboxTcpServer::incomingConnection(qintptr handle)
{
    auto *socket = new TransportFaultSocket(m_faults, m_maxBodyBytes, this);
    if (!socket->setSocketDescriptor(handle)) {
        delete socket;
        return;
    }
    addPendingConnection(socket);
}

} // namespace dv::sandbox
