#include "relay/eventlog.h"

#include "client/logging.h"
#include "protocol/webhookevent.h"
#include "relay/eventwriter.h"
#include "relay/relayconnection.h"

#include <QCryptographicHash>
#include <QDateTime>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlDriver>
#include <QSqlError>
#include <QSqlQuery>
#include <QThread>
#include <QTimer>

using namespace Qt::StringLiterals;
using namespace std::chrono_literals;

namespace {
// How many events one read for eventsCommitted takes.
constexpr int catchUpPage = 500;
// PostgreSQL: how often the log looks for events it was not notified of (a connection that
// broke and was opened again misses notifications) and for a reader connection to repair.
constexpr auto healthInterval = 2s;
const QString notificationChannel = u"smooch_relay_events"_s;
// The least time between two attempts of the reader to reconnect to a server that is gone.
constexpr qint64 reconnectSpacingMs = 1000;

QString inList(const QStringList &apps)
{
    QStringList marks;
    for (qsizetype i = 0; i < apps.size(); ++i)
        marks.append(u"?"_s);
    return marks.join(u", "_s);
}
} // namespace

std::unique_ptr<EventLog> EventLog::openSqlite(const QString &file, QString *error)
{
    return open(int(RelayConnection::Kind::Sqlite), file, error);
}

std::unique_ptr<EventLog> EventLog::openPostgres(const QString &conninfo, QString *error)
{
    return open(int(RelayConnection::Kind::Postgres), conninfo, error);
}

std::unique_ptr<EventLog> EventLog::open(int kind, const QString &location, QString *error)
{
    auto reader =
        std::make_unique<RelayConnection>(RelayConnection::Kind(kind), location, u"reader"_s);
    QString why;
    if (!reader->open(&why)) {
        if (error)
            *error = why;
        return nullptr;
    }
    return std::unique_ptr<EventLog>(new EventLog(std::move(reader)));
}

EventLog::EventLog(std::unique_ptr<RelayConnection> reader, QObject *parent)
    : QObject(parent)
    , m_reader(std::move(reader))
{
    qRegisterMetaType<StoredEvent>();
    qRegisterMetaType<QList<StoredEvent>>();
    m_lastEmitted = lastId();
    if (isPostgres())
        subscribe();

    m_thread = new QThread(this);
    m_thread->setObjectName(u"relay-writer"_s);
    m_writer = new EventWriter(m_reader->kind(), m_reader->location(), this);
    m_writer->moveToThread(m_thread);
    connect(m_writer, &EventWriter::committed, this, &EventLog::catchUp);
    m_thread->start();
    QMetaObject::invokeMethod(m_writer, &EventWriter::start, Qt::QueuedConnection);

    if (isPostgres()) {
        m_health = new QTimer(this);
        m_health->setInterval(healthInterval);
        connect(m_health, &QTimer::timeout, this, &EventLog::catchUp);
        m_health->start();
    }
}

EventLog::~EventLog()
{
    QMetaObject::invokeMethod(m_writer, &EventWriter::stop, Qt::BlockingQueuedConnection);
    m_thread->quit();
    m_thread->wait();
    delete m_writer;
}

bool EventLog::isPostgres() const
{
    return m_reader->isPostgres();
}

qint64 EventLog::commitCount() const
{
    return m_writer->commitCount();
}

void EventLog::setRetention(std::chrono::seconds age)
{
    m_writer->setRetention(age);
    m_writer->requestPrune();
}

std::chrono::seconds EventLog::retention() const
{
    return m_writer->retention();
}

QString EventLog::identity(const QString &appId, const QByteArray &payload)
{
    const auto event = WebhookEvent::fromJson(payload);
    return event ? identityOf(*event, appId, payload) : QString();
}

QString EventLog::identityOf(const WebhookEvent &event, const QString &appId,
                             const QByteArray &payload)
{
    QStringList ids;
    for (const Message &m : event.messages)
        ids.append(m.id);
    ids.sort();
    QStringList parts = {event.triggerName, appId, event.smoochId};
    if (!ids.isEmpty()) {
        parts.append(ids.join(u','));
    } else {
        parts.append(event.timestamp ? QString::number(*event.timestamp, 'g', 17) : QString());
        parts.append(event.activityType);
        parts.append(QString::fromLatin1(
            QCryptographicHash::hash(payload, QCryptographicHash::Sha256).toHex()));
    }
    return QString::fromLatin1(
        QCryptographicHash::hash(parts.join(u'\n').toUtf8(), QCryptographicHash::Sha256).toHex());
}

void EventLog::append(const QString &appId, const QByteArray &payload, QObject *context,
                      std::function<void(const AppendResult &)> done)
{
    EventWriter::Item item;
    item.appId = appId;
    item.payload = payload;
    item.receivedMs = QDateTime::currentMSecsSinceEpoch();
    item.context = context ? context : this;
    item.done = std::move(done);
    QString error;
    auto event = WebhookEvent::fromJson(payload, &error);
    if (!event) {
        const AppendResult result{Appended::Failed, 0, u"not a delivery: %1"_s.arg(error)};
        if (item.done) {
            QMetaObject::invokeMethod(
                item.context.data(), [f = item.done, result] { f(result); }, Qt::QueuedConnection);
        }
        return;
    }
    item.identity = identityOf(*event, appId, payload);
    item.userId = event->user();
    item.event = std::move(*event);
    m_writer->enqueue(std::move(item));
}

void EventLog::markSeen(const QString &appId, const QString &userId)
{
    EventWriter::Item item;
    item.kind = EventWriter::Item::Kind::MarkSeen;
    item.appId = appId;
    item.userId = userId;
    m_writer->enqueue(std::move(item));
}

void EventLog::subscribe()
{
    QSqlDriver *driver = m_reader->database().driver();
    if (!driver || !driver->hasFeature(QSqlDriver::EventNotifications))
        return;
    connect(driver, &QSqlDriver::notification, this, &EventLog::onNotification,
            Qt::UniqueConnection);
    const QStringList channels = QStringList{notificationChannel} + m_channels;
    for (const QString &channel : channels) {
        if (!driver->subscribedToNotifications().contains(channel) &&
            !driver->subscribeToNotification(channel)) {
            qCWarning(lcRelay) << "cannot listen to" << channel;
        }
    }
}

void EventLog::onNotification(const QString &name, QSqlDriver::NotificationSource source,
                              const QVariant &payload)
{
    if (name == notificationChannel)
        catchUp();
    else if (m_channels.contains(name))
        Q_EMIT notified(name, payload.toString(), source == QSqlDriver::SelfSource);
}

void EventLog::listen(const QString &channel)
{
    if (!isPostgres() || m_channels.contains(channel) || channel == notificationChannel)
        return;
    m_channels.append(channel);
    if (ensureReader())
        subscribe();
}

bool EventLog::notify(const QString &channel, const QString &payload)
{
    if (!isPostgres())
        return false;
    for (int attempt = 0; attempt < 2; ++attempt) {
        if (!ensureReader())
            return false;
        QSqlQuery q(m_reader->database());
        q.prepare(u"SELECT pg_notify(?, ?)"_s);
        q.addBindValue(channel);
        q.addBindValue(payload);
        if (q.exec())
            return true;
        readerFailed(u"notifying "_s + channel, q.lastError().text());
    }
    return false;
}

bool EventLog::ensureReader() const
{
    if (!m_readerBroken && m_reader->isOpen())
        return true;
    // Attempts are spaced: each may take up to libpq's connect_timeout on this thread.
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    if (now < m_nextReconnectMs)
        return false;
    QString error;
    if (!m_reader->open(&error)) {
        m_nextReconnectMs = now + reconnectSpacingMs;
        qCDebug(lcRelay) << "the log's reader cannot reconnect yet:" << error;
        return false;
    }
    m_nextReconnectMs = 0;
    m_readerBroken = false;
    const_cast<EventLog *>(this)->subscribe();
    qCInfo(lcRelay) << "the log's reader reconnected";
    return true;
}

void EventLog::readerFailed(const QString &what, const QString &error) const
{
    qCWarning(lcRelay) << what << "failed:" << error;
    // On PostgreSQL the server may have gone: the next read opens the connection again.
    if (isPostgres())
        m_readerBroken = true;
}

QList<StoredEvent> EventLog::readEvents(qint64 after, int limit, const QStringList &apps,
                                        bool *ok) const
{
    *ok = false;
    QList<StoredEvent> events;
    if (!ensureReader())
        return events;
    QSqlQuery q(m_reader->database());
    q.setForwardOnly(true);
    QString sql = u"SELECT id, app_id, user_id, payload, received_ms FROM relay_events "
                  "WHERE id > ?"_s;
    if (!apps.isEmpty())
        sql += u" AND app_id IN (%1)"_s.arg(inList(apps));
    sql += u" ORDER BY id LIMIT ?"_s;
    q.prepare(sql);
    q.addBindValue(after);
    for (const QString &app : apps)
        q.addBindValue(app);
    q.addBindValue(limit);
    if (!q.exec()) {
        readerFailed(u"reading events"_s, q.lastError().text());
        return events;
    }
    while (q.next()) {
        events.append({q.value(0).toLongLong(), q.value(1).toString(), q.value(2).toString(),
                       q.value(3).toByteArray(), q.value(4).toLongLong()});
    }
    *ok = true;
    return events;
}

QList<StoredEvent> EventLog::readAfter(qint64 after, int limit, const QStringList &apps,
                                       bool *ok) const
{
    bool read = false;
    auto events = readEvents(after, limit, apps, &read);
    if (!read && m_readerBroken) // one more try on a connection opened again
        events = readEvents(after, limit, apps, &read);
    if (ok)
        *ok = read;
    return events;
}

void EventLog::catchUp()
{
    // A slot connected to eventsCommitted may append or read; the loop below picks that up.
    if (m_catchingUp) {
        m_catchUpAgain = true;
        return;
    }
    m_catchingUp = true;
    do {
        m_catchUpAgain = false;
        for (;;) {
            bool ok = false;
            QList<StoredEvent> events = readEvents(m_lastEmitted, catchUpPage, {}, &ok);
            if (!ok && m_readerBroken)
                events = readEvents(m_lastEmitted, catchUpPage, {}, &ok);
            if (!ok || events.isEmpty())
                break;
            m_lastEmitted = events.constLast().id;
            Q_EMIT eventsCommitted(events);
            if (events.size() < catchUpPage)
                break;
        }
    } while (m_catchUpAgain);
    m_catchingUp = false;
}

qint64 EventLog::lastId(bool *ok) const
{
    if (ok)
        *ok = false;
    for (int attempt = 0; attempt < 2; ++attempt) {
        if (!ensureReader())
            return m_lastEmitted;
        QSqlQuery q(m_reader->database());
        if (q.exec(u"SELECT value FROM relay_state WHERE name = 'last_event_id'"_s)) {
            if (ok)
                *ok = true;
            return q.next() ? q.value(0).toLongLong() : 0;
        }
        readerFailed(u"reading the last id"_s, q.lastError().text());
    }
    return m_lastEmitted;
}

qint64 EventLog::oldestId(bool *ok) const
{
    if (ok)
        *ok = false;
    for (int attempt = 0; attempt < 2; ++attempt) {
        if (!ensureReader())
            return 0;
        QSqlQuery q(m_reader->database());
        if (q.exec(u"SELECT MIN(id) FROM relay_events"_s)) {
            if (ok)
                *ok = true;
            return q.next() ? q.value(0).toLongLong() : 0;
        }
        readerFailed(u"reading the oldest id"_s, q.lastError().text());
    }
    return 0;
}

QJsonArray EventLog::conversations(const QStringList &apps, bool *ok) const
{
    QJsonArray entries;
    if (ok)
        *ok = false;
    for (int attempt = 0; attempt < 2; ++attempt) {
        if (!ensureReader())
            return entries;
        QSqlQuery q(m_reader->database());
        q.setForwardOnly(true);
        QString sql = u"SELECT app_id, user_id, smooch_id, name, last_message, last_activity, "
                      "unread FROM relay_conversations"_s;
        if (!apps.isEmpty())
            sql += u" WHERE app_id IN (%1)"_s.arg(inList(apps));
        sql += u" ORDER BY last_activity DESC, app_id, user_id"_s;
        q.prepare(sql);
        for (const QString &app : apps)
            q.addBindValue(app);
        if (!q.exec()) {
            readerFailed(u"reading the conversations"_s, q.lastError().text());
            continue;
        }
        while (q.next()) {
            QJsonObject entry{
                {u"appId"_s, q.value(0).toString()},
                {u"userId"_s, q.value(1).toString()},
                {u"smoochId"_s, q.value(2).toString()},
                {u"name"_s, q.value(3).toString()},
                {u"lastActivity"_s, q.value(5).toDouble()},
                {u"unreadCount"_s, q.value(6).toLongLong()},
            };
            const QJsonObject message =
                QJsonDocument::fromJson(q.value(4).toString().toUtf8()).object();
            if (!message.isEmpty())
                entry.insert(u"lastMessage"_s, message);
            entries.append(entry);
        }
        if (ok)
            *ok = true;
        return entries;
    }
    return entries;
}
