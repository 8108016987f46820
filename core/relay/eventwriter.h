#pragma once

#include "protocol/webhookevent.h"
#include "relay/eventlog.h"
#include "relay/relayconnection.h"

#include <QMutex>
#include <QObject>
#include <QPointer>

#include <atomic>
#include <memory>

class QTimer;

/*!
 * \brief EventLog's writer: lives on its own thread with its own connection and commits what
 * was queued while the previous commit ran in one transaction (group commit).
 *
 * The promise: an item's callback is posted to its context only after COMMIT returned; a
 * transaction that fails fails each of its items. enqueue() and requestPrune() are
 * thread-safe; everything else runs on the writer's thread.
 */
class EventWriter : public QObject
{
    Q_OBJECT

public:
    struct Item
    {
        enum class Kind { Append, MarkSeen };
        Kind kind = Kind::Append;
        QString appId;
        QString userId;
        QByteArray payload;
        QString identity;
        qint64 receivedMs = 0;
        WebhookEvent event;
        QPointer<QObject> context;
        std::function<void(const EventLog::AppendResult &)> done;
    };

    EventWriter(RelayConnection::Kind kind, const QString &location);
    ~EventWriter() override;

    void enqueue(Item item);
    void requestPrune();
    void setRetention(std::chrono::seconds age) { m_retentionSeconds = age.count(); }
    std::chrono::seconds retention() const { return std::chrono::seconds(m_retentionSeconds); }
    qint64 commitCount() const { return m_commits; }

    /*! On the writer's thread: opens the connection, prunes, starts the hourly pruning. */
    void start();
    /*! On the writer's thread: writes what is queued, then closes the connection. */
    void stop();

Q_SIGNALS:
    /*! A transaction that stored at least one event was committed. */
    void committed();

private:
    void drain();
    bool ensureOpen(QString *error);
    bool connectionAlive() const;
    bool write(QList<Item> &batch, QList<EventLog::AppendResult> &results, bool *stored,
               QString *error);
    void prune();
    static void deliver(const Item &item, const EventLog::AppendResult &result);

    RelayConnection::Kind m_kind;
    QString m_location;
    std::unique_ptr<RelayConnection> m_connection;
    QTimer *m_pruneTimer = nullptr;
    QMutex m_mutex;
    QList<Item> m_queue;
    bool m_scheduled = false;
    bool m_pruneRequested = false;
    std::atomic<qint64> m_retentionSeconds{30 * 24 * 3600};
    std::atomic<qint64> m_commits{0};
};
