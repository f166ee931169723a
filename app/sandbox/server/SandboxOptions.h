#pragma once

#include "sandbox/server/SandboxConfig.h"

#include <QCoreApplication>
#include <QStringList>
#include <variant>

namespace dv::sandbox {

struct SandboxLaunch
{
    SandboxConfig config;
    quint16 port = 0;
    bool helpShown = false;
};

/// Parses `dermaview-sandbox` arguments (argv without the program name). Returns the launch
/// settings or a usage error to print.
class SandboxOptions
{
public:
    Q_DECLARE_TR_FUNCTIONS(SandboxOptions)

public:
    static std::variant<SandboxLaunch, QString> parse(const QStringList &arguments);
    static QString helpText();
};

} // namespace dv::sandbox
