#include "storage/customerstore.h"

#include "client/logging.h"
#include "storage/localstore.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlError>
#include <QSqlQuery>

using namespace Qt::StringLiterals;

namespace {
/*! \a user's object as received, cut to what AppUser keeps. */
QJsonObject bounded(const AppUser &user)
{
    QJsonObject object = user.json;
    for (const QLatin1StringView key : {"clients"_L1, "pendingClients"_L1, "devices"_L1}) {
        if (!object.contains(key))
            continue;
        QJsonArray clients = object.value(key).toArray();
        while (clients.size() > AppUser::maxClients)
            clients.removeLast();
        object.insert(key, clients);
    }
    object.insert("properties"_L1, user.properties);
    return object;
}

template<typename T> QByteArray arrayOf(const QList<T> &items)
{
    QJsonArray array;
    for (const T &item : items)
        array.append(item.json);
    return QJsonDocument(array).toJson(QJsonDocument::Compact);
}

template<typename T> std::optional<QList<T>> listOf(const QVariant &column)
{
    if (column.isNull())
        return std::nullopt;
    QList<T> items;
    for (const QJsonValue &value : QJsonDocument::fromJson(column.toByteArray()).array()) {
        if (auto item = T::fromJson(value.toObject()))
            items.append(std::move(*item));
    }
    return items;
}
} // namespace

CustomerStore::CustomerStore(LocalStore *store, const QString &app)
    : m_store(store)
    , m_app(app.isNull() ? u""_s : app) // a null string would bind as NULL
{}

std::optional<CustomerStore::Entry> CustomerStore::load(const QString &userId) const
{
    QSqlQuery q(m_store->database());
    q.prepare(u"SELECT app_user, channels, business_systems, fetched_at FROM customers "
              "WHERE user_id = ? AND app = ?"_s);
    q.addBindValue(userId);
    q.addBindValue(m_app);
    if (!q.exec() || !q.next() || q.value(0).isNull())
        return std::nullopt;
    auto user = AppUser::fromJson(QJsonDocument::fromJson(q.value(0).toByteArray()).object());
    if (!user)
        return std::nullopt;
    return Entry{std::move(*user), listOf<ChannelEntity>(q.value(1)),
                 listOf<BusinessSystem>(q.value(2)),
                 QDateTime::fromMSecsSinceEpoch(qint64(q.value(3).toDouble() * 1000), Qt::UTC)};
}

bool CustomerStore::saveAppUser(const QString &userId, const AppUser &appUser)
{
    forgetOtherApp(userId);
    QSqlQuery q(m_store->database());
    q.prepare(u"INSERT INTO customers (user_id, app, app_user, fetched_at) VALUES (?, ?, ?, ?) "
              "ON CONFLICT(user_id) DO UPDATE SET app_user = excluded.app_user, "
              "fetched_at = excluded.fetched_at"_s);
    q.addBindValue(userId);
    q.addBindValue(m_app);
    q.addBindValue(QJsonDocument(bounded(appUser)).toJson(QJsonDocument::Compact));
    q.addBindValue(double(QDateTime::currentMSecsSinceEpoch()) / 1000.0);
    if (!q.exec()) {
        qCWarning(lcStore) << "customer profile not cached:" << q.lastError().text();
        return false;
    }
    return true;
}

bool CustomerStore::saveChannels(const QString &userId, const QList<ChannelEntity> &channels)
{
    return saveColumn(userId, "channels", arrayOf(channels));
}

bool CustomerStore::saveBusinessSystems(const QString &userId, const QList<BusinessSystem> &systems)
{
    return saveColumn(userId, "business_systems", arrayOf(systems));
}

bool CustomerStore::saveColumn(const QString &userId, const char *column, const QByteArray &json)
{
    forgetOtherApp(userId);
    QSqlQuery q(m_store->database());
    const QString name = QString::fromLatin1(column);
    q.prepare(u"INSERT INTO customers (user_id, app, %1) VALUES (?, ?, ?) "
              "ON CONFLICT(user_id) DO UPDATE SET %1 = excluded.%1"_s.arg(name));
    q.addBindValue(userId);
    q.addBindValue(m_app);
    q.addBindValue(json);
    if (!q.exec()) {
        qCWarning(lcStore) << "customer" << column << "not cached:" << q.lastError().text();
        return false;
    }
    return true;
}

void CustomerStore::forgetOtherApp(const QString &userId)
{
    // The same user id in another app is another customer: nothing of that row is kept.
    QSqlQuery q(m_store->database());
    q.prepare(u"DELETE FROM customers WHERE user_id = ? AND app <> ?"_s);
    q.addBindValue(userId);
    q.addBindValue(m_app);
    if (!q.exec())
        qCWarning(lcStore) << "customer cache not cleared:" << q.lastError().text();
}
