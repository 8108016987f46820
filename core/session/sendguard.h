#pragma once

#include "protocol/message.h"

#include <QObject>
#include <QSet>

#include <functional>

/*!
 * \brief Traffic cop for one agent's reply: whether a send should pause because something new
 * happened in the conversation since the agent began this reply.
 *
 * A reply begins when the composer goes from empty to non-empty (replyStarted()); dismiss()
 * (the agent chose "Send anyway" or "Keep editing") starts afresh the same way. From then on it
 * keeps, in arrival order and each message once however often it is delivered:
 * - every reply by another agent (an app maker message this console did not send), and
 * - every customer message the agent has not seen (not on screen in the active window); a
 *   customer message the agent then sees (setSeen(true)) leaves the list.
 * shouldPause() is true while that list is not empty. Messages of another conversation, and those
 * arriving while no reply is begun, do not count. No widgets: the pane shows what it says.
 */
class SendGuard : public QObject
{
    Q_OBJECT

public:
    struct Item
    {
        QString messageId;
        QString sender; //!< the name on the message, plain text as received
        QString text;   //!< one line, displayable
        bool fromAgent = false;
    };

    explicit SendGuard(QObject *parent = nullptr);

    /*! Whether \a message was written by this console (its outbox sent it). */
    void setOwnMessage(std::function<bool(const Message &)> own) { m_own = std::move(own); }

    /*! The conversation the replies go to; another one starts afresh. */
    void setConversation(const QString &userId);
    QString conversation() const { return m_userId; }
    /*! The composer's text is now \a empty or not: empty to non-empty begins a reply. */
    void setComposerEmpty(bool empty);
    bool isReplying() const { return m_replying; }
    /*! Messages of \a userId's conversation arrived; \a seen: the agent sees them now. */
    void messagesArrived(const QString &userId, const QList<Message> &messages, bool seen);
    /*! Whether the agent sees the newest message of the open conversation now. */
    void setSeen(bool seen);
    /*! The agent took note of what is new: it starts afresh. */
    void dismiss();
    /*! The reply went out: the next one begins when the composer fills again. */
    void sent();

    bool shouldPause() const { return !m_items.isEmpty(); }
    QList<Item> items() const { return m_items; }

Q_SIGNALS:
    /*! What is new changed (items() and shouldPause()). */
    void changed();

private:
    void clear();

    std::function<bool(const Message &)> m_own;
    QString m_userId;
    bool m_replying = false;
    bool m_composerEmpty = true;
    QList<Item> m_items;
    QSet<QString> m_known; //!< message ids already considered since the reply began
};
