#include "DifferentialSection.h"

#include "AllConclusionsDialog.h"
#include "DifferentialBars.h"
#include "ResultStyle.h"

#include <QLabel>
#include <QListView>
#include <QPushButton>
#include <QVBoxLayout>

namespace dv::ui {

DifferentialSection::DifferentialSection(const review::Review &review, const review::Gate &gate,
                                         const review::Differential &differential,
                                         const QString &scope, QWidget *parent)
    : QWidget(parent), m_review(review), m_gate(gate),
      m_differential(gate.shown ? differential : review::Differential()), m_scope(scope),
      m_bars(new DifferentialBars(DifferentialBars::Sizing::FitRows, this))
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    m_bars->setObjectName(QStringLiteral("conclusionBars"));
    m_bars->setConclusions(m_differential.top());
    // On the list itself: it is what takes focus and what a screen reader announces.
    m_bars->view()->setAccessibleName(tr("%1: most likely conclusions").arg(scope));
    m_bars->view()->setAccessibleDescription(
        tr("Sorted by probability. Select a conclusion to show its heat map."));
    connect(m_bars, &DifferentialBars::conclusionSelected, this,
            &DifferentialSection::conclusionSelected);

    if (m_differential.total() == 0) {
        layout->addWidget(ResultStyle::textLabel(tr("The service returned no conclusions."), this));
        m_bars->hide();
    }
    layout->addWidget(m_bars);
    if (m_differential.remaining() > 0) {
        // Only offered above five conclusions, so the count is always plural.
        m_showAll =
            new QPushButton(tr("Show all %1 conclusions…").arg(m_differential.total()), this);
        m_showAll->setObjectName(QStringLiteral("showAllButton"));
        connect(m_showAll, &QPushButton::clicked, this, &DifferentialSection::showAll);
        layout->addWidget(m_showAll, 0, Qt::AlignRight);
    }
}

DifferentialSection::~DifferentialSection()
{
    // The dialog shows this section's review: it must not outlive it (a new review would
    // otherwise sit beside the old list).
    delete m_dialog;
}

AllConclusionsDialog *DifferentialSection::allConclusionsDialog() const
{
    return m_dialog;
}

void DifferentialSection::showAll()
{
    if (!m_dialog) {
        m_dialog = new AllConclusionsDialog(window());
        m_dialog->setAttribute(Qt::WA_DeleteOnClose);
        m_dialog->setDifferential(m_review, m_gate, m_differential, m_scope);
        connect(m_dialog, &AllConclusionsDialog::conclusionSelected, this,
                &DifferentialSection::conclusionSelected);
    }
    m_dialog->show();
    m_dialog->raise();
    m_dialog->activateWindow();
}

} // namespace dv::ui
