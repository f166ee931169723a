#pragma once

#include "model/ParseError.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonObject>
#include <QJsonValue>
#include <optional>

namespace dv::model {

using namespace Qt::Literals::StringLiterals;

/// A JSON value together with the path that reached it (`imagingAnalysis[1].mediaValidity`),
/// so that every error can name the exact place in the document.
class JsonNode
{
public:
    JsonNode() = default;
    JsonNode(QJsonValue value, QString path) : m_value(std::move(value)), m_path(std::move(path)) {}

    JsonNode operator[](QLatin1String key) const;
    JsonNode child(const QString &key) const;
    JsonNode at(qsizetype index) const;

    const QJsonValue &value() const { return m_value; }
    const QString &path() const { return m_path; }
    /// Missing keys and JSON null are treated alike: the documented nulls mean "not given".
    bool isAbsent() const { return m_value.isUndefined() || m_value.isNull(); }
    bool isObject() const { return m_value.isObject(); }
    bool isArray() const { return m_value.isArray(); }
    qsizetype size() const;
    QStringList keys() const;

private:
    QJsonValue m_value;
    QString m_path;
};

enum class Presence
{
    Required, ///< absent or null is an error
    Optional, ///< absent or null yields nullopt; a wrong type is still an error
};

/// Typed access that records the first error (with its path) instead of coercing a wrong
/// type into a plausible-looking 0, false or "".
class JsonReader
{
    Q_DECLARE_TR_FUNCTIONS(JsonReader)

public:
    std::optional<double> number(const JsonNode &node, Presence presence = Presence::Optional);
    /// A number on the API's 0–100 scale; anything outside it is an error, not data.
    std::optional<double> percentage(const JsonNode &node, Presence presence = Presence::Optional);
    std::optional<qint64> integer(const JsonNode &node, Presence presence = Presence::Optional);
    std::optional<bool> boolean(const JsonNode &node, Presence presence = Presence::Optional);
    std::optional<QString> string(const JsonNode &node, Presence presence = Presence::Optional);
    /// An optional string; empty when absent.
    QString text(const JsonNode &node) { return string(node).value_or(QString()); }
    /// A number sent either as a JSON number or as a numeric string (`"60"`).
    std::optional<double> numberOrNumericString(const JsonNode &node, Presence presence);
    /// True when `node` is an object; records an error when it is present but not one,
    /// or absent while required.
    bool expectObject(const JsonNode &node, Presence presence = Presence::Optional);
    bool expectArray(const JsonNode &node, Presence presence = Presence::Optional);

    void fail(const QString &path, const QString &message);
    bool failed() const { return m_error.has_value(); }
    const ParseError &error() const { return *m_error; }

    /// Parses bytes into a JSON value; malformed input is an error with its byte offset.
    static Parsed<QJsonValue> parseDocument(const QByteArray &bytes);
    static QString typeName(const QJsonValue &value);

private:
    bool checkPresence(const JsonNode &node, Presence presence, const char *expected);
    void failType(const JsonNode &node, const char *expected);

    std::optional<ParseError> m_error;
};

/// Parses bytes and hands the document to `fromValue` (a `Parsed<T>(const QJsonValue &)`).
template <typename FromValue>
auto parseBytes(const QByteArray &json, FromValue fromValue)
    -> decltype(fromValue(std::declval<const QJsonValue &>()))
{
    const Parsed<QJsonValue> document = JsonReader::parseDocument(json);
    if (!document)
        return document.error();
    return fromValue(document.value());
}

/// Wraps a finished parse: the value when no error was recorded, the error otherwise.
template <typename T> Parsed<T> finish(const JsonReader &reader, T value)
{
    if (reader.failed())
        return reader.error();
    return value;
}

} // namespace dv::model
