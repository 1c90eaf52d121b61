#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QNetworkReply>

#include <chrono>
#include <optional>

// When and how long to wait before trying a failed request again: bounded exponential back-off
// with jitter that honours Retry-After. The base is injectable so tests run fast.
struct RetryPolicy
{
    using ms = std::chrono::milliseconds;

    int maxAttempts = 5; // tries in all, the first included
    ms baseDelay{500};
    ms maxDelay{30000};
    ms maxRetryAfter{120000}; // a server asking for longer is not waited for beyond this

    // The wait after `failedAttempts` failures (1 after the first): base * 2^(n-1), scaled by
    // jitter (0..1 maps to 50%..100%), capped; never shorter than a Retry-After (itself capped).
    ms delayFor(int failedAttempts, std::optional<ms> retryAfter, double jitter) const;
    // The same with a random jitter.
    ms delayFor(int failedAttempts, std::optional<ms> retryAfter = std::nullopt) const;
    bool mayRetry(int failedAttempts) const { return failedAttempts < maxAttempts; }

    // Retry-After as delay-seconds or an HTTP date; nullopt when absent or unreadable.
    static std::optional<ms> parseRetryAfter(const QByteArray &value, const QDateTime &nowUtc);
    // 500, 502, 503, 504.
    static bool isTransientStatus(int httpStatus);
    // Resets, closes, timeouts and temporary failures; not TLS, DNS or refused proxies.
    static bool isTransientNetworkError(QNetworkReply::NetworkError error);
};
