#include "history/HistoryEntry.h"

namespace dv::history {

namespace {

QDateTime parseIssued(const QString &issued)
{
    QDateTime time = QDateTime::fromString(issued, Qt::ISODateWithMs);
    if (!time.isValid())
        time = QDateTime::fromString(issued, Qt::ISODate);
    // The service sends UTC; a time without a zone is taken as UTC, not as local time.
    if (time.isValid() && time.timeSpec() == Qt::LocalTime)
        time.setTimeSpec(Qt::UTC);
    return time.toUTC();
}

} // namespace

HistoryRecord makeRecord(const review::Review &review, const QByteArray &rawJson,
                         const RecordContext &context)
{
    HistoryRecord record;
    record.reportId = review.reportId;
    record.issued = review.issued;
    record.issuedAt = parseIssued(review.issued);
    record.recordedAt = QDateTime::currentDateTimeUtc();
    record.kind = model::responseKindName(review.kind);
    record.serverLabel = context.serverLabel;
    record.userName = context.userName;
    record.caseReference = context.caseReference.trimmed();
    record.bodySite =
        !context.bodySite.trimmed().isEmpty() ? context.bodySite.trimmed() : review.bodySite;
    record.qaMode = review.qaMode;
    record.rawJson = rawJson;

    // The aggregate differential is present only when the review shows it.
    if (review.aggregate.shown && !review.differential.ranked.isEmpty()) {
        const review::RankedConclusion &top = review.differential.ranked.constFirst();
        record.topConclusion = HistoryConclusion{top.code, top.display, top.probability,
                                                 review.aggregate.qaRevealed()};
        record.qaRevealed = review.aggregate.qaRevealed();
    }
    for (const review::ScoreReview &score : review.scores) {
        if (!score.gate.shown)
            continue;
        HistoryScore kept;
        kept.code = score.code;
        kept.name = score.name;
        kept.value = score.value;
        kept.interpretation = score.interpretation;
        kept.qaRevealed = score.gate.qaRevealed();
        for (const model::SeverityBand &band : score.bands)
            kept.bands.append(HistoryBand{band.min, band.max, band.text});
        record.scores.append(kept);
        record.qaRevealed = record.qaRevealed || score.gate.qaRevealed();
    }
    for (const RecordContext::Upload &upload : context.uploads) {
        HistoryImage image;
        image.uploadBytes = upload.bytes;
        image.photoSuffix = upload.suffix;
        image.keepPhoto = context.keepPhotos;
        record.images.append(image);
    }
    return record;
}

} // namespace dv::history
