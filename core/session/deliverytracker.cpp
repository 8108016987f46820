#include "session/deliverytracker.h"

#include "client/logging.h"
#include "storage/localstore.h"

#include <QDateTime>

#include <QSqlError>
#include <QSqlQuery>
#include <algorithm>

using namespace Qt::StringLiterals;

DeliveryTracker::DeliveryTracker(LocalStore *store, const QString &app, QObject *parent)
    : QObject(parent)
    , m_store(store)
    , m_app(app.isNull() ? u""_s : app) // a null string would bind as NULL
{
    load();
}

void DeliveryTracker::setMaxKept(int kept)
{
    m_maxKept = std::max(1, kept);
    prune();
}

void DeliveryTracker::prune()
{
    if (!m_store || !m_store->isOpen()) {
        if (m_statuses.size() > m_maxKept)
            m_statuses.clear(); // nothing to tell the newest by: forget
        return;
    }
    QSqlQuery q(m_store->database());
    const double before = double(QDateTime::currentSecsSinceEpoch()) - keepFor;
    q.prepare(u"DELETE FROM delivery WHERE updated_at < ?"_s);
    q.addBindValue(before);
    if (!q.exec())
        qCWarning(lcStore) << "cannot prune delivery statuses:" << q.lastError().text();
    // However many events came, the newest maxKept statuses are what is held.
    q.prepare(u"DELETE FROM delivery WHERE message_id NOT IN "
              "(SELECT message_id FROM delivery ORDER BY updated_at DESC, rowid DESC LIMIT ?)"_s);
    q.addBindValue(m_maxKept);
    if (!q.exec())
        qCWarning(lcStore) << "cannot prune delivery statuses:" << q.lastError().text();
    m_statuses.clear();
    if (q.exec(u"SELECT message_id, state, channel, error_code, detail, channel_code, final, "
               "at FROM delivery"_s)) {
        while (q.next()) {
            DeliveryStatus s;
            s.state = DeliveryStatus::stateFromName(q.value(1).toString());
            s.channel = q.value(2).toString();
            s.errorCode = q.value(3).toString();
            s.detail = q.value(4).toString();
            if (!q.value(5).isNull())
                s.channelCode = q.value(5).toLongLong();
            s.final = q.value(6).toBool();
            s.at = q.value(7).toDouble();
            if (!s.isNone())
                m_statuses.insert(q.value(0).toString(), s);
        }
    } else {
        qCWarning(lcStore) << "cannot read delivery statuses:" << q.lastError().text();
    }
}

void DeliveryTracker::load()
{
    prune();
    if (!m_store || !m_store->isOpen())
        return;
    QSqlQuery q(m_store->database());
    q.prepare(u"SELECT user_id, read_at FROM delivery_read WHERE app = ?"_s);
    q.addBindValue(m_app);
    if (q.exec()) {
        while (q.next())
            m_read.insert(q.value(0).toString(), q.value(1).toDouble());
    }
}

DeliveryStatus DeliveryTracker::status(const QString &messageId) const
{
    return m_statuses.value(messageId);
}

std::optional<double> DeliveryTracker::readAt(const QString &userId) const
{
    const auto it = m_read.constFind(userId);
    return it == m_read.cend() ? std::nullopt : std::optional<double>(*it);
}

void DeliveryTracker::markSent(const QString &messageId, const QString &userId, double at)
{
    if (messageId.isEmpty())
        return;
    DeliveryStatus next = status(messageId);
    next.state = DeliveryStatus::State::Sent;
    next.at = at;
    update(messageId, userId, next);
}

bool DeliveryTracker::apply(const WebhookEvent &event)
{
    if (!event.isDelivery() || !event.delivery)
        return false;
    const WebhookEvent::DeliveryReport &r = *event.delivery;
    DeliveryStatus next = status(r.messageId);
    if (!r.destination.isEmpty())
        next.channel = r.destination;
    next.at = event.timestamp.value_or(double(QDateTime::currentMSecsSinceEpoch()) / 1000.0);
    switch (event.trigger) {
    case WebhookEvent::Trigger::DeliveryChannel:
        next.state = DeliveryStatus::State::Channel;
        break;
    case WebhookEvent::Trigger::DeliveryUser:
        next.state = DeliveryStatus::State::User;
        break;
    default:
        next.state = DeliveryStatus::State::Failed;
        next.errorCode = r.errorCode;
        next.detail = r.errorMessage;
        next.channelCode = r.channelCode;
        // A failure without isFinalEvent is taken as final: nothing says more will come.
        next.final = r.finalEvent.value_or(true);
        break;
    }
    return update(r.messageId, event.user(), next);
}

bool DeliveryTracker::update(const QString &messageId, const QString &userId, DeliveryStatus next)
{
    const DeliveryStatus current = status(messageId);
    if (!current.accepts(next.state, next.final))
        return false;
    if (next.state != DeliveryStatus::State::Failed) {
        next.errorCode.clear();
        next.detail.clear();
        next.channelCode.reset();
        next.final = false;
    }
    m_statuses.insert(messageId, next);
    if (m_store && m_store->isOpen()) {
        QSqlQuery q(m_store->database());
        q.prepare(u"INSERT INTO delivery (message_id, user_id, state, channel, error_code, detail, "
                  "channel_code, final, at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?) "
                  "ON CONFLICT(message_id) DO UPDATE SET state = excluded.state, "
                  "channel = excluded.channel, error_code = excluded.error_code, "
                  "detail = excluded.detail, channel_code = excluded.channel_code, "
                  "final = excluded.final, at = excluded.at, updated_at = excluded.updated_at"_s);
        q.addBindValue(messageId);
        q.addBindValue(userId.isNull() ? u""_s : userId);
        q.addBindValue(DeliveryStatus::stateName(next.state));
        q.addBindValue(next.channel.isNull() ? u""_s : next.channel);
        q.addBindValue(next.errorCode.isNull() ? u""_s : next.errorCode);
        q.addBindValue(next.detail.isNull() ? u""_s : next.detail);
        q.addBindValue(next.channelCode ? QVariant(*next.channelCode) : QVariant());
        q.addBindValue(next.final);
        q.addBindValue(next.at);
        q.addBindValue(double(QDateTime::currentSecsSinceEpoch()));
        if (!q.exec())
            qCWarning(lcStore) << "cannot keep the delivery status of" << messageId << ":"
                               << q.lastError().text();
    }
    Q_EMIT statusChanged(messageId, next);
    if (m_statuses.size() > m_maxKept + m_maxKept / 10)
        prune();
    return true;
}

void DeliveryTracker::markRead(const QStringList &userIds, double at)
{
    for (const QString &userId : userIds) {
        if (userId.isEmpty() || m_read.value(userId, -1) >= at)
            continue;
        m_read.insert(userId, at);
        if (m_store && m_store->isOpen()) {
            QSqlQuery q(m_store->database());
            // The same user id in another app is another customer: that app's time goes.
            q.prepare(u"INSERT INTO delivery_read (user_id, read_at, app) VALUES (?, ?, ?) "
                      "ON CONFLICT(user_id) DO UPDATE SET read_at = CASE WHEN app = excluded.app "
                      "THEN max(read_at, excluded.read_at) ELSE excluded.read_at END, "
                      "app = excluded.app"_s);
            q.addBindValue(userId);
            q.addBindValue(at);
            q.addBindValue(m_app);
            if (!q.exec())
                qCWarning(lcStore)
                    << "cannot keep the read time of" << userId << ":" << q.lastError().text();
        }
        Q_EMIT readChanged(userId, at);
    }
}
