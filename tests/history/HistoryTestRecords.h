#pragma once

#include "history/HistoryRecord.h"

// Records for the history tests, shaped like what the window writes.
namespace dv::test {

/// A severity record of `caseReference` with one PASI score (with its bands) and two images.
inline history::HistoryRecord severityRecord(const QString &caseReference, const QString &reportId,
                                             const QDateTime &issuedAt, double pasi)
{
    history::HistoryRecord record;
    record.reportId = reportId;
    record.issued = issuedAt.toString(Qt::ISODateWithMs);
    record.issuedAt = issuedAt;
    record.kind = QStringLiteral("severity-assessment");
    record.serverLabel = QStringLiteral("Offline sandbox");
    record.userName = QStringLiteral("demo@dermaview.invalid");
    record.caseReference = caseReference;
    record.bodySite = QStringLiteral("armLeft");
    history::HistoryScore score;
    score.code = QStringLiteral("pasi");
    score.name = QStringLiteral("PASI");
    score.value = pasi;
    score.interpretation = pasi < 5 ? QStringLiteral("Mild") : QStringLiteral("Moderate");
    score.bands = {{0.0, 5.0, QStringLiteral("Mild")},
                   {5.0, 10.0, QStringLiteral("Moderate")},
                   {10.0, std::nullopt, QStringLiteral("Severe")}};
    record.scores = {score};
    for (int i = 0; i < 2; ++i) {
        history::HistoryImage image;
        image.uploadBytes = reportId.toUtf8() + QByteArray::number(i);
        image.photoSuffix = QStringLiteral("jpg");
        record.images.append(image);
    }
    record.rawJson = QByteArrayLiteral("{\"reportId\":\"") + reportId.toUtf8() + "\"}";
    return record;
}

} // namespace dv::test
