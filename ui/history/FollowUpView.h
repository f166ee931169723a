#pragma once

#include "history/HistoryRecord.h"
#include "model/ApiResources.h"

#include <QWidget>

class QComboBox;
class QLabel;
QT_BEGIN_NAMESPACE
class QChartView;
QT_END_NAMESPACE

namespace dv::history {
class HistoryService;
}

namespace dv::ui {

/// Follow-up of one case: each scoring system's value over time over its severity bands, and
/// two kept photos of the same body site side by side.
class FollowUpView : public QWidget
{
    Q_OBJECT

public:
    explicit FollowUpView(history::HistoryService &service, QWidget *parent = nullptr);

    /// Loads the case's records (off the GUI thread); `loaded` follows.
    void showCase(const QString &caseReference);
    QString caseReference() const { return m_caseReference; }
    /// Refills the case chooser from the history (off the GUI thread).
    void reloadCases();
    QComboBox *caseBox() const { return m_cases; }
    /// Outside QA mode, scores only QA mode revealed are left out of the chart.
    void setQaMode(bool enabled);
    /// The server's body sites, to name the recorded codes in `locale`.
    void setBodySites(const QVector<model::BodySite> &sites, const QString &locale);
    const QVector<history::HistoryRecord> &records() const { return m_records; }
    QChartView *chartView() const { return m_chartView; }
    QComboBox *scoringSystemBox() const { return m_scoring; }
    QComboBox *bodySiteBox() const { return m_site; }
    QComboBox *beforeBox() const { return m_before; }
    QComboBox *afterBox() const { return m_after; }
    QLabel *beforePhoto() const { return m_beforePhoto; }
    QLabel *afterPhoto() const { return m_afterPhoto; }

signals:
    void loaded();
    /// Both compared photos are on screen.
    void photosShown();

private:
    void setRecords(const QVector<history::HistoryRecord> &records);
    void showChart();
    QVector<history::HistoryRecord> visibleRecords() const;
    void fillPhotoDates();
    void showPhotos();

    history::HistoryService &m_service;
    QString m_caseReference;
    QVector<history::HistoryRecord> m_records;
    QVector<model::BodySite> m_bodySites;
    QString m_locale;
    QComboBox *m_cases = nullptr;
    QComboBox *m_scoring = nullptr;
    QChartView *m_chartView = nullptr;
    QLabel *m_noScores = nullptr;
    QComboBox *m_site = nullptr;
    QComboBox *m_before = nullptr;
    QComboBox *m_after = nullptr;
    QLabel *m_beforePhoto = nullptr;
    QLabel *m_afterPhoto = nullptr;
    QLabel *m_noPhotos = nullptr;
    int m_photoRequest = 0;
    bool m_qaMode = false;
};

} // namespace dv::ui
