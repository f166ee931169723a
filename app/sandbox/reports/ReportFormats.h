#pragma once

#include "sandbox/reports/StoredDiagnosis.h"

#include <QJsonObject>
#include <QUrl>
#include <QVector>

namespace dv::sandbox {

/// The links a stored report carries; the server that answers them makes them.
struct ReportLinks
{
    QUrl pdf;            ///< the signed link `?format=pdf` redirects to
    QVector<QUrl> media; ///< each photo's, in order; an empty (or missing) one is `null`
};

/// The report endpoint's answers, in the shapes of the seed pages, translated to `locale`.
QJsonObject standardReport(const StoredDiagnosis &report, const QString &locale,
                           const ReportLinks &links);
QJsonObject fhirReport(const StoredDiagnosis &report, const QString &locale,
                       const ReportLinks &links);
QByteArray reportPdf(const StoredDiagnosis &report, const QString &locale);

} // namespace dv::sandbox
