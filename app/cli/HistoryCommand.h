#pragma once

#include <QCoreApplication>
#include <QStringList>
#include <QTextStream>

namespace dv::cli {

/// `dermaview-cli history [--case REF] [--search TEXT] [--from DATE] [--to DATE] [--json]
/// [--qa] [--raw ID] [--db PATH]`: lists the window's case history (what it recorded: withheld
/// content is not in it outside QA mode), or prints one record's stored response.
class HistoryCommand
{
    Q_DECLARE_TR_FUNCTIONS(HistoryCommand)

public:
    /// `arguments` start after the word "history". Returns the process exit code.
    static int run(const QStringList &arguments, QTextStream &out, QTextStream &err);
};

} // namespace dv::cli
