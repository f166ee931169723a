#include "ReportScoresSection.h"

#include "result/ResultStyle.h"
#include "result/ScoreSection.h"

#include <QVBoxLayout>

namespace dv::ui {

ReportScoresSection::ReportScoresSection(const review::Review &review, QWidget *parent)
    : QWidget(parent)
{
    auto *layout = new QVBoxLayout(this);
    layout->setSpacing(ResultStyle::sectionSpacing(this));
    for (const review::ScoreReview &score : review.scores) {
        auto *section = new ScoreSection(this);
        section->setScore(score);
        layout->addWidget(section);
    }
    layout->addStretch();
}

} // namespace dv::ui
