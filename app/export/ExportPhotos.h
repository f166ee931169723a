#pragma once

#include "export/ExportContent.h"
#include "imaging/OverlayStyle.h"
#include "model/DiagnosisReport.h"
#include "review/Review.h"

#include <QCoreApplication>

namespace dv::exporting {

/// Prepares the photos of an export: each scaled for the page and, where the review shows the
/// image's clinical content, the heat map of one conclusion composed over it with the window's
/// overlay engine. Pure and thread-safe: run it on a worker.
class ExportPhotos
{
    Q_DECLARE_TR_FUNCTIONS(ExportPhotos)

public:
    /// Long side of a photo in the PDF: about 240 dpi across the page's width. Larger photos
    /// are scaled down first, so a 24 MP photo costs one scaled copy, not its full size per
    /// layer.
    static constexpr int pageLongSide = 1600;

    /// The photo of image `imageIndex` with the overlay of conclusion `sourceIndex` (its index
    /// in the response's array, as review::RankedConclusion::sourceIndex; −1: the top-ranked).
    /// `report` may be null (no heat maps then). Nothing is overlaid unless the review shows
    /// the image's clinical content.
    static ExportPhoto prepare(const QImage &photo, const QString &label,
                               const review::Review &review, const model::DiagnosisReport *report,
                               qsizetype imageIndex, qsizetype sourceIndex,
                               const imaging::OverlayStyle &style);

    /// `image` scaled so that its long side is at most `longSide` (unchanged when smaller).
    static QImage fitted(const QImage &image, int longSide = pageLongSide);
};

} // namespace dv::exporting
