#pragma once

#include "relay/presenceboard.h"
#include "relay/webhooksecrets.h"
#include "session/httpfront.h"

#include <QDateTime>
#include <QHash>
#include <QStringList>

#include <chrono>
#include <map>

class AgentStore;
class EventLog;
class QJsonObject;
class QTimer;
struct Agent;
struct StoredEvent;

/*!
 * \brief The team relay's HTTP side: webhook deliveries in, the log and presence out to every
 * agent's console as Server-Sent Events.
 *
 * The promises:
 * - `POST /webhooks/{appId}` is answered 200 only once EventLog::append() stored the delivery
 *   (or found it stored already), 503 when the store cannot write; its X-API-Key is checked in
 *   constant time against that app's secret on the headers alone (401), before any byte of the
 *   body is read.
 * - Every `/v1/` request needs `Authorization: Bearer TOKEN` of an agent in AgentStore (401),
 *   and sees only the apps of the agent's scope (403 for others).
 * - `GET /v1/events` with Last-Event-ID N writes every event after N the agent may see, in id
 *   order, each once: first read from the log page by page as the socket drains, then live as
 *   the log commits them, with no gap and no repeat between the two. An id the log no longer
 *   keeps gets an `event: reset`. Presence follows, with the id of the stream's newest event.
 *   A stream's unsent bytes are capped (HttpFront::Limits::maxStreamBacklog): a console that
 *   does not read is dropped, the others never wait. A keepalive comment goes out every
 *   keepaliveInterval(); a stream whose token was revoked is closed then.
 * - `GET /v1/conversations`, `POST /v1/presence`, `GET /healthz` as the design says. On
 *   PostgreSQL, presence goes to every instance through NOTIFY; an agent's last stream closing
 *   on one instance ends the agent's presence on all of them (until it reports again).
 */
class RelayServer : public HttpFront
{
    Q_OBJECT

public:
    /*! Serves \a log and \a agents, which must outlive the server. */
    RelayServer(EventLog &log, AgentStore &agents, QObject *parent = nullptr);
    ~RelayServer() override;

    /*! The secrets deliveries are checked against, by app id (from the environment). */
    void setWebhookSecrets(const WebhookSecrets::Map &secrets);
    /*!
     * Also reads secrets from \a file (setWebhookSecrets()' win for an app in both), again
     * whenever it changed: `webhook register` may add an app while the relay runs.
     */
    void setWebhookSecretsFile(const QString &file);

    void setKeepaliveInterval(std::chrono::milliseconds interval);
    std::chrono::milliseconds keepaliveInterval() const { return m_keepaliveInterval; }
    /*! Events read from the log at a time while a stream catches up. */
    void setReplayPageSize(int events) { m_pageSize = qMax(1, events); }

    PresenceBoard &presence() { return m_presence; }
    /*! Streams of consoles open now. */
    int consoleCount() const { return int(m_streams.size()); }

protected:
    std::optional<Response> checkHeaders(const Request &request) override;
    void handleRequest(const Request &request) override;
    void streamClosed(quint64 connection) override;
    void streamDrained(quint64 connection) override;

private:
    struct Stream
    {
        quint64 connection = 0;
        QString agent;
        QStringList apps;    //!< empty: every app
        QString token;       //!< checked again at every keepalive
        qint64 position = 0; //!< the newest event id written (or skipped as out of scope)
        bool replaying = false;

        bool allows(const QString &appId) const { return apps.isEmpty() || apps.contains(appId); }
    };

    std::optional<Response> checkDelivery(const Request &request, const QString &appId);
    void handleDelivery(const Request &request, const QString &appId);
    void handleEvents(const Request &request, const Agent &agent, const QString &token,
                      const QStringList &apps);
    void handlePresence(const Request &request, const Agent &agent);
    void handleConversations(const Request &request, const Agent &agent, const QStringList &apps);

    void replay(quint64 connection);
    void goLive(Stream &stream);
    void eventsCommitted(const QList<StoredEvent> &events);
    void presenceChanged(const PresenceBoard::Entry &entry);
    void keepalive();
    /*! Writes to a stream; on failure forgets it. False then. */
    bool send(quint64 connection, const QByteArray &bytes);
    /*! Forgets a stream (closing it when \a close); the agent's presence ends with its last. */
    void dropStream(quint64 connection, bool close);
    QByteArray presenceEvent(qint64 id, const PresenceBoard::Entry &entry) const;
    /*! Reports presence (or {"agent","gone":true}) to this instance, or through PostgreSQL to all.
     */
    void reportPresence(const QJsonObject &report);
    void applyPresence(const QByteArray &json);
    const WebhookSecrets::Map &secrets();

    EventLog &m_log;
    AgentStore &m_agents;
    PresenceBoard m_presence;
    std::map<quint64, Stream> m_streams;
    QTimer *m_keepalive;
    std::chrono::milliseconds m_keepaliveInterval{15000};
    int m_pageSize = 200;
    WebhookSecrets::Map m_givenSecrets;
    WebhookSecrets::Map m_secrets;
    QString m_secretsFile;
    QDateTime m_secretsModified;
    qint64 m_secretsSize = -1;
};
