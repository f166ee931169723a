#include "sandbox/analysis/ConditionCatalogue.h"

#include <initializer_list>

// ICD-11 MMS codes and titles were checked against the WHO MMS tabulation (the 2018 edition
// as mirrored in public repositories) and, for EB05, EA89, ED63.0 and ED80.Z, against the
// vendor SDK's own tests. Where a category's extension was not verified, the parent code is
// used.
//
// Feature profiles are hand-written from what each condition typically looks like in a
// clinical photograph (colour, scale, blob size, number and shape); targets are on the
// feature scale documented in ImageFeatures.h. They are a plausible stand-in for a trained
// model, not clinical knowledge to rely on.

namespace dv::sandbox {

namespace {

using F = Feature;

struct Term
{
    Feature feature;
    float target;
    float weight;
};

enum Flag : unsigned
{
    None = 0,
    Malignant = 1U << 0U,
    Pigmented = 1U << 1U,
    Urgent = 1U << 2U,
    HighPriority = 1U << 3U,
};

FeatureProfile profile(float prior, std::initializer_list<Term> terms)
{
    FeatureProfile p;
    p.prior = prior;
    // Presence features default to "absent", weakly, so that a condition which says nothing
    // about, say, hair is mildly penalised when hair dominates the photo.
    const auto absent = [&p](Feature f, float target, float weight) {
        p.target[featureIndex(f)] = target;
        p.weight[featureIndex(f)] = weight;
    };
    absent(F::Erythema, 0.15F, 0.8F);
    absent(F::Pigment, 0.05F, 0.8F);
    absent(F::Depigmentation, 0.05F, 0.8F);
    absent(F::Exudate, 0.0F, 1.0F);
    absent(F::Hair, 0.0F, 1.5F);
    absent(F::Scale, 0.15F, 0.4F);
    for (const Term &term : terms) {
        p.target[featureIndex(term.feature)] = term.target;
        p.weight[featureIndex(term.feature)] = term.weight;
    }
    return p;
}

Condition condition(const char *code, const char *display, const char *text, unsigned flags,
                    FeatureProfile p)
{
    Condition c;
    c.icd11 = QString::fromLatin1(code);
    c.display = QString::fromUtf8(display);
    c.text = QString::fromUtf8(text);
    c.malignant = (flags & Malignant) != 0;
    c.pigmented = (flags & Pigmented) != 0;
    c.urgent = (flags & Urgent) != 0;
    c.highPriority = (flags & HighPriority) != 0;
    c.profile = p;
    return c;
}

QVector<Condition> buildCatalogue()
{
    QVector<Condition> list;
    const auto add = [&list](const char *code, const char *display, const char *text,
                             unsigned flags, FeatureProfile p) {
        list.append(condition(code, display, text, flags, p));
    };

    // --- Papulosquamous -------------------------------------------------------------------
    add("EA90", "Psoriasis", "Psoriasis", None,
        profile(0.35F, {{F::Erythema, 0.6F, 4},
                        {F::RedIntensity, 0.95F, 2},
                        {F::Scale, 0.65F, 3},
                        {F::LargestLesion, 0.6F, 3},
                        {F::LesionFraction, 0.65F, 2},
                        {F::Pigment, 0.0F, 1.5F},
                        {F::Depigmentation, 0.3F, 1},
                        {F::Circularity, 0.15F, 1},
                        {F::Exudate, 0.0F, 1.5F}}));
    add("EA90.1", "Guttate psoriasis", "Guttate psoriasis", None,
        profile(-0.2F, {{F::Erythema, 0.4F, 2},
                        {F::RedIntensity, 0.8F, 1.5F},
                        {F::Scale, 0.5F, 2},
                        {F::LesionCount, 0.95F, 2},
                        {F::LargestLesion, 0.15F, 2},
                        {F::Circularity, 0.5F, 1}}));
    add("EA90.4", "Pustular psoriasis", "Pustular psoriasis", None,
        profile(-0.2F, {{F::Depigmentation, 0.35F, 3},
                        {F::LesionCount, 1.0F, 2.5F},
                        {F::LargestLesion, 0.2F, 1.5F},
                        {F::Erythema, 0.1F, 1.5F},
                        {F::RedIntensity, 0.2F, 1},
                        {F::Exudate, 0.05F, 0.5F},
                        {F::Circularity, 0.05F, 0.5F}}));
    add("EA91", "Lichen planus", "Lichen planus", None,
        profile(-0.1F, {{F::Erythema, 0.25F, 1.5F},
                        {F::Pigment, 0.3F, 2},
                        {F::PigmentDarkness, 0.5F, 1},
                        {F::Scale, 0.3F, 1},
                        {F::LesionCount, 0.75F, 1.5F},
                        {F::LargestLesion, 0.15F, 1.5F},
                        {F::Circularity, 0.4F, 0.5F}}));
    add("EA10", "Pityriasis rosea", "Pityriasis rosea", None,
        profile(-0.1F, {{F::Erythema, 0.4F, 2},
                        {F::RedIntensity, 0.5F, 1.5F},
                        {F::Scale, 0.4F, 1.5F},
                        {F::LesionCount, 0.75F, 1.5F},
                        {F::LargestLesion, 0.25F, 1.5F},
                        {F::Circularity, 0.5F, 1}}));
    add("EA94", "Pityriasis rubra pilaris", "Pityriasis rubra pilaris", None,
        profile(-0.6F, {{F::Erythema, 0.75F, 3},
                        {F::RedIntensity, 0.8F, 1.5F},
                        {F::Scale, 0.6F, 2},
                        {F::LargestLesion, 0.75F, 2},
                        {F::LesionFraction, 0.85F, 2},
                        {F::Depigmentation, 0.3F, 1}}));
    add("EB5Z", "Cutaneous lupus erythematosus of unspecified type", "Cutaneous lupus",
        HighPriority,
        profile(-0.4F, {{F::Erythema, 0.45F, 2},
                        {F::RedIntensity, 0.7F, 1.5F},
                        {F::Scale, 0.4F, 1.5F},
                        {F::Depigmentation, 0.25F, 1.5F},
                        {F::Pigment, 0.15F, 1},
                        {F::LargestLesion, 0.3F, 1.5F},
                        {F::Circularity, 0.45F, 1}}));

    // --- Dermatitis and eczema ------------------------------------------------------------
    add("EA89", "Generalised eczematous dermatitis of unspecified type", "Eczematous dermatitis",
        None,
        profile(0.35F, {{F::Erythema, 0.5F, 2.5F},
                        {F::RedIntensity, 0.8F, 1.5F},
                        {F::Scale, 0.45F, 2},
                        {F::LesionFraction, 0.5F, 1.5F},
                        {F::LargestLesion, 0.4F, 1.5F},
                        {F::BorderIrregularity, 0.35F, 1},
                        {F::ColourVariegation, 0.55F, 1},
                        {F::Exudate, 0.05F, 1},
                        {F::Pigment, 0.2F, 1}}));
    add("EA80", "Atopic eczema", "Atopic dermatitis", None,
        profile(0.3F, {{F::Erythema, 0.45F, 2},
                       {F::RedIntensity, 0.7F, 1.5F},
                       {F::Scale, 0.5F, 2},
                       {F::LesionFraction, 0.45F, 1.5F},
                       {F::LargestLesion, 0.35F, 1.5F},
                       {F::BorderIrregularity, 0.4F, 1},
                       {F::Pigment, 0.15F, 1},
                       {F::LesionCount, 0.6F, 1}}));
    add("EA85.2", "Dermatitis of hands", "Hand dermatitis", None,
        profile(0.0F, {{F::Erythema, 0.45F, 2},
                       {F::RedIntensity, 0.85F, 1.5F},
                       {F::Scale, 0.5F, 2},
                       {F::LargestLesion, 0.5F, 1.5F},
                       {F::ColourVariegation, 0.65F, 1.5F},
                       {F::Pigment, 0.35F, 1.5F},
                       {F::Exudate, 0.05F, 1}}));
    add("EA82", "Nummular dermatitis", "Nummular eczema", None,
        profile(-0.2F, {{F::Erythema, 0.45F, 2},
                        {F::RedIntensity, 0.8F, 1.5F},
                        {F::Scale, 0.45F, 1.5F},
                        {F::Circularity, 0.55F, 2},
                        {F::LesionCount, 0.5F, 1},
                        {F::LargestLesion, 0.3F, 1.5F},
                        {F::Exudate, 0.1F, 1}}));
    add("EA81", "Seborrhoeic dermatitis and related conditions", "Seborrhoeic dermatitis", None,
        profile(0.1F, {{F::Erythema, 0.4F, 2},
                       {F::RedIntensity, 0.6F, 1.5F},
                       {F::Scale, 0.5F, 2},
                       {F::Exudate, 0.1F, 1.5F},
                       {F::LargestLesion, 0.3F, 1},
                       {F::Hair, 0.1F, 1}}));
    add("EK02", "Irritant contact dermatitis", "Irritant contact dermatitis", None,
        profile(0.1F, {{F::Erythema, 0.5F, 2},
                       {F::RedIntensity, 0.75F, 1.5F},
                       {F::Scale, 0.3F, 1.5F},
                       {F::LargestLesion, 0.45F, 1.5F},
                       {F::BorderIrregularity, 0.25F, 1},
                       {F::LesionCount, 0.5F, 1}}));
    add("EA83.0", "Lichen simplex", "Lichen simplex chronicus", None,
        profile(-0.2F, {{F::Erythema, 0.3F, 1.5F},
                        {F::Scale, 0.55F, 2},
                        {F::Pigment, 0.25F, 1.5F},
                        {F::LargestLesion, 0.35F, 1.5F},
                        {F::Circularity, 0.4F, 1}}));
    add("EA84", "Asteatotic eczema", "Asteatotic eczema", None,
        profile(-0.3F, {{F::Erythema, 0.3F, 1.5F},
                        {F::Scale, 0.65F, 2},
                        {F::Depigmentation, 0.15F, 1},
                        {F::LargestLesion, 0.35F, 1},
                        {F::LesionCount, 0.5F, 1}}));
    add("EA86.0", "Stasis dermatitis of the lower legs", "Stasis dermatitis", None,
        profile(-0.2F, {{F::Erythema, 0.4F, 1.5F},
                        {F::Pigment, 0.35F, 2},
                        {F::Scale, 0.45F, 1.5F},
                        {F::LargestLesion, 0.45F, 1.5F},
                        {F::ColourVariegation, 0.6F, 1.5F}}));
    add("EF70", "Lower limb venous eczema", "Venous eczema", None,
        profile(-0.3F, {{F::Erythema, 0.45F, 1.5F},
                        {F::Pigment, 0.3F, 1.5F},
                        {F::Scale, 0.5F, 1.5F},
                        {F::Exudate, 0.08F, 1},
                        {F::LargestLesion, 0.4F, 1.5F}}));

    // --- Urticarial, erythematous and bullous ---------------------------------------------
    add("EB05", "Urticaria of unspecified type", "Urticaria", None,
        profile(0.25F, {{F::Erythema, 0.35F, 2},
                        {F::RedIntensity, 0.45F, 2},
                        {F::Scale, 0.0F, 2.5F},
                        {F::LesionCount, 0.7F, 1.5F},
                        {F::LargestLesion, 0.2F, 1},
                        {F::Circularity, 0.45F, 1},
                        {F::ColourVariegation, 0.25F, 1.5F},
                        {F::Pigment, 0.0F, 1.5F}}));
    add("EB12", "Erythema multiforme", "Erythema multiforme", HighPriority,
        profile(-0.4F, {{F::Erythema, 0.4F, 2},
                        {F::RedIntensity, 0.65F, 1.5F},
                        {F::LesionCount, 0.75F, 1.5F},
                        {F::Circularity, 0.6F, 1.5F},
                        {F::ColourVariegation, 0.5F, 1},
                        {F::Scale, 0.05F, 1}}));
    add("EB31", "Erythema nodosum", "Erythema nodosum", None,
        profile(-0.4F, {{F::Erythema, 0.35F, 2},
                        {F::RedIntensity, 0.55F, 1.5F},
                        {F::LesionCount, 0.5F, 1},
                        {F::LargestLesion, 0.2F, 1},
                        {F::Scale, 0.0F, 1.5F},
                        {F::Pigment, 0.1F, 1}}));
    add("EJ40", "Sunburn", "Sunburn", None,
        profile(-0.2F, {{F::Erythema, 0.85F, 3},
                        {F::RedIntensity, 0.7F, 1.5F},
                        {F::LargestLesion, 0.85F, 2},
                        {F::LesionCount, 0.1F, 1},
                        {F::Scale, 0.05F, 1.5F}}));
    add("EJ30.0", "Polymorphic light eruption", "Polymorphic light eruption", None,
        profile(-0.3F, {{F::Erythema, 0.35F, 2},
                        {F::RedIntensity, 0.6F, 1},
                        {F::LesionCount, 0.85F, 2},
                        {F::LargestLesion, 0.12F, 1.5F},
                        {F::Scale, 0.1F, 1}}));
    add("EB41.0", "Bullous pemphigoid", "Bullous pemphigoid", HighPriority,
        profile(-0.5F, {{F::Erythema, 0.4F, 1.5F},
                        {F::Exudate, 0.15F, 2},
                        {F::Depigmentation, 0.2F, 1.5F},
                        {F::LesionCount, 0.7F, 1.5F},
                        {F::LargestLesion, 0.2F, 1}}));
    add("EB40.0", "Pemphigus vulgaris", "Pemphigus vulgaris", Urgent,
        profile(-0.7F, {{F::Erythema, 0.45F, 1.5F},
                        {F::Exudate, 0.2F, 2},
                        {F::ColourVariegation, 0.6F, 1.5F},
                        {F::LesionCount, 0.6F, 1},
                        {F::LargestLesion, 0.3F, 1}}));
    add("EB44", "Dermatitis herpetiformis", "Dermatitis herpetiformis", None,
        profile(-0.6F, {{F::Erythema, 0.3F, 1.5F},
                        {F::LesionCount, 0.9F, 2},
                        {F::LargestLesion, 0.08F, 1.5F},
                        {F::Exudate, 0.05F, 1},
                        {F::Scale, 0.15F, 1}}));
    add("EF40.1", "Vasculitis affecting small cutaneous blood vessels", "Cutaneous vasculitis",
        HighPriority,
        profile(-0.5F, {{F::Erythema, 0.3F, 1.5F},
                        {F::RedIntensity, 0.85F, 1.5F},
                        {F::Pigment, 0.15F, 1.5F},
                        {F::LesionCount, 0.85F, 2},
                        {F::LargestLesion, 0.08F, 1.5F}}));

    // --- Acneiform and follicular -----------------------------------------------------------
    add("ED80.Z", "Acne, unspecified", "Acne", None,
        profile(0.45F, {{F::Erythema, 0.35F, 2},
                        {F::RedIntensity, 0.85F, 1.5F},
                        {F::LesionCount, 0.95F, 3},
                        {F::LargestLesion, 0.25F, 2},
                        {F::LesionFraction, 0.45F, 1},
                        {F::Scale, 0.15F, 1},
                        {F::Pigment, 0.1F, 1},
                        {F::Circularity, 0.25F, 0.5F}}));
    add("ED90.0", "Rosacea", "Rosacea", None,
        profile(0.0F, {{F::Erythema, 0.55F, 2},
                       {F::RedIntensity, 0.75F, 1.5F},
                       {F::LargestLesion, 0.5F, 1.5F},
                       {F::LesionCount, 0.5F, 1},
                       {F::Scale, 0.1F, 1.5F}}));
    add("ED90.1", "Periorificial dermatitis", "Perioral dermatitis", None,
        profile(-0.4F, {{F::Erythema, 0.35F, 1.5F},
                        {F::LesionCount, 0.8F, 2},
                        {F::LargestLesion, 0.12F, 1.5F},
                        {F::Scale, 0.2F, 1}}));
    add("ED92.0", "Hidradenitis suppurativa", "Hidradenitis suppurativa", None,
        profile(0.0F, {{F::Erythema, 0.25F, 2},
                       {F::RedIntensity, 0.4F, 1.5F},
                       {F::LesionCount, 0.7F, 1.5F},
                       {F::LargestLesion, 0.12F, 1.5F},
                       {F::Scale, 0.5F, 1},
                       {F::Exudate, 0.05F, 1},
                       {F::ColourVariegation, 0.45F, 1},
                       {F::Pigment, 0.1F, 1}}));
    add("ED56", "Keratosis pilaris", "Keratosis pilaris", None,
        profile(-0.3F, {{F::Erythema, 0.2F, 1.5F},
                        {F::LesionCount, 0.95F, 2},
                        {F::LargestLesion, 0.05F, 2},
                        {F::Scale, 0.35F, 1}}));

    // --- Infections and infestations -------------------------------------------------------
    add("1F28", "Dermatophytosis", "Tinea", None,
        profile(0.2F, {{F::Erythema, 0.4F, 2},
                       {F::RedIntensity, 0.7F, 1.5F},
                       {F::Scale, 0.5F, 2},
                       {F::Circularity, 0.55F, 1.5F},
                       {F::LesionCount, 0.4F, 1},
                       {F::LargestLesion, 0.3F, 1.5F},
                       {F::BorderIrregularity, 0.3F, 1}}));
    add("1F23", "Candidosis", "Candidiasis", None,
        profile(-0.2F, {{F::Erythema, 0.6F, 2},
                        {F::RedIntensity, 0.9F, 1.5F},
                        {F::LesionCount, 0.7F, 1.5F},
                        {F::LargestLesion, 0.4F, 1.5F},
                        {F::Scale, 0.15F, 1},
                        {F::Exudate, 0.05F, 1}}));
    add("1G04", "Scabies", "Scabies", None,
        profile(-0.1F, {{F::Erythema, 0.3F, 1.5F},
                        {F::RedIntensity, 0.65F, 1},
                        {F::LesionCount, 0.9F, 2},
                        {F::LargestLesion, 0.06F, 2},
                        {F::Scale, 0.25F, 1},
                        {F::Exudate, 0.03F, 1}}));
    add("1E90", "Varicella", "Chickenpox", None,
        profile(-0.4F, {{F::Erythema, 0.3F, 1.5F},
                        {F::RedIntensity, 0.7F, 1},
                        {F::LesionCount, 0.95F, 2},
                        {F::LargestLesion, 0.05F, 2},
                        {F::Depigmentation, 0.15F, 1},
                        {F::Exudate, 0.05F, 1}}));
    add("1F00.01", "Herpes simplex labialis", "Cold sore", None,
        profile(-0.3F, {{F::Erythema, 0.4F, 1.5F},
                        {F::Exudate, 0.2F, 2},
                        {F::LesionCount, 0.35F, 1},
                        {F::LargestLesion, 0.12F, 1.5F},
                        {F::Circularity, 0.5F, 1}}));
    add("EE12.1", "Onychomycosis", "Onychomycosis", None,
        profile(-0.3F, {{F::Exudate, 0.3F, 2},
                        {F::Depigmentation, 0.25F, 1.5F},
                        {F::Scale, 0.3F, 1},
                        {F::LargestLesion, 0.15F, 1},
                        {F::Erythema, 0.05F, 1}}));
    add("EK50.0", "Cutaneous insect bite reactions", "Insect bites", None,
        profile(0.0F, {{F::Erythema, 0.3F, 1.5F},
                       {F::RedIntensity, 0.6F, 1.5F},
                       {F::LesionCount, 0.7F, 1.5F},
                       {F::LargestLesion, 0.08F, 1.5F},
                       {F::Circularity, 0.7F, 1},
                       {F::Scale, 0.05F, 1}}));

    // --- Pigmentary ------------------------------------------------------------------------
    add("ED63.0", "Vitiligo", "Vitiligo", None,
        profile(0.1F, {{F::Depigmentation, 0.45F, 5},
                       {F::Erythema, 0.15F, 2},
                       {F::RedIntensity, 0.3F, 1},
                       {F::Pigment, 0.1F, 1},
                       {F::Scale, 0.2F, 0.3F},
                       {F::LargestLesion, 0.25F, 0.5F},
                       {F::ColourVariegation, 0.2F, 1},
                       {F::Exudate, 0.0F, 1.5F}}));
    add("ED63.2", "Postinflammatory hypomelanosis", "Postinflammatory hypopigmentation", None,
        profile(-0.3F, {{F::Depigmentation, 0.35F, 3.5F},
                        {F::Erythema, 0.2F, 1.5F},
                        {F::LesionCount, 0.5F, 1},
                        {F::LargestLesion, 0.15F, 1}}));
    add("EB60", "Lichen sclerosus", "Lichen sclerosus", HighPriority,
        profile(-0.5F, {{F::Depigmentation, 0.45F, 3},
                        {F::Scale, 0.25F, 1},
                        {F::Erythema, 0.1F, 1},
                        {F::LargestLesion, 0.35F, 1.5F},
                        {F::ColourVariegation, 0.3F, 1}}));
    add("EB61", "Morphoea", "Morphoea", None,
        profile(-0.5F, {{F::Depigmentation, 0.3F, 2.5F},
                        {F::Erythema, 0.25F, 1.5F},
                        {F::Pigment, 0.1F, 1},
                        {F::LargestLesion, 0.35F, 1.5F},
                        {F::Circularity, 0.5F, 1},
                        {F::Scale, 0.0F, 1}}));
    add("ED60.1", "Melasma", "Melasma", Pigmented,
        profile(0.0F, {{F::Pigment, 0.4F, 3},
                       {F::PigmentDarkness, 0.35F, 2},
                       {F::LargestLesion, 0.35F, 1.5F},
                       {F::BorderIrregularity, 0.4F, 1},
                       {F::Circularity, 0.15F, 1},
                       {F::Erythema, 0.05F, 1}}));
    add("ED60.2", "Postinflammatory hypermelanosis", "Postinflammatory hyperpigmentation",
        Pigmented,
        profile(-0.1F, {{F::Pigment, 0.3F, 2.5F},
                        {F::PigmentDarkness, 0.45F, 2},
                        {F::Erythema, 0.2F, 1},
                        {F::LesionCount, 0.6F, 1},
                        {F::BorderIrregularity, 0.35F, 1}}));
    add("ED61.0", "Freckles", "Freckles", Pigmented,
        profile(-0.1F, {{F::Pigment, 0.2F, 2.5F},
                        {F::PigmentDarkness, 0.4F, 2},
                        {F::LesionCount, 0.85F, 2},
                        {F::LargestLesion, 0.06F, 1.5F},
                        {F::Erythema, 0.0F, 1}}));
    add("EJ20.1", "Actinic lentigo", "Solar lentigo", Pigmented,
        profile(0.0F, {{F::Pigment, 0.2F, 2.5F},
                       {F::PigmentDarkness, 0.5F, 2},
                       {F::LesionCount, 0.5F, 1},
                       {F::LargestLesion, 0.12F, 1.5F},
                       {F::BorderIrregularity, 0.2F, 1},
                       {F::Erythema, 0.0F, 1}}));
    add("ED51.0", "Acanthosis nigricans", "Acanthosis nigricans", None,
        profile(-0.4F, {{F::Pigment, 0.4F, 2.5F},
                        {F::PigmentDarkness, 0.35F, 1.5F},
                        {F::Scale, 0.35F, 1.5F},
                        {F::LargestLesion, 0.35F, 1.5F},
                        {F::BorderIrregularity, 0.4F, 1}}));

    // --- Melanocytic and other benign tumours ----------------------------------------------
    add("2F20.0", "Common acquired melanocytic naevus", "Melanocytic naevus", Pigmented,
        profile(0.45F, {{F::Pigment, 0.15F, 4},
                        {F::PigmentDarkness, 0.7F, 3},
                        {F::Circularity, 0.65F, 2},
                        {F::BorderIrregularity, 0.1F, 2},
                        {F::LargestLesion, 0.12F, 1},
                        {F::ColourVariegation, 0.3F, 1},
                        {F::Erythema, 0.0F, 1.5F},
                        {F::LesionCount, 0.45F, 0.5F}}));
    add("2F20.1", "Atypical melanocytic naevus", "Atypical naevus", Pigmented | HighPriority,
        profile(-0.1F, {{F::Pigment, 0.2F, 3.5F},
                        {F::PigmentDarkness, 0.7F, 2.5F},
                        {F::Circularity, 0.45F, 1.5F},
                        {F::BorderIrregularity, 0.25F, 1.5F},
                        {F::LargestLesion, 0.2F, 1},
                        {F::ColourVariegation, 0.5F, 1.5F},
                        {F::Erythema, 0.05F, 1}}));
    add("2F20.2", "Congenital melanocytic naevus", "Congenital naevus", Pigmented,
        profile(-0.3F, {{F::Pigment, 0.35F, 3},
                        {F::PigmentDarkness, 0.7F, 2},
                        {F::LargestLesion, 0.35F, 2},
                        {F::Circularity, 0.5F, 1},
                        {F::BorderIrregularity, 0.2F, 1},
                        {F::ColourVariegation, 0.45F, 1},
                        {F::Hair, 0.05F, 0.5F}}));
    add("2F21.0", "Seborrhoeic keratosis", "Seborrhoeic keratosis", Pigmented,
        profile(0.3F, {{F::Pigment, 0.2F, 3},
                       {F::PigmentDarkness, 0.6F, 2},
                       {F::Scale, 0.3F, 1.5F},
                       {F::Circularity, 0.55F, 1},
                       {F::BorderIrregularity, 0.15F, 1},
                       {F::ColourVariegation, 0.45F, 1},
                       {F::LargestLesion, 0.15F, 1}}));
    add("2F23.0", "Dermatofibroma", "Dermatofibroma", None,
        profile(-0.1F, {{F::Pigment, 0.12F, 2},
                        {F::PigmentDarkness, 0.4F, 1.5F},
                        {F::Circularity, 0.7F, 1.5F},
                        {F::LargestLesion, 0.08F, 1.5F},
                        {F::Erythema, 0.1F, 1},
                        {F::LesionCount, 0.2F, 1}}));
    add("2F25", "Cherry angioma", "Cherry angioma", None,
        profile(0.0F, {{F::RedIntensity, 0.9F, 2},
                       {F::Erythema, 0.08F, 2},
                       {F::LargestLesion, 0.05F, 1.5F},
                       {F::Circularity, 0.75F, 1.5F},
                       {F::LesionCount, 0.4F, 1},
                       {F::Scale, 0.0F, 1}}));
    add("2F26", "Lobular capillary haemangioma", "Pyogenic granuloma", None,
        profile(-0.3F, {{F::RedIntensity, 1.0F, 2},
                        {F::Erythema, 0.2F, 1.5F},
                        {F::LargestLesion, 0.15F, 1.5F},
                        {F::Circularity, 0.7F, 1.5F},
                        {F::Exudate, 0.05F, 1},
                        {F::ColourVariegation, 0.45F, 1}}));
    add("2E81.20", "Focal infantile haemangioma", "Infantile haemangioma", HighPriority,
        profile(-0.4F, {{F::RedIntensity, 0.95F, 2},
                        {F::Erythema, 0.4F, 2},
                        {F::LargestLesion, 0.35F, 2},
                        {F::Circularity, 0.6F, 1.5F},
                        {F::Scale, 0.0F, 1.5F}}));
    add("EF20.1", "Angiokeratoma", "Angiokeratoma", None,
        profile(-0.5F, {{F::RedIntensity, 0.9F, 1.5F},
                        {F::Pigment, 0.12F, 1.5F},
                        {F::Erythema, 0.1F, 1.5F},
                        {F::LesionCount, 0.5F, 1},
                        {F::LargestLesion, 0.05F, 1.5F},
                        {F::Scale, 0.3F, 1}}));
    add("EF20.3", "Spider telangiectasis", "Spider angioma", None,
        profile(-0.4F, {{F::RedIntensity, 0.8F, 1.5F},
                        {F::Erythema, 0.08F, 2},
                        {F::LargestLesion, 0.04F, 2},
                        {F::Circularity, 0.3F, 1},
                        {F::BorderIrregularity, 0.4F, 1}}));
    add("2F72.0", "Keratoacanthoma", "Keratoacanthoma", HighPriority,
        profile(-0.5F, {{F::Erythema, 0.2F, 1.5F},
                        {F::Exudate, 0.2F, 1.5F},
                        {F::LargestLesion, 0.12F, 1.5F},
                        {F::Circularity, 0.75F, 1.5F},
                        {F::ColourVariegation, 0.6F, 1.5F},
                        {F::Scale, 0.4F, 1}}));
    add("EK70.0", "Epidermoid cyst", "Epidermoid cyst", None,
        profile(-0.1F, {{F::Erythema, 0.1F, 1.5F},
                        {F::LargestLesion, 0.05F, 1.5F},
                        {F::Circularity, 0.8F, 1.5F},
                        {F::LesionCount, 0.15F, 1.5F},
                        {F::Scale, 0.0F, 1}}));
    add("EK71.0", "Fibroepithelial polyp of skin", "Skin tag", None,
        profile(-0.1F, {{F::Pigment, 0.1F, 1.5F},
                        {F::PigmentDarkness, 0.3F, 1},
                        {F::LargestLesion, 0.03F, 1.5F},
                        {F::LesionCount, 0.3F, 1.5F},
                        {F::Circularity, 0.7F, 1}}));
    add("EE60.0", "Keloid", "Keloid", None,
        profile(-0.3F, {{F::Erythema, 0.35F, 1.5F},
                        {F::RedIntensity, 0.6F, 1},
                        {F::LargestLesion, 0.15F, 1.5F},
                        {F::Circularity, 0.35F, 1},
                        {F::BorderIrregularity, 0.3F, 1},
                        {F::Scale, 0.0F, 1.5F}}));
    add("EE60.1", "Hypertrophic scar", "Hypertrophic scar", None,
        profile(-0.3F, {{F::Erythema, 0.3F, 1.5F},
                        {F::LargestLesion, 0.15F, 1.5F},
                        {F::Circularity, 0.3F, 1},
                        {F::Depigmentation, 0.1F, 1},
                        {F::Scale, 0.0F, 1.5F}}));
    add("EE80.0", "Granuloma annulare", "Granuloma annulare", None,
        profile(-0.4F, {{F::Erythema, 0.2F, 1.5F},
                        {F::Circularity, 0.5F, 1.5F},
                        {F::LesionCount, 0.4F, 1},
                        {F::LargestLesion, 0.15F, 1.5F},
                        {F::Scale, 0.0F, 1.5F}}));
    add("EH92.0", "Corns or callosities", "Corn or callus", None,
        profile(-0.3F, {{F::Depigmentation, 0.2F, 1.5F},
                        {F::Scale, 0.5F, 2},
                        {F::Exudate, 0.1F, 1.5F},
                        {F::LargestLesion, 0.12F, 1},
                        {F::Circularity, 0.6F, 1},
                        {F::Erythema, 0.05F, 1}}));
    add("EC91.0", "Nodular prurigo", "Prurigo nodularis", None,
        profile(-0.4F, {{F::Erythema, 0.25F, 1.5F},
                        {F::Pigment, 0.2F, 1.5F},
                        {F::LesionCount, 0.75F, 2},
                        {F::LargestLesion, 0.06F, 1.5F},
                        {F::Circularity, 0.7F, 1},
                        {F::Exudate, 0.1F, 1}}));
    add("EK90.0", "Actinic keratosis", "Actinic keratosis", None,
        profile(0.1F, {{F::Erythema, 0.3F, 2},
                       {F::Scale, 0.5F, 2},
                       {F::LargestLesion, 0.1F, 1.5F},
                       {F::LesionCount, 0.4F, 1},
                       {F::Pigment, 0.05F, 1},
                       {F::BorderIrregularity, 0.3F, 1}}));

    // --- Malignant ---------------------------------------------------------------------------
    add("2C30", "Melanoma of skin", "Melanoma", Malignant | Pigmented | Urgent,
        profile(-0.2F, {{F::Pigment, 0.25F, 3.5F},
                        {F::PigmentDarkness, 0.85F, 2.5F},
                        {F::Circularity, 0.35F, 1.5F},
                        {F::BorderIrregularity, 0.35F, 2},
                        {F::ColourVariegation, 0.65F, 2},
                        {F::LargestLesion, 0.3F, 1},
                        {F::Erythema, 0.1F, 1}}));
    add("2C30.2", "Lentigo maligna melanoma, primary", "Lentigo maligna melanoma",
        Malignant | Pigmented | Urgent,
        profile(-0.6F, {{F::Pigment, 0.3F, 3},
                        {F::PigmentDarkness, 0.5F, 2},
                        {F::BorderIrregularity, 0.4F, 2},
                        {F::ColourVariegation, 0.55F, 1.5F},
                        {F::LargestLesion, 0.35F, 1.5F},
                        {F::Circularity, 0.3F, 1}}));
    add("2C32", "Basal cell carcinoma of skin", "Basal cell carcinoma", Malignant | HighPriority,
        profile(-0.1F, {{F::Erythema, 0.2F, 1.5F},
                        {F::RedIntensity, 0.5F, 1},
                        {F::Pigment, 0.08F, 1},
                        {F::Depigmentation, 0.15F, 1},
                        {F::Circularity, 0.6F, 1.5F},
                        {F::BorderIrregularity, 0.15F, 1},
                        {F::LargestLesion, 0.15F, 1.5F},
                        {F::ColourVariegation, 0.5F, 1.5F},
                        {F::LesionCount, 0.15F, 1}}));
    add("2C31", "Squamous cell carcinoma of skin", "Squamous cell carcinoma",
        Malignant | HighPriority,
        profile(-0.3F, {{F::Erythema, 0.35F, 1.5F},
                        {F::Scale, 0.5F, 1.5F},
                        {F::Exudate, 0.15F, 1.5F},
                        {F::LargestLesion, 0.2F, 1.5F},
                        {F::BorderIrregularity, 0.35F, 1.5F},
                        {F::ColourVariegation, 0.55F, 1.5F},
                        {F::LesionCount, 0.2F, 1}}));
    add("2C33", "Adnexal carcinoma of skin", "Adnexal carcinoma", Malignant | HighPriority,
        profile(-1.0F, {{F::Erythema, 0.25F, 1.5F},
                        {F::LargestLesion, 0.15F, 1.5F},
                        {F::Circularity, 0.6F, 1.5F},
                        {F::ColourVariegation, 0.4F, 1},
                        {F::LesionCount, 0.1F, 1.5F}}));
    add("2C34", "Cutaneous neuroendocrine carcinoma", "Merkel cell carcinoma", Malignant | Urgent,
        profile(-1.0F, {{F::Erythema, 0.3F, 1.5F},
                        {F::RedIntensity, 0.75F, 1.5F},
                        {F::LargestLesion, 0.2F, 1.5F},
                        {F::Circularity, 0.7F, 1.5F},
                        {F::LesionCount, 0.1F, 1.5F},
                        {F::Scale, 0.0F, 1}}));

    // --- Ulcers and wounds -------------------------------------------------------------------
    add("EH90", "Pressure ulceration", "Pressure ulcer", HighPriority,
        profile(-0.1F, {{F::Exudate, 0.15F, 3},
                        {F::Erythema, 0.4F, 1.5F},
                        {F::RedIntensity, 0.8F, 1},
                        {F::LargestLesion, 0.35F, 1.5F},
                        {F::BorderIrregularity, 0.6F, 1.5F},
                        {F::ColourVariegation, 0.45F, 1},
                        {F::Circularity, 0.1F, 1}}));
    add("EF60", "Ischaemic ulceration of skin", "Arterial ulcer", HighPriority,
        profile(-0.4F, {{F::Exudate, 0.12F, 2.5F},
                        {F::Pigment, 0.15F, 1.5F},
                        {F::Erythema, 0.3F, 1},
                        {F::LargestLesion, 0.3F, 1.5F},
                        {F::ColourVariegation, 0.6F, 1.5F},
                        {F::Circularity, 0.5F, 1}}));
    add("ED30.0", "Neuropathic skin ulceration", "Neuropathic ulcer", HighPriority,
        profile(-0.5F, {{F::Exudate, 0.1F, 2},
                        {F::Erythema, 0.35F, 1.5F},
                        {F::Scale, 0.35F, 1.5F},
                        {F::LargestLesion, 0.2F, 1.5F},
                        {F::Circularity, 0.55F, 1}}));
    add("EB21", "Pyoderma gangrenosum", "Pyoderma gangrenosum", Urgent,
        profile(-0.8F, {{F::Erythema, 0.5F, 2},
                        {F::RedIntensity, 0.9F, 1},
                        {F::Exudate, 0.15F, 2},
                        {F::Pigment, 0.1F, 1},
                        {F::LargestLesion, 0.4F, 1.5F},
                        {F::ColourVariegation, 0.6F, 1.5F},
                        {F::BorderIrregularity, 0.5F, 1}}));
    add("EF50", "Livedoid vasculopathy", "Livedoid vasculopathy", HighPriority,
        profile(-0.9F, {{F::Erythema, 0.35F, 1.5F},
                        {F::Pigment, 0.2F, 1.5F},
                        {F::Depigmentation, 0.2F, 1.5F},
                        {F::LesionCount, 0.6F, 1},
                        {F::LargestLesion, 0.12F, 1}}));

    // --- Hair --------------------------------------------------------------------------------
    add("ED70.2", "Alopecia areata", "Alopecia areata", None,
        profile(0.1F, {{F::Hair, 0.4F, 5},
                       {F::Erythema, 0.25F, 0.5F},
                       {F::Depigmentation, 0.0F, 1},
                       {F::Circularity, 0.5F, 1},
                       {F::LargestLesion, 0.3F, 1},
                       {F::Scale, 0.3F, 0.5F}}));
    add("ED70.0", "Male pattern hair loss", "Androgenetic alopecia", None,
        profile(-0.2F, {{F::Hair, 0.35F, 5},
                        {F::Erythema, 0.2F, 0.5F},
                        {F::LargestLesion, 0.45F, 1},
                        {F::LesionCount, 0.2F, 1}}));

    return list;
}

} // namespace

const QVector<Condition> &conditionCatalogue()
{
    static const QVector<Condition> catalogue = buildCatalogue();
    return catalogue;
}

} // namespace dv::sandbox
