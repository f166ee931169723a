#pragma once

#include "api/ApiResult.h"
#include "cli/ExitCode.h"
#include "review/Review.h"

#include <QCommandLineParser>
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

/// The options of every command that prints a review: `--json`, `--qa` and, for commands that
/// call the service, `--out FILE` for the raw answer. Declared once so they read the same
/// everywhere.
class ReviewOutputOptions
{
    Q_DECLARE_TR_FUNCTIONS(ReviewOutputOptions)

public:
    enum class RawAnswer
    {
        Saved,
        NotSaved
    };

    /// Adds the options to `parser`, which must outlive this object.
    ReviewOutputOptions(QCommandLineParser &parser, RawAnswer rawAnswer);

    bool json() const { return m_parser.isSet(m_json); }
    bool qaMode() const { return m_parser.isSet(m_qa); }
    QString outPath() const { return m_parser.value(m_out); }
    review::ReviewOptions reviewOptions() const;
    void print(const review::Review &review, QTextStream &out) const
    {
        printReview(review, json(), out);
    }

    /// finishWithReview() with these options.
    template <typename Report>
    int finish(const api::ApiResult<Report> &outcome, QTextStream &out, QTextStream &err) const
    {
        return finishWithReview(outcome, outPath(), json(), qaMode(), out, err);
    }

private:
    QCommandLineParser &m_parser;
    QCommandLineOption m_out;
    QCommandLineOption m_json;
    QCommandLineOption m_qa;
};

} // namespace dv::cli
