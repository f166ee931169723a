#pragma once

#include <QJsonArray>
#include <QJsonObject>
#include <QString>
#include <QStringList>
#include <QVector>

// The scoring-system catalogue of the sandbox: every code API-NOTES lists, the endpoint that
// computes it, the ICD-11 pathologies it applies to, its localised title and description and
// its item schema. It is the single source for `GET /questionnaires`, for request validation
// and for the response builder, so the three can never disagree.
//
// Mode decisions (API-NOTES leaves them to us; the vendor's catalogue marks every automatic
// score "local", with global "on request"):
//   - global: avasi (vitiligo extent is a whole-body measure: one photo per body site, each
//     weighted by its share of the body surface) and asalt (SALT is by definition the weighted
//     sum of four scalp views: top 40 %, back 24 %, left 18 %, right 18 %).
//   - local: aeasi and ascorad ask for the region's affected area (and aeasi for the patient's
//     age), per-region inputs that a global request has no place for; the whole-body EASI /
//     SCORAD is the integrator's sum of regions. apasi, agppga, aihs4, auas, aladin, awosi and
//     nsil score what one photo shows.
//   - questionnaire codes are served by /severity-assessment/manual and are "local": they
//     describe one patient / one region, never a set of body-site photos.
namespace dv::sandbox::severity {

/// The three severity-assessment endpoints.
enum class Endpoint
{
    Manual,          ///< /severity-assessment/manual
    AutomaticLocal,  ///< /severity-assessment/automatic/local
    AutomaticGlobal, ///< /severity-assessment/automatic/global
};

QString endpointPath(Endpoint endpoint);

/// Text in the four locales the catalogue is written in (en_GB, es_ES, fr_FR, de_DE).
struct LocalizedText
{
    QString enGB;
    QString esES;
    QString frFR;
    QString deDE;

    QJsonObject toJson() const;
};

enum class ValueType
{
    Integer, ///< JSON "integer": a whole number is required
    Number,  ///< JSON "number": any finite number
};

/// Who supplies an item: the clinician / patient in `questionnaireResponse`, or the image
/// analysis (never asked in the questionnaire).
enum class ItemSource
{
    Questionnaire,
    Image,
};

/// How an item's value is read back as text in the response (`item.<code>.interpretation`).
enum class ItemScale
{
    None,       ///< no descriptor (visual-analogue scales, UCT answers)
    Sign4,      ///< 0 none, 1 slight, 2 moderate, 3 severe, 4 very severe (PASI signs)
    Sign3,      ///< 0 none, 1 mild, 2 moderate, 3 severe (SCORAD / EASI signs)
    Uas3,       ///< 0 none, 1 mild, 2 moderate, 3 intense (UAS)
    AreaGrade6, ///< PASI area grade: 0 = 0 %, 1 = 1–9 %, ..., 6 = 90–100 %
    Dlqi3,      ///< 0 not at all, 1 a little, 2 a lot, 3 very much
    YesNo,      ///< 0 no, 1 yes
    Gags4,      ///< 0 no lesions, 1 comedones, 2 papules, 3 pustules, 4 nodules
    Count,      ///< a lesion count: no descriptor
};

struct ItemSpec
{
    QString code;
    LocalizedText text;
    double min = 0;
    double max = 0;
    ValueType type = ValueType::Integer;
    ItemSource source = ItemSource::Questionnaire;
    ItemScale scale = ItemScale::None;

    /// Every questionnaire item of every instrument is required (a missing one is a 422).
    bool isAsked() const { return source == ItemSource::Questionnaire; }
};

/// Which `bodySite` codes a scoring system accepts (API-NOTES: "a body site that does not fit
/// the scoring system is also a 422"). Our rule, documented in BodySites.h.
enum class SiteRule
{
    AnySite,         ///< questionnaires about the patient (DLQI, PURE-4, UCT, ...)
    SkinSurface,     ///< any site with a skin surface to score: not `nails`, not `tongue`
    AcneAreas,       ///< face and trunk (acne's seborrhoeic areas)
    ScalpViews,      ///< the four SALT views: headTop, headBack, headLeft, headRight
    WholeBodyPhotos, ///< the global photo set (faceFront ... trunkRight, genital)
};

struct Instrument
{
    QString code;       ///< request key: `scoringSystem.<code>`
    QString identifier; ///< `apasiLocal`, `avasiGlobal`, `dlqi`, ...
    Endpoint endpoint = Endpoint::Manual;
    QStringList pathologies; ///< ICD-11 codes; only codes we are sure of (may be empty)
    SiteRule siteRule = SiteRule::AnySite;
    LocalizedText title;
    LocalizedText description;
    QVector<ItemSpec> items; ///< questionnaire items first, then image-derived ones

    QString mode() const; ///< "global" for the global endpoint, "local" otherwise
    QString path() const { return endpointPath(endpoint); }
    bool isAutomatic() const { return endpoint != Endpoint::Manual; }
    QVector<ItemSpec> askedItems() const;
    const ItemSpec *item(const QString &itemCode) const;
    /// True when `icd11` names one of this instrument's pathologies, a subcategory of one
    /// (`EA90.42` matches `EA90`) or a parent of one.
    bool appliesTo(const QString &icd11) const;
};

/// Every scoring system, in API-NOTES order. Built once (thread-safe), immutable afterwards.
const QVector<Instrument> &instruments();
const Instrument *findInstrument(const QString &code);
/// Every scoring-system code: the keys of `patientEvolution`.
QStringList scoringSystemCodes();

/// One `/questionnaires` entry: `{identifier, code, mode, path, title, description,
/// pathology: [ICD-11 codes], item: [{code, text, min, max, type: "integer"|"number",
/// required: true}], bodySites: [codes]}`. Only the asked items are listed: what the AI infers
/// from the image is never asked. `pathology` is our addition (the basis of `?pathology=`
/// filtering), and so is `bodySites`: the sites the instrument accepts (BodySites.h), empty
/// when any catalogue site fits; for a global instrument, the photos it asks for.
QJsonObject questionnaireJson(const Instrument &instrument);
/// The `/questionnaires` response, optionally filtered by `?code=` and `?pathology=`
/// (empty filters match everything; an unknown code or pathology yields `[]`).
QJsonArray questionnairesJson(const QString &filterCode = QString(),
                              const QString &filterPathology = QString());

} // namespace dv::sandbox::severity
