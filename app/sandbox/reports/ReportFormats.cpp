#include "sandbox/reports/ReportFormats.h"

#include "sandbox/reports/MinimalPdf.h"
#include "sandbox/reports/ReportText.h"

#include <QJsonArray>
#include <QLocale>

namespace dv::sandbox {

namespace {

using K = ReportText::Key;

const QString legitConditionSystem =
    QStringLiteral("https://legit.health/integration/json-only/codes/conditions");

bool allPhotosValid(const StoredDiagnosis &report)
{
    if (report.photos.isEmpty())
        return false;
    for (const auto &photo : report.photos) {
        if (!photo.valid)
            return false;
    }
    return true;
}

QJsonObject envelope(const StoredDiagnosis &report, const QJsonObject &data)
{
    return QJsonObject{
        {QStringLiteral("success"), true},
        {QStringLiteral("message"), QStringLiteral("Diagnostic report <%1>").arg(report.id)},
        {QStringLiteral("errorCode"), QJsonValue::Null},
        {QStringLiteral("data"), data}};
}

QJsonObject sandboxMarker(const QString &locale)
{
    return QJsonObject{{QStringLiteral("sandbox"), true},
                       {QStringLiteral("notice"), ReportText::text(K::Disclaimer, locale)}};
}

QString issuedText(const StoredDiagnosis &report)
{
    return report.issued.toOffsetFromUtc(0).toString(Qt::ISODate);
}

QJsonValue mediaLink(const ReportLinks &links, qsizetype index)
{
    const QUrl url = links.media.value(index);
    return url.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(url.toString());
}

QJsonObject observationMedia(const StoredDiagnosis::Photo &photo, const QJsonValue &url)
{
    return QJsonObject{{QStringLiteral("type"), QStringLiteral("Image")},
                       {QStringLiteral("modality"), photo.modality},
                       {QStringLiteral("diqaScore"), photo.quality},
                       {QStringLiteral("url"), url}};
}

QJsonObject component(const char *code, K label, double value, const QString &locale)
{
    return QJsonObject{
        {QStringLiteral("code"),
         QJsonObject{{QStringLiteral("coding"),
                      QJsonArray{QJsonObject{
                          {QStringLiteral("code"), QLatin1String(code)},
                          {QStringLiteral("display"), ReportText::text(label, locale)}}}}}},
        {QStringLiteral("valueQuantity"),
         QJsonObject{{QStringLiteral("value"), value},
                     {QStringLiteral("unit"), QStringLiteral("%")}}}};
}

} // namespace

QJsonObject standardReport(const StoredDiagnosis &report, const QString &locale,
                           const ReportLinks &links)
{
    QJsonArray conclusions;
    for (const auto &c : report.conclusions) {
        const QString name = ReportText::conditionName(c.icd11, c.text, locale);
        conclusions.append(QJsonObject{
            {QStringLiteral("probability"), c.probability},
            {QStringLiteral("pathology"), QJsonObject{{QStringLiteral("name"), name},
                                                      {QStringLiteral("code"), c.text},
                                                      {QStringLiteral("icd11"), c.icd11}}}});
    }
    QJsonArray observations;
    for (qsizetype i = 0; i < report.photos.size(); ++i)
        observations.append(QJsonObject{
            {QStringLiteral("media"), observationMedia(report.photos.at(i), mediaLink(links, i))}});
    QJsonValue pathology = QJsonValue::Null;
    if (!report.conclusions.isEmpty()) {
        const auto &top = report.conclusions.first();
        pathology = QJsonObject{
            {QStringLiteral("name"), ReportText::conditionName(top.icd11, top.text, locale)},
            {QStringLiteral("code"), top.text},
            {QStringLiteral("icd11"), top.icd11}};
    }
    const QJsonObject result{
        {QStringLiteral("id"), report.id + QStringLiteral("-result")},
        {QStringLiteral("metrics"), QJsonObject{{QStringLiteral("sensitivity"), report.sensitivity},
                                                {QStringLiteral("specificity"), report.specificity},
                                                {QStringLiteral("entropy"), report.entropy}}},
        {QStringLiteral("preliminaryFindings"),
         QJsonObject{{QStringLiteral("hasCondition"), report.hasCondition},
                     {QStringLiteral("malignancy"), report.malignancy},
                     {QStringLiteral("adjustedMalignancy"), QJsonValue::Null},
                     {QStringLiteral("pigmentedLesion"), report.pigmentedLesion},
                     {QStringLiteral("urgentReferral"), report.urgentReferral},
                     {QStringLiteral("highPriorityReferral"), report.highPriorityReferral}}},
        {QStringLiteral("iaSeconds"), report.analysisDuration},
        {QStringLiteral("observations"), observations},
        {QStringLiteral("conclusions"), conclusions},
        {QStringLiteral("scoringSystems"), QJsonArray()}};
    const QJsonObject data{{QStringLiteral("id"), report.id},
                           {QStringLiteral("title"), ReportText::text(K::Title, locale)},
                           {QStringLiteral("url"), QJsonValue::Null},
                           {QStringLiteral("pdf"), links.pdf.toString()},
                           {QStringLiteral("visitIdentifier"), QJsonValue::Null},
                           {QStringLiteral("extraData"), sandboxMarker(locale)},
                           {QStringLiteral("pathology"), pathology},
                           {QStringLiteral("bodySite"), QJsonValue::Null},
                           {QStringLiteral("createdAt"), issuedText(report)},
                           {QStringLiteral("anamnesisGeneral"), QJsonArray()},
                           {QStringLiteral("macroscopicMedia"), QJsonValue::Null},
                           {QStringLiteral("result"), result}};
    return envelope(report, data);
}

QJsonObject fhirReport(const StoredDiagnosis &report, const QString &locale,
                       const ReportLinks &links)
{
    QJsonArray conclusions;
    for (const auto &c : report.conclusions) {
        const QString name = ReportText::conditionName(c.icd11, c.text, locale);
        conclusions.append(QJsonObject{
            {QStringLiteral("pathology"),
             QJsonObject{
                 {QStringLiteral("coding"),
                  QJsonArray{QJsonObject{{QStringLiteral("code"), c.text},
                                         {QStringLiteral("display"), name},
                                         {QStringLiteral("system"), legitConditionSystem}},
                             QJsonObject{{QStringLiteral("code"), c.icd11},
                                         {QStringLiteral("display"), name},
                                         {QStringLiteral("system"), QStringLiteral("ICD-11")}}}}}},
            {QStringLiteral("probability"), c.probability}});
    }
    QJsonArray observations;
    for (qsizetype i = 0; i < report.photos.size(); ++i) {
        QJsonObject media = observationMedia(report.photos.at(i), QJsonValue::Null);
        media.remove(QStringLiteral("url"));
        media.insert(QStringLiteral("resourceType"), QStringLiteral("Media"));
        media.insert(QStringLiteral("content"),
                     QJsonObject{{QStringLiteral("url"), mediaLink(links, i)}});
        observations.append(QJsonObject{{QStringLiteral("media"), media}});
    }
    const auto observation = [](const QJsonArray &components) {
        return QJsonObject{{QStringLiteral("resourceType"), QStringLiteral("Observation")},
                           {QStringLiteral("component"), components}};
    };
    QJsonValue pathology = QJsonValue::Null;
    if (!report.conclusions.isEmpty())
        pathology = conclusions.first().toObject().value(QStringLiteral("pathology"));
    const QJsonObject result{
        {QStringLiteral("id"), report.id + QStringLiteral("-result")},
        {QStringLiteral("performanceIndicators"),
         observation({component("sensitivity", K::Sensitivity, report.sensitivity, locale),
                      component("specificity", K::Specificity, report.specificity, locale),
                      component("entropy", K::Entropy, report.entropy, locale)})},
        {QStringLiteral("clinicalIndicators"),
         observation(
             {component("hasCondition", K::HasCondition, report.hasCondition, locale),
              component("malignancy", K::Malignancy, report.malignancy, locale),
              component("pigmentedLesion", K::PigmentedLesion, report.pigmentedLesion, locale),
              component("urgentReferral", K::UrgentReferral, report.urgentReferral, locale),
              component("highPriorityReferral", K::HighPriorityReferral,
                        report.highPriorityReferral, locale)})},
        {QStringLiteral("analysisDuration"), report.analysisDuration},
        {QStringLiteral("observations"), observations},
        {QStringLiteral("conclusions"), conclusions},
        {QStringLiteral("questionnaires"), QJsonArray()}};
    QJsonObject data{
        {QStringLiteral("resourceType"), QStringLiteral("DiagnosticReport")},
        {QStringLiteral("id"), report.id},
        {QStringLiteral("title"), ReportText::text(K::Title, locale)},
        {QStringLiteral("presentedForm"),
         QJsonObject{
             {QStringLiteral("practitioner"),
              QJsonObject{{QStringLiteral("url"), QJsonValue::Null},
                          {QStringLiteral("pdf"), links.pdf.toString()}}},
             {QStringLiteral("patient"), QJsonObject{{QStringLiteral("url"), QJsonValue::Null},
                                                     {QStringLiteral("pdf"), QJsonValue::Null}}}}},
        {QStringLiteral("encounter"),
         QJsonObject{{QStringLiteral("identifier"),
                      QJsonObject{{QStringLiteral("value"), QJsonValue::Null}}}}},
        {QStringLiteral("issued"), issuedText(report)},
        {QStringLiteral("condition"), QJsonObject{{QStringLiteral("pathology"), pathology},
                                                  {QStringLiteral("bodySite"), QJsonValue::Null}}},
        {QStringLiteral("extraData"), sandboxMarker(locale)},
        {QStringLiteral("anamnesisGeneral"),
         QJsonObject{{QStringLiteral("resourceType"), QStringLiteral("QuestionnaireResponse")},
                     {QStringLiteral("status"), QStringLiteral("completed")},
                     {QStringLiteral("item"), QJsonArray()}}},
        {QStringLiteral("macroscopicMedia"), QJsonValue::Null},
        {QStringLiteral("result"), result}};
    // Reserved for future flows: always null in v3 (seed page 002).
    for (const char *reserved :
         {"patient", "previousDiagnosticReportId", "nextDiagnosticReportId",
          "helpDiagnoseQuestionnaireAnswers", "isPriority", "isReviewed", "patientVisibility"})
        data.insert(QLatin1String(reserved), QJsonValue::Null);
    return envelope(report, data);
}

QByteArray reportPdf(const StoredDiagnosis &report, const QString &locale)
{
    const QLocale numbers(ReportText::normalizedLocale(locale));
    const auto percent = [&](double value) {
        return numbers.toString(value, 'f', 1) + QStringLiteral(" %");
    };
    MinimalPdf pdf;
    pdf.addLine(ReportText::text(K::Title, locale), 16, MinimalPdf::Style::Bold);
    pdf.addLine(ReportText::text(K::Disclaimer, locale), 9.5);
    pdf.addSpace();
    pdf.addLine(ReportText::text(K::Report, locale) + QStringLiteral(": ") + report.id);
    pdf.addLine(ReportText::text(K::Issued, locale) + QStringLiteral(": ") + issuedText(report));
    pdf.addSpace();
    pdf.addLine(ReportText::text(K::Photos, locale), 12, MinimalPdf::Style::Bold);
    for (qsizetype i = 0; i < report.photos.size(); ++i) {
        const auto &photo = report.photos.at(i);
        pdf.addLine(QStringLiteral("%1 %2: %3 %4, %5 %6%7")
                        .arg(ReportText::text(K::Photo, locale))
                        .arg(i + 1)
                        .arg(ReportText::text(K::Quality, locale))
                        .arg(photo.quality)
                        .arg(ReportText::text(K::Modality, locale), photo.modality,
                             photo.valid
                                 ? QString()
                                 : QStringLiteral(" - ") + ReportText::text(K::NotValid, locale)));
    }
    pdf.addSpace();
    if (!allPhotosValid(report)) {
        // Same rule as the viewer: no clinical output when any photo is not valid.
        pdf.addLine(ReportText::text(K::NotValid, locale), 12, MinimalPdf::Style::Bold);
        return pdf.toPdf(ReportText::text(K::Title, locale));
    }
    pdf.addLine(ReportText::text(K::Differential, locale), 12, MinimalPdf::Style::Bold);
    for (qsizetype i = 0; i < qMin<qsizetype>(5, report.conclusions.size()); ++i) {
        const auto &c = report.conclusions.at(i);
        pdf.addLine(QStringLiteral("%1. %2  %3  %4")
                        .arg(i + 1)
                        .arg(percent(c.probability), c.icd11,
                             ReportText::conditionName(c.icd11, c.text, locale)));
    }
    pdf.addSpace();
    pdf.addLine(ReportText::text(K::Indicators, locale), 12, MinimalPdf::Style::Bold);
    const std::pair<K, double> indicators[] = {
        {K::HasCondition, report.hasCondition},
        {K::Malignancy, report.malignancy},
        {K::PigmentedLesion, report.pigmentedLesion},
        {K::UrgentReferral, report.urgentReferral},
        {K::HighPriorityReferral, report.highPriorityReferral}};
    for (const auto &[key, value] : indicators)
        pdf.addLine(ReportText::text(key, locale) + QStringLiteral(": ") + percent(value));
    pdf.addSpace();
    pdf.addLine(ReportText::text(K::Performance, locale), 12, MinimalPdf::Style::Bold);
    pdf.addLine(QStringLiteral("%1: %2   %3: %4   %5: %6")
                    .arg(ReportText::text(K::Sensitivity, locale), percent(report.sensitivity),
                         ReportText::text(K::Specificity, locale), percent(report.specificity),
                         ReportText::text(K::Entropy, locale),
                         numbers.toString(report.entropy, 'f', 1)));
    return pdf.toPdf(ReportText::text(K::Title, locale));
}

} // namespace dv::sandbox
