#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QString>
#include <QStringList>
#include <QVector>
#include <algorithm>
#include <optional>

// What the case history keeps of one analysis or severity assessment. Built from a
// review::Review (HistoryEntry), so clinical content a gate withheld is never in these fields
// unless the result was reviewed in QA mode, which the record says.
namespace dv::history {

/// The top conclusion of a diagnosis, as the review showed it.
struct HistoryConclusion
{
    QString code;
    QString display;
    double probability = 0.0; ///< 0–100, as sent
    bool qaRevealed = false;  ///< withheld by the gate, recorded only because of QA mode
};

/// One published severity band of a score ("Mild" 0–5, ...), kept for the follow-up chart.
struct HistoryBand
{
    std::optional<double> min;
    std::optional<double> max;
    QString text;
};

/// A severity score as the review showed it.
struct HistoryScore
{
    QString code;
    QString name;
    std::optional<double> value;
    QString interpretation;
    QVector<HistoryBand> bands;
    bool qaRevealed = false; ///< withheld by the gate, recorded only because of QA mode
};

/// One uploaded photo: the SHA-256 of the bytes sent and, if the clinician opted in, the file
/// kept beside the database (a name relative to HistoryStore::photoDirectory()).
struct HistoryImage
{
    QString sha256;    ///< lower-case hex
    QString photoFile; ///< empty when the photo was not kept

    // Given when recording only (the store hashes and, if asked, keeps them; never read back).
    QByteArray uploadBytes; ///< exactly the bytes uploaded
    QString photoSuffix;    ///< "jpg", "png": the upload's format
    bool keepPhoto = false; ///< the clinician opted in to keeping photos
};

struct HistoryRecord
{
    qint64 id = 0;      ///< assigned by the store
    QString reportId;   ///< the service's report identifier (kept for audit)
    QString issued;     ///< as the service sent it
    QDateTime issuedAt; ///< parsed (UTC); the recording time when the service sent none
    QDateTime recordedAt;
    QString kind; ///< model::responseKindName: "diagnosis-support", "severity-assessment", ...
    QString serverLabel;
    QString userName;
    QString caseReference; ///< pseudonymous, typed by the clinician
    QString bodySite;
    bool qaMode = false;     ///< reviewed in QA mode: the fields below may hold withheld content
    bool qaRevealed = false; ///< some recorded content was revealed only by QA mode
    std::optional<HistoryConclusion> topConclusion;
    QVector<HistoryScore> scores;
    QVector<HistoryImage> images;
    QByteArray rawJson; ///< the response exactly as received; empty in search results
};

/// What of `record` may be shown: outside QA mode, a conclusion or score that only QA mode
/// revealed when it was recorded is left out (the CLI, the panel and the chart all use this).
inline HistoryRecord visibleRecord(HistoryRecord record, bool qaMode)
{
    if (qaMode)
        return record;
    if (record.topConclusion && record.topConclusion->qaRevealed)
        record.topConclusion.reset();
    record.scores.erase(std::remove_if(record.scores.begin(), record.scores.end(),
                                       [](const HistoryScore &score) { return score.qaRevealed; }),
                        record.scores.end());
    return record;
}

/// Criteria for HistoryStore::search; empty fields do not filter.
struct HistoryQuery
{
    QString caseReference; ///< exact match
    QString text;          ///< substring of case reference, report id, conclusion, body site...
    QDateTime from;        ///< issuedAt >= from
    QDateTime to;          ///< issuedAt < to
    int limit = 500;
};

} // namespace dv::history
