#include "session/connectionmonitor.h"

#include "client/logging.h"

ConnectionMonitor::ConnectionMonitor(ConversationApi *api, QObject *parent)
    : QObject(parent)
{
    m_retry.setSingleShot(true);
    connect(&m_retry, &QTimer::timeout, this, [this] {
        m_retry.start(std::min(m_retry.intervalAsDuration() * 2, m_longest));
        Q_EMIT retryDue();
    });
    connect(api, &ConversationApi::failed, this,
            [this](ConversationApi::RequestId, const ApiError &error) { onFailure(error); });
    // A retry announced after a failure without an answer already tells: say so at once.
    connect(api, &ConversationApi::retrying, this,
            [this](ConversationApi::RequestId, int, std::chrono::milliseconds,
                   const ApiError &error) { onFailure(error); });
    const auto answered = [this] { onAnswer(); };
    connect(api, &ConversationApi::activitySent, this, answered);
    connect(api, &ConversationApi::messageDeleted, this, answered);
    connect(api, &ConversationApi::messagesDeleted, this, answered);
    connect(api, &ConversationApi::messagesReceived, this, answered);
    connect(api, &ConversationApi::messagePosted, this, answered);
    connect(api, &ConversationApi::unreadCountReset, this, answered);
}

void ConnectionMonitor::setRetryDelays(std::chrono::milliseconds first,
                                       std::chrono::milliseconds longest)
{
    m_first = first;
    m_longest = longest;
}

bool ConnectionMonitor::isUnreachable(const ApiError &error)
{
    return error.kind() == ApiError::Kind::Network || error.kind() == ApiError::Kind::Timeout;
}

void ConnectionMonitor::onFailure(const ApiError &error)
{
    if (!isUnreachable(error)) {
        if (error.kind() == ApiError::Kind::Http)
            onAnswer(); // an error, but from the server
        return;
    }
    m_lastError = error;
    if (!m_reachable)
        return;
    qCWarning(lcApi) << "the server is unreachable:" << error.message();
    m_reachable = false;
    m_retry.start(m_first);
    Q_EMIT reachableChanged(false);
}

void ConnectionMonitor::onAnswer()
{
    if (m_reachable)
        return;
    qCInfo(lcApi) << "the server answers again";
    m_reachable = true;
    m_retry.stop();
    Q_EMIT reachableChanged(true);
}
