#include "rawhttpclient.h"
#include "sandboxfixture.h"
#include "session/webhookreceiver.h"

#include <QDir>
#include <QHttpServer>
#include <QHttpServerRequest>
#include <QHttpServerResponse>
#include <QJsonArray>
#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QScopeGuard>
#include <QSignalSpy>
#include <QTest>

#include <memory>
#include <sys/resource.h>

using namespace Qt::StringLiterals;
using namespace std::chrono_literals;

/*! The console's webhook receiver, alone and fed by the sandbox. */
class TestWebhooks : public QObject
{
    Q_OBJECT

private:
    QNetworkAccessManager network;

    int post(const QUrl &url, const QByteArray &key, const QByteArray &body)
    {
        QNetworkRequest request(url);
        request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArray("application/json"));
        if (!key.isNull())
            request.setRawHeader("X-API-Key", key);
        QNetworkReply *reply = network.post(request, body);
        QSignalSpy done(reply, &QNetworkReply::finished);
        if (!done.wait())
            return -1;
        reply->deleteLater();
        return reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    }

    static QByteArray example(const QString &name)
    {
        QFile file(QStringLiteral(TEST_DATA_DIR "/spec-examples/") + name);
        file.open(QIODevice::ReadOnly);
        return file.readAll();
    }

    static QByteArray headers(const QByteArray &key, const QByteArray &framing)
    {
        QByteArray bytes = "POST /webhook HTTP/1.1\r\nHost: 127.0.0.1\r\n"
                           "Content-Type: application/json\r\n";
        if (!key.isNull())
            bytes += "X-API-Key: " + key + "\r\n";
        return bytes + framing + "\r\n";
    }

private Q_SLOTS:
    void acceptsASignedDeliveryAndRefusesOthers()
    {
        WebhookReceiver receiver("hook-secret");
        QVERIFY(receiver.start());
        QCOMPARE(receiver.url().host(), u"127.0.0.1"_s);
        QSignalSpy events(&receiver, &WebhookReceiver::eventReceived);
        QSignalSpy rejected(&receiver, &WebhookReceiver::rejected);

        QCOMPARE(
            post(receiver.url(), "hook-secret", example(u"webhook-message-appuser-text.json"_s)),
            200);
        QCOMPARE(events.count(), 1);
        const auto event = events.first().at(0).value<WebhookEvent>();
        QCOMPARE(event.trigger, WebhookEvent::Trigger::MessageAppUser);
        QCOMPARE(event.user(), u"bob@example.com"_s);
        QCOMPARE(event.messages.first().text, u"Hi! Do you have time to chat?"_s);

        QCOMPARE(post(receiver.url(), "wrong", example(u"webhook-message-appuser-text.json"_s)),
                 401);
        QCOMPARE(
            post(receiver.url(), QByteArray(), example(u"webhook-message-appuser-text.json"_s)),
            401);
        QCOMPARE(
            post(receiver.url(), "hook-secre", example(u"webhook-message-appuser-text.json"_s)),
            401);
        QCOMPARE(post(receiver.url(), "hook-secret", "{not json"), 400);
        QCOMPARE(post(receiver.url(), "hook-secret", "[]"), 400);
        QCOMPARE(events.count(), 1);
        QCOMPARE(rejected.count(), 5);

        QCOMPARE(post(receiver.url(), "hook-secret", example(u"webhook-conversation-read.json"_s)),
                 200);
        QCOMPARE(events.last().at(0).value<WebhookEvent>().trigger,
                 WebhookEvent::Trigger::ConversationRead);
    }

    // Any web page in the agent's browser can post to 127.0.0.1: a refused request costs nothing.
    void refusesOnTheHeadersWithoutWaitingForTheBody()
    {
        WebhookReceiver receiver("hook-secret");
        QVERIFY(receiver.start());
        QSignalSpy rejected(&receiver, &WebhookReceiver::rejected);
        const struct
        {
            QByteArray key;
            int status;
        } cases[] = {{"wrong", 401}, {QByteArray(), 401}, {"hook-secret", 413}};
        for (const auto &c : cases) {
            RawHttpClient client;
            QVERIFY(client.connectTo(receiver.port()));
            // 400 MiB announced and none of it sent: the answer cannot have waited for the body.
            client.send(headers(c.key, "Content-Length: 419430400\r\n"));
            const auto response = client.response();
            QCOMPARE(response.status, c.status);
            QCOMPARE(response.header("Connection"), "close");
            // A client that sends the body anyway is not waited for either.
            client.send(QByteArray(256 * 1024, 'x'));
            QVERIFY(client.waitClosed());
        }
        QCOMPARE(rejected.count(), 2);
    }

    void cutsAStreamedBodyPastTheCap()
    {
        WebhookReceiver receiver("hook-secret");
        QVERIFY(receiver.start());
        QSignalSpy events(&receiver, &WebhookReceiver::eventReceived);
        RawHttpClient client;
        QVERIFY(client.connectTo(receiver.port()));
        client.send(headers("hook-secret", "Transfer-Encoding: chunked\r\n"));
        // 4 MiB in chunks of 64 KiB and no last chunk: only the cap can end this request.
        const QByteArray chunk =
            QByteArray::number(64 * 1024, 16) + "\r\n" + QByteArray(64 * 1024, ' ') + "\r\n";
        for (int i = 0; i < 64; ++i)
            client.send(chunk);
        const auto response = client.response();
        QCOMPARE(response.status, 413);
        QCOMPARE(response.header("Connection"), "close");
        QVERIFY(client.waitClosed());
        QCOMPARE(events.count(), 0);
    }

    // Half-sent requests must not take the descriptors that genuine deliveries need.
    void aGenuineDeliveryGetsThroughTwoHundredHalfSentRequests()
    {
        WebhookReceiver receiver("hook-secret");
        QVERIFY(receiver.start());
        QSignalSpy events(&receiver, &WebhookReceiver::eventReceived);

        // Room for the 200 clients and a few hundred more, as on a desktop with other work open.
        rlimit saved{};
        QCOMPARE(getrlimit(RLIMIT_NOFILE, &saved), 0);
        const auto open = rlim_t(QDir(u"/proc/self/fd"_s).count());
        rlimit lowered = saved;
        lowered.rlim_cur = qMin<rlim_t>(saved.rlim_cur, open + 300);
        QCOMPARE(setrlimit(RLIMIT_NOFILE, &lowered), 0);
        const auto restore = qScopeGuard([&] { setrlimit(RLIMIT_NOFILE, &saved); });

        std::vector<std::unique_ptr<RawHttpClient>> halfSent;
        for (int i = 0; i < 200; ++i) {
            auto client = std::make_unique<RawHttpClient>();
            QVERIFY(client->connectTo(receiver.port(), 10000));
            client->send("POST /webhook HTTP/1.1\r\nHost: 127.0.0.1\r\nX-API-K");
            halfSent.push_back(std::move(client));
        }
        QCOMPARE(
            post(receiver.url(), "hook-secret", example(u"webhook-message-appuser-text.json"_s)),
            200);
        QCOMPARE(events.count(), 1);
    }

    void idleConnectionsAreClosed()
    {
        WebhookReceiver receiver("hook-secret");
        HttpFront::Limits limits;
        QCOMPARE(limits.headerTimeout, 10s);
        QCOMPARE(limits.idleTimeout, 10s);
        limits.headerTimeout = 300ms;
        limits.idleTimeout = 300ms;
        receiver.setLimits(limits);
        QVERIFY(receiver.start());
        // Says nothing at all.
        RawHttpClient silent;
        QVERIFY(silent.connectTo(receiver.port()));
        // Sends half a request and stops: told why.
        RawHttpClient half;
        QVERIFY(half.connectTo(receiver.port()));
        half.send("POST /webhook HTTP/1.1\r\nHost: 127.0.0.1\r\n");
        // Sends the headers and half the body.
        RawHttpClient halfBody;
        QVERIFY(halfBody.connectTo(receiver.port()));
        halfBody.send(headers("hook-secret", "Content-Length: 100\r\n") + "{\"trigger\"");
        // Delivers once and keeps the connection.
        RawHttpClient kept;
        QVERIFY(kept.connectTo(receiver.port()));
        const QByteArray body = example(u"webhook-message-appuser-text.json"_s);
        kept.send(
            headers("hook-secret", "Content-Length: " + QByteArray::number(body.size()) + "\r\n") +
            body);
        QCOMPARE(kept.response().status, 200);

        QVERIFY(silent.waitClosed());
        QCOMPARE(half.response().status, 408);
        QVERIFY(half.waitClosed());
        QCOMPARE(halfBody.response().status, 408);
        QVERIFY(halfBody.waitClosed());
        QVERIFY(kept.waitClosed());
        QTRY_COMPARE(receiver.connectionCount(), 0);
    }

    void malformedRequestsAreRefused_data()
    {
        QTest::addColumn<QByteArray>("request");
        QTest::addColumn<int>("status");
        const QByteArray key = "X-API-Key: hook-secret\r\n";
        QTest::newRow("garbage") << QByteArray("\x16\x03\x01\x02\x05\x01\r\n\r\n") << 400;
        QTest::newRow("no version") << QByteArray("POST /webhook\r\n" + key + "\r\n") << 400;
        QTest::newRow("not http") << QByteArray("POST /webhook SPDY/3\r\n" + key + "\r\n") << 400;
        QTest::newRow("space in method") << QByteArray("PO ST /webhook HTTP/1.1\r\n\r\n") << 400;
        QTest::newRow("header without colon")
            << QByteArray("POST /webhook HTTP/1.1\r\n" + key + "Nonsense\r\n\r\n") << 400;
        QTest::newRow("space before colon")
            << QByteArray("POST /webhook HTTP/1.1\r\n" + key + "Content-Length : 2\r\n\r\n{}")
            << 400;
        QTest::newRow("folded header")
            << QByteArray("POST /webhook HTTP/1.1\r\n" + key + "X-A: 1\r\n  2\r\n\r\n") << 400;
        QTest::newRow("length not a number")
            << QByteArray("POST /webhook HTTP/1.1\r\n" + key + "Content-Length: 2x\r\n\r\n{}")
            << 400;
        QTest::newRow("two lengths")
            << QByteArray("POST /webhook HTTP/1.1\r\n" + key +
                          "Content-Length: 2\r\nContent-Length: 3\r\n\r\n{}")
            << 400;
        QTest::newRow("length and chunked")
            << QByteArray("POST /webhook HTTP/1.1\r\n" + key +
                          "Content-Length: 2\r\nTransfer-Encoding: chunked\r\n\r\n{}")
            << 400;
        QTest::newRow("bad chunk size")
            << QByteArray("POST /webhook HTTP/1.1\r\n" + key +
                          "Transfer-Encoding: chunked\r\n\r\nzz\r\n{}\r\n0\r\n\r\n")
            << 400;
        QTest::newRow("headers past the limit")
            << QByteArray("POST /webhook HTTP/1.1\r\n" + key +
                          "X-Long: " + QByteArray(64 * 1024, 'a') + "\r\n\r\n")
            << 431;
    }

    void malformedRequestsAreRefused()
    {
        QFETCH(QByteArray, request);
        QFETCH(int, status);
        WebhookReceiver receiver("hook-secret");
        QVERIFY(receiver.start());
        QSignalSpy events(&receiver, &WebhookReceiver::eventReceived);
        RawHttpClient client;
        QVERIFY(client.connectTo(receiver.port()));
        client.send(request);
        const auto response = client.response();
        QCOMPARE(response.status, status);
        QCOMPARE(response.header("Connection"), "close");
        QVERIFY(client.waitClosed());
        QCOMPARE(events.count(), 0);
    }

    void theSandboxSendsTheFourTriggers()
    {
        SandboxFixture sandbox;
        sandbox.seedHistory(u"alice"_s, 2);
        WebhookReceiver receiver("hook-secret");
        QVERIFY(receiver.start());
        sandbox.server().webhooks().configure(receiver.url(), "hook-secret");
        QSignalSpy events(&receiver, &WebhookReceiver::eventReceived);

        NewMessage fromUser;
        fromUser.role = u"appUser"_s;
        fromUser.type = u"text"_s;
        fromUser.text = u"hello?"_s;
        sandbox.server().createMessage(u"alice"_s, fromUser);
        sandbox.server().createMessage(u"alice"_s, NewMessage::appMakerText(u"hi!"_s));
        sandbox.server().simulateTyping(u"alice"_s, true);
        sandbox.server().simulateRead(u"alice"_s);
        QTRY_COMPARE(events.count(), 4);
        QList<WebhookEvent::Trigger> triggers;
        for (const auto &args : events) {
            const auto e = args.at(0).value<WebhookEvent>();
            triggers.append(e.trigger);
            QCOMPARE(e.user(), u"alice"_s);
        }
        QVERIFY(triggers.contains(WebhookEvent::Trigger::MessageAppUser));
        QVERIFY(triggers.contains(WebhookEvent::Trigger::MessageAppMaker));
        QVERIFY(triggers.contains(WebhookEvent::Trigger::TypingAppUser));
        QVERIFY(triggers.contains(WebhookEvent::Trigger::ConversationRead));
    }

    void theSandboxSendsBothShapesOfAppUser()
    {
        // What goes over the wire, as a receiver that keeps the bodies sees it.
        QHttpServer hook;
        QList<QJsonObject> bodies;
        hook.route(u"/hook"_s, [&bodies](const QHttpServerRequest &request) {
            bodies.append(QJsonDocument::fromJson(request.body()).object());
            return QHttpServerResponse(QHttpServerResponder::StatusCode::Ok);
        });
        const quint16 port = hook.listen(QHostAddress::LocalHost, 0);
        QVERIFY(port != 0);
        SandboxFixture sandbox;
        sandbox.seedHistory(u"alice"_s, 1);
        const auto priya = sandbox.store().ensureChannelUser({}, u"whatsapp"_s, u"Priya Shah"_s);
        sandbox.server().webhooks().configure(QUrl(u"http://127.0.0.1:%1/hook"_s.arg(port)), "k");
        QSignalSpy delivered(&sandbox.server().webhooks(), &SandboxWebhooks::delivered);
        NewMessage fromUser;
        fromUser.role = u"appUser"_s;
        fromUser.type = u"text"_s;
        fromUser.text = u"hello?"_s;
        sandbox.server().createMessage(u"alice"_s, fromUser);
        sandbox.server().createMessage(priya.smoochId, fromUser);
        QTRY_COMPARE(delivered.count(), 2);
        QCOMPARE(bodies.size(), 2);
        const auto appUserOf = [&](const QString &id) {
            for (const QJsonObject &body : std::as_const(bodies)) {
                if (body.value("appUser"_L1).toObject().value("_id"_L1).toString() == id)
                    return body;
            }
            return QJsonObject();
        };

        // A web user: by userId, with a web client; names it does not have are left out.
        const QJsonObject web = appUserOf(sandbox.store().findUser(u"alice"_s)->smoochId);
        QCOMPARE(web.value("appUser"_L1).toObject().value("userId"_L1).toString(), u"alice"_s);
        QCOMPARE(web.value("client"_L1).toObject().value("platform"_L1).toString(), u"web"_s);
        // A channel user: _id alone, no empty names, the name in the client.
        const QJsonObject channel = appUserOf(priya.smoochId);
        const QJsonObject user = channel.value("appUser"_L1).toObject();
        QVERIFY(!user.contains("userId"_L1));
        QVERIFY(!user.contains("givenName"_L1));
        QVERIFY(!user.contains("surname"_L1));
        const QJsonObject client = channel.value("client"_L1).toObject();
        QCOMPARE(client.value("platform"_L1).toString(), u"whatsapp"_s);
        QCOMPARE(client.value("displayName"_L1).toString(), u"Priya Shah"_s);
        const QJsonObject message = channel.value("messages"_L1).toArray().first().toObject();
        QCOMPARE(message.value("name"_L1).toString(), u"Priya Shah"_s);
        QCOMPARE(message.value("source"_L1).toObject().value("type"_L1).toString(), u"whatsapp"_s);

        // The console reads it as the service's: addressed by _id, named by the client.
        const auto event = WebhookEvent::fromJson(QJsonDocument(channel).toJson());
        QVERIFY(event);
        QCOMPARE(event->user(), priya.smoochId);
        QCOMPARE(event->displayName, u"Priya Shah"_s);
    }

    void theAppUsersSideThroughTheControlEndpoint()
    {
        SandboxFixture sandbox;
        sandbox.seedHistory(u"alice"_s, 1);
        WebhookReceiver receiver("hook-secret");
        QVERIFY(receiver.start());
        sandbox.server().webhooks().configure(receiver.url(), "hook-secret");
        QSignalSpy events(&receiver, &WebhookReceiver::eventReceived);
        QCOMPARE(post(QUrl(sandbox.baseUrl().toString() + u"/_sandbox/typing"_s), {},
                      R"({"user":"alice","typing":true})"),
                 200);
        QVERIFY(events.count() >= 1 || events.wait()); // it may come before the control answer
        QCOMPARE(events.last().at(0).value<WebhookEvent>().activityType, u"typing:start"_s);
        QCOMPARE(post(QUrl(sandbox.baseUrl().toString() + u"/_sandbox/read"_s), {},
                      R"({"user":"alice"})"),
                 200);
        QVERIFY(events.count() >= 2 || events.wait());
        QCOMPARE(events.last().at(0).value<WebhookEvent>().trigger,
                 WebhookEvent::Trigger::ConversationRead);
        QCOMPARE(post(QUrl(sandbox.baseUrl().toString() + u"/_sandbox/read"_s), {},
                      R"({"user":"nobody"})"),
                 404);
    }

    void theSandboxRetriesLikeTheService()
    {
        SandboxFixture sandbox;
        sandbox.seedHistory(u"alice"_s, 1);
        auto &hooks = sandbox.server().webhooks();
        hooks.setRetryBase(std::chrono::milliseconds(10));
        QSignalSpy gaveUp(&hooks, &SandboxWebhooks::gaveUp);
        QSignalSpy delivered(&hooks, &SandboxWebhooks::delivered);

        // Nobody listens: five retries, then it gives up.
        hooks.configure(QUrl(u"http://127.0.0.1:1/webhook"_s), "k");
        sandbox.server().simulateTyping(u"alice"_s, true);
        QVERIFY(gaveUp.wait(10000));
        QCOMPARE(gaveUp.last().at(2).toInt(), SandboxWebhooks::maxRetries + 1);

        // A wrong key is not worth retrying.
        WebhookReceiver receiver("right");
        QVERIFY(receiver.start());
        hooks.configure(receiver.url(), "wrong");
        sandbox.server().simulateTyping(u"alice"_s, true);
        QVERIFY(gaveUp.wait());
        QCOMPARE(gaveUp.last().at(1).toInt(), 401);
        QCOMPARE(gaveUp.last().at(2).toInt(), 1);

        hooks.configure(receiver.url(), "right");
        sandbox.server().simulateTyping(u"alice"_s, false);
        QVERIFY(delivered.wait());
        QCOMPARE(delivered.last().at(1).toInt(), 200);
    }
};

QTEST_GUILESS_MAIN(TestWebhooks)
#include "tst_webhooks.moc"
