#pragma once

#include "sandbox/severity/Instruments.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QMap>
#include <QString>
#include <QVector>
#include <optional>

// Scoring formulas and interpretation bands of every scoring system. Published instruments
// follow their publications; where a publication has no bands (or the instrument is the
// vendor's own, unpublished) the bands are the sandbox's documented convention ("sandbox").
//
// dlqi       Σ question1..10 (0–30). 0–1 no effect, 2–5 small, 6–10 moderate, 11–20 very
//            large, 21–30 extremely large effect (Hongbo et al., J Invest Dermatol 2005).
// pure4      Σ question1..4 (0–4). 0 negative; ≥ 1 positive: refer to rheumatology
//            (Audureau et al., J Eur Acad Dermatol Venereol 2018).
// sevenPc    2 × (changeInSize + irregularPigmentation + irregularBorder) + inflammation +
//            largerThanOtherLesions + itchOrAlteredSensation + crustingOrBleeding (0–10).
//            0–2 low risk, ≥ 3 high risk (weighted Glasgow 7PCL; NICE NG12 referral at 3).
// pasi/apasi (erythema + induration + desquamation) × surface grade (0–72), one region, NOT
//            region-weighted: equal to the whole-body PASI if every region looked like this
//            one, so the whole-body bands apply: 0 clear, ≤ 10 mild, ≤ 20 moderate, > 20
//            severe (PASI > 10 moderate-to-severe: Mrowietz et al., Arch Dermatol Res 2011).
//            The region weight (head 0.1, upper limbs 0.2, trunk 0.3, lower limbs 0.4) gives
//            `globalScoreContribution`, the region's share of a whole-body PASI.
// pga        mean(erythema, induration, desquamation) rounded half up: 0 clear, 1 almost
//            clear, 2 mild, 3 moderate, 4 severe.
// agppga     mean(erythema, pustules, scaling) rounded half up, GPPGA bands as pga
//            (Burden et al., Br J Dermatol 2022).
// scorad     A/5 + 7·B/2 + C; A surface %, B Σ six signs (0–18), C pruritus + sleeplessness
// /ascorad   (0–20); 0–103. < 25 mild, 25–50 moderate, > 50 severe (Kunz et al., Dermatology
//            1997; European Task Force on Atopic Dermatitis).
// aeasi      (erythema + induration + excoriation + lichenification) × area grade of the
//            surface % (0–72), one region; bands of the whole-body EASI: 0 clear, ≤ 1 almost
//            clear, ≤ 7 mild, ≤ 21 moderate, ≤ 50 severe, > 50 very severe (Leshem et al., Br
//            J Dermatol 2015). Region weight by patientAge gives `globalScoreContribution`.
// uas/auas   pruritus + wheals (0–6), one day. 0 none, 1–2 mild, 3–4 moderate, 5–6 intense
//            (sandbox: the items' own descriptors applied to the daily sum).
// uct        Σ four items (0–16). ≤ 11 poorly controlled, 12–15 well controlled, 16 complete
//            control (Weller et al., J Allergy Clin Immunol 2014).
// gags       2·forehead + 2·rightCheek + 2·leftCheek + nose + chin + 3·chestAndUpperBack
//            (0–44). 0 none, 1–18 mild, 19–30 moderate, 31–38 severe, ≥ 39 very severe
//            (Doshi et al., Int J Dermatol 1997).
// ihs4/aihs4 nodules + 2·abscesses + 4·draining tunnels. ≤ 3 mild, 4–10 moderate, ≥ 11 severe
//            (Zouboulis et al., Br J Dermatol 2017).
// scovid     Σ items (0–44). Sandbox: 0 none, 1–11 mild, 12–22 moderate, 23–44 severe.
// resvech    Σ 22 items (0–43). Sandbox: 0 healed, 1–14 mild, 15–28 moderate, 29–43 severe.
// aladin     acne-lesion density: lesions per 10 000 skin pixels of the photo scaled to a
//            512-pixel longest side, clamped to 21.6. 0 none, ≤ 2.1 mild, ≤ 4.5 moderate,
//            > 4.5 severe (the ALEGI bands of the seed's stored report).
// nsil       dryness + erythema + lesion-count grade (0; 1–5; 6–20; > 20 lesions) (0–9).
//            Sandbox: 0 clear, 1–3 mild, 4–6 moderate, 7–9 severe.
// awosi      woundDimensions + tissueInWoundBed + erythemaAroundWound (0–12). Sandbox: 0
//            none, 1–4 mild, 5–8 moderate, 9–12 severe.
// avasi      Σ over the valid sites of share of body surface × depigmented fraction (0–100 %
//            of the body surface). Sandbox: 0 none, ≤ 5 mild, ≤ 25 moderate, > 25 severe.
// asalt      Σ over the valid views of SALT weight × hair-loss fraction (0–100). 0 none,
//            ≤ 20 mild (limited), < 50 moderate, ≥ 50 severe (alopecia areata scale, King et
//            al., J Am Acad Dermatol 2022).
//
// A band is matched by its bounds and their inclusivity; `interpretation.intensity` is the
// band's 0..3 level and `severity.value` its coding code (1 low, 2 moderate, 3 high, the
// seed report's convention; intensity 0 and 1 both code as 1 "low").
namespace dv::sandbox::severity {

struct Band
{
    double min = 0;
    double max = 0;
    bool minInclusive = true;
    bool maxInclusive = true;
    QString text;      ///< the interpretation category ("Severe", "Very large effect", ...)
    int intensity = 0; ///< 0..3

    bool contains(double value) const;
    int severityCode() const;        ///< 1 low, 2 moderate, 3 high
    QString severityDisplay() const; ///< "low" | "moderate" | "high"
    /// `{min, max, text, coding: [{code, display}]}`
    QJsonObject toJson() const;
};

/// The bands of a scoring system, lowest first; empty for an unknown code.
QVector<Band> bandsFor(const QString &code);
QJsonArray bandsJson(const QString &code);
/// The band containing `value`; nullopt when none does (out of range / unknown code).
std::optional<Band> classify(const QString &code, double value);

struct ScoreContext
{
    QString bodySite; ///< the request's bodySite (region weights); may be empty
};

struct ScoreResult
{
    double value = 0;
    Band band;
    /// The region's weighted contribution to a whole-body score (PASI / EASI: the region
    /// weight × the region score); nullopt for instruments without region weights or when
    /// the body site has no region.
    std::optional<double> contribution;
};

/// Computes a score from complete item values (questionnaire answers and image-derived
/// grades alike; validated beforehand). Global codes (avasi, asalt) take their site
/// contributions keyed by body site.
ScoreResult computeScore(const QString &code, const QMap<QString, double> &items,
                         const ScoreContext &context = {});

/// PASI / EASI area grade of an affected-area percentage: 0 = 0 %, 1 = <10 %, 2 = 10–29 %,
/// 3 = 30–49 %, 4 = 50–69 %, 5 = 70–89 %, 6 = 90–100 %.
int areaGrade(double percent);
/// Lesion-count grade used by nsil: 0 none, 1: 1–5, 2: 6–20, 3: more than 20.
int lesionCountGrade(double count);

/// The descriptor of an item value on its scale ("Moderate", "A lot", "Yes", ...);
/// empty when the scale has none.
QString itemInterpretation(ItemScale scale, double value);

/// Rounds to two decimals (scores and contributions are published that way).
double round2(double value);

} // namespace dv::sandbox::severity
