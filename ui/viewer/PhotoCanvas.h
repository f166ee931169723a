#pragma once

#include "imaging/Palettes.h"

#include <QImage>
#include <QPointF>
#include <QWidget>
#include <optional>

namespace dv::ui {

/// One photo on screen with zoom (wheel about the cursor, +/−, 0 = fit, 1 = 1:1) and pan
/// (drag, arrow keys). Draws an optional image over the photo — the composed overlay, same
/// geometry as the photo at any resolution — plus an optional legend and watermark. Two
/// canvases stay in step through viewChanged() / setView() (side-by-side).
class PhotoCanvas : public QWidget
{
    Q_OBJECT

public:
    explicit PhotoCanvas(QWidget *parent = nullptr);

    /// A new photo: the view returns to "fit". `screen` is the same photo at a lower
    /// resolution, drawn while the zoom does not need more pixels (null: the photo itself).
    void setPhoto(const QImage &photo, const QImage &screen = QImage());
    /// Drawn instead of the photo, stretched over the photo's rectangle (null: the photo).
    void setComposed(const QImage &composed);
    void setMessage(const QString &message);
    /// The attention legend in the lower-left corner (nullopt: none).
    void setLegend(std::optional<imaging::Palette> palette, double threshold);
    /// Diagonal text over the photo, e.g. "NOT FOR CLINICAL USE" (empty: none).
    void setWatermark(const QString &text);

    const QImage &photo() const { return m_photo; }
    const QImage &composed() const { return m_composed; }
    const QString &watermark() const { return m_watermark; }
    /// Screen pixels per photo pixel.
    double zoom() const;
    bool fitsWindow() const { return m_fit; }
    /// Where the photo is drawn, in widget coordinates (empty when there is none).
    QRectF photoRect() const;

public slots:
    void zoomToFit();
    void zoomToActualSize();
    void zoomBy(double factor);
    /// `centre` is the photo point shown at the widget's centre.
    void setView(double zoom, QPointF centre, bool fit);

signals:
    void viewChanged(double zoom, QPointF centre, bool fit);

protected:
    void paintEvent(QPaintEvent *event) override;
    void wheelEvent(QWheelEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;
    void mouseMoveEvent(QMouseEvent *event) override;
    void mouseReleaseEvent(QMouseEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;

private:
    double fitZoom() const;
    void clampCentre();
    void announce();

    QImage m_photo;
    QImage m_screen;
    QImage m_composed;
    QString m_message;
    QString m_watermark;
    std::optional<imaging::Palette> m_legendPalette;
    double m_legendThreshold = 0.5;
    bool m_fit = true;
    double m_zoom = 1.0;
    QPointF m_centre; ///< photo coordinates at the widget's centre
    std::optional<QPointF> m_dragStart;
    QPointF m_dragCentre;
};

} // namespace dv::ui
