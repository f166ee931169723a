#pragma once

#include "review/Review.h"

#include <QWidget>

namespace dv::ui {

/// One severity score as a person may see it (`review::ScoreReview`): name and code, value,
/// interpretation, intensity, severity level, the published severity bands as a labelled bar
/// with the value marked, each item with its value, interpretation and details (AI confidence,
/// counts), facets and the number of masks and detections. A closed gate shows only its
/// reasons; content QA mode revealed is watermarked. Used for severity assessments and for the
/// scoring systems of stored reports.
class ScoreSection : public QWidget
{
    Q_OBJECT

public:
    explicit ScoreSection(QWidget *parent = nullptr);

    void setScore(const review::ScoreReview &score);

private:
    QWidget *m_body = nullptr;
};

} // namespace dv::ui
