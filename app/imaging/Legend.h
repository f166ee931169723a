#pragma once

// The attention legend: a colour bar from 0 to 1 in the palette, the part below the threshold
// drawn as a checkerboard (transparent: the photo shows there), labelled 0, the threshold and
// 1. Drawn with QPainter so the window can paint it beside the photo at any size; text needs
// a QGuiApplication (fonts).

#include "imaging/Palettes.h"

#include <QCoreApplication>
#include <QImage>
#include <QRectF>

class QPainter;

namespace dv::imaging {

class Legend
{
    Q_DECLARE_TR_FUNCTIONS(Legend)

public:
    /// Paints the legend into `area` (title line, bar, labels) in the painter's current font.
    static void drawAttention(QPainter &painter, const QRectF &area, Palette palette,
                              double threshold);
    /// The legend as an image (white background) of `size`.
    static QImage renderAttention(QSize size, Palette palette, double threshold);
};

} // namespace dv::imaging
