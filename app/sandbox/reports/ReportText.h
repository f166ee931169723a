#pragma once

#include <QString>

namespace dv::sandbox {

/// Per-request translations of the strings the report formats mark as translated
/// (`?locale=en|es|fr|de`). Explicit tables rather than QTranslator: each request has its own
/// locale, and the application-wide translator belongs to the user interface.
class ReportText
{
public:
    enum class Key
    {
        Title,
        Disclaimer,
        Sensitivity,
        Specificity,
        Entropy,
        HasCondition,
        Malignancy,
        AdjustedMalignancy,
        PigmentedLesion,
        UrgentReferral,
        HighPriorityReferral,
        Differential,
        Indicators,
        Photos,
        Photo,
        Quality,
        Modality,
        Issued,
        Report,
        NotValid,
        Probability,
        Performance,
    };

    /// "en" unless `locale` is one of es, fr, de (region suffixes ignored).
    static QString normalizedLocale(const QString &locale);
    static QString text(Key key, const QString &locale);
    /// The condition's name in `locale`, falling back to the English `text`.
    static QString conditionName(const QString &icd11, const QString &text, const QString &locale);
};

} // namespace dv::sandbox
