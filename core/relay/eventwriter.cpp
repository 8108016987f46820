#include "relay/eventwriter.h"

#include "client/logging.h"

#include <QDateTime>
#include <QJsonDocument>
#include <QSqlError>
#include <QSqlQuery>
#include <QTimer>

using namespace Qt::StringLiterals;
using namespace std::chrono_literals;

namespace {
// The most deliveries one transaction takes; the rest wait for the next.
constexpr qsizetype maxBatch = 2000;

// QtSql binds a null QString as NULL; the columns hold text, empty at least.
QString text(const QString &s)
{
    return s.isNull() ? u""_s : s;
}

QString failure(const QSqlQuery &q)
{
    return q.lastError().text();
}
} // namespace

EventWriter::EventWriter(RelayConnection::Kind kind, const QString &location)
    : m_kind(kind)
    , m_location(location)
{}

EventWriter::~EventWriter() = default;

void EventWriter::enqueue(Item item)
{
    QMutexLocker lock(&m_mutex);
    m_queue.append(std::move(item));
    if (!m_scheduled) {
        m_scheduled = true;
        QMetaObject::invokeMethod(this, &EventWriter::drain, Qt::QueuedConnection);
    }
}

void EventWriter::requestPrune()
{
    QMutexLocker lock(&m_mutex);
    m_pruneRequested = true;
    if (!m_scheduled) {
        m_scheduled = true;
        QMetaObject::invokeMethod(this, &EventWriter::drain, Qt::QueuedConnection);
    }
}

void EventWriter::start()
{
    m_connection = std::make_unique<RelayConnection>(m_kind, m_location, u"writer"_s);
    QString error;
    if (!m_connection->open(&error))
        qCWarning(lcRelay) << "the log's writer cannot open the database:" << error;
    m_pruneTimer = new QTimer(this);
    m_pruneTimer->setInterval(1h);
    connect(m_pruneTimer, &QTimer::timeout, this, &EventWriter::requestPrune);
    m_pruneTimer->start();
    requestPrune();
}

void EventWriter::stop()
{
    drain();
    delete m_pruneTimer;
    m_pruneTimer = nullptr;
    m_connection.reset();
}

bool EventWriter::connectionAlive() const
{
    if (!m_connection || !m_connection->isOpen())
        return false;
    QSqlQuery q(m_connection->database());
    return q.exec(u"SELECT 1"_s);
}

bool EventWriter::ensureOpen(QString *error)
{
    if (!m_connection)
        return false;
    if (m_connection->isOpen())
        return true;
    return m_connection->open(error);
}

void EventWriter::drain()
{
    for (;;) {
        QList<Item> batch;
        bool pruneNow = false;
        {
            QMutexLocker lock(&m_mutex);
            if (m_queue.size() <= maxBatch) {
                batch.swap(m_queue);
            } else {
                batch = m_queue.mid(0, maxBatch);
                m_queue.remove(0, maxBatch);
            }
            pruneNow = std::exchange(m_pruneRequested, false);
            if (batch.isEmpty() && !pruneNow) {
                m_scheduled = false;
                return;
            }
        }
        if (pruneNow)
            prune();
        if (batch.isEmpty())
            continue;
        QList<EventLog::AppendResult> results;
        bool stored = false;
        QString error;
        bool ok = write(batch, results, &stored, &error);
        if (!ok && m_connection && m_connection->isPostgres() && !connectionAlive()) {
            // The server restarted since the last transaction (or went): the batch is tried
            // once more on a new connection. Safe even if a lost COMMIT did commit it: then its
            // deliveries are found by identity (Duplicate, with their ids).
            qCInfo(lcRelay) << "the log's connection broke (" << error << "); reconnecting";
            m_connection->close();
            results.clear();
            stored = false;
            error.clear();
            ok = write(batch, results, &stored, &error);
        }
        if (ok) {
            ++m_commits;
            if (stored)
                Q_EMIT committed();
        } else {
            qCWarning(lcRelay) << "writing" << batch.size() << "deliveries failed:" << error;
            // A PostgreSQL connection that failed is opened again for the next transaction: the
            // server may have restarted. A SQLite file stays as it is.
            if (m_connection && m_connection->isPostgres())
                m_connection->close();
        }
        for (qsizetype i = 0; i < batch.size(); ++i) {
            deliver(batch.at(i), ok ? results.at(i)
                                    : EventLog::AppendResult{EventLog::Appended::Failed, 0, error});
        }
    }
}

void EventWriter::deliver(const Item &item, const EventLog::AppendResult &result)
{
    if (!item.done || !item.context)
        return;
    QMetaObject::invokeMethod(
        item.context.data(), [done = item.done, result] { done(result); }, Qt::QueuedConnection);
}

bool EventWriter::write(QList<Item> &batch, QList<EventLog::AppendResult> &results, bool *stored,
                        QString *error)
{
    if (!ensureOpen(error))
        return false;
    if (!m_connection->fileIsStillThere(error))
        return false;
    const bool pg = m_connection->isPostgres();
    QSqlDatabase db = m_connection->database();
    QSqlQuery q(db);
    if (!q.exec(pg ? u"BEGIN"_s : u"BEGIN IMMEDIATE"_s)) {
        *error = failure(q);
        return false;
    }
    auto fail = [&](const QSqlQuery &failed) {
        *error = failure(failed);
        QSqlQuery(db).exec(u"ROLLBACK"_s);
        return false;
    };
    // Ids are handed out one writer at a time, across instances: they commit in id order.
    if (pg && !q.exec(u"SELECT pg_advisory_xact_lock(%1)"_s.arg(RelayConnection::writeLockKey)))
        return fail(q);
    if (!q.exec(u"SELECT value FROM relay_state WHERE name = 'last_event_id'"_s))
        return fail(q);
    qint64 lastId = q.next() ? q.value(0).toLongLong() : 0;
    const qint64 firstLastId = lastId;

    QSqlQuery insert(db);
    insert.prepare(u"INSERT INTO relay_events (id, app_id, user_id, identity, payload, "
                   "received_ms) VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT (identity) DO NOTHING"_s);
    QSqlQuery find(db);
    find.prepare(u"SELECT id FROM relay_events WHERE identity = ?"_s);
    QSqlQuery conversation(db);
    conversation.prepare(u"SELECT smooch_id, name, last_message, last_activity, unread "
                         "FROM relay_conversations WHERE app_id = ? AND user_id = ?"_s);
    QSqlQuery upsert(db);
    upsert.prepare(u"INSERT INTO relay_conversations (app_id, user_id, smooch_id, name, "
                   "last_message, last_activity, unread) VALUES (?, ?, ?, ?, ?, ?, ?) "
                   "ON CONFLICT (app_id, user_id) DO UPDATE SET smooch_id = excluded.smooch_id, "
                   "name = excluded.name, last_message = excluded.last_message, "
                   "last_activity = excluded.last_activity, unread = excluded.unread"_s);
    QSqlQuery seen(db);
    seen.prepare(u"UPDATE relay_conversations SET unread = 0 WHERE app_id = ? AND user_id = ?"_s);

    results.reserve(batch.size());
    for (const Item &item : std::as_const(batch)) {
        if (item.kind == Item::Kind::MarkSeen) {
            seen.addBindValue(text(item.appId));
            seen.addBindValue(text(item.userId));
            if (!seen.exec())
                return fail(seen);
            results.append({EventLog::Appended::Stored, 0, {}});
            continue;
        }
        insert.addBindValue(lastId + 1);
        insert.addBindValue(text(item.appId));
        insert.addBindValue(text(item.userId));
        insert.addBindValue(item.identity);
        insert.addBindValue(item.payload);
        insert.addBindValue(item.receivedMs);
        if (!insert.exec())
            return fail(insert);
        if (insert.numRowsAffected() != 1) {
            find.addBindValue(item.identity);
            if (!find.exec())
                return fail(find);
            if (!find.next()) {
                *error = u"a delivery was neither stored nor found"_s;
                QSqlQuery(db).exec(u"ROLLBACK"_s);
                return false;
            }
            results.append({EventLog::Appended::Duplicate, find.value(0).toLongLong(), {}});
            find.finish();
            continue;
        }
        ++lastId;
        results.append({EventLog::Appended::Stored, lastId, {}});
        if (item.userId.isEmpty())
            continue;

        // The team's inbox, in the same transaction.
        const WebhookEvent &e = item.event;
        conversation.addBindValue(text(item.appId));
        conversation.addBindValue(item.userId);
        if (!conversation.exec())
            return fail(conversation);
        const bool known = conversation.next();
        QString smoochId = known ? conversation.value(0).toString() : QString();
        QString name = known ? conversation.value(1).toString() : QString();
        QString lastMessage = known ? conversation.value(2).toString() : QString();
        double lastActivity = known ? conversation.value(3).toDouble() : 0;
        qint64 unread = known ? conversation.value(4).toLongLong() : 0;
        conversation.finish();
        if (!e.smoochId.isEmpty())
            smoochId = e.smoochId;
        if (!e.displayName.isEmpty())
            name = e.displayName;
        for (const Message &m : e.messages) {
            if (!m.received)
                continue;
            if (lastMessage.isEmpty() || *m.received >= lastActivity) {
                lastActivity = *m.received;
                lastMessage =
                    QString::fromUtf8(QJsonDocument(m.toJson()).toJson(QJsonDocument::Compact));
            }
            if (m.role() == Message::Role::AppUser)
                ++unread;
            else if (m.role() == Message::Role::AppMaker)
                unread = 0;
        }
        if (e.trigger == WebhookEvent::Trigger::MessageAppMaker)
            unread = 0;
        if (!known && lastMessage.isEmpty())
            lastActivity = e.timestamp.value_or(double(item.receivedMs) / 1000.0);
        upsert.addBindValue(text(item.appId));
        upsert.addBindValue(item.userId);
        upsert.addBindValue(text(smoochId));
        upsert.addBindValue(text(name));
        upsert.addBindValue(text(lastMessage));
        upsert.addBindValue(lastActivity);
        upsert.addBindValue(unread);
        if (!upsert.exec())
            return fail(upsert);
    }
    *stored = lastId != firstLastId;
    if (*stored) {
        QSqlQuery counter(db);
        counter.prepare(u"UPDATE relay_state SET value = ? WHERE name = 'last_event_id'"_s);
        counter.addBindValue(lastId);
        if (!counter.exec())
            return fail(counter);
        // Delivered to every listening instance when (and only if) the transaction commits.
        if (pg) {
            QSqlQuery notify(db);
            notify.prepare(u"SELECT pg_notify('smooch_relay_events', ?)"_s);
            notify.addBindValue(QString::number(lastId));
            if (!notify.exec())
                return fail(notify);
        }
    }
    insert.finish();
    q.finish();
    if (!q.exec(u"COMMIT"_s))
        return fail(q);
    return true;
}

void EventWriter::prune()
{
    QString error;
    if (!ensureOpen(&error) || !m_connection->fileIsStillThere(&error)) {
        qCWarning(lcRelay) << "pruning the log failed:" << error;
        return;
    }
    const qint64 cutoff = QDateTime::currentMSecsSinceEpoch() - m_retentionSeconds * 1000;
    // Always a prefix of the log, so that oldestId() tells what a resume point misses.
    QSqlQuery q(m_connection->database());
    q.prepare(u"DELETE FROM relay_events WHERE id <= "
              "(SELECT MAX(id) FROM relay_events WHERE received_ms < ?)"_s);
    q.addBindValue(cutoff);
    if (!q.exec()) {
        qCWarning(lcRelay) << "pruning the log failed:" << q.lastError().text();
        if (m_connection->isPostgres())
            m_connection->close();
        return;
    }
    if (q.numRowsAffected() > 0)
        qCInfo(lcRelay) << "pruned" << q.numRowsAffected() << "events older than"
                        << m_retentionSeconds << "s";
}
