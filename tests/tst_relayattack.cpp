#include "accounts/profile.h"
#include "postgresfixture.h"
#include "rawhttpclient.h"
#include "relay/agentstore.h"
#include "relay/eventlog.h"
#include "relay/relayserver.h"
#include "relaytestutil.h"
#include "session/relayclient.h"

#include <QDeadlineTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSignalSpy>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace std::chrono_literals;
using namespace Qt::StringLiterals;

namespace {
using RelayTest::delivery;
using RelayTest::request;

/*! What a console reads from GET /v1/events over a raw socket, until it closes or time is up. */
struct StreamRead
{
    int status = -1;
    QList<std::pair<QByteArray, QByteArray>> events; // (event, id)
    QByteArray lastId;                               // what a console resumes from next
    QStringList messageIds;
};

StreamRead readStream(quint16 port, const QByteArray &token, const QByteArray &lastEventId,
                      int forMs = 600)
{
    StreamRead read;
    RawHttpClient client;
    if (!client.connectTo(port))
        return read;
    QList<QByteArray> headers{"Authorization: Bearer " + token};
    if (!lastEventId.isEmpty())
        headers.append("Last-Event-ID: " + lastEventId);
    client.send(request("GET", "/v1/events", headers));
    QByteArray buffer;
    const QDeadlineTimer deadline(forMs);
    while (!deadline.hasExpired() && client.socket().state() == QAbstractSocket::ConnectedState) {
        QTest::qWait(20); // the relay answers on this thread's event loop
        buffer += client.socket().readAll();
    }
    buffer += client.socket().readAll();
    const qsizetype end = buffer.indexOf("\r\n\r\n");
    if (end < 0)
        return read;
    read.status = buffer.mid(9, 3).toInt();
    read.lastId = lastEventId;
    QByteArray body = buffer.mid(end + 4);
    for (;;) {
        const qsizetype blockEnd = body.indexOf("\n\n");
        if (blockEnd < 0)
            break;
        const QByteArray block = body.left(blockEnd);
        body.remove(0, blockEnd + 2);
        QByteArray id, event, data;
        for (const QByteArray &line : block.split('\n')) {
            if (line.startsWith("id: "))
                id = line.mid(4);
            else if (line.startsWith("event: "))
                event = line.mid(7);
            else if (line.startsWith("data: "))
                data += line.mid(6);
        }
        if (event.isEmpty())
            continue;
        read.events.append({event, id});
        if (!id.isEmpty())
            read.lastId = id; // as SseParser keeps it
        if (event == "webhook") {
            const QJsonArray messages = QJsonDocument::fromJson(data)
                                            .object()
                                            .value(u"payload"_s)
                                            .toObject()
                                            .value(u"messages"_s)
                                            .toArray();
            for (const auto &m : messages)
                read.messageIds.append(m.toObject().value(u"_id"_s).toString());
        }
    }
    return read;
}

/*!
 * A relay gone bad on 127.0.0.1: answers every request with what \a answer writes, and can
 * write an endless body (until the peer goes or \a cap bytes were written).
 */
class BadRelay : public QObject
{
public:
    struct Seen
    {
        QByteArray target;
        QByteArray authorization;
    };
    std::function<void(const QByteArray &target, QTcpSocket *)> answer;
    QList<Seen> seen;
    qint64 endlessWritten = 0;
    bool endlessPeerLeft = false;

    BadRelay()
    {
        m_server.listen(QHostAddress::LocalHost, 0);
        connect(&m_server, &QTcpServer::newConnection, this, [this] {
            while (QTcpSocket *socket = m_server.nextPendingConnection()) {
                connect(socket, &QTcpSocket::readyRead, this, [this, socket] { read(socket); });
                connect(socket, &QTcpSocket::disconnected, this, [this, socket] {
                    if (socket == m_endless)
                        endlessPeerLeft = true;
                    socket->deleteLater();
                });
            }
        });
    }
    quint16 port() const { return m_server.serverPort(); }
    QUrl url() const { return QUrl(u"http://127.0.0.1:%1"_s.arg(port())); }

    /*! Writes \a head, then filler without end on \a socket (up to \a cap bytes). */
    void endless(QTcpSocket *socket, const QByteArray &head, qint64 cap)
    {
        m_endless = socket;
        socket->write(head);
        const auto more = [this, socket, cap] {
            const QByteArray filler(256 * 1024, ' ');
            while (socket->state() == QAbstractSocket::ConnectedState &&
                   socket->bytesToWrite() < 1024 * 1024 && endlessWritten < cap) {
                socket->write(filler);
                endlessWritten += filler.size();
            }
            if (endlessWritten >= cap)
                socket->disconnectFromHost();
        };
        connect(socket, &QTcpSocket::bytesWritten, this, more);
        more();
    }

private:
    void read(QTcpSocket *socket)
    {
        QByteArray &buffer = m_buffers[socket];
        buffer += socket->readAll();
        const qsizetype end = buffer.indexOf("\r\n\r\n");
        if (end < 0)
            return;
        Seen s;
        const QList<QByteArray> lines = buffer.left(end).split('\n');
        s.target = lines.value(0).split(' ').value(1);
        for (const QByteArray &line : lines) {
            if (line.toLower().startsWith("authorization:"))
                s.authorization = line.mid(14).trimmed();
        }
        buffer.clear();
        seen.append(s);
        if (answer)
            answer(s.target, socket);
    }

    QTcpServer m_server;
    QHash<QTcpSocket *, QByteArray> m_buffers;
    QTcpSocket *m_endless = nullptr;
};
} // namespace

/*!
 * A fresh pair of eyes on the team relay and its console client: each case attacks one promise
 * of issue 14 with real parts over loopback (sockets, SQLite files, a PostgreSQL server).
 */
class TestRelayAttack : public QObject
{
    Q_OBJECT

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<EventLog> m_log;
    std::unique_ptr<AgentStore> m_agents;
    std::unique_ptr<RelayServer> m_relay;
    QByteArray m_alice;

    QString databaseFile() const { return m_dir->filePath(u"relay.sqlite"_s); }
    RawHttpClient::Response call(quint16 port, const QByteArray &bytes)
    {
        RawHttpClient client;
        if (!client.connectTo(port))
            return {};
        client.send(bytes);
        return client.response(10000);
    }
    int deliver(quint16 port, const QString &messageId)
    {
        return call(port, request("POST", "/webhooks/app1", {"X-API-Key: secret-1"},
                                  delivery(u"app1"_s, u"u1"_s, messageId)))
            .status;
    }
    bool startSqliteRelay()
    {
        m_dir = std::make_unique<QTemporaryDir>();
        QString error;
        m_log = EventLog::openSqlite(databaseFile(), &error);
        m_agents = AgentStore::openSqlite(databaseFile(), &error);
        if (!m_log || !m_agents)
            return false;
        m_alice = m_agents->add(u"alice"_s, {}).toLatin1();
        m_relay = std::make_unique<RelayServer>(*m_log, *m_agents);
        m_relay->setWebhookSecrets({{u"app1"_s, "secret-1"}});
        return m_relay->listen();
    }
    /*! Runs \a statement on the relay's SQLite file from another connection (a saboteur). */
    bool sabotage(const QString &statement)
    {
        bool ok = false;
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"saboteur"_s);
            db.setDatabaseName(databaseFile());
            ok = db.open() && QSqlQuery(db).exec(statement);
        }
        QSqlDatabase::removeDatabase(u"saboteur"_s);
        return ok;
    }

private Q_SLOTS:
    void initTestCase() { qRegisterMetaType<WebhookEvent>(); }

    void cleanup()
    {
        m_relay.reset();
        m_agents.reset();
        m_log.reset();
        m_dir.reset();
    }

    // Promise: ids never skip for a resuming console. A log that cannot be read for a moment
    // (a PostgreSQL server restarting, a locked or damaged file) must not look like an empty
    // log: that answered the console with `event: reset` and the newest id, and the console
    // resumed after the events it never got.
    void unreadableLogNeverSkipsAResumingConsole()
    {
        QVERIFY(startSqliteRelay());
        for (int i = 1; i <= 5; ++i)
            QCOMPARE(deliver(m_relay->port(), u"m%1"_s.arg(i)), 200);
        QVERIFY(sabotage(u"ALTER TABLE relay_events RENAME TO relay_events_away"_s));
        const StreamRead during = readStream(m_relay->port(), m_alice, "2");
        QVERIFY(sabotage(u"ALTER TABLE relay_events_away RENAME TO relay_events"_s));
        // Whatever the relay answered meanwhile, the console resumes from what it got.
        const StreamRead after = readStream(m_relay->port(), m_alice, during.lastId);
        QCOMPARE(during.messageIds + after.messageIds, (QStringList{u"m3"_s, u"m4"_s, u"m5"_s}));
    }

    // Promise: a new machine starts with the team's inbox. A snapshot that cannot be read is
    // no empty inbox: answered 200 with nothing, the console would take it as the truth.
    void unreadableInboxIsNoEmptyInbox()
    {
        QVERIFY(startSqliteRelay());
        QCOMPARE(deliver(m_relay->port(), u"m1"_s), 200);
        const QByteArray ask =
            request("GET", "/v1/conversations", {"Authorization: Bearer " + m_alice});
        QCOMPARE(call(m_relay->port(), ask).status, 200);
        QVERIFY(sabotage(u"ALTER TABLE relay_conversations RENAME TO relay_conversations_away"_s));
        QCOMPARE(call(m_relay->port(), ask).status, 503);
        QVERIFY(sabotage(u"ALTER TABLE relay_conversations_away RENAME TO relay_conversations"_s));
        QCOMPARE(call(m_relay->port(), ask).status, 200);
    }

    // Promise: a dropped stream is resumed. A database outage is no bad token: answered 401,
    // the console's RelayClient stops for good ("only a new token helps").
    void databaseOutageIsNoRefusedToken()
    {
        if (const QString reason = PostgresFixture::unavailableReason(); !reason.isEmpty())
            QSKIP(qPrintable(u"no PostgreSQL here: "_s + reason));
        PostgresFixture server;
        QString error;
        QVERIFY2(server.start(&error), qPrintable(error));
        auto log = EventLog::openPostgres(server.conninfo(), &error);
        auto agents = AgentStore::openPostgres(server.conninfo(), &error);
        QVERIFY2(log && agents, qPrintable(error));
        const QByteArray carol = agents->add(u"carol"_s, {}).toLatin1();
        RelayServer relay(*log, *agents);
        relay.setWebhookSecrets({{u"app1"_s, "secret-1"}});
        QVERIFY(relay.listen());
        QCOMPARE(call(relay.port(),
                      request("GET", "/v1/conversations", {"Authorization: Bearer " + carol}))
                     .status,
                 200);

        QVERIFY2(server.stop(&error), qPrintable(error));
        for (const QByteArray target : {"/v1/conversations", "/v1/events"}) {
            const auto answer =
                call(relay.port(), request("GET", target, {"Authorization: Bearer " + carol}));
            QCOMPARE(answer.status, 503);
        }
        RelayClient console(QUrl(u"http://127.0.0.1:%1"_s.arg(relay.port())), carol, u"app1"_s);
        console.setBackoff(50ms, 200ms);
        console.start();
        QTest::qWait(500);
        QVERIFY(!console.isRefused());

        QVERIFY2(server.restart(&error), qPrintable(error));
        QTRY_VERIFY_WITH_TIMEOUT(console.isStreaming(), 10000);
    }

    // Promise: others see "alice is viewing" while she is. The relay ends an agent's presence
    // when her last stream closes (and a restarted relay knows none); the stream she resumes
    // must bring it back, or she is shown gone while she still looks at the conversation.
    void presenceComesBackWithTheStream()
    {
        QVERIFY(startSqliteRelay());
        const QByteArray bob = m_agents->add(u"bob"_s, {}).toLatin1();
        const QUrl url(u"http://127.0.0.1:%1"_s.arg(m_relay->port()));
        RelayClient alice(url, m_alice, u"app1"_s);
        RelayClient bobs(url, bob, u"app1"_s);
        for (RelayClient *c : {&alice, &bobs}) {
            c->setBackoff(50ms, 200ms);
            c->start();
        }
        QTRY_VERIFY_WITH_TIMEOUT(alice.isStreaming() && bobs.isStreaming(), 5000);
        QSignalSpy seen(&bobs, &RelayClient::presenceChanged);
        alice.reportPresence(u"u1"_s, RelayClient::Presence::Viewing);
        QTRY_VERIFY_WITH_TIMEOUT(!seen.isEmpty(), 5000);
        QCOMPARE(seen.last().at(2).toString(), u"viewing"_s);

        // The relay restarts (an upgrade, a failover): both consoles resume their streams.
        const quint16 port = m_relay->port();
        m_relay.reset();
        QTRY_VERIFY_WITH_TIMEOUT(!alice.isStreaming() && !bobs.isStreaming(), 5000);
        seen.clear();
        m_relay = std::make_unique<RelayServer>(*m_log, *m_agents);
        QVERIFY(m_relay->listen(QHostAddress::LocalHost, port));
        QTRY_VERIFY_WITH_TIMEOUT(alice.isStreaming() && bobs.isStreaming(), 5000);
        QTRY_VERIFY_WITH_TIMEOUT(!seen.isEmpty() && seen.last().at(1).toString() == u"alice"_s &&
                                     seen.last().at(2).toString() == u"viewing"_s,
                                 3000);
    }

    // Promise: no injection into the event stream with huge names. A presence report's ids
    // go to every console of the app; they are bounded like a Smooch id, not by the body cap.
    void presenceRefusesHugeIds()
    {
        QVERIFY(startSqliteRelay());
        const QString huge(200 * 1024, u'u');
        const QByteArray body = QJsonDocument(QJsonObject{{u"appId"_s, u"app1"_s},
                                                          {u"userId"_s, huge},
                                                          {u"state"_s, u"viewing"_s}})
                                    .toJson(QJsonDocument::Compact);
        const auto answer =
            call(m_relay->port(),
                 request("POST", "/v1/presence", {"Authorization: Bearer " + m_alice}, body));
        QCOMPARE(answer.status, 400);
        QCOMPARE(m_relay->presence().current().size(), 0);
    }

    // Promise: memory is bounded. One agent's token (a console gone wrong, a script) reporting
    // "viewing" for ever more conversations must not grow the board without end: every new
    // console gets the whole board at once, and past the stream's cap it is cut off at connect.
    void onesPresenceIsBounded()
    {
        QVERIFY(startSqliteRelay());
        RawHttpClient client;
        QVERIFY(client.connectTo(m_relay->port()));
        for (int i = 0; i < 300; ++i) {
            const QByteArray body = "{\"appId\":\"app1\",\"userId\":\"u" + QByteArray::number(i) +
                                    "\",\"state\":\"viewing\"}";
            client.send(
                request("POST", "/v1/presence", {"Authorization: Bearer " + m_alice}, body));
            QCOMPARE(client.response().status, 204);
        }
        QVERIFY2(m_relay->presence().current().size() <= 64,
                 qPrintable(QString::number(m_relay->presence().current().size())));
    }

    // Promise: nothing is served without a valid token, and memory is bounded. The health check
    // needs no token: it must not read a body either, or any peer on the network makes the
    // relay hold a megabyte per connection (a thousand connections: a gigabyte).
    void healthCheckReadsNoBody()
    {
        QVERIFY(startSqliteRelay());
        RawHttpClient client;
        QVERIFY(client.connectTo(m_relay->port()));
        client.send("POST /healthz HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Length: 1000000\r\n\r\n");
        client.send(QByteArray(512 * 1024, 'x'));
        const auto answer = client.response(3000);
        QVERIFY2(answer.status >= 400 && answer.status < 500,
                 qPrintable(u"answered %1 with %2 bytes held"_s.arg(answer.status)
                                .arg(m_relay->bufferedBytes())));
        QCOMPARE(call(m_relay->port(), request("GET", "/healthz", {})).status, 200);
    }

    // Promise: a hostile relay cannot exhaust the console. A snapshot without end is cut off,
    // not held in memory whole.
    void endlessSnapshotIsCut()
    {
        BadRelay relay;
        constexpr qint64 cap = 320 * 1024 * 1024; // the network thread reads ahead a little
        relay.answer = [&](const QByteArray &target, QTcpSocket *s) {
            if (target.startsWith("/v1/conversations")) {
                relay.endless(s,
                              "HTTP/1.1 200 OK\r\nContent-Type: application/json\r\n"
                              "Connection: close\r\n\r\n{\"conversations\":[",
                              cap);
            }
        };
        RelayClient console(relay.url(), "srt_token", u"app1"_s);
        console.start();
        QTRY_VERIFY_WITH_TIMEOUT(relay.endlessPeerLeft || relay.endlessWritten >= cap, 60000);
        QVERIFY2(relay.endlessPeerLeft && relay.endlessWritten < cap,
                 qPrintable(u"the console took %1 MiB"_s.arg(relay.endlessWritten >> 20)));
    }

    // The same for an error answer on the stream: its body is not kept without bound either.
    void endlessErrorBodyIsCut()
    {
        BadRelay relay;
        constexpr qint64 cap = 160 * 1024 * 1024;
        relay.answer = [&](const QByteArray &target, QTcpSocket *s) {
            if (target.startsWith("/v1/conversations")) {
                s->write("HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: "
                         "2\r\n\r\n{}");
            } else if (target.startsWith("/v1/events")) {
                relay.endless(s,
                              "HTTP/1.1 500 Internal Server Error\r\n"
                              "Content-Type: text/plain\r\nConnection: close\r\n\r\n",
                              cap);
            }
        };
        RelayClient console(relay.url(), "srt_token", u"app1"_s);
        console.start();
        QTRY_VERIFY_WITH_TIMEOUT(relay.endlessPeerLeft || relay.endlessWritten >= cap, 60000);
        QVERIFY2(relay.endlessPeerLeft && relay.endlessWritten < cap,
                 qPrintable(u"the console took %1 MiB"_s.arg(relay.endlessWritten >> 20)));
    }

    // Promise: the token reaches the relay only. Like the API's base URL, a relay URL in plain
    // http is for a relay on this machine: elsewhere the token would cross the network in clear.
    void plainHttpRelayOnlyOnLoopback()
    {
        Profile p;
        p.relayUrl = QUrl(u"http://127.0.0.1:8385"_s);
        QVERIFY(p.relayUrlError().isEmpty());
        p.relayUrl = QUrl(u"http://localhost:8385"_s);
        QVERIFY(p.relayUrlError().isEmpty());
        p.relayUrl = QUrl(u"https://relay.example.com"_s);
        QVERIFY(p.relayUrlError().isEmpty());
        p.relayUrl = QUrl(u"http://relay.example.com:8385"_s);
        QVERIFY(!p.relayUrlError().isEmpty());
        p.relayUrl = QUrl(u"http://192.0.2.7:8385"_s);
        QVERIFY(!p.relayUrlError().isEmpty());
    }

    // Promise: the token reaches the relay only. A relay (or whatever answers at its URL) that
    // redirects elsewhere must not get the console to carry the agent's token there.
    void redirectElsewhereGetsNoToken()
    {
        BadRelay elsewhere;
        elsewhere.answer = [](const QByteArray &, QTcpSocket *s) {
            s->write("HTTP/1.1 404 Not Found\r\nContent-Length: 0\r\n\r\n");
        };
        BadRelay relay;
        relay.answer = [&](const QByteArray &target, QTcpSocket *s) {
            s->write("HTTP/1.1 307 Temporary Redirect\r\nLocation: " + elsewhere.url().toEncoded() +
                     target + "\r\nContent-Length: 0\r\n\r\n");
        };
        RelayClient console(relay.url(), "srt_secret-of-the-agent", u"app1"_s);
        console.setBackoff(50ms, 100ms);
        console.start();
        QTRY_VERIFY_WITH_TIMEOUT(relay.seen.size() >= 2 || !elsewhere.seen.isEmpty(), 5000);
        QTest::qWait(300);
        for (const auto &s : std::as_const(elsewhere.seen))
            QVERIFY2(s.authorization.isEmpty(),
                     qPrintable(u"the token went to "_s + QString::fromLatin1(s.target)));
        QVERIFY(!console.isStreaming());
    }
};

QTEST_GUILESS_MAIN(TestRelayAttack)
#include "tst_relayattack.moc"
