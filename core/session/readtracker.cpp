#include "session/readtracker.h"

#include "client/logging.h"

ReadTracker::ReadTracker(ConversationApi *api, QObject *parent)
    : QObject(parent)
    , m_api(api)
{}

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
    auto *reply = m_api->resetUnreadCount(m_userId, this);
    connect(reply, &ApiReply::succeeded, this,
            [this, user = m_userId] { Q_EMIT unreadCountReset(user); });
    connect(reply, &ApiReply::failed, this, [user = m_userId](const ApiError &error) {
        qCInfo(lcTyping) << "read for" << user << "failed:" << error.message();
    });
}
