#include "api/SeverityRequest.h"

namespace dv::api {

std::optional<SeverityKind> severityKindOfPath(const QString &path)
{
    // Tolerate a trailing slash or a base path in front: match on the endpoint's own tail.
    QString tail = path;
    while (tail.endsWith(QLatin1Char('/')))
        tail.chop(1);
    if (tail.endsWith(QLatin1String("severity-assessment/manual")))
        return SeverityKind::Manual;
    if (tail.endsWith(QLatin1String("severity-assessment/automatic/local")))
        return SeverityKind::Local;
    if (tail.endsWith(QLatin1String("severity-assessment/automatic/global")))
        return SeverityKind::Global;
    return std::nullopt;
}

QJsonObject SeverityRequest::toJson(SeverityKind kind) const
{
    QJsonObject body;
    if (kind != SeverityKind::Global && !bodySite.isEmpty())
        body.insert(QStringLiteral("bodySite"), bodySite);
    QJsonObject conclusion;
    if (!conditionText.trimmed().isEmpty())
        conclusion.insert(QStringLiteral("text"), conditionText.trimmed());
    body.insert(QStringLiteral("knownCondition"),
                QJsonObject{{QStringLiteral("conclusion"), conclusion}});
    QJsonObject system;
    // A global scoring system may ask nothing: then it carries no questionnaire at all.
    if (kind != SeverityKind::Global || !answers.isEmpty()) {
        QJsonObject items;
        for (const SeverityAnswer &answer : answers)
            items.insert(answer.item, answer.value); // 2.0 is written as 2: valid as integer
        system.insert(QStringLiteral("questionnaireResponse"),
                      QJsonObject{{QStringLiteral("item"), items}});
    }
    body.insert(QStringLiteral("scoringSystem"), QJsonObject{{scoringCode, system}});
    return body;
}

SeverityFieldTarget locateSeverityFieldError(const model::FieldError &error,
                                             const QString &scoringCode)
{
    QStringList loc = error.location;
    if (!loc.isEmpty() && loc.first() == QLatin1String("body"))
        loc.removeFirst();
    using Field = SeverityFieldTarget::Field;
    if (loc.isEmpty())
        return {};
    const QString &head = loc.first();
    if (head == QLatin1String("bodySite"))
        return {Field::BodySite, {}};
    if (head == QLatin1String("knownCondition"))
        return {Field::Condition, {}};
    if (head == QLatin1String("payload"))
        return {Field::Photo, {}};
    if (head != QLatin1String("scoringSystem") || loc.size() < 2 || loc.at(1) != scoringCode)
        return {};
    // scoringSystem.<code>.questionnaireResponse.item.<item>...
    if (loc.size() >= 5 && loc.at(2) == QLatin1String("questionnaireResponse") &&
        loc.at(3) == QLatin1String("item"))
        return {Field::Item, loc.at(4)};
    // scoringSystem.<code>.item.<site>...
    if (loc.size() >= 4 && loc.at(2) == QLatin1String("item"))
        return {Field::Site, loc.at(3)};
    return {};
}

} // namespace dv::api
