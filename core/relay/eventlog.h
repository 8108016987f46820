#pragma once

#include "relay/storedevent.h"

#include <QJsonArray>
#include <QObject>
#include <QSqlDriver>
#include <QStringList>

#include <chrono>
#include <functional>
#include <memory>

class EventWriter;
struct WebhookEvent;
class QThread;
class QTimer;
class RelayConnection;

/*!
 * \brief The relay's durable log of webhook deliveries, on SQLite (one instance) or PostgreSQL
 * (several instances on one server).
 *
 * The promises:
 * - append() calls back Stored only once the delivery is committed and on disk; deliveries
 *   appended while a commit runs are committed together in the next transaction (group commit
 *   on a writer thread with its own connection); a transaction that fails fails every delivery
 *   in it (Failed, never half), quickly, also when the file is read-only or removed or the
 *   server is down. PostgreSQL connections are opened again when the server comes back.
 * - A delivery with the identity of a stored one (the service retried it) is not stored again.
 * - Ids increase in commit order without gaps, also across instances: on PostgreSQL every write
 *   transaction first takes an advisory lock, so a reader that saw id N never later sees a
 *   smaller id appear.
 * - eventsCommitted reports every committed event exactly once, in id order: this instance's
 *   and (PostgreSQL, LISTEN/NOTIFY) every other instance's, through one read path.
 * - The conversations table (the team's inbox) is updated in the same transaction as the event.
 *
 * append() may be called from any thread; the reading functions only on the thread that opened
 * the log.
 */
class EventLog : public QObject
{
    Q_OBJECT

public:
    /*! Opens (creates the schema of) a SQLite file in WAL mode. Null with \a error if it fails. */
    static std::unique_ptr<EventLog> openSqlite(const QString &file, QString *error);
    /*! Opens a PostgreSQL database from a libpq conninfo string
     * ("host=127.0.0.1 port=5433 dbname=relay user=relay"). */
    static std::unique_ptr<EventLog> openPostgres(const QString &conninfo, QString *error);
    ~EventLog() override;

    enum class Appended { Stored, Duplicate, Failed };
    struct AppendResult
    {
        Appended outcome = Appended::Failed;
        qint64 id = 0; //!< the event's id (Stored), the first delivery's id (Duplicate), else 0
        QString error; //!< why it failed (Failed)
    };

    /*!
     * Stores one delivery durably (committed, fsynced) and then calls \a done on \a context's
     * thread (null: the log's). A duplicate (same identity: trigger, app, app user, message
     * ids; without message ids also timestamp, activity and the body's SHA-256) is not stored
     * again: Duplicate with the id of the first. Failed: the store could not write (the caller
     * answers 503), or \a payload is not a delivery.
     *
     * A Stored answer comes after eventsCommitted reported the event (unless the log could not
     * read it back then). A context on the log's thread that is gone by then is not called; one
     * on another thread must live until it is. Answers pending when the log goes are not given.
     */
    void append(const QString &appId, const QByteArray &payload, QObject *context,
                std::function<void(const AppendResult &)> done);

    /*!
     * Events with id > \a after, in id order, at most \a limit, for \a apps (empty: all).
     * \a ok (if given) is false when the log could not be read: no events is no answer then.
     */
    QList<StoredEvent> readAfter(qint64 after, int limit, const QStringList &apps,
                                 bool *ok = nullptr) const;
    /*! The id of the newest event ever stored (also when it was pruned since); 0 if none.
     * \a ok (if given) is false when it could not be read (the last id seen is returned). */
    qint64 lastId(bool *ok = nullptr) const;
    /*! The id of the oldest event kept; 0 when empty. Older events were pruned. \a ok (if
     * given) is false when it could not be read: 0 then does not mean empty. */
    qint64 oldestId(bool *ok = nullptr) const;
    /*! Events older than \a age are pruned: now, at start and hourly. Default 30 days. */
    void setRetention(std::chrono::seconds age);
    std::chrono::seconds retention() const;

    /*!
     * The team's inbox: every app user seen in \a apps (empty: all), newest activity first, as
     * {"appId","userId","smoochId","name","lastMessage":{v1.1 message},"lastActivity":1.5,
     * "unreadCount":2} (lastMessage absent when no message was seen). \a ok, when given, says
     * whether it could be read: an empty list may be a failure.
     */
    QJsonArray conversations(const QStringList &apps, bool *ok = nullptr) const;
    /*! An agent looked at the conversation: its unread count becomes 0 (durably, soon). */
    void markSeen(const QString &appId, const QString &userId);

    /*!
     * PostgreSQL: also listens to \a channel (kept across reconnects), whose notifications come
     * as notified(). Does nothing on SQLite, where one instance is all there is.
     */
    void listen(const QString &channel);
    /*!
     * PostgreSQL: NOTIFY \a channel with \a payload, to every instance listening (this one
     * too). False on SQLite or when it could not be sent. For presence shared between instances.
     */
    bool notify(const QString &channel, const QString &payload);

    /*! Write transactions this instance committed (each holds one or more deliveries). */
    qint64 commitCount() const;
    bool isPostgres() const;

    /*! The identity a delivery is deduplicated by (a SHA-256, hex). Empty if not a delivery. */
    static QString identity(const QString &appId, const QByteArray &payload);

Q_SIGNALS:
    /*! Every event committed, by this instance or (PostgreSQL) any other, in id order, once. */
    void eventsCommitted(const QList<StoredEvent> &events);
    /*! A notification on a channel given to listen(); \a own when this instance sent it. */
    void notified(const QString &channel, const QString &payload, bool own);

private:
    EventLog(std::unique_ptr<RelayConnection> reader, QObject *parent = nullptr);
    static std::unique_ptr<EventLog> open(int kind, const QString &location, QString *error);
    static QString identityOf(const WebhookEvent &event, const QString &appId,
                              const QByteArray &payload);
    void catchUp();
    bool ensureReader() const;
    void readerFailed(const QString &what, const QString &error) const;
    void subscribe();
    void onNotification(const QString &name, QSqlDriver::NotificationSource source,
                        const QVariant &payload);
    QList<StoredEvent> readEvents(qint64 after, int limit, const QStringList &apps, bool *ok) const;

    std::unique_ptr<RelayConnection> m_reader;
    QThread *m_thread = nullptr;
    EventWriter *m_writer = nullptr;
    QTimer *m_health = nullptr;
    qint64 m_lastEmitted = 0;
    bool m_catchingUp = false;
    bool m_catchUpAgain = false;
    mutable bool m_readerBroken = false;
    mutable qint64 m_nextReconnectMs = 0;
    QStringList m_channels;
};
