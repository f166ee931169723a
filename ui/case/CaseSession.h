#pragma once

#include "api/ApiClient.h"
#include "case/CasePhoto.h"
#include "model/SavedResponse.h"
#include "review/Review.h"

#include <QObject>
#include <QPointer>
#include <QVector>
#include <optional>

namespace dv::ui {

/// The case on the workstation: up to three photos, the analysis of them and its result, or a
/// response reopened from a file. Widgets show it; only this class changes it. A result always
/// belongs to the photos it was computed from: changing the photos discards it, so a heat map
/// can never be drawn over a photo the server did not see.
class CaseSession : public QObject
{
    Q_OBJECT

public:
    static constexpr qsizetype maxPhotos = 3;

    explicit CaseSession(QObject *parent = nullptr);

    const QVector<CasePhoto> &photos() const { return m_photos; }
    /// False when the case already holds maxPhotos.
    bool addPhoto(const CasePhoto &photo);
    void removePhoto(qsizetype index);
    void movePhoto(qsizetype from, qsizetype to);
    void setTitle(qsizetype index, const QString &title);

    /// Uploads the photos for diagnosis support; progress, then finished or failed.
    void analyse(api::ApiClient &client);
    /// Keeps only the photos the last result judged valid and analyses those again.
    void reanalyseValidOnly(api::ApiClient &client);
    void cancel();
    bool isAnalysing() const { return !m_running.isNull(); }

    /// Shows a saved response (any kind `dermaview-cli inspect` reads); false with the reason
    /// in `error` when it cannot be read.
    bool openSavedResponse(const QByteArray &json, QString *error);
    /// The same for a response already parsed from `json` (off the GUI thread).
    bool openSavedResponse(const model::SavedResponse &response, const QByteArray &json,
                           QString *error);

    /// The review of the current result (QA mode as set), or nullopt when there is none.
    const std::optional<review::Review> &review() const { return m_review; }
    /// The diagnosis-support report behind the review (for heat maps), if that is its kind.
    const std::optional<model::DiagnosisReport> &diagnosis() const { return m_diagnosis; }
    /// The response exactly as received or opened, for "Save raw response".
    const QByteArray &rawResponse() const { return m_raw; }
    /// True when the result came from a file rather than from analysing photos().
    bool resultIsReopened() const { return m_reopened; }

    void setQaMode(bool enabled);
    bool qaMode() const { return m_qaMode; }

signals:
    void photosChanged();
    void analysisStarted();
    void uploadProgress(qint64 sent, qint64 total);
    /// A new review (or none) is available.
    void resultChanged();
    /// The analysis failed; `message` is a sentence the person can act on.
    void analysisFailed(const QString &message);
    /// An analysis of photos() completed and its result is current (not for reopened files).
    void analysisCompleted();

private:
    void clearResult();
    void rebuildReview();

    QVector<CasePhoto> m_photos;
    QPointer<api::HttpExchange> m_running;
    std::optional<model::SavedResponse> m_response;
    std::optional<model::DiagnosisReport> m_diagnosis;
    std::optional<review::Review> m_review;
    QByteArray m_raw;
    bool m_reopened = false;
    bool m_qaMode = false;
};

} // namespace dv::ui
