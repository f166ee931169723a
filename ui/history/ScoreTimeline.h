#pragma once

#include "history/HistoryRecord.h"

#include <QCoreApplication>
#include <QStringList>

QT_BEGIN_NAMESPACE
class QChart;
QT_END_NAMESPACE

namespace dv::ui {

/// Builds the follow-up chart of one scoring system: its value at each recorded date, over
/// its severity bands shaded from the mildest (green) to the most severe (red).
class ScoreTimeline
{
    Q_DECLARE_TR_FUNCTIONS(ScoreTimeline)

public:
    /// The scoring systems with at least one value among `records`, in first-seen order.
    static QStringList scoringSystems(const QVector<history::HistoryRecord> &records);
    /// A new chart (the caller owns it) for `code`; the bands are those of the newest record
    /// that has some.
    static QChart *build(const QVector<history::HistoryRecord> &records, const QString &code);
};

} // namespace dv::ui
