#pragma once

#include "client/conversationapi.h"

/*!
 * \brief Resets a conversation's unread count when the agent has really seen it: the
 * conversation is shown in the active window with its newest message on screen. Once per
 * arrival of new messages, not on every scroll event.
 */
class ReadTracker : public QObject
{
    Q_OBJECT

public:
    explicit ReadTracker(ConversationApi *api, QObject *parent = nullptr);

    void setConversation(const QString &userId);
    /*! The newest message of the open conversation. */
    void setNewest(const QString &messageId);
    /*! Whether the window is active and the newest message is on screen. */
    void setSeen(bool seen);
    /*! The newest message for which the count was reset. */
    QString lastReset() const { return m_lastReset; }

Q_SIGNALS:
    /*! The server confirmed that \a userId's unread count is 0. */
    void unreadCountReset(const QString &userId);

private:
    void check();

    ConversationApi *m_api;
    QString m_userId;
    QString m_newest;
    QString m_lastReset;
    bool m_seen = false;
};
