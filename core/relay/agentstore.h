#pragma once

#include <QList>
#include <QString>
#include <QStringList>

#include <memory>
#include <optional>

class RelayConnection;

/*! \brief An agent of the team, as a token names it. */
struct Agent
{
    QString name;
    QStringList apps; //!< the apps the agent may see; empty: every app

    /*! Whether the agent may see \a appId. */
    bool allows(const QString &appId) const { return apps.isEmpty() || apps.contains(appId); }
    bool operator==(const Agent &) const = default;
};

/*!
 * \brief The relay's agents and their tokens, in the same database as the log.
 *
 * The promises: a token is shown once, by add(), and only its SHA-256 is stored; authenticate()
 * compares hashes in constant time and reads the database each time, so an agent added or
 * removed by another process (the command line while the relay serves) counts at once; a
 * removed agent's token stops working. Use on the thread that opened the store.
 */
class AgentStore
{
public:
    static std::unique_ptr<AgentStore> openSqlite(const QString &file, QString *error);
    static std::unique_ptr<AgentStore> openPostgres(const QString &conninfo, QString *error);
    ~AgentStore();

    /*!
     * Adds an agent who may see \a apps (empty: every app) and returns its new token
     * ("srt_" + 32 random bytes, base64url). Empty with \a error when the name is taken or
     * invalid, or the database cannot be written.
     */
    QString add(const QString &name, const QStringList &apps, QString *error = nullptr);
    /*! Removes the agent; false when there was none by that name (or the write failed). */
    bool remove(const QString &name, QString *error = nullptr);
    /*! Every agent, by name. */
    QList<Agent> list() const;
    /*!
     * The agent whose token this is, if any. When the store cannot be read (the server is
     * down), nothing is known: \a unavailable (if given) says so, and the caller answers 503,
     * not 401, so that consoles try again instead of giving the token up.
     */
    std::optional<Agent> authenticate(const QString &token, bool *unavailable = nullptr) const;

private:
    explicit AgentStore(std::unique_ptr<RelayConnection> connection);
    static std::unique_ptr<AgentStore> open(int kind, const QString &location, QString *error);
    bool ready() const;

    std::unique_ptr<RelayConnection> m_connection;
    mutable bool m_broken = false;
};
