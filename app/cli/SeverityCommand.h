#pragma once

#include <QCoreApplication>
#include <QStringList>
#include <QTextStream>

namespace dv::cli {

/// `dermaview-cli severity manual|local|global --request FILE ...`: runs one of the three
/// severity-assessment endpoints and prints the same review as `inspect` does for a saved
/// severity answer. The request file is the documented JSON body without its photos; the
/// photos are named on the command line and spliced in (local: `--image`, global: one
/// `--site SITE=IMAGE` per body site).
class SeverityCommand
{
    Q_DECLARE_TR_FUNCTIONS(SeverityCommand)

public:
    static int run(const QStringList &arguments, QTextStream &out, QTextStream &err);
};

} // namespace dv::cli
