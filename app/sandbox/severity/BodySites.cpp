#include "sandbox/severity/BodySites.h"

#include <QJsonObject>

namespace dv::sandbox::severity {

namespace {

struct SiteRow
{
    const char *code;
    const char *en;
    const char *es;
    const char *fr;
    const char *de;
    const char *pt;
    const char *it;
    BodyRegion region;
    double bodySurfaceShare;
    double saltShare;
};

constexpr BodyRegion H = BodyRegion::Head;
constexpr BodyRegion U = BodyRegion::UpperLimbs;
constexpr BodyRegion T = BodyRegion::Trunk;
constexpr BodyRegion L = BodyRegion::LowerLimbs;
constexpr BodyRegion O = BodyRegion::Other;

// Body-surface shares of the global photo set (rule of nines): face 9 (front 5, sides 2 + 2),
// arms 2 × 8 (top and bottom views 4 each), hands 2 × 1, trunk 36 (front 14, back 14, sides
// 4 + 4), legs 33 (front and back views 16.5 each), feet 2 × 1.5, genital 1: total 100.
// clang-format off
const SiteRow siteRows[] = {
    {"headFront", "Face and neck", "Cara y cuello", "Visage et cou", "Gesicht und Hals", "Rosto e pescoço", "Viso e collo", H, 0, 0},
    {"headBack", "Back of the head", "Parte posterior de la cabeza", "Arrière de la tête", "Hinterkopf", "Parte de trás da cabeça", "Parte posteriore della testa", H, 0, 24},
    {"headTop", "Top of the head", "Parte superior de la cabeza", "Sommet de la tête", "Scheitel", "Topo da cabeça", "Sommità del capo", H, 0, 40},
    {"headLeft", "Left side of the head", "Lado izquierdo de la cabeza", "Côté gauche de la tête", "Linke Kopfseite", "Lado esquerdo da cabeça", "Lato sinistro della testa", H, 0, 18},
    {"headRight", "Right side of the head", "Lado derecho de la cabeza", "Côté droit de la tête", "Rechte Kopfseite", "Lado direito da cabeça", "Lato destro della testa", H, 0, 18},
    {"armLeft", "Left arm", "Brazo izquierdo", "Bras gauche", "Linker Arm", "Braço esquerdo", "Braccio sinistro", U, 0, 0},
    {"armRight", "Right arm", "Brazo derecho", "Bras droit", "Rechter Arm", "Braço direito", "Braccio destro", U, 0, 0},
    {"trunkFront", "Front of the trunk", "Parte delantera del tronco", "Face antérieure du tronc", "Rumpfvorderseite", "Parte da frente do tronco", "Parte anteriore del tronco", T, 14, 0},
    {"trunkBack", "Back of the trunk", "Parte trasera del tronco", "Face postérieure du tronc", "Rumpfrückseite", "Parte de trás do tronco", "Parte posteriore del tronco", T, 14, 0},
    {"legLeft", "Left leg", "Pierna izquierda", "Jambe gauche", "Linkes Bein", "Perna esquerda", "Gamba sinistra", L, 0, 0},
    {"legRight", "Right leg", "Pierna derecha", "Jambe droite", "Rechtes Bein", "Perna direita", "Gamba destra", L, 0, 0},
    {"handLeft", "Left hand", "Mano izquierda", "Main gauche", "Linke Hand", "Mão esquerda", "Mano sinistra", U, 1, 0},
    {"handRight", "Right hand", "Mano derecha", "Main droite", "Rechte Hand", "Mão direita", "Mano destra", U, 1, 0},
    {"footLeft", "Left foot", "Pie izquierdo", "Pied gauche", "Linker Fuß", "Pé esquerdo", "Piede sinistro", L, 1.5, 0},
    {"footRight", "Right foot", "Pie derecho", "Pied droit", "Rechter Fuß", "Pé direito", "Piede destro", L, 1.5, 0},
    {"genital", "Genital area", "Zona genital", "Région génitale", "Genitalbereich", "Região genital", "Zona genitale", T, 1, 0},
    {"nails", "Nails", "Uñas", "Ongles", "Nägel", "Unhas", "Unghie", O, 0, 0},
    {"scalp", "Scalp", "Cuero cabelludo", "Cuir chevelu", "Kopfhaut", "Couro cabeludo", "Cuoio capelluto", H, 0, 0},
    {"earLeft", "Left ear", "Oreja izquierda", "Oreille gauche", "Linkes Ohr", "Orelha esquerda", "Orecchio sinistro", H, 0, 0},
    {"earRight", "Right ear", "Oreja derecha", "Oreille droite", "Rechtes Ohr", "Orelha direita", "Orecchio destro", H, 0, 0},
    {"perioral", "Perioral area", "Zona perioral", "Région péribuccale", "Perioralregion", "Região perioral", "Zona periorale", H, 0, 0},
    {"tongue", "Tongue", "Lengua", "Langue", "Zunge", "Língua", "Lingua", O, 0, 0},
    {"elbowLeft", "Left elbow", "Codo izquierdo", "Coude gauche", "Linker Ellenbogen", "Cotovelo esquerdo", "Gomito sinistro", U, 0, 0},
    {"elbowRight", "Right elbow", "Codo derecho", "Coude droit", "Rechter Ellenbogen", "Cotovelo direito", "Gomito destro", U, 0, 0},
    {"upperArmLeft", "Left upper arm", "Parte superior del brazo izquierdo", "Haut du bras gauche", "Linker Oberarm", "Parte superior do braço esquerdo", "Parte superiore del braccio sinistro", U, 0, 0},
    {"upperArmRight", "Right upper arm", "Parte superior del brazo derecho", "Haut du bras droit", "Rechter Oberarm", "Parte superior do braço direito", "Parte superiore del braccio destro", U, 0, 0},
    {"lowerArmLeft", "Left forearm", "Antebrazo izquierdo", "Avant-bras gauche", "Linker Unterarm", "Antebraço esquerdo", "Avambraccio sinistro", U, 0, 0},
    {"lowerArmRight", "Right forearm", "Antebrazo derecho", "Avant-bras droit", "Rechter Unterarm", "Antebraço direito", "Avambraccio destro", U, 0, 0},
    {"kneeLeft", "Left knee", "Rodilla izquierda", "Genou gauche", "Linkes Knie", "Joelho esquerdo", "Ginocchio sinistro", L, 0, 0},
    {"kneeRight", "Right knee", "Rodilla derecha", "Genou droit", "Rechtes Knie", "Joelho direito", "Ginocchio destro", L, 0, 0},
    {"upperLegLeft", "Left thigh", "Muslo izquierdo", "Cuisse gauche", "Linker Oberschenkel", "Coxa esquerda", "Coscia sinistra", L, 0, 0},
    {"upperLegRight", "Right thigh", "Muslo derecho", "Cuisse droite", "Rechter Oberschenkel", "Coxa direita", "Coscia destra", L, 0, 0},
    {"lowerLegLeft", "Left lower leg", "Parte inferior de la pierna izquierda", "Bas de la jambe gauche", "Linker Unterschenkel", "Parte inferior da perna esquerda", "Parte inferiore della gamba sinistra", L, 0, 0},
    {"lowerLegRight", "Right lower leg", "Parte inferior de la pierna derecha", "Bas de la jambe droite", "Rechter Unterschenkel", "Parte inferior da perna direita", "Parte inferiore della gamba destra", L, 0, 0},
    // The global photo set of the seed's avasi example.
    {"armLeftBottom", "Left arm, bottom view", "Brazo izquierdo, vista inferior", "Bras gauche, vue de dessous", "Linker Arm, Ansicht von unten", "Braço esquerdo, vista inferior", "Braccio sinistro, vista dal basso", U, 4, 0},
    {"armLeftTop", "Left arm, top view", "Brazo izquierdo, vista superior", "Bras gauche, vue de dessus", "Linker Arm, Ansicht von oben", "Braço esquerdo, vista superior", "Braccio sinistro, vista dall'alto", U, 4, 0},
    {"armRightBottom", "Right arm, bottom view", "Brazo derecho, vista inferior", "Bras droit, vue de dessous", "Rechter Arm, Ansicht von unten", "Braço direito, vista inferior", "Braccio destro, vista dal basso", U, 4, 0},
    {"armRightTop", "Right arm, top view", "Brazo derecho, vista superior", "Bras droit, vue de dessus", "Rechter Arm, Ansicht von oben", "Braço direito, vista superior", "Braccio destro, vista dall'alto", U, 4, 0},
    {"faceFront", "Face, front view", "Cara, vista frontal", "Visage, vue de face", "Gesicht, Vorderansicht", "Rosto, vista frontal", "Viso, vista frontale", H, 5, 0},
    {"faceLeft", "Face, left side", "Cara, lado izquierdo", "Visage, côté gauche", "Gesicht, linke Seite", "Rosto, lado esquerdo", "Viso, lato sinistro", H, 2, 0},
    {"faceRight", "Face, right side", "Cara, lado derecho", "Visage, côté droit", "Gesicht, rechte Seite", "Rosto, lado direito", "Viso, lato destro", H, 2, 0},
    {"legsBack", "Legs, back view", "Piernas, vista posterior", "Jambes, vue de dos", "Beine, Rückansicht", "Pernas, vista posterior", "Gambe, vista posteriore", L, 16.5, 0},
    {"legsFront", "Legs, front view", "Piernas, vista frontal", "Jambes, vue de face", "Beine, Vorderansicht", "Pernas, vista frontal", "Gambe, vista frontale", L, 16.5, 0},
    {"trunkLeft", "Trunk, left side", "Tronco, lado izquierdo", "Tronc, côté gauche", "Rumpf, linke Seite", "Tronco, lado esquerdo", "Tronco, lato sinistro", T, 4, 0},
    {"trunkRight", "Trunk, right side", "Tronco, lado derecho", "Tronc, côté droit", "Rumpf, rechte Seite", "Tronco, lado direito", "Tronco, lato destro", T, 4, 0},
};
// clang-format on

const char *const acneAreas[] = {"headFront", "headLeft",  "headRight", "faceFront",
                                 "faceLeft",  "faceRight", "perioral",  "trunkFront",
                                 "trunkBack", "trunkLeft", "trunkRight"};

QVector<BodySite> buildSites()
{
    QVector<BodySite> sites;
    for (const SiteRow &row : siteRows) {
        BodySite site;
        site.code = QString::fromLatin1(row.code);
        site.enGB = QString::fromUtf8(row.en);
        site.esES = QString::fromUtf8(row.es);
        site.frFR = QString::fromUtf8(row.fr);
        site.deDE = QString::fromUtf8(row.de);
        site.ptBR = QString::fromUtf8(row.pt);
        site.itIT = QString::fromUtf8(row.it);
        site.region = row.region;
        site.bodySurfaceShare = row.bodySurfaceShare;
        site.saltShare = row.saltShare;
        sites.append(site);
    }
    return sites;
}

} // namespace

const QVector<BodySite> &bodySites()
{
    static const QVector<BodySite> sites = buildSites();
    return sites;
}

const BodySite *findBodySite(const QString &code)
{
    for (const BodySite &site : bodySites()) {
        if (site.code == code)
            return &site;
    }
    return nullptr;
}

QJsonArray bodySitesJson()
{
    QJsonArray list;
    for (const BodySite &site : bodySites()) {
        list.append(QJsonObject{
            {QStringLiteral("code"), site.code},
            {QStringLiteral("name"), QJsonObject{{QStringLiteral("en_GB"), site.enGB},
                                                 {QStringLiteral("es_ES"), site.esES},
                                                 {QStringLiteral("fr_FR"), site.frFR},
                                                 {QStringLiteral("de_DE"), site.deDE},
                                                 {QStringLiteral("pt_BR"), site.ptBR},
                                                 {QStringLiteral("it_IT"), site.itIT}}},
        });
    }
    return list;
}

bool siteFits(SiteRule rule, const QString &siteCode)
{
    const BodySite *site = findBodySite(siteCode);
    if (!site)
        return false;
    switch (rule) {
    case SiteRule::AnySite:
        return true;
    case SiteRule::SkinSurface:
        return site->region != BodyRegion::Other;
    case SiteRule::AcneAreas:
        for (const char *code : acneAreas) {
            if (siteCode == QLatin1String(code))
                return true;
        }
        return false;
    case SiteRule::ScalpViews:
        return site->saltShare > 0;
    case SiteRule::WholeBodyPhotos:
        return site->bodySurfaceShare > 0;
    }
    return false;
}

QStringList sitesFitting(SiteRule rule)
{
    QStringList codes;
    if (rule == SiteRule::AnySite)
        return codes;
    for (const BodySite &site : bodySites()) {
        if (siteFits(rule, site.code))
            codes.append(site.code);
    }
    return codes;
}

double pasiRegionWeight(BodyRegion region)
{
    switch (region) {
    case BodyRegion::Head:
        return 0.1;
    case BodyRegion::UpperLimbs:
        return 0.2;
    case BodyRegion::Trunk:
        return 0.3;
    case BodyRegion::LowerLimbs:
        return 0.4;
    case BodyRegion::Other:
        break;
    }
    return 0.0;
}

double easiRegionWeight(BodyRegion region, double patientAgeYears)
{
    if (patientAgeYears >= 8)
        return pasiRegionWeight(region);
    switch (region) {
    case BodyRegion::Head:
        return 0.2;
    case BodyRegion::UpperLimbs:
        return 0.2;
    case BodyRegion::Trunk:
        return 0.3;
    case BodyRegion::LowerLimbs:
        return 0.3;
    case BodyRegion::Other:
        break;
    }
    return 0.0;
}

} // namespace dv::sandbox::severity
