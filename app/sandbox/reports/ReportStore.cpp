#include "sandbox/reports/ReportStore.h"

#include <QMutexLocker>

namespace dv::sandbox {

namespace {

void dropMedia(StoredDiagnosis &report)
{
    for (auto &photo : report.photos)
        photo.jpeg.clear();
}

} // namespace

void ReportStore::add(StoredDiagnosis report)
{
    QMutexLocker lock(&m_mutex);
    qsizetype position = m_order.indexOf(report.id);
    if (position < 0) {
        m_order.append(report.id);
        position = m_order.size() - 1;
    }
    // A report stored again keeps its place, which may be outside the media window.
    if (position < m_order.size() - m_mediaCapacity)
        dropMedia(report);
    m_reports.insert(report.id, std::move(report));
    while (m_order.size() > m_capacity)
        m_reports.remove(m_order.takeFirst());
    // An addition moves at most one report out of the media window: the one just behind it.
    if (const qsizetype leaving = m_order.size() - m_mediaCapacity - 1; leaving >= 0) {
        const auto it = m_reports.find(m_order.at(leaving));
        if (it != m_reports.end())
            dropMedia(*it);
    }
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
