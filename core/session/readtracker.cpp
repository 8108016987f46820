#include "session/readtracker.h"

#include "client/logging.h"

ReadTracker::ReadTracker(ConversationApi *api, QObject *parent)
    : QObject(parent)
    , m_api(api)
{
    connect(m_api, &ConversationApi::unreadCountReset, this, [this](ConversationApi::RequestId id) {
        if (const QString user = m_pending.take(id); !user.isEmpty())
            Q_EMIT unreadCountReset(user);
    });
    connect(m_api, &ConversationApi::failed, this,
            [this](ConversationApi::RequestId id, const ApiError &error) {
                if (const QString user = m_pending.take(id); !user.isEmpty())
                    qCInfo(lcTyping) << "read for" << user << "failed:" << error.message();
            });
}

void ReadTracker::setConversation(const QString &userId)
{
    if (userId == m_userId)
        return;
    m_userId = userId;
    m_newest.clear();
    m_lastReset.clear();
}

void ReadTracker::setNewest(const QString &messageId)
{
    m_newest = messageId;
    check();
}

void ReadTracker::setSeen(bool seen)
{
    m_seen = seen;
    check();
}

void ReadTracker::check()
{
    if (!m_seen || m_userId.isEmpty() || m_newest.isEmpty() || m_newest == m_lastReset)
        return;
    m_lastReset = m_newest;
    m_pending.insert(m_api->resetUnreadCount(m_userId), m_userId);
}
