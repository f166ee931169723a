#include "ImageView.h"

#include <QPainter>

namespace dv::ui {

ImageView::ImageView(QWidget *parent) : QWidget(parent)
{
    setMinimumSize(320, 240);
    setBackgroundRole(QPalette::Dark);
    setAutoFillBackground(true);
    setAccessibleName(tr("Photo"));
}

void ImageView::setImage(const QImage &image)
{
    m_image = image;
    m_message.clear();
    update();
}

void ImageView::setMessage(const QString &message)
{
    m_image = QImage();
    m_message = message;
    update();
}

QRect ImageView::imageRect() const
{
    if (m_image.isNull())
        return {};
    const QSize available = size();
    QSize target = m_image.size();
    if (target.width() > available.width() || target.height() > available.height())
        target = target.scaled(available, Qt::KeepAspectRatio);
    const QPoint topLeft((available.width() - target.width()) / 2,
                         (available.height() - target.height()) / 2);
    return {topLeft, target};
}

void ImageView::paintEvent(QPaintEvent *)
{
    QPainter painter(this);
    if (m_image.isNull()) {
        painter.setPen(palette().color(QPalette::BrightText));
        painter.drawText(rect().adjusted(24, 24, -24, -24), Qt::AlignCenter | Qt::TextWordWrap,
                         m_message);
        return;
    }
    painter.setRenderHint(QPainter::SmoothPixmapTransform);
    painter.drawImage(imageRect(), m_image);
}

} // namespace dv::ui
