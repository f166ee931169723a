#pragma once

#include <QDateTime>
#include <QHash>
#include <QMutex>
#include <QString>

namespace dv::sandbox {

/// Bearer tokens issued by `/login`, each valid for a fixed number of minutes.
class TokenStore
{
public:
    explicit TokenStore(int minutes) : m_minutes(minutes) {}

    QString issue();
    bool isValid(const QString &token) const;
    /// Expires every token now (fault injection: "token expiry now").
    void expireAll();
    int minutes() const { return m_minutes; }

private:
    mutable QMutex m_mutex;
    QHash<QString, QDateTime> m_expiry;
    int m_minutes;
};

} // namespace dv::sandbox
