#pragma once

#include "model/StoredReport.h"

#include <QDialog>
#include <QPointer>
#include <functional>

class QComboBox;
class QLabel;
class QLineEdit;
class QProgressBar;
class QPushButton;

namespace dv::api {
struct ApiError;
class HttpExchange;
} // namespace dv::api

namespace dv::ui {

class Backend;
class ServerConnection;
class StoredReportView;
class ToneLabel;

/// File ▸ Open stored report: fetches a diagnostic report by its identifier from the report
/// endpoint (standard or FHIR format, in English, Spanish, French or German), or reads a saved
/// one, and shows it as its review allows. Downloads the report's PDF and saves the raw JSON.
/// An error is shown in words; the identifier, format and locale typed stay as they were.
class ReportDialog : public QDialog
{
    Q_OBJECT

public:
    /// `backend` (not owned) is asked for its current client at each request. `connection`
    /// (not owned, may be null: the backend's client is used as it is) supplies a real
    /// server's X-API-TOKEN before each request and learns whether the service accepted it.
    ReportDialog(Backend *backend, ServerConnection *connection, bool qaMode,
                 QWidget *parent = nullptr);
    ~ReportDialog() override;

    /// The report locale matching the UI language: "en", "es", "fr" or "de".
    static QString defaultLocale();
    /// Whether `id` may be a report identifier (URL-safe, no spaces, at most 512 characters).
    static bool isPlausibleId(const QString &id);

    /// Fetches the report the fields describe (ignored while a request runs or the id is not
    /// valid).
    void fetch();
    /// Cancels the running request; what is shown stays.
    void cancel();
    bool isBusy() const { return !m_request.isNull() || m_waitingForToken; }
    /// Reads a saved standard or FHIR report off the GUI thread.
    void openFile(const QString &path);
    /// Downloads the shown report's PDF (following the server's redirect) and saves it at
    /// `path`, atomically and only if it is a PDF.
    void downloadPdf(const QString &path);
    /// Saves the shown report's JSON exactly as received; false with the error shown.
    bool saveJson(const QString &path);
    /// The window's QA mode changed: the shown report is reviewed again under it.
    void setQaMode(bool enabled);
    bool qaMode() const { return m_qaMode; }

    QLineEdit *idEdit() const { return m_id; }
    QComboBox *formatBox() const { return m_format; }
    QComboBox *localeBox() const { return m_locale; }
    QPushButton *fetchButton() const { return m_fetch; }
    QPushButton *cancelButton() const { return m_cancel; }
    QPushButton *pdfButton() const { return m_pdf; }
    QPushButton *saveJsonButton() const { return m_saveJson; }
    StoredReportView *view() const { return m_view; }
    /// The error shown (empty when none).
    QString errorText() const;
    QString statusText() const;
    const model::StoredReport &report() const { return m_report; }
    QByteArray rawJson() const { return m_rawJson; }

signals:
    /// A report (fetched or read) is on screen.
    void reportShown();
    /// A request or file operation failed; the message is on screen.
    void failed(const QString &message);
    void pdfSaved(const QString &path);

private:
    QWidget *requestBar();
    QWidget *actionBar();
    void showReport(const model::StoredReport &report, const QByteArray &rawJson,
                    const QString &origin);
    void showError(const QString &message);
    /// Runs `send` once the client holds the report service's token (at once without a
    /// connection); not at all when the person cancelled the token prompt.
    void whenTokenReady(std::function<void()> send);
    /// Tells the connection whether the service accepted the token (`error` null: it did).
    void noteTokenVerdict(const api::ApiError *error);
    void setBusy(const QString &what, api::HttpExchange *request);
    /// A request ended (`error` null: it succeeded). Notes the token's verdict and shows a
    /// failure; false when it failed.
    bool finishRequest(const api::ApiError *error);
    void updateActions();
    void updateTitle();
    void chooseFile();
    void choosePdfFile();
    void chooseJsonFile();

    Backend *m_backend;
    ServerConnection *m_connection;
    bool m_qaMode;
    QLineEdit *m_id = nullptr;
    QComboBox *m_format = nullptr;
    QComboBox *m_locale = nullptr;
    QPushButton *m_fetch = nullptr;
    QPushButton *m_cancel = nullptr;
    QPushButton *m_openFile = nullptr;
    QPushButton *m_pdf = nullptr;
    QPushButton *m_saveJson = nullptr;
    QProgressBar *m_progress = nullptr;
    QLabel *m_status = nullptr;
    ToneLabel *m_error = nullptr;
    StoredReportView *m_view = nullptr;
    QPointer<api::HttpExchange> m_request;
    bool m_readingFile = false;
    bool m_waitingForToken = false;
    model::StoredReport m_report;
    QByteArray m_rawJson;
};

} // namespace dv::ui
