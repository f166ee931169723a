#include "ViewSnapshot.h"

#include "ExportFile.h"
#include "review/Review.h"

#include <QBuffer>
#include <QFontMetricsF>
#include <QImageWriter>
#include <QPainter>

namespace dv::exporting {

namespace {

QStringList lines(const ViewFacts &facts)
{
    QStringList result;
    if (facts.qaRevealed)
        result << review::Reviewer::qaWatermark();
    if (!facts.caption.isEmpty())
        result << facts.caption;
    if (!facts.reportId.isEmpty())
        result << ViewSnapshot::tr("Report ID: %1 · Issued: %2")
                      .arg(facts.reportId, facts.issued.isEmpty() ? ViewSnapshot::tr("not reported")
                                                                  : facts.issued);
    result << review::Reviewer::disclaimer();
    return result;
}

} // namespace

QImage ViewSnapshot::annotate(const QImage &view, const ViewFacts &facts)
{
    if (view.isNull())
        return QImage();
    const int width = std::max(view.width(), 320);
    const int margin = 8;
    QFont font;
    font.setPixelSize(13);
    const QString text = lines(facts).join(QLatin1Char('\n'));
    QImage probe(1, 1, QImage::Format_RGB32);
    const QFontMetricsF metrics(font, &probe);
    const QRectF needed =
        metrics.boundingRect(QRectF(0, 0, width - 2 * margin, 10000), Qt::TextWordWrap, text);
    const int band = qCeil(needed.height()) + 2 * margin;

    QImage out(width, view.height() + band, QImage::Format_RGB32);
    out.fill(Qt::white);
    QPainter painter(&out);
    painter.drawImage(0, 0, view);
    painter.setFont(font);
    painter.setPen(facts.qaRevealed ? QColor(0xb0, 0x00, 0x20) : QColor(Qt::black));
    painter.drawText(QRectF(margin, view.height() + margin, width - 2 * margin, band),
                     Qt::TextWordWrap, text);
    painter.end();
    return out;
}

bool ViewSnapshot::write(const QImage &view, const ViewFacts &facts, const QString &path,
                         QString *error)
{
    QImage annotated = annotate(view, facts);
    if (annotated.isNull()) {
        if (error)
            *error = tr("Cannot export %1: there is no view to export.").arg(path);
        return false;
    }
    annotated.setText(QStringLiteral("Description"), review::Reviewer::disclaimer());
    if (!facts.reportId.isEmpty())
        annotated.setText(QStringLiteral("Report"), facts.reportId);
    if (!facts.issued.isEmpty())
        annotated.setText(QStringLiteral("Issued"), facts.issued);
    if (!facts.caption.isEmpty())
        annotated.setText(QStringLiteral("Comment"), facts.caption);
    if (facts.qaRevealed)
        annotated.setText(QStringLiteral("Warning"), review::Reviewer::qaWatermark());
    QByteArray png;
    QBuffer buffer(&png);
    buffer.open(QIODevice::WriteOnly);
    QImageWriter writer(&buffer, "png");
    if (!writer.write(annotated)) {
        if (error)
            *error = tr("Cannot encode %1: %2").arg(path, writer.errorString());
        return false;
    }
    return ExportFile::write(path, png, error);
}

} // namespace dv::exporting
