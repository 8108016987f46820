#pragma once

#include "client/apierror.h"
#include "client/conversationapi.h"

#include <QObject>
#include <QTimer>

#include <chrono>

/*!
 * \brief Whether the server answers, as the requests of one ConversationApi find out.
 *
 * A request that fails without an answer (refused, reset, host not found, timed out) makes
 * the server unreachable; any answer, even an HTTP error, makes it reachable again. While it
 * is unreachable, retryDue() asks the owner every so often (with backoff) to try something
 * again, so that the return of the connection is noticed without the agent's help.
 */
class ConnectionMonitor : public QObject
{
    Q_OBJECT
    Q_PROPERTY(bool reachable READ isReachable NOTIFY reachableChanged)

public:
    explicit ConnectionMonitor(ConversationApi *api, QObject *parent = nullptr);

    bool isReachable() const { return m_reachable; }
    /*! The failure that made the server unreachable. */
    ApiError lastError() const { return m_lastError; }
    /*! The first wait before retryDue(); it doubles up to \a longest. */
    void setRetryDelays(std::chrono::milliseconds first, std::chrono::milliseconds longest);

    /*! True for failures that mean no answer came: network errors and timeouts. */
    static bool isUnreachable(const ApiError &error);

Q_SIGNALS:
    void reachableChanged(bool reachable);
    /*! Time to try again: the owner sends a request whose outcome tells. */
    void retryDue();

private:
    void onFailure(const ApiError &error);
    void onAnswer();

    bool m_reachable = true;
    ApiError m_lastError;
    QTimer m_retry;
    std::chrono::milliseconds m_first{2000};
    std::chrono::milliseconds m_longest{30000};
};
