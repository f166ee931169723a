#include "sandbox/reports/ReportStore.h"

#include <QMutexLocker>

namespace dv::sandbox {

void ReportStore::add(const StoredDiagnosis &report)
{
    QMutexLocker lock(&m_mutex);
    if (!m_reports.contains(report.id))
        m_order.append(report.id);
    m_reports.insert(report.id, report);
    while (m_order.size() > m_capacity)
        m_reports.remove(m_order.takeFirst());
}

std::optional<StoredDiagnosis> ReportStore::find(const QString &id) const
{
    QMutexLocker lock(&m_mutex);
    const auto it = m_reports.constFind(id);
    if (it == m_reports.cend())
        return std::nullopt;
    return *it;
}

} // namespace dv::sandbox
