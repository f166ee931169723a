#pragma once

#include <QString>
#include <variant>

namespace dv::imaging {

/// Why an image could not be loaded, decoded or composed: a translated sentence fit to show a
/// person (the retake or re-export prompt is the caller's).
struct ImagingError
{
    QString message;
};

/// Every fallible imaging function returns its value or an error; none throws across the API.
template <typename T> using ImagingResult = std::variant<T, ImagingError>;

template <typename T> bool isError(const ImagingResult<T> &result)
{
    return std::holds_alternative<ImagingError>(result);
}

template <typename T> const QString &errorMessage(const ImagingResult<T> &result)
{
    return std::get<ImagingError>(result).message;
}

} // namespace dv::imaging
