#include "SeverityResultPane.h"

#include "SeverityPhotoView.h"
#include "result/MediaValidityView.h"
#include "result/QaWatermark.h"
#include "result/ReportHeader.h"
#include "result/ResultStyle.h"
#include "result/ScoreSection.h"

#include <QLabel>
#include <QScrollArea>
#include <QVBoxLayout>

namespace dv::ui {

namespace {

/// Every mask and box of a score: its own media and its items' (local answers put them in
/// either place).
model::SeverityMedia allMedia(const model::ScoringResult &result)
{
    model::SeverityMedia media = result.media;
    for (const model::SeverityItem &item : result.items) {
        media.attachments += item.media.attachments;
        media.detections += item.media.detections;
    }
    return media;
}

} // namespace

SeverityResultPane::SeverityResultPane(QWidget *parent) : QWidget(parent)
{
    m_header = new ReportHeader(this);
    auto *scroll = new QScrollArea(this);
    auto *content = new QWidget(scroll);
    auto *contentLayout = new QVBoxLayout(content);
    m_placeholder = ResultStyle::textLabel(
        tr("The score appears here after the assessment. Choose a scoring system, answer its "
           "items and press Assess."),
        content);
    m_placeholder->setObjectName(QStringLiteral("resultPlaceholder"));
    contentLayout->addWidget(m_placeholder);
    m_body = new QWidget(content);
    m_bodyLayout = new QVBoxLayout(m_body);
    m_bodyLayout->setContentsMargins(0, 0, 0, 0);
    contentLayout->addWidget(m_body, 1);
    scroll->setWidget(content);
    ResultStyle::pinHeaderAbove(this, m_header, scroll);
    clear();
}

void SeverityResultPane::clear()
{
    m_header->clear();
    delete m_body;
    m_photoView = nullptr;
    auto *content = m_placeholder->parentWidget();
    m_body = new QWidget(content);
    m_bodyLayout = new QVBoxLayout(m_body);
    m_bodyLayout->setContentsMargins(0, 0, 0, 0);
    static_cast<QVBoxLayout *>(content->layout())->addWidget(m_body, 1);
    m_placeholder->show();
}

void SeverityResultPane::showResult(const review::Review &review,
                                    const model::SeverityReport &report, api::SeverityKind kind,
                                    const QImage &photo, QSize uploadedSize)
{
    clear();
    m_placeholder->hide();
    m_header->setReview(review);
    const int spacing = ResultStyle::sectionSpacing(this);

    for (const QString &warning : review.warnings) {
        auto *label = ResultStyle::textLabel(warning, m_body);
        label->setObjectName(QStringLiteral("reviewWarning"));
        m_bodyLayout->addWidget(label);
    }
    // The photo of a local (or manual with a photo) assessment: its quality block always.
    if (kind != api::SeverityKind::Global && !review.images.isEmpty()) {
        m_bodyLayout->addWidget(ResultStyle::heading(tr("Photo"), m_body));
        m_bodyLayout->addWidget(new MediaValidityView(review.images.first(), m_body));
        if (!review.images.first().retakePrompt.isEmpty()) {
            auto *retake = ResultStyle::textLabel(review.images.first().retakePrompt, m_body);
            retake->setObjectName(QStringLiteral("retakePrompt"));
            m_bodyLayout->addWidget(retake);
        }
        m_bodyLayout->addSpacing(spacing);
    }
    if (kind == api::SeverityKind::Global && !review.images.isEmpty()) {
        auto *note = ResultStyle::textLabel(
            tr("Each body site's validity and contribution is shown on its photo."), m_body);
        m_bodyLayout->addWidget(note);
    }

    for (const review::ScoreReview &score : review.scores) {
        // A local assessment's photo with its masks and boxes comes first: it is what the
        // score was computed from. Masks only for a score the review shows; the view is
        // watermarked when QA mode revealed it.
        if (kind == api::SeverityKind::Local && !photo.isNull() && !m_photoView) {
            auto *view = new SeverityPhotoView(m_body);
            view->setObjectName(QStringLiteral("severityPhotoView"));
            view->setMinimumHeight(fontMetrics().height() * 18);
            view->setPhoto(photo, uploadedSize);
            if (score.gate.shown) {
                for (const model::ScoringResult &result : report.results) {
                    if (result.code == score.code)
                        view->setMedia(allMedia(result));
                }
            }
            m_photoView = view;
            m_bodyLayout->addWidget(QaWatermark::markIfRevealed(view, score.gate));
            m_bodyLayout->addSpacing(spacing);
        }
        auto *section = new ScoreSection(m_body);
        section->setScore(score);
        m_bodyLayout->addWidget(section);
        m_bodyLayout->addSpacing(spacing);
    }
    m_bodyLayout->addStretch(1);
}

QVector<ScoreSection *> SeverityResultPane::scoreSections() const
{
    return m_body->findChildren<ScoreSection *>().toVector();
}

} // namespace dv::ui
