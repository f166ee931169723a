#pragma once

#include "ReportMedia.h"
#include "model/StoredReport.h"
#include "review/Review.h"

#include <QWidget>

class QTabWidget;

namespace dv::ui {

class ExplainabilityGallery;
class ImageReviewPanel;
class ResultPanel;

/// A stored diagnostic report as its review allows: the combined result beside the case
/// (pathology, body site, anamnesis), one tab per photo with its quality, the scoring systems
/// and the explainability media. Reuses the window's result panels, so a report reads like an
/// analysis.
class StoredReportView : public QWidget
{
    Q_OBJECT

public:
    explicit StoredReportView(QWidget *parent = nullptr);

    /// How the photos and explainability media the report links to are downloaded (before
    /// setReport()). Without one they are not shown (the links are listed).
    void setMediaLoader(ReportMedia::Loader loader) { m_loader = std::move(loader); }
    /// Replaces everything shown. `qaMode` reveals withheld content, marked NOT FOR CLINICAL USE.
    void setReport(const model::StoredReport &report, bool qaMode);
    void clear();

    bool hasReport() const { return m_hasReport; }
    const review::Review &review() const { return m_review; }
    QTabWidget *tabs() const { return m_tabs; }
    ResultPanel *resultPanel() const { return m_result; }
    /// Null when the report has no media the review allows.
    ExplainabilityGallery *gallery() const { return m_gallery; }
    QVector<ImageReviewPanel *> observationPanels() const { return m_observations; }
    /// The downloaded photo of observation `index` (null until loaded, or when it failed).
    QImage photo(qsizetype index) const { return m_photos.value(index); }
    /// Photo downloads still running.
    int pendingPhotos() const { return m_pendingPhotos; }

signals:
    /// Every photo download ended (loaded or failed).
    void photosSettled();

private:
    QWidget *summaryTab();
    QWidget *scoresTab();
    /// The tab of observation `index`: its photo (downloaded from `url`) above its panel.
    QWidget *observationTab(qsizetype index, ImageReviewPanel *panel, const QString &url);

    QTabWidget *m_tabs;
    ResultPanel *m_result = nullptr;
    ExplainabilityGallery *m_gallery = nullptr;
    QVector<ImageReviewPanel *> m_observations;
    ReportMedia::Loader m_loader;
    QVector<QImage> m_photos;
    int m_pendingPhotos = 0;
    review::Review m_review;
    bool m_hasReport = false;
};

} // namespace dv::ui
