#pragma once

#include "history/CaseDetailsForm.h"
#include "history/HistoryEntry.h"
#include "review/Review.h"

#include <QObject>
#include <functional>

namespace dv::history {
class HistoryService;
}

namespace dv::ui {

class Backend;
class CaseSession;

/// Records completed analyses and severity assessments into the case history, off the GUI
/// thread. The window records every diagnosis analysis itself; the severity views call
/// record() with their review, raw response, uploaded photos and assessed body site.
class HistoryRecorder : public QObject
{
    Q_OBJECT

public:
    /// `details` says the case reference, body site and photo opt-in at the time of recording.
    HistoryRecorder(history::HistoryService &service, Backend &backend,
                    std::function<CaseDetails()> details, QObject *parent = nullptr);

    /// Records `review` (as shown: QA mode is recorded as such) with the response exactly as
    /// received and the bytes uploaded, in order. A non-empty `bodySite` (a severity
    /// assessment's site) replaces the case's.
    void record(const review::Review &review, const QByteArray &rawJson,
                const QVector<history::RecordContext::Upload> &uploads,
                const QString &bodySite = {});
    /// Records the session's current result, if it comes from analysing its photos.
    void recordDiagnosis(const CaseSession &session);

    /// "jpg" for image/jpeg, "png" for image/png, ...
    static QString suffixForContentType(const QString &contentType);

signals:
    void recorded(qint64 id);
    /// Writing failed; the sentence names the file and the reason.
    void recordFailed(const QString &message);

private:
    history::HistoryService &m_service;
    Backend &m_backend;
    std::function<CaseDetails()> m_details;
};

} // namespace dv::ui
