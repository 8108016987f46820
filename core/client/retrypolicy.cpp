#include "client/retrypolicy.h"

#include <QRandomGenerator>

#include <algorithm>

std::optional<std::chrono::milliseconds> RetryPolicy::delayBefore(int nextAttempt,
                                                                  const ApiError &error) const
{
    if (nextAttempt > maxAttempts || !error.isTransient())
        return std::nullopt;
    if (const auto retryAfter = error.retryAfter()) {
        if (*retryAfter > maxRetryAfter)
            return std::nullopt;
        return std::chrono::milliseconds(*retryAfter);
    }
    // base * 2^(n-2), capped, with +-20% jitter so that many clients do not retry in step.
    const int doublings = std::clamp(nextAttempt - 2, 0, 20);
    const std::chrono::milliseconds backoff =
        std::min<std::chrono::milliseconds>(maxDelay, baseDelay * (std::int64_t(1) << doublings));
    const double jitter = 0.8 + 0.4 * QRandomGenerator::global()->generateDouble();
    return std::chrono::milliseconds(qint64(double(backoff.count()) * jitter));
}
