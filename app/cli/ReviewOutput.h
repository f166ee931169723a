#pragma once

#include "review/Review.h"

#include <QTextStream>

namespace dv::cli {

/// Prints a review the way every command does: the `--json` document or the text.
void printReview(const review::Review &review, bool json, QTextStream &out);

} // namespace dv::cli
