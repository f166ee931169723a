#include "sandbox/severity/Scoring.h"

#include "sandbox/severity/BodySites.h"

#include <QHash>
#include <algorithm>
#include <cmath>

namespace dv::sandbox::severity {

namespace {

/// A band written as `[min, max]` (both inclusive) unless told otherwise.
Band band(double min, double max, const char *text, int intensity, bool minInclusive = true,
          bool maxInclusive = true)
{
    Band b;
    b.min = min;
    b.max = max;
    b.minInclusive = minInclusive;
    b.maxInclusive = maxInclusive;
    b.text = QString::fromLatin1(text);
    b.intensity = intensity;
    return b;
}

/// `(min, max]`: the usual shape of bands over a continuous score.
Band upper(double min, double max, const char *text, int intensity)
{
    return band(min, max, text, intensity, false, true);
}

QHash<QString, QVector<Band>> buildBands()
{
    QHash<QString, QVector<Band>> table;
    auto set = [&table](std::initializer_list<const char *> codes, QVector<Band> bands) {
        for (const char *code : codes)
            table.insert(QString::fromLatin1(code), bands);
    };
    set({"dlqi"}, {band(0, 1, "No effect", 0), band(2, 5, "Small effect", 1),
                   band(6, 10, "Moderate effect", 2), band(11, 20, "Very large effect", 3),
                   band(21, 30, "Extremely large effect", 3)});
    set({"pure4"}, {band(0, 0, "Negative", 0), band(1, 4, "Positive", 3)});
    set({"sevenPc"}, {band(0, 2, "Low risk", 0), band(3, 10, "High risk", 3)});
    set({"pasi", "apasi"}, {band(0, 0, "Clear", 0), upper(0, 10, "Mild", 1),
                            upper(10, 20, "Moderate", 2), upper(20, 72, "Severe", 3)});
    set({"pga", "agppga"},
        {band(0, 0, "Clear", 0), band(1, 1, "Almost clear", 0), band(2, 2, "Mild", 1),
         band(3, 3, "Moderate", 2), band(4, 4, "Severe", 3)});
    set({"scorad", "ascorad"}, {band(0, 25, "Mild", 1, true, false), band(25, 50, "Moderate", 2),
                                upper(50, 103, "Severe", 3)});
    set({"aeasi"},
        {band(0, 0, "Clear", 0), upper(0, 1, "Almost clear", 0), upper(1, 7, "Mild", 1),
         upper(7, 21, "Moderate", 2), upper(21, 50, "Severe", 3), upper(50, 72, "Very severe", 3)});
    set({"uas", "auas"}, {band(0, 0, "None", 0), band(1, 2, "Mild", 1), band(3, 4, "Moderate", 2),
                          band(5, 6, "Intense", 3)});
    set({"uct"}, {band(0, 11, "Poorly controlled", 2), band(12, 15, "Well controlled", 1),
                  band(16, 16, "Complete control", 0)});
    set({"gags"}, {band(0, 0, "None", 0), band(1, 18, "Mild", 1), band(19, 30, "Moderate", 2),
                   band(31, 38, "Severe", 3), band(39, 44, "Very severe", 3)});
    // 999 nodules + 2 × 999 abscesses + 4 × 999 tunnels: the largest score the schema allows.
    set({"ihs4", "aihs4"},
        {band(0, 3, "Mild", 1), band(4, 10, "Moderate", 2), band(11, 7 * 999, "Severe", 3)});
    set({"scovid"}, {band(0, 0, "None", 0), band(1, 11, "Mild", 1), band(12, 22, "Moderate", 2),
                     band(23, 44, "Severe", 3)});
    set({"resvech"}, {band(0, 0, "Healed", 0), band(1, 14, "Mild", 1), band(15, 28, "Moderate", 2),
                      band(29, 43, "Severe", 3)});
    set({"aladin"}, {band(0, 0, "None", 0), upper(0, 2.1, "Mild", 1),
                     upper(2.1, 4.5, "Moderate", 2), upper(4.5, 21.6, "Severe", 3)});
    set({"nsil"}, {band(0, 0, "Clear", 0), band(1, 3, "Mild", 1), band(4, 6, "Moderate", 2),
                   band(7, 9, "Severe", 3)});
    set({"awosi"}, {band(0, 0, "None", 0), band(1, 4, "Mild", 1), band(5, 8, "Moderate", 2),
                    band(9, 12, "Severe", 3)});
    set({"avasi"}, {band(0, 0, "None", 0), upper(0, 5, "Mild", 1), upper(5, 25, "Moderate", 2),
                    upper(25, 100, "Severe", 3)});
    set({"asalt"}, {band(0, 0, "None", 0), upper(0, 20, "Mild", 1),
                    band(20, 50, "Moderate", 2, false, false), band(50, 100, "Severe", 3)});
    return table;
}

const QHash<QString, QVector<Band>> &bandTable()
{
    static const QHash<QString, QVector<Band>> table = buildBands();
    return table;
}

double get(const QMap<QString, double> &items, const char *code)
{
    return items.value(QString::fromLatin1(code), 0.0);
}

double sum(const QMap<QString, double> &items, std::initializer_list<const char *> codes)
{
    double total = 0;
    for (const char *code : codes)
        total += get(items, code);
    return total;
}

double sumAll(const QMap<QString, double> &items)
{
    double total = 0;
    for (auto it = items.cbegin(); it != items.cend(); ++it)
        total += it.value();
    return total;
}

/// Half-up rounding of a non-negative mean (PGA: 2.5 → 3).
double roundHalfUp(double value)
{
    return std::floor(value + 0.5 + 1e-9);
}

BodyRegion regionOf(const QString &site)
{
    const BodySite *entry = findBodySite(site);
    return entry ? entry->region : BodyRegion::Other;
}

} // namespace

bool Band::contains(double value) const
{
    const bool aboveMin = minInclusive ? value >= min : value > min;
    const bool belowMax = maxInclusive ? value <= max : value < max;
    return aboveMin && belowMax;
}

int Band::severityCode() const
{
    return std::max(1, intensity);
}

QString Band::severityDisplay() const
{
    switch (severityCode()) {
    case 2:
        return QStringLiteral("moderate");
    case 3:
        return QStringLiteral("high");
    default:
        return QStringLiteral("low");
    }
}

QJsonObject Band::toJson() const
{
    return {{QStringLiteral("min"), min},
            {QStringLiteral("max"), max},
            {QStringLiteral("text"), text},
            {QStringLiteral("coding"),
             QJsonArray{QJsonObject{{QStringLiteral("code"), severityCode()},
                                    {QStringLiteral("display"), severityDisplay()}}}}};
}

QVector<Band> bandsFor(const QString &code)
{
    return bandTable().value(code);
}

QJsonArray bandsJson(const QString &code)
{
    QJsonArray list;
    for (const Band &b : bandTable().value(code))
        list.append(b.toJson());
    return list;
}

std::optional<Band> classify(const QString &code, double value)
{
    for (const Band &b : bandTable().value(code)) {
        if (b.contains(value))
            return b;
    }
    return std::nullopt;
}

int areaGrade(double percent)
{
    if (percent <= 0)
        return 0;
    if (percent < 10)
        return 1;
    if (percent < 30)
        return 2;
    if (percent < 50)
        return 3;
    if (percent < 70)
        return 4;
    if (percent < 90)
        return 5;
    return 6;
}

int lesionCountGrade(double count)
{
    if (count <= 0)
        return 0;
    if (count <= 5)
        return 1;
    if (count <= 20)
        return 2;
    return 3;
}

double round2(double value)
{
    return std::round(value * 100.0) / 100.0;
}

ScoreResult computeScore(const QString &code, const QMap<QString, double> &items,
                         const ScoreContext &context)
{
    ScoreResult result;
    const QByteArray key = code.toLatin1();
    const auto is = [&key](const char *name) {
        return key == name;
    };

    if (is("dlqi") || is("pure4") || is("uct") || is("scovid") || is("resvech")) {
        result.value = sumAll(items);
    } else if (is("sevenPc")) {
        result.value =
            2 * sum(items, {"changeInSize", "irregularPigmentation", "irregularBorder"}) +
            sum(items, {"inflammation", "largerThanOtherLesions", "itchOrAlteredSensation",
                        "crustingOrBleeding"});
    } else if (is("pasi") || is("apasi")) {
        result.value =
            sum(items, {"erythema", "induration", "desquamation"}) * get(items, "surface");
        const double weight = pasiRegionWeight(regionOf(context.bodySite));
        if (weight > 0)
            result.contribution = round2(weight * result.value);
    } else if (is("pga")) {
        result.value = roundHalfUp(sum(items, {"erythema", "induration", "desquamation"}) / 3.0);
    } else if (is("agppga")) {
        result.value = roundHalfUp(sum(items, {"erythema", "pustules", "scaling"}) / 3.0);
    } else if (is("scorad") || is("ascorad")) {
        const double intensity = sum(items, {"erythema", "swelling", "crusting", "excoriation",
                                             "lichenification", "dryness"});
        result.value = round2(get(items, "surface") / 5.0 + 7.0 * intensity / 2.0 +
                              sum(items, {"pruritus", "sleeplessness"}));
    } else if (is("aeasi")) {
        result.value = sum(items, {"erythema", "induration", "excoriation", "lichenification"}) *
                       areaGrade(get(items, "surface"));
        const double weight =
            easiRegionWeight(regionOf(context.bodySite), get(items, "patientAge"));
        if (weight > 0)
            result.contribution = round2(weight * result.value);
    } else if (is("uas") || is("auas")) {
        result.value = sum(items, {"pruritus", "wheals"});
    } else if (is("gags")) {
        result.value = 2 * sum(items, {"forehead", "rightCheek", "leftCheek"}) +
                       sum(items, {"nose", "chin"}) + 3 * get(items, "chestAndUpperBack");
    } else if (is("ihs4") || is("aihs4")) {
        result.value =
            get(items, "nodule") + 2 * get(items, "abscess") + 4 * get(items, "drainingTunnel");
    } else if (is("aladin")) {
        result.value = round2(std::min(21.6, get(items, "acneDensity")));
    } else if (is("nsil")) {
        result.value = get(items, "dryness") + get(items, "erythema") +
                       lesionCountGrade(get(items, "inflammatoryLesions"));
    } else if (is("awosi")) {
        result.value = sum(items, {"woundDimensions", "tissueInWoundBed", "erythemaAroundWound"});
    } else if (is("avasi") || is("asalt")) {
        // Items are the valid sites' contributions.
        result.value = round2(std::min(100.0, sumAll(items)));
    }
    if (const auto matched = classify(code, result.value))
        result.band = *matched;
    return result;
}

QString itemInterpretation(ItemScale scale, double value)
{
    const int level = static_cast<int>(std::lround(value));
    auto pick = [level](std::initializer_list<const char *> texts) {
        if (level < 0 || level >= static_cast<int>(texts.size()))
            return QString();
        return QString::fromLatin1(*(texts.begin() + level));
    };
    switch (scale) {
    case ItemScale::Sign4:
        return pick({"None", "Slight", "Moderate", "Severe", "Very severe"});
    case ItemScale::Sign3:
        return pick({"None", "Mild", "Moderate", "Severe"});
    case ItemScale::Uas3:
        return pick({"None", "Mild", "Moderate", "Intense"});
    case ItemScale::AreaGrade6:
        return pick({"0%", "<10%", "10-29%", "30-49%", "50-69%", "70-89%", "90-100%"});
    case ItemScale::Dlqi3:
        return pick({"Not at all", "A little", "A lot", "Very much"});
    case ItemScale::YesNo:
        return pick({"No", "Yes"});
    case ItemScale::Gags4:
        return pick({"No lesions", "Comedones", "Papules", "Pustules", "Nodules"});
    case ItemScale::None:
    case ItemScale::Count:
        break;
    }
    return QString();
}

} // namespace dv::sandbox::severity
