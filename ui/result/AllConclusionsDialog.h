#pragma once

#include "review/Review.h"

#include <QDialog>
#include <memory>

namespace Ui {
class AllConclusionsDialog;
}

class QLineEdit;

namespace dv::ui {

class DifferentialBars;

/// The full differential, sorted by probability, with a filter on code or name. Carries the
/// report header like every clinical screen, and the QA watermark over revealed content.
class AllConclusionsDialog : public QDialog
{
    Q_OBJECT

public:
    explicit AllConclusionsDialog(QWidget *parent = nullptr);
    ~AllConclusionsDialog() override;

    /// `scope` names whose differential it is ("Combined result", "Image 2"). Nothing is
    /// listed when `gate` is closed.
    void setDifferential(const review::Review &review, const review::Gate &gate,
                         const review::Differential &differential, const QString &scope);

    DifferentialBars *bars() const { return m_bars; }
    QLineEdit *filterEdit() const;
    bool watermarked() const;

signals:
    void conclusionSelected(qsizetype sourceIndex);

private:
    void updateCount();

    std::unique_ptr<::Ui::AllConclusionsDialog> m_ui;
    DifferentialBars *m_bars;
    qsizetype m_total = 0;
};

} // namespace dv::ui
