#pragma once

#include <QImage>
#include <QWidget>

namespace dv::ui {

/// Shows one photo scaled to fit the widget, aspect ratio kept, never upscaled past 1:1 so a
/// small photo is not shown blurrier than it is. Hand-written rather than a QLabel so later
/// overlays can be composed at viewport resolution.
class ImageView : public QWidget
{
    Q_OBJECT

public:
    explicit ImageView(QWidget *parent = nullptr);

    void setImage(const QImage &image);
    void setMessage(const QString &message);
    const QImage &image() const { return m_image; }
    /// Where the photo is drawn in widget coordinates (empty when there is none).
    QRect imageRect() const;

protected:
    void paintEvent(QPaintEvent *event) override;

private:
    QImage m_image;
    QString m_message;
};

} // namespace dv::ui
