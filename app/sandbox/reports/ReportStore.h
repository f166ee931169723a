#pragma once

#include "sandbox/reports/StoredDiagnosis.h"

#include <QHash>
#include <QMutex>
#include <QStringList>
#include <optional>

namespace dv::sandbox {

/// The reports of this server's lifetime, by identifier. Bounded: the oldest are dropped
/// past `capacity`, so a long demo cannot grow memory without limit.
class ReportStore
{
public:
    explicit ReportStore(qsizetype capacity = 500) : m_capacity(capacity) {}

    void add(const StoredDiagnosis &report);
    std::optional<StoredDiagnosis> find(const QString &id) const;

private:
    mutable QMutex m_mutex;
    QHash<QString, StoredDiagnosis> m_reports;
    QStringList m_order;
    qsizetype m_capacity;
};

} // namespace dv::sandbox
