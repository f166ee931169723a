#pragma once

#include "review/Review.h"

#include <QWidget>

class QScrollArea;

namespace dv::ui {

class DifferentialSection;
class IndicatorGauges;
class ReportHeader;

/// One image of an analysis (the window puts one per tab): its quality and validity block
/// always; for an invalid image the retake prompt and the reasons instead of any clinical
/// output; for a valid one its own top 5, indicators and flags.
class ImageReviewPanel : public QWidget
{
    Q_OBJECT

public:
    explicit ImageReviewPanel(QWidget *parent = nullptr);

    /// Shows `review.images[imageIndex]`; replaces everything shown before.
    void setImage(const review::Review &review, qsizetype imageIndex);
    qsizetype imageIndex() const { return m_imageIndex; }

    ReportHeader *header() const { return m_header; }
    /// Null while this image's clinical output may not be shown.
    DifferentialSection *differentialSection() const { return m_differential; }
    IndicatorGauges *indicatorGauges() const { return m_indicators; }

signals:
    /// `sourceIndex` indexes this image's conclusions in the response (its heat maps).
    void conclusionSelected(qsizetype imageIndex, qsizetype sourceIndex);

private:
    QWidget *retakeNotice(const review::ImageReview &image, QWidget *parent);
    QWidget *clinicalOutput(const review::Review &review, const review::ImageReview &image,
                            const QString &scope, QWidget *parent);

    ReportHeader *m_header;
    QScrollArea *m_scroll;
    qsizetype m_imageIndex = -1;
    DifferentialSection *m_differential = nullptr;
    IndicatorGauges *m_indicators = nullptr;
};

} // namespace dv::ui
