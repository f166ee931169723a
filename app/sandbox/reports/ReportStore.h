#pragma once

#include "sandbox/reports/StoredDiagnosis.h"

#include <QHash>
#include <QMutex>
#include <QStringList>
#include <optional>

namespace dv::sandbox {

/// The reports of this server's lifetime, by identifier. Bounded: the oldest are dropped
/// past `capacity`, so a long demo cannot grow memory without limit. Photos weigh far more
/// than the rest of a report, so only the `mediaCapacity` most recent reports keep them;
/// older ones stay with their photos' bytes cleared (their links answer 404, like an expired
/// signed URL).
class ReportStore
{
public:
    explicit ReportStore(qsizetype capacity = 500, qsizetype mediaCapacity = 50)
        : m_capacity(capacity), m_mediaCapacity(qMax<qsizetype>(0, mediaCapacity))
    {}

    void add(StoredDiagnosis report);
    std::optional<StoredDiagnosis> find(const QString &id) const;

private:
    mutable QMutex m_mutex;
    QHash<QString, StoredDiagnosis> m_reports;
    QStringList m_order;
    qsizetype m_capacity;
    qsizetype m_mediaCapacity;
};

} // namespace dv::sandbox
