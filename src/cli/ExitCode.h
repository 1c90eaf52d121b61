#pragma once

#include "ApiError.h"

// The CLI's exit statuses, part of its interface for scripts.
namespace ExitCode {
inline constexpr int Ok = 0;             // also when nothing was found
inline constexpr int Failure = 1;        // the output could not be written
inline constexpr int Usage = 2;          // invalid usage or input; no request was sent
inline constexpr int Authentication = 3; // credentials refused, or not allowed
inline constexpr int Api = 4;            // any other error the service reported, quota included
inline constexpr int Network = 5;        // no usable answer after retries
// batch: at least one applicant did not verify (mismatch, not found, not released, error,
// rejected row, or below the requirements)
inline constexpr int NotVerified = 6;
inline constexpr int Interrupted = 130;

inline int forError(const ApiError &error)
{
    switch (error.kind) {
    case ApiError::Kind::None:
        return Ok;
    case ApiError::Kind::Configuration:
        return Usage;
    case ApiError::Kind::Authentication:
    case ApiError::Kind::Authorization:
        return Authentication;
    case ApiError::Kind::Network:
        return Network;
    case ApiError::Kind::Cancelled:
        return Interrupted;
    case ApiError::Kind::NotFound:
    case ApiError::Kind::BadRequest:
    case ApiError::Kind::Quota:
    case ApiError::Kind::Server:
    case ApiError::Kind::Protocol:
        return Api;
    }
    return Api;
}
} // namespace ExitCode
