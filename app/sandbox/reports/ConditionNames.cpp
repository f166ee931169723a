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
    {"EA90", "Psoriasis", "Psoriasis", "Psoriasis"},
    {"EA90.1", "Psoriasis en gotas", "Psoriasis en gouttes", "Psoriasis guttata"},
    {"EA90.4", "Psoriasis pustulosa", "Psoriasis pustuleux", "Psoriasis pustulosa"},
    {"EA91", "Liquen plano", "Lichen plan", "Lichen ruber planus"},
    {"EA10", "Pitiriasis rosada", "Pityriasis rosé de Gibert", "Pityriasis rosea"},
    {"EA94", "Pitiriasis rubra pilaris", "Pityriasis rubra pilaire", "Pityriasis rubra pilaris"},
    {"EB5Z", "Lupus cutáneo", "Lupus cutané", "Kutaner Lupus erythematodes"},
    {"EA89", "Dermatitis eccematosa", "Dermatite eczémateuse", "Ekzematöse Dermatitis"},
    {"EA80", "Dermatitis atópica", "Dermatite atopique", "Atopische Dermatitis"},
    {"EA85.2", "Dermatitis de manos", "Dermatite des mains", "Handekzem"},
    {"EA82", "Eccema numular", "Eczéma nummulaire", "Nummuläres Ekzem"},
    {"EA81", "Dermatitis seborreica", "Dermatite séborrhéique", "Seborrhoische Dermatitis"},
    {"EK02", "Dermatitis de contacto irritativa", "Dermatite de contact d'irritation",
     "Irritative Kontaktdermatitis"},
    {"EA83.0", "Liquen simple crónico", "Lichen simplex chronique", "Lichen simplex chronicus"},
    {"EA84", "Eccema asteatósico", "Eczéma astéatosique", "Exsikkationsekzem"},
    {"EA86.0", "Dermatitis por estasis", "Dermatite de stase", "Stauungsdermatitis"},
    {"EF70", "Eccema venoso", "Eczéma variqueux", "Variköses Ekzem"},
    {"EB05", "Urticaria", "Urticaire", "Urtikaria"},
    {"EB12", "Eritema multiforme", "Érythème polymorphe", "Erythema multiforme"},
    {"EB31", "Eritema nudoso", "Érythème noueux", "Erythema nodosum"},
    {"EJ40", "Quemadura solar", "Coup de soleil", "Dermatitis solaris"},
    {"EJ30.0", "Erupción polimorfa lumínica", "Lucite polymorphe", "Polymorphe Lichtdermatose"},
    {"EB41.0", "Penfigoide ampolloso", "Pemphigoïde bulleuse", "Bullöses Pemphigoid"},
    {"EB40.0", "Pénfigo vulgar", "Pemphigus vulgaire", "Pemphigus vulgaris"},
    {"EB44", "Dermatitis herpetiforme", "Dermatite herpétiforme", "Dermatitis herpetiformis"},
    {"EF40.1", "Vasculitis cutánea", "Vascularite cutanée", "Kutane Vaskulitis"},
    {"ED80.Z", "Acné", "Acné", "Akne"},
    // Parent code of acne: stored reports of the real API carry ED80 (not ED80.Z).
    {"ED80", "Acné", "Acné", "Akne"},
    {"ED90.0", "Rosácea", "Rosacée", "Rosazea"},
    {"ED90.1", "Dermatitis perioral", "Dermatite périorale", "Periorale Dermatitis"},
    {"ED92.0", "Hidradenitis supurativa", "Hidradénite suppurée", "Hidradenitis suppurativa"},
    {"ED56", "Queratosis pilar", "Kératose pilaire", "Keratosis pilaris"},
    {"1F28", "Tiña", "Dermatophytie", "Tinea"},
    {"1F23", "Candidiasis", "Candidose", "Candidose"},
    {"1G04", "Escabiosis", "Gale", "Skabies"},
    {"1E90", "Varicela", "Varicelle", "Varizellen"},
    {"1F00.01", "Herpes labial", "Herpès labial", "Herpes labialis"},
    {"EE12.1", "Onicomicosis", "Onychomycose", "Onychomykose"},
    {"EK50.0", "Picaduras de insectos", "Piqûres d'insectes", "Insektenstiche"},
    {"ED63.0", "Vitíligo", "Vitiligo", "Vitiligo"},
    {"ED63.2", "Hipopigmentación postinflamatoria", "Hypopigmentation post-inflammatoire",
     "Postinflammatorische Hypopigmentierung"},
    {"EB60", "Liquen escleroso", "Lichen scléreux", "Lichen sclerosus"},
    {"EB61", "Morfea", "Morphée", "Morphea"},
    {"ED60.1", "Melasma", "Mélasma", "Melasma"},
    {"ED60.2", "Hiperpigmentación postinflamatoria", "Hyperpigmentation post-inflammatoire",
     "Postinflammatorische Hyperpigmentierung"},
    {"ED61.0", "Efélides", "Éphélides", "Epheliden"},
    {"EJ20.1", "Léntigo solar", "Lentigo solaire", "Lentigo solaris"},
    {"ED51.0", "Acantosis nigricans", "Acanthosis nigricans", "Acanthosis nigricans"},
    {"2F20.0", "Nevo melanocítico", "Nævus mélanocytaire", "Melanozytärer Nävus"},
    {"2F20.1", "Nevo atípico", "Nævus atypique", "Atypischer Nävus"},
    {"2F20.2", "Nevo congénito", "Nævus congénital", "Kongenitaler Nävus"},
    {"2F21.0", "Queratosis seborreica", "Kératose séborrhéique", "Seborrhoische Keratose"},
    {"2F23.0", "Dermatofibroma", "Dermatofibrome", "Dermatofibrom"},
    {"2F25", "Angioma rubí", "Angiome rubis", "Seniles Angiom"},
    {"2F26", "Granuloma piógeno", "Botryomycome", "Granuloma pyogenicum"},
    {"2E81.20", "Hemangioma infantil", "Hémangiome infantile", "Infantiles Hämangiom"},
    {"EF20.1", "Angioqueratoma", "Angiokératome", "Angiokeratom"},
    {"EF20.3", "Angioma aracniforme", "Angiome stellaire", "Spider-Nävus"},
    {"2F72.0", "Queratoacantoma", "Kératoacanthome", "Keratoakanthom"},
    {"EK70.0", "Quiste epidermoide", "Kyste épidermoïde", "Epidermoidzyste"},
    {"EK71.0", "Acrocordón", "Acrochordon", "Fibroma pendulans"},
    {"EE60.0", "Queloide", "Chéloïde", "Keloid"},
    {"EE60.1", "Cicatriz hipertrófica", "Cicatrice hypertrophique", "Hypertrophe Narbe"},
    {"EE80.0", "Granuloma anular", "Granulome annulaire", "Granuloma anulare"},
    {"EH92.0", "Heloma o callosidad", "Cor ou durillon", "Clavus oder Schwiele"},
    {"EC91.0", "Prurigo nodular", "Prurigo nodulaire", "Prurigo nodularis"},
    {"EK90.0", "Queratosis actínica", "Kératose actinique", "Aktinische Keratose"},
    {"2C30", "Melanoma", "Mélanome", "Malignes Melanom"},
    {"2C30.2", "Melanoma léntigo maligno", "Mélanome de type lentigo malin",
     "Lentigo-maligna-Melanom"},
    {"2C32", "Carcinoma basocelular", "Carcinome basocellulaire", "Basalzellkarzinom"},
    {"2C31", "Carcinoma epidermoide", "Carcinome épidermoïde", "Plattenepithelkarzinom"},
    {"2C33", "Carcinoma anexial", "Carcinome annexiel", "Adnexkarzinom"},
    {"2C34", "Carcinoma de células de Merkel", "Carcinome à cellules de Merkel",
     "Merkelzellkarzinom"},
    {"EH90", "Úlcera por presión", "Escarre", "Dekubitus"},
    {"EF60", "Úlcera arterial", "Ulcère artériel", "Arterielles Ulkus"},
    {"ED30.0", "Úlcera neuropática", "Ulcère neuropathique", "Neuropathisches Ulkus"},
    {"EB21", "Pioderma gangrenoso", "Pyoderma gangrenosum", "Pyoderma gangraenosum"},
    {"EF50", "Vasculopatía livedoide", "Vasculopathie livédoïde", "Livedovaskulopathie"},
    {"ED70.2", "Alopecia areata", "Pelade", "Alopecia areata"},
    {"ED70.0", "Alopecia androgenética", "Alopécie androgénétique", "Androgenetische Alopezie"},
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
