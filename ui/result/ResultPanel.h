#pragma once

#include "review/Review.h"

#include <QWidget>

class QPushButton;
class QScrollArea;

namespace dv::ui {

class DifferentialSection;
class IndicatorGauges;
class ReportHeader;

/// The combined result of a diagnosis-support response or stored report: top 5 differential ("Show
/// all N" for the rest), risk indicators, performance and flags — or, when any image is not valid,
/// only the reasons and "Re-analyse the valid images only". The report header (preliminary status,
/// disclaimer, report id, issue time) stays pinned above the scrolling content.
class ResultPanel : public QWidget
{
    Q_OBJECT

public:
    explicit ResultPanel(QWidget *parent = nullptr);

    /// Replaces everything shown; nothing of a previous review (or its dialog) survives.
    void setReview(const review::Review &review);
    void clear();

    ReportHeader *header() const { return m_header; }
    /// Null while nothing of the combined result may be shown.
    DifferentialSection *differentialSection() const { return m_differential; }
    IndicatorGauges *indicatorGauges() const { return m_indicators; }
    /// Null unless the combined result is withheld.
    QPushButton *reanalyseButton() const { return m_reanalyse; }

signals:
    /// `sourceIndex` indexes the response's top-level conclusions.
    void conclusionSelected(qsizetype sourceIndex);
    /// The person asked to analyse again with the valid images alone.
    void reanalyseValidOnly();

private:
    void setContent(QWidget *content);
    QWidget *withheldNotice(const review::Review &review, QWidget *parent);
    QWidget *combinedResult(const review::Review &review, QWidget *parent);

    ReportHeader *m_header;
    QScrollArea *m_scroll;
    DifferentialSection *m_differential = nullptr;
    IndicatorGauges *m_indicators = nullptr;
    QPushButton *m_reanalyse = nullptr;
};

} // namespace dv::ui
