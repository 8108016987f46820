#include "relay/relayconnection.h"

#include "client/logging.h"

#include <QAtomicInteger>
#include <QDir>
#include <QFileInfo>
#include <QSqlError>
#include <QSqlQuery>

#include <sys/stat.h>

using namespace Qt::StringLiterals;

namespace {
QAtomicInteger<quint64> connectionCounter;

// How long a connection attempt to a PostgreSQL server may take before it counts as failed.
constexpr int connectTimeoutSeconds = 5;
// How long SQLite waits for another writer of the same file before it gives up.
constexpr int sqliteBusyTimeoutMs = 5000;

QStringList schema(RelayConnection::Kind kind)
{
    const bool pg = kind == RelayConnection::Kind::Postgres;
    const QString blob = pg ? u"BYTEA"_s : u"BLOB"_s;
    const QString real = pg ? u"DOUBLE PRECISION"_s : u"REAL"_s;
    return {
        u"CREATE TABLE IF NOT EXISTS relay_events ("
        " id BIGINT PRIMARY KEY,"
        " app_id TEXT NOT NULL,"
        " user_id TEXT NOT NULL,"
        " identity TEXT NOT NULL,"
        " payload %1 NOT NULL,"
        " received_ms BIGINT NOT NULL)"_s.arg(blob),
        u"CREATE UNIQUE INDEX IF NOT EXISTS relay_events_identity ON relay_events (identity)"_s,
        u"CREATE INDEX IF NOT EXISTS relay_events_app ON relay_events (app_id, id)"_s,
        u"CREATE INDEX IF NOT EXISTS relay_events_received ON relay_events (received_ms)"_s,
        // The last id handed out: kept apart from the events so that pruning every event never
        // lets an id be used twice, and written in the same transaction as the events, so that
        // ids have no gaps (a sequence would lose values on rollbacks and conflicts).
        u"CREATE TABLE IF NOT EXISTS relay_state ("
        " name TEXT PRIMARY KEY,"
        " value BIGINT NOT NULL)"_s,
        u"INSERT INTO relay_state (name, value) VALUES ('last_event_id', 0) "
        "ON CONFLICT (name) DO NOTHING"_s,
        u"CREATE TABLE IF NOT EXISTS relay_conversations ("
        " app_id TEXT NOT NULL,"
        " user_id TEXT NOT NULL,"
        " smooch_id TEXT NOT NULL DEFAULT '',"
        " name TEXT NOT NULL DEFAULT '',"
        " last_message TEXT NOT NULL DEFAULT '',"
        " last_activity %1 NOT NULL DEFAULT 0,"
        " unread INTEGER NOT NULL DEFAULT 0,"
        " PRIMARY KEY (app_id, user_id))"_s.arg(real),
        u"CREATE INDEX IF NOT EXISTS relay_conversations_activity "
        "ON relay_conversations (last_activity)"_s,
        u"CREATE TABLE IF NOT EXISTS relay_agents ("
        " name TEXT PRIMARY KEY,"
        " token_hash TEXT NOT NULL,"
        " apps TEXT NOT NULL DEFAULT '[]',"
        " created_ms BIGINT NOT NULL)"_s,
    };
}
} // namespace

RelayConnection::RelayConnection(Kind kind, const QString &location, const QString &purpose)
    : m_kind(kind)
    , m_location(location)
    , m_name(u"relay-%1-%2"_s.arg(purpose).arg(++connectionCounter))
{
    QSqlDatabase db =
        QSqlDatabase::addDatabase(kind == Kind::Postgres ? u"QPSQL"_s : u"QSQLITE"_s, m_name);
    if (kind == Kind::Sqlite) {
        db.setDatabaseName(location);
        db.setConnectOptions(u"QSQLITE_BUSY_TIMEOUT=%1"_s.arg(sqliteBusyTimeoutMs));
    } else {
        // QPSQL passes its connect options to libpq as they are (';' read as ' '), so the whole
        // conninfo goes there. Defaults first (what the caller gives comes later and wins): a
        // server that went away without closing the connection counts as gone within seconds,
        // not after TCP's minutes, so appends fail and the log reconnects.
        QString options = location.trimmed();
        if (!options.startsWith(u"postgres"_s)) {
            options = u"connect_timeout=%1 keepalives=1 keepalives_idle=10 "
                      "keepalives_interval=2 keepalives_count=3 tcp_user_timeout=10000 "_s.arg(
                          connectTimeoutSeconds) +
                      options;
        }
        db.setConnectOptions(options);
    }
}

RelayConnection::~RelayConnection()
{
    {
        QSqlDatabase db = QSqlDatabase::database(m_name, false);
        db.close();
    }
    QSqlDatabase::removeDatabase(m_name);
}

QSqlDatabase RelayConnection::database() const
{
    return QSqlDatabase::database(m_name, false);
}

bool RelayConnection::isOpen() const
{
    return database().isOpen();
}

void RelayConnection::close()
{
    QSqlDatabase db = database();
    db.close();
}

bool RelayConnection::open(QString *error)
{
    QSqlDatabase db = database();
    if (!db.isValid()) {
        if (error)
            *error = QObject::tr("The database driver for %1 is not available.")
                         .arg(m_kind == Kind::Postgres ? u"PostgreSQL"_s : u"SQLite"_s);
        return false;
    }
    db.close();
    if (m_kind == Kind::Sqlite)
        QDir().mkpath(QFileInfo(m_location).absolutePath());
    if (!db.open()) {
        if (error)
            *error = db.lastError().text();
        return false;
    }
    if (m_kind == Kind::Sqlite) {
        QSqlQuery q(db);
        q.exec(u"PRAGMA journal_mode=WAL"_s);
        q.exec(u"PRAGMA synchronous=FULL"_s);
        struct stat st
        {};
        if (::stat(QFile::encodeName(m_location).constData(), &st) == 0) {
            m_device = st.st_dev;
            m_inode = st.st_ino;
        }
    }
    if (!createSchema(error)) {
        db.close();
        return false;
    }
    return true;
}

bool RelayConnection::createSchema(QString *error)
{
    QSqlDatabase db = database();
    // A database that has the schema need not be writable to be read (a read-only file still
    // serves its events; writes to it fail one by one).
    if (db.tables().contains(u"relay_agents"_s))
        return true;
    if (!db.transaction()) {
        if (error)
            *error = db.lastError().text();
        return false;
    }
    QSqlQuery q(db);
    QStringList statements = schema(m_kind);
    // Two instances starting at once on one server must not both create the tables.
    if (m_kind == Kind::Postgres)
        statements.prepend(u"SELECT pg_advisory_xact_lock(%1)"_s.arg(writeLockKey));
    for (const QString &statement : std::as_const(statements)) {
        if (!q.exec(statement)) {
            if (error)
                *error = q.lastError().text();
            qCWarning(lcRelay) << "creating the schema failed:" << q.lastError().text();
            db.rollback();
            return false;
        }
    }
    if (!db.commit()) {
        if (error)
            *error = db.lastError().text();
        db.rollback();
        return false;
    }
    return true;
}

bool RelayConnection::fileIsStillThere(QString *error) const
{
    if (m_kind != Kind::Sqlite)
        return true;
    struct stat st
    {};
    if (::stat(QFile::encodeName(m_location).constData(), &st) != 0 || st.st_dev != m_device ||
        st.st_ino != m_inode) {
        if (error)
            *error = QObject::tr("The database file %1 was removed or replaced.").arg(m_location);
        return false;
    }
    return true;
}
