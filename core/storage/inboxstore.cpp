#include "storage/inboxstore.h"

#include "client/logging.h"
#include "storage/localstore.h"
#include "text/plaintext.h"

#include <QSqlError>
#include <QSqlQuery>

#include <algorithm>

using namespace Qt::StringLiterals;

InboxStore::InboxStore(LocalStore *store)
    : m_store(store)
{}

QList<InboxStore::Entry> InboxStore::load(const QString &userId) const
{
    QSqlQuery q(m_store->database());
    q.prepare(u"SELECT user_id, display_name, last_text, last_received, unread, user_read_at, "
              "last_from, last_author FROM inbox "_s +
              (userId.isNull() ? QString() : u"WHERE user_id = ? "_s) +
              u"ORDER BY last_received DESC"_s);
    if (!userId.isNull())
        q.addBindValue(userId);
    QList<Entry> result;
    if (!q.exec()) {
        qCWarning(lcStore) << "inbox read failed:" << q.lastError().text();
        return result;
    }
    while (q.next()) {
        Entry e{q.value(0).toString(), q.value(1).toString(), q.value(2).toString(),
                q.value(3).toDouble(), q.value(4).toInt(),    std::nullopt};
        if (!q.value(5).isNull())
            e.userReadAt = q.value(5).toDouble();
        e.lastFrom = Entry::From(std::clamp(q.value(6).toInt(), 0, int(Entry::From::Teammate)));
        e.lastAuthor = q.value(7).toString();
        result.append(e);
    }
    return result;
}

QList<InboxStore::Entry> InboxStore::entries() const
{
    return load({});
}

std::optional<InboxStore::Entry> InboxStore::entry(const QString &userId) const
{
    const QList<Entry> found = load(userId.isNull() ? u""_s : userId);
    return found.isEmpty() ? std::nullopt : std::optional(found.first());
}

void InboxStore::write(const Entry &e)
{
    QSqlQuery q(m_store->database());
    q.prepare(u"INSERT INTO inbox (user_id, display_name, last_text, last_received, unread, "
              "user_read_at, last_from, last_author) VALUES (?, ?, ?, ?, ?, ?, ?, ?) "
              "ON CONFLICT(user_id) DO UPDATE SET display_name = excluded.display_name, "
              "last_text = excluded.last_text, last_received = excluded.last_received, "
              "unread = excluded.unread, user_read_at = excluded.user_read_at, "
              "last_from = excluded.last_from, last_author = excluded.last_author"_s);
    // QtSql binds a null QString as NULL, which the NOT NULL columns refuse.
    q.addBindValue(e.userId);
    q.addBindValue(QString(e.displayName.isNull() ? u""_s : e.displayName));
    q.addBindValue(QString(e.lastText.isNull() ? u""_s : e.lastText));
    q.addBindValue(e.lastReceived);
    q.addBindValue(e.unread);
    q.addBindValue(e.userReadAt ? QVariant(*e.userReadAt) : QVariant());
    q.addBindValue(int(e.lastFrom));
    q.addBindValue(QString(e.lastAuthor.isNull() ? u""_s : e.lastAuthor));
    if (!q.exec())
        qCWarning(lcStore) << "inbox write failed:" << q.lastError().text();
}

InboxStore::Entry InboxStore::record(const QString &userId, const QString &displayName,
                                     const QList<Message> &messages, bool seen,
                                     QList<Message> *fresh)
{
    Entry e = entry(userId).value_or(Entry{userId, {}, {}, 0, 0, std::nullopt});
    if (!displayName.isEmpty())
        e.displayName = displayName;
    QSqlDatabase db = m_store->database();
    const bool own = db.transaction(); // false inside a caller's transaction: that one commits
    bool counted = false;
    for (const Message &m : messages) {
        if (!m.received || !markCounted(userId, m))
            continue;
        counted = true;
        if (fresh)
            fresh->append(m);
        if (*m.received >= e.lastReceived)
            setLast(&e, m);
        if (m.role() == Message::Role::AppUser) {
            if (e.displayName.isEmpty() && !m.name.isEmpty())
                e.displayName = m.name;
            if (!seen)
                ++e.unread;
        }
    }
    if (seen)
        e.unread = 0;
    write(e);
    if (counted) {
        // Only the newest ids matter: a retry comes within hours, not after a thousand more.
        QSqlQuery prune(db);
        prune.prepare(u"DELETE FROM inbox_counted WHERE user_id = ? AND message_id NOT IN "
                      "(SELECT message_id FROM inbox_counted WHERE user_id = ? "
                      "ORDER BY received DESC LIMIT ?)"_s);
        prune.addBindValue(userId);
        prune.addBindValue(userId);
        prune.addBindValue(countedIdsKept);
        if (!prune.exec())
            qCWarning(lcStore) << "inbox prune failed:" << prune.lastError().text();
    }
    if (own)
        db.commit();
    return e;
}

void InboxStore::setLast(Entry *entry, const Message &message) const
{
    entry->lastReceived = *message.received;
    entry->lastText = PlainText::summary(message);
    entry->lastAuthor.clear();
    if (message.role() == Message::Role::AppUser)
        entry->lastFrom = Entry::From::Customer;
    else if (m_own && m_own(message))
        entry->lastFrom = Entry::From::Self;
    else {
        entry->lastFrom = Entry::From::Teammate;
        entry->lastAuthor = PlainText::oneLine(message.name, 40);
    }
}

bool InboxStore::markCounted(const QString &userId, const Message &message)
{
    QSqlQuery q(m_store->database());
    q.prepare(u"INSERT OR IGNORE INTO inbox_counted (user_id, message_id, received) "
              "VALUES (?, ?, ?)"_s);
    q.addBindValue(userId);
    q.addBindValue(message.id);
    q.addBindValue(*message.received);
    if (!q.exec()) {
        // Without the record, counting it is better than losing it.
        qCWarning(lcStore) << "inbox record failed:" << q.lastError().text();
        return true;
    }
    return q.numRowsAffected() > 0;
}

InboxStore::Entry InboxStore::merge(const QString &userId, const QString &displayName,
                                    const std::optional<Message> &last, double lastActivity,
                                    int unread)
{
    Entry e = entry(userId).value_or(Entry{userId, {}, {}, 0, 0, std::nullopt});
    if (e.displayName.isEmpty() && !displayName.isEmpty())
        e.displayName = displayName;
    if (last && last->received) {
        markCounted(userId, *last);
        if (*last->received >= e.lastReceived)
            setLast(&e, *last);
    }
    e.lastReceived = std::max(e.lastReceived, lastActivity);
    e.unread = std::max(0, unread);
    write(e);
    return e;
}

void InboxStore::markSeen(const QString &userId)
{
    if (auto e = entry(userId); e && e->unread != 0) {
        e->unread = 0;
        write(*e);
    }
}

void InboxStore::setUserReadAt(const QString &userId, double timestamp)
{
    Entry e = entry(userId).value_or(Entry{userId, {}, {}, 0, 0, std::nullopt});
    e.userReadAt = timestamp;
    write(e);
}

void InboxStore::clearHistory(const QString &userId)
{
    if (auto e = entry(userId)) {
        e->lastText.clear();
        e->lastFrom = Entry::From::Customer;
        e->lastAuthor.clear();
        e->unread = 0;
        write(*e);
    }
}
