#include "storage/localstore.h"

#include "client/logging.h"

#include <QDir>
#include <QFileInfo>
#include <QSqlError>
#include <QSqlQuery>
#include <QUuid>

using namespace Qt::StringLiterals;

LocalStore::LocalStore(const QString &path)
    : m_path(path)
    , m_connection(u"local-"_s + QUuid::createUuid().toString(QUuid::WithoutBraces))
{
    QDir().mkpath(QFileInfo(path).absolutePath());
    m_lock = std::make_unique<QLockFile>(path + u".lock"_s);
    m_lock->setStaleLockTime(0); // a lock whose process is gone is stale, however young
    if (!m_lock->tryLock(0))
        qCWarning(lcStore) << "another console holds" << path << "- opening it without sending";
    QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, m_connection);
    db.setDatabaseName(path);
    if (!db.open()) {
        m_error = db.lastError().text();
        return;
    }
    migrate();
}

LocalStore::~LocalStore()
{
    {
        QSqlDatabase db = QSqlDatabase::database(m_connection, false);
        db.close();
    }
    QSqlDatabase::removeDatabase(m_connection);
}

QSqlDatabase LocalStore::database() const
{
    return QSqlDatabase::database(m_connection, false);
}

bool LocalStore::migrate()
{
    QSqlQuery q(database());
    const QStringList statements = {
        u"PRAGMA journal_mode=WAL"_s,
        u"PRAGMA synchronous=FULL"_s,
        u"CREATE TABLE IF NOT EXISTS outbox ("
        " seq INTEGER PRIMARY KEY AUTOINCREMENT,"
        " client_id TEXT UNIQUE NOT NULL,"
        " user_id TEXT NOT NULL,"
        " body TEXT NOT NULL,"
        " state TEXT NOT NULL,"
        " error TEXT NOT NULL DEFAULT '',"
        " created_at REAL NOT NULL,"
        " first_sent_at REAL,"
        " attempts INTEGER NOT NULL DEFAULT 0,"
        " message_id TEXT,"
        " received REAL,"
        " base_url TEXT NOT NULL DEFAULT '',"
        " app_id TEXT NOT NULL DEFAULT '',"
        " first_sent_server REAL)"_s,
        u"CREATE INDEX IF NOT EXISTS outbox_by_state ON outbox (state, seq)"_s,
        u"CREATE TABLE IF NOT EXISTS outbox_clears ("
        " base_url TEXT NOT NULL,"
        " app_id TEXT NOT NULL,"
        " user_id TEXT NOT NULL,"
        " cleared_at REAL NOT NULL,"
        " PRIMARY KEY (base_url, app_id, user_id))"_s,
        u"CREATE TABLE IF NOT EXISTS inbox ("
        " user_id TEXT PRIMARY KEY,"
        " display_name TEXT NOT NULL DEFAULT '',"
        " last_text TEXT NOT NULL DEFAULT '',"
        " last_received REAL NOT NULL DEFAULT 0,"
        " unread INTEGER NOT NULL DEFAULT 0,"
        " user_read_at REAL,"
        " last_from INTEGER NOT NULL DEFAULT 0,"
        " last_author TEXT NOT NULL DEFAULT '')"_s,
        // The messages the inbox has counted, so that a delivery the service retries, or one
        // that arrives by webhook and again by catch-up, counts once.
        u"CREATE TABLE IF NOT EXISTS inbox_counted ("
        " user_id TEXT NOT NULL,"
        " message_id TEXT NOT NULL,"
        " received REAL NOT NULL,"
        " PRIMARY KEY (user_id, message_id))"_s,
        u"CREATE TABLE IF NOT EXISTS audit ("
        " seq INTEGER PRIMARY KEY AUTOINCREMENT,"
        " at TEXT NOT NULL,"
        " profile TEXT NOT NULL,"
        " action TEXT NOT NULL,"
        " user_id TEXT NOT NULL,"
        " message_id TEXT NOT NULL DEFAULT '',"
        " count INTEGER NOT NULL DEFAULT 0,"
        " export_file TEXT NOT NULL DEFAULT '')"_s,
        // Small values kept per profile: the relay stream's last event id.
        u"CREATE TABLE IF NOT EXISTS relay_state ("
        " key TEXT PRIMARY KEY,"
        " value TEXT NOT NULL)"_s,
        // Uploaded files of cancelled messages, until attachments/remove has removed them.
        u"CREATE TABLE IF NOT EXISTS outbox_removals ("
        " media_url TEXT PRIMARY KEY,"
        " base_url TEXT NOT NULL,"
        " app_id TEXT NOT NULL)"_s,
        u"CREATE TABLE IF NOT EXISTS drafts ("
        " user_id TEXT PRIMARY KEY,"
        " text TEXT NOT NULL,"
        " updated_at REAL NOT NULL)"_s,
        // Where the agent's messages stand (DeliveryTracker), and when each customer read.
        u"CREATE TABLE IF NOT EXISTS delivery ("
        " message_id TEXT PRIMARY KEY,"
        " user_id TEXT NOT NULL DEFAULT '',"
        " state TEXT NOT NULL,"
        " channel TEXT NOT NULL DEFAULT '',"
        " error_code TEXT NOT NULL DEFAULT '',"
        " detail TEXT NOT NULL DEFAULT '',"
        " channel_code INTEGER,"
        " final INTEGER NOT NULL DEFAULT 0,"
        " at REAL NOT NULL DEFAULT 0,"
        " updated_at REAL NOT NULL)"_s,
        u"CREATE TABLE IF NOT EXISTS delivery_read ("
        " user_id TEXT PRIMARY KEY,"
        " read_at REAL NOT NULL)"_s,
        // The customer panel's cache: the last profile fetched per user (JSON), with when.
        u"CREATE TABLE IF NOT EXISTS customers ("
        " user_id TEXT PRIMARY KEY,"
        " app_user TEXT,"
        " channels TEXT,"
        " business_systems TEXT,"
        " fetched_at REAL NOT NULL DEFAULT 0)"_s,
        // The app's message templates (saved replies) as last loaded.
        // Per app (base URL and app id): another app's are never shown.
        u"CREATE TABLE IF NOT EXISTS saved_reply_cache ("
        " app TEXT NOT NULL,"
        " position INTEGER NOT NULL,"
        " body TEXT NOT NULL,"
        " PRIMARY KEY (app, position))"_s,
    };
    for (const QString &sql : statements) {
        if (!q.exec(sql)) {
            m_error = q.lastError().text();
            qCWarning(lcStore) << "cannot prepare" << m_path << ":" << m_error;
            return false;
        }
    }
    // Outbox rows are bound to the app they were written for (added later): rows from before
    // have no binding, so they wait for the agent ('unknown') instead of going to whatever app
    // the profile points at now.
    return addColumns(u"SELECT base_url FROM outbox LIMIT 0"_s,
                      {u"ALTER TABLE outbox ADD COLUMN base_url TEXT NOT NULL DEFAULT ''"_s,
                       u"ALTER TABLE outbox ADD COLUMN app_id TEXT NOT NULL DEFAULT ''"_s,
                       u"ALTER TABLE outbox ADD COLUMN first_sent_server REAL"_s,
                       u"UPDATE outbox SET state = 'unknown' WHERE state != 'sent'"_s}) &&
           // Who wrote an inbox row's last message (added later): the customer, until the next.
           addColumns(u"SELECT last_from FROM inbox LIMIT 0"_s,
                      {u"ALTER TABLE inbox ADD COLUMN last_from INTEGER NOT NULL DEFAULT 0"_s,
                       u"ALTER TABLE inbox ADD COLUMN last_author TEXT NOT NULL DEFAULT ''"_s}) &&
           // Outgoing files (added later): the outbox's own copy of the file and its upload step.
           addColumns(u"SELECT upload FROM outbox LIMIT 0"_s,
                      {u"ALTER TABLE outbox ADD COLUMN file_path TEXT NOT NULL DEFAULT ''"_s,
                       u"ALTER TABLE outbox ADD COLUMN file_name TEXT NOT NULL DEFAULT ''"_s,
                       u"ALTER TABLE outbox ADD COLUMN file_type TEXT NOT NULL DEFAULT ''"_s,
                       u"ALTER TABLE outbox ADD COLUMN file_size INTEGER NOT NULL DEFAULT 0"_s,
                       u"ALTER TABLE outbox ADD COLUMN upload TEXT NOT NULL DEFAULT ''"_s}) &&
           // The app a cached customer profile came from (added later): rows from before name
           // none, so no app reads them.
           addColumns(u"SELECT app FROM customers LIMIT 0"_s,
                      {u"ALTER TABLE customers ADD COLUMN app TEXT NOT NULL DEFAULT ''"_s}) &&
           // The app a customer's read time came from (added later), as for the customers.
           addColumns(u"SELECT app FROM delivery_read LIMIT 0"_s,
                      {u"ALTER TABLE delivery_read ADD COLUMN app TEXT NOT NULL DEFAULT ''"_s});
}

bool LocalStore::addColumns(const QString &probe, const QStringList &statements)
{
    QSqlQuery q(database());
    if (q.exec(probe))
        return true;
    for (const QString &sql : statements) {
        if (!q.exec(sql)) {
            m_error = q.lastError().text();
            qCWarning(lcStore) << "cannot migrate" << m_path << ":" << m_error;
            return false;
        }
    }
    return true;
}
