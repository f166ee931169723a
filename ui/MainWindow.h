#pragma once

#include "backend/Backend.h"
#include "case/CasePhotoLoader.h"
#include "case/CaseSession.h"
#include "credentials/CredentialStore.h"

#include <QMainWindow>
#include <memory>
#include <optional>

class QAction;
class QActionGroup;
class QLabel;
class QListWidget;
class QPushButton;
class QFrame;
class QTabWidget;

namespace dv::history {
class HistoryService;
}

namespace dv::ui {

class CasePanel;
class ExportActions;
class HistoryPanel;
class HistoryRecorder;
class OverlayViewer;
class ReportDialog;
class ResultPanel;
class ServerConnection;
class SeverityDialog;

/// The review workstation: the case's photos on the left, the selected photo in the middle,
/// the result on the right; the server in use (the embedded sandbox by default, marked as not
/// a medical device) always in view.
class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    /// `store` keeps the server passwords (not owned; null: the system keychain).
    explicit MainWindow(credentials::CredentialStore *store = nullptr, QWidget *parent = nullptr);
    ~MainWindow() override;

    /// Decodes the files off the GUI thread and adds each to the case as it arrives.
    void openImages(const QStringList &paths);
    /// Number of decodes still running (for tests and the status bar).
    int pendingLoads() const { return m_pendingLoads; }
    OverlayViewer *viewer() const { return m_view; }
    ResultPanel *resultPanel() const { return m_resultPanel; }
    QTabWidget *resultTabs() const { return m_resultTabs; }
    QListWidget *photoList() const;
    /// Files that could not be opened.
    QStringList failedPaths() const;
    CaseSession &caseSession() { return m_case; }
    Backend &backend() { return m_backend; }
    ServerConnection &serverConnection() { return *m_connection; }
    ExportActions *exportActions() const { return m_export; }
    /// Opens the server connection dialog (modal).
    void showConnectionDialog();
    /// File ▸ Open stored report: a new non-modal report dialog on the current server, in the
    /// current QA mode; deletes itself when closed.
    ReportDialog *showReportDialog();
    /// The permanent "Sandbox — not a medical device" badge (hidden on a real server).
    QLabel *sandboxBadge() const { return m_sandboxBadge; }
    /// The message shown when an analysis or a file operation failed (empty when none).
    QString errorMessage() const;

    /// Opens a saved response (any kind `dermaview-cli inspect` reads): read and parsed on the
    /// worker pool (a file may hold tens of megabytes of heat maps), then shown, or a message
    /// says why not; responseFileOpened() follows either way.
    void openResponseFile(const QString &path);
    /// Shows a stored response (from the case history); `description` names it in the status
    /// bar ("Showing DESCRIPTION."). False with a message shown when it cannot be read.
    bool openSavedResponse(const QByteArray &json, const QString &description);
    /// Records results into the case history (severity views call it too).
    HistoryRecorder *historyRecorder() const { return m_recorder; }
    history::HistoryService &historyService() { return *m_history; }
    /// Opens the case history (Case ▸ History…, Ctrl+H); null until first opened.
    void showHistory();
    HistoryPanel *historyPanel() const { return m_historyPanel; }
    bool saveResponseFile(const QString &path);
    /// Turns QA mode on (after `confirm` says yes) or off; remembered in the settings.
    void setQaMode(bool enabled, bool confirm = true);
    /// Case ▸ Severity assessment…: opens the dialog (not modal, deleted on close) with the
    /// current photo and the differential the review shows. The dialog's `assessed` signal
    /// carries each answer for the case history.
    SeverityDialog *openSeverityAssessment();

    /// A heat map is being decoded for the viewer (it is drawn, or explained, when done).
    bool heatMapPending() const { return m_heatMapPending; }

signals:
    /// openResponseFile() ended: the response is shown (`ok`) or the error is.
    void responseFileOpened(const QString &path, bool ok);
    /// Emitted after each file has been decoded or has failed.
    void imageLoaded(const QString &path, bool ok);
    /// The latest heat-map decode ended: the viewer shows the heat map or why it cannot.
    void heatMapSettled();
    /// QA mode was turned on or off; open dialogs follow it.
    void qaModeChanged(bool enabled);

protected:
    void closeEvent(QCloseEvent *event) override;
    void dragEnterEvent(QDragEnterEvent *event) override;
    void dropEvent(QDropEvent *event) override;

private:
    void createActions();
    void createMenus();
    void createToolBar();
    void chooseImages();
    void addLoaded(const LoadedCasePhoto &loaded);
    void chooseResponseFile();
    void chooseSaveFile();
    void paste();
    void analyse();
    void showError(const QString &message, bool offerRetry);
    void clearError();
    void showCurrentPhoto();
    void showResult();
    /// Draws the heat map of conclusion `sourceIndex` of image `imageIndex` (decoded off the
    /// GUI thread), if that image's clinical content may be shown.
    void showHeatMap(qsizetype imageIndex, qsizetype sourceIndex);
    void showTopHeatMap(qsizetype imageIndex);
    void updateServerLabels();
    /// The server's /body-sites, for the case details and the history's site names.
    void fetchBodySites();
    void updateActions();
    void setLanguage(const QString &language);
    void showAbout();
    void showShortcuts();
    void showRawResponse();
    std::optional<QString> askForSecret(credentials::SecretKind kind, const QString &reason);

    Backend m_backend;
    std::unique_ptr<credentials::CredentialStore> m_ownStore;
    std::unique_ptr<ServerConnection> m_connection;
    CaseSession m_case;
    CasePanel *m_casePanel = nullptr;
    OverlayViewer *m_view = nullptr;
    QTabWidget *m_resultTabs = nullptr;
    ResultPanel *m_resultPanel = nullptr;
    int m_heatMapRequest = 0; ///< the latest decode; older ones are dropped
    bool m_heatMapPending = false;
    QFrame *m_errorBar = nullptr;
    QLabel *m_errorText = nullptr;
    QPushButton *m_retry = nullptr;
    QLabel *m_sandboxBadge = nullptr;
    QLabel *m_qaBadge = nullptr;
    QLabel *m_serverLabel = nullptr;
    QActionGroup *m_languages = nullptr;
    QAction *m_addPhotos = nullptr;
    QAction *m_openResponse = nullptr;
    QAction *m_saveResponse = nullptr;
    QAction *m_openReport = nullptr;
    QAction *m_paste = nullptr;
    QAction *m_qaMode = nullptr;
    QAction *m_connectionAction = nullptr;
    QAction *m_rawJson = nullptr;
    ExportActions *m_export = nullptr;
    QAction *m_severity = nullptr;
    std::unique_ptr<history::HistoryService> m_history;
    HistoryRecorder *m_recorder = nullptr;
    HistoryPanel *m_historyPanel = nullptr;
    QVector<model::BodySite> m_bodySites;
    QAction *m_historyAction = nullptr;
    int m_pendingLoads = 0;
    /// Photos being decoded, in the order they were asked for.
    QVector<std::shared_ptr<std::optional<LoadedCasePhoto>>> m_loadQueue;
};

} // namespace dv::ui
