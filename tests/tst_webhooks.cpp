#include "sandboxfixture.h"
#include "webhookreceiver.h"

#include <QHttpServer>
#include <QHttpServerRequest>
#include <QHttpServerResponse>
#include <QJsonArray>
#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QSignalSpy>
#include <QTest>

using namespace Qt::StringLiterals;

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

    void theSandboxSendsTheFourTriggers()
    {
        SandboxFixture sandbox;
        sandbox.seedHistory(u"alice"_s, 2);
        WebhookReceiver receiver("hook-secret");
        QVERIFY(receiver.start());
        sandbox.server().webhooks().configure(receiver.url(), "hook-secret");
        QSignalSpy events(&receiver, &WebhookReceiver::eventReceived);

        MessagePost fromUser;
        fromUser.role = u"appUser"_s;
        fromUser.type = u"text"_s;
        fromUser.text = u"hello?"_s;
        sandbox.server().createMessage(u"alice"_s, fromUser);
        sandbox.server().createMessage(u"alice"_s, MessagePost::appMakerText(u"hi!"_s));
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
        MessagePost fromUser;
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
