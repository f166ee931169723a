#pragma once

namespace dv::cli {

/// `dermaview-cli` exit codes (documented in the README).
enum ExitCode : int
{
    Reviewed = 0,
    UsageError = 2,
    InvalidInput = 3,
    NetworkFailure = 4,        ///< network, timeout or server failure
    AuthenticationFailure = 5, ///< login refused
};

} // namespace dv::cli
