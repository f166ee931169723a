#include "GaugeBar.h"

#include "ResultStyle.h"

#include <QPainter>
#include <algorithm>
#include <cmath>

namespace dv::ui {

GaugeBar::GaugeBar(QWidget *parent) : QProgressBar(parent)
{
    setRange(0, 1000);
    setTextVisible(false);
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
}

void GaugeBar::setGauge(std::optional<double> value, review::Band::Tone tone)
{
    m_value = value;
    m_tone = tone;
    setValue(value ? static_cast<int>(std::lround(std::clamp(*value, 0.0, 100.0) * 10.0))
                   : minimum());
    update();
}

QSize GaugeBar::sizeHint() const
{
    return {fontMetrics().averageCharWidth() * 16, qMax(6, fontMetrics().height() * 3 / 5)};
}

QSize GaugeBar::minimumSizeHint() const
{
    return {fontMetrics().averageCharWidth() * 6, sizeHint().height()};
}

void GaugeBar::paintEvent(QPaintEvent *)
{
    QPainter painter(this);
    const QRect track = rect().adjusted(0, 0, -1, -1);
    painter.fillRect(track, palette().color(QPalette::Base));
    if (m_value) {
        const double share = std::clamp(*m_value, 0.0, 100.0) / 100.0;
        const int filled = static_cast<int>(std::lround(share * rect().width()));
        painter.fillRect(QRect(0, 0, filled, height()), ResultStyle::toneColors(m_tone).background);
    } else {
        painter.fillRect(track, QBrush(palette().color(QPalette::Mid), Qt::BDiagPattern));
    }
    painter.setPen(palette().color(QPalette::Dark));
    painter.drawRect(track);
}

} // namespace dv::ui
