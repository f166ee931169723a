#pragma once

#include "review/Review.h"

#include <QWidget>

namespace dv::ui {

/// A stored report's case context, as the review gives it: the pathology the report is about,
/// the body site and the anamnesis (each question with the patient's answer).
class ReportContextSection : public QWidget
{
    Q_OBJECT

public:
    explicit ReportContextSection(const review::Review &review, QWidget *parent = nullptr);
};

} // namespace dv::ui
