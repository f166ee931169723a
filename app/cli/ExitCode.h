#pragma once

#include "api/ApiError.h"

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

/// The exit code a failed call to the AI service ends the command with.
inline int exitCodeFor(const api::ApiError &error)
{
    switch (error.kind) {
    case api::ApiError::Kind::Authentication:
        return AuthenticationFailure;
    case api::ApiError::Kind::Validation:
    case api::ApiError::Kind::NotFound:
        return InvalidInput;
    default:
        return NetworkFailure;
    }
}

} // namespace dv::cli
