#pragma once

#include <QLockFile>
#include <QSqlDatabase>
#include <QString>

#include <memory>

/*!
 * \brief The console's own SQLite file: the outbox and the drafts (and, per profile, more).
 *
 * Writes are durable before they return (synchronous=FULL with a write-ahead log), because the
 * outbox promises that a message is on disk before its POST starts. A lock file next to the
 * database keeps a second console from sending the same outbox.
 */
class LocalStore
{
public:
    /*! Opens or creates \a path and brings its schema up to date. */
    explicit LocalStore(const QString &path);
    ~LocalStore();
    LocalStore(const LocalStore &) = delete;
    LocalStore &operator=(const LocalStore &) = delete;

    bool isOpen() const { return m_error.isEmpty(); }
    QString errorString() const { return m_error; }
    /*! False when another process holds the lock: this one may read but must not send. */
    bool isExclusive() const { return m_lock && m_lock->isLocked(); }
    QString path() const { return m_path; }
    QSqlDatabase database() const;

private:
    bool migrate();
    /*! Runs \a statements (adding columns) when \a probe fails: the columns are missing. */
    bool addColumns(const QString &probe, const QStringList &statements);
    QString m_path;
    QString m_connection;
    QString m_error;
    std::unique_ptr<QLockFile> m_lock;
};
