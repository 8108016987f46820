#pragma once

#include "accounts/profile.h"
#include "client/apiconnection.h"
#include "sandbox/sandboxserver.h"
#include "sandbox/sandboxstore.h"

#include <QJsonObject>

/*!
 * \brief An in-process sandbox on 127.0.0.1 with a free port, for tests. It stops with the
 * fixture; every test gets a fresh, empty one.
 */
class SandboxFixture
{
public:
    SandboxFixture();

    SandboxServer &server() { return m_server; }
    SandboxStore &store() { return m_store; }
    QUrl baseUrl() const { return m_server.baseUrl(); }
    /*! The sandbox's app with a JWT signed from its key. */
    ApiConnection connection() const;
    /*! A temporary profile of the sandbox's app, with administrator tools. */
    Profile profile(const QString &id) const;
    /*! "USER typing:start" for every typing activity the sandbox received, in order. */
    QStringList activities() const;

    /*!
     * Gives \a userId a history of \a count text messages with ids "USER-00000" on,
     * returned oldest first. Message
     * k * \a sameTimestampEvery - 1 and the two after it share one timestamp, so with 50 the
     * runs 49-51, 99-101, 149-151 straddle the edges of 100-message pages.
     */
    QList<QJsonObject> seedHistory(const QString &userId, int count, int sameTimestampEvery = 0,
                                   double start = 1700000000.0);

private:
    SandboxStore m_store;
    SandboxServer m_server;
};
