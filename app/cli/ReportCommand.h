#pragma once

#include <QCoreApplication>
#include <QStringList>
#include <QTextStream>

namespace dv::cli {

/// `dermaview-cli report ID --server URL --api-token-stdin [--format raw|fhir|pdf]
/// [--locale L] [-o FILE] [--json] [--qa]`: fetches a stored diagnostic report and prints its
/// review (raw, FHIR) or saves its PDF.
class ReportCommand
{
    Q_DECLARE_TR_FUNCTIONS(ReportCommand)

public:
    static int run(const QStringList &arguments, QTextStream &out, QTextStream &err);
};

} // namespace dv::cli
