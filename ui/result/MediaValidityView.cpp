#include "MediaValidityView.h"

#include "ResultStyle.h"
#include "ToneLabel.h"

#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>

namespace dv::ui {

namespace {

QLabel *value(const QString &text, const char *name, QWidget *parent)
{
    QLabel *label = ResultStyle::textLabel(text, parent);
    label->setObjectName(QLatin1String(name));
    return label;
}

} // namespace

MediaValidityView::MediaValidityView(const review::ImageReview &image, QWidget *parent)
    : QWidget(parent)
{
    setObjectName(QStringLiteral("mediaValidity"));
    auto *form = new QFormLayout(this);
    form->setContentsMargins(0, 0, 0, 0);
    form->setRowWrapPolicy(QFormLayout::WrapLongRows);
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);

    auto *quality = new QWidget(this);
    auto *qualityRow = new QHBoxLayout(quality);
    qualityRow->setContentsMargins(0, 0, 0, 0);
    qualityRow->addWidget(value(image.qualityScore
                                    ? tr("%1 of 100").arg(QLocale().toString(*image.qualityScore))
                                    : ResultStyle::notReported(),
                                "qualityScore", quality));
    auto *band = new ToneLabel(image.qualityBand, quality);
    band->setObjectName(QStringLiteral("qualityBand"));
    qualityRow->addWidget(band);
    qualityRow->addStretch();
    form->addRow(tr("Image quality:"), quality);
    form->addRow(tr("Service's interpretation:"),
                 value(image.qualityInterpretation.isEmpty() ? ResultStyle::notReported()
                                                             : image.qualityInterpretation,
                       "qualityInterpretation", this));
    form->addRow(tr("Quality acceptable:"),
                 value(ResultStyle::yesNo(image.qualityAcceptable), "qualityAcceptable", this));

    QString skin = ResultStyle::yesNo(image.dermatological);
    if (image.dermatologicalConfidence)
        skin = tr("%1 (AI confidence %2)")
                   .arg(skin, ResultStyle::percent(*image.dermatologicalConfidence));
    form->addRow(tr("Shows skin:"), value(skin, "dermatological", this));

    QString modality = image.modality.isEmpty() ? ResultStyle::notReported() : image.modality;
    if (image.clinicalConfidence || image.dermoscopicConfidence)
        modality = tr("%1 (clinical photo %2, dermoscopic %3)")
                       .arg(modality, ResultStyle::percent(image.clinicalConfidence),
                            ResultStyle::percent(image.dermoscopicConfidence));
    form->addRow(tr("Modality:"), value(modality, "modality", this));
    form->addRow(tr("Valid (isValid):"), value(ResultStyle::yesNo(image.isValid), "isValid", this));
}

} // namespace dv::ui
