#pragma once

#include "api/ApiClient.h"
#include "api/SeverityRequest.h"
#include "case/CasePhoto.h"
#include "review/Review.h"

#include <QDialog>
#include <QPointer>
#include <optional>

class QComboBox;
class QFormLayout;
class QLabel;
class QProgressBar;
class QPushButton;
class QSplitter;
class QStackedWidget;

namespace dv::ui {

class BodySiteBox;
class GlobalSiteGrid;
class QuestionnaireForm;
class SeverityResultPane;

/// What the window hands the severity dialog.
struct SeverityContext
{
    /// The window's current photo: what a local assessment scores (none: local is disabled).
    std::optional<CasePhoto> photo;
    /// The current differential's top conclusions, offered as the known condition.
    QVector<review::RankedConclusion> differential;
    /// Interface language for titles, item texts and body-site names ("de_DE", "en").
    QString locale;
    bool qaMode = false;
};

/// Severity assessment (issue #7 item 1), all three kinds, against the client's
/// `/questionnaires`, `/body-sites` and `/severity-assessment/*`: a scoring system chosen from
/// the server's catalogue, a form generated from its items, the body site, the known
/// condition; the photo of the case (local) or one photo per body site (global). Uploads show
/// progress and can be cancelled; a 422 is shown on the field it names; the form keeps every
/// value after an error. The answer goes through review::Reviewer before anything is shown.
class SeverityDialog : public QDialog
{
    Q_OBJECT

public:
    SeverityDialog(api::ApiClient *client, SeverityContext context, QWidget *parent = nullptr);
    ~SeverityDialog() override;

    /// The catalogue (questionnaires and body sites) arrived.
    bool isReady() const { return m_ready; }
    QStringList scoringCodes() const;
    bool selectScoringSystem(const QString &code);
    QString currentScoringCode() const;
    std::optional<api::SeverityKind> currentKind() const;
    const model::Questionnaire *currentQuestionnaire() const;
    const QVector<model::Questionnaire> &questionnaires() const { return m_questionnaires; }

    QuestionnaireForm *form() const { return m_form; }
    BodySiteBox *bodySiteBox() const { return m_bodySite; }
    QComboBox *conditionBox() const { return m_condition; }
    GlobalSiteGrid *siteGrid() const { return m_sites; }
    SeverityResultPane *resultPane() const { return m_result; }
    QPushButton *assessButton() const { return m_assess; }

    /// Sends the assessment (what the Assess button does).
    void assess();
    void cancel();
    bool isRunning() const { return !m_running.isNull(); }
    /// The general message (errors not tied to one field); empty when none.
    QString errorMessage() const;
    QString bodySiteError() const;
    QString conditionError() const;
    QString photoError() const;
    /// The review of the last answer.
    const std::optional<review::Review> &review() const { return m_review; }
    /// The photos and body site of the last assessment sent (for the case history).
    const QVector<api::ImageUpload> &sentUploads() const { return m_sentUploads; }
    QString sentBodySite() const { return m_sentBodySite; }
    /// The window's QA mode changed: the last answer is reviewed again and shown as the new
    /// mode allows (withheld content hidden again when QA mode is turned off).
    void setQaMode(bool enabled);

signals:
    /// A severity answer arrived (before review), with its body exactly as received, for the
    /// case history.
    void assessed(const dv::model::SeverityReport &report, const QByteArray &rawJson);
    /// The catalogue arrived (isReady()) or could not be fetched (errorMessage()).
    void catalogueFinished();
    /// An assessment ended: answered, failed or cancelled.
    void assessmentFinished(bool answered);

private:
    void buildUi();
    void loadCatalogue();
    void catalogueArrived();
    void scoringChanged();
    void updateButtons();
    void finished(const api::ApiResult<model::SeverityReport> &result, api::SeverityKind kind,
                  const QImage &photo);
    /// Reviews `m_answer` under the current QA mode and shows it.
    void showAnswer();
    void showFailure(const api::ApiError &error);
    void clearErrors();
    void setGeneralError(const QString &message);
    static void setFieldMessage(QLabel *label, QWidget *input, const QString &message);

    QPointer<api::ApiClient> m_client;
    SeverityContext m_context;
    QVector<model::Questionnaire> m_questionnaires;
    QVector<model::BodySite> m_bodySites;
    std::optional<QVector<model::Questionnaire>> m_pendingQuestionnaires;
    std::optional<QVector<model::BodySite>> m_pendingSites;
    QString m_catalogueError;
    bool m_ready = false;
    QPointer<api::HttpExchange> m_running;
    std::optional<review::Review> m_review;
    /// The last answer as received, kept to review it again when the QA mode changes.
    struct Answer
    {
        model::SeverityReport report;
        api::SeverityKind kind;
        QImage photo;
    };
    std::optional<Answer> m_answer;
    QVector<api::ImageUpload> m_sentUploads;
    QString m_sentBodySite;

    QSplitter *m_splitter = nullptr;
    QFormLayout *m_inputForm = nullptr;
    QComboBox *m_scoring = nullptr;
    QLabel *m_description = nullptr;
    QComboBox *m_condition = nullptr;
    QLabel *m_conditionError = nullptr;
    QWidget *m_siteRow = nullptr;
    BodySiteBox *m_bodySite = nullptr;
    QLabel *m_bodySiteError = nullptr;
    QWidget *m_photoRow = nullptr;
    QLabel *m_photoLabel = nullptr;
    QLabel *m_photoError = nullptr;
    QLabel *m_formHeading = nullptr;
    QuestionnaireForm *m_form = nullptr;
    QWidget *m_globalBox = nullptr;
    QLabel *m_globalNote = nullptr;
    GlobalSiteGrid *m_sites = nullptr;
    SeverityResultPane *m_result = nullptr;
    QLabel *m_error = nullptr;
    QPushButton *m_retryCatalogue = nullptr;
    QProgressBar *m_progress = nullptr;
    QPushButton *m_cancel = nullptr;
    QPushButton *m_assess = nullptr;
};

} // namespace dv::ui
