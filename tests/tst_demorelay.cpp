#include "demo/demorelay.h"
#include "demo/demoteammate.h"
#include "sandbox/sandboxdemo.h"
#include "sandbox/sandboxserver.h"
#include "sandbox/sandboxwebhooks.h"
#include "session/relayclient.h"

#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace std::chrono_literals;

/*!
 * The demo's team relay, end to end in one process: the sandbox's webhook is registered with the
 * in-process relay through the Webhooks API, a customer's message reaches the person's console
 * through it (the registered target, its secret, the stream), and Sam's presence and reply
 * arrive on the person's stream.
 */
class TestDemoRelay : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void customerAndTeammateReachThePersonsStream()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        SandboxDemo sandbox;
        QVERIFY(sandbox.start());
        DemoRelay relay(sandbox, dir.path());
        QSignalSpy ready(&relay, &DemoRelay::ready);
        QSignalSpy failed(&relay, &DemoRelay::failed);
        relay.start();
        QTRY_VERIFY_WITH_TIMEOUT(!ready.isEmpty() || !failed.isEmpty(), 10000);
        QVERIFY2(failed.isEmpty(), qPrintable(failed.value(0).value(0).toString()));
        const QUrl url = ready.first().at(0).toUrl();
        const QByteArray token = ready.first().at(1).toByteArray();
        QCOMPARE(url, relay.url());
        QCOMPARE(url.host(), u"127.0.0.1"_s);
        QVERIFY(token.startsWith("srt_"));
        QVERIFY(relay.teammate());

        // Exactly one webhook, the relay's: the demo registered it as `webhook register` does.
        const QString appId = sandbox.connection().appId();
        const auto &webhooks = sandbox.server().webhooks().registered();
        QCOMPARE(webhooks.size(), 1);
        QUrl target = url;
        target.setPath(u"/webhooks/"_s + appId);
        QCOMPARE(webhooks.first().target, target.toString());
        QVERIFY(!webhooks.first().secret.isEmpty());

        // The person's console.
        RelayClient console(url, token, appId);
        QSignalSpy streaming(&console, &RelayClient::streamingChanged);
        QSignalSpy events(&console, &RelayClient::eventReceived);
        QSignalSpy presence(&console, &RelayClient::presenceChanged);
        console.start();
        QTRY_VERIFY_WITH_TIMEOUT(console.isStreaming(), 5000);
        QCOMPARE(console.agent(), QString::fromLatin1(DemoRelay::agentName));

        // A customer writes: the sandbox delivers to the registered target with its secret (the
        // relay answers 401 to anything else), and the relay streams it to the console.
        const QString user = u"alice.martin"_s;
        NewMessage post;
        post.role = u"appUser"_s;
        post.type = u"text"_s;
        post.text = u"Is anyone there?"_s;
        sandbox.server().createMessage(user, post);
        const auto messageEvent = [&events](const QString &role, const QString &text) {
            for (const QList<QVariant> &args : std::as_const(events)) {
                const auto event = args.at(0).value<WebhookEvent>();
                for (const Message &m : event.messages) {
                    if (m.roleName == role && (text.isEmpty() || m.text == text))
                        return std::optional<std::pair<WebhookEvent, Message>>({event, m});
                }
            }
            return std::optional<std::pair<WebhookEvent, Message>>();
        };
        QTRY_VERIFY_WITH_TIMEOUT(messageEvent(u"appUser"_s, post.text).has_value(), 5000);
        QCOMPARE(messageEvent(u"appUser"_s, post.text)->first.user(), user);

        // Sam views, types and replies in that conversation: all of it on the person's stream,
        // presence before the reply.
        QSignalSpy replied(relay.teammate(), &DemoTeammate::replied);
        relay.teammate()->replyTo(user);
        const auto presenceIndex = [&presence, &user](const QString &state) {
            for (qsizetype i = 0; i < presence.size(); ++i) {
                if (presence.at(i).at(0).toString() == user &&
                    presence.at(i).at(1).toString() == QString::fromLatin1(DemoTeammate::name) &&
                    presence.at(i).at(2).toString() == state)
                    return i;
            }
            return qsizetype(-1);
        };
        QTRY_VERIFY_WITH_TIMEOUT(presenceIndex(u"viewing"_s) >= 0, 5000);
        QVERIFY(!messageEvent(u"appMaker"_s, {}));
        QTRY_VERIFY_WITH_TIMEOUT(presenceIndex(u"typing"_s) >= 0, 5000);
        QVERIFY(presenceIndex(u"viewing"_s) < presenceIndex(u"typing"_s));
        QVERIFY(!messageEvent(u"appMaker"_s, {}));
        QTRY_VERIFY_WITH_TIMEOUT(messageEvent(u"appMaker"_s, {}).has_value(), 10000);
        const auto reply = messageEvent(u"appMaker"_s, {});
        QCOMPARE(reply->first.user(), user);
        QCOMPARE(reply->second.name, QString::fromLatin1(DemoTeammate::name));
        QVERIFY(!reply->second.text.isEmpty());
        QTRY_COMPARE_WITH_TIMEOUT(replied.size(), 1, 2000);
        QCOMPARE(replied.first().at(0).toString(), user);

        // Still one webhook: nothing the demo did added another.
        QCOMPARE(sandbox.server().webhooks().registered().size(), 1);
        console.stop();
    }
};

QTEST_GUILESS_MAIN(TestDemoRelay)
#include "tst_demorelay.moc"
