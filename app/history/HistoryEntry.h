#pragma once

#include "history/HistoryRecord.h"
#include "review/Review.h"

namespace dv::history {

/// Who, where and what was uploaded: what a record needs besides the response itself.
struct RecordContext
{
    QString serverLabel;
    QString userName; ///< the account's name; never a password or token
    QString caseReference;
    QString bodySite;
    struct Upload
    {
        QByteArray bytes; ///< exactly what was uploaded (hashed off the GUI thread by the store)
        QString suffix;   ///< "jpg", "png"
    };
    QVector<Upload> uploads;
    bool keepPhotos = false;
};

/// Builds the record of a reviewed response. Only what `review` shows is recorded: a
/// withheld differential or score is absent from the review outside QA mode, so it is absent
/// from the record too; a QA-mode review is recorded as such.
HistoryRecord makeRecord(const review::Review &review, const QByteArray &rawJson,
                         const RecordContext &context);

} // namespace dv::history
