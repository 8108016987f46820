#pragma once

#include <QString>
#include <QTemporaryDir>

#include <memory>

/*!
 * \brief A real PostgreSQL server for one test: Debian's postgresql, initdb into a temporary
 * folder, listening on 127.0.0.1 on a free port, stopped (and its folder removed) when the
 * fixture goes, and by a watchdog when the test process dies without that.
 *
 * As root (CI) the server runs as the postgres user the package creates (initdb refuses root).
 */
class PostgresFixture
{
public:
    PostgresFixture();
    ~PostgresFixture();
    PostgresFixture(const PostgresFixture &) = delete;
    PostgresFixture &operator=(const PostgresFixture &) = delete;

    /*! Why no server can be started here (no PostgreSQL, no QPSQL driver); empty if it can. */
    static QString unavailableReason();

    /*! Creates the cluster and starts the server. False with \a error if that failed. */
    bool start(QString *error);
    /*! Stops the server (fast shutdown: open connections are cut). */
    bool stop(QString *error = nullptr);
    /*! Starts the stopped server again, on the same port and data. */
    bool restart(QString *error = nullptr);
    bool isRunning() const { return m_running; }

    /*! libpq conninfo of the server's "relay" database. */
    QString conninfo() const;
    int port() const { return m_port; }

private:
    bool run(const QString &program, const QStringList &arguments, QString *error,
             int timeoutMs = 60000) const;
    bool startServer(QString *error);

    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_bin;
    int m_port = 0;
    bool m_running = false;
    bool m_asPostgres = false;
};
