#include "sandbox/severity/Validation.h"

#include "sandbox/severity/BodySites.h"

#include <cmath>

namespace dv::sandbox::severity {

namespace {

QString boundText(double value)
{
    if (std::trunc(value) == value && std::fabs(value) < 1e15)
        return QString::number(static_cast<qint64>(value));
    return QString::number(value, 'g', 15);
}

class Checker
{
public:
    QVector<FieldError> errors;

    void add(const char *type, const QString &msg, const QJsonArray &loc)
    {
        errors.append({QString::fromLatin1(type), msg, loc});
    }
    void missing(const QJsonArray &loc) { add("missing", QStringLiteral("Field required"), loc); }
    void notObject(const QJsonArray &loc)
    {
        add("model_attributes_type",
            QStringLiteral("Input should be a valid dictionary or object to extract fields from"),
            loc);
    }
    void valueError(const QString &reason, const QJsonArray &loc)
    {
        add("value_error", QStringLiteral("Value error, ") + reason, loc);
    }
    void extra(const QJsonArray &loc)
    {
        add("extra_forbidden", QStringLiteral("Extra inputs are not permitted"), loc);
    }

    /// The object at `value`, reporting a missing or non-object value; nullopt on error.
    std::optional<QJsonObject> object(const QJsonValue &value, const QJsonArray &loc)
    {
        if (value.isUndefined()) {
            missing(loc);
            return std::nullopt;
        }
        if (!value.isObject()) {
            notObject(loc);
            return std::nullopt;
        }
        return value.toObject();
    }

    /// A non-empty string; nullopt on error.
    std::optional<QString> text(const QJsonValue &value, const QJsonArray &loc)
    {
        if (value.isUndefined()) {
            missing(loc);
            return std::nullopt;
        }
        if (!value.isString()) {
            add("string_type", QStringLiteral("Input should be a valid string"), loc);
            return std::nullopt;
        }
        if (value.toString().trimmed().isEmpty()) {
            add("string_too_short", QStringLiteral("String should have at least 1 character"), loc);
            return std::nullopt;
        }
        return value.toString();
    }

    /// A questionnaire answer within its item's schema; nullopt on error.
    std::optional<double> answer(const QJsonValue &value, const ItemSpec &spec,
                                 const QJsonArray &loc)
    {
        if (value.isUndefined()) {
            missing(loc);
            return std::nullopt;
        }
        const bool integer = spec.type == ValueType::Integer;
        if (!value.isDouble()) {
            if (integer)
                add("int_type", QStringLiteral("Input should be a valid integer"), loc);
            else
                add("float_type", QStringLiteral("Input should be a valid number"), loc);
            return std::nullopt;
        }
        const double number = value.toDouble();
        if (integer && std::trunc(number) != number) {
            add("int_from_float",
                QStringLiteral("Input should be a valid integer, got a number with a fractional "
                               "part"),
                loc);
            return std::nullopt;
        }
        if (number < spec.min) {
            add("greater_than_equal",
                QStringLiteral("Input should be greater than or equal to ") + boundText(spec.min),
                loc);
            return std::nullopt;
        }
        if (number > spec.max) {
            add("less_than_equal",
                QStringLiteral("Input should be less than or equal to ") + boundText(spec.max),
                loc);
            return std::nullopt;
        }
        return number;
    }

    /// `payload.contentAttachment.data` (an object, or an array of exactly one, as the SDK
    /// sends for manual). Only its shape is checked: decoding is the HTTP layer's.
    void payload(const QJsonValue &value, QJsonArray loc)
    {
        QJsonValue entry = value;
        if (value.isArray() && value.toArray().size() == 1) {
            entry = value.toArray().at(0);
            loc.append(0);
        }
        const auto payloadObject = object(entry, loc);
        if (!payloadObject)
            return;
        QJsonArray attachmentLoc = loc;
        attachmentLoc.append(QStringLiteral("contentAttachment"));
        const auto attachment =
            object(payloadObject->value(QStringLiteral("contentAttachment")), attachmentLoc);
        if (!attachment)
            return;
        QJsonArray dataLoc = attachmentLoc;
        dataLoc.append(QStringLiteral("data"));
        text(attachment->value(QStringLiteral("data")), dataLoc);
    }
};

QJsonArray path(std::initializer_list<QString> parts)
{
    QJsonArray loc;
    loc.append(QStringLiteral("body"));
    for (const QString &part : parts)
        loc.append(part);
    return loc;
}

QJsonArray extended(QJsonArray loc, const QString &part)
{
    loc.append(part);
    return loc;
}

QString unfitReason(const QString &site, const Instrument &instrument)
{
    const QStringList accepted = sitesFitting(instrument.siteRule);
    return QStringLiteral("Body site '%1' does not fit scoring system '%2' (accepted: %3)")
        .arg(site, instrument.code, accepted.join(QStringLiteral(", ")));
}

/// Checks a body-site code: known, and fitting the instrument when there is one.
void checkSite(Checker &check, const QString &site, const Instrument *instrument,
               const QJsonArray &loc)
{
    if (!findBodySite(site)) {
        check.valueError(
            QStringLiteral("Unknown body site '%1': use a code from /body-sites").arg(site), loc);
        return;
    }
    if (instrument && !siteFits(instrument->siteRule, site))
        check.valueError(unfitReason(site, *instrument), loc);
}

/// Resolves `scoringSystem` to exactly one instrument served by `endpoint`.
const Instrument *resolveInstrument(Checker &check, const QJsonObject &body, Endpoint endpoint,
                                    QJsonObject &entry)
{
    const QJsonArray loc = path({QStringLiteral("scoringSystem")});
    const auto systems = check.object(body.value(QStringLiteral("scoringSystem")), loc);
    if (!systems)
        return nullptr;
    QStringList known;
    for (auto it = systems->constBegin(); it != systems->constEnd(); ++it) {
        if (findInstrument(it.key()))
            known.append(it.key());
        else
            check.extra(extended(loc, it.key()));
    }
    if (known.isEmpty()) {
        if (systems->isEmpty())
            check.valueError(QStringLiteral("Exactly one scoring system is required, got none"),
                             loc);
        return nullptr;
    }
    if (known.size() > 1) {
        check.valueError(QStringLiteral("Exactly one scoring system is required, got %1: %2")
                             .arg(known.size())
                             .arg(known.join(QStringLiteral(", "))),
                         loc);
        return nullptr;
    }
    const Instrument *instrument = findInstrument(known.first());
    const QJsonArray codeLoc = extended(loc, instrument->code);
    if (instrument->endpoint != endpoint) {
        check.valueError(QStringLiteral("Scoring system '%1' is computed by %2, not %3")
                             .arg(instrument->code, instrument->path(), endpointPath(endpoint)),
                         codeLoc);
        return nullptr;
    }
    const auto object = check.object(systems->value(instrument->code), codeLoc);
    if (!object)
        return nullptr;
    entry = *object;
    return instrument;
}

void checkAnswers(Checker &check, const Instrument &instrument, const QJsonObject &entry,
                  AssessmentRequest &request)
{
    const QJsonArray loc = path({QStringLiteral("scoringSystem"), instrument.code,
                                 QStringLiteral("questionnaireResponse")});
    const QVector<ItemSpec> asked = instrument.askedItems();
    const QJsonValue response = entry.value(QStringLiteral("questionnaireResponse"));
    // Nothing asked: the questionnaire may be omitted, but must not carry answers.
    if (asked.isEmpty() && response.isUndefined())
        return;
    const auto responseObject = check.object(response, loc);
    if (!responseObject)
        return;
    const QJsonArray itemLoc = extended(loc, QStringLiteral("item"));
    const QJsonValue itemValue = responseObject->value(QStringLiteral("item"));
    if (asked.isEmpty() && itemValue.isUndefined())
        return;
    const auto items = check.object(itemValue, itemLoc);
    if (!items)
        return;
    for (const ItemSpec &spec : asked) {
        if (const auto value =
                check.answer(items->value(spec.code), spec, extended(itemLoc, spec.code)))
            request.answers.insert(spec.code, *value);
    }
    for (auto it = items->constBegin(); it != items->constEnd(); ++it) {
        const ItemSpec *spec = instrument.item(it.key());
        if (!spec || !spec->isAsked())
            check.extra(extended(itemLoc, it.key()));
    }
}

void checkGlobalSites(Checker &check, const Instrument &instrument, const QJsonObject &entry,
                      AssessmentRequest &request)
{
    const QJsonArray loc =
        path({QStringLiteral("scoringSystem"), instrument.code, QStringLiteral("item")});
    const auto items = check.object(entry.value(QStringLiteral("item")), loc);
    if (!items)
        return;
    if (items->isEmpty()) {
        check.valueError(QStringLiteral("At least one body site is required"), loc);
        return;
    }
    for (auto it = items->constBegin(); it != items->constEnd(); ++it) {
        const QJsonArray siteLoc = extended(loc, it.key());
        const qsizetype before = check.errors.size();
        checkSite(check, it.key(), &instrument, siteLoc);
        const auto site = check.object(it.value(), siteLoc);
        if (site)
            check.payload(site->value(QStringLiteral("payload")),
                          extended(siteLoc, QStringLiteral("payload")));
        if (check.errors.size() == before)
            request.sites.append(it.key());
    }
}

} // namespace

QJsonObject FieldError::toJson() const
{
    return {
        {QStringLiteral("type"), type}, {QStringLiteral("msg"), msg}, {QStringLiteral("loc"), loc}};
}

ParsedRequest parseRequest(const QJsonObject &body, Endpoint endpoint)
{
    Checker check;
    AssessmentRequest request;

    if (endpoint == Endpoint::AutomaticLocal)
        check.payload(body.value(QStringLiteral("payload")), path({QStringLiteral("payload")}));

    // The instrument is needed to judge the body site, but its errors come after the body
    // site's: resolve it into a separate checker and merge in document order.
    Checker systemCheck;
    QJsonObject entry;
    const Instrument *instrument = resolveInstrument(systemCheck, body, endpoint, entry);

    if (endpoint != Endpoint::AutomaticGlobal) {
        const QJsonArray loc = path({QStringLiteral("bodySite")});
        if (const auto site = check.text(body.value(QStringLiteral("bodySite")), loc)) {
            checkSite(check, *site, instrument, loc);
            request.bodySite = *site;
        }
    }

    const QJsonArray conditionLoc = path({QStringLiteral("knownCondition")});
    if (const auto condition =
            check.object(body.value(QStringLiteral("knownCondition")), conditionLoc)) {
        const QJsonArray conclusionLoc = extended(conditionLoc, QStringLiteral("conclusion"));
        if (const auto conclusion =
                check.object(condition->value(QStringLiteral("conclusion")), conclusionLoc)) {
            if (const auto text = check.text(conclusion->value(QStringLiteral("text")),
                                             extended(conclusionLoc, QStringLiteral("text"))))
                request.conditionText = *text;
        }
    }

    check.errors += systemCheck.errors;
    if (instrument) {
        request.instrument = instrument;
        if (endpoint == Endpoint::AutomaticGlobal)
            checkGlobalSites(check, *instrument, entry, request);
        else
            checkAnswers(check, *instrument, entry, request);
    }

    if (!check.errors.isEmpty())
        return check.errors;
    return request;
}

QJsonObject validationErrorBody(const QVector<FieldError> &errors)
{
    QJsonArray detail;
    for (const FieldError &error : errors)
        detail.append(error.toJson());
    return {{QStringLiteral("detail"), detail}};
}

} // namespace dv::sandbox::severity
