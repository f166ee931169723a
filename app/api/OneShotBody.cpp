#include "api/OneShotBody.h"

#include <cstring>

namespace dv::api {

OneShotBody::OneShotBody(QByteArray data, QObject *parent)
    : QIODevice(parent), m_data(std::move(data))
{
    open(QIODevice::ReadOnly);
}

qint64 OneShotBody::bytesAvailable() const
{
    return m_data.size() - m_position + QIODevice::bytesAvailable();
}

qint64 OneShotBody::readData(char *data, qint64 maxSize)
{
    if (m_position >= m_data.size())
        return -1;
    const qint64 count = qMin(maxSize, m_data.size() - m_position);
    std::memcpy(data, m_data.constData() + m_position, static_cast<size_t>(count));
    m_position += count;
    return count;
}

} // namespace dv::api
