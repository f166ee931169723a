#pragma once

#include <QCoreApplication>
#include <QString>
#include <optional>

namespace dv::review {

/// A display band: a stable key for machines and tests, and a translated label for people.
struct Band
{
    QString key;   ///< "excellent", "very-low", ... ; empty when the value is unknown
    QString label; ///< translated
    enum class Tone
    {
        Unknown,
        Good,
        Caution,
        Warning,
        Danger,
    } tone = Tone::Unknown;
};

/// Band boundaries published by the vendor (API-NOTES "Display guidance"), in one place.
class Bands
{
    Q_DECLARE_TR_FUNCTIONS(Bands)

public:
    /// 1–20 Bad, 21–40 Poor, 41–60 Fair, 61–80 Good, 81–100 Excellent.
    static Band quality(std::optional<double> score);
    /// 0–20 very low, 21–40 low (published); 41–60 moderate, 61–80 high, 81–100 very high
    /// continue the same 20-point steps (our choice, pending vendor guidance).
    static Band entropy(std::optional<double> entropy);
    /// Likelihood bands for the clinical indicators, on the same 20-point steps.
    static Band likelihood(std::optional<double> percent);
    /// Entropy above this (band "high" and up) is flagged as high uncertainty.
    static constexpr double highEntropyThreshold = 60.0;
    /// Referral and malignancy likelihoods above this are flagged: the model considers them
    /// more likely than not.
    static constexpr double flagThreshold = 50.0;
    /// Quality at or above this counts as usable for stored reports, which carry no
    /// `acceptable` flag: "Fair" and better (our documented choice).
    static constexpr double storedReportMinimumQuality = 41.0;
};

} // namespace dv::review
