#pragma once

#include "review/Review.h"

#include <QWidget>

namespace dv::ui {

/// The scoring systems of a stored report, one ScoreSection each: the reasons when the review
/// withholds a score, otherwise its value, severity bands, facets and items, marked when QA
/// mode revealed it.
class ReportScoresSection : public QWidget
{
    Q_OBJECT

public:
    explicit ReportScoresSection(const review::Review &review, QWidget *parent = nullptr);
};

} // namespace dv::ui
