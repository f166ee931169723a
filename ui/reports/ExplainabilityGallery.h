#pragma once

#include "ReportMedia.h"
#include "model/StoredReport.h"
#include "review/Review.h"

#include <QImage>
#include <QWidget>

class QDialog;
class QGridLayout;

namespace dv::ui {

/// One explainability image of a stored report, with what it explains.
struct ExplainabilityMedia
{
    QString label; ///< the scoring system and its interpretation
    QString url;   ///< as the report gives it: a `data:` URI or a link to the vendor's storage
    review::Gate gate;
};

/// The explainability media of a stored report, as thumbnails that open enlarged. A stored
/// report has no photo to lay them over, so the media are shown themselves. Images embedded
/// as `data:` URIs are decoded off the GUI thread with the heat-map decoder; media the report
/// links to are downloaded through the loader (ReportMedia), or listed with their address
/// when there is none.
class ExplainabilityGallery : public QWidget
{
    Q_OBJECT

public:
    explicit ExplainabilityGallery(QWidget *parent = nullptr);

    /// The media the review allows: those of scoring systems whose gate is shown (in QA mode
    /// the revealed ones, each marked). Empty when there is nothing to show.
    static QVector<ExplainabilityMedia> mediaOf(const model::StoredReport &report,
                                                const review::Review &review);

    /// How linked media are downloaded (before setMedia()); none: they are listed.
    void setLoader(ReportMedia::Loader loader) { m_loader = std::move(loader); }
    void setMedia(const QVector<ExplainabilityMedia> &media);
    /// Decodes still running.
    int pendingDecodes() const { return m_pending; }
    /// The decoded image of media `index` (null until decoded, or when it failed).
    QImage image(qsizetype index) const { return m_images.value(index); }
    /// Opens media `index` enlarged in a window-modal dialog that deletes itself on close;
    /// null while it is not decoded.
    QDialog *enlarge(qsizetype index);

signals:
    void decodesFinished();

private:
    QWidget *mediaBlock(qsizetype index, const ExplainabilityMedia &media);
    /// A medium the gallery can show as a thumbnail: embedded, or linked with a loader.
    bool showsAsThumbnail(const ExplainabilityMedia &media) const;

    ReportMedia::Loader m_loader;
    QGridLayout *m_grid;
    QVector<ExplainabilityMedia> m_media;
    QVector<QImage> m_images;
    int m_pending = 0;
    int m_generation = 0; ///< media of an earlier setMedia() are dropped when decoded late
};

} // namespace dv::ui
