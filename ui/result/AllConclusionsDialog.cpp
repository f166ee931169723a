#include "AllConclusionsDialog.h"

#include "DifferentialBars.h"
#include "QaWatermark.h"
#include "ui_AllConclusionsDialog.h"

#include <QListView>

namespace dv::ui {

AllConclusionsDialog::AllConclusionsDialog(QWidget *parent)
    : QDialog(parent), m_ui(std::make_unique<::Ui::AllConclusionsDialog>())
{
    m_ui->setupUi(this);
    m_bars = new DifferentialBars(DifferentialBars::Sizing::Scroll, m_ui->listFrame);
    m_bars->setObjectName(QStringLiteral("allConclusionBars"));
    m_bars->view()->setAccessibleName(tr("All conclusions"));
    m_ui->listLayout->addWidget(m_bars);
    m_ui->layout->setStretchFactor(m_ui->listFrame, 1);
    connect(m_ui->filterEdit, &QLineEdit::textChanged, this, [this](const QString &text) {
        m_bars->setFilterText(text);
        updateCount();
    });
    connect(m_bars, &DifferentialBars::conclusionSelected, this,
            &AllConclusionsDialog::conclusionSelected);
    // Size from the font rather than fixed pixels, so large fonts and high DPI get room.
    const QFontMetrics metrics = fontMetrics();
    resize(metrics.averageCharWidth() * 80, metrics.height() * 40);
}

AllConclusionsDialog::~AllConclusionsDialog() = default;

void AllConclusionsDialog::setDifferential(const review::Review &review, const review::Gate &gate,
                                           const review::Differential &differential,
                                           const QString &scope)
{
    m_ui->header->setReview(review);
    const QVector<review::RankedConclusion> shown =
        gate.shown ? differential.ranked : QVector<review::RankedConclusion>();
    m_total = shown.size();
    m_bars->setConclusions(shown);
    m_ui->filterEdit->clear();
    setWindowTitle(tr("All conclusions (%1) — %2").arg(m_total).arg(scope));
    m_ui->scopeLabel->setText(
        tr("%1: every conclusion the service returned, sorted by probability. Probabilities are "
           "shown as sent.")
            .arg(scope));
    delete m_ui->listFrame->findChild<QaWatermark *>(QString(), Qt::FindDirectChildrenOnly);
    if (gate.qaRevealed())
        QaWatermark::cover(m_ui->listFrame);
    updateCount();
}

QLineEdit *AllConclusionsDialog::filterEdit() const
{
    return m_ui->filterEdit;
}

bool AllConclusionsDialog::watermarked() const
{
    return m_ui->listFrame->findChild<QaWatermark *>(QString(), Qt::FindDirectChildrenOnly) !=
           nullptr;
}

void AllConclusionsDialog::updateCount()
{
    m_ui->countLabel->setText(tr("Showing %1 of %2.").arg(m_bars->rowCount()).arg(m_total));
}

} // namespace dv::ui
