#include "ReportScoresSection.h"

#include "result/QaWatermark.h"
#include "result/ResultStyle.h"
#include "result/ToneLabel.h"

#include <QFormLayout>
#include <QLabel>
#include <QLocale>
#include <QVBoxLayout>

namespace dv::ui {

namespace {

QString number(std::optional<double> value)
{
    return value ? QLocale().toString(*value) : ResultStyle::notReported();
}

QString range(const model::SeverityBand &band)
{
    return ReportScoresSection::tr("%1 – %2").arg(number(band.min), number(band.max));
}

} // namespace

ReportScoresSection::ReportScoresSection(const review::Review &review, QWidget *parent)
    : QWidget(parent)
{
    auto *layout = new QVBoxLayout(this);
    layout->setSpacing(ResultStyle::sectionSpacing(this) / 2);
    for (const review::ScoreReview &score : review.scores) {
        layout->addWidget(ResultStyle::heading(score.code.isEmpty() || score.code == score.name
                                                   ? score.name
                                                   : tr("%1 (%2)").arg(score.name, score.code),
                                               this, 1.2));
        if (!score.gate.valid) {
            auto *withheld = new ToneLabel(review::Band::Tone::Danger,
                                           tr("Withheld: not valid for clinical use"), this);
            withheld->setObjectName(QStringLiteral("scoreWithheld"));
            layout->addWidget(withheld);
            for (const QString &reason : score.gate.reasons)
                layout->addWidget(ResultStyle::textLabel(tr("• %1").arg(reason), this));
        }
        if (score.gate.shown)
            layout->addWidget(QaWatermark::markIfRevealed(scoreBlock(score), score.gate));
        layout->addSpacing(ResultStyle::sectionSpacing(this));
    }
    layout->addStretch();
}

QWidget *ReportScoresSection::scoreBlock(const review::ScoreReview &score)
{
    auto *block = new QWidget;
    block->setObjectName(QStringLiteral("scoreBlock"));
    auto *layout = new QVBoxLayout(block);
    layout->setContentsMargins(0, 0, 0, 0);
    auto *facts = new QFormLayout;
    QLabel *value = ResultStyle::textLabel(number(score.value), block);
    value->setObjectName(QStringLiteral("scoreValue"));
    facts->addRow(tr("Score:"), value);
    if (!score.interpretation.isEmpty())
        facts->addRow(tr("Interpretation:"), ResultStyle::textLabel(score.interpretation, block));
    if (score.severityLevel)
        facts->addRow(tr("Severity level (as sent):"),
                      ResultStyle::textLabel(number(score.severityLevel), block));
    layout->addLayout(facts);

    if (!score.bands.isEmpty()) {
        layout->addWidget(ResultStyle::heading(tr("Severity bands"), block, 1.0));
        auto *bands = new QFormLayout;
        for (const model::SeverityBand &band : score.bands) {
            QStringList codes;
            for (const model::Coding &coding : band.coding)
                codes << (coding.display.isEmpty() ? coding.code : coding.display);
            const bool here = score.value && band.min && band.max && *score.value >= *band.min &&
                              *score.value <= *band.max;
            QString text = codes.isEmpty()
                               ? band.text
                               : tr("%1 (%2)").arg(band.text, codes.join(QStringLiteral(", ")));
            if (here)
                text = tr("%1  ◀ this score").arg(text);
            QLabel *row = ResultStyle::textLabel(text, block);
            row->setObjectName(QStringLiteral("scoreBand"));
            bands->addRow(range(band), row);
        }
        layout->addLayout(bands);
    }
    if (!score.facets.isEmpty()) {
        layout->addWidget(ResultStyle::heading(tr("Facets"), block, 1.0));
        auto *facets = new QFormLayout;
        for (const model::StoredFacet &facet : score.facets) {
            QLabel *row = ResultStyle::textLabel(
                facet.display.isEmpty() ? number(facet.raw) : facet.display, block);
            row->setObjectName(QStringLiteral("scoreFacet"));
            facets->addRow(tr("%1:").arg(facet.name), row);
        }
        layout->addLayout(facets);
    }
    if (!score.items.isEmpty()) {
        layout->addWidget(ResultStyle::heading(tr("Items"), block, 1.0));
        auto *items = new QFormLayout;
        for (const review::ScoreItemReview &item : score.items) {
            QString text = number(item.value);
            if (!item.interpretation.isEmpty())
                text = tr("%1 (%2)").arg(text, item.interpretation);
            items->addRow(tr("%1:").arg(item.label), ResultStyle::textLabel(text, block));
        }
        layout->addLayout(items);
    }
    return block;
}

} // namespace dv::ui
