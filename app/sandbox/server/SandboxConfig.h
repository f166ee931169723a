#pragma once

#include "sandbox/server/FaultRule.h"

#include <QString>
#include <QVector>

namespace dv::sandbox {

/// How a sandbox server runs. The defaults are documented in the README and in
/// `dermaview-sandbox --help`; they are demo credentials, not secrets.
struct SandboxConfig
{
    QString user = QStringLiteral("demo@dermaview.invalid");
    QString password = QStringLiteral("sandbox");
    int tokenMinutes = 60;
    QString apiToken = QStringLiteral("sandbox-api-token");
    QString replayDirectory;
    int latencyMs = 0;
    qint64 maxBodyBytes = 64LL * 1024 * 1024;
    /// How many of the most recent stored reports keep their photos (ReportStore).
    int mediaReports = 50;
    /// Faults active from the start (command-line switches); tests add more at run time.
    QVector<FaultRule> faults;
};

} // namespace dv::sandbox
