#include "sandbox/severity/Instruments.h"

#include "sandbox/severity/BodySites.h"

#include <QHash>

namespace dv::sandbox::severity {

namespace {

LocalizedText text4(const char *en, const char *es, const char *fr, const char *de)
{
    return {QString::fromUtf8(en), QString::fromUtf8(es), QString::fromUtf8(fr),
            QString::fromUtf8(de)};
}

/// Item texts, keyed by `code@instrument` where one code means different things in
/// different instruments, otherwise by `code`.
struct ItemTextRow
{
    const char *key;
    const char *en;
    const char *es;
    const char *fr;
    const char *de;
};

// clang-format off
const ItemTextRow itemTextRows[] = {
    // DLQI: the ten domains (labels, not the copyrighted wording).
    {"question1@dlqi", "Itchy, sore, painful or stinging skin (last week)", "Picor, dolor o escozor de la piel (última semana)", "Démangeaisons, douleurs ou sensations de brûlure de la peau (semaine passée)", "Juckende, wunde, schmerzende oder brennende Haut (letzte Woche)"},
    {"question2@dlqi", "Embarrassment or self-consciousness because of the skin", "Vergüenza o timidez a causa de la piel", "Gêne ou embarras à cause de la peau", "Verlegenheit oder Befangenheit wegen der Haut"},
    {"question3@dlqi", "Interference with shopping, home or garden", "Interferencia con las compras, la casa o el jardín", "Gêne pour les courses, la maison ou le jardin", "Beeinträchtigung beim Einkaufen, im Haushalt oder im Garten"},
    {"question4@dlqi", "Influence on the clothes worn", "Influencia en la ropa que se lleva", "Influence sur le choix des vêtements", "Einfluss auf die Wahl der Kleidung"},
    {"question5@dlqi", "Effect on social or leisure activities", "Efecto en las actividades sociales o de ocio", "Effet sur les activités sociales ou de loisirs", "Auswirkung auf soziale Aktivitäten oder Freizeit"},
    {"question6@dlqi", "Difficulty doing sport", "Dificultad para hacer deporte", "Difficulté à faire du sport", "Schwierigkeiten beim Sport"},
    {"question7@dlqi", "Prevented from working or studying, or problems at work or study", "Impedimento o problemas para trabajar o estudiar", "Empêchement ou difficultés au travail ou dans les études", "Verhinderung oder Probleme bei Arbeit oder Studium"},
    {"question8@dlqi", "Problems with partner, close friends or relatives", "Problemas con la pareja, amigos íntimos o familiares", "Problèmes avec le partenaire, les amis proches ou la famille", "Probleme mit Partner, engen Freunden oder Verwandten"},
    {"question9@dlqi", "Sexual difficulties", "Dificultades sexuales", "Difficultés sexuelles", "Sexuelle Schwierigkeiten"},
    {"question10@dlqi", "Problems caused by the treatment", "Problemas causados por el tratamiento", "Problèmes causés par le traitement", "Probleme durch die Behandlung"},
    // PURE-4: generic labels; the instrument's wording is not reproduced.
    {"question1@pure4", "PURE-4 screening question 1", "Pregunta de cribado PURE-4 n.º 1", "Question de dépistage PURE-4 n° 1", "PURE-4-Screeningfrage 1"},
    {"question2@pure4", "PURE-4 screening question 2", "Pregunta de cribado PURE-4 n.º 2", "Question de dépistage PURE-4 n° 2", "PURE-4-Screeningfrage 2"},
    {"question3@pure4", "PURE-4 screening question 3", "Pregunta de cribado PURE-4 n.º 3", "Question de dépistage PURE-4 n° 3", "PURE-4-Screeningfrage 3"},
    {"question4@pure4", "PURE-4 screening question 4", "Pregunta de cribado PURE-4 n.º 4", "Question de dépistage PURE-4 n° 4", "PURE-4-Screeningfrage 4"},
    // Area and demographics.
    {"surface@pasi", "Affected area of the region (0 = none, 1 = <10%, 2 = 10–29%, 3 = 30–49%, 4 = 50–69%, 5 = 70–89%, 6 = 90–100%)", "Superficie afectada de la región (0 = nada, 1 = <10 %, 2 = 10–29 %, 3 = 30–49 %, 4 = 50–69 %, 5 = 70–89 %, 6 = 90–100 %)", "Surface atteinte de la région (0 = aucune, 1 = <10 %, 2 = 10–29 %, 3 = 30–49 %, 4 = 50–69 %, 5 = 70–89 %, 6 = 90–100 %)", "Betroffene Fläche der Region (0 = keine, 1 = <10 %, 2 = 10–29 %, 3 = 30–49 %, 4 = 50–69 %, 5 = 70–89 %, 6 = 90–100 %)"},
    {"surface@apasi", "Affected area of the region (0 = none, 1 = <10%, 2 = 10–29%, 3 = 30–49%, 4 = 50–69%, 5 = 70–89%, 6 = 90–100%)", "Superficie afectada de la región (0 = nada, 1 = <10 %, 2 = 10–29 %, 3 = 30–49 %, 4 = 50–69 %, 5 = 70–89 %, 6 = 90–100 %)", "Surface atteinte de la région (0 = aucune, 1 = <10 %, 2 = 10–29 %, 3 = 30–49 %, 4 = 50–69 %, 5 = 70–89 %, 6 = 90–100 %)", "Betroffene Fläche der Region (0 = keine, 1 = <10 %, 2 = 10–29 %, 3 = 30–49 %, 4 = 50–69 %, 5 = 70–89 %, 6 = 90–100 %)"},
    {"surface@scorad", "Extent: affected body surface area (%)", "Extensión: superficie corporal afectada (%)", "Étendue : surface corporelle atteinte (%)", "Ausdehnung: betroffene Körperoberfläche (%)"},
    {"surface@ascorad", "Extent: affected body surface area (%)", "Extensión: superficie corporal afectada (%)", "Étendue : surface corporelle atteinte (%)", "Ausdehnung: betroffene Körperoberfläche (%)"},
    {"surface@aeasi", "Affected area of the body region (%)", "Superficie afectada de la región corporal (%)", "Surface atteinte de la région corporelle (%)", "Betroffene Fläche der Körperregion (%)"},
    {"patientAge", "Patient age (years)", "Edad del paciente (años)", "Âge du patient (années)", "Alter des Patienten (Jahre)"},
    // Clinical signs.
    {"erythema", "Erythema (redness)", "Eritema (enrojecimiento)", "Érythème (rougeur)", "Erythem (Rötung)"},
    {"induration", "Induration (plaque thickness)", "Induración (grosor de la placa)", "Induration (épaisseur de la plaque)", "Induration (Plaquedicke)"},
    {"induration@aeasi", "Oedema/papulation", "Edema/papulación", "Œdème/papulation", "Ödem/Papelbildung"},
    {"desquamation", "Desquamation (scaling)", "Descamación", "Desquamation", "Schuppung"},
    {"swelling", "Oedema/papulation (swelling)", "Edema/papulación (hinchazón)", "Œdème/papulation (gonflement)", "Ödem/Papelbildung (Schwellung)"},
    {"crusting", "Oozing/crusting", "Exudación/costras", "Suintement/croûtes", "Nässen/Krustenbildung"},
    {"excoriation", "Excoriation (scratch marks)", "Excoriación (marcas de rascado)", "Excoriation (traces de grattage)", "Exkoriation (Kratzspuren)"},
    {"lichenification", "Lichenification", "Liquenificación", "Lichénification", "Lichenifikation"},
    {"dryness", "Dryness of uninvolved skin", "Sequedad de la piel no afectada", "Sécheresse de la peau non atteinte", "Trockenheit der nicht befallenen Haut"},
    {"dryness@nsil", "Dryness", "Sequedad", "Sécheresse", "Trockenheit"},
    {"pustules", "Pustules", "Pústulas", "Pustules", "Pusteln"},
    {"scaling", "Scaling/crusting", "Descamación/costras", "Desquamation/croûtes", "Schuppung/Krusten"},
    {"acneLesions", "Inflammatory acne lesions (count)", "Lesiones inflamatorias de acné (número)", "Lésions inflammatoires d'acné (nombre)", "Entzündliche Akneläsionen (Anzahl)"},
    {"inflammatoryLesions", "Inflammatory lesions (count)", "Lesiones inflamatorias (número)", "Lésions inflammatoires (nombre)", "Entzündliche Läsionen (Anzahl)"},
    // Symptoms.
    {"pruritus", "Pruritus (itch), 0–10", "Prurito (picor), 0–10", "Prurit (démangeaisons), 0–10", "Pruritus (Juckreiz), 0–10"},
    {"pruritus@scorad", "Pruritus (itch), 0–10, average of the last 3 days", "Prurito (picor), 0–10, media de los últimos 3 días", "Prurit (démangeaisons), 0–10, moyenne des 3 derniers jours", "Pruritus (Juckreiz), 0–10, Durchschnitt der letzten 3 Tage"},
    {"pruritus@ascorad", "Pruritus (itch), 0–10, average of the last 3 days", "Prurito (picor), 0–10, media de los últimos 3 días", "Prurit (démangeaisons), 0–10, moyenne des 3 derniers jours", "Pruritus (Juckreiz), 0–10, Durchschnitt der letzten 3 Tage"},
    {"pruritus@uas", "Itch intensity (0 none, 1 mild, 2 moderate, 3 intense)", "Intensidad del picor (0 nada, 1 leve, 2 moderado, 3 intenso)", "Intensité du prurit (0 aucun, 1 léger, 2 modéré, 3 intense)", "Juckreizintensität (0 keiner, 1 leicht, 2 mäßig, 3 stark)"},
    {"pruritus@auas", "Itch intensity (0 none, 1 mild, 2 moderate, 3 intense)", "Intensidad del picor (0 nada, 1 leve, 2 moderado, 3 intenso)", "Intensité du prurit (0 aucun, 1 léger, 2 modéré, 3 intense)", "Juckreizintensität (0 keiner, 1 leicht, 2 mäßig, 3 stark)"},
    {"sleeplessness", "Sleeplessness, 0–10, average of the last 3 days", "Insomnio, 0–10, media de los últimos 3 días", "Insomnie, 0–10, moyenne des 3 derniers jours", "Schlaflosigkeit, 0–10, Durchschnitt der letzten 3 Tage"},
    {"wheals", "Wheals (0 none, 1 <20, 2 20–50, 3 >50 in 24 h)", "Habones (0 ninguno, 1 <20, 2 20–50, 3 >50 en 24 h)", "Papules ortiées (0 aucune, 1 <20, 2 20–50, 3 >50 en 24 h)", "Quaddeln (0 keine, 1 <20, 2 20–50, 3 >50 in 24 h)"},
    {"pain", "Pain, 0–10", "Dolor, 0–10", "Douleur, 0–10", "Schmerz, 0–10"},
    {"fever", "Fever", "Fiebre", "Fièvre", "Fieber"},
    {"cough", "Cough", "Tos", "Toux", "Husten"},
    {"cephalea", "Headache", "Cefalea", "Céphalée", "Kopfschmerzen"},
    {"myalgiaOrArthralgia", "Muscle or joint pain", "Mialgia o artralgia", "Myalgies ou arthralgies", "Muskel- oder Gelenkschmerzen"},
    {"malaise", "Malaise", "Malestar general", "Malaise", "Unwohlsein"},
    {"lossOfTasteOrOlfactory", "Loss of taste or smell", "Pérdida del gusto o del olfato", "Perte du goût ou de l'odorat", "Geschmacks- oder Geruchsverlust"},
    {"shortnessOfBreath", "Shortness of breath", "Dificultad para respirar", "Essoufflement", "Atemnot"},
    {"otherSkinProblems", "Other skin problems", "Otros problemas de la piel", "Autres problèmes de peau", "Andere Hautprobleme"},
    // Glasgow 7-point checklist.
    {"changeInSize", "Change in size (major)", "Cambio de tamaño (mayor)", "Changement de taille (majeur)", "Größenänderung (Hauptkriterium)"},
    {"irregularPigmentation", "Irregular colour (major)", "Pigmentación irregular (mayor)", "Pigmentation irrégulière (majeur)", "Unregelmäßige Pigmentierung (Hauptkriterium)"},
    {"irregularBorder", "Irregular shape or border (major)", "Forma o borde irregular (mayor)", "Forme ou bord irréguliers (majeur)", "Unregelmäßige Form oder Begrenzung (Hauptkriterium)"},
    {"inflammation", "Inflammation (minor)", "Inflamación (menor)", "Inflammation (mineur)", "Entzündung (Nebenkriterium)"},
    {"largerThanOtherLesions", "Largest diameter 7 mm or more (minor)", "Diámetro mayor de 7 mm o más (menor)", "Plus grand diamètre de 7 mm ou plus (mineur)", "Größter Durchmesser 7 mm oder mehr (Nebenkriterium)"},
    {"itchOrAlteredSensation", "Itch or altered sensation (minor)", "Picor o alteración de la sensibilidad (menor)", "Démangeaison ou sensation modifiée (mineur)", "Juckreiz oder veränderte Empfindung (Nebenkriterium)"},
    {"crustingOrBleeding", "Oozing, crusting or bleeding (minor)", "Exudación, costras o sangrado (menor)", "Suintement, croûtes ou saignement (mineur)", "Nässen, Krusten oder Blutung (Nebenkriterium)"},
    // GAGS (each area: 0 none, 1 comedones, 2 papules, 3 pustules, 4 nodules).
    {"forehead", "Forehead (most severe lesion)", "Frente (lesión más grave)", "Front (lésion la plus sévère)", "Stirn (schwerste Läsion)"},
    {"rightCheek", "Right cheek (most severe lesion)", "Mejilla derecha (lesión más grave)", "Joue droite (lésion la plus sévère)", "Rechte Wange (schwerste Läsion)"},
    {"leftCheek", "Left cheek (most severe lesion)", "Mejilla izquierda (lesión más grave)", "Joue gauche (lésion la plus sévère)", "Linke Wange (schwerste Läsion)"},
    {"nose", "Nose (most severe lesion)", "Nariz (lesión más grave)", "Nez (lésion la plus sévère)", "Nase (schwerste Läsion)"},
    {"chin", "Chin (most severe lesion)", "Barbilla (lesión más grave)", "Menton (lésion la plus sévère)", "Kinn (schwerste Läsion)"},
    {"chestAndUpperBack", "Chest and upper back (most severe lesion)", "Pecho y parte superior de la espalda (lesión más grave)", "Poitrine et haut du dos (lésion la plus sévère)", "Brust und oberer Rücken (schwerste Läsion)"},
    // IHS4.
    {"nodule", "Inflammatory nodules (count)", "Nódulos inflamatorios (número)", "Nodules inflammatoires (nombre)", "Entzündliche Knoten (Anzahl)"},
    {"abscess", "Abscesses (count)", "Abscesos (número)", "Abcès (nombre)", "Abszesse (Anzahl)"},
    {"drainingTunnel", "Draining tunnels, fistulae/sinuses (count)", "Túneles drenantes, fístulas (número)", "Tunnels drainants, fistules (nombre)", "Drainierende Tunnel, Fisteln (Anzahl)"},
    // UCT (answers scored 0 = worst to 4 = best).
    {"manifestations", "Physical symptoms of urticaria (itch, hives, swelling), last 4 weeks", "Síntomas físicos de la urticaria (picor, habones, hinchazón), últimas 4 semanas", "Symptômes physiques de l'urticaire (démangeaisons, plaques, gonflement), 4 dernières semaines", "Körperliche Urtikaria-Beschwerden (Juckreiz, Quaddeln, Schwellungen), letzte 4 Wochen"},
    {"qualityOfLife", "Impact on quality of life, last 4 weeks", "Impacto en la calidad de vida, últimas 4 semanas", "Retentissement sur la qualité de vie, 4 dernières semaines", "Beeinträchtigung der Lebensqualität, letzte 4 Wochen"},
    {"treatmentNotEnough", "How often treatment was not enough to control the symptoms", "Frecuencia con la que el tratamiento no bastó para controlar los síntomas", "Fréquence à laquelle le traitement n'a pas suffi à contrôler les symptômes", "Wie oft die Behandlung nicht zur Kontrolle der Beschwerden ausreichte"},
    {"overallUnderControl", "How well the urticaria was controlled overall", "Grado de control global de la urticaria", "Degré de contrôle global de l'urticaire", "Wie gut die Urtikaria insgesamt unter Kontrolle war"},
    // RESVECH 2.0.
    {"woundDimensions", "Wound dimensions", "Dimensiones de la lesión", "Dimensions de la plaie", "Wundgröße"},
    {"tissues", "Depth / tissues involved", "Profundidad / tejidos afectados", "Profondeur / tissus atteints", "Tiefe / betroffene Gewebe"},
    {"edges", "Edges", "Bordes", "Berges", "Wundränder"},
    {"tissueInWoundBed", "Type of tissue in the wound bed", "Tipo de tejido en el lecho de la herida", "Type de tissu du lit de la plaie", "Gewebeart im Wundbett"},
    {"exudate", "Exudate", "Exudado", "Exsudat", "Exsudat"},
    {"frequencyOfPain", "Frequency of pain", "Frecuencia del dolor", "Fréquence de la douleur", "Schmerzhäufigkeit"},
    {"tunneling", "Tunnelling", "Tunelización", "Tunnellisation", "Tunnelbildung"},
    {"macerationAroundWound", "Maceration around the wound", "Maceración perilesional", "Macération périlésionnelle", "Mazeration der Wundumgebung"},
    {"increasingPain", "Infection sign: increasing pain", "Signo de infección: aumento del dolor", "Signe d'infection : douleur croissante", "Infektionszeichen: zunehmender Schmerz"},
    {"erythemaAroundWound", "Infection sign: erythema around the wound", "Signo de infección: eritema perilesional", "Signe d'infection : érythème périlésionnel", "Infektionszeichen: Erythem der Wundumgebung"},
    {"erythemaAroundWound@awosi", "Erythema around the wound", "Eritema perilesional", "Érythème périlésionnel", "Erythem der Wundumgebung"},
    {"edemaAroundWound", "Infection sign: oedema around the wound", "Signo de infección: edema perilesional", "Signe d'infection : œdème périlésionnel", "Infektionszeichen: Ödem der Wundumgebung"},
    {"temperatureRise", "Infection sign: rise in temperature", "Signo de infección: aumento de la temperatura", "Signe d'infection : élévation de la température", "Infektionszeichen: Temperaturanstieg"},
    {"increasingExudate", "Infection sign: increasing exudate", "Signo de infección: aumento del exudado", "Signe d'infection : exsudat croissant", "Infektionszeichen: zunehmendes Exsudat"},
    {"purulentExudate", "Infection sign: purulent exudate", "Signo de infección: exudado purulento", "Signe d'infection : exsudat purulent", "Infektionszeichen: eitriges Exsudat"},
    {"tissueFriableOrBleedsEasily", "Infection sign: friable tissue or bleeds easily", "Signo de infección: tejido friable o que sangra con facilidad", "Signe d'infection : tissu friable ou saignant facilement", "Infektionszeichen: brüchiges oder leicht blutendes Gewebe"},
    {"stationaryWound", "Infection sign: stationary wound", "Signo de infección: herida estancada", "Signe d'infection : plaie stagnante", "Infektionszeichen: stagnierende Wunde"},
    {"biofilmCompatibleTissue", "Infection sign: biofilm-compatible tissue", "Signo de infección: tejido compatible con biofilm", "Signe d'infection : tissu évocateur de biofilm", "Infektionszeichen: biofilmverdächtiges Gewebe"},
    {"odor", "Infection sign: odour", "Signo de infección: olor", "Signe d'infection : odeur", "Infektionszeichen: Geruch"},
    {"hypergranulation", "Infection sign: hypergranulation", "Signo de infección: hipergranulación", "Signe d'infection : hypergranulation", "Infektionszeichen: Hypergranulation"},
    {"increasingWound", "Infection sign: increase in wound size", "Signo de infección: aumento del tamaño de la herida", "Signe d'infection : augmentation de la taille de la plaie", "Infektionszeichen: Wundvergrößerung"},
    {"satelliteLesions", "Infection sign: satellite lesions", "Signo de infección: lesiones satélite", "Signe d'infection : lésions satellites", "Infektionszeichen: Satellitenläsionen"},
    {"tissuePaleness", "Infection sign: pale tissue", "Signo de infección: palidez del tejido", "Signe d'infection : pâleur du tissu", "Infektionszeichen: Gewebeblässe"},
};
// clang-format on

LocalizedText itemText(const QString &instrument, const QString &item)
{
    static const QHash<QString, LocalizedText> table = [] {
        QHash<QString, LocalizedText> rows;
        for (const ItemTextRow &row : itemTextRows)
            rows.insert(QString::fromUtf8(row.key), text4(row.en, row.es, row.fr, row.de));
        return rows;
    }();
    const auto specific = table.constFind(item + QLatin1Char('@') + instrument);
    if (specific != table.cend())
        return *specific;
    // Every item of the catalogue has a text; the fallback only guards against a typo.
    return table.value(item, LocalizedText{item, item, item, item});
}

/// The item codes of the RESVECH infection / inflammation signs (RESVECH 2.0 item 6, named as
/// the vendor's SDK names them); 0 = absent, 1 = present.
const char *const resvechInfectionSigns[] = {
    "increasingPain",
    "erythemaAroundWound",
    "edemaAroundWound",
    "temperatureRise",
    "increasingExudate",
    "purulentExudate",
    "tissueFriableOrBleedsEasily",
    "stationaryWound",
    "biofilmCompatibleTissue",
    "odor",
    "hypergranulation",
    "increasingWound",
    "satelliteLesions",
    "tissuePaleness",
};

class Builder
{
public:
    Builder &instrument(const char *code, const char *identifier, Endpoint endpoint, SiteRule rule,
                        QStringList pathologies, LocalizedText title, LocalizedText description)
    {
        Instrument entry;
        entry.code = QString::fromLatin1(code);
        entry.identifier = QString::fromLatin1(identifier);
        entry.endpoint = endpoint;
        entry.siteRule = rule;
        entry.pathologies = std::move(pathologies);
        entry.title = std::move(title);
        entry.description = std::move(description);
        m_list.append(entry);
        return *this;
    }
    Builder &ask(const char *code, double min, double max, ItemScale scale,
                 ValueType type = ValueType::Integer)
    {
        return add(code, min, max, scale, type, ItemSource::Questionnaire);
    }
    Builder &infer(const char *code, double min, double max, ItemScale scale)
    {
        return add(code, min, max, scale, ValueType::Integer, ItemSource::Image);
    }
    QVector<Instrument> take() { return std::move(m_list); }

private:
    Builder &add(const char *code, double min, double max, ItemScale scale, ValueType type,
                 ItemSource source)
    {
        Instrument &entry = m_list.last();
        ItemSpec item;
        item.code = QString::fromLatin1(code);
        item.text = itemText(entry.code, item.code);
        item.min = min;
        item.max = max;
        item.type = type;
        item.source = source;
        item.scale = scale;
        entry.items.append(item);
        return *this;
    }

    QVector<Instrument> m_list;
};

/// Upper bound of a lesion count: generous, but a bound (pydantic `le=`).
constexpr double maxCount = 999;

QStringList codes(std::initializer_list<const char *> list)
{
    QStringList result;
    for (const char *code : list)
        result.append(QString::fromLatin1(code));
    return result;
}

// ICD-11 codes we are sure of: EA90 psoriasis, EA80 atopic eczema, ED80 acne (the seed
// report's pathology). Others (urticaria, hidradenitis, vitiligo, alopecia, wounds) are left
// empty rather than guessed: a wrong code would mislead `?pathology=` filtering.
QVector<Instrument> buildInstruments()
{
    using E = Endpoint;
    using S = SiteRule;
    using I = ItemScale;
    const QStringList psoriasis = codes({"EA90"});
    const QStringList atopic = codes({"EA80"});
    const QStringList acne = codes({"ED80"});
    Builder b;

    // --- automatic, image based ----------------------------------------------------------
    b.instrument("aeasi", "aeasiLocal", E::AutomaticLocal, S::SkinSurface, atopic,
                 text4("Automatic Eczema Area and Severity Index (EASI)",
                       "Índice de Área y Gravedad del Eccema (EASI) automático",
                       "Indice de surface et de sévérité de l'eczéma (EASI) automatique",
                       "Automatischer Eczema Area and Severity Index (EASI)"),
                 text4("Eczema severity of one body region from a photo; the affected area and "
                       "the patient's age are asked.",
                       "Gravedad del eccema de una región corporal a partir de una foto; se "
                       "piden la superficie afectada y la edad del paciente.",
                       "Sévérité de l'eczéma d'une région corporelle à partir d'une photo ; la "
                       "surface atteinte et l'âge du patient sont demandés.",
                       "Schweregrad des Ekzems einer Körperregion anhand eines Fotos; betroffene "
                       "Fläche und Alter des Patienten werden abgefragt."))
        .ask("surface", 0, 100, I::None, ValueType::Number)
        .ask("patientAge", 0, 150, I::None)
        .infer("erythema", 0, 3, I::Sign3)
        .infer("induration", 0, 3, I::Sign3)
        .infer("excoriation", 0, 3, I::Sign3)
        .infer("lichenification", 0, 3, I::Sign3);

    b.instrument("agppga", "agppgaLocal", E::AutomaticLocal, S::SkinSurface, psoriasis,
                 text4("Automatic Generalized Pustular Psoriasis Physician Global Assessment "
                       "(GPPGA)",
                       "Evaluación global del médico de la psoriasis pustulosa generalizada "
                       "(GPPGA) automática",
                       "Évaluation globale par le médecin du psoriasis pustuleux généralisé "
                       "(GPPGA) automatique",
                       "Automatische ärztliche Gesamtbeurteilung der generalisierten pustulösen "
                       "Psoriasis (GPPGA)"),
                 text4("Generalized pustular psoriasis severity from a photo: erythema, pustules "
                       "and scaling/crusting, graded 0–4.",
                       "Gravedad de la psoriasis pustulosa generalizada a partir de una foto: "
                       "eritema, pústulas y descamación/costras, de 0 a 4.",
                       "Sévérité du psoriasis pustuleux généralisé à partir d'une photo : "
                       "érythème, pustules et desquamation/croûtes, de 0 à 4.",
                       "Schweregrad der generalisierten pustulösen Psoriasis anhand eines Fotos: "
                       "Erythem, Pusteln und Schuppung/Krusten, 0–4."))
        .infer("erythema", 0, 4, I::Sign4)
        .infer("pustules", 0, 4, I::Sign4)
        .infer("scaling", 0, 4, I::Sign4);

    b.instrument("aihs4", "aihs4Local", E::AutomaticLocal, S::SkinSurface, {},
                 text4("Automatic International Hidradenitis Suppurativa Severity Score System "
                       "(IHS4)",
                       "Sistema internacional de puntuación de gravedad de la hidradenitis "
                       "supurativa (IHS4) automático",
                       "Score international de sévérité de l'hidradénite suppurée (IHS4) "
                       "automatique",
                       "Automatischer internationaler Schweregrad-Score der Hidradenitis "
                       "suppurativa (IHS4)"),
                 text4("Hidradenitis suppurativa severity from a photo: nodules ×1 + abscesses ×2 "
                       "+ draining tunnels ×4, counted on the image.",
                       "Gravedad de la hidradenitis supurativa a partir de una foto: nódulos ×1 + "
                       "abscesos ×2 + túneles drenantes ×4, contados en la imagen.",
                       "Sévérité de l'hidradénite suppurée à partir d'une photo : nodules ×1 + "
                       "abcès ×2 + tunnels drainants ×4, comptés sur l'image.",
                       "Schweregrad der Hidradenitis suppurativa anhand eines Fotos: Knoten ×1 + "
                       "Abszesse ×2 + drainierende Tunnel ×4, im Bild gezählt."))
        .infer("nodule", 0, maxCount, I::Count)
        .infer("abscess", 0, maxCount, I::Count)
        .infer("drainingTunnel", 0, maxCount, I::Count);

    b.instrument("aladin", "aladinLocal", E::AutomaticLocal, S::AcneAreas, acne,
                 text4("Automatic acne lesion estimation grading index (ALADIN)",
                       "Índice automático de estimación y gradación de lesiones de acné (ALADIN)",
                       "Indice automatique d'estimation et de gradation des lésions d'acné "
                       "(ALADIN)",
                       "Automatischer Index zur Schätzung und Graduierung von Akneläsionen "
                       "(ALADIN)"),
                 text4("Acne severity from a photo: inflammatory acne lesions are detected and "
                       "their density over the visible skin is graded.",
                       "Gravedad del acné a partir de una foto: se detectan las lesiones "
                       "inflamatorias de acné y se gradúa su densidad sobre la piel visible.",
                       "Sévérité de l'acné à partir d'une photo : les lésions inflammatoires "
                       "d'acné sont détectées et leur densité sur la peau visible est graduée.",
                       "Akne-Schweregrad anhand eines Fotos: entzündliche Akneläsionen werden "
                       "erkannt und ihre Dichte auf der sichtbaren Haut bewertet."))
        .infer("acneLesions", 0, maxCount, I::Count);

    b.instrument("apasi", "apasiLocal", E::AutomaticLocal, S::SkinSurface, psoriasis,
                 text4("Automatic Psoriasis Area and Severity Index (PASI)",
                       "Índice de Área y Gravedad de la Psoriasis (PASI) automático",
                       "Indice de surface et de sévérité du psoriasis (PASI) automatique",
                       "Automatischer Psoriasis Area and Severity Index (PASI)"),
                 text4("PASI for one body region from a photo: erythema, induration and "
                       "desquamation are graded on the image; the affected area (0–6) is asked.",
                       "PASI de una región corporal a partir de una foto: eritema, induración y "
                       "descamación se gradúan en la imagen; se pide la superficie afectada "
                       "(0–6).",
                       "PASI d'une région corporelle à partir d'une photo : érythème, induration "
                       "et desquamation sont gradués sur l'image ; la surface atteinte (0–6) est "
                       "demandée.",
                       "PASI einer Körperregion anhand eines Fotos: Erythem, Induration und "
                       "Schuppung werden im Bild bewertet; die betroffene Fläche (0–6) wird "
                       "abgefragt."))
        .ask("surface", 0, 6, I::AreaGrade6)
        .infer("erythema", 0, 4, I::Sign4)
        .infer("induration", 0, 4, I::Sign4)
        .infer("desquamation", 0, 4, I::Sign4);

    b.instrument("asalt", "asaltGlobal", E::AutomaticGlobal, S::ScalpViews, {},
                 text4("Automatic Severity of Alopecia Tool (SALT)",
                       "Herramienta de gravedad de la alopecia (SALT) automática",
                       "Outil d'évaluation de la sévérité de l'alopécie (SALT) automatique",
                       "Automatisches Severity of Alopecia Tool (SALT)"),
                 text4("Scalp hair loss from the four standard views (top 40%, back 24%, left 18%, "
                       "right 18%), one photo per view.",
                       "Pérdida de cabello del cuero cabelludo a partir de las cuatro vistas "
                       "estándar (superior 40 %, posterior 24 %, izquierda 18 %, derecha 18 %), "
                       "una foto por vista.",
                       "Perte de cheveux du cuir chevelu à partir des quatre vues standard "
                       "(dessus 40 %, arrière 24 %, gauche 18 %, droite 18 %), une photo par vue.",
                       "Haarverlust der Kopfhaut aus den vier Standardansichten (oben 40 %, "
                       "hinten 24 %, links 18 %, rechts 18 %), ein Foto pro Ansicht."));

    b.instrument("ascorad", "ascoradLocal", E::AutomaticLocal, S::SkinSurface, atopic,
                 text4("Automatic SCORing Atopic Dermatitis (SCORAD)",
                       "SCORAD automático (índice de gravedad de la dermatitis atópica)",
                       "SCORAD automatique (score de sévérité de la dermatite atopique)",
                       "Automatischer SCORAD (Schweregrad der atopischen Dermatitis)"),
                 text4("SCORAD from a photo: the six intensity signs are graded on the image; "
                       "extent, pruritus and sleeplessness are asked.",
                       "SCORAD a partir de una foto: los seis signos de intensidad se gradúan en "
                       "la imagen; se piden la extensión, el prurito y el insomnio.",
                       "SCORAD à partir d'une photo : les six signes d'intensité sont gradués sur "
                       "l'image ; l'étendue, le prurit et l'insomnie sont demandés.",
                       "SCORAD anhand eines Fotos: die sechs Intensitätszeichen werden im Bild "
                       "bewertet; Ausdehnung, Juckreiz und Schlaflosigkeit werden abgefragt."))
        .ask("surface", 0, 100, I::None, ValueType::Number)
        .ask("pruritus", 0, 10, I::None)
        .ask("sleeplessness", 0, 10, I::None)
        .infer("erythema", 0, 3, I::Sign3)
        .infer("swelling", 0, 3, I::Sign3)
        .infer("crusting", 0, 3, I::Sign3)
        .infer("excoriation", 0, 3, I::Sign3)
        .infer("lichenification", 0, 3, I::Sign3)
        .infer("dryness", 0, 3, I::Sign3);

    b.instrument("auas", "auasLocal", E::AutomaticLocal, S::SkinSurface, {},
                 text4("Automatic Urticaria Activity Score (UAS)",
                       "Puntuación de actividad de la urticaria (UAS) automática",
                       "Score d'activité de l'urticaire (UAS) automatique",
                       "Automatischer Urtikaria-Aktivitätsscore (UAS)"),
                 text4("Daily urticaria activity from a photo: wheals are counted on the image; "
                       "itch intensity (0–3) is asked.",
                       "Actividad diaria de la urticaria a partir de una foto: los habones se "
                       "cuentan en la imagen; se pide la intensidad del picor (0–3).",
                       "Activité quotidienne de l'urticaire à partir d'une photo : les papules "
                       "ortiées sont comptées sur l'image ; l'intensité du prurit (0–3) est "
                       "demandée.",
                       "Tägliche Urtikaria-Aktivität anhand eines Fotos: Quaddeln werden im Bild "
                       "gezählt; die Juckreizintensität (0–3) wird abgefragt."))
        .ask("pruritus", 0, 3, I::Uas3)
        .infer("wheals", 0, 3, I::Uas3);

    b.instrument("awosi", "awosiLocal", E::AutomaticLocal, S::SkinSurface, {},
                 text4("Automatic Wound Severity Index (AWOSI)",
                       "Índice automático de gravedad de heridas (AWOSI)",
                       "Indice automatique de sévérité des plaies (AWOSI)",
                       "Automatischer Wundschweregrad-Index (AWOSI)"),
                 text4("Wound severity from a photo: wound size, wound-bed tissue and erythema "
                       "around the wound, each graded 0–4.",
                       "Gravedad de una herida a partir de una foto: tamaño, tejido del lecho y "
                       "eritema perilesional, cada uno de 0 a 4.",
                       "Sévérité d'une plaie à partir d'une photo : taille, tissu du lit de la "
                       "plaie et érythème périlésionnel, chacun de 0 à 4.",
                       "Wundschweregrad anhand eines Fotos: Wundgröße, Gewebe im Wundbett und "
                       "Erythem der Wundumgebung, jeweils 0–4."))
        .infer("woundDimensions", 0, 4, I::Sign4)
        .infer("tissueInWoundBed", 0, 4, I::None)
        .infer("erythemaAroundWound", 0, 4, I::Sign4);

    b.instrument("avasi", "avasiGlobal", E::AutomaticGlobal, S::WholeBodyPhotos, {},
                 text4("Automatic Vitiligo Area Scoring Index (VASI)",
                       "Índice de puntuación del área de vitíligo (VASI) automático",
                       "Indice de surface du vitiligo (VASI) automatique",
                       "Automatischer Vitiligo Area Scoring Index (VASI)"),
                 text4("Vitiligo extent over the whole body: depigmented skin is measured on one "
                       "photo per body site and weighted by each site's share of the body "
                       "surface.",
                       "Extensión del vitíligo en todo el cuerpo: la piel despigmentada se mide "
                       "en una foto por zona y se pondera por la proporción de superficie "
                       "corporal de cada zona.",
                       "Étendue du vitiligo sur tout le corps : la peau dépigmentée est mesurée "
                       "sur une photo par site et pondérée par la part de surface corporelle de "
                       "chaque site.",
                       "Vitiligo-Ausdehnung am ganzen Körper: depigmentierte Haut wird auf einem "
                       "Foto pro Körperstelle gemessen und nach deren Anteil an der "
                       "Körperoberfläche gewichtet."));

    // --- nsil: automatic single zone (dryness, erythema, inflammatory lesions) -------------
    b.instrument("nsil", "nsilLocal", E::AutomaticLocal, S::SkinSurface, {},
                 text4("NSIL: dryness, erythema and inflammatory lesions",
                       "NSIL: sequedad, eritema y lesiones inflamatorias",
                       "NSIL : sécheresse, érythème et lésions inflammatoires",
                       "NSIL: Trockenheit, Erythem und entzündliche Läsionen"),
                 text4("Automatic single-zone assessment of dryness, erythema and inflammatory "
                       "lesions.",
                       "Evaluación automática de una zona: sequedad, eritema y lesiones "
                       "inflamatorias.",
                       "Évaluation automatique d'une zone : sécheresse, érythème et lésions "
                       "inflammatoires.",
                       "Automatische Bewertung einer Zone: Trockenheit, Erythem und entzündliche "
                       "Läsionen."))
        .infer("dryness", 0, 3, I::Sign3)
        .infer("erythema", 0, 3, I::Sign3)
        .infer("inflammatoryLesions", 0, maxCount, I::Count);

    // --- questionnaire based (manual) ----------------------------------------------------
    b.instrument("dlqi", "dlqi", E::Manual, S::AnySite, {},
                 text4("Dermatology Life Quality Index (DLQI)",
                       "Índice de calidad de vida en dermatología (DLQI)",
                       "Indice de qualité de vie en dermatologie (DLQI)",
                       "Dermatologischer Lebensqualitätsindex (DLQI)"),
                 text4("Ten questions on how the skin disease affected the patient's life over "
                       "the last week (0–30).",
                       "Diez preguntas sobre cómo afectó la enfermedad de la piel a la vida del "
                       "paciente durante la última semana (0–30).",
                       "Dix questions sur l'effet de la maladie de peau sur la vie du patient au "
                       "cours de la semaine passée (0–30).",
                       "Zehn Fragen dazu, wie die Hauterkrankung das Leben des Patienten in der "
                       "letzten Woche beeinflusst hat (0–30)."));
    for (const char *q : {"question1", "question2", "question3", "question4", "question5",
                          "question6", "question7", "question8", "question9", "question10"})
        b.ask(q, 0, 3, I::Dlqi3);

    b.instrument("gags", "gags", E::Manual, S::AcneAreas, acne,
                 text4("Global Acne Grading System (GAGS)",
                       "Sistema global de gradación del acné (GAGS)",
                       "Système global de gradation de l'acné (GAGS)",
                       "Globales Akne-Graduierungssystem (GAGS)"),
                 text4("Acne severity: six areas graded 0–4 by their most severe lesion, weighted "
                       "by area size (0–44).",
                       "Gravedad del acné: seis zonas graduadas de 0 a 4 según su lesión más "
                       "grave, ponderadas por tamaño (0–44).",
                       "Sévérité de l'acné : six zones cotées de 0 à 4 selon leur lésion la plus "
                       "sévère, pondérées par leur taille (0–44).",
                       "Akne-Schweregrad: sechs Areale nach ihrer schwersten Läsion mit 0–4 "
                       "bewertet und nach Größe gewichtet (0–44)."))
        .ask("forehead", 0, 4, I::Gags4)
        .ask("rightCheek", 0, 4, I::Gags4)
        .ask("leftCheek", 0, 4, I::Gags4)
        .ask("nose", 0, 4, I::Gags4)
        .ask("chin", 0, 4, I::Gags4)
        .ask("chestAndUpperBack", 0, 4, I::Gags4);

    b.instrument("ihs4", "ihs4Local", E::Manual, S::SkinSurface, {},
                 text4("International Hidradenitis Suppurativa Severity Score System (IHS4)",
                       "Sistema internacional de puntuación de gravedad de la hidradenitis "
                       "supurativa (IHS4)",
                       "Score international de sévérité de l'hidradénite suppurée (IHS4)",
                       "Internationaler Schweregrad-Score der Hidradenitis suppurativa (IHS4)"),
                 text4("Hidradenitis suppurativa severity: nodules ×1 + abscesses ×2 + draining "
                       "tunnels ×4.",
                       "Gravedad de la hidradenitis supurativa: nódulos ×1 + abscesos ×2 + "
                       "túneles drenantes ×4.",
                       "Sévérité de l'hidradénite suppurée : nodules ×1 + abcès ×2 + tunnels "
                       "drainants ×4.",
                       "Schweregrad der Hidradenitis suppurativa: Knoten ×1 + Abszesse ×2 + "
                       "drainierende Tunnel ×4."))
        .ask("nodule", 0, maxCount, I::Count)
        .ask("abscess", 0, maxCount, I::Count)
        .ask("drainingTunnel", 0, maxCount, I::Count);

    b.instrument("pasi", "pasiLocal", E::Manual, S::SkinSurface, psoriasis,
                 text4("Psoriasis Area and Severity Index (PASI)",
                       "Índice de Área y Gravedad de la Psoriasis (PASI)",
                       "Indice de surface et de sévérité du psoriasis (PASI)",
                       "Psoriasis Area and Severity Index (PASI)"),
                 text4("PASI for one body region: (erythema + induration + desquamation) × area "
                       "grade (0–72).",
                       "PASI de una región corporal: (eritema + induración + descamación) × "
                       "grado de superficie (0–72).",
                       "PASI d'une région corporelle : (érythème + induration + desquamation) × "
                       "score de surface (0–72).",
                       "PASI einer Körperregion: (Erythem + Induration + Schuppung) × Flächengrad "
                       "(0–72)."))
        .ask("surface", 0, 6, I::AreaGrade6)
        .ask("erythema", 0, 4, I::Sign4)
        .ask("induration", 0, 4, I::Sign4)
        .ask("desquamation", 0, 4, I::Sign4);

    b.instrument("pga", "pga", E::Manual, S::SkinSurface, psoriasis,
                 text4("Physician Global Assessment (PGA) of psoriasis",
                       "Evaluación global del médico (PGA) de la psoriasis",
                       "Évaluation globale par le médecin (PGA) du psoriasis",
                       "Ärztliche Gesamtbeurteilung (PGA) der Psoriasis"),
                 text4("Physician's global assessment of psoriasis plaques: mean of erythema, "
                       "induration and desquamation (0 clear – 4 severe).",
                       "Evaluación global del médico de las placas de psoriasis: media de "
                       "eritema, induración y descamación (0 blanqueada – 4 grave).",
                       "Évaluation globale des plaques de psoriasis par le médecin : moyenne de "
                       "l'érythème, de l'induration et de la desquamation (0 blanchi – 4 "
                       "sévère).",
                       "Ärztliche Gesamtbeurteilung der Psoriasis-Plaques: Mittelwert aus "
                       "Erythem, Induration und Schuppung (0 erscheinungsfrei – 4 schwer)."))
        .ask("erythema", 0, 4, I::Sign4)
        .ask("desquamation", 0, 4, I::Sign4)
        .ask("induration", 0, 4, I::Sign4);

    b.instrument("pure4", "pure4", E::Manual, S::AnySite, psoriasis,
                 text4("Psoriatic arthritis UnclutteRed screening Evaluation (PURE-4)",
                       "PURE-4: cribado de artritis psoriásica",
                       "PURE-4 : dépistage du rhumatisme psoriasique",
                       "PURE-4: Screening auf Psoriasis-Arthritis"),
                 text4("Four-question screening for psoriatic arthritis in patients with "
                       "psoriasis; one positive answer suggests referral to rheumatology.",
                       "Cribado de artritis psoriásica en cuatro preguntas para pacientes con "
                       "psoriasis; una respuesta positiva sugiere derivar a reumatología.",
                       "Dépistage du rhumatisme psoriasique en quatre questions chez les patients "
                       "atteints de psoriasis ; une réponse positive suggère d'orienter vers la "
                       "rhumatologie.",
                       "Screening auf Psoriasis-Arthritis mit vier Fragen bei Psoriasis-"
                       "Patienten; eine positive Antwort spricht für eine rheumatologische "
                       "Überweisung."))
        .ask("question1", 0, 1, I::YesNo)
        .ask("question2", 0, 1, I::YesNo)
        .ask("question3", 0, 1, I::YesNo)
        .ask("question4", 0, 1, I::YesNo);

    b.instrument("resvech", "resvech", E::Manual, S::AnySite, {},
                 text4("RESVECH 2.0: Results Expected from Chronic Wound Healing Assessment",
                       "RESVECH 2.0: Resultados Esperados de la Valoración y Evolución de la "
                       "Cicatrización de las Heridas Crónicas",
                       "RESVECH 2.0 : évaluation de la cicatrisation des plaies chroniques",
                       "RESVECH 2.0: Beurteilung der Heilung chronischer Wunden"),
                 text4("Chronic wound healing assessment: wound size, depth, edges, wound-bed "
                       "tissue, exudate, pain, tunnelling, maceration and signs of infection.",
                       "Valoración de la cicatrización de heridas crónicas: tamaño, profundidad, "
                       "bordes, tejido del lecho, exudado, dolor, tunelización, maceración y "
                       "signos de infección.",
                       "Évaluation de la cicatrisation des plaies chroniques : taille, "
                       "profondeur, berges, tissu du lit, exsudat, douleur, tunnels, macération "
                       "et signes d'infection.",
                       "Beurteilung der Heilung chronischer Wunden: Größe, Tiefe, Ränder, "
                       "Wundbettgewebe, Exsudat, Schmerz, Tunnel, Mazeration und "
                       "Infektionszeichen."))
        .ask("woundDimensions", 0, 4, I::None)
        .ask("tissues", 0, 4, I::None)
        .ask("edges", 0, 4, I::None)
        .ask("tissueInWoundBed", 0, 4, I::None)
        .ask("exudate", 0, 4, I::None)
        .ask("frequencyOfPain", 0, 4, I::None)
        .ask("tunneling", 0, 4, I::None)
        .ask("macerationAroundWound", 0, 1, I::YesNo);
    for (const char *sign : resvechInfectionSigns)
        b.ask(sign, 0, 1, I::YesNo);

    b.instrument("scorad", "scoradLocal", E::Manual, S::SkinSurface, atopic,
                 text4("SCORing Atopic Dermatitis (SCORAD)",
                       "SCORAD (índice de gravedad de la dermatitis atópica)",
                       "SCORAD (score de sévérité de la dermatite atopique)",
                       "SCORAD (Schweregradindex der atopischen Dermatitis)"),
                 text4("Atopic dermatitis severity: extent/5 + 7 × intensity/2 + subjective "
                       "symptoms (0–103).",
                       "Gravedad de la dermatitis atópica: extensión/5 + 7 × intensidad/2 + "
                       "síntomas subjetivos (0–103).",
                       "Sévérité de la dermatite atopique : étendue/5 + 7 × intensité/2 + "
                       "symptômes subjectifs (0–103).",
                       "Schweregrad der atopischen Dermatitis: Ausdehnung/5 + 7 × Intensität/2 + "
                       "subjektive Symptome (0–103)."))
        .ask("surface", 0, 100, I::None, ValueType::Number)
        .ask("erythema", 0, 3, I::Sign3)
        .ask("swelling", 0, 3, I::Sign3)
        .ask("crusting", 0, 3, I::Sign3)
        .ask("excoriation", 0, 3, I::Sign3)
        .ask("lichenification", 0, 3, I::Sign3)
        .ask("dryness", 0, 3, I::Sign3)
        .ask("pruritus", 0, 10, I::None)
        .ask("sleeplessness", 0, 10, I::None);

    b.instrument("scovid", "scovid", E::Manual, S::AnySite, {},
                 text4("SCOVID: COVID-19 skin and symptom score",
                       "SCOVID: puntuación de síntomas cutáneos y generales de la COVID-19",
                       "SCOVID : score des symptômes cutanés et généraux de la COVID-19",
                       "SCOVID: Score der Haut- und Allgemeinsymptome bei COVID-19"),
                 text4("Skin and general symptoms in COVID-19: pain and itch (0–10) and eight "
                       "symptoms (0–3).",
                       "Síntomas cutáneos y generales en la COVID-19: dolor y picor (0–10) y ocho "
                       "síntomas (0–3).",
                       "Symptômes cutanés et généraux de la COVID-19 : douleur et démangeaisons "
                       "(0–10) et huit symptômes (0–3).",
                       "Haut- und Allgemeinsymptome bei COVID-19: Schmerz und Juckreiz (0–10) "
                       "sowie acht Symptome (0–3)."))
        .ask("pain", 0, 10, I::None)
        .ask("pruritus", 0, 10, I::None)
        .ask("fever", 0, 3, I::Sign3)
        .ask("cough", 0, 3, I::Sign3)
        .ask("cephalea", 0, 3, I::Sign3)
        .ask("myalgiaOrArthralgia", 0, 3, I::Sign3)
        .ask("malaise", 0, 3, I::Sign3)
        .ask("lossOfTasteOrOlfactory", 0, 3, I::Sign3)
        .ask("shortnessOfBreath", 0, 3, I::Sign3)
        .ask("otherSkinProblems", 0, 3, I::Sign3);

    b.instrument("sevenPc", "sevenPc", E::Manual, S::AnySite, {},
                 text4("Glasgow 7-point checklist (7PCL)",
                       "Lista de comprobación de 7 puntos de Glasgow (7PCL)",
                       "Liste de contrôle en 7 points de Glasgow (7PCL)",
                       "Glasgow-7-Punkte-Checkliste (7PCL)"),
                 text4("Weighted 7-point checklist for pigmented lesions: three major criteria "
                       "score 2, four minor criteria score 1; 3 or more suggests referral.",
                       "Lista ponderada de 7 puntos para lesiones pigmentadas: tres criterios "
                       "mayores valen 2 y cuatro menores 1; 3 o más sugiere derivación.",
                       "Liste pondérée en 7 points pour les lésions pigmentées : trois critères "
                       "majeurs valent 2, quatre critères mineurs 1 ; 3 ou plus suggère "
                       "d'adresser le patient.",
                       "Gewichtete 7-Punkte-Checkliste für pigmentierte Läsionen: drei "
                       "Hauptkriterien zählen 2, vier Nebenkriterien 1; ab 3 Punkten Überweisung "
                       "erwägen."))
        .ask("changeInSize", 0, 1, I::YesNo)
        .ask("irregularPigmentation", 0, 1, I::YesNo)
        .ask("irregularBorder", 0, 1, I::YesNo)
        .ask("inflammation", 0, 1, I::YesNo)
        .ask("largerThanOtherLesions", 0, 1, I::YesNo)
        .ask("itchOrAlteredSensation", 0, 1, I::YesNo)
        .ask("crustingOrBleeding", 0, 1, I::YesNo);

    b.instrument("uas", "uas", E::Manual, S::AnySite, {},
                 text4("Urticaria Activity Score (UAS)",
                       "Puntuación de actividad de la urticaria (UAS)",
                       "Score d'activité de l'urticaire (UAS)", "Urtikaria-Aktivitätsscore (UAS)"),
                 text4("Daily urticaria activity: itch (0–3) + wheals (0–3).",
                       "Actividad diaria de la urticaria: picor (0–3) + habones (0–3).",
                       "Activité quotidienne de l'urticaire : prurit (0–3) + papules ortiées "
                       "(0–3).",
                       "Tägliche Urtikaria-Aktivität: Juckreiz (0–3) + Quaddeln (0–3)."))
        .ask("pruritus", 0, 3, I::Uas3)
        .ask("wheals", 0, 3, I::Uas3);

    b.instrument("uct", "uct", E::Manual, S::AnySite, {},
                 text4("Urticaria Control Test (UCT)", "Test de control de la urticaria (UCT)",
                       "Test de contrôle de l'urticaire (UCT)", "Urtikaria-Kontrolltest (UCT)"),
                 text4("Four questions on urticaria control over the last four weeks (0–16; 12 "
                       "or more means well controlled).",
                       "Cuatro preguntas sobre el control de la urticaria en las últimas cuatro "
                       "semanas (0–16; 12 o más indica buen control).",
                       "Quatre questions sur le contrôle de l'urticaire au cours des quatre "
                       "dernières semaines (0–16 ; 12 ou plus signifie bien contrôlée).",
                       "Vier Fragen zur Urtikaria-Kontrolle in den letzten vier Wochen (0–16; ab "
                       "12 gut kontrolliert)."))
        .ask("manifestations", 0, 4, I::None)
        .ask("qualityOfLife", 0, 4, I::None)
        .ask("treatmentNotEnough", 0, 4, I::None)
        .ask("overallUnderControl", 0, 4, I::None);

    return b.take();
}

QJsonValue boundJson(double value)
{
    // Whole bounds are written as integers, like the API's schema (`"max": 3`).
    if (value == static_cast<double>(static_cast<qint64>(value)))
        return QJsonValue(static_cast<qint64>(value));
    return QJsonValue(value);
}

} // namespace

QString endpointPath(Endpoint endpoint)
{
    switch (endpoint) {
    case Endpoint::Manual:
        return QStringLiteral("/severity-assessment/manual");
    case Endpoint::AutomaticLocal:
        return QStringLiteral("/severity-assessment/automatic/local");
    case Endpoint::AutomaticGlobal:
        return QStringLiteral("/severity-assessment/automatic/global");
    }
    return QString();
}

QJsonObject LocalizedText::toJson() const
{
    return {{QStringLiteral("en_GB"), enGB},
            {QStringLiteral("es_ES"), esES},
            {QStringLiteral("fr_FR"), frFR},
            {QStringLiteral("de_DE"), deDE}};
}

QString Instrument::mode() const
{
    return endpoint == Endpoint::AutomaticGlobal ? QStringLiteral("global")
                                                 : QStringLiteral("local");
}

QVector<ItemSpec> Instrument::askedItems() const
{
    QVector<ItemSpec> asked;
    for (const ItemSpec &spec : items) {
        if (spec.isAsked())
            asked.append(spec);
    }
    return asked;
}

const ItemSpec *Instrument::item(const QString &itemCode) const
{
    for (const ItemSpec &spec : items) {
        if (spec.code == itemCode)
            return &spec;
    }
    return nullptr;
}

bool Instrument::appliesTo(const QString &icd11) const
{
    const QString query = icd11.trimmed().toUpper();
    if (query.isEmpty())
        return false;
    for (const QString &pathology : pathologies) {
        if (query == pathology || query.startsWith(pathology + QLatin1Char('.')) ||
            pathology.startsWith(query + QLatin1Char('.')))
            return true;
    }
    return false;
}

const QVector<Instrument> &instruments()
{
    static const QVector<Instrument> list = buildInstruments();
    return list;
}

const Instrument *findInstrument(const QString &code)
{
    for (const Instrument &instrument : instruments()) {
        if (instrument.code == code)
            return &instrument;
    }
    return nullptr;
}

QStringList scoringSystemCodes()
{
    QStringList list;
    for (const Instrument &instrument : instruments())
        list.append(instrument.code);
    return list;
}

QJsonObject questionnaireJson(const Instrument &instrument)
{
    QJsonArray items;
    for (const ItemSpec &spec : instrument.items) {
        if (!spec.isAsked())
            continue;
        items.append(QJsonObject{
            {QStringLiteral("code"), spec.code},
            {QStringLiteral("text"), spec.text.toJson()},
            {QStringLiteral("min"), boundJson(spec.min)},
            {QStringLiteral("max"), boundJson(spec.max)},
            {QStringLiteral("type"), spec.type == ValueType::Integer ? QStringLiteral("integer")
                                                                     : QStringLiteral("number")},
            {QStringLiteral("required"), true},
        });
    }
    QJsonArray pathologies;
    for (const QString &code : instrument.pathologies)
        pathologies.append(code);
    return {
        {QStringLiteral("identifier"), instrument.identifier},
        {QStringLiteral("code"), instrument.code},
        {QStringLiteral("mode"), instrument.mode()},
        {QStringLiteral("path"), instrument.path()},
        {QStringLiteral("title"), instrument.title.toJson()},
        {QStringLiteral("description"), instrument.description.toJson()},
        {QStringLiteral("pathology"), pathologies},
        {QStringLiteral("item"), items},
        // Our addition: the sites `bodySite` / the global item set may name, so that a client
        // builds its site list (a global photo grid) from the server, never from a constant.
        {QStringLiteral("bodySites"),
         QJsonArray::fromStringList(sitesFitting(instrument.siteRule))},
    };
}

QJsonArray questionnairesJson(const QString &filterCode, const QString &filterPathology)
{
    QJsonArray list;
    for (const Instrument &instrument : instruments()) {
        if (!filterCode.isEmpty() && instrument.code != filterCode)
            continue;
        if (!filterPathology.isEmpty() && !instrument.appliesTo(filterPathology))
            continue;
        list.append(questionnaireJson(instrument));
    }
    return list;
}

} // namespace dv::sandbox::severity
