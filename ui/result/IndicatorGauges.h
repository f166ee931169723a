#pragma once

#include "review/Review.h"

#include <QWidget>

class QGridLayout;

namespace dv::ui {

/// Risk indicators as labelled gauges with their band (colour and text), the uncertainty
/// (entropy) with its band, sensitivity and specificity when given, and the review's flags.
/// Shows nothing for a block whose gate is closed.
class IndicatorGauges : public QWidget
{
    Q_OBJECT

public:
    explicit IndicatorGauges(QWidget *parent = nullptr);

    /// The combined result: indicators, sensitivity, specificity, entropy and flags.
    void setAggregate(const review::Review &review);
    /// One image: its indicators, entropy and flags.
    void setImage(const review::ImageReview &image);

    /// Number of gauges shown (indicators and entropy).
    int gaugeCount() const;
    /// The flags' messages, in display order.
    QStringList flagMessages() const;

private:
    struct Content
    {
        QVector<review::Indicator> indicators;
        std::optional<double> sensitivity;
        std::optional<double> specificity;
        std::optional<double> entropy;
        review::Band entropyBand;
        QVector<review::Flag> flags;
        bool hasPerformance = false; ///< the combined result reports sensitivity/specificity
    };
    void rebuild(const Content &content);
    void addGauge(QGridLayout *grid, const QString &label, const QString &value,
                  std::optional<double> gauge, const review::Band &band, const QString &guidance);

    QWidget *m_body = nullptr;
};

} // namespace dv::ui
