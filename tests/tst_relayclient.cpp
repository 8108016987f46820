#include "session/relayclient.h"
#include "storage/localstore.h"

// The real relay, once its server side is in the tree (tests/CMakeLists.txt defines this then).
#include "conversation/conversationpane.h"
#include "conversation/messagelistmodel.h"
#include "inbox/inboxmodel.h"
#include "relay/agentstore.h"
#include "relay/eventlog.h"
#include "relay/relayserver.h"
#include "sandboxfixture.h"
#include "uitestutil.h"
#include "window/mainwindow.h"

#include <QAbstractItemModelTester>
#include <QLabel>
#include <QStandardPaths>

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkReply>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTest>

using namespace std::chrono_literals;
using namespace Qt::StringLiterals;

namespace {

QByteArray delivery(const QString &appId, const QString &messageId, const QString &text,
                    const QString &user = u"u1"_s)
{
    const QJsonObject message{
        {"_id"_L1, messageId},        {"type"_L1, "text"_L1},           {"text"_L1, text},
        {"role"_L1, "appUser"_L1},    {"authorId"_L1, u"sm_"_s + user}, {"name"_L1, "Carol"_L1},
        {"received"_L1, 1700000000.5}};
    const QJsonObject payload{
        {"trigger"_L1, "message:appUser"_L1},
        {"version"_L1, "v1.1"_L1},
        {"app"_L1, QJsonObject{{"_id"_L1, appId}}},
        {"appUser"_L1, QJsonObject{{"_id"_L1, u"sm_"_s + user}, {"userId"_L1, user}}},
        {"messages"_L1, QJsonArray{message}}};
    return QJsonDocument(QJsonObject{{"appId"_L1, appId}, {"payload"_L1, payload}})
        .toJson(QJsonDocument::Compact);
}

QByteArray sse(const QByteArray &id, const QByteArray &type, const QByteArray &data)
{
    QByteArray out;
    if (!id.isEmpty())
        out += "id: " + id + "\n";
    out += "event: " + type + "\ndata: " + data + "\n\n";
    return out;
}

/*!
 * A misbehaving relay on 127.0.0.1: it answers each request with whatever the test scripts,
 * including what the real relay never sends (cut streams, endless lines, silence, wrong
 * statuses). Tests against the real RelayServer cover the well-behaved peer; this one is only
 * for the parser, resume, backoff and hostile-input cases, which need a peer that misbehaves.
 */
class HostileRelay : public QObject
{
    Q_OBJECT

public:
    struct Request
    {
        QByteArray method;
        QByteArray path;
        QHash<QByteArray, QByteArray> headers; // lower-case names
        QByteArray body;
    };
    //! Answers one request on \a socket; the socket closes when the script says so.
    using Script = std::function<void(const Request &, QTcpSocket *)>;

    HostileRelay()
    {
        QVERIFY(m_server.listen(QHostAddress::LocalHost, 0));
        connect(&m_server, &QTcpServer::newConnection, this, [this] {
            while (QTcpSocket *socket = m_server.nextPendingConnection()) {
                connect(socket, &QTcpSocket::readyRead, this, [this, socket] { read(socket); });
                connect(socket, &QTcpSocket::disconnected, socket, &QObject::deleteLater);
            }
        });
    }

    QUrl url() const { return QUrl(u"http://127.0.0.1:%1"_s.arg(m_server.serverPort())); }
    QList<Request> requests;
    Script events = [](const Request &, QTcpSocket *s) { s->write(streamHead()); };
    Script snapshot = [](const Request &, QTcpSocket *s) {
        const QByteArray body = R"({"agent":"alice","apps":["app1"],"lastEventId":7,
            "conversations":[{"appId":"app1","userId":"u1","smoochId":"sm1","name":"Carol",
            "lastMessage":{"_id":"m0","type":"text","text":"earlier","role":"appUser",
            "authorId":"sm1","name":"Carol","received":1700000000.0},
            "lastActivity":1700000000.0,"unreadCount":2},
            {"appId":"other","userId":"x","lastActivity":1.0,"unreadCount":1}]})";
        s->write("HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: " +
                 QByteArray::number(body.size()) + "\r\n\r\n" + body);
    };
    Script presence = [](const Request &, QTcpSocket *s) {
        s->write("HTTP/1.1 204 No Content\r\n\r\n");
    };

    static QByteArray streamHead()
    {
        return "HTTP/1.1 200 OK\r\nContent-Type: text/event-stream\r\nCache-Control: no-store\r\n"
               "Connection: close\r\n\r\n";
    }
    QList<Request> streams() const
    {
        QList<Request> out;
        for (const Request &r : requests) {
            if (r.path.startsWith("/v1/events"))
                out.append(r);
        }
        return out;
    }

private:
    void read(QTcpSocket *socket)
    {
        m_buffers[socket] += socket->readAll();
        while (readOne(socket)) {
        }
    }

    bool readOne(QTcpSocket *socket)
    {
        QByteArray &buffer = m_buffers[socket];
        const qsizetype end = buffer.indexOf("\r\n\r\n");
        if (end < 0)
            return false;
        Request r;
        const QList<QByteArray> lines = buffer.left(end).split('\n');
        const QList<QByteArray> first = lines.value(0).trimmed().split(' ');
        r.method = first.value(0);
        r.path = first.value(1);
        qsizetype length = 0;
        for (qsizetype i = 1; i < lines.size(); ++i) {
            const qsizetype colon = lines[i].indexOf(':');
            if (colon > 0)
                r.headers.insert(lines[i].left(colon).trimmed().toLower(),
                                 lines[i].mid(colon + 1).trimmed());
        }
        length = r.headers.value("content-length").toLongLong();
        if (buffer.size() < end + 4 + length)
            return false;
        r.body = buffer.mid(end + 4, length);
        buffer.remove(0, end + 4 + length);
        requests.append(r);
        if (r.path.startsWith("/v1/events"))
            events(r, socket);
        else if (r.path.startsWith("/v1/conversations"))
            snapshot(r, socket);
        else
            presence(r, socket);
        return true;
    }

    QTcpServer m_server;
    QHash<QTcpSocket *, QByteArray> m_buffers;
};

// Against the real RelayServer (SQLite log) on loopback: what the well-behaved peer does.
struct RealRelay
{
    QTemporaryDir dir;
    std::unique_ptr<EventLog> log;
    std::unique_ptr<AgentStore> agents;
    std::unique_ptr<RelayServer> server;
    QByteArray alice;
    QByteArray bob;
    quint16 port = 0;
    QString app = u"app1"_s;

    bool start()
    {
        QString error;
        const QString file = dir.filePath(u"relay.sqlite"_s);
        log = EventLog::openSqlite(file, &error);
        agents = AgentStore::openSqlite(file, &error);
        if (!log || !agents)
            return false;
        alice = agents->add(u"alice"_s, {app}).toLatin1();
        bob = agents->add(u"bob"_s, {}).toLatin1();
        return listen(0);
    }
    bool listen(quint16 at)
    {
        server = std::make_unique<RelayServer>(*log, *agents);
        server->setWebhookSecrets({{app, "secret-1"}});
        if (!server->listen(QHostAddress::LocalHost, at))
            return false;
        port = server->port();
        return true;
    }
    QUrl url() const { return QUrl(u"http://127.0.0.1:%1"_s.arg(port)); }
    /*! Stores a delivery as Smooch would post it; the status of the answer. */
    int deliver(const QString &messageId, const QString &text, const QString &user = u"u1"_s)
    {
        QNetworkAccessManager network;
        QNetworkRequest request(QUrl(url().toString() + u"/webhooks/"_s + app));
        request.setRawHeader("X-API-Key", "secret-1");
        request.setHeader(QNetworkRequest::ContentTypeHeader, "application/json"_ba);
        const QJsonObject envelope =
            QJsonDocument::fromJson(delivery(app, messageId, text, user)).object();
        QNetworkReply *reply =
            network.post(request, QJsonDocument(envelope.value("payload"_L1).toObject()).toJson());
        QSignalSpy done(reply, &QNetworkReply::finished);
        done.wait(5000);
        const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        delete reply;
        return status;
    }
};

} // namespace

/*!
 * RelayClient's promises without the real relay: the SSE parser as the spec reads a stream
 * (whatever the chunking), resume with Last-Event-ID, backoff, the bounds on what a peer can
 * make it hold, and a refused token that stops every attempt.
 */
class TestRelayClient : public QObject
{
    Q_OBJECT

private:
    static QList<SseParser::Event> parseAll(const QByteArray &stream, qsizetype split = -1)
    {
        SseParser parser;
        QList<SseParser::Event> events;
        const auto keep = [&](const SseParser::Event &e) { events.append(e); };
        if (split < 0) {
            parser.feed(stream, keep);
        } else {
            parser.feed(QByteArrayView(stream).first(split), keep);
            parser.feed(QByteArrayView(stream).sliced(split), keep);
        }
        return events;
    }

    std::unique_ptr<RelayClient> client(HostileRelay &relay)
    {
        auto c = std::make_unique<RelayClient>(relay.url(), "srt_secret-token", u"app1"_s);
        c->setBackoff(50ms, 400ms);
        return c;
    }

private Q_SLOTS:
    void initTestCase() { qRegisterMetaType<WebhookEvent>(); }

    void parserReadsTheSpec()
    {
        // CRLF, LF and lone CR line ends, a comment, multi-line data, a field without a colon,
        // an event without data (not dispatched), retry, an unknown field.
        const QByteArray stream = "retry: 2500\r\n"
                                  ": keepalive\r\n"
                                  "\r\n"
                                  "id: 1\r\nevent: webhook\r\ndata: {\"a\":1}\r\n\r\n"
                                  "id: 2\nevent: presence\ndata: line one\ndata:line two\n\n"
                                  "event: nothing\r\r"
                                  "id: 3\rdata\rfoo: bar\r\r"
                                  "data: no id\n\n";
        const QList<SseParser::Event> whole = parseAll(stream);
        QCOMPARE(whole.size(), 4);
        QCOMPARE(whole[0].id, "1"_ba);
        QCOMPARE(whole[0].type, "webhook"_ba);
        QCOMPARE(whole[0].data, "{\"a\":1}"_ba);
        QCOMPARE(whole[1].type, "presence"_ba);
        QCOMPARE(whole[1].data, "line one\nline two"_ba);
        QCOMPARE(whole[2].id, "3"_ba);
        QCOMPARE(whole[2].type, "message"_ba);
        QCOMPARE(whole[2].data, QByteArray());
        QCOMPARE(whole[3].id, "3"_ba); // no id: the resume point stays
        QCOMPARE(whole[3].data, "no id"_ba);
        SseParser parser;
        parser.feed(stream, [](const SseParser::Event &) {});
        QCOMPARE(parser.retry(), std::optional<qint64>(2500));

        // Split at every byte boundary (CRLF halves included), and byte by byte.
        for (qsizetype split = 0; split <= stream.size(); ++split) {
            const QList<SseParser::Event> parts = parseAll(stream, split);
            QCOMPARE(parts.size(), whole.size());
            for (qsizetype i = 0; i < parts.size(); ++i) {
                QCOMPARE(parts[i].id, whole[i].id);
                QCOMPARE(parts[i].type, whole[i].type);
                QCOMPARE(parts[i].data, whole[i].data);
            }
        }
        SseParser bytes;
        QList<SseParser::Event> one;
        for (char c : stream)
            bytes.feed(QByteArrayView(&c, 1), [&](const SseParser::Event &e) { one.append(e); });
        QCOMPARE(one.size(), whole.size());
        QCOMPARE(one[1].data, whole[1].data);
    }

    void parserBoundsWhatItHolds()
    {
        SseParser parser(1024);
        int dispatched = 0;
        const auto count = [&](const SseParser::Event &) { ++dispatched; };
        QVERIFY(parser.feed("data: short\n\n", count));
        QCOMPARE(dispatched, 1);
        // A line that never ends: refused once past the bound, whatever the chunks.
        bool ok = true;
        for (int i = 0; i < 100 && ok; ++i)
            ok = parser.feed(QByteArray(100, 'x'), count);
        QVERIFY(!ok);
        QVERIFY(!parser.feed("\n\n", count)); // stays failed
        // Many short data lines of one event: the event is bounded too.
        SseParser lines(1024);
        ok = true;
        for (int i = 0; i < 100 && ok; ++i)
            ok = lines.feed("data: 0123456789abcdef\n", count);
        QVERIFY(!ok);
        QCOMPARE(dispatched, 1);
    }

    void snapshotThenStream()
    {
        HostileRelay relay;
        relay.events = [](const HostileRelay::Request &, QTcpSocket *s) {
            s->write(HostileRelay::streamHead());
            s->write("retry: 50\n\n");
            s->write(sse("8", "webhook", delivery(u"app1"_s, u"m1"_s, u"hello"_s)));
            s->write(sse("9", "webhook", delivery(u"other"_s, u"m2"_s, u"not ours"_s)));
            s->write(sse("9", "future-kind", "{}"));
            s->write(sse("9", "presence",
                         R"({"appId":"app1","userId":"u1","agent":"bob","state":"typing"})"));
            s->write(sse("9", "presence",
                         R"({"appId":"app1","userId":"u1","agent":"alice","state":"viewing"})"));
            s->write(sse("9", "presence",
                         R"({"appId":"other","userId":"u1","agent":"bob","state":"viewing"})"));
        };
        auto c = client(relay);
        QSignalSpy snapshot(c.get(), &RelayClient::snapshotReceived);
        QSignalSpy events(c.get(), &RelayClient::eventReceived);
        QSignalSpy presence(c.get(), &RelayClient::presenceChanged);
        QSignalSpy streaming(c.get(), &RelayClient::streamingChanged);
        c->start();
        QVERIFY(snapshot.wait(5000));
        const auto conversations =
            snapshot.first().first().value<QList<RelayClient::Conversation>>();
        QCOMPARE(conversations.size(), 1); // the other app's is not ours
        QCOMPARE(conversations[0].userId, u"u1"_s);
        QCOMPARE(conversations[0].name, u"Carol"_s);
        QCOMPARE(conversations[0].unreadCount, 2);
        QVERIFY(conversations[0].lastMessage);
        QCOMPARE(conversations[0].lastMessage->text, u"earlier"_s);
        QCOMPARE(c->agent(), u"alice"_s);
        QTRY_COMPARE_WITH_TIMEOUT(presence.size(), 1, 5000);
        QCOMPARE(events.size(), 1);
        const auto event = events.first().first().value<WebhookEvent>();
        QCOMPARE(event.user(), u"u1"_s);
        QCOMPARE(event.messages.value(0).text, u"hello"_s);
        QCOMPARE(presence.first().at(0).toString(), u"u1"_s);
        QCOMPARE(presence.first().at(1).toString(), u"bob"_s);
        QCOMPARE(presence.first().at(2).toString(), u"typing"_s);
        QVERIFY(c->isStreaming());
        QCOMPARE(streaming.first().first().toBool(), true);
        // The first stream started where the snapshot was taken, with the token.
        const auto first = relay.streams().first();
        QCOMPARE(first.headers.value("last-event-id"), "7"_ba);
        QCOMPARE(first.headers.value("authorization"), "Bearer srt_secret-token"_ba);
        QCOMPARE(c->lastEventId(), u"9"_s);
    }

    void resumesWithTheLastId()
    {
        HostileRelay relay;
        int connection = 0;
        relay.events = [&](const HostileRelay::Request &, QTcpSocket *s) {
            ++connection;
            s->write(HostileRelay::streamHead());
            if (connection == 1) {
                s->write(sse("41", "webhook", delivery(u"app1"_s, u"m1"_s, u"one"_s)));
                s->write(sse("42", "webhook", delivery(u"app1"_s, u"m2"_s, u"two"_s)));
                // Cut in the middle of an event: it is not dispatched, the id is not taken.
                s->write("id: 43\nevent: webhook\ndata: {\"appId\"");
            } else if (connection == 2) {
                // Events without an id leave the resume point where it was.
                s->write("event: webhook\ndata: " + delivery(u"app1"_s, u"m3"_s, u"x"_s) + "\n\n");
            }
            s->disconnectFromHost();
        };
        auto c = client(relay);
        QSignalSpy events(c.get(), &RelayClient::eventReceived);
        QSignalSpy streaming(c.get(), &RelayClient::streamingChanged);
        c->start();
        QTRY_VERIFY_WITH_TIMEOUT(relay.streams().size() >= 3, 10000);
        const auto streams = relay.streams();
        QCOMPARE(streams[1].headers.value("last-event-id"), "42"_ba);
        QCOMPARE(streams[2].headers.value("last-event-id"), "42"_ba);
        QCOMPARE(events.size(), 3);
        // It said when it dropped, and why.
        bool dropped = false;
        for (const auto &args : streaming)
            dropped = dropped || (!args.at(0).toBool() && !args.at(1).toString().isEmpty());
        QVERIFY(dropped);
    }

    void backoffDoublesUpToTheCap()
    {
        HostileRelay relay;
        relay.events = [](const HostileRelay::Request &, QTcpSocket *s) {
            s->write("HTTP/1.1 503 Service Unavailable\r\nContent-Length: 0\r\n\r\n");
        };
        auto c = client(relay);
        c->start();
        QTRY_VERIFY_WITH_TIMEOUT(relay.streams().size() >= 5, 10000);
        QCOMPARE(c->nextDelay(), 400ms); // 50, 100, 200, 400, 400...
        QVERIFY(!c->isStreaming());
        QVERIFY(!c->isRefused());
        // A stream that comes up starts the backoff afresh.
        relay.events = [](const HostileRelay::Request &, QTcpSocket *s) {
            s->write(HostileRelay::streamHead());
            s->write(": hello\n\n");
        };
        QTRY_VERIFY_WITH_TIMEOUT(c->isStreaming(), 5000);
        QCOMPARE(c->nextDelay(), 50ms);
    }

    void refusedTokenStops()
    {
        HostileRelay relay;
        relay.snapshot = [](const HostileRelay::Request &, QTcpSocket *s) {
            s->write("HTTP/1.1 401 Unauthorized\r\nWWW-Authenticate: Bearer\r\n"
                     "Content-Length: 0\r\n\r\n");
        };
        relay.events = relay.snapshot;
        auto c = client(relay);
        QSignalSpy streaming(c.get(), &RelayClient::streamingChanged);
        c->start();
        QTRY_VERIFY_WITH_TIMEOUT(c->isRefused(), 5000);
        QCOMPARE(streaming.size(), 1);
        QVERIFY(streaming.first().at(1).toString().contains("token"_L1));
        QTest::qWait(500); // several backoffs long: nothing more is tried
        QCOMPARE(relay.requests.size(), 1);
        c->reportPresence(u"u1"_s, RelayClient::Presence::Viewing);
        QTest::qWait(100);
        QCOMPARE(relay.requests.size(), 1);

        // A refusal on the stream itself stops too.
        HostileRelay second;
        second.events = relay.snapshot;
        auto d = client(second);
        d->start();
        QTRY_VERIFY_WITH_TIMEOUT(d->isRefused(), 5000);
        QTest::qWait(500);
        QCOMPARE(second.streams().size(), 1);
    }

    void silenceCountsAsADrop()
    {
        HostileRelay relay;
        relay.events = [](const HostileRelay::Request &, QTcpSocket *s) {
            s->write(HostileRelay::streamHead());
            s->write(": keepalive\n\n"); // then nothing, connection kept open
        };
        auto c = client(relay);
        c->setSilenceTimeout(300ms);
        QSignalSpy streaming(c.get(), &RelayClient::streamingChanged);
        c->start();
        QTRY_VERIFY_WITH_TIMEOUT(relay.streams().size() >= 2, 5000);
        QVERIFY(streaming.size() >= 2);
        QCOMPARE(streaming.at(1).at(0).toBool(), false);
    }

    void oversizedLineIsCut()
    {
        HostileRelay relay;
        int connection = 0;
        relay.events = [&](const HostileRelay::Request &, QTcpSocket *s) {
            s->write(HostileRelay::streamHead());
            if (++connection == 1) {
                s->write(sse("5", "webhook", delivery(u"app1"_s, u"m1"_s, u"fine"_s)));
                s->write("data: " + QByteArray(64 * 1024, 'x')); // and on, never a newline
                s->write(QByteArray(64 * 1024, 'y'));
            }
        };
        auto c = client(relay);
        c->setMaxLine(16 * 1024);
        QSignalSpy events(c.get(), &RelayClient::eventReceived);
        c->start();
        QTRY_VERIFY_WITH_TIMEOUT(relay.streams().size() >= 2, 5000);
        QCOMPARE(events.size(), 1);
        QCOMPARE(relay.streams().at(1).headers.value("last-event-id"), "5"_ba);
    }

    void lastIdSurvivesARestart()
    {
        QTemporaryDir dir;
        HostileRelay relay;
        relay.events = [](const HostileRelay::Request &, QTcpSocket *s) {
            s->write(HostileRelay::streamHead());
            s->write(sse("77", "webhook", delivery(u"app1"_s, u"m1"_s, u"kept"_s)));
        };
        {
            LocalStore store(dir.filePath(u"console.sqlite"_s));
            auto c = client(relay);
            c->setStore(&store);
            QSignalSpy events(c.get(), &RelayClient::eventReceived);
            c->start();
            QVERIFY(events.wait(5000));
        } // written when the client goes, if the moment after the event has not come yet
        LocalStore store(dir.filePath(u"console.sqlite"_s));
        auto c = client(relay);
        c->setStore(&store);
        QCOMPARE(c->lastEventId(), u"77"_s);
        const qsizetype before = relay.streams().size();
        c->start();
        QTRY_VERIFY_WITH_TIMEOUT(relay.streams().size() > before, 5000);
        QCOMPARE(relay.streams().last().headers.value("last-event-id"), "77"_ba);
    }

    void presenceIsThrottledAndLeft()
    {
        HostileRelay relay;
        auto c = client(relay);
        c->setTypingInterval(300ms);
        c->reportPresence(u"u1"_s, RelayClient::Presence::Viewing);
        for (int i = 0; i < 5; ++i)
            c->reportPresence(u"u1"_s, RelayClient::Presence::Typing);
        const auto posts = [&]() -> QStringList {
            QStringList states;
            for (const auto &r : relay.requests) {
                if (r.path == "/v1/presence") {
                    const QJsonObject o = QJsonDocument::fromJson(r.body).object();
                    states << o.value("appId"_L1).toString() + u'/' +
                                  o.value("userId"_L1).toString() + u':' +
                                  o.value("state"_L1).toString();
                }
            }
            return states;
        };
        QTRY_COMPARE_WITH_TIMEOUT(posts().size(), 2, 5000);
        QTest::qWait(350);
        c->reportPresence(u"u1"_s, RelayClient::Presence::Typing);
        // Viewing another conversation leaves the first; stopping leaves the second.
        c->reportPresence(u"u2"_s, RelayClient::Presence::Viewing);
        c->stop();
        QTRY_COMPARE_WITH_TIMEOUT(posts().size(), 6, 5000);
        // Posts go on parallel connections: their order on the wire is not theirs.
        QStringList seen = posts();
        seen.sort();
        QCOMPARE(seen,
                 QStringList({u"app1/u1:left"_s, u"app1/u1:typing"_s, u"app1/u1:typing"_s,
                              u"app1/u1:viewing"_s, u"app1/u2:left"_s, u"app1/u2:viewing"_s}));
        QTRY_VERIFY(c->isIdle());
        for (const auto &r : relay.requests)
            QCOMPARE(r.headers.value("authorization"), "Bearer srt_secret-token"_ba);
    }

    void realRelayStreamsSnapshotAndPresence()
    {
        RealRelay relay;
        QVERIFY(relay.start());
        QCOMPARE(relay.deliver(u"m1"_s, u"before"_s), 200);
        RelayClient alice(relay.url(), relay.alice, u"app1"_s);
        RelayClient bob(relay.url(), relay.bob, u"app1"_s);
        QSignalSpy snapshot(&alice, &RelayClient::snapshotReceived);
        QSignalSpy aliceEvents(&alice, &RelayClient::eventReceived);
        QSignalSpy bobPresence(&bob, &RelayClient::presenceChanged);
        QSignalSpy alicePresence(&alice, &RelayClient::presenceChanged);
        alice.start();
        bob.start();
        QVERIFY(snapshot.wait(5000));
        const auto conversations =
            snapshot.first().first().value<QList<RelayClient::Conversation>>();
        QCOMPARE(conversations.size(), 1);
        QCOMPARE(conversations.first().userId, u"u1"_s);
        QTRY_VERIFY_WITH_TIMEOUT(alice.isStreaming() && bob.isStreaming(), 5000);
        QCOMPARE(aliceEvents.size(), 0); // the snapshot had it: the stream starts after it
        QCOMPARE(relay.deliver(u"m2"_s, u"live"_s), 200);
        QTRY_COMPARE_WITH_TIMEOUT(aliceEvents.size(), 1, 5000);
        QCOMPARE(aliceEvents.first().first().value<WebhookEvent>().messages.value(0).text,
                 u"live"_s);
        alice.reportPresence(u"u1"_s, RelayClient::Presence::Viewing);
        QTRY_VERIFY_WITH_TIMEOUT(!bobPresence.isEmpty(), 5000);
        QCOMPARE(bobPresence.last().at(1).toString(), u"alice"_s);
        QCOMPARE(bobPresence.last().at(2).toString(), u"viewing"_s);
        QTest::qWait(200);
        QVERIFY(alicePresence.isEmpty()); // its own
        alice.stop();
        QTRY_VERIFY_WITH_TIMEOUT(bobPresence.last().at(2).toString() == u"left"_s, 5000);
    }

    void realRelayResumesAfterARestartExactlyOnce()
    {
        RealRelay relay;
        QVERIFY(relay.start());
        RelayClient alice(relay.url(), relay.alice, u"app1"_s);
        alice.setBackoff(50ms, 200ms);
        QSignalSpy events(&alice, &RelayClient::eventReceived);
        alice.start();
        QTRY_VERIFY_WITH_TIMEOUT(alice.isStreaming(), 5000);
        QCOMPARE(relay.deliver(u"m1"_s, u"one"_s), 200);
        QTRY_COMPARE_WITH_TIMEOUT(events.size(), 1, 5000);
        // The relay goes; deliveries are stored meanwhile (by the next instance's log).
        const quint16 port = relay.port;
        relay.server.reset();
        QTRY_VERIFY_WITH_TIMEOUT(!alice.isStreaming(), 5000);
        QVERIFY(relay.listen(port));
        for (int i = 2; i <= 5; ++i)
            QCOMPARE(relay.deliver(u"m%1"_s.arg(i), u"n%1"_s.arg(i)), 200);
        QTRY_COMPARE_WITH_TIMEOUT(events.size(), 5, 10000);
        QTest::qWait(300);
        QCOMPARE(events.size(), 5);
        QStringList texts;
        for (const auto &args : events)
            texts << args.first().value<WebhookEvent>().messages.value(0).text;
        QCOMPARE(texts, QStringList({u"one"_s, u"n2"_s, u"n3"_s, u"n4"_s, u"n5"_s}));
    }

    void realRelayRefusesABadTokenAndKeepsAppsApart()
    {
        RealRelay relay;
        QVERIFY(relay.start());
        RelayClient mallory(relay.url(), "srt_not-a-token", u"app1"_s);
        mallory.start();
        QTRY_VERIFY_WITH_TIMEOUT(mallory.isRefused(), 5000);
        // Another app's events (a token that sees every app) never come out as this app's.
        RelayClient other(relay.url(), relay.bob, u"app2"_s);
        QSignalSpy otherEvents(&other, &RelayClient::eventReceived);
        other.start();
        QTRY_VERIFY_WITH_TIMEOUT(other.isStreaming(), 5000);
        QCOMPARE(relay.deliver(u"m9"_s, u"app1 only"_s), 200);
        QTest::qWait(300);
        QCOMPARE(otherEvents.size(), 0);
    }

    // The console with a relay: the inbox starts from the snapshot, the open conversation does not
    // poll while the stream is up, the window says when it dropped and when it is back, and
    // presence goes both ways.
    void realRelayDrivesTheWindow()
    {
        QStandardPaths::setTestModeEnabled(true);
        SandboxFixture sandbox;
        sandbox.seedHistory(u"alice"_s, 5);
        QTemporaryDir data;
        Profile profile = sandbox.profile(u"relay"_s);
        RealRelay relay;
        relay.app = profile.appId;
        QVERIFY(relay.start());
        QCOMPARE(relay.deliver(u"r1"_s, u"from the relay"_s, u"carol"_s), 200);
        profile.relayUrl = relay.url();
        MainWindow w(nullptr, nullptr);
        w.openSession(profile, sandbox.server().config().secret, {}, data.path(), relay.alice);
        w.show();
        QVERIFY(QTest::qWaitForWindowActive(&w));
        QAbstractItemModelTester tester(w.inboxModel(),
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        QTRY_VERIFY_WITH_TIMEOUT(w.controller()->isStreaming(), 5000);
        QVERIFY(w.controller()->hasLiveUpdates());
        QTRY_VERIFY_WITH_TIMEOUT(w.inboxModel()->rowOf(u"carol"_s) >= 0, 5000);
        const QModelIndex carol = w.inboxModel()->index(w.inboxModel()->rowOf(u"carol"_s));
        QCOMPARE(carol.data(InboxModel::PreviewRole).toString(), u"from the relay"_s);
        QCOMPARE(carol.data(InboxModel::UnreadRole).toInt(), 1);

        QVERIFY(UiTest::open(w, u"alice"_s));
        QCOMPARE(w.messageModel()->pollInterval(), 0ms);
        // Another agent views, then types; this console's viewing reaches them.
        RelayClient bob(relay.url(), relay.bob, profile.appId);
        QSignalSpy bobSees(&bob, &RelayClient::presenceChanged);
        bob.start();
        QTRY_VERIFY_WITH_TIMEOUT(bob.isStreaming(), 5000);
        bob.reportPresence(u"alice"_s, RelayClient::Presence::Typing);
        ConversationPane *pane = w.findChild<ConversationPane *>();
        QTRY_COMPARE_WITH_TIMEOUT(pane->presenceLabel()->text(), u"bob is replying"_s, 5000);
        QCOMPARE(pane->presenceLabel()->textFormat(), Qt::PlainText);
        const QModelIndex alice = w.inboxModel()->index(w.inboxModel()->rowOf(u"alice"_s));
        QCOMPARE(alice.data(InboxModel::PresenceRole).toString(), u"bob is replying"_s);
        QTRY_VERIFY_WITH_TIMEOUT(std::any_of(bobSees.begin(), bobSees.end(),
                                             [](const QList<QVariant> &args) {
                                                 return args.at(0).toString() == u"alice"_s &&
                                                        args.at(1).toString() == u"alice"_s &&
                                                        args.at(2).toString() == u"viewing"_s;
                                             }),
                                 5000);
        // A live delivery for the open conversation shows in it.
        QCOMPARE(relay.deliver(u"r2"_s, u"live from the relay"_s, u"alice"_s), 200);
        QTRY_VERIFY_WITH_TIMEOUT(w.messageModel()->rowOf(u"r2"_s) >= 0, 5000);

        // The relay goes: the window says so and the conversation polls; then it is back.
        const quint16 port = relay.port;
        relay.server.reset();
        QTRY_VERIFY_WITH_TIMEOUT(!w.relayBar()->text().isEmpty(), 5000);
        QVERIFY(w.relayBar()->isVisible());
        QVERIFY(w.messageModel()->pollInterval() > 0ms);
        QCOMPARE(pane->presenceLabel()->text(), QString()); // nobody is known to be there now
        QVERIFY(relay.listen(port));
        QTRY_VERIFY_WITH_TIMEOUT(w.controller()->isStreaming(), 10000);
        QVERIFY(w.relayBar()->text().isEmpty());
        QCOMPARE(w.messageModel()->pollInterval(), 0ms);
    }
};

QTEST_MAIN(TestRelayClient)
#include "tst_relayclient.moc"
