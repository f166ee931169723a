#pragma once

#include <QCoreApplication>
#include <QStringList>
#include <QTextStream>

namespace dv::cli {

/// `dermaview-cli inspect FILE [--json] [--qa]`: reads a saved response of any kind and
/// prints what a reviewer may see of it.
class InspectCommand
{
    Q_DECLARE_TR_FUNCTIONS(InspectCommand)

public:
    /// `arguments` start after the word "inspect". Returns the process exit code.
    static int run(const QStringList &arguments, QTextStream &out, QTextStream &err);
};

} // namespace dv::cli
