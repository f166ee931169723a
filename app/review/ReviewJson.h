#pragma once

#include "review/Review.h"

#include <QJsonObject>

namespace dv::review {

/// The stable `dermaview-cli inspect --json` document (schema in the README). Withheld
/// content is absent (null / empty); in QA mode it is present and marked `"qaRevealed": true`.
QJsonObject reviewToJson(const Review &review);

} // namespace dv::review
