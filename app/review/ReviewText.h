#pragma once

#include "review/Review.h"

namespace dv::review {

/// The review as plain text for a terminal: the same content and the same gates as the window.
class ReviewText
{
    Q_DECLARE_TR_FUNCTIONS(ReviewText)

public:
    static QString render(const Review &review);
};

} // namespace dv::review
