#pragma once

#include "sandbox/server/FaultRule.h"

#include <QHash>
#include <QMutex>
#include <QVector>
#include <optional>

namespace dv::sandbox {

/// The active fault rules and per-endpoint request counters. Thread-safe: consulted from the
/// server thread (HTTP faults) and from each socket (transport faults).
class FaultInjector
{
public:
    void add(const FaultRule &rule);
    void clear();
    /// Takes the first HTTP-level rule matching `path`, consuming one use of it.
    std::optional<FaultRule> takeHttpFault(const QString &path);
    /// Takes the first transport-level rule matching `path`, consuming one use of it.
    std::optional<FaultRule> takeTransportFault(const QString &path);
    void countRequest(const QString &path);
    QHash<QString, int> requestCounts() const;

private:
    std::optional<FaultRule> take(const QString &path, bool transport);

    mutable QMutex m_mutex;
    QVector<FaultRule> m_rules;
    QHash<QString, int> m_counts;
};

} // namespace dv::sandbox
