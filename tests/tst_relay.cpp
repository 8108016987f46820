#include "postgresfixture.h"
#include "rawhttpclient.h"
#include "relay/agentstore.h"
#include "relay/eventlog.h"
#include "relay/relayserver.h"
#include "relay/storedevent.h"
#include "relaytestutil.h"

#include <QDeadlineTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSignalSpy>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace std::chrono_literals;
using namespace Qt::StringLiterals;

namespace {
using RelayTest::delivery;
using RelayTest::request;

/*! One Server-Sent Event as it came. */
struct SseEvent
{
    QByteArray id;
    QByteArray event;
    QByteArray data;

    QJsonObject json() const { return QJsonDocument::fromJson(data).object(); }
};

/*! A console's stream over a raw socket: GET /v1/events, then the events as they come. */
class SseClient
{
public:
    /*! Connects and asks for the stream; the answer's status is status() once it came. */
    bool open(quint16 port, const QByteArray &token, const QByteArray &lastEventId = {},
              const QByteArray &target = "/v1/events")
    {
        if (!m_client.connectTo(port))
            return false;
        QList<QByteArray> headers{"Authorization: Bearer " + token};
        if (!lastEventId.isNull())
            headers.append("Last-Event-ID: " + lastEventId);
        m_client.send(request("GET", target, headers));
        return waitHead();
    }
    int status() const { return m_status; }
    QTcpSocket &socket() { return m_client.socket(); }

    /*! Every complete event received so far (comments and retry lines are not events). */
    QList<SseEvent> events()
    {
        pump();
        return m_events;
    }
    /*! Waits until \a count events of kind \a kind (any when empty) came in all. */
    QList<SseEvent> waitFor(qsizetype count, const QByteArray &kind = {}, int timeoutMs = 5000)
    {
        const QDeadlineTimer deadline(timeoutMs);
        for (;;) {
            pump();
            const QList<SseEvent> matching = only(kind);
            if (matching.size() >= count || deadline.hasExpired())
                return matching;
            QSignalSpy ready(&socket(), &QIODevice::readyRead);
            ready.wait(int(qBound(qint64(1), deadline.remainingTime(), qint64(100))));
        }
    }
    QList<SseEvent> only(const QByteArray &kind) const
    {
        QList<SseEvent> matching;
        for (const SseEvent &e : m_events) {
            if (kind.isEmpty() || e.event == kind)
                matching.append(e);
        }
        return matching;
    }
    int keepalives() const { return m_keepalives; }
    bool waitClosed(int timeoutMs = 5000)
    {
        const bool closed = m_client.waitClosed(timeoutMs);
        pump();
        return closed;
    }

private:
    bool waitHead()
    {
        const QDeadlineTimer deadline(5000);
        while (!deadline.hasExpired()) {
            m_buffer += socket().readAll();
            const qsizetype end = m_buffer.indexOf("\r\n\r\n");
            if (end >= 0) {
                m_head = m_buffer.left(end);
                m_status = m_head.mid(9, 3).toInt();
                m_buffer.remove(0, end + 4);
                return true;
            }
            if (socket().state() != QAbstractSocket::ConnectedState)
                return false;
            QSignalSpy ready(&socket(), &QIODevice::readyRead);
            ready.wait(100);
        }
        return false;
    }
    void pump()
    {
        m_buffer += socket().readAll();
        for (;;) {
            const qsizetype end = m_buffer.indexOf("\n\n");
            if (end < 0)
                return;
            const QByteArray block = m_buffer.left(end);
            m_buffer.remove(0, end + 2);
            SseEvent event;
            bool any = false;
            for (const QByteArray &line : block.split('\n')) {
                if (line.startsWith(':')) {
                    ++m_keepalives;
                } else if (line.startsWith("id: ")) {
                    event.id = line.mid(4);
                } else if (line.startsWith("event: ")) {
                    event.event = line.mid(7);
                    any = true;
                } else if (line.startsWith("data: ")) {
                    event.data += line.mid(6);
                }
            }
            if (any)
                m_events.append(event);
        }
    }

    RawHttpClient m_client;
    QByteArray m_buffer;
    QByteArray m_head;
    int m_status = -1;
    QList<SseEvent> m_events;
    int m_keepalives = 0;
};

QStringList messageIds(const QList<SseEvent> &events)
{
    QStringList ids;
    for (const SseEvent &e : events) {
        const QJsonArray messages =
            e.json().value(u"payload"_s).toObject().value(u"messages"_s).toArray();
        for (const auto &m : messages)
            ids.append(m.toObject().value(u"_id"_s).toString());
    }
    return ids;
}
} // namespace

/*! The relay over loopback, on SQLite in a temporary folder: what consoles and Smooch get. */
class TestRelay : public QObject
{
    Q_OBJECT

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<EventLog> m_log;
    std::unique_ptr<AgentStore> m_agents;
    std::unique_ptr<RelayServer> m_relay;
    QByteArray m_alice; // every app
    QByteArray m_bob;   // app1 only

    QString databaseFile() const { return m_dir->filePath(u"relay.sqlite"_s); }

    RawHttpClient::Response call(const QByteArray &bytes)
    {
        RawHttpClient client;
        if (!client.connectTo(m_relay->port()))
            return {};
        client.send(bytes);
        return client.response(10000);
    }
    int deliver(const QByteArray &app, const QByteArray &body, const QByteArray &key = {})
    {
        const QByteArray secret = !key.isNull() ? key : app == "app1" ? "secret-1" : "secret-2";
        return call(request("POST", "/webhooks/" + app,
                            {"Content-Type: application/json", "X-API-Key: " + secret}, body))
            .status;
    }
    RawHttpClient::Response get(const QByteArray &target, const QByteArray &token)
    {
        return call(request("GET", target, {"Authorization: Bearer " + token}));
    }
    int presence(const QByteArray &token, const QString &app, const QString &user,
                 const QString &state)
    {
        const QByteArray body =
            QJsonDocument(QJsonObject{{u"appId"_s, app}, {u"userId"_s, user}, {u"state"_s, state}})
                .toJson(QJsonDocument::Compact);
        return call(request("POST", "/v1/presence",
                            {"Authorization: Bearer " + token, "Content-Type: application/json"},
                            body))
            .status;
    }

private Q_SLOTS:
    void init()
    {
        m_dir = std::make_unique<QTemporaryDir>();
        QVERIFY(m_dir->isValid());
        QString error;
        m_log = EventLog::openSqlite(databaseFile(), &error);
        QVERIFY2(m_log, qPrintable(error));
        m_agents = AgentStore::openSqlite(databaseFile(), &error);
        QVERIFY2(m_agents, qPrintable(error));
        m_alice = m_agents->add(u"alice"_s, {}).toLatin1();
        m_bob = m_agents->add(u"bob"_s, {u"app1"_s}).toLatin1();
        QVERIFY(m_alice.startsWith("srt_") && m_bob.startsWith("srt_"));
        m_relay = std::make_unique<RelayServer>(*m_log, *m_agents);
        m_relay->setWebhookSecrets({{u"app1"_s, "secret-1"}, {u"app2"_s, "secret-2"}});
        QVERIFY(m_relay->listen());
    }

    void cleanup()
    {
        m_relay.reset();
        m_agents.reset();
        m_log.reset();
        m_dir.reset();
    }

    void ingress()
    {
        const QByteArray body = delivery(u"app1"_s, u"u1"_s, u"m1"_s);
        QCOMPARE(call(request("POST", "/webhooks/app1", {}, body)).status, 401);
        QCOMPARE(deliver("app1", body, "wrong"), 401);
        QCOMPARE(deliver("app1", body, "secret-2"), 401); // another app's secret
        QCOMPARE(deliver("app3", body, "secret-1"), 401); // an app without a secret
        QCOMPARE(call(request("GET", "/webhooks/app1", {"X-API-Key: secret-1"})).status, 405);
        // Refused on the headers: the body is never read.
        RawHttpClient large;
        QVERIFY(large.connectTo(m_relay->port()));
        large.send("POST /webhooks/app1 HTTP/1.1\r\nX-API-Key: secret-1\r\n"
                   "Content-Length: 2000000\r\n\r\n");
        QCOMPARE(large.response().status, 413);
        RawHttpClient unsigned_;
        QVERIFY(unsigned_.connectTo(m_relay->port()));
        unsigned_.send(
            "POST /webhooks/app1 HTTP/1.1\r\nX-API-Key: nope\r\nContent-Length: 10\r\n\r\n");
        QCOMPARE(unsigned_.response().status, 401);
        QCOMPARE(deliver("app1", "not json"), 400);
        QCOMPARE(deliver("app1", R"({"no":"trigger"})"), 400);
        QCOMPARE(deliver("app1", delivery(u"app2"_s, u"u1"_s, u"m1"_s)), 400);
        QCOMPARE(m_log->lastId(), 0);

        QCOMPARE(deliver("app1", body), 200);
        QCOMPARE(m_log->lastId(), 1);
        // Smooch retries a delivery it got no answer for: stored once, answered 200 again.
        QCOMPARE(deliver("app1", body), 200);
        QCOMPARE(deliver("app1", QJsonDocument::fromJson(body).toJson(QJsonDocument::Compact)),
                 200);
        QCOMPARE(m_log->lastId(), 1);
        QCOMPARE(m_log->readAfter(0, 10, {}).size(), 1);
        QCOMPARE(m_log->readAfter(0, 10, {}).first().payload, body);

        const auto health = call(request("GET", "/healthz", {}));
        QCOMPARE(health.status, 200);
        QCOMPARE(call(request("GET", "/elsewhere", {})).status, 404);
    }

    // A store that cannot write answers 503, so that Smooch delivers again later.
    void storeFailureAnswers503()
    {
        QCOMPARE(deliver("app1", delivery(u"app1"_s, u"u1"_s, u"m1"_s)), 200);
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"saboteur"_s);
            db.setDatabaseName(databaseFile());
            QVERIFY(db.open());
            QSqlQuery query(db);
            QVERIFY2(query.exec(u"CREATE TRIGGER no_space BEFORE INSERT ON relay_events "
                                "BEGIN SELECT RAISE(ABORT, 'disk full'); END"_s),
                     qPrintable(query.lastError().text()));
        }
        QSqlDatabase::removeDatabase(u"saboteur"_s);
        QCOMPARE(deliver("app1", delivery(u"app1"_s, u"u1"_s, u"m2"_s)), 503);
        QCOMPARE(m_log->lastId(), 1);
    }

    void eventsResumeExactlyOnceInOrder()
    {
        for (int i = 1; i <= 5; ++i)
            QCOMPARE(deliver("app1", delivery(u"app1"_s, u"u1"_s, u"m%1"_s.arg(i))), 200);

        // Without Last-Event-ID: from now on.
        SseClient live;
        QVERIFY(live.open(m_relay->port(), m_alice));
        QCOMPARE(live.status(), 200);
        QCOMPARE(deliver("app1", delivery(u"app1"_s, u"u1"_s, u"m6"_s)), 200);
        const auto first = live.waitFor(1, "webhook");
        QCOMPARE(first.size(), 1);
        QCOMPARE(first.first().id, "6");
        QCOMPARE(first.first().json().value(u"appId"_s).toString(), u"app1"_s);
        QCOMPARE(messageIds(first), QStringList{u"m6"_s});

        // From an id: exactly what came after it, then live.
        SseClient resumed;
        QVERIFY(resumed.open(m_relay->port(), m_alice, "3"));
        auto events = resumed.waitFor(3, "webhook");
        QCOMPARE(messageIds(events), (QStringList{u"m4"_s, u"m5"_s, u"m6"_s}));
        QCOMPARE(deliver("app1", delivery(u"app1"_s, u"u2"_s, u"m7"_s)), 200);
        events = resumed.waitFor(4, "webhook");
        QCOMPARE(messageIds(events), (QStringList{u"m4"_s, u"m5"_s, u"m6"_s, u"m7"_s}));
        for (const SseEvent &e : resumed.events())
            QVERIFY(!e.id.isEmpty()); // every event has an id
        QTest::qWait(100);
        QCOMPARE(resumed.only("webhook").size(), 4);

        // ?lastEventId= for clients that cannot set headers.
        SseClient byQuery;
        QVERIFY(byQuery.open(m_relay->port(), m_alice, {}, "/v1/events?lastEventId=5"));
        QCOMPARE(messageIds(byQuery.waitFor(2, "webhook")), (QStringList{u"m6"_s, u"m7"_s}));
    }

    // Paged catch-up while deliveries keep coming: no gap, no repeat at the switch-over.
    void catchUpMeetsLiveWithoutGapOrRepeat()
    {
        m_relay->setReplayPageSize(3);
        for (int i = 1; i <= 20; ++i)
            QCOMPARE(deliver("app1", delivery(u"app1"_s, u"u1"_s, u"m%1"_s.arg(i))), 200);
        std::vector<std::unique_ptr<SseClient>> consoles;
        int next = 21;
        for (int c = 0; c < 5; ++c) {
            consoles.push_back(std::make_unique<SseClient>());
            QVERIFY(consoles.back()->open(m_relay->port(), m_alice, "0"));
            for (int i = 0; i < 3; ++i, ++next)
                QCOMPARE(deliver("app1", delivery(u"app1"_s, u"u1"_s, u"m%1"_s.arg(next))), 200);
        }
        const int total = next - 1;
        for (const auto &console : consoles) {
            const auto events = console->waitFor(total, "webhook");
            QCOMPARE(events.size(), total);
            for (int i = 0; i < total; ++i)
                QCOMPARE(events.at(i).id, QByteArray::number(i + 1));
        }
        QTest::qWait(100);
        for (const auto &console : consoles)
            QCOMPARE(console->only("webhook").size(), total);
    }

    void resetWhenTheIdIsNoLongerKept()
    {
        for (int i = 1; i <= 3; ++i)
            QCOMPARE(deliver("app1", delivery(u"app1"_s, u"u1"_s, u"m%1"_s.arg(i))), 200);
        QTest::qWait(1100);
        m_log->setRetention(1s);
        QCOMPARE(deliver("app1", delivery(u"app1"_s, u"u1"_s, u"m4"_s)), 200);
        QCOMPARE(deliver("app1", delivery(u"app1"_s, u"u1"_s, u"m5"_s)), 200);
        QTRY_COMPARE(m_log->oldestId(), 4);

        SseClient stale;
        QVERIFY(stale.open(m_relay->port(), m_alice, "1"));
        const auto reset = stale.waitFor(1, "reset");
        QCOMPARE(reset.size(), 1);
        QCOMPARE(reset.first().json().value(u"oldestId"_s).toInteger(), 4);
        QCOMPARE(reset.first().id, "5");
        // An id the log never had (another database) resets too; the newest does not.
        SseClient future;
        QVERIFY(future.open(m_relay->port(), m_alice, "99"));
        QCOMPARE(future.waitFor(1, "reset").size(), 1);
        SseClient current;
        QVERIFY(current.open(m_relay->port(), m_alice, "3"));
        QCOMPARE(messageIds(current.waitFor(2, "webhook")), (QStringList{u"m4"_s, u"m5"_s}));
        QCOMPARE(current.only("reset").size(), 0);
    }

    // A console that never reads is dropped at its cap; the other keeps receiving everything.
    void aConsoleThatNeverReadsIsDropped()
    {
        HttpFront::Limits limits = m_relay->limits();
        limits.maxStreamBacklog = 128 * 1024;
        m_relay->setLimits(limits);
        SseClient stuck;
        stuck.socket().setReadBufferSize(1024);
        QVERIFY(stuck.open(m_relay->port(), m_alice));
        SseClient reader;
        QVERIFY(reader.open(m_relay->port(), m_alice));
        QTRY_COMPARE(m_relay->consoleCount(), 2);

        const QString text(60 * 1024, u'x');
        int sent = 0;
        // The kernel takes some megabytes first.
        while (m_relay->consoleCount() == 2 && sent < 600) {
            ++sent;
            QCOMPARE(deliver("app1", delivery(u"app1"_s, u"u1"_s, u"m%1"_s.arg(sent), text)), 200);
            reader.events();
        }
        QCOMPARE(m_relay->consoleCount(), 1);
        QCOMPARE(deliver("app1", delivery(u"app1"_s, u"u1"_s, u"last"_s)), 200);
        const auto events = reader.waitFor(sent + 1, "webhook", 10000);
        QCOMPARE(events.size(), sent + 1);
        QCOMPARE(messageIds({events.last()}), QStringList{u"last"_s});
    }

    void tokensAndScopes()
    {
        QCOMPARE(call(request("GET", "/v1/conversations", {})).status, 401);
        const auto missing = call(request("GET", "/v1/events", {}));
        QCOMPARE(missing.status, 401);
        QCOMPARE(missing.header("WWW-Authenticate"), "Bearer");
        QCOMPARE(get("/v1/conversations", "srt_not-a-token").status, 401);
        QCOMPARE(call(request("GET", "/v1/conversations", {"Authorization: Basic eDp5"})).status,
                 401);
        QCOMPARE(presence("srt_bad", u"app1"_s, u"u1"_s, u"viewing"_s), 401);

        QCOMPARE(deliver("app2", delivery(u"app2"_s, u"u9"_s, u"m-app2"_s)), 200);
        QCOMPARE(deliver("app1", delivery(u"app1"_s, u"u1"_s, u"m-app1"_s)), 200);

        // bob sees app1 only.
        const auto all = get("/v1/conversations", m_alice);
        QCOMPARE(all.status, 200);
        const QJsonObject snapshot = QJsonDocument::fromJson(all.body).object();
        QCOMPARE(snapshot.value(u"agent"_s).toString(), u"alice"_s);
        QCOMPARE(snapshot.value(u"lastEventId"_s).toInteger(), 2);
        QCOMPARE(snapshot.value(u"conversations"_s).toArray().size(), 2);
        const auto scoped = get("/v1/conversations", m_bob);
        QCOMPARE(scoped.status, 200);
        const QJsonObject bobs = QJsonDocument::fromJson(scoped.body).object();
        QCOMPARE(bobs.value(u"apps"_s).toArray(), QJsonArray{u"app1"_s});
        const QJsonArray conversations = bobs.value(u"conversations"_s).toArray();
        QCOMPARE(conversations.size(), 1);
        QCOMPARE(conversations.first().toObject().value(u"userId"_s).toString(), u"u1"_s);
        QCOMPARE(get("/v1/conversations?appId=app2", m_bob).status, 403);
        QCOMPARE(get("/v1/events?appId=app2", m_bob).status, 403);
        QCOMPARE(presence(m_bob, u"app2"_s, u"u9"_s, u"viewing"_s), 403);
        QCOMPARE(presence(m_bob, u"app1"_s, u"u1"_s, u"dancing"_s), 400);

        SseClient bobStream;
        QVERIFY(bobStream.open(m_relay->port(), m_bob, "0"));
        QCOMPARE(bobStream.status(), 200);
        QCOMPARE(messageIds(bobStream.waitFor(1, "webhook")), QStringList{u"m-app1"_s});
        QCOMPARE(deliver("app2", delivery(u"app2"_s, u"u9"_s, u"m-app2-live"_s)), 200);
        QCOMPARE(deliver("app1", delivery(u"app1"_s, u"u1"_s, u"m-app1-live"_s)), 200);
        QCOMPARE(messageIds(bobStream.waitFor(2, "webhook")),
                 (QStringList{u"m-app1"_s, u"m-app1-live"_s}));

        // Revoked: every request fails at once, open streams close at the next keepalive.
        m_relay->setKeepaliveInterval(200ms);
        QTRY_VERIFY(bobStream.keepalives() > 0 || (bobStream.events(), bobStream.keepalives() > 0));
        QVERIFY(m_agents->remove(u"bob"_s));
        QCOMPARE(get("/v1/conversations", m_bob).status, 401);
        QVERIFY(bobStream.waitClosed(3000));
        QCOMPARE(m_relay->consoleCount(), 0);
    }

    void presenceFansOutAndTypingExpires()
    {
        m_relay->presence().setTypingExpiry(300ms);
        SseClient alice;
        QVERIFY(alice.open(m_relay->port(), m_alice));
        SseClient bob;
        QVERIFY(bob.open(m_relay->port(), m_bob));
        QTRY_COMPARE(m_relay->consoleCount(), 2);

        QCOMPARE(presence(m_alice, u"app1"_s, u"u1"_s, u"viewing"_s), 204);
        auto seen = bob.waitFor(1, "presence");
        QCOMPARE(seen.size(), 1);
        QCOMPARE(seen.first().json(), (QJsonObject{{u"appId"_s, u"app1"_s},
                                                   {u"userId"_s, u"u1"_s},
                                                   {u"agent"_s, u"alice"_s},
                                                   {u"state"_s, u"viewing"_s}}));
        QCOMPARE(seen.first().id, "0");
        QCOMPARE(alice.waitFor(1, "presence").size(), 1); // the sender's consoles hear it too

        QCOMPARE(presence(m_alice, u"app1"_s, u"u1"_s, u"typing"_s), 204);
        seen = bob.waitFor(3, "presence", 3000);
        QCOMPARE(seen.size(), 3);
        QCOMPARE(seen.at(1).json().value(u"state"_s).toString(), u"typing"_s);
        QCOMPARE(seen.at(2).json().value(u"state"_s).toString(), u"viewing"_s); // expired

        // Presence in another app does not reach bob.
        QCOMPARE(presence(m_alice, u"app2"_s, u"u9"_s, u"viewing"_s), 204);
        QCOMPARE(alice.waitFor(4, "presence").size(), 4);

        // A console that connects now learns who is where; alice's last stream closes: left.
        SseClient late;
        QVERIFY(late.open(m_relay->port(), m_bob));
        const auto current = late.waitFor(1, "presence");
        QCOMPARE(current.size(), 1);
        QCOMPARE(current.first().json().value(u"state"_s).toString(), u"viewing"_s);
        alice.socket().abort();
        seen = bob.waitFor(4, "presence");
        QCOMPARE(seen.size(), 4);
        QCOMPARE(seen.at(3).json().value(u"agent"_s).toString(), u"alice"_s);
        QCOMPARE(seen.at(3).json().value(u"state"_s).toString(), u"left"_s);
        QCOMPARE(m_relay->presence().current().size(), 0);
    }

    // Presence after an event carries the event's id, so it never moves a resume point.
    void presenceCarriesTheStreamsPosition()
    {
        SseClient bob;
        QVERIFY(bob.open(m_relay->port(), m_bob));
        QTRY_COMPARE(m_relay->consoleCount(), 1);
        QCOMPARE(deliver("app1", delivery(u"app1"_s, u"u1"_s, u"m1"_s)), 200);
        QCOMPARE(bob.waitFor(1, "webhook").size(), 1);
        QCOMPARE(deliver("app2", delivery(u"app2"_s, u"u1"_s, u"m2"_s)), 200); // not bob's
        QCOMPARE(presence(m_alice, u"app1"_s, u"u1"_s, u"viewing"_s), 204);
        const auto seen = bob.waitFor(1, "presence");
        QCOMPARE(seen.size(), 1);
        QVERIFY(seen.first().id == "1" || seen.first().id == "2");
    }

    // Two relays on one PostgreSQL server: a console on either gets the deliveries and the
    // presence posted to the other.
    void twoInstancesOnPostgres()
    {
        if (const QString reason = PostgresFixture::unavailableReason(); !reason.isEmpty())
            QSKIP(qPrintable(u"no PostgreSQL here: "_s + reason));
        PostgresFixture server;
        QString error;
        QVERIFY2(server.start(&error), qPrintable(error));
        auto logA = EventLog::openPostgres(server.conninfo(), &error);
        auto logB = EventLog::openPostgres(server.conninfo(), &error);
        auto agentsA = AgentStore::openPostgres(server.conninfo(), &error);
        auto agentsB = AgentStore::openPostgres(server.conninfo(), &error);
        QVERIFY2(logA && logB && agentsA && agentsB, qPrintable(error));
        const QByteArray carol = agentsA->add(u"carol"_s, {}).toLatin1();
        const QByteArray dave = agentsA->add(u"dave"_s, {}).toLatin1();
        RelayServer a(*logA, *agentsA);
        RelayServer b(*logB, *agentsB);
        for (RelayServer *relay : {&a, &b}) {
            relay->setWebhookSecrets({{u"app1"_s, "secret-1"}});
            QVERIFY(relay->listen());
        }
        SseClient onB;
        QVERIFY(onB.open(b.port(), carol, "0"));
        QCOMPARE(onB.status(), 200);
        QTRY_COMPARE(b.consoleCount(), 1);
        RawHttpClient sender;
        QVERIFY(sender.connectTo(a.port()));
        const QByteArray body = delivery(u"app1"_s, u"u1"_s, u"pg1"_s);
        sender.send(request("POST", "/webhooks/app1", {"X-API-Key: secret-1"}, body));
        QCOMPARE(sender.response().status, 200);
        QCOMPARE(messageIds(onB.waitFor(1, "webhook")), QStringList{u"pg1"_s});

        RawHttpClient reporter;
        QVERIFY(reporter.connectTo(a.port()));
        reporter.send(request("POST", "/v1/presence", {"Authorization: Bearer " + dave},
                              R"({"appId":"app1","userId":"u1","state":"viewing"})"));
        QCOMPARE(reporter.response().status, 204);
        const auto seen = onB.waitFor(1, "presence");
        QCOMPARE(seen.size(), 1);
        QCOMPARE(seen.first().json().value(u"agent"_s).toString(), u"dave"_s);
        QCOMPARE(seen.first().id, "1");
    }

    // The board alone: one change, one signal; typing lapses into viewing; a gone agent leaves.
    void presenceBoardAlone()
    {
        PresenceBoard board;
        board.setTypingExpiry(200ms);
        QSignalSpy changed(&board, &PresenceBoard::changed);
        using State = PresenceBoard::State;
        board.report(u"bob"_s, u"app1"_s, u"u1"_s, State::Viewing);
        board.report(u"bob"_s, u"app1"_s, u"u1"_s, State::Viewing);
        QCOMPARE(changed.count(), 1);
        board.report(u"bob"_s, u"app1"_s, u"u1"_s, State::Typing);
        QTest::qWait(120);
        board.report(u"bob"_s, u"app1"_s, u"u1"_s, State::Typing); // repeated: lasts longer
        QTest::qWait(120);
        QCOMPARE(board.current().first().state, State::Typing);
        QTRY_COMPARE(board.current().first().state, State::Viewing);
        QCOMPARE(changed.count(), 3);
        board.report(u"bob"_s, u"app1"_s, u"u2"_s, State::Viewing);
        board.report(u"ann"_s, u"app1"_s, u"u2"_s, State::Viewing);
        board.report(u"ann"_s, u"app1"_s, u"u3"_s, State::Left); // was not there: nothing
        QCOMPARE(changed.count(), 5);
        board.agentGone(u"bob"_s);
        QCOMPARE(changed.count(), 7);
        QCOMPARE(changed.last().at(0).value<PresenceBoard::Entry>().state, State::Left);
        QCOMPARE(board.current(),
                 (QList<PresenceBoard::Entry>{{u"app1"_s, u"u2"_s, u"ann"_s, State::Viewing}}));
        QCOMPARE(PresenceBoard::stateFromName(u"typing"_s), State::Typing);
        QVERIFY(!PresenceBoard::stateFromName(u"Typing"_s));
    }

    void slowAndHalfRequestsAreBounded()
    {
        HttpFront::Limits limits = m_relay->limits();
        limits.headerTimeout = 300ms;
        limits.idleTimeout = 300ms;
        m_relay->setLimits(limits);
        RawHttpClient half;
        QVERIFY(half.connectTo(m_relay->port()));
        half.send("POST /webhooks/app1 HTTP/1.1\r\nX-API-Key: secret-1\r\n");
        QCOMPARE(half.response().status, 408);
        QVERIFY(half.waitClosed());
        RawHttpClient halfBody;
        QVERIFY(halfBody.connectTo(m_relay->port()));
        halfBody.send("POST /webhooks/app1 HTTP/1.1\r\nX-API-Key: secret-1\r\n"
                      "Content-Length: 100\r\n\r\n{\"trigger\"");
        QCOMPARE(halfBody.response().status, 408);
        QVERIFY(halfBody.waitClosed());
        QCOMPARE(m_log->lastId(), 0);
        // A stream is no idle connection.
        SseClient console;
        QVERIFY(console.open(m_relay->port(), m_alice));
        QTest::qWait(600);
        QCOMPARE(deliver("app1", delivery(u"app1"_s, u"u1"_s, u"m1"_s)), 200);
        QCOMPARE(console.waitFor(1, "webhook").size(), 1);
    }
};

QTEST_GUILESS_MAIN(TestRelay)
#include "tst_relay.moc"
