#pragma once

#include "review/Review.h"

#include <QPointer>
#include <QWidget>

class QPushButton;

namespace dv::ui {

class AllConclusionsDialog;
class DifferentialBars;

/// The top 5 of a differential as bars, and "Show all N" opening the full list when there are
/// more. Used for the combined result and for each image.
class DifferentialSection : public QWidget
{
    Q_OBJECT

public:
    /// `scope` names whose differential it is ("Combined result", "Image 2"). The review and
    /// gate go to the dialog, which carries the report header and, if revealed, the watermark.
    DifferentialSection(const review::Review &review, const review::Gate &gate,
                        const review::Differential &differential, const QString &scope,
                        QWidget *parent = nullptr);
    ~DifferentialSection() override;

    DifferentialBars *topBars() const { return m_bars; }
    /// Null when every conclusion is already in the top 5.
    QPushButton *showAllButton() const { return m_showAll; }
    /// The open "Show all" dialog, if any.
    AllConclusionsDialog *allConclusionsDialog() const;

public slots:
    void showAll();

signals:
    void conclusionSelected(qsizetype sourceIndex);

private:
    review::Review m_review;
    review::Gate m_gate;
    review::Differential m_differential;
    QString m_scope;
    DifferentialBars *m_bars;
    QPushButton *m_showAll = nullptr;
    QPointer<AllConclusionsDialog> m_dialog;
};

} // namespace dv::ui
