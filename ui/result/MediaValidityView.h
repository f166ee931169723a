#pragma once

#include "review/Review.h"

#include <QWidget>

namespace dv::ui {

/// An image's `mediaValidity` block as the service judged it: quality score with its band and
/// the service's interpretation, acceptable, dermatological with confidence, modality with
/// its confidences, and `isValid`. Shown for every image, valid or not: it is what tells the
/// person why a photo must be retaken.
class MediaValidityView : public QWidget
{
    Q_OBJECT

public:
    explicit MediaValidityView(const review::ImageReview &image, QWidget *parent = nullptr);
};

} // namespace dv::ui
