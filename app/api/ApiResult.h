#pragma once

#include "api/ApiError.h"

#include <QByteArray>
#include <functional>
#include <variant>

namespace dv::api {

/// A call's outcome: the parsed value or the error.
template <typename T> class ApiResult
{
public:
    ApiResult(T value) : m_value(std::move(value)) {}
    ApiResult(ApiError error) : m_value(std::move(error)) {}

    bool ok() const { return std::holds_alternative<T>(m_value); }
    const T &value() const { return std::get<T>(m_value); }
    const ApiError &error() const { return std::get<ApiError>(m_value); }
    /// The response body exactly as received (successful calls), to save it for audit or
    /// re-review with `dermaview-cli inspect`.
    const QByteArray &rawBody() const { return m_rawBody; }
    void setRawBody(const QByteArray &body) { m_rawBody = body; }

private:
    std::variant<T, ApiError> m_value;
    QByteArray m_rawBody;
};

template <typename T> using Callback = std::function<void(const ApiResult<T> &)>;

} // namespace dv::api
