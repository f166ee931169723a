#pragma once

#include "sandbox/reports/StoredDiagnosis.h"

#include <QJsonObject>
#include <QUrl>

namespace dv::sandbox {

/// The report endpoint's answers, in the shapes of the seed pages, translated to `locale`.
/// `pdfUrl` is the signed link `?format=pdf` redirects to.
QJsonObject standardReport(const StoredDiagnosis &report, const QString &locale,
                           const QUrl &pdfUrl);
QJsonObject fhirReport(const StoredDiagnosis &report, const QString &locale, const QUrl &pdfUrl);
QByteArray reportPdf(const StoredDiagnosis &report, const QString &locale);

} // namespace dv::sandbox
