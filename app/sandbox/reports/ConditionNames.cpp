// Per-locale names of the sandbox catalogue's conditions (app/sandbox/analysis), for the
// report endpoint's ?locale= translations.
#include "sandbox/reports/ReportText.h"

namespace dv::sandbox {

namespace {

struct ConditionTranslation
{
    const char *icd11, *es, *fr, *de;
};

// Names of the catalogue's conditions in the report locales, by ICD-11 code. A code missing
// here is reported in English (ReportText::conditionName).
constexpr ConditionTranslation conditionNames[] = {
    {"EA89", "Dermatitis eccematosa", "Dermatite eczémateuse", "Ekzematöse Dermatitis"},
    {"1F28", "Dermatofitosis", "Dermatophytose", "Dermatophytose"},
    {"ED80", "Acné", "Acné", "Akne"},
    {"1E90", "Varicela", "Varicelle", "Varizellen"},
    {"EA90", "Psoriasis", "Psoriasis", "Psoriasis"},
};

} // namespace

QString ReportText::conditionName(const QString &icd11, const QString &text, const QString &locale)
{
    const QString language = normalizedLocale(locale);
    if (language == QLatin1String("en"))
        return text;
    for (const ConditionTranslation &entry : conditionNames) {
        if (icd11 == QLatin1String(entry.icd11)) {
            const char *name = language == QLatin1String("es")   ? entry.es
                               : language == QLatin1String("fr") ? entry.fr
                                                                 : entry.de;
            return QString::fromUtf8(name);
        }
    }
    return text; // not translated yet: English rather than nothing
}

} // namespace dv::sandbox
