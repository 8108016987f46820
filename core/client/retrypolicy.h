#pragma once

#include "client/apierror.h"

#include <chrono>
#include <optional>

/*!
 * \brief When a failed request is tried again: the one place that decides retries.
 *
 * Only transient failures (429, 408, 5xx, network, timeout) are retried, at most
 * \c maxAttempts times in all, with exponential backoff and jitter; a Retry-After from the
 * server wins over the backoff, and one longer than \c maxRetryAfter ends the retries.
 */
struct RetryPolicy
{
    int maxAttempts = 4;
    std::chrono::milliseconds baseDelay{500};
    std::chrono::milliseconds maxDelay{30000};
    std::chrono::seconds maxRetryAfter{120};

    /*!
     * The wait before attempt \a nextAttempt (2 for the first retry) after \a error, or
     * std::nullopt when the request should fail now.
     */
    std::optional<std::chrono::milliseconds> delayBefore(int nextAttempt,
                                                         const ApiError &error) const;

    /*! No retries at all. */
    static RetryPolicy none()
    {
        RetryPolicy policy;
        policy.maxAttempts = 1;
        return policy;
    }
};
