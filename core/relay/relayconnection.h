#pragma once

#include <QSqlDatabase>
#include <QString>

/*!
 * \brief One connection to the relay's database (a SQLite file or a PostgreSQL server), owned
 * by the thread that opened it.
 *
 * The promise: open() leaves a connection that writes durably (SQLite: WAL with
 * synchronous=FULL and a busy timeout; PostgreSQL: its default synchronous commit) and a schema
 * that is complete, whoever created it first. A PostgreSQL connection that failed can be opened
 * again with open(), which is how the relay recovers when the server comes back. The connection
 * is removed from QtSql when the object goes.
 */
class RelayConnection
{
public:
    enum class Kind { Sqlite, Postgres };

    /*!
     * \a location is the SQLite file or the libpq conninfo string; \a purpose names the
     * connection in QtSql's registry (made unique here).
     */
    RelayConnection(Kind kind, const QString &location, const QString &purpose);
    ~RelayConnection();
    RelayConnection(const RelayConnection &) = delete;
    RelayConnection &operator=(const RelayConnection &) = delete;

    /*! Opens (or closes and opens again) the connection and creates what is missing of the
     * schema. False with \a error when the database cannot be reached or read. */
    bool open(QString *error);
    void close();
    bool isOpen() const;
    QSqlDatabase database() const;
    Kind kind() const { return m_kind; }
    bool isPostgres() const { return m_kind == Kind::Postgres; }
    QString location() const { return m_location; }

    /*!
     * For SQLite: true while the file opened is still the one at the path (not removed or
     * replaced), since writes to a removed file succeed and are lost. Always true on PostgreSQL.
     */
    bool fileIsStillThere(QString *error) const;

    /*! The key of the advisory lock every PostgreSQL write transaction takes first. */
    static constexpr qint64 writeLockKey = 0x736d6f6f6368; // "smooch"

private:
    bool createSchema(QString *error);

    Kind m_kind;
    QString m_location;
    QString m_name;
    quint64 m_device = 0;
    quint64 m_inode = 0;
};
