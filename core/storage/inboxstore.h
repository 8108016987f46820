#pragma once

#include "protocol/message.h"

#include <QList>

#include <functional>

class LocalStore;

/*!
 * \brief The conversations the console knows of, per profile, kept across restarts: who, the last
 * message, when, and how many messages from the app user the agent has not seen yet.
 */
class InboxStore
{
public:
    struct Entry
    {
        QString userId;
        QString displayName;
        QString lastText; //!< one line, already made displayable
        double lastReceived = 0;
        int unread = 0;
        std::optional<double> userReadAt; //!< when the app user last read the conversation
        /*! Who wrote the last message: the customer, this agent or another one. */
        enum class From { Customer, Self, Teammate };
        From lastFrom = From::Customer;
        QString lastAuthor; //!< the teammate's name, one line, when lastFrom is Teammate

        QString title() const { return displayName.isEmpty() ? userId : displayName; }
        bool operator==(const Entry &) const = default;
    };

    explicit InboxStore(LocalStore *store);

    /*! Tells this agent's messages from other agents' (by default none are this agent's). */
    void setOwnMessage(std::function<bool(const Message &)> own) { m_own = std::move(own); }

    QList<Entry> entries() const;
    std::optional<Entry> entry(const QString &userId) const;
    /*!
     * Records \a messages of \a userId's conversation; app-user messages count as unread unless
     * \a seen. A message recorded before (by id, kept across restarts) counts once: it is only
     * added to \a fresh when this is its first time. Returns the updated entry.
     */
    Entry record(const QString &userId, const QString &displayName, const QList<Message> &messages,
                 bool seen, QList<Message> *fresh = nullptr);
    /*!
     * Takes what a team relay knows of \a userId's conversation: its name (when the entry has
     * none), its newest message \a last (counted once, as record() does, but never as unread),
     * its \a lastActivity, and the team's \a unread count. Returns the updated entry.
     */
    Entry merge(const QString &userId, const QString &displayName,
                const std::optional<Message> &last, double lastActivity, int unread);
    /*! The agent has seen everything in \a userId's conversation. */
    void markSeen(const QString &userId);
    void setUserReadAt(const QString &userId, double timestamp);
    /*! The history was cleared: the entry stays, empty. */
    void clearHistory(const QString &userId);

    /*! How many recorded message ids are kept per conversation, newest first. */
    static constexpr int countedIdsKept = 1000;

private:
    void write(const Entry &entry);
    /*! Makes \a message the entry's last one: its text and who wrote it. */
    void setLast(Entry *entry, const Message &message) const;
    /*! Remembers \a message as counted; false when it was already. */
    bool markCounted(const QString &userId, const Message &message);
    /*! Every entry, or \a userId's when it is not null; latest activity first. */
    QList<Entry> load(const QString &userId) const;
    LocalStore *m_store;
    std::function<bool(const Message &)> m_own;
};
