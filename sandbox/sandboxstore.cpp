#include "sandbox/sandboxstore.h"
#include "sandbox/sandboxlogging.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QRandomGenerator>
#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QUuid>

using namespace Qt::StringLiterals;

namespace {
QJsonObject parseBody(const QByteArray &json)
{
    return QJsonDocument::fromJson(json).object();
}

// Channel users have no userId: the column may be NULL (and stays unique where it is not).
QString appUsersTable(const QString &name)
{
    return uR"(CREATE TABLE IF NOT EXISTS %1 (
                smooch_id TEXT PRIMARY KEY, user_id TEXT UNIQUE,
                given_name TEXT NOT NULL DEFAULT '', surname TEXT NOT NULL DEFAULT '',
                conversation_id TEXT NOT NULL DEFAULT '', unread INTEGER NOT NULL DEFAULT 0,
                platform TEXT NOT NULL DEFAULT 'web', client_name TEXT NOT NULL DEFAULT ''))"_s.arg(
        name);
}

const QString userColumns =
    u"smooch_id, user_id, given_name, surname, conversation_id, unread, platform, client_name"_s;

SandboxStore::AppUser userFrom(const QSqlQuery &q)
{
    return {q.value(0).toString(), q.value(1).toString(), q.value(2).toString(),
            q.value(3).toString(), q.value(4).toString(), q.value(5).toInt(),
            q.value(6).toString(), q.value(7).toString()};
}

// QtSql binds a null QString as NULL, which the NOT NULL columns refuse.
QString notNull(const QString &s)
{
    return s.isNull() ? u""_s : s;
}
} // namespace

QString SandboxStore::AppUser::displayName() const
{
    const QString full = (givenName + u' ' + surname).trimmed();
    return !full.isEmpty() ? full : !clientName.isEmpty() ? clientName : userId;
}

SandboxStore::SandboxStore(const QString &path)
    : m_connectionName(u"sandbox-"_s + QUuid::createUuid().toString(QUuid::WithoutBraces))
{
    QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, m_connectionName);
    db.setDatabaseName(path.isEmpty() ? u":memory:"_s : path);
    if (!db.open()) {
        m_lastError = db.lastError().text();
        return;
    }
    exec(u"PRAGMA journal_mode=WAL"_s);
    exec(u"PRAGMA synchronous=NORMAL"_s);
    exec(appUsersTable(u"appusers"_s));
    upgradeAppUsers();
    exec(uR"(CREATE TABLE IF NOT EXISTS messages (
                seq INTEGER PRIMARY KEY AUTOINCREMENT, id TEXT UNIQUE NOT NULL,
                smooch_id TEXT NOT NULL, received REAL NOT NULL, client_id TEXT,
                body TEXT NOT NULL))"_s);
    exec(u"CREATE INDEX IF NOT EXISTS messages_by_user ON messages (smooch_id, received, seq)"_s);
    exec(u"CREATE TABLE IF NOT EXISTS profiles (smooch_id TEXT PRIMARY KEY, body TEXT NOT NULL)"_s);
    exec(uR"(CREATE TABLE IF NOT EXISTS attachments (
                seq INTEGER PRIMARY KEY AUTOINCREMENT, path TEXT UNIQUE NOT NULL,
                smooch_id TEXT NOT NULL DEFAULT '', file_name TEXT NOT NULL,
                media_type TEXT NOT NULL, created REAL NOT NULL, data BLOB NOT NULL))"_s);
}

SandboxStore::~SandboxStore()
{
    {
        QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
        db.close();
    }
    QSqlDatabase::removeDatabase(m_connectionName);
}

void SandboxStore::upgradeAppUsers()
{
    QSqlDatabase db = QSqlDatabase::database(m_connectionName);
    if (db.record(u"appusers"_s).contains(u"platform"_s))
        return;
    db.transaction();
    const bool done =
        exec(appUsersTable(u"appusers_new"_s)) &&
        exec(u"INSERT INTO appusers_new (smooch_id, user_id, given_name, surname, "
             "conversation_id, unread) SELECT smooch_id, user_id, given_name, surname, "
             "conversation_id, unread FROM appusers"_s) &&
        exec(u"DROP TABLE appusers"_s) && exec(u"ALTER TABLE appusers_new RENAME TO appusers"_s);
    if (done)
        db.commit();
    else
        db.rollback();
}

QSqlDatabase SandboxStore::database() const
{
    return QSqlDatabase::database(m_connectionName);
}

bool SandboxStore::isOpen() const
{
    return QSqlDatabase::database(m_connectionName, false).isOpen() && m_lastError.isEmpty();
}

bool SandboxStore::exec(const QString &sql)
{
    QSqlQuery q(QSqlDatabase::database(m_connectionName));
    q.prepare(sql);
    return run(q);
}

bool SandboxStore::run(QSqlQuery &query) const
{
    if (query.exec())
        return true;
    m_lastError = query.lastError().text();
    qCWarning(lcSandbox) << "SQL failed:" << m_lastError;
    return false;
}

QString SandboxStore::newId()
{
    quint32 words[3];
    QRandomGenerator::global()->fillRange(words);
    return QString::fromLatin1(
        QByteArray(reinterpret_cast<const char *>(words), sizeof words).toHex());
}

std::optional<SandboxStore::AppUser> SandboxStore::findUser(const QString &id) const
{
    QSqlQuery q(QSqlDatabase::database(m_connectionName));
    q.prepare(u"SELECT "_s + userColumns +
              u" FROM appusers WHERE smooch_id = ? OR user_id = ? ORDER BY smooch_id = ? DESC "
              "LIMIT 1"_s);
    q.addBindValue(id);
    q.addBindValue(id);
    q.addBindValue(id);
    if (!run(q) || !q.next())
        return std::nullopt;
    return userFrom(q);
}

SandboxStore::AppUser SandboxStore::ensureUser(const QString &id, const QString &givenName,
                                               const QString &surname)
{
    if (auto user = findUser(id))
        return *user;
    AppUser user{newId(), id, givenName, surname, {}, 0, u"web"_s, {}};
    QSqlQuery q(QSqlDatabase::database(m_connectionName));
    q.prepare(
        u"INSERT INTO appusers (smooch_id, user_id, given_name, surname) VALUES (?, ?, ?, ?)"_s);
    q.addBindValue(user.smoochId);
    q.addBindValue(user.userId);
    q.addBindValue(notNull(user.givenName));
    q.addBindValue(notNull(user.surname));
    run(q);
    return user;
}

SandboxStore::AppUser SandboxStore::ensureChannelUser(const QString &smoochId,
                                                      const QString &platform,
                                                      const QString &clientName,
                                                      const QString &givenName,
                                                      const QString &surname)
{
    if (!smoochId.isEmpty()) {
        if (auto user = findUser(smoochId))
            return *user;
    }
    AppUser user{smoochId.isEmpty() ? newId() : smoochId,
                 {},
                 givenName,
                 surname,
                 {},
                 0,
                 platform,
                 clientName};
    QSqlQuery q(QSqlDatabase::database(m_connectionName));
    q.prepare(u"INSERT INTO appusers (smooch_id, user_id, given_name, surname, platform, "
              "client_name) VALUES (?, NULL, ?, ?, ?, ?)"_s);
    q.addBindValue(user.smoochId);
    q.addBindValue(notNull(user.givenName));
    q.addBindValue(notNull(user.surname));
    q.addBindValue(notNull(user.platform));
    q.addBindValue(notNull(user.clientName));
    run(q);
    return user;
}

QString SandboxStore::ensureConversation(const QString &smoochId)
{
    const auto user = findUser(smoochId);
    if (!user)
        return {};
    if (!user->conversationId.isEmpty())
        return user->conversationId;
    const QString conversationId = newId();
    QSqlQuery q(QSqlDatabase::database(m_connectionName));
    q.prepare(u"UPDATE appusers SET conversation_id = ? WHERE smooch_id = ?"_s);
    q.addBindValue(conversationId);
    q.addBindValue(smoochId);
    run(q);
    return conversationId;
}

QList<SandboxStore::AppUser> SandboxStore::users() const
{
    QList<AppUser> result;
    QSqlQuery q(QSqlDatabase::database(m_connectionName));
    q.exec(u"SELECT "_s + userColumns +
           u" FROM appusers ORDER BY COALESCE(user_id, client_name, smooch_id)"_s);
    while (q.next())
        result.append(userFrom(q));
    return result;
}

SandboxStore::Page SandboxStore::messages(const QString &smoochId, const PageRequest &request,
                                          int limit) const
{
    const QSqlDatabase db = QSqlDatabase::database(m_connectionName);
    QSqlQuery q(db);
    switch (request.direction) {
    case PageRequest::Direction::Latest:
        q.prepare(u"SELECT body, received, seq FROM messages WHERE smooch_id = ? "
                  "ORDER BY received DESC, seq DESC LIMIT ?"_s);
        break;
    case PageRequest::Direction::Before:
        q.prepare(u"SELECT body, received, seq FROM messages WHERE smooch_id = ? AND received < ? "
                  "ORDER BY received DESC, seq DESC LIMIT ?"_s);
        break;
    case PageRequest::Direction::After:
        q.prepare(u"SELECT body, received, seq FROM messages WHERE smooch_id = ? AND received > ? "
                  "ORDER BY received ASC, seq ASC LIMIT ?"_s);
        break;
    }
    q.addBindValue(smoochId);
    if (request.direction != PageRequest::Direction::Latest)
        q.addBindValue(request.timestamp);
    q.addBindValue(limit);
    run(q);

    struct Row
    {
        QJsonObject body;
        double received;
        qint64 seq;
    };
    QList<Row> rows;
    while (q.next())
        rows.append(
            {parseBody(q.value(0).toByteArray()), q.value(1).toDouble(), q.value(2).toLongLong()});
    if (request.direction != PageRequest::Direction::After)
        std::reverse(rows.begin(), rows.end());

    Page page;
    if (rows.isEmpty())
        return page;
    const auto exists = [&](const QString &condition, const Row &edge) {
        QSqlQuery e(db);
        e.prepare(u"SELECT EXISTS (SELECT 1 FROM messages WHERE smooch_id = ? AND "_s + condition +
                  u")"_s);
        e.addBindValue(smoochId);
        e.addBindValue(edge.received);
        e.addBindValue(edge.received);
        e.addBindValue(edge.seq);
        return run(e) && e.next() && e.value(0).toBool();
    };
    page.hasOlder = exists(u"(received < ? OR (received = ? AND seq < ?))"_s, rows.first());
    page.hasNewer = exists(u"(received > ? OR (received = ? AND seq > ?))"_s, rows.last());
    for (Row &row : rows)
        page.messages.append(std::move(row.body));
    return page;
}

bool SandboxStore::insertMessage(const QString &smoochId, const QJsonObject &message)
{
    return insertMessages(smoochId, {message});
}

bool SandboxStore::insertMessages(const QString &smoochId, const QList<QJsonObject> &messages)
{
    QSqlDatabase db = QSqlDatabase::database(m_connectionName);
    db.transaction();
    QSqlQuery q(db);
    q.prepare(
        u"INSERT INTO messages (id, smooch_id, received, client_id, body) VALUES (?, ?, ?, ?, ?)"_s);
    for (const QJsonObject &m : messages) {
        q.addBindValue(m.value("_id"_L1).toString());
        q.addBindValue(smoochId);
        q.addBindValue(m.value("received"_L1).toDouble());
        const QJsonValue clientId = m.value("metadata"_L1).toObject().value("clientMessageId"_L1);
        q.addBindValue(clientId.isString() ? QVariant(clientId.toString()) : QVariant());
        q.addBindValue(QJsonDocument(m).toJson(QJsonDocument::Compact));
        if (!q.exec()) {
            m_lastError = q.lastError().text();
            db.rollback();
            return false;
        }
    }
    return db.commit();
}

bool SandboxStore::deleteMessage(const QString &smoochId, const QString &messageId)
{
    QSqlQuery q(QSqlDatabase::database(m_connectionName));
    q.prepare(u"DELETE FROM messages WHERE smooch_id = ? AND id = ?"_s);
    q.addBindValue(smoochId);
    q.addBindValue(messageId);
    return run(q) && q.numRowsAffected() > 0;
}

int SandboxStore::deleteMessages(const QString &smoochId)
{
    QSqlQuery q(QSqlDatabase::database(m_connectionName));
    q.prepare(u"DELETE FROM messages WHERE smooch_id = ?"_s);
    q.addBindValue(smoochId);
    return run(q) ? q.numRowsAffected() : 0;
}

int SandboxStore::messageCount(const QString &smoochId) const
{
    QSqlQuery q(QSqlDatabase::database(m_connectionName));
    q.prepare(u"SELECT COUNT(*) FROM messages WHERE smooch_id = ?"_s);
    q.addBindValue(smoochId);
    return run(q) && q.next() ? q.value(0).toInt() : 0;
}

std::optional<double> SandboxStore::lastReceived(const QString &smoochId, const QString &role) const
{
    QSqlQuery q(QSqlDatabase::database(m_connectionName));
    q.setForwardOnly(true);
    q.prepare(u"SELECT body FROM messages WHERE smooch_id = ? ORDER BY received DESC, seq DESC"_s);
    q.addBindValue(smoochId);
    if (!run(q))
        return std::nullopt;
    while (q.next()) {
        const QJsonObject m = parseBody(q.value(0).toByteArray());
        if (m.value("role"_L1).toString() == role)
            return m.value("received"_L1).toDouble();
    }
    return std::nullopt;
}

int SandboxStore::countByClientMessageId(const QString &smoochId, const QString &clientId) const
{
    QSqlQuery q(QSqlDatabase::database(m_connectionName));
    q.prepare(u"SELECT COUNT(*) FROM messages WHERE smooch_id = ? AND client_id = ?"_s);
    q.addBindValue(smoochId);
    q.addBindValue(clientId);
    return run(q) && q.next() ? q.value(0).toInt() : 0;
}

void SandboxStore::setUnreadCount(const QString &smoochId, int count)
{
    QSqlQuery q(QSqlDatabase::database(m_connectionName));
    q.prepare(u"UPDATE appusers SET unread = ? WHERE smooch_id = ?"_s);
    q.addBindValue(count);
    q.addBindValue(smoochId);
    run(q);
}

void SandboxStore::incrementUnreadCount(const QString &smoochId)
{
    QSqlQuery q(QSqlDatabase::database(m_connectionName));
    q.prepare(u"UPDATE appusers SET unread = unread + 1 WHERE smooch_id = ?"_s);
    q.addBindValue(smoochId);
    run(q);
}

QJsonObject SandboxStore::profile(const QString &smoochId) const
{
    QSqlQuery q(QSqlDatabase::database(m_connectionName));
    q.prepare(u"SELECT body FROM profiles WHERE smooch_id = ?"_s);
    q.addBindValue(smoochId);
    if (!run(q) || !q.next())
        return {};
    return parseBody(q.value(0).toByteArray());
}

bool SandboxStore::setProfile(const QString &smoochId, const QJsonObject &profile)
{
    // The user's channel is the primary client's: deliveries and webhooks follow it.
    for (const QJsonValue &client : profile.value("clients"_L1).toArray()) {
        const QString platform = client.toObject().value("platform"_L1).toString();
        if (client.toObject().value("primary"_L1).toBool() && !platform.isEmpty()) {
            QSqlQuery update(QSqlDatabase::database(m_connectionName));
            update.prepare(u"UPDATE appusers SET platform = ? WHERE smooch_id = ?"_s);
            update.addBindValue(platform);
            update.addBindValue(smoochId);
            if (!run(update))
                return false;
            break;
        }
    }
    QSqlQuery q(QSqlDatabase::database(m_connectionName));
    q.prepare(u"INSERT INTO profiles (smooch_id, body) VALUES (?, ?) "
              "ON CONFLICT(smooch_id) DO UPDATE SET body = excluded.body"_s);
    q.addBindValue(smoochId);
    q.addBindValue(QString::fromUtf8(QJsonDocument(profile).toJson(QJsonDocument::Compact)));
    return run(q);
}

bool SandboxStore::setNames(const QString &smoochId, const QString &givenName,
                            const QString &surname)
{
    QSqlQuery q(QSqlDatabase::database(m_connectionName));
    q.prepare(u"UPDATE appusers SET given_name = ?, surname = ? WHERE smooch_id = ?"_s);
    q.addBindValue(notNull(givenName));
    q.addBindValue(notNull(surname));
    q.addBindValue(smoochId);
    return run(q);
}

bool SandboxStore::insertAttachment(const Attachment &a)
{
    QSqlQuery q(QSqlDatabase::database(m_connectionName));
    q.prepare(u"INSERT INTO attachments (path, smooch_id, file_name, media_type, created, data) "
              "VALUES (?, ?, ?, ?, ?, ?)"_s);
    q.addBindValue(a.path);
    q.addBindValue(notNull(a.smoochId));
    q.addBindValue(a.fileName);
    q.addBindValue(a.mediaType);
    q.addBindValue(a.created);
    q.addBindValue(a.data);
    return run(q);
}

std::optional<SandboxStore::Attachment> SandboxStore::attachment(const QString &path) const
{
    QSqlQuery q(QSqlDatabase::database(m_connectionName));
    q.prepare(u"SELECT path, smooch_id, file_name, media_type, data, created FROM attachments "
              "WHERE path = ?"_s);
    q.addBindValue(path);
    if (!run(q) || !q.next())
        return std::nullopt;
    return Attachment{q.value(0).toString(), q.value(1).toString(),    q.value(2).toString(),
                      q.value(3).toString(), q.value(4).toByteArray(), q.value(5).toDouble()};
}

bool SandboxStore::removeAttachment(const QString &path)
{
    QSqlQuery q(QSqlDatabase::database(m_connectionName));
    q.prepare(u"DELETE FROM attachments WHERE path = ?"_s);
    q.addBindValue(path);
    return run(q) && q.numRowsAffected() > 0;
}

QList<SandboxStore::Attachment> SandboxStore::attachments() const
{
    QSqlQuery q(QSqlDatabase::database(m_connectionName));
    QList<Attachment> list;
    if (!q.exec(u"SELECT path, smooch_id, file_name, media_type, created FROM attachments "
                "ORDER BY seq"_s))
        return list;
    while (q.next())
        list.append({q.value(0).toString(),
                     q.value(1).toString(),
                     q.value(2).toString(),
                     q.value(3).toString(),
                     {},
                     q.value(4).toDouble()});
    return list;
}
