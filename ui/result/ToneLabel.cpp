#include "ToneLabel.h"

#include "ResultStyle.h"

#include <QEvent>
#include <QPainter>

namespace dv::ui {

ToneLabel::ToneLabel(review::Band::Tone tone, const QString &text, QWidget *parent)
    : QLabel(text, parent), m_tone(tone)
{
    setTextFormat(Qt::PlainText);
    applyTone();
}

ToneLabel::ToneLabel(const review::Band &band, QWidget *parent)
    : ToneLabel(band.tone, band.label, parent)
{
    m_bandKey = band.key;
    setSizePolicy(QSizePolicy::Maximum, QSizePolicy::Fixed);
}

void ToneLabel::applyTone()
{
    QPalette palette = this->palette();
    palette.setColor(QPalette::WindowText, ResultStyle::toneColors(m_tone).text);
    setPalette(palette);
    // Padding from the font, so the chip grows with the text on high-DPI and large fonts.
    const int vertical = fontMetrics().height() / 8;
    const int horizontal = fontMetrics().averageCharWidth();
    setContentsMargins(horizontal, vertical, horizontal, vertical);
}

void ToneLabel::changeEvent(QEvent *event)
{
    QLabel::changeEvent(event);
    if (event->type() == QEvent::FontChange)
        applyTone();
}

void ToneLabel::paintEvent(QPaintEvent *event)
{
    {
        QPainter painter(this);
        painter.setRenderHint(QPainter::Antialiasing);
        painter.setPen(Qt::NoPen);
        painter.setBrush(ResultStyle::toneColors(m_tone).background);
        const qreal radius = fontMetrics().height() / 4.0;
        painter.drawRoundedRect(QRectF(rect()), radius, radius);
    }
    QLabel::paintEvent(event);
}

} // namespace dv::ui
