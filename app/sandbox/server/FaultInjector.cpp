#include "sandbox/server/FaultInjector.h"

#include <QMutexLocker>

namespace dv::sandbox {

namespace {

struct KindName
{
    FaultRule::Kind kind;
    const char *name;
};

constexpr KindName kindNames[] = {
    {FaultRule::Kind::Latency, "latency"},
    {FaultRule::Kind::Unauthorized, "401"},
    {FaultRule::Kind::TooManyRequests, "429"},
    {FaultRule::Kind::ServiceUnavailable, "503"},
    {FaultRule::Kind::InternalError, "500"},
    {FaultRule::Kind::MalformedJson, "malformed-json"},
    {FaultRule::Kind::TruncatedBody, "truncate"},
    {FaultRule::Kind::DropConnection, "drop"},
    {FaultRule::Kind::SlowDrip, "slow-drip"},
};

} // namespace

bool FaultRule::kindFromName(const QString &name, Kind &kind)
{
    for (const KindName &entry : kindNames) {
        if (name == QLatin1String(entry.name)) {
            kind = entry.kind;
            return true;
        }
    }
    return false;
}

QString FaultRule::kindName(Kind kind)
{
    for (const KindName &entry : kindNames) {
        if (entry.kind == kind)
            return QLatin1String(entry.name);
    }
    return {};
}

void FaultInjector::add(const FaultRule &rule)
{
    QMutexLocker lock(&m_mutex);
    m_rules.append(rule);
}

void FaultInjector::clear()
{
    QMutexLocker lock(&m_mutex);
    m_rules.clear();
}

std::optional<FaultRule> FaultInjector::takeHttpFault(const QString &path)
{
    return take(path, false);
}

std::optional<FaultRule> FaultInjector::takeTransportFault(const QString &path)
{
    return take(path, true);
}

std::optional<FaultRule> FaultInjector::take(const QString &path, bool transport)
{
    QMutexLocker lock(&m_mutex);
    for (qsizetype i = 0; i < m_rules.size(); ++i) {
        FaultRule &rule = m_rules[i];
        if (rule.isTransportFault() != transport || !rule.matches(path))
            continue;
        const FaultRule taken = rule;
        if (rule.remaining > 0 && --rule.remaining == 0)
            m_rules.remove(i);
        return taken;
    }
    return std::nullopt;
}

void FaultInjector::countRequest(const QString &path)
{
    QMutexLocker lock(&m_mutex);
    ++m_counts[path];
}

QHash<QString, int> FaultInjector::requestCounts() const
{
    QMutexLocker lock(&m_mutex);
    return m_counts;
}

} // namespace dv::sandbox
