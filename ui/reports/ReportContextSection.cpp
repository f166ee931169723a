#include "ReportContextSection.h"

#include "result/QaWatermark.h"
#include "result/ResultStyle.h"

#include <QFormLayout>
#include <QLabel>
#include <QVBoxLayout>

namespace dv::ui {

ReportContextSection::ReportContextSection(const review::Review &review, QWidget *parent)
    : QWidget(parent)
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(ResultStyle::heading(tr("Case"), this, 1.3));

    auto *facts = new QFormLayout;
    facts->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    const auto addFact = [&](const QString &label, const QString &value, const char *name) {
        QLabel *text =
            ResultStyle::textLabel(value.isEmpty() ? ResultStyle::notReported() : value, this);
        text->setObjectName(QLatin1String(name));
        facts->addRow(label, text);
    };
    // The review withholds the pathology with the combined result (it can be the model's top
    // conclusion) and marks it revealed in QA mode like the rest of that result.
    if (review.aggregate.shown) {
        QLabel *pathology = ResultStyle::textLabel(
            review.pathology.isEmpty() ? ResultStyle::notReported() : review.pathology, this);
        pathology->setObjectName(QStringLiteral("reportPathology"));
        facts->addRow(tr("Pathology:"), QaWatermark::markIfRevealed(pathology, review.aggregate));
    } else {
        addFact(tr("Pathology:"),
                tr("Withheld with the combined result: not every photo is valid."),
                "reportPathology");
    }
    addFact(tr("Body site:"), review.bodySite, "reportBodySite");
    layout->addLayout(facts);

    layout->addSpacing(ResultStyle::sectionSpacing(this) / 2);
    layout->addWidget(ResultStyle::heading(tr("Anamnesis"), this, 1.0));
    if (review.anamnesis.isEmpty()) {
        QLabel *none = ResultStyle::textLabel(tr("The report holds no anamnesis."), this);
        none->setObjectName(QStringLiteral("reportAnamnesisEmpty"));
        layout->addWidget(none);
    }
    for (const auto &[question, answer] : review.anamnesis) {
        QLabel *q = ResultStyle::textLabel(question, this);
        QFont bold = q->font();
        bold.setBold(true);
        q->setFont(bold);
        q->setObjectName(QStringLiteral("anamnesisQuestion"));
        layout->addWidget(q);
        QLabel *a =
            ResultStyle::textLabel(answer.isEmpty() ? ResultStyle::notReported() : answer, this);
        a->setObjectName(QStringLiteral("anamnesisAnswer"));
        a->setContentsMargins(ResultStyle::sectionSpacing(this), 0, 0,
                              ResultStyle::sectionSpacing(this) / 3);
        layout->addWidget(a);
    }
    layout->addStretch();
}

} // namespace dv::ui
