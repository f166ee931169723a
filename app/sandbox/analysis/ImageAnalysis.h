#pragma once

// Deterministic, image-derived analysis behind the offline sandbox server: decodes a photo,
// grades its quality, decides whether it shows skin, extracts colour / texture / shape
// features from the skin region and turns them into a differential over a fixed catalogue,
// with risk indicators and explainability heat maps. Pure functions: bytes in, values out;
// no Qt network, no JSON, no mutable global state, safe to call from several threads.
//
// None of this is a diagnosis. It is a stand-in for the real AI so that the viewer can be
// demonstrated and tested offline with plausible, reproducible answers that do depend on
// the pixels (a red scaly plaque scores differently from a brown mole).

#include "sandbox/analysis/ConditionCatalogue.h"
#include "sandbox/analysis/ImageDecoding.h"
#include "sandbox/analysis/ImageFeatures.h"

#include <QByteArray>
#include <QString>
#include <QVector>
#include <variant>

namespace dv::sandbox {

/// Image quality, 0–100, from four transparent components.
struct QualityAssessment
{
    int score = 0;
    /// "Bad" 1–20 (and 0), "Poor" 21–40, "Fair" 41–60, "Good" 61–80, "Excellent" 81–100.
    QString interpretation;
    /// score >= kAcceptableQualityScore ("Fair" or better).
    bool acceptable = false;
    double sharpness = 0;  ///< 0–1, log-scaled variance of the Laplacian of the grey image
    double exposure = 0;   ///< 0–1, mean luminance close to mid-grey, few clipped pixels
    double contrast = 0;   ///< 0–1, standard deviation of luminance
    double resolution = 0; ///< 0–1, megapixels, saturating at 1 MP
};

/// The lowest quality score that still counts as acceptable for analysis.
inline constexpr int kAcceptableQualityScore = 41;

/// "Bad" / "Poor" / "Fair" / "Good" / "Excellent" for a 0–100 score (vendor bands).
QString qualityInterpretation(int score);

/// Whether the image shows skin, and how it was taken.
struct DomainAssessment
{
    bool dermatological = false;
    double confidence = 0;            ///< 0–100 that the image shows skin
    QString modality;                 ///< "Clinical", "Dermoscopic" or "None" (not skin)
    double clinicalConfidence = 0;    ///< 0–100
    double dermoscopicConfidence = 0; ///< 0–100
    double skinFraction = 0;          ///< 0–1, share of pixels classified as skin
};

struct ConditionProbability
{
    int conditionIndex = -1; ///< index into conditionCatalogue()
    double probability = 0;  ///< 0–100
};

/// A colour-mapped (JET) attention map, encoded as a standard 3-channel colour JPEG.
struct HeatMap
{
    QByteArray jpeg;
    int width = 0; ///< of the encoded JPEG
    int height = 0;
};

/// Heat maps cover the whole source image. They are produced at the source size while it
/// has at most this many pixels (every photo a phone camera made before ~2015, and all the
/// test photos); larger sources get a proportionally scaled map: same aspect ratio, sides
/// rounded to whole pixels, about 6 MP. That is still more than any viewport shows, and it
/// keeps a 12 MP analysis well inside its time budget (encoding five full-size 12 MP JPEGs
/// would cost more than everything else together).
inline constexpr qint64 kMaxHeatMapPixels = 6'000'000;

struct ImageAnalysis
{
    int width = 0; ///< of the decoded source image (after EXIF orientation)
    int height = 0;
    QualityAssessment quality;
    DomainAssessment domain;
    bool isValid = false; ///< domain.dermatological && quality.acceptable
    ImageFeatures features;
    /// The whole catalogue, sorted by probability (descending, ties by catalogue index),
    /// summing to 100.
    QVector<ConditionProbability> differential;
    double hasCondition = 0; ///< 0–100, from lesion evidence (see ImageAnalysis.cpp)
    double pigmentedLesion = 0;
    double malignancy = 0;
    double urgentReferral = 0;
    double highPriorityReferral = 0;
    double entropy = 0; ///< 0–100: normalised Shannon entropy of the differential
    /// One per top-5 conclusion, in differential order; empty unless isValid.
    QVector<HeatMap> heatMaps;
};

/// Builds OpenCV's lazily-initialised colour-conversion tables (BGR→Lab and friends) once.
/// OpenCV 4.6 builds them on first use without a lock: threads that make that first call
/// together each allocate the tables and all but one copy leak (found by LeakSanitizer in
/// the sandbox's concurrent-client soak test). Call before analysing on several threads;
/// analyzeImage() calls it too. Thread-safe, idempotent, cheap after the first call.
void prepareOpenCvTables();

/// Whether analyzeImage() encodes the heat maps: callers that only need the image's validity
/// (the severity endpoints) skip them, since encoding them is most of the cost for large photos.
enum class HeatMaps
{
    Include,
    Skip,
};

/// Analyses encoded image bytes: decodeUploadedImage() (whose errors it returns), then
/// analyzeDecoded().
std::variant<ImageAnalysis, AnalysisError> analyzeImage(const QByteArray &encoded,
                                                        HeatMaps heatMaps = HeatMaps::Include);

/// Analyses a photo decodeUploadedImage() produced (8-bit BGR, size within its limits).
std::variant<ImageAnalysis, AnalysisError> analyzeDecoded(const cv::Mat &source,
                                                          HeatMaps heatMaps = HeatMaps::Include);

/// Aggregate over several images of the same case.
struct CombinedAnalysis
{
    QVector<ConditionProbability> differential;
    double hasCondition = 0;
    double pigmentedLesion = 0;
    double malignancy = 0;
    double urgentReferral = 0;
    double highPriorityReferral = 0;
    double entropy = 0;
    double sensitivity = 0; ///< 0–100, see combine()
    double specificity = 0; ///< 0–100, see combine()
};

/// Mean of the per-image distributions (renormalised to 100), indicators and entropy
/// recomputed from it; hasCondition is the mean of the images' values. Pass the valid images
/// of one case; an empty list gives an empty differential.
CombinedAnalysis combine(const QVector<ImageAnalysis> &images);

/// Indicators of a distribution over the catalogue (used per image and for combine()).
struct Indicators
{
    double pigmentedLesion = 0;
    double malignancy = 0;
    double urgentReferral = 0;
    double highPriorityReferral = 0;
    double entropy = 0;
};
Indicators indicatorsFor(const QVector<ConditionProbability> &differential);

} // namespace dv::sandbox
