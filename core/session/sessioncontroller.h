#pragma once

#include "accounts/profile.h"
#include "protocol/webhookevent.h"
#include "session/outbox.h"
#include "storage/inboxstore.h"

#include <QHash>
#include <QMap>
#include <QObject>
#include <QTimer>

#include <functional>
#include <memory>

class ConnectionMonitor;
class ConversationApi;
class HistoryClearer;
class RelayClient;
class SendGuard;
class Session;
class UndoableDelete;
class WebhookReceiver;

/*!
 * \brief What one open profile does, without a widget: it owns the Session (API, database,
 * outbox, inbox, typing, read tracking), the live updates, deletions and history clears, and
 * decides what each event means; the window only shows what its signals say.
 *
 * It keeps which conversation is open. A live update (a WebhookEvent from any source connected
 * with addLiveUpdates()) becomes inbox records (inboxChanged()), messages for the open
 * conversation (messagesArrived()), typing state (typingChanged(), openTypingChanged()) and, for
 * a new customer message while the window is in the background, one notificationRequested()
 * per message however often it is delivered. It counts the unread messages of the whole inbox
 * (unreadCountChanged()). The delivery triggers, the business's own messages coming back and the
 * customer's reads go to the session's DeliveryTracker, which the view reads.
 *
 * With a team relay (connectRelay()), live updates come from its stream, the inbox starts from
 * its snapshot, and streamingChanged() says whether the stream is up (the open conversation need
 * not poll while it is). The agent's presence goes to the relay (viewing on open, typing from the
 * composer, left on leaving and closing); others' comes out as presenceChanged(). The SendGuard
 * of the open conversation hears every message that arrives and what the agent sees.
 *
 * Closing waits for the typing stop through signals: prepareToClose() stops typing and says
 * whether that is done; if not, readyToClose() follows once the stop was answered (or after a
 * grace period), never a nested event loop.
 */
class SessionController : public QObject
{
    Q_OBJECT

public:
    /*!
     * Opens \a profile: \a secret is the key's secret (or the JWT); \a webhookSecret, when the
     * profile enables webhooks, is the X-API-Key deliveries must carry. Data goes to
     * \a dataDirectory.
     */
    SessionController(const Profile &profile, const QByteArray &secret,
                      const QByteArray &webhookSecret, const QString &dataDirectory,
                      QObject *parent = nullptr);
    ~SessionController() override;

    Session *session() const { return m_session.get(); }
    const Profile &profile() const;
    ConversationApi *api() const;
    Outbox *outbox() const;
    UndoableDelete *deletions() const { return m_deletions; }
    /*! The webhook receiver, when the profile enables it and it could listen; else null. */
    WebhookReceiver *webhooks() const;
    /*!
     * Streams live updates from the profile's relay with the agent's \a token: the inbox is seeded
     * from its snapshot. Nothing happens without a relay URL; an empty token is a problem().
     */
    void connectRelay(const QByteArray &token);
    /*! The relay client, when the profile has a relay and a token; else null. */
    RelayClient *relay() const { return m_relay; }
    /*! Whether the relay's stream is up now. */
    bool isStreaming() const;
    /*! What other agents do in \a userId's conversation ("Bob is replying"); empty: nothing. */
    QString presenceText(const QString &userId) const;
    /*! The agent edited the reply to \a userId: \a text is the composer's now. */
    void composerEdited(const QString &userId, const QString &text);
    /*! Whether a send to the open conversation should pause, and what is new. */
    SendGuard *sendGuard() const { return m_guard; }
    /*! Messages of \a userId's conversation arrived by any way (live, catch-up). */
    void noteArrived(const QString &userId, const QList<Message> &messages);

    /*! Whether any live updates come in (a webhook receiver, a relay). */
    bool hasLiveUpdates() const { return m_liveSources > 0; }
    /*! What keeps the session from working fully, to tell the agent; empty when nothing. */
    QString problem() const;
    /*! Whether messages can be written to the outbox now: empty, or why not. */
    QString sendProblem() const;

    /*! Consumes the live updates \a source emits with \a signal (the webhook receiver, a relay). */
    template<typename Source>
    void addLiveUpdates(Source *source, void (Source::*signal)(const WebhookEvent &))
    {
        connect(source, signal, this, &SessionController::consume);
        ++m_liveSources;
    }
    /*! One live update: see the class description. */
    void consume(const WebhookEvent &event);

    /*! Every conversation of the inbox, latest activity first. */
    QList<InboxStore::Entry> inboxEntries() const;
    std::optional<InboxStore::Entry> inboxEntry(const QString &userId) const;
    /*! The unread messages of the whole inbox. */
    int unreadCount() const { return m_unreadTotal; }
    /*! How many messages wait in the outbox, per user. */
    QHash<QString, int> unsent() const;

    /*! \a userId's conversation is the one shown now (empty: none). */
    void openConversation(const QString &userId);
    QString openConversationId() const { return m_open; }
    /*! Where the newest message the agent saw in \a userId's conversation is (-1: unknown). */
    double lastSeen(const QString &userId) const;
    /*! The agent saw \a userId's conversation up to \a received. */
    void rememberSeen(const QString &userId, double received);
    /*! Whether the window is active, and the open conversation's newest message is on screen. */
    void setAttention(bool windowActive, bool newestOnScreen);
    bool isWindowActive() const { return m_windowActive; }
    /*! The newest message of the open conversation. */
    void setNewest(const QString &messageId);
    /*! Records \a messages in \a userId's inbox entry; returns those it had not recorded before. */
    QList<Message> record(const QString &userId, const QString &name,
                          const QList<Message> &messages);

    /*! Writes \a post to the outbox for \a userId; returns why it could not, or empty. The
        composer's draft of \a userId is dropped in the same transaction. */
    QString send(const QString &userId, const NewMessage &post);
    /*! Writes \a file (checked already) to the outbox for \a userId, to be uploaded and sent;
        returns why it could not, or empty. */
    QString sendFile(const QString &userId, const OutgoingFile &file);
    /*! Whether the network is up (the outbox waits while it is down); the system says so by
        itself where it can (QNetworkInformation). */
    void setOnline(bool online);
    bool isOnline() const { return m_online; }

    /*! Deletes \a message of \a userId's conversation after the grace period to undo. */
    void deleteMessage(const QString &userId, const Message &message);
    /*! Undoes every deletion still waiting; returns the messages that stay. */
    QList<Message> undoDeletions();

    /*! Clears \a userId's history; with \a exportPath set, only after that export succeeded. */
    void clearHistory(const QString &userId, const QString &exportPath);

    /*! Stops typing; true when nothing is left to wait for, else readyToClose() follows. */
    bool prepareToClose();
    /*!
     * Closes \a controller once its typing stop went out: deletes it, then calls \a then. At
     * once when nothing is left to wait for; otherwise later, from the event loop (never within
     * the controller's own signals), and without \a then if \a context is gone by then.
     */
    static void dispose(SessionController *controller, QObject *context,
                        std::function<void()> then = {});
    /*! How long closing waits for the typing stop at most. */
    void setCloseGrace(std::chrono::milliseconds grace) { m_closeGrace = grace; }

Q_SIGNALS:
    void inboxChanged(const InboxStore::Entry &entry);
    void unsentChanged(const QHash<QString, int> &unsent);
    /*! The unread messages of the whole inbox, for the tray. */
    void unreadCountChanged(int unread);
    /*! \a userId's customer started or stopped typing (any conversation). */
    void typingChanged(const QString &userId, bool typing);
    /*! In the open conversation: whether the customer types, and their name if known. */
    void openTypingChanged(bool typing, const QString &name);
    /*! The customer read the open conversation; \a name if known. */
    void readByCustomer(const QString &name);
    /*! New messages of the open conversation. */
    void messagesArrived(const QList<Message> &messages);
    /*! An outbox entry of the open conversation changed (never for a sent one). */
    void outgoingChanged(const Outbox::Entry &entry);
    void outgoingRemoved(const QString &clientId);
    /*! An outgoing message of the open conversation arrived as \a message. */
    void outgoingDelivered(const QString &clientId, const Message &message);
    /*! The server refused the credentials: the outbox holds (or goes on). */
    void outboxHeld(bool held, const QString &reason);
    /*! Whether the server answers; \a details say why not. */
    void reachableChanged(bool reachable, const QString &details);
    /*! The open conversation should try again to load what it missed. */
    void catchUpDue();
    /*! The network went down or came back. */
    void onlineChanged(bool online);
    /*! A desktop notification should be shown. */
    void notificationRequested(const QString &title, const QString &body);
    /*! \a userId's history is cleared (after its export to \a exportPath, if set). */
    void historyCleared(const QString &userId, const QString &exportPath);
    /*! \a userId's history was not cleared: the export failed (nothing was deleted), or the
        DELETE did; \a reason says why. */
    void historyClearFailed(const QString &userId, bool exportFailed, const QString &reason,
                            const ApiError &error);
    /*! A deleted message is back: its deletion failed, or was undone. */
    void messageRestored(const Message &message);
    /*! A deletion failed on the server. */
    void deletionFailed(const QString &userId, const ApiError &error);
    /*! The typing stop was answered, or the grace period ended: the session may go. */
    void readyToClose();
    /*! The relay's stream came up or dropped (\a why, for the agent). */
    void streamingChanged(bool up, const QString &why);
    /*! Other agents' presence in \a userId's conversation is now \a text (see presenceText()). */
    void presenceChanged(const QString &userId, const QString &text);

private:
    /*! The best name known for the delivery's user, never their id; empty when none is. */
    QString nameOf(const WebhookEvent &event) const;
    void changed(const InboxStore::Entry &entry);
    void countUnread();
    void updateUnsent();
    void setPresence(const QString &userId, const QString &agent, const QString &state);
    bool closeIsIdle() const;

    std::unique_ptr<Session> m_session;
    UndoableDelete *m_deletions;
    ConnectionMonitor *m_connection;
    int m_liveSources = 0;
    QString m_open;
    bool m_windowActive = false;
    bool m_newestOnScreen = false;
    bool m_online = true;
    QHash<QString, int> m_unread;
    int m_unreadTotal = -1;
    QHash<QString, Message> m_deleted; //!< for undo
    QTimer m_typingExpiry;
    std::chrono::milliseconds m_closeGrace{1500};
    QTimer m_closeWait; //!< the grace period of prepareToClose()
    RelayClient *m_relay = nullptr;
    QString m_relayProblem;
    SendGuard *m_guard;
    struct Presence
    {
        QString state;
        qint64 typingSince = 0; //!< ms, monotonic
    };
    QHash<QString, QMap<QString, Presence>> m_presence; //!< user -> agent -> what they do
};
