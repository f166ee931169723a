#pragma once

#include <QString>
#include <optional>
#include <utility>

namespace dv::model {

/// Why a document could not be read: the JSON path of the offending value (empty for the
/// document as a whole) and a sentence saying what was wrong with it.
struct ParseError
{
    QString path;
    QString message;

    QString toString() const
    {
        return path.isEmpty() ? message : path + QStringLiteral(": ") + message;
    }
};

/// A parser's answer: a value or the first error found. Parsers never return a half-filled
/// value that could be mistaken for data.
template <typename T> class Parsed
{
public:
    Parsed(T value) : m_value(std::move(value)) {}
    Parsed(ParseError error) : m_error(std::move(error)) {}

    bool ok() const { return m_value.has_value(); }
    explicit operator bool() const { return ok(); }
    const T &value() const { return *m_value; }
    T &value() { return *m_value; }
    const ParseError &error() const { return m_error; }

private:
    std::optional<T> m_value;
    ParseError m_error;
};

} // namespace dv::model
