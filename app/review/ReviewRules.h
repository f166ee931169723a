#pragma once

#include "review/Review.h"

// Building blocks shared by the three review builders (not part of the public interface).
namespace dv::review::rules {

/// One decimal, in the user's locale: probabilities are shown as sent, never renormalised.
QString percent(double value);

/// Sorts by probability, descending; ties keep the server's order. Adds warnings for an
/// out-of-order list, duplicated codes, missing ICD-11 codes and totals above 100 %.
Differential rank(const QVector<model::Conclusion> &conclusions, const QString &where,
                  QStringList &warnings);

QVector<Indicator> indicators(const model::ClinicalIndicators &clinical);
QVector<Flag> flags(const QVector<Indicator> &indicators, std::optional<double> entropy);

/// The per-image gate: shown only when `isValid` is boolean true and consistent with the
/// quality and domain fields. Fills the image's validity block and retake prompt.
void applyMediaValidity(ImageReview &image, const std::optional<model::MediaValidity> &validity,
                        const ReviewOptions &options, QStringList &warnings);

/// Marks a gate shown when valid or when QA mode reveals it.
void finishGate(Gate &gate, const ReviewOptions &options);

} // namespace dv::review::rules
