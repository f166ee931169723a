#pragma once

#include <QStringList>

namespace dv::cli {

/// Runs `dermaview-cli` with `arguments` (argv without the program name) and returns the
/// exit code. The executable's main() only creates the application and calls this.
int runCli(const QStringList &arguments);

} // namespace dv::cli
