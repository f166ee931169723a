#pragma once

#include "review/Review.h"

#include <QWidget>

class QLabel;

namespace dv::ui {

class ToneLabel;

/// What every clinical screen carries (DESIGN "Safety rules"): the preliminary status, the
/// disclaimer, the report identifier and issue time, and in QA mode the "NOT FOR CLINICAL USE"
/// banner. The panels pin it above their scrolling content so it is always visible.
class ReportHeader : public QWidget
{
    Q_OBJECT

public:
    explicit ReportHeader(QWidget *parent = nullptr);

    /// Before any review: the disclaimer alone, with "no result yet".
    void clear();
    void setReview(const review::Review &review);

    QString reportIdText() const;
    QString disclaimerText() const;
    bool qaBannerShown() const;

private:
    ToneLabel *m_qaBanner;
    QLabel *m_status;
    QLabel *m_disclaimer;
    QLabel *m_report;
};

} // namespace dv::ui
