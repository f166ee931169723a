#include "BenchPhotos.h"

#include <QBuffer>
#include <QImage>
#include <QRandomGenerator>

QByteArray cameraLikeJpeg(const char *name, unsigned seed)
{
    QImage image = QImage(QStringLiteral(DV_SHARED_IMAGES "/") + QLatin1String(name))
                       .scaled(4000, 3000, Qt::IgnoreAspectRatio, Qt::SmoothTransformation)
                       .convertToFormat(QImage::Format_RGB32);
    QRandomGenerator random(seed);
    for (int y = 0; y < image.height(); ++y) {
        auto *line = reinterpret_cast<QRgb *>(image.scanLine(y));
        for (int x = 0; x < image.width(); ++x) {
            const int n = int(random.bounded(17)) - 8;
            line[x] = qRgb(qBound(0, qRed(line[x]) + n, 255), qBound(0, qGreen(line[x]) + n, 255),
                           qBound(0, qBlue(line[x]) + n, 255));
        }
    }
    QByteArray jpeg;
    QBuffer buffer(&jpeg);
    buffer.open(QIODevice::WriteOnly);
    image.save(&buffer, "JPEG", 92);
    return jpeg;
}
