#pragma once

#include "review/Review.h"

#include <QWidget>

namespace dv::ui {

/// The scoring systems of a stored report: for each, the reasons when the review withholds it,
/// otherwise its score (value, severity bands, facets, items), marked when QA mode revealed it.
class ReportScoresSection : public QWidget
{
    Q_OBJECT

public:
    explicit ReportScoresSection(const review::Review &review, QWidget *parent = nullptr);

private:
    QWidget *scoreBlock(const review::ScoreReview &score);
};

} // namespace dv::ui
