#pragma once

#include "api/SeverityRequest.h"
#include "model/SeverityReport.h"
#include "review/Review.h"

#include <QImage>
#include <QWidget>

class QLabel;
class QVBoxLayout;

namespace dv::ui {

class ReportHeader;
class ScoreSection;
class SeverityPhotoView;

/// The answer of a severity assessment as its review allows: the report header (disclaimer,
/// report id, issue time), the photo's validity, each score (ScoreSection) and, for a local
/// assessment, the masks and boxes on the photo — only when the score is shown, watermarked
/// when QA mode revealed it.
class SeverityResultPane : public QWidget
{
    Q_OBJECT

public:
    explicit SeverityResultPane(QWidget *parent = nullptr);

    void clear();
    /// `photo` is the photo of a local assessment (its display copy is enough), `uploadedSize`
    /// the size of the image that was sent; null / empty otherwise.
    void showResult(const review::Review &review, const model::SeverityReport &report,
                    api::SeverityKind kind, const QImage &photo, QSize uploadedSize = {});

    QVector<ScoreSection *> scoreSections() const;
    /// The local assessment's photo view (null when none is shown).
    SeverityPhotoView *photoView() const { return m_photoView; }
    ReportHeader *header() const { return m_header; }

private:
    ReportHeader *m_header = nullptr;
    QWidget *m_body = nullptr;
    QVBoxLayout *m_bodyLayout = nullptr;
    QLabel *m_placeholder = nullptr;
    SeverityPhotoView *m_photoView = nullptr;
};

} // namespace dv::ui
