#pragma once

#include "model/DiagnosisReport.h"
#include "model/ResponseKind.h"
#include "model/SavedResponse.h"
#include "model/SeverityReport.h"
#include "model/StoredReport.h"
#include "review/Bands.h"

#include <QHash>
#include <QStringList>
#include <QVector>
#include <optional>

// What a person may see of a response: the single source for the window, the CLI and exports.
// Clinical content withheld by a gate is not present in these values (outside QA mode), so no
// view can show it by mistake.
namespace dv::review {

struct ReviewOptions
{
    /// Reveal withheld content for model QA; every revealed part stays marked as withheld.
    bool qaMode = false;
    /// Body-site codes to the names the person reads (from /body-sites, in their language),
    /// for the reasons given; a code without a name is shown as the code.
    QHash<QString, QString> bodySiteNames = {};
};

/// Whether a block of clinical content may be shown, and why not.
struct Gate
{
    bool valid = false;  ///< the response allows clinical use of this content
    bool shown = false;  ///< valid, or revealed in QA mode
    QStringList reasons; ///< plain-language reasons when not valid

    bool qaRevealed() const { return shown && !valid; }
};

struct RankedConclusion
{
    int rank = 0;
    QString code; ///< ICD-11 code (may carry extensions: "EA90.42, EA90.5Y")
    QString display;
    QString text;
    double probability = 0.0; ///< 0–100, as sent
    bool hasHeatMap = false;
    qsizetype sourceIndex = 0; ///< index in the response's array (to find its heat map)
};

/// The differential sorted by probability, descending (ties keep the server's order).
struct Differential
{
    static constexpr qsizetype topCount = 5;
    QVector<RankedConclusion> ranked;

    QVector<RankedConclusion> top() const { return ranked.mid(0, topCount); }
    qsizetype total() const { return ranked.size(); }
    qsizetype remaining() const { return qMax<qsizetype>(0, ranked.size() - topCount); }
};

struct Indicator
{
    QString key; ///< "malignancy", "urgentReferral", ...
    QString label;
    std::optional<double> value;
    Band band;
    QString guidance; ///< "to be seen within 48 hours", ...
};

struct Flag
{
    QString key;
    QString message;
    Band::Tone tone = Band::Tone::Warning;
};

/// One image (diagnosis-support), observation (stored report) or body site (global severity).
struct ImageReview
{
    qsizetype index = 0;
    QString bodySite;
    Gate gate;
    std::optional<bool> isValid;
    QString retakePrompt;

    std::optional<double> qualityScore;
    QString qualityInterpretation; ///< as the server sent it
    Band qualityBand;
    std::optional<bool> qualityAcceptable;
    std::optional<bool> dermatological;
    std::optional<double> dermatologicalConfidence;
    QString modality;
    std::optional<double> clinicalConfidence;
    std::optional<double> dermoscopicConfidence;

    // Clinical content: empty unless gate.shown.
    Differential differential;
    QVector<Indicator> indicators;
    std::optional<double> entropy;
    Band entropyBand;
    qsizetype heatmapCount = 0;
    std::optional<double> scoreContribution; ///< global severity: this site's share
    QVector<Flag> flags;
};

struct ScoreItemReview
{
    QString key;
    QString label;
    std::optional<double> value;
    QString interpretation;
    QVector<QPair<QString, double>> details; ///< aiConfidence, counts, ...
};

/// A severity score (severity endpoints) or a stored report's scoring system.
struct ScoreReview
{
    QString code;
    QString name;
    Gate gate;
    // Clinical content: empty unless gate.shown.
    std::optional<double> value;
    QString interpretation;
    std::optional<qint64> intensity;
    std::optional<double> severityLevel; ///< `severity.value`, as sent
    QVector<model::SeverityBand> bands;
    QVector<ScoreItemReview> items;
    QVector<model::StoredFacet> facets;
    qsizetype maskCount = 0;
    qsizetype detectionCount = 0;
};

struct Review
{
    model::ResponseKind kind = model::ResponseKind::Unknown;
    QString reportId;
    QString issued;
    QString status;
    std::optional<double> analysisDuration;
    bool qaMode = false;

    Gate aggregate;
    // Aggregate clinical content: empty unless aggregate.shown.
    Differential differential;
    QVector<Indicator> clinicalIndicators;
    std::optional<double> sensitivity;
    std::optional<double> specificity;
    std::optional<double> entropy;
    Band entropyBand;
    QVector<Flag> flags;

    QVector<ImageReview> images;
    QVector<ScoreReview> scores;
    QStringList warnings;

    /// Stored report: empty unless aggregate.shown (it can be the model's top conclusion).
    QString pathology;
    // Stored-report context (not clinical output of the model; always shown).
    QString bodySite;
    QVector<QPair<QString, QString>> anamnesis;
};

/// Builds reviews. Every rule of DESIGN.md's "Safety rules" is applied here and only here.
class Reviewer
{
    Q_DECLARE_TR_FUNCTIONS(Reviewer)

public:
    static Review review(const model::DiagnosisReport &report, ReviewOptions options = {});
    static Review review(const model::SeverityReport &report, ReviewOptions options = {});
    static Review review(const model::StoredReport &report, ReviewOptions options = {});
    /// The review of a response read back from a file; nullopt for kinds without clinical
    /// content (login, body sites, questionnaires, device information, a 422 body).
    static std::optional<Review> review(const model::SavedResponse &response,
                                        ReviewOptions options = {});

    /// "Preliminary — AI decision support, not a diagnosis."
    static QString disclaimer();
    static QString qaWatermark();
};

} // namespace dv::review
