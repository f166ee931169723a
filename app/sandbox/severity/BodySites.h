#pragma once

#include "sandbox/severity/Instruments.h"

#include <QJsonArray>
#include <QString>
#include <QStringList>
#include <QVector>

// The body-site catalogue of the sandbox (`GET /body-sites`) and the rules that tie body sites
// to scoring systems.
//
// Sites: the 34 codes API-NOTES lists plus the global photo set of the seed's avasi example
// (armLeftBottom, armLeftTop, armRightBottom, armRightTop, faceFront, faceLeft, faceRight,
// legsBack, legsFront, trunkLeft, trunkRight; footLeft ... trunkFront are shared).
//
// Which sites fit which scoring system (a misfit is a 422 `value_error`; our rule):
//   - AnySite: questionnaires about the patient (dlqi, pure4, uct, uas, scovid, sevenPc,
//     resvech): any catalogue site.
//   - SkinSurface: instruments that score a skin surface (pasi, pga, scorad, ihs4 and the
//     automatic local scores): any site except `nails` and `tongue`, which have no skin
//     surface for PASI / SCORAD-type signs.
//   - AcneAreas: gags and aladin: the face (headFront, headLeft, headRight, faceFront,
//     faceLeft, faceRight, perioral) and the trunk (trunkFront, trunkBack, trunkLeft,
//     trunkRight), acne's seborrhoeic areas (GAGS scores face, chest and upper back).
//   - ScalpViews: asalt: headTop, headBack, headLeft, headRight, the four SALT views.
//   - WholeBodyPhotos: avasi: the 17 photos of the seed's global example plus `genital`,
//     each with its share of the body surface (below). Sites such as `armLeft` that overlap
//     those photos are refused so that no skin is counted twice.
namespace dv::sandbox::severity {

/// The four PASI / EASI body regions; `Other` for sites outside them (nails, tongue).
enum class BodyRegion
{
    Head,
    UpperLimbs,
    Trunk,
    LowerLimbs,
    Other,
};

struct BodySite
{
    QString code;
    QString enGB, esES, frFR, deDE, ptBR, itIT;
    BodyRegion region = BodyRegion::Other;
    /// Share of the body surface (%) the site's photo covers in the global (avasi) photo set,
    /// by the rule of nines with the hands at 1 % each (a VASI "hand unit"); 0 when the site
    /// is not part of that set. The set sums to 100.
    double bodySurfaceShare = 0;
    /// SALT weight (%) of the site as a scalp view: top 40, back 24, left 18, right 18.
    double saltShare = 0;
};

/// Every body site, in catalogue order. Built once (thread-safe), immutable afterwards.
const QVector<BodySite> &bodySites();
const BodySite *findBodySite(const QString &code);
/// The `/body-sites` response: `[{code, name: {en_GB, es_ES, fr_FR, de_DE, pt_BR, it_IT}}]`.
QJsonArray bodySitesJson();

bool siteFits(SiteRule rule, const QString &siteCode);
/// The sites a rule accepts (empty for AnySite, which accepts the whole catalogue).
QStringList sitesFitting(SiteRule rule);

/// PASI region weights: head 0.1, upper limbs 0.2, trunk 0.3, lower limbs 0.4 (0 for Other).
double pasiRegionWeight(BodyRegion region);
/// EASI region weights: as PASI from 8 years of age; for children 0–7 years head 0.2, upper
/// limbs 0.2, trunk 0.3, lower limbs 0.3 (Hanifin et al., Exp Dermatol 2001).
double easiRegionWeight(BodyRegion region, double patientAgeYears);

} // namespace dv::sandbox::severity
