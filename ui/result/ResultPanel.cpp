#include "ResultPanel.h"

#include "DifferentialSection.h"
#include "IndicatorGauges.h"
#include "QaWatermark.h"
#include "ReportHeader.h"
#include "ResultStyle.h"
#include "ToneLabel.h"

#include <QFrame>
#include <QLabel>
#include <QPushButton>
#include <QScrollArea>
#include <QVBoxLayout>
#include <algorithm>

namespace dv::ui {

ResultPanel::ResultPanel(QWidget *parent)
    : QWidget(parent), m_header(new ReportHeader(this)), m_scroll(new QScrollArea(this))
{
    ResultStyle::pinHeaderAbove(this, m_header, m_scroll);
    clear();
}

void ResultPanel::setContent(QWidget *content)
{
    // Deleting the old content also closes any "Show all" dialog it opened.
    delete m_scroll->takeWidget();
    m_scroll->setWidget(content);
}

void ResultPanel::clear()
{
    m_header->clear();
    m_differential = nullptr;
    m_indicators = nullptr;
    m_reanalyse = nullptr;
    auto *content = new QWidget;
    auto *layout = new QVBoxLayout(content);
    layout->addWidget(ResultStyle::textLabel(
        tr("Analyse photos to see the combined result of the analysis here."), content));
    layout->addStretch();
    setContent(content);
}

void ResultPanel::setReview(const review::Review &review)
{
    m_header->setReview(review);
    m_differential = nullptr;
    m_indicators = nullptr;
    m_reanalyse = nullptr;

    auto *content = new QWidget;
    auto *layout = new QVBoxLayout(content);
    layout->setSpacing(ResultStyle::sectionSpacing(content) / 2);
    // A severity response's aggregate is its scores, not a differential (shown elsewhere, as
    // in dermaview-cli inspect); here it has only the header and the notes.
    if (review.kind != model::ResponseKind::SeverityAssessment) {
        layout->addWidget(ResultStyle::heading(tr("Combined result"), content, 1.3));
        if (!review.aggregate.valid)
            layout->addWidget(withheldNotice(review, content));
        if (review.aggregate.shown)
            layout->addWidget(
                QaWatermark::markIfRevealed(combinedResult(review, content), review.aggregate));
    }

    if (!review.warnings.isEmpty()) {
        layout->addSpacing(ResultStyle::sectionSpacing(content));
        layout->addWidget(ResultStyle::heading(tr("Notes on this response"), content, 1.0));
        for (const QString &warning : review.warnings) {
            QLabel *note = ResultStyle::textLabel(tr("• %1").arg(warning), content);
            note->setObjectName(QStringLiteral("responseWarning"));
            layout->addWidget(note);
        }
    }
    layout->addStretch();
    setContent(content);
}

QWidget *ResultPanel::withheldNotice(const review::Review &review, QWidget *parent)
{
    auto *notice = new QWidget(parent);
    notice->setObjectName(QStringLiteral("withheldNotice"));
    auto *layout = new QVBoxLayout(notice);
    layout->setContentsMargins(0, 0, 0, 0);
    auto *title = new ToneLabel(review::Band::Tone::Warning,
                                tr("The combined result is withheld and not shown."), notice);
    title->setWordWrap(true);
    QFont bold = title->font();
    bold.setBold(true);
    title->setFont(bold);
    layout->addWidget(title);
    for (const QString &reason : review.aggregate.reasons) {
        QLabel *label = ResultStyle::textLabel(tr("• %1").arg(reason), notice);
        label->setObjectName(QStringLiteral("withheldReason"));
        layout->addWidget(label);
    }
    if (review.images.isEmpty())
        return notice;

    const auto valid =
        std::count_if(review.images.cbegin(), review.images.cend(),
                      [](const review::ImageReview &image) { return image.gate.valid; });
    m_reanalyse = new QPushButton(tr("Re-analyse the valid images only"), notice);
    m_reanalyse->setObjectName(QStringLiteral("reanalyseButton"));
    m_reanalyse->setEnabled(valid > 0);
    connect(m_reanalyse, &QPushButton::clicked, this, &ResultPanel::reanalyseValidOnly);
    const QString explanation =
        valid > 0 ? tr("Sends the valid images again (%1 of %2), without the others.")
                        .arg(valid)
                        .arg(review.images.size())
                  : tr("No image is valid: retake the photos, then analyse again.");
    m_reanalyse->setToolTip(explanation);
    m_reanalyse->setAccessibleDescription(explanation);
    layout->addWidget(m_reanalyse, 0, Qt::AlignLeft);
    layout->addWidget(ResultStyle::textLabel(explanation, notice));
    return notice;
}

QWidget *ResultPanel::combinedResult(const review::Review &review, QWidget *parent)
{
    auto *block = new QWidget(parent);
    block->setObjectName(QStringLiteral("combinedResult"));
    auto *layout = new QVBoxLayout(block);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(ResultStyle::heading(tr("Differential diagnosis"), block, 1.0));
    m_differential = new DifferentialSection(review, review.aggregate, review.differential,
                                             tr("Combined result"), block);
    connect(m_differential, &DifferentialSection::conclusionSelected, this,
            &ResultPanel::conclusionSelected);
    layout->addWidget(m_differential);
    layout->addSpacing(ResultStyle::sectionSpacing(block) / 2);
    m_indicators = new IndicatorGauges(block);
    m_indicators->setAggregate(review);
    layout->addWidget(m_indicators);
    return block;
}

} // namespace dv::ui
