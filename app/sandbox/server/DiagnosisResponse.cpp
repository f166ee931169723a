#include "sandbox/server/DiagnosisResponse.h"

#include <QDateTime>
#include <QJsonArray>
#include <QUuid>

namespace dv::sandbox {

namespace {

const QString icdSystem = QStringLiteral("https://icd.who.int/browse/2025-01/mms/en");
const QString sandboxNotice =
    QStringLiteral("Computed by the Dermaview offline sandbox from simple image analysis. "
                   "Not a medical device; not for clinical use.");

QJsonObject value(double number)
{
    return QJsonObject{{QStringLiteral("value"), number}};
}

} // namespace

QJsonObject mediaValidityJson(const ImageAnalysis &analysis)
{
    const QJsonObject aiConfidence{
        {QStringLiteral("code"),
         QJsonObject{
             {QStringLiteral("coding"),
              QJsonArray{QJsonObject{
                  {QStringLiteral("systemDisplay"), QStringLiteral("Legit.Health")},
                  {QStringLiteral("code"), QStringLiteral("aiConfidence")},
                  {QStringLiteral("text"),
                   QStringLiteral("AI model confidence in the image being dermatological")}}}}}},
        {QStringLiteral("value"), analysis.domain.confidence}};
    return QJsonObject{
        {QStringLiteral("quality"),
         QJsonObject{{QStringLiteral("acceptable"), analysis.quality.acceptable},
                     {QStringLiteral("score"), analysis.quality.score},
                     {QStringLiteral("interpretation"), analysis.quality.interpretation}}},
        {QStringLiteral("domain"),
         QJsonObject{{QStringLiteral("isDermatological"), analysis.domain.dermatological},
                     {QStringLiteral("additionalData"),
                      QJsonObject{{QStringLiteral("aiConfidence"), aiConfidence}}}}},
        {QStringLiteral("modality"),
         QJsonObject{{QStringLiteral("value"), analysis.domain.modality},
                     {QStringLiteral("additionalData"),
                      QJsonObject{{QStringLiteral("aiConfidenceClinical"),
                                   value(analysis.domain.clinicalConfidence)},
                                  {QStringLiteral("aiConfidenceDermoscopic"),
                                   value(analysis.domain.dermoscopicConfidence)}}}}},
        {QStringLiteral("isValid"), analysis.isValid}};
}

namespace {

QJsonObject conclusion(const ConditionProbability &entry)
{
    const Condition &condition = conditionCatalogue().at(entry.conditionIndex);
    return QJsonObject{
        {QStringLiteral("code"),
         QJsonObject{
             {QStringLiteral("coding"),
              QJsonArray{QJsonObject{{QStringLiteral("system"), icdSystem},
                                     {QStringLiteral("systemDisplay"), QStringLiteral("ICD-11")},
                                     {QStringLiteral("version"), QStringLiteral("2025-01")},
                                     {QStringLiteral("code"), condition.icd11},
                                     {QStringLiteral("display"), condition.display}}}},
             {QStringLiteral("text"), condition.text}}},
        {QStringLiteral("probability"), entry.probability}};
}

QJsonObject clinicalIndicator(double hasCondition, double pigmented, double malignancy,
                              double urgent, double highPriority)
{
    return QJsonObject{{QStringLiteral("hasCondition"), hasCondition},
                       {QStringLiteral("pigmentedLesion"), pigmented},
                       {QStringLiteral("malignancy"), malignancy},
                       {QStringLiteral("urgentReferral"), urgent},
                       {QStringLiteral("highPriorityReferral"), highPriority}};
}

QJsonObject imagingAnalysis(const ImageAnalysis &analysis)
{
    QJsonArray conclusions;
    for (qsizetype i = 0; i < analysis.differential.size(); ++i) {
        QJsonObject entry = conclusion(analysis.differential.at(i));
        // The API attaches heat maps to the first 5 conclusions only (API-NOTES).
        if (i < analysis.heatMaps.size()) {
            const HeatMap &map = analysis.heatMaps.at(i);
            entry.insert(
                QStringLiteral("explainability"),
                QJsonObject{
                    {QStringLiteral("heatMap"),
                     QJsonObject{
                         {QStringLiteral("title"),
                          QStringLiteral("Heat map showing which regions of the image the AI "
                                         "focuses its attention to predict this class.")},
                         {QStringLiteral("contentType"), QStringLiteral("image/jpeg")},
                         {QStringLiteral("data"), QString::fromLatin1(map.jpeg.toBase64())},
                         {QStringLiteral("height"), map.height},
                         {QStringLiteral("width"), map.width},
                         {QStringLiteral("colorModel"), QStringLiteral("RGB")}}}});
        }
        conclusions.append(entry);
    }
    return QJsonObject{
        {QStringLiteral("mediaValidity"), mediaValidityJson(analysis)},
        {QStringLiteral("performanceIndicator"),
         QJsonObject{{QStringLiteral("entropy"), analysis.entropy}}},
        {QStringLiteral("clinicalIndicator"),
         clinicalIndicator(analysis.hasCondition, analysis.pigmentedLesion, analysis.malignancy,
                           analysis.urgentReferral, analysis.highPriorityReferral)},
        {QStringLiteral("conclusion"), conclusions}};
}

} // namespace

DiagnosisOutcome buildDiagnosisResponse(const QVector<ImageAnalysis> &analyses,
                                        const QVector<QByteArray> &thumbnails, double seconds)
{
    QVector<ImageAnalysis> valid;
    for (const ImageAnalysis &analysis : analyses) {
        if (analysis.isValid)
            valid.append(analysis);
    }
    const CombinedAnalysis combined = combine(valid.isEmpty() ? analyses : valid);

    DiagnosisOutcome outcome;
    StoredDiagnosis &record = outcome.record;
    record.id = QUuid::createUuid().toString(QUuid::WithoutBraces);
    record.issued = QDateTime::currentDateTimeUtc();
    record.analysisDuration = seconds;
    record.sensitivity = combined.sensitivity;
    record.specificity = combined.specificity;
    record.entropy = combined.entropy;
    record.hasCondition = combined.hasCondition;
    record.malignancy = combined.malignancy;
    record.pigmentedLesion = combined.pigmentedLesion;
    record.urgentReferral = combined.urgentReferral;
    record.highPriorityReferral = combined.highPriorityReferral;

    QJsonArray conclusions;
    for (const ConditionProbability &entry : combined.differential) {
        conclusions.append(conclusion(entry));
        const Condition &condition = conditionCatalogue().at(entry.conditionIndex);
        record.conclusions.append({condition.icd11, condition.text, entry.probability});
    }
    QJsonArray perImage;
    for (qsizetype i = 0; i < analyses.size(); ++i) {
        const ImageAnalysis &analysis = analyses.at(i);
        perImage.append(imagingAnalysis(analysis));
        record.photos.append({analysis.domain.modality, analysis.quality.score, analysis.isValid,
                              thumbnails.value(i)});
    }

    outcome.response = QJsonObject{
        {QStringLiteral("resourceType"), QStringLiteral("DiagnosticReport")},
        {QStringLiteral("identifier"),
         QJsonObject{{QStringLiteral("use"), QStringLiteral("official")},
                     {QStringLiteral("value"), record.id}}},
        {QStringLiteral("status"), QStringLiteral("preliminary")},
        {QStringLiteral("category"),
         QJsonArray{
             QJsonObject{{QStringLiteral("coding"),
                          QJsonArray{QJsonObject{
                              {QStringLiteral("system"),
                               QStringLiteral("http://terminology.hl7.org/CodeSystem/v2-0074")},
                              {QStringLiteral("systemDisplay"), QStringLiteral("HL7 FHIR")},
                              {QStringLiteral("code"), QStringLiteral("IMG")},
                              {QStringLiteral("display"), QStringLiteral("Diagnostic Imaging")}}}},
                         {QStringLiteral("text"), QStringLiteral("Diagnostic imaging")}}}},
        {QStringLiteral("code"),
         QJsonObject{
             {QStringLiteral("coding"),
              QJsonArray{QJsonObject{
                  {QStringLiteral("system"), QStringLiteral("http://loinc.org/")},
                  {QStringLiteral("systemDisplay"),
                   QStringLiteral("Logical Observation Identifiers Names and Codes (LOINC)")},
                  {QStringLiteral("code"), QStringLiteral("100063-7")},
                  {QStringLiteral("display"), QStringLiteral("Primary skin concern")}}}},
             {QStringLiteral("text"),
              QStringLiteral("Skin condition analysis — SANDBOX, not a medical device")}}},
        {QStringLiteral("issued"), record.issued.toString(Qt::ISODateWithMs)},
        {QStringLiteral("analysisDuration"), seconds},
        {QStringLiteral("sandbox"), QJsonObject{{QStringLiteral("notAMedicalDevice"), true},
                                                {QStringLiteral("notice"), sandboxNotice}}},
        {QStringLiteral("performanceIndicator"),
         QJsonObject{{QStringLiteral("sensitivity"), combined.sensitivity},
                     {QStringLiteral("specificity"), combined.specificity},
                     {QStringLiteral("entropy"), combined.entropy}}},
        {QStringLiteral("clinicalIndicator"),
         clinicalIndicator(combined.hasCondition, combined.pigmentedLesion, combined.malignancy,
                           combined.urgentReferral, combined.highPriorityReferral)},
        {QStringLiteral("conclusion"), conclusions},
        {QStringLiteral("imagingAnalysis"), perImage}};
    return outcome;
}

} // namespace dv::sandbox
