#include "review/Bands.h"

namespace dv::review {

namespace {

/// Which of the five 20-point steps a 0–100 value falls in (0..4). Scores are integers in
/// the published table; a fractional value belongs to the step whose upper bound it does not
/// exceed (20.4 → step 2), so no value falls between two bands.
int step(double value)
{
    if (value <= 20.0)
        return 0;
    if (value <= 40.0)
        return 1;
    if (value <= 60.0)
        return 2;
    if (value <= 80.0)
        return 3;
    return 4;
}

} // namespace

Band Bands::quality(std::optional<double> score)
{
    if (!score)
        return {QString(), tr("Unknown"), Band::Tone::Unknown};
    switch (step(*score)) {
    case 0:
        return {QStringLiteral("bad"), tr("Bad"), Band::Tone::Danger};
    case 1:
        return {QStringLiteral("poor"), tr("Poor"), Band::Tone::Warning};
    case 2:
        return {QStringLiteral("fair"), tr("Fair"), Band::Tone::Caution};
    case 3:
        return {QStringLiteral("good"), tr("Good"), Band::Tone::Good};
    default:
        return {QStringLiteral("excellent"), tr("Excellent"), Band::Tone::Good};
    }
}

Band Bands::entropy(std::optional<double> entropy)
{
    if (!entropy)
        return {QString(), tr("Unknown"), Band::Tone::Unknown};
    switch (step(*entropy)) {
    case 0:
        return {QStringLiteral("very-low"), tr("Very low uncertainty"), Band::Tone::Good};
    case 1:
        return {QStringLiteral("low"), tr("Low uncertainty"), Band::Tone::Good};
    case 2:
        return {QStringLiteral("moderate"), tr("Moderate uncertainty"), Band::Tone::Caution};
    case 3:
        return {QStringLiteral("high"), tr("High uncertainty"), Band::Tone::Warning};
    default:
        return {QStringLiteral("very-high"), tr("Very high uncertainty"), Band::Tone::Danger};
    }
}

Band Bands::likelihood(std::optional<double> percent)
{
    if (!percent)
        return {QString(), tr("Not reported"), Band::Tone::Unknown};
    switch (step(*percent)) {
    case 0:
        return {QStringLiteral("very-low"), tr("Very low"), Band::Tone::Good};
    case 1:
        return {QStringLiteral("low"), tr("Low"), Band::Tone::Good};
    case 2:
        return {QStringLiteral("moderate"), tr("Moderate"), Band::Tone::Caution};
    case 3:
        return {QStringLiteral("high"), tr("High"), Band::Tone::Warning};
    default:
        return {QStringLiteral("very-high"), tr("Very high"), Band::Tone::Danger};
    }
}

} // namespace dv::review
