#pragma once

#include "sandbox/analysis/ImageFeatures.h"

#include <QString>
#include <QVector>
#include <array>

namespace dv::sandbox {

/// What a condition is expected to look like in the feature space: per feature a target
/// value and a weight (how much a mismatch counts). A condition's score is
/// prior − Σ weight·(feature − target)² / temperature, turned into probabilities by softmax.
struct FeatureProfile
{
    std::array<float, kFeatureCount> target{};
    std::array<float, kFeatureCount> weight{};
    /// Log-prior: how common the condition is among photos sent to a dermatology service.
    float prior = 0;
};

struct Condition
{
    QString icd11;   ///< ICD-11 MMS code
    QString display; ///< ICD-11 official title
    QString text;    ///< short label
    bool malignant = false;
    bool pigmented = false;
    bool urgent = false;       ///< to be seen within 48 hours
    bool highPriority = false; ///< to be seen within 15 days
    FeatureProfile profile;
};

/// The fixed catalogue every differential covers (more than 60 conditions, unique codes).
/// Built once, immutable, safe to share between threads.
const QVector<Condition> &conditionCatalogue();

} // namespace dv::sandbox
