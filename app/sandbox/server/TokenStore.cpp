#include "sandbox/server/TokenStore.h"

#include <QMutexLocker>
#include <QRandomGenerator>

namespace dv::sandbox {

QString TokenStore::issue()
{
    QByteArray bytes(32, Qt::Uninitialized);
    for (char &byte : bytes)
        byte = static_cast<char>(QRandomGenerator::system()->bounded(256));
    const QString token = QString::fromLatin1(
        bytes.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals));
    QMutexLocker lock(&m_mutex);
    m_expiry.insert(token, QDateTime::currentDateTimeUtc().addSecs(qint64(m_minutes) * 60));
    return token;
}

bool TokenStore::isValid(const QString &token) const
{
    QMutexLocker lock(&m_mutex);
    const auto it = m_expiry.constFind(token);
    return it != m_expiry.cend() && QDateTime::currentDateTimeUtc() < it.value();
}

void TokenStore::expireAll()
{
    QMutexLocker lock(&m_mutex);
    m_expiry.clear();
}

} // namespace dv::sandbox
