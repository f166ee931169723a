#pragma once

#include "history/HistoryRecord.h"
#include "model/ApiResources.h"

#include <QDialog>

class QDateEdit;
class QLabel;
class QLineEdit;
class QPushButton;
class QTableWidget;
class QTabWidget;
class QTimer;

namespace dv::history {
class HistoryService;
}

namespace dv::ui {

class FollowUpView;

/// Past results: search the case history, reopen a record's stored response in the window,
/// and follow a case over time (FollowUpView). Everything is read off the GUI thread.
class HistoryPanel : public QDialog
{
    Q_OBJECT

public:
    explicit HistoryPanel(history::HistoryService &service, QWidget *parent = nullptr);

    QLineEdit *searchField() const { return m_search; }
    QTableWidget *table() const { return m_table; }
    QPushButton *reopenButton() const { return m_reopen; }
    QPushButton *followUpButton() const { return m_followUpButton; }
    FollowUpView *followUp() const { return m_followUp; }
    QTabWidget *tabs() const { return m_tabs; }
    const QVector<history::HistoryRecord> &records() const { return m_records; }
    /// Outside QA mode, conclusions and scores that only QA mode revealed when they were
    /// recorded are not shown (in the table and the follow-up chart).
    void setQaMode(bool enabled);
    /// The server's body sites, to name the recorded codes in `locale` (here and in the
    /// follow-up); a code the list does not have is shown as recorded.
    void setBodySites(const QVector<model::BodySite> &sites, const QString &locale);
    /// Runs the search now (otherwise it runs shortly after typing stops).
    void refresh();
    /// "Analysis", "Severity assessment", "Stored report" for a record's kind.
    static QString kindLabel(const QString &kind);
    /// Reopens the record in `row` of the table.
    void reopenRow(int row);

signals:
    /// A search finished and the table shows its records.
    void searched();
    /// The record's stored response, to be shown by the window.
    void reopenRequested(const QByteArray &rawJson, const QString &description);

private:
    void showRecords(const QVector<history::HistoryRecord> &records);
    void showFollowUp();
    void updateButtons();
    const history::HistoryRecord *selectedRecord() const;

    QVector<model::BodySite> m_bodySites;
    QString m_locale;

    history::HistoryService &m_service;
    QVector<history::HistoryRecord> m_records;
    QTabWidget *m_tabs = nullptr;
    QLineEdit *m_search = nullptr;
    QDateEdit *m_from = nullptr;
    QDateEdit *m_to = nullptr;
    QTableWidget *m_table = nullptr;
    QLabel *m_status = nullptr;
    QPushButton *m_reopen = nullptr;
    QPushButton *m_followUpButton = nullptr;
    FollowUpView *m_followUp = nullptr;
    QTimer *m_debounce = nullptr;
    int m_searchRequest = 0;
    bool m_qaMode = false;
};

} // namespace dv::ui
