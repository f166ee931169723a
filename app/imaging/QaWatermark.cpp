#include "imaging/QaWatermark.h"

#include <QFont>
#include <QFontMetricsF>
#include <QPainter>
#include <QPainterPath>
#include <algorithm>
#include <cmath>

namespace dv::imaging {

QImage QaWatermark::apply(const QImage &image, const QString &text)
{
    if (image.isNull())
        return {};
    QImage marked = image.convertToFormat(QImage::Format_RGB32);
    QPainter painter(&marked);
    painter.setRenderHint(QPainter::Antialiasing);
    const double w = marked.width();
    const double h = marked.height();

    // Banner: full width, white text on red, 1/14 of the height (at least 14 px).
    QFont font = painter.font();
    const double bannerHeight = std::max(14.0, h / 14.0);
    font.setPixelSize(std::max(9, static_cast<int>(bannerHeight * 0.6)));
    font.setBold(true);
    painter.setFont(font);
    painter.fillRect(QRectF(0, 0, w, bannerHeight), QColor(200, 0, 0));
    painter.setPen(Qt::white);
    painter.drawText(QRectF(0, 0, w, bannerHeight), Qt::AlignCenter, text);

    // Diagonal: outlined so it reads on light and dark skin alike, half transparent so the
    // overlay underneath stays inspectable for QA.
    const double diagonal = std::hypot(w, h);
    font.setPixelSize(64);
    QPainterPath path;
    path.addText(0, 0, font, text);
    const QRectF bounds = path.boundingRect();
    if (bounds.width() > 0) {
        const double scale = 0.75 * diagonal / bounds.width();
        painter.translate(w / 2, h / 2);
        painter.rotate(-std::atan2(h, w) * 180.0 / 3.14159265358979);
        painter.scale(scale, scale);
        painter.translate(-bounds.center());
        painter.setOpacity(0.45);
        painter.setPen(QPen(Qt::white, 3.0));
        painter.setBrush(QColor(200, 0, 0));
        painter.drawPath(path);
    }
    painter.end();
    return marked;
}

} // namespace dv::imaging
