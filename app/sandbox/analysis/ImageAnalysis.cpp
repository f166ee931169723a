#include "sandbox/analysis/ImageAnalysis.h"

#include "sandbox/analysis/FeatureExtraction.h"

#include <algorithm>
#include <atomic>
#include <cmath>
#include <limits>
#include <mutex>
#include <opencv2/imgcodecs.hpp>
#include <opencv2/imgproc.hpp>
#include <vector>

namespace dv::sandbox {

namespace {

/// Longest side of the working copy all measurements are made on.
constexpr int kWorkingSide = 768;

/// Softmax temperature of the differential: lower is more decisive.
constexpr double kTemperature = 0.12;

double clamp01(double value)
{
    return std::clamp(value, 0.0, 1.0);
}

double sigmoid(double x)
{
    return 1.0 / (1.0 + std::exp(-x));
}

AnalysisError error(const QString &message)
{
    return AnalysisError{message};
}

// --- Quality ------------------------------------------------------------------------------------

/// Components and weights: sharpness 40 %, exposure 25 %, contrast 20 %, resolution 15 %.
/// Sharpness is the variance of the Laplacian of the grey working image, less the ~2 that
/// 8-bit quantisation alone produces, on a log scale (0.5 → 0, 30 → 1): a soft but usable
/// phone photo (variance ~15) still scores well, a blurred or very dark copy does not.
/// Exposure prefers a mean luminance near mid-grey and penalises clipped pixels; contrast is
/// the standard deviation of luminance (50 → 1); resolution is megapixels of the source,
/// saturating at 1 MP (square root, so 0.25 MP still gives 0.5).
QualityAssessment assessQuality(const cv::Mat &grey, long long sourcePixels)
{
    QualityAssessment q;
    cv::Mat laplacian;
    cv::Laplacian(grey, laplacian, CV_32F);
    cv::Scalar lapMean, lapDev;
    cv::meanStdDev(laplacian, lapMean, lapDev);
    const double detail = std::max(1e-3, lapDev[0] * lapDev[0] - 2.0);
    q.sharpness =
        clamp01((std::log10(detail) - std::log10(0.5)) / (std::log10(30.0) - std::log10(0.5)));

    cv::Scalar mean, deviation;
    cv::meanStdDev(grey, mean, deviation);
    const double clipped =
        static_cast<double>(cv::countNonZero(grey <= 3) + cv::countNonZero(grey >= 252)) /
        static_cast<double>(grey.total());
    const double offset = (mean[0] - 125.0) / 70.0;
    q.exposure = clamp01(std::exp(-offset * offset) * (1.0 - std::min(0.5, clipped)));
    q.contrast = clamp01(deviation[0] / 50.0);
    q.resolution = std::sqrt(clamp01(static_cast<double>(sourcePixels) / 1e6));

    const double score =
        100.0 * (0.40 * q.sharpness + 0.25 * q.exposure + 0.20 * q.contrast + 0.15 * q.resolution);
    q.score = std::clamp(static_cast<int>(std::lround(score)), 0, 100);
    q.interpretation = qualityInterpretation(q.score);
    q.acceptable = q.score >= kAcceptableQualityScore;
    return q;
}

// --- Domain -------------------------------------------------------------------------------------

DomainAssessment assessDomain(double skinFraction, double dermoscopic)
{
    DomainAssessment d;
    d.skinFraction = skinFraction;
    // 50 % at 6 % skin pixels; a close-up of skin is far above, a document or a scribble
    // on paper far below.
    d.confidence = 100.0 * sigmoid((skinFraction - 0.06) / 0.012);
    d.dermatological = d.confidence >= 50.0;
    d.dermoscopicConfidence = d.confidence * dermoscopic;
    d.clinicalConfidence = d.confidence * (1.0 - dermoscopic);
    if (!d.dermatological)
        d.modality = QStringLiteral("None");
    else if (dermoscopic >= 0.5)
        d.modality = QStringLiteral("Dermoscopic");
    else
        d.modality = QStringLiteral("Clinical");
    return d;
}

// --- Differential -------------------------------------------------------------------------------

double conditionScore(const FeatureProfile &profile, const ImageFeatures &features)
{
    double distance = 0;
    for (std::size_t i = 0; i < kFeatureCount; ++i) {
        const double diff = features.values[i] - static_cast<double>(profile.target[i]);
        distance += static_cast<double>(profile.weight[i]) * diff * diff;
    }
    return static_cast<double>(profile.prior) - distance / kTemperature;
}

void sortDifferential(QVector<ConditionProbability> &differential)
{
    std::stable_sort(differential.begin(), differential.end(),
                     [](const ConditionProbability &a, const ConditionProbability &b) {
                         if (a.probability != b.probability)
                             return a.probability > b.probability;
                         return a.conditionIndex < b.conditionIndex;
                     });
}

/// Scales to a sum of exactly 100 (up to rounding of the last bit).
void normalise(QVector<ConditionProbability> &differential)
{
    double sum = 0;
    for (const auto &entry : differential)
        sum += entry.probability;
    if (sum <= 0) {
        for (auto &entry : differential)
            entry.probability = 100.0 / static_cast<double>(differential.size());
        return;
    }
    for (auto &entry : differential)
        entry.probability = entry.probability * 100.0 / sum;
}

QVector<ConditionProbability> differentialFor(const ImageFeatures &features)
{
    const auto &catalogue = conditionCatalogue();
    std::vector<double> scores(static_cast<std::size_t>(catalogue.size()));
    for (qsizetype i = 0; i < catalogue.size(); ++i)
        scores[static_cast<std::size_t>(i)] = conditionScore(catalogue[i].profile, features);
    const double best = *std::max_element(scores.begin(), scores.end());
    QVector<ConditionProbability> differential;
    differential.reserve(catalogue.size());
    for (qsizetype i = 0; i < catalogue.size(); ++i) {
        // Floor keeps every entry strictly positive, as the real API's long tail is.
        const double p = std::max(std::exp(scores[static_cast<std::size_t>(i)] - best), 1e-9);
        differential.append({static_cast<int>(i), p});
    }
    normalise(differential);
    sortDifferential(differential);
    return differential;
}

/// Likelihood that anything abnormal is visible at all: grows with the lesion area and the
/// strength of the strongest evidence; a photo of normal skin stays low.
double hasConditionFor(const ImageFeatures &f)
{
    const double evidence = 2.0 * f[Feature::LesionFraction] + 1.5 * f[Feature::Erythema] +
                            2.0 * f[Feature::Pigment] + 1.5 * f[Feature::Depigmentation] +
                            3.0 * f[Feature::Exudate] + 1.5 * f[Feature::Hair] +
                            0.5 * f[Feature::Scale];
    return std::clamp(100.0 * sigmoid(4.0 * (evidence - 0.6)), 0.5, 99.9);
}

// --- Heat maps ----------------------------------------------------------------------------------

cv::Size heatMapSize(int width, int height)
{
    const double pixels = static_cast<double>(width) * static_cast<double>(height);
    if (pixels <= static_cast<double>(kMaxHeatMapPixels))
        return {width, height};
    const double scale = std::sqrt(static_cast<double>(kMaxHeatMapPixels) / pixels);
    return {std::max(1, static_cast<int>(std::lround(width * scale))),
            std::max(1, static_cast<int>(std::lround(height * scale)))};
}

/// Attention for one condition: the evidence maps weighted by how much the condition's
/// profile relies on (and expects) the features each map shows, inside the skin region,
/// smoothed, scaled to 0–255. Computed on a quarter-size copy of the maps: attention is
/// smooth by design, and the blur is the costly step.
cv::Mat attentionFor(const Condition &condition,
                     const std::array<cv::Mat, detail::kPixelMapCount> &maps)
{
    std::array<double, detail::kPixelMapCount> mapWeight{};
    for (std::size_t i = 0; i < kFeatureCount; ++i) {
        const auto feature = static_cast<Feature>(i);
        const double contribution = static_cast<double>(condition.profile.weight[i]) *
                                    static_cast<double>(condition.profile.target[i]);
        if (contribution > 0)
            mapWeight[static_cast<std::size_t>(detail::pixelMapFor(feature))] += contribution;
    }
    cv::Mat attention = cv::Mat::zeros(maps[0].size(), CV_32F);
    for (std::size_t m = 0; m < detail::kPixelMapCount; ++m) {
        if (mapWeight[m] > 0)
            cv::scaleAdd(maps[m], mapWeight[m], attention, attention);
    }
    const double sigma = std::max(1.0, std::max(attention.cols, attention.rows) / 80.0);
    cv::GaussianBlur(attention, attention, cv::Size(), sigma);
    double maxValue = 0;
    cv::minMaxLoc(attention, nullptr, &maxValue);
    cv::Mat out;
    if (maxValue <= 1e-6)
        out = cv::Mat::zeros(attention.size(), CV_8U);
    else
        attention.convertTo(out, CV_8U, 255.0 / maxValue);
    return out;
}

HeatMap encodeHeatMap(const cv::Mat &attention, cv::Size size)
{
    // Colour first, then enlarge: JET is piecewise linear, so interpolating the colours of a
    // smooth map is indistinguishable from colouring the interpolated map, and it spares
    // three full-size intermediate planes (for a 12 MP photo, page faults on fresh buffers
    // cost more than the arithmetic). On a BGR image, hot is (0, 0, 255) in memory, which
    // imencode writes as red.
    cv::Mat small;
    cv::applyColorMap(attention, small, cv::COLORMAP_JET);
    cv::Mat coloured;
    cv::resize(small, coloured, size, 0, 0, cv::INTER_LINEAR);
    std::vector<uchar> buffer;
    cv::imencode(".jpg", coloured, buffer, {cv::IMWRITE_JPEG_QUALITY, 80});
    HeatMap map;
    map.jpeg = QByteArray(reinterpret_cast<const char *>(buffer.data()),
                          static_cast<qsizetype>(buffer.size()));
    map.width = coloured.cols;
    map.height = coloured.rows;
    return map;
}

} // namespace

QString qualityInterpretation(int score)
{
    if (score <= 20)
        return QStringLiteral("Bad");
    if (score <= 40)
        return QStringLiteral("Poor");
    if (score <= 60)
        return QStringLiteral("Fair");
    if (score <= 80)
        return QStringLiteral("Good");
    return QStringLiteral("Excellent");
}

Indicators indicatorsFor(const QVector<ConditionProbability> &differential)
{
    const auto &catalogue = conditionCatalogue();
    Indicators out;
    double entropy = 0;
    for (const auto &entry : differential) {
        if (entry.conditionIndex < 0 || entry.conditionIndex >= catalogue.size())
            continue;
        const Condition &c = catalogue[entry.conditionIndex];
        if (c.pigmented)
            out.pigmentedLesion += entry.probability;
        if (c.malignant)
            out.malignancy += entry.probability;
        if (c.urgent)
            out.urgentReferral += entry.probability;
        if (c.highPriority || c.urgent)
            out.highPriorityReferral += entry.probability;
        const double p = entry.probability / 100.0;
        if (p > 0)
            entropy -= p * std::log(p);
    }
    if (differential.size() > 1)
        out.entropy = std::clamp(
            100.0 * entropy / std::log(static_cast<double>(differential.size())), 0.0, 100.0);
    return out;
}

void prepareOpenCvTables()
{
    static std::once_flag once;
    std::call_once(once, [] {
        // 8-bit and float BGR→Lab (and the Luv tables built alongside) on a single pixel.
        const cv::Mat pixel(1, 1, CV_8UC3, cv::Scalar(120, 140, 200));
        cv::Mat converted;
        cv::cvtColor(pixel, converted, cv::COLOR_BGR2Lab);
        cv::cvtColor(pixel, converted, cv::COLOR_BGR2Luv);
        cv::Mat floating;
        pixel.convertTo(floating, CV_32F, 1.0 / 255.0);
        cv::cvtColor(floating, converted, cv::COLOR_BGR2Lab);
        cv::cvtColor(floating, converted, cv::COLOR_BGR2Luv);
    });
}

std::variant<ImageAnalysis, AnalysisError> analyzeImage(const QByteArray &encoded,
                                                        HeatMaps heatMaps)
{
    auto decoded = decodeUploadedImage(encoded);
    if (auto *failure = std::get_if<AnalysisError>(&decoded))
        return std::move(*failure);
    return analyzeDecoded(std::get<cv::Mat>(decoded), heatMaps);
}

std::variant<ImageAnalysis, AnalysisError> analyzeDecoded(const cv::Mat &source, HeatMaps heatMaps)
{
    prepareOpenCvTables();
    try {
        ImageAnalysis result;
        result.width = source.cols;
        result.height = source.rows;

        cv::Mat work;
        const double scale = static_cast<double>(kWorkingSide) / std::max(source.cols, source.rows);
        if (scale < 1.0)
            cv::resize(source, work, cv::Size(), scale, scale, cv::INTER_AREA);
        else
            work = source;
        const long long sourcePixels = static_cast<long long>(source.cols) * source.rows;

        cv::Mat grey;
        cv::cvtColor(work, grey, cv::COLOR_BGR2GRAY);
        result.quality = assessQuality(grey, sourcePixels);

        const detail::SkinAnalysis skin = detail::analyseSkin(work);
        result.domain = assessDomain(skin.skinFraction, detail::dermoscopicLikelihood(grey));
        result.isValid = result.domain.dermatological && result.quality.acceptable;
        result.features = skin.features;

        result.differential = differentialFor(skin.features);
        const Indicators indicators = indicatorsFor(result.differential);
        result.hasCondition = hasConditionFor(skin.features);
        result.pigmentedLesion = indicators.pigmentedLesion;
        result.malignancy = indicators.malignancy;
        result.urgentReferral = indicators.urgentReferral;
        result.highPriorityReferral = indicators.highPriorityReferral;
        result.entropy = indicators.entropy;

        if (result.isValid && heatMaps == HeatMaps::Include) {
            const cv::Size size = heatMapSize(result.width, result.height);
            const auto &catalogue = conditionCatalogue();
            std::vector<const Condition *> top;
            for (qsizetype i = 0; i < std::min<qsizetype>(5, result.differential.size()); ++i)
                top.push_back(&catalogue[result.differential.at(i).conditionIndex]);
            std::array<cv::Mat, detail::kPixelMapCount> smallMaps;
            for (std::size_t m = 0; m < detail::kPixelMapCount; ++m)
                cv::resize(skin.maps[m], smallMaps[m], cv::Size(), 0.25, 0.25, cv::INTER_AREA);
            std::vector<HeatMap> maps(top.size());
            std::atomic<bool> failed{false};
            // Encoding the maps dominates the cost for large photos: spread them over the
            // cores. Each task writes only its own slot; a failure is reported after the loop.
            cv::parallel_for_(
                cv::Range(0, static_cast<int>(top.size())), [&](const cv::Range &range) {
                    for (int i = range.start; i < range.end; ++i) {
                        const auto slot = static_cast<std::size_t>(i);
                        try {
                            maps[slot] = encodeHeatMap(attentionFor(*top[slot], smallMaps), size);
                        } catch (...) {
                            failed = true;
                        }
                    }
                });
            if (failed)
                return error(QStringLiteral("The heat maps could not be produced."));
            result.heatMaps = QVector<HeatMap>(maps.begin(), maps.end());
        }
        return result;
    } catch (const cv::Exception &e) {
        return error(QStringLiteral("The image could not be analysed: %1")
                         .arg(QString::fromStdString(e.msg)));
    } catch (const std::bad_alloc &) {
        return error(QStringLiteral("The image could not be analysed: out of memory."));
    }
}

CombinedAnalysis combine(const QVector<ImageAnalysis> &images)
{
    CombinedAnalysis out;
    const auto &catalogue = conditionCatalogue();
    if (images.isEmpty())
        return out;
    std::vector<double> sum(static_cast<std::size_t>(catalogue.size()), 0.0);
    double hasCondition = 0;
    for (const ImageAnalysis &image : images) {
        for (const auto &entry : image.differential) {
            if (entry.conditionIndex >= 0 && entry.conditionIndex < catalogue.size())
                sum[static_cast<std::size_t>(entry.conditionIndex)] += entry.probability;
        }
        hasCondition += image.hasCondition;
    }
    out.differential.reserve(catalogue.size());
    for (qsizetype i = 0; i < catalogue.size(); ++i)
        out.differential.append({static_cast<int>(i), sum[static_cast<std::size_t>(i)]});
    normalise(out.differential);
    sortDifferential(out.differential);

    const Indicators indicators = indicatorsFor(out.differential);
    out.hasCondition = hasCondition / static_cast<double>(images.size());
    out.pigmentedLesion = indicators.pigmentedLesion;
    out.malignancy = indicators.malignancy;
    out.urgentReferral = indicators.urgentReferral;
    out.highPriorityReferral = indicators.highPriorityReferral;
    out.entropy = indicators.entropy;

    // Deterministic stand-ins for the model's operating point, from the probability of the
    // top conclusion t (0–1): the more one condition dominates, the better both figures.
    //   sensitivity = 55 + 40 · t        (55–95)
    //   specificity = 90 + 9.5 · t²      (90–99.5)
    const double top =
        out.differential.isEmpty() ? 0.0 : out.differential.first().probability / 100.0;
    out.sensitivity = 55.0 + 40.0 * top;
    out.specificity = 90.0 + 9.5 * top * top;
    return out;
}

} // namespace dv::sandbox
