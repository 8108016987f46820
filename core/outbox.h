#pragma once

#include "conversationapi.h"
#include "retrypolicy.h"

#include <QDeadlineTimer>
#include <QHash>
#include <QObject>
#include <QTimer>

class LocalStore;

/*!
 * \brief Agent messages on their way: written to SQLite before their POST starts, delivered
 * exactly once, through crashes, dropped connections and server errors.
 *
 * Each message carries a client message id in \c metadata.clientMessageId. A POST whose answer
 * never came (timeout, lost connection, 5xx, a crash) may still have reached the server, so
 * before posting again the outbox looks for that id in the history after the time the message
 * was first sent, and marks it delivered when it is there. Messages of one conversation go out
 * in order, one at a time.
 *
 * 4xx answers other than 408 and 429 fail the message for good, with the server's description;
 * the agent may retry or cancel it. 401 and 403 hold the whole outbox until resume(): the
 * credentials need fixing, and nothing is lost meanwhile. 408, 429, 5xx and network failures
 * retry with backoff (RetryPolicy), without limit while online.
 */
class Outbox : public QObject
{
    Q_OBJECT

public:
    enum class State { Queued, Sending, Sent, Failed };
    Q_ENUM(State)

    struct Entry
    {
        QString clientId;
        QString userId;
        MessagePost post;
        State state = State::Queued;
        QString error; //!< why it failed, or why it waits
        double createdAt = 0;
        std::optional<double> firstSentAt; //!< when its first POST started
        int attempts = 0;
        QString messageId; //!< the server's id once delivered
    };

    Outbox(ConversationApi *api, LocalStore *store, QObject *parent = nullptr);

    /*! Stores \a post for \a userId and sends it when its turn comes; returns its client id. */
    QString enqueue(const QString &userId, MessagePost post);
    /*! Messages not yet delivered (queued, sending, failed), oldest first; all users if empty. */
    QList<Entry> undelivered(const QString &userId = {}) const;
    std::optional<Entry> entry(const QString &clientId) const;
    /*! Puts a failed message back in the queue. */
    void retry(const QString &clientId);
    /*! Drops a queued or failed message; one being sent cannot be cancelled. */
    bool cancel(const QString &clientId);

    /*! Offline the outbox waits; back online it sends at once. */
    void setOnline(bool online);
    /*! Ends a hold after 401/403 (the credentials were changed). */
    void resume();
    bool isHeld() const { return m_held; }
    /*! False when another console owns the database file: this one does not send. */
    bool canSend() const;

    void setRetryPolicy(const RetryPolicy &policy) { m_policy = policy; }
    /*! How far before the first send the check for a delivered message looks (clock skew). */
    void setVerifyMargin(std::chrono::seconds margin) { m_margin = margin; }

    static constexpr const char *clientIdKey = "clientMessageId";

Q_SIGNALS:
    /*! An entry was added or its state or error changed. */
    void entryChanged(const Outbox::Entry &entry);
    /*! A cancelled entry is gone. */
    void entryRemoved(const QString &clientId);
    /*! The server has the message: \a message is what it stored. */
    void delivered(const Outbox::Entry &entry, const Message &message);
    /*! Sending stopped on 401 or 403 until resume(). */
    void heldChanged(bool held, const ApiError &error);

private:
    struct Check
    {
        QString clientId;
        PageRequest request;
    };

    void pump();
    void post(Entry entry);
    void verify(const Entry &entry, const PageRequest &request);
    void onPosted(ConversationApi::RequestId id, const MessageResponse &response);
    void onPage(ConversationApi::RequestId id, const MessagesPage &page);
    void onFailed(ConversationApi::RequestId id, const ApiError &error);
    void markDelivered(const QString &clientId, const Message &message);
    void backOff(const QString &clientId, const ApiError &error);
    void fail(const QString &clientId, const QString &reason);
    void finish(const QString &clientId);
    bool save(const Entry &entry);
    QList<Entry> load(const QString &where, const QVariantList &values = {}) const;

    ConversationApi *m_api;
    LocalStore *m_store;
    RetryPolicy m_policy;
    std::chrono::seconds m_margin{300};
    QHash<ConversationApi::RequestId, QString> m_posts;
    QHash<ConversationApi::RequestId, Check> m_checks;
    QHash<QString, QString> m_busyUsers;        //!< user -> the client id in flight
    QHash<QString, QDeadlineTimer> m_notBefore; //!< client id -> end of its backoff
    QTimer m_wakeUp;
    bool m_online = true;
    bool m_held = false;
};

Q_DECLARE_METATYPE(Outbox::Entry)
