#include "model/ApiResources.h"

#include "model/JsonReader.h"

namespace dv::model {

namespace {

LocalizedText readLocalizedText(JsonReader &reader, const JsonNode &node)
{
    LocalizedText text;
    if (node.value().isString()) {
        text.insert(QStringLiteral("en"), node.value().toString());
        return text;
    }
    if (!reader.expectObject(node))
        return text;
    for (const QString &locale : node.keys()) {
        if (const auto value = reader.string(node.child(locale)))
            text.insert(locale, *value);
    }
    return text;
}

/// Versioned label fields come as `[{"value": "..."}]`.
QString firstValue(JsonReader &reader, const JsonNode &node)
{
    if (node.value().isString())
        return node.value().toString();
    if (!reader.expectArray(node) || node.size() == 0)
        return {};
    return reader.text(node.at(0)["value"_L1]);
}

template <typename T, typename ReadOne>
Parsed<QVector<T>> parseArray(const QJsonValue &document, ReadOne readOne)
{
    JsonReader reader;
    const JsonNode root(document, QString());
    QVector<T> values;
    if (reader.expectArray(root, Presence::Required)) {
        for (qsizetype i = 0; i < root.size() && !reader.failed(); ++i) {
            const JsonNode node = root.at(i);
            if (reader.expectObject(node, Presence::Required))
                values.append(readOne(reader, node));
        }
    }
    return finish(reader, std::move(values));
}

} // namespace

QString localized(const LocalizedText &text, const QString &locale)
{
    const QString language = locale.section(QLatin1Char('_'), 0, 0);
    for (auto it = text.cbegin(); it != text.cend(); ++it) {
        if (it.key() == locale || it.key().section(QLatin1Char('_'), 0, 0) == language)
            return it.value();
    }
    for (auto it = text.cbegin(); it != text.cend(); ++it) {
        if (it.key().startsWith(QLatin1String("en")))
            return it.value();
    }
    return text.isEmpty() ? QString() : text.first();
}

QString FieldError::fieldPath() const
{
    QString path;
    for (qsizetype i = 0; i < location.size(); ++i) {
        const QString &part = location.at(i);
        if (i == 0 && part == QLatin1String("body"))
            continue;
        bool isIndex = false;
        part.toLongLong(&isIndex);
        if (isIndex)
            path += QLatin1Char('[') + part + QLatin1Char(']');
        else
            path += (path.isEmpty() ? QString() : QStringLiteral(".")) + part;
    }
    return path;
}

Parsed<LoginResponse> parseLoginResponse(const QJsonValue &document)
{
    JsonReader reader;
    const JsonNode root(document, QString());
    LoginResponse login;
    if (reader.expectObject(root, Presence::Required)) {
        login.accessToken =
            reader.string(root["access_token"_L1], Presence::Required).value_or(QString());
        if (!reader.failed() && login.accessToken.isEmpty())
            reader.fail(QStringLiteral("access_token"), JsonReader::tr("the token is empty"));
        login.tokenType = reader.text(root["token_type"_L1]);
        // "60" in the documentation, a number in some deployments.
        const auto minutes =
            reader.numberOrNumericString(root["expires_in_minutes"_L1], Presence::Required);
        if (minutes && *minutes <= 0)
            reader.fail(QStringLiteral("expires_in_minutes"),
                        JsonReader::tr("expected a positive number of minutes"));
        login.expiresInMinutes = minutes.value_or(0);
    }
    return finish(reader, std::move(login));
}

Parsed<QVector<BodySite>> parseBodySites(const QJsonValue &document)
{
    return parseArray<BodySite>(document, [](JsonReader &reader, const JsonNode &node) {
        BodySite site;
        site.code = reader.string(node["code"_L1], Presence::Required).value_or(QString());
        site.name = readLocalizedText(reader, node["name"_L1]);
        return site;
    });
}

Parsed<QVector<Questionnaire>> parseQuestionnaires(const QJsonValue &document)
{
    return parseArray<Questionnaire>(document, [](JsonReader &reader, const JsonNode &node) {
        Questionnaire questionnaire;
        questionnaire.identifier = reader.text(node["identifier"_L1]);
        questionnaire.code = reader.string(node["code"_L1], Presence::Required).value_or(QString());
        questionnaire.mode = reader.text(node["mode"_L1]);
        questionnaire.path = reader.text(node["path"_L1]);
        questionnaire.title = readLocalizedText(reader, node["title"_L1]);
        questionnaire.description = readLocalizedText(reader, node["description"_L1]);
        const JsonNode items = node["item"_L1];
        if (reader.expectArray(items)) {
            for (qsizetype i = 0; i < items.size() && !reader.failed(); ++i) {
                const JsonNode entry = items.at(i);
                if (!reader.expectObject(entry, Presence::Required))
                    break;
                QuestionnaireItem item;
                item.code = reader.string(entry["code"_L1], Presence::Required).value_or(QString());
                item.text = readLocalizedText(reader, entry["text"_L1]);
                item.min = reader.number(entry["min"_L1]);
                item.max = reader.number(entry["max"_L1]);
                item.type = reader.text(entry["type"_L1]);
                if (item.min && item.max && *item.min > *item.max)
                    reader.fail(entry.path(), JsonReader::tr("min is greater than max"));
                questionnaire.items.append(item);
            }
        }
        const JsonNode sites = node["bodySites"_L1];
        if (reader.expectArray(sites)) {
            for (qsizetype i = 0; i < sites.size() && !reader.failed(); ++i) {
                if (const auto site = reader.string(sites.at(i), Presence::Required))
                    questionnaire.bodySites.append(*site);
            }
        }
        return questionnaire;
    });
}

Parsed<DeviceInformation> parseDeviceInformation(const QJsonValue &document)
{
    JsonReader reader;
    const JsonNode root(document, QString());
    DeviceInformation device;
    if (reader.expectObject(root, Presence::Required)) {
        device.name = firstValue(reader, root["name"_L1]);
        device.version = firstValue(reader, root["version"_L1]);
        const JsonNode manufacturer = root["manufacturer"_L1];
        if (reader.expectObject(manufacturer)) {
            device.manufacturerName = reader.text(manufacturer["name"_L1]);
            const JsonNode address = manufacturer["address"_L1];
            // Seen as a string; tolerate a structured address by not reading it.
            if (address.value().isString())
                device.manufacturerAddress = address.value().toString();
        }
    }
    return finish(reader, std::move(device));
}

Parsed<QVector<FieldError>> parseValidationErrors(const QJsonValue &document)
{
    JsonReader reader;
    const JsonNode root(document, QString());
    QVector<FieldError> errors;
    if (!reader.expectObject(root, Presence::Required))
        return reader.error();
    const JsonNode detail = root["detail"_L1];
    // FastAPI answers `{"detail": "text"}` for errors that are not about one field.
    if (detail.value().isString()) {
        errors.append({QString(), detail.value().toString(), {}});
        return errors;
    }
    if (reader.expectArray(detail, Presence::Required)) {
        for (qsizetype i = 0; i < detail.size() && !reader.failed(); ++i) {
            const JsonNode entry = detail.at(i);
            if (!reader.expectObject(entry, Presence::Required))
                break;
            FieldError error;
            error.type = reader.text(entry["type"_L1]);
            error.message = reader.text(entry["msg"_L1]);
            const JsonNode location = entry["loc"_L1];
            if (reader.expectArray(location)) {
                for (qsizetype j = 0; j < location.size(); ++j) {
                    const QJsonValue part = location.at(j).value();
                    if (part.isDouble())
                        error.location.append(QString::number(part.toInteger()));
                    else if (part.isString())
                        error.location.append(part.toString());
                    else
                        reader.fail(location.at(j).path(),
                                    JsonReader::tr("expected string or number, got %1")
                                        .arg(JsonReader::typeName(part)));
                }
            }
            errors.append(error);
        }
    }
    return finish(reader, std::move(errors));
}

Parsed<LoginResponse> parseLoginResponse(const QByteArray &json)
{
    return parseBytes(json, [](const QJsonValue &v) { return parseLoginResponse(v); });
}

Parsed<QVector<BodySite>> parseBodySites(const QByteArray &json)
{
    return parseBytes(json, [](const QJsonValue &v) { return parseBodySites(v); });
}

Parsed<QVector<Questionnaire>> parseQuestionnaires(const QByteArray &json)
{
    return parseBytes(json, [](const QJsonValue &v) { return parseQuestionnaires(v); });
}

Parsed<DeviceInformation> parseDeviceInformation(const QByteArray &json)
{
    return parseBytes(json, [](const QJsonValue &v) { return parseDeviceInformation(v); });
}

Parsed<QVector<FieldError>> parseValidationErrors(const QByteArray &json)
{
    return parseBytes(json, [](const QJsonValue &v) { return parseValidationErrors(v); });
}

} // namespace dv::model
