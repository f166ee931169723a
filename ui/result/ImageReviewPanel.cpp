#include "ImageReviewPanel.h"

#include "DifferentialSection.h"
#include "IndicatorGauges.h"
#include "MediaValidityView.h"
#include "QaWatermark.h"
#include "ReportHeader.h"
#include "ResultStyle.h"
#include "ToneLabel.h"

#include <QFrame>
#include <QLabel>
#include <QLocale>
#include <QScrollArea>
#include <QVBoxLayout>

namespace dv::ui {

namespace {

QString scopeOf(const review::ImageReview &image)
{
    return image.bodySite.isEmpty() ? ImageReviewPanel::tr("Image %1").arg(image.index + 1)
                                    : ImageReviewPanel::tr("Body site %1").arg(image.bodySite);
}

void makeBold(QWidget *widget, qreal scale = 1.0)
{
    QFont font = widget->font();
    font.setBold(true);
    if (font.pointSizeF() > 0)
        font.setPointSizeF(font.pointSizeF() * scale);
    widget->setFont(font);
}

} // namespace

ImageReviewPanel::ImageReviewPanel(QWidget *parent)
    : QWidget(parent), m_header(new ReportHeader(this)), m_scroll(new QScrollArea(this))
{
    ResultStyle::pinHeaderAbove(this, m_header, m_scroll);
    m_scroll->setWidget(new QWidget);
}

void ImageReviewPanel::setImage(const review::Review &review, qsizetype imageIndex)
{
    m_imageIndex = imageIndex;
    m_differential = nullptr;
    m_indicators = nullptr;
    m_header->setReview(review);

    auto *content = new QWidget;
    auto *layout = new QVBoxLayout(content);
    layout->setSpacing(ResultStyle::sectionSpacing(content) / 2);
    if (imageIndex < 0 || imageIndex >= review.images.size()) {
        layout->addWidget(ResultStyle::textLabel(
            tr("This analysis has no image %1.").arg(imageIndex + 1), content));
    } else {
        const review::ImageReview &image = review.images.at(imageIndex);
        const QString scope = scopeOf(image);
        layout->addWidget(ResultStyle::heading(scope, content, 1.3));
        auto *status = new ToneLabel(
            image.gate.valid ? review::Band::Tone::Good : review::Band::Tone::Danger,
            image.gate.valid ? tr("Valid for clinical use") : tr("Not valid: results withheld"),
            content);
        status->setObjectName(QStringLiteral("validityStatus"));
        status->setWordWrap(true);
        makeBold(status);
        // Full width: a word-wrapped label squeezed by an alignment gets too little height.
        layout->addWidget(status);

        if (!image.gate.valid)
            layout->addWidget(retakeNotice(image, content));
        layout->addWidget(ResultStyle::heading(tr("Image quality and validity"), content, 1.0));
        layout->addWidget(new MediaValidityView(image, content));
        if (image.gate.shown) {
            layout->addSpacing(ResultStyle::sectionSpacing(content) / 2);
            layout->addWidget(QaWatermark::markIfRevealed(
                clinicalOutput(review, image, scope, content), image.gate));
        }
    }
    layout->addStretch();
    // Deleting the old content also closes any "Show all" dialog it opened.
    delete m_scroll->takeWidget();
    m_scroll->setWidget(content);
}

QWidget *ImageReviewPanel::retakeNotice(const review::ImageReview &image, QWidget *parent)
{
    auto *notice = new QWidget(parent);
    notice->setObjectName(QStringLiteral("retakeNotice"));
    auto *layout = new QVBoxLayout(notice);
    layout->setContentsMargins(0, 0, 0, 0);
    if (!image.retakePrompt.isEmpty()) {
        auto *prompt = new ToneLabel(review::Band::Tone::Warning, image.retakePrompt, notice);
        prompt->setObjectName(QStringLiteral("retakePrompt"));
        prompt->setWordWrap(true);
        makeBold(prompt, 1.15);
        prompt->setAccessibleName(tr("Retake the photo"));
        prompt->setAccessibleDescription(image.retakePrompt);
        layout->addWidget(prompt);
    }
    for (const QString &reason : image.gate.reasons) {
        QLabel *label = ResultStyle::textLabel(tr("• %1").arg(reason), notice);
        label->setObjectName(QStringLiteral("invalidReason"));
        layout->addWidget(label);
    }
    return notice;
}

QWidget *ImageReviewPanel::clinicalOutput(const review::Review &review,
                                          const review::ImageReview &image, const QString &scope,
                                          QWidget *parent)
{
    auto *block = new QWidget(parent);
    block->setObjectName(QStringLiteral("imageClinicalOutput"));
    auto *layout = new QVBoxLayout(block);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(ResultStyle::heading(tr("Differential diagnosis"), block, 1.0));
    if (image.heatmapCount > 0)
        layout->addWidget(ResultStyle::textLabel(
            tr("Heat maps: %1. Select a conclusion to show its heat map on the photo.")
                .arg(image.heatmapCount),
            block));
    m_differential = new DifferentialSection(review, image.gate, image.differential, scope, block);
    const qsizetype index = image.index;
    connect(m_differential, &DifferentialSection::conclusionSelected, this,
            [this, index](qsizetype sourceIndex) { emit conclusionSelected(index, sourceIndex); });
    layout->addWidget(m_differential);

    if (image.scoreContribution) {
        QLabel *contribution =
            ResultStyle::textLabel(tr("Contribution to the global severity score: %1")
                                       .arg(QLocale().toString(*image.scoreContribution)),
                                   block);
        contribution->setObjectName(QStringLiteral("scoreContribution"));
        layout->addWidget(contribution);
    }
    layout->addSpacing(ResultStyle::sectionSpacing(block) / 2);
    m_indicators = new IndicatorGauges(block);
    m_indicators->setImage(image);
    layout->addWidget(m_indicators);
    return block;
}

} // namespace dv::ui
