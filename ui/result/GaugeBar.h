#pragma once

#include "review/Bands.h"

#include <QProgressBar>
#include <optional>

namespace dv::ui {

/// A 0–100 gauge filled in its band's colour. A QProgressBar underneath (range 0–1000, one
/// decimal) so that assistive technology reads it as a value; painted by hand so that every
/// style shows the band colour and no busy animation.
class GaugeBar : public QProgressBar
{
    Q_OBJECT

public:
    explicit GaugeBar(QWidget *parent = nullptr);

    /// An absent value draws an empty, hatched track: "not reported" is not 0.
    void setGauge(std::optional<double> value, review::Band::Tone tone);
    std::optional<double> gaugeValue() const { return m_value; }

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

protected:
    void paintEvent(QPaintEvent *event) override;

private:
    std::optional<double> m_value;
    review::Band::Tone m_tone = review::Band::Tone::Unknown;
};

} // namespace dv::ui
