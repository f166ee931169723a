#pragma once

#include "review/Review.h"

#include <QCoreApplication>
#include <QTextStream>

namespace dv::cli {

/// Prints a review the way every command does: the `--json` document or the text.
void printReview(const review::Review &review, bool json, QTextStream &out);

/// Writes `bytes` to `path` atomically (QSaveFile); on failure says why on `err`.
bool saveFile(const QString &path, const QByteArray &bytes, QTextStream &err);

} // namespace dv::cli
