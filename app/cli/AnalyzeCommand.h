#pragma once

#include <QCoreApplication>
#include <QStringList>
#include <QTextStream>

namespace dv::cli {

/// `dermaview-cli analyze IMAGE... [--server URL] [--user U] [--password-stdin] [--out FILE]
/// [--json] [--qa]`: uploads 1–3 photos for diagnosis support and prints the same review as
/// `inspect`. Without --server it starts the offline sandbox in-process on 127.0.0.1.
class AnalyzeCommand
{
    Q_DECLARE_TR_FUNCTIONS(AnalyzeCommand)

public:
    static int run(const QStringList &arguments, QTextStream &out, QTextStream &err);
};

} // namespace dv::cli
