#pragma once

#include <QIODevice>

namespace dv::api {

/// An upload body that cannot be rewound. Qt's HTTP layer silently sends a request again
/// when a kept-alive connection closes before the first byte of the answer — for an analysis
/// that would be a second analysis the server may already be running. With this body (and
/// buffering forbidden) Qt cannot resend: it reports the closed connection instead, and the
/// client's own retry policy decides. Also avoids a copy: the QByteArray is shared.
class OneShotBody : public QIODevice
{
    Q_OBJECT

public:
    OneShotBody(QByteArray data, QObject *parent);

    bool isSequential() const override { return true; }
    bool reset() override { return false; }
    qint64 bytesAvailable() const override;
    qint64 size() const override { return m_data.size(); }

protected:
    qint64 readData(char *data, qint64 maxSize) override;
    qint64 writeData(const char *, qint64) override { return -1; }

private:
    QByteArray m_data;
    qint64 m_position = 0;
};

} // namespace dv::api
