#include "imaging/Legend.h"

#include <QFontMetricsF>
#include <QLocale>
#include <QPainter>
#include <algorithm>

namespace dv::imaging {

void Legend::drawAttention(QPainter &painter, const QRectF &area, Palette palette, double threshold)
{
    const double t = std::clamp(threshold, 0.0, 1.0);
    const QFontMetricsF metrics(painter.font());
    const double line = metrics.height();
    const double labelWidth = metrics.horizontalAdvance(QStringLiteral("0.00")) / 2 + 2;
    const QRectF title(area.left(), area.top(), area.width(), line);
    const QRectF bar(area.left() + labelWidth, title.bottom() + line * 0.25,
                     std::max(1.0, area.width() - 2 * labelWidth),
                     std::max(4.0, area.height() - 2.5 * line));
    painter.save();
    painter.setPen(Qt::black);
    painter.drawText(title, Qt::AlignLeft | Qt::AlignVCenter,
                     tr("Attention (transparent below %1)").arg(QLocale().toString(t, 'f', 2)));

    // One column per device pixel of the bar: the palette entry for that attention value.
    const int columns = std::max(1, static_cast<int>(bar.width()));
    const double split = bar.left() + t * bar.width();
    for (int i = 0; i < columns; ++i) {
        const double x = bar.left() + i * bar.width() / columns;
        const double value = (i + 0.5) / columns;
        const QRectF column(x, bar.top(), bar.width() / columns + 0.5, bar.height());
        if (x + 0.5 < split) {
            // Below the threshold: checkerboard, the convention for "transparent".
            const int cell = std::max(3, static_cast<int>(bar.height() / 3));
            for (double y = bar.top(); y < bar.bottom(); y += cell) {
                const bool dark = ((static_cast<int>((x - bar.left()) / cell) +
                                    static_cast<int>((y - bar.top()) / cell)) %
                                   2) != 0;
                painter.fillRect(
                    QRectF(x, y, column.width(), std::min<double>(cell, bar.bottom() - y)),
                    dark ? QColor(204, 204, 204) : QColor(255, 255, 255));
            }
            continue;
        }
        const cv::Vec3b bgr = paletteColour(palette, value);
        painter.fillRect(column, QColor(bgr[2], bgr[1], bgr[0]));
    }
    painter.setPen(QPen(Qt::black, 1));
    painter.setBrush(Qt::NoBrush);
    painter.drawRect(bar);
    painter.drawLine(QPointF(split, bar.top() - 2), QPointF(split, bar.bottom() + 2));

    const double labelTop = bar.bottom() + 2;
    const auto label = [&](double x, const QString &text) {
        const double width = metrics.horizontalAdvance(text);
        painter.drawText(QRectF(x - width / 2, labelTop, width + 1, line), Qt::AlignCenter, text);
    };
    label(bar.left(), QLocale().toString(0));
    label(bar.right(), QLocale().toString(1));
    // The threshold label moves aside rather than overprint 0 or 1.
    const double thresholdX =
        std::clamp(split, bar.left() + 2 * labelWidth, bar.right() - 2 * labelWidth);
    label(thresholdX, QLocale().toString(t, 'f', 2));
    painter.restore();
}

QImage Legend::renderAttention(QSize size, Palette palette, double threshold)
{
    QImage image(size, QImage::Format_RGB32);
    if (image.isNull())
        return image;
    image.fill(Qt::white);
    QPainter painter(&image);
    drawAttention(painter, QRectF(QPointF(4, 4), QSizeF(size) - QSizeF(8, 8)), palette, threshold);
    return image;
}

} // namespace dv::imaging
