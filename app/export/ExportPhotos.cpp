#include "ExportPhotos.h"

#include "imaging/HeatMapDecoding.h"
#include "imaging/MatConversion.h"
#include "imaging/OverlayCompositor.h"

#include <QLocale>

namespace dv::exporting {

namespace {

QString modeName(imaging::OverlayMode mode)
{
    switch (mode) {
    case imaging::OverlayMode::Attention:
        return ExportPhotos::tr("attention");
    case imaging::OverlayMode::Contour:
        return ExportPhotos::tr("contour");
    case imaging::OverlayMode::Blend:
        break;
    }
    return ExportPhotos::tr("blend");
}

const review::RankedConclusion *findRanked(const review::ImageReview &image, qsizetype sourceIndex)
{
    for (const review::RankedConclusion &entry : image.differential.ranked) {
        if (sourceIndex < 0 || entry.sourceIndex == sourceIndex)
            return &entry;
    }
    return nullptr;
}

} // namespace

QImage ExportPhotos::fitted(const QImage &image, int longSide)
{
    if (image.isNull() || std::max(image.width(), image.height()) <= longSide)
        return image;
    return image.scaled(longSide, longSide, Qt::KeepAspectRatio, Qt::SmoothTransformation);
}

ExportPhoto ExportPhotos::prepare(const QImage &photo, const QString &label,
                                  const review::Review &review,
                                  const model::DiagnosisReport *report, qsizetype imageIndex,
                                  qsizetype sourceIndex, const imaging::OverlayStyle &style)
{
    ExportPhoto result;
    result.label = label;
    result.photo = fitted(photo).convertToFormat(QImage::Format_RGB888);
    if (imageIndex < 0 || imageIndex >= review.images.size())
        return result;
    const review::ImageReview &image = review.images.at(imageIndex);
    // The review decides, exactly as in the window: no overlay for withheld content.
    if (!image.gate.shown) {
        result.overlayMissingReason =
            tr("No heat map: this image's clinical output is withheld (not valid).");
        return result;
    }
    const review::RankedConclusion *entry = findRanked(image, sourceIndex);
    if (!entry || !report || imageIndex >= report->images.size() ||
        entry->sourceIndex >= report->images.at(imageIndex).conclusions.size()) {
        result.overlayMissingReason = tr("No heat map: the response has none for this image.");
        return result;
    }
    const QString name =
        QStringLiteral("%1. %2 %3 (%4 %)")
            .arg(entry->rank)
            .arg(entry->code, entry->display.isEmpty() ? entry->text : entry->display,
                 QLocale().toString(entry->probability, 'f', 1));
    const model::Conclusion &conclusion =
        report->images.at(imageIndex).conclusions.at(entry->sourceIndex);
    if (!conclusion.heatMap || !conclusion.heatMap->hasData()) {
        result.overlayMissingReason =
            tr("No heat map: the response carries none for %1.").arg(name);
        return result;
    }
    const auto decoded =
        imaging::HeatMapDecoding::decode(*conclusion.heatMap, imaging::AttachmentPixels::Colour);
    if (imaging::isError(decoded)) {
        result.overlayMissingReason =
            tr("The heat map of %1 cannot be drawn: %2").arg(name, imaging::errorMessage(decoded));
        return result;
    }
    imaging::OverlayCompositor compositor;
    compositor.setPhoto(imaging::toMat(result.photo));
    compositor.setHeatMap(std::get<imaging::DecodedAttachment>(decoded).pixels);
    result.overlay = compositor.composeImage(style);
    if (result.overlay.isNull()) {
        result.overlayMissingReason =
            tr("The heat map of %1 cannot be drawn: not enough memory.").arg(name);
        return result;
    }
    result.overlay = result.overlay.copy(); // detach from the compositor's frame buffer
    result.overlayCaption = tr("Heat map of %1 — %2, opacity %3 %")
                                .arg(name, modeName(style.mode))
                                .arg(qRound(style.opacity * 100));
    switch (style.mode) {
    case imaging::OverlayMode::Blend:
        // The heat map as sent is JET-coloured from 0 (blue) to 1 (red).
        result.legend = LegendSpec{true, imaging::Palette::Jet, 0.0};
        break;
    case imaging::OverlayMode::Attention:
    case imaging::OverlayMode::Contour:
        result.legend = LegendSpec{false, style.palette, style.threshold};
        break;
    }
    result.qaRevealed = image.gate.qaRevealed();
    return result;
}

} // namespace dv::exporting
