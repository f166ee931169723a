#pragma once

#include "model/StoredReport.h"

#include <QCoreApplication>
#include <QString>
#include <variant>

namespace dv::ui {

/// A stored report read back from a file, with the bytes it came from (saved again as is).
struct ReportFile
{
    model::StoredReport report;
    QByteArray rawJson;
};

/// Reading and writing the files of the stored-report dialog. Plain functions returning a
/// value or a sentence for the person, so they can run on a worker thread.
class ReportFiles
{
    Q_DECLARE_TR_FUNCTIONS(ReportFiles)

public:
    /// Reads a saved standard or FHIR report (the shape decides which). Any other response
    /// kind, malformed JSON or an unreadable file gives an error sentence.
    static std::variant<ReportFile, QString> read(const QString &path);
    /// Writes `pdf` atomically, only when it is a PDF (starts with `%PDF`). Empty on success.
    static QString writePdf(const QString &path, const QByteArray &pdf);
    /// Writes the report's JSON atomically, byte for byte as received. Empty on success.
    static QString writeJson(const QString &path, const QByteArray &json);
};

} // namespace dv::ui
