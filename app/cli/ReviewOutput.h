#pragma once

#include "api/ApiResult.h"
#include "cli/ExitCode.h"
#include "review/Review.h"

#include <QCoreApplication>
#include <QTextStream>

namespace dv::cli {

/// Prints a review the way every command does: the `--json` document or the text.
void printReview(const review::Review &review, bool json, QTextStream &out);

/// Writes `bytes` to `path` atomically (QSaveFile); on failure says why on `err`.
bool saveFile(const QString &path, const QByteArray &bytes, QTextStream &err);

/// How a command that called the service ends: on failure the error's sentence and exit code;
/// otherwise the raw answer saved to `outPath` (when not empty) and the review printed.
template <typename Report>
int finishWithReview(const api::ApiResult<Report> &outcome, const QString &outPath, bool json,
                     bool qaMode, QTextStream &out, QTextStream &err)
{
    if (!outcome.ok()) {
        err << outcome.error().message() << '\n';
        return exitCodeFor(outcome.error());
    }
    if (!outPath.isEmpty() && !saveFile(outPath, outcome.rawBody(), err))
        return InvalidInput;
    review::ReviewOptions options;
    options.qaMode = qaMode;
    printReview(review::Reviewer::review(outcome.value(), options), json, out);
    return Reviewed;
}

} // namespace dv::cli
