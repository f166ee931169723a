#include "model/JsonReader.h"

#include <QJsonDocument>
#include <QJsonParseError>
#include <cmath>

namespace dv::model {

JsonNode JsonNode::operator[](QLatin1String key) const
{
    return child(QString(key));
}

JsonNode JsonNode::child(const QString &key) const
{
    const QString path = m_path.isEmpty() ? key : m_path + QLatin1Char('.') + key;
    if (!m_value.isObject())
        return {QJsonValue(QJsonValue::Undefined), path};
    return {m_value.toObject().value(key), path};
}

JsonNode JsonNode::at(qsizetype index) const
{
    const QString path = m_path + QLatin1Char('[') + QString::number(index) + QLatin1Char(']');
    if (!m_value.isArray())
        return {QJsonValue(QJsonValue::Undefined), path};
    return {m_value.toArray().at(index), path};
}

qsizetype JsonNode::size() const
{
    if (m_value.isArray())
        return m_value.toArray().size();
    if (m_value.isObject())
        return m_value.toObject().size();
    return 0;
}

QStringList JsonNode::keys() const
{
    return m_value.isObject() ? m_value.toObject().keys() : QStringList();
}

QString JsonReader::typeName(const QJsonValue &value)
{
    switch (value.type()) {
    case QJsonValue::Null:
        return QStringLiteral("null");
    case QJsonValue::Bool:
        return QStringLiteral("boolean");
    case QJsonValue::Double:
        return QStringLiteral("number");
    case QJsonValue::String:
        return QStringLiteral("string");
    case QJsonValue::Array:
        return QStringLiteral("array");
    case QJsonValue::Object:
        return QStringLiteral("object");
    case QJsonValue::Undefined:
        break;
    }
    return QStringLiteral("nothing");
}

void JsonReader::fail(const QString &path, const QString &message)
{
    if (!m_error)
        m_error = ParseError{path, message};
}

void JsonReader::failType(const JsonNode &node, const char *expected)
{
    fail(node.path(),
         tr("expected %1, got %2").arg(QLatin1String(expected), typeName(node.value())));
}

bool JsonReader::checkPresence(const JsonNode &node, Presence presence, const char *expected)
{
    if (!node.isAbsent())
        return true;
    if (presence == Presence::Required)
        failType(node, expected);
    return false;
}

std::optional<double> JsonReader::number(const JsonNode &node, Presence presence)
{
    if (!checkPresence(node, presence, "number"))
        return std::nullopt;
    if (!node.value().isDouble()) {
        failType(node, "number");
        return std::nullopt;
    }
    return node.value().toDouble();
}

std::optional<double> JsonReader::percentage(const JsonNode &node, Presence presence)
{
    const auto value = number(node, presence);
    if (value && !(*value >= 0.0 && *value <= 100.0)) {
        fail(node.path(), tr("expected a percentage between 0 and 100, got %1")
                              .arg(QString::number(*value, 'g', 10)));
        return std::nullopt;
    }
    return value;
}

std::optional<qint64> JsonReader::integer(const JsonNode &node, Presence presence)
{
    const auto value = number(node, presence);
    if (!value)
        return std::nullopt;
    // 2^53: beyond it doubles no longer hold every integer exactly.
    constexpr double limit = 9007199254740992.0;
    if (std::trunc(*value) != *value || std::fabs(*value) > limit) {
        fail(node.path(), tr("expected an integer, got %1").arg(QString::number(*value, 'g', 17)));
        return std::nullopt;
    }
    return static_cast<qint64>(*value);
}

std::optional<bool> JsonReader::boolean(const JsonNode &node, Presence presence)
{
    if (!checkPresence(node, presence, "boolean"))
        return std::nullopt;
    if (!node.value().isBool()) {
        failType(node, "boolean");
        return std::nullopt;
    }
    return node.value().toBool();
}

std::optional<QString> JsonReader::string(const JsonNode &node, Presence presence)
{
    if (!checkPresence(node, presence, "string"))
        return std::nullopt;
    if (!node.value().isString()) {
        failType(node, "string");
        return std::nullopt;
    }
    return node.value().toString();
}

std::optional<double> JsonReader::numberOrNumericString(const JsonNode &node, Presence presence)
{
    if (!checkPresence(node, presence, "number"))
        return std::nullopt;
    if (node.value().isDouble())
        return node.value().toDouble();
    if (node.value().isString()) {
        bool ok = false;
        const double value = node.value().toString().trimmed().toDouble(&ok);
        if (ok && std::isfinite(value))
            return value;
        fail(node.path(),
             tr("expected a number, got the string \"%1\"").arg(node.value().toString().left(40)));
        return std::nullopt;
    }
    failType(node, "number");
    return std::nullopt;
}

bool JsonReader::expectObject(const JsonNode &node, Presence presence)
{
    if (!checkPresence(node, presence, "object"))
        return false;
    if (!node.isObject()) {
        failType(node, "object");
        return false;
    }
    return true;
}

bool JsonReader::expectArray(const JsonNode &node, Presence presence)
{
    if (!checkPresence(node, presence, "array"))
        return false;
    if (!node.isArray()) {
        failType(node, "array");
        return false;
    }
    return true;
}

Parsed<QJsonValue> JsonReader::parseDocument(const QByteArray &bytes)
{
    QJsonParseError error{};
    const QJsonDocument document = QJsonDocument::fromJson(bytes, &error);
    if (error.error != QJsonParseError::NoError) {
        return ParseError{
            QString(),
            tr("malformed JSON at byte %1: %2").arg(error.offset).arg(error.errorString())};
    }
    if (document.isArray())
        return QJsonValue(document.array());
    return QJsonValue(document.object());
}

} // namespace dv::model
