#include "PhotoCanvas.h"

#include "imaging/Legend.h"

#include <QKeyEvent>
#include <QMouseEvent>
#include <QPainter>
#include <QWheelEvent>
#include <algorithm>
#include <cmath>

namespace dv::ui {

namespace {

constexpr double kMaxZoom = 16.0;
constexpr double kStep = 1.25;

} // namespace

PhotoCanvas::PhotoCanvas(QWidget *parent) : QWidget(parent)
{
    setFocusPolicy(Qt::StrongFocus);
    setMinimumSize(160, 120);
    setAccessibleName(tr("Photo"));
    setAccessibleDescription(
        tr("Wheel or +/− to zoom, 0 to fit, 1 for actual size, drag or arrow keys to pan."));
}

void PhotoCanvas::setPhoto(const QImage &photo, const QImage &screen)
{
    m_photo = photo;
    m_screen = screen.isNull() ? photo : screen;
    m_composed = QImage();
    m_fit = true;
    m_centre = QPointF(photo.width() / 2.0, photo.height() / 2.0);
    update();
}

void PhotoCanvas::setComposed(const QImage &composed)
{
    m_composed = composed;
    update();
}

void PhotoCanvas::setMessage(const QString &message)
{
    m_message = message;
    update();
}

void PhotoCanvas::setLegend(std::optional<imaging::Palette> palette, double threshold)
{
    m_legendPalette = palette;
    m_legendThreshold = threshold;
    update();
}

void PhotoCanvas::setWatermark(const QString &text)
{
    m_watermark = text;
    update();
}

double PhotoCanvas::fitZoom() const
{
    if (m_photo.isNull())
        return 1.0;
    // Fit, but never enlarge a small photo past 1:1: it would look blurrier than it is.
    return std::min({1.0, width() / double(m_photo.width()), height() / double(m_photo.height())});
}

double PhotoCanvas::zoom() const
{
    return m_fit ? fitZoom() : m_zoom;
}

QRectF PhotoCanvas::photoRect() const
{
    if (m_photo.isNull())
        return {};
    const double z = zoom();
    const QPointF centre =
        m_fit ? QPointF(m_photo.width() / 2.0, m_photo.height() / 2.0) : m_centre;
    const QPointF topLeft = QPointF(width() / 2.0, height() / 2.0) - centre * z;
    return QRectF(topLeft, QSizeF(m_photo.width() * z, m_photo.height() * z));
}

void PhotoCanvas::zoomToFit()
{
    m_fit = true;
    m_centre = QPointF(m_photo.width() / 2.0, m_photo.height() / 2.0);
    announce();
}

void PhotoCanvas::zoomToActualSize()
{
    setView(1.0, m_fit ? QPointF(m_photo.width() / 2.0, m_photo.height() / 2.0) : m_centre, false);
    announce();
}

void PhotoCanvas::zoomBy(double factor)
{
    if (m_photo.isNull())
        return;
    const double next = std::clamp(zoom() * factor, std::min(fitZoom(), 1.0), kMaxZoom);
    if (m_fit)
        m_centre = QPointF(m_photo.width() / 2.0, m_photo.height() / 2.0);
    m_fit = next <= fitZoom() + 1e-9;
    m_zoom = next;
    clampCentre();
    announce();
}

void PhotoCanvas::setView(double zoom, QPointF centre, bool fit)
{
    m_fit = fit;
    m_zoom = std::clamp(zoom, 0.01, kMaxZoom);
    m_centre = centre;
    clampCentre();
    update();
}

void PhotoCanvas::clampCentre()
{
    m_centre.setX(std::clamp(m_centre.x(), 0.0, double(m_photo.width())));
    m_centre.setY(std::clamp(m_centre.y(), 0.0, double(m_photo.height())));
}

void PhotoCanvas::announce()
{
    update();
    emit viewChanged(zoom(), m_centre, m_fit);
}

void PhotoCanvas::paintEvent(QPaintEvent *)
{
    QPainter painter(this);
    painter.fillRect(rect(), palette().color(QPalette::Dark));
    if (m_photo.isNull()) {
        painter.setPen(palette().color(QPalette::BrightText));
        painter.drawText(rect().adjusted(12, 12, -12, -12), Qt::AlignCenter | Qt::TextWordWrap,
                         m_message);
        return;
    }
    const QRectF target = photoRect();
    // Smooth when reducing; nearest pixels from 2:1 up, so skin texture is not invented.
    painter.setRenderHint(QPainter::SmoothPixmapTransform, zoom() < 2.0);
    if (!m_composed.isNull()) {
        painter.drawImage(target, m_composed);
    } else if (target.width() <= m_screen.width()) {
        painter.drawImage(target, m_screen); // enough pixels, far fewer to scale
    } else {
        // Zoomed in: only the visible part of the full-resolution photo is scaled.
        const QRectF visible = target.intersected(QRectF(rect()));
        const double z = zoom();
        const QRectF source((visible.topLeft() - target.topLeft()) / z, visible.size() / z);
        painter.drawImage(visible, m_photo, source);
    }

    if (!m_watermark.isEmpty()) {
        painter.save();
        painter.setClipRect(target);
        painter.translate(target.center());
        painter.rotate(-30);
        QFont font = painter.font();
        font.setBold(true);
        font.setPixelSize(std::max(18, int(std::min(target.width(), target.height()) / 10)));
        painter.setFont(font);
        painter.setPen(QColor(200, 0, 0, 150));
        painter.drawText(
            QRectF(-target.width(), -target.height() / 2, 2 * target.width(), target.height()),
            Qt::AlignCenter, m_watermark);
        painter.restore();
    }
    if (m_legendPalette) {
        const QRectF legend(10, height() - 70, std::min(260.0, width() - 20.0), 60);
        painter.fillRect(legend.adjusted(-4, -4, 4, 4), QColor(255, 255, 255, 220));
        painter.setPen(Qt::black);
        imaging::Legend::drawAttention(painter, legend, *m_legendPalette, m_legendThreshold);
    }
}

void PhotoCanvas::wheelEvent(QWheelEvent *event)
{
    if (m_photo.isNull())
        return;
    // Zoom about the point under the cursor: it stays under the cursor.
    const QRectF before = photoRect();
    const double z0 = zoom();
    const QPointF under = (event->position() - before.topLeft()) / z0;
    zoomBy(event->angleDelta().y() > 0 ? kStep : 1.0 / kStep);
    if (!m_fit) {
        const double z1 = zoom();
        m_centre = under - (event->position() - QPointF(width() / 2.0, height() / 2.0)) / z1;
        clampCentre();
        announce();
    }
    event->accept();
}

void PhotoCanvas::mousePressEvent(QMouseEvent *event)
{
    if (event->button() == Qt::LeftButton && !m_fit) {
        m_dragStart = event->position();
        m_dragCentre = m_centre;
        setCursor(Qt::ClosedHandCursor);
    }
}

void PhotoCanvas::mouseMoveEvent(QMouseEvent *event)
{
    if (!m_dragStart)
        return;
    m_centre = m_dragCentre - (event->position() - *m_dragStart) / zoom();
    clampCentre();
    announce();
}

void PhotoCanvas::mouseReleaseEvent(QMouseEvent *)
{
    m_dragStart.reset();
    unsetCursor();
}

void PhotoCanvas::keyPressEvent(QKeyEvent *event)
{
    const double pan = 60.0 / zoom();
    switch (event->key()) {
    case Qt::Key_Plus:
    case Qt::Key_Equal:
        zoomBy(kStep);
        return;
    case Qt::Key_Minus:
        zoomBy(1.0 / kStep);
        return;
    case Qt::Key_0:
        zoomToFit();
        return;
    case Qt::Key_1:
        zoomToActualSize();
        return;
    case Qt::Key_Left:
    case Qt::Key_Right:
    case Qt::Key_Up:
    case Qt::Key_Down:
        if (m_fit)
            break;
        m_centre += QPointF(event->key() == Qt::Key_Left    ? -pan
                            : event->key() == Qt::Key_Right ? pan
                                                            : 0.0,
                            event->key() == Qt::Key_Up     ? -pan
                            : event->key() == Qt::Key_Down ? pan
                                                           : 0.0);
        clampCentre();
        announce();
        return;
    default:
        break;
    }
    QWidget::keyPressEvent(event);
}

void PhotoCanvas::resizeEvent(QResizeEvent *event)
{
    QWidget::resizeEvent(event);
    update();
}

} // namespace dv::ui
