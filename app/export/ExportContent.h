#pragma once

#include "imaging/Palettes.h"
#include "review/Review.h"

#include <QDateTime>
#include <QImage>
#include <QVector>
#include <optional>

// What an export shows: a review (the only source of clinical content, so whatever it
// withholds cannot be exported) plus the photos it was computed from. Plain values, built on
// the GUI thread or in the CLI and handed to a worker.
namespace dv::exporting {

/// The legend drawn under an overlay: the heat map's own JET colours (blend mode), or the
/// attention legend of imaging::Legend (attention and contour modes).
struct LegendSpec
{
    bool heatMapAsSent = false;
    imaging::Palette palette = imaging::Palette::Jet;
    double threshold = 0.0;
};

/// One photo of the case, in the response's image order.
struct ExportPhoto
{
    QString label;                ///< the clinician's title or the file name
    QImage photo;                 ///< upright, already scaled for the page (ExportPhotos::prepare)
    QImage overlay;               ///< the photo with the selected conclusion's overlay; null: none
    QString overlayCaption;       ///< "Heat map: EA89 Eczematous dermatitis (94.9 %)"
    QString overlayMissingReason; ///< why there is no overlay (withheld, none sent, …)
    std::optional<LegendSpec> legend; ///< with the overlay
    bool qaRevealed = false;          ///< the overlay shows content withheld outside QA mode
};

struct ResultExportContent
{
    review::Review review;
    /// Empty for a response reopened from a file: the PDF says the photos are not part of it.
    QVector<ExportPhoto> photos;
    QString server;     ///< "Embedded sandbox — not a medical device", a URL, or a file name
    QString appVersion; ///< QCoreApplication::applicationVersion()
    QDateTime exportedAt;
};

} // namespace dv::exporting
