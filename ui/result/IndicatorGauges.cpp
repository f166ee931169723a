#include "IndicatorGauges.h"

#include "GaugeBar.h"
#include "ResultStyle.h"
#include "ToneLabel.h"

#include <QFormLayout>
#include <QGridLayout>
#include <QLabel>
#include <QVBoxLayout>

namespace dv::ui {

IndicatorGauges::IndicatorGauges(QWidget *parent) : QWidget(parent)
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    rebuild({});
}

void IndicatorGauges::setAggregate(const review::Review &review)
{
    // The review already leaves withheld content out; checking again costs nothing and keeps
    // this widget safe on its own.
    if (!review.aggregate.shown) {
        rebuild({});
        return;
    }
    rebuild({review.clinicalIndicators, review.sensitivity, review.specificity, review.entropy,
             review.entropyBand, review.flags, true});
}

void IndicatorGauges::setImage(const review::ImageReview &image)
{
    if (!image.gate.shown) {
        rebuild({});
        return;
    }
    rebuild({image.indicators, std::nullopt, std::nullopt, image.entropy, image.entropyBand,
             image.flags, false});
}

int IndicatorGauges::gaugeCount() const
{
    return static_cast<int>(findChildren<GaugeBar *>().size());
}

QStringList IndicatorGauges::flagMessages() const
{
    QStringList messages;
    for (const ToneLabel *flag : findChildren<ToneLabel *>(QStringLiteral("flag")))
        messages << flag->text();
    return messages;
}

void IndicatorGauges::addGauge(QGridLayout *grid, const QString &label, const QString &value,
                               std::optional<double> gauge, const review::Band &band,
                               const QString &guidance)
{
    int row = grid->rowCount();
    auto *name = new QLabel(label, m_body);
    name->setWordWrap(true);
    auto *valueLabel = new QLabel(value, m_body);
    valueLabel->setAlignment(Qt::AlignRight | Qt::AlignVCenter);
    QFont bold = valueLabel->font();
    bold.setBold(true);
    valueLabel->setFont(bold);
    auto *chip = new ToneLabel(band, m_body);
    chip->setObjectName(QStringLiteral("bandChip"));
    grid->addWidget(name, row, 0);
    grid->addWidget(valueLabel, row, 1);
    grid->addWidget(chip, row, 2, Qt::AlignRight);

    auto *bar = new GaugeBar(m_body);
    bar->setGauge(gauge, band.tone);
    bar->setAccessibleName(label);
    QString description = tr("%1, %2").arg(value, band.label);
    if (!guidance.isEmpty())
        description += QStringLiteral(", ") + guidance;
    bar->setAccessibleDescription(description);
    grid->addWidget(bar, ++row, 0, 1, 3);
    if (!guidance.isEmpty()) {
        auto *hint = new QLabel(guidance, m_body);
        hint->setWordWrap(true);
        grid->addWidget(hint, ++row, 0, 1, 3);
    }
    // Air between gauges, from the font.
    grid->setRowMinimumHeight(++row, fontMetrics().height() / 3);
}

void IndicatorGauges::rebuild(const Content &content)
{
    delete m_body;
    m_body = new QWidget(this);
    layout()->addWidget(m_body);
    auto *layout = new QVBoxLayout(m_body);
    layout->setContentsMargins(0, 0, 0, 0);

    if (!content.indicators.isEmpty()) {
        layout->addWidget(ResultStyle::heading(tr("Risk indicators"), m_body, 1.0));
        auto *grid = new QGridLayout;
        grid->setColumnStretch(0, 1);
        for (const review::Indicator &indicator : content.indicators)
            addGauge(grid, indicator.label, ResultStyle::percent(indicator.value), indicator.value,
                     indicator.band, indicator.guidance);
        layout->addLayout(grid);
    }

    if (content.entropy || content.hasPerformance) {
        if (!content.indicators.isEmpty())
            layout->addSpacing(ResultStyle::sectionSpacing(this) / 2);
        layout->addWidget(ResultStyle::heading(tr("Reliability of this result"), m_body, 1.0));
        auto *grid = new QGridLayout;
        grid->setColumnStretch(0, 1);
        addGauge(grid, tr("Uncertainty (entropy)"), ResultStyle::outOf100(content.entropy),
                 content.entropy, content.entropyBand, QString());
        layout->addLayout(grid);
        if (content.hasPerformance) {
            auto *form = new QFormLayout;
            form->setRowWrapPolicy(QFormLayout::WrapLongRows);
            form->addRow(tr("Sensitivity:"),
                         ResultStyle::textLabel(ResultStyle::percent(content.sensitivity), m_body));
            form->addRow(tr("Specificity:"),
                         ResultStyle::textLabel(ResultStyle::percent(content.specificity), m_body));
            layout->addLayout(form);
        }
    }

    for (const review::Flag &flag : content.flags) {
        //: A flag raised by the review, e.g. "⚑ High uncertainty (entropy 77.2 of 100): …"
        auto *label = new ToneLabel(flag.tone, tr("⚑ %1").arg(flag.message), m_body);
        label->setObjectName(QStringLiteral("flag"));
        label->setProperty("flagKey", flag.key);
        label->setWordWrap(true);
        label->setAccessibleName(flag.message);
        layout->addWidget(label);
    }
    m_body->setVisible(layout->count() > 0);
}

} // namespace dv::ui
