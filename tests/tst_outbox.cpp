#include "localstore.h"
#include "outbox.h"
#include "sandboxfixture.h"

#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

/*! The outbox against the sandbox's faults: nothing lost, nothing sent twice. */
class TestOutbox : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<SandboxFixture> sandbox;
    std::unique_ptr<QTemporaryDir> dir;
    std::unique_ptr<LocalStore> store;
    std::unique_ptr<ConversationApi> api;
    std::unique_ptr<Outbox> outbox;

    QString dbPath() const { return dir->filePath(u"console.sqlite"_s); }

    void start()
    {
        store = std::make_unique<LocalStore>(dbPath());
        QVERIFY(store->isOpen());
        api = std::make_unique<ConversationApi>();
        api->setConnection(sandbox->connection());
        api->setTimeout(std::chrono::milliseconds(2000));
        outbox = std::make_unique<Outbox>(api.get(), store.get());
        RetryPolicy fast;
        fast.maxAttempts = 1000;
        fast.baseDelay = std::chrono::milliseconds(20);
        fast.maxDelay = std::chrono::milliseconds(100);
        outbox->setRetryPolicy(fast);
    }

    /*! As a kill would leave it: no goodbye, whatever was in flight is lost on the client side. */
    void crash()
    {
        outbox.reset();
        api.reset();
        store.reset();
    }

    bool waitForState(const QString &clientId, Outbox::State state, int ms = 15000)
    {
        QDeadlineTimer deadline(ms);
        while (true) {
            const auto e = outbox->entry(clientId);
            if (e && e->state == state)
                return true;
            QSignalSpy spy(outbox.get(), &Outbox::entryChanged);
            if (!spy.wait(int(std::max<qint64>(1, deadline.remainingTime()))))
                return false;
        }
    }

    int posts() const
    {
        int n = 0;
        for (const auto &r : sandbox->server().requests())
            n += r.method == "POST"_L1 && r.rawPath.endsWith("/messages") ? 1 : 0;
        return n;
    }

    int copiesOf(const QString &user, const QString &clientId)
    {
        const auto u = sandbox->store().findUser(user);
        return u ? sandbox->store().countByClientMessageId(u->smoochId, clientId) : 0;
    }

    static MessagePost text(const QString &t) { return MessagePost::appMakerText(t); }

private Q_SLOTS:
    void init()
    {
        sandbox = std::make_unique<SandboxFixture>();
        dir = std::make_unique<QTemporaryDir>();
        start();
    }

    void cleanup()
    {
        crash();
        dir.reset();
        sandbox.reset();
    }

    void writesBeforeSendingAndDeliversOnce()
    {
        QSignalSpy delivered(outbox.get(), &Outbox::delivered);
        const QString id = outbox->enqueue(u"alice"_s, text(u"hello"_s));
        QVERIFY(!id.isEmpty());
        // On disk already, before any request went out.
        QVERIFY(sandbox->server().requests().isEmpty());
        QVERIFY(outbox->entry(id)->state != Outbox::State::Sent);
        QVERIFY(outbox->entry(id)->firstSentAt.has_value()); // recorded before the POST starts
        QCOMPARE(outbox->entry(id)->post.metadata.value("clientMessageId"_L1).toString(), id);
        QVERIFY(delivered.wait());
        QCOMPARE(outbox->entry(id)->state, Outbox::State::Sent);
        QCOMPARE(delivered.first().at(1).value<Message>().text, u"hello"_s);
        QCOMPARE(copiesOf(u"alice"_s, id), 1);
        QCOMPARE(posts(), 1);
        QVERIFY(outbox->undelivered().isEmpty());
    }

    void aTimeoutAfterTheServerStoredItIsNotSentTwice()
    {
        api->setTimeout(std::chrono::milliseconds(300));
        // The server stores the message, then answers too late for the client.
        sandbox->server().addFault(
            {.kind = SandboxFault::Kind::Delay, .delayMs = 1500, .method = u"POST"_s});
        const QString id = outbox->enqueue(u"alice"_s, text(u"slow"_s));
        QVERIFY(waitForState(id, Outbox::State::Sent));
        QCOMPARE(copiesOf(u"alice"_s, id), 1);
        QCOMPARE(posts(), 1);
    }

    void aServerErrorThenSuccess()
    {
        sandbox->server().addFault(
            {.kind = SandboxFault::Kind::Status, .status = 500, .method = u"POST"_s});
        const QString id = outbox->enqueue(u"alice"_s, text(u"again"_s));
        QVERIFY(waitForState(id, Outbox::State::Sent));
        QCOMPARE(copiesOf(u"alice"_s, id), 1);
        QCOMPARE(posts(), 2);
    }

    void tooManyRequestsWaitsAndRetries()
    {
        sandbox->server().addFault(
            {.kind = SandboxFault::Kind::Status, .status = 429, .count = 2, .method = u"POST"_s});
        const QString id = outbox->enqueue(u"alice"_s, text(u"patience"_s));
        QVERIFY(waitForState(id, Outbox::State::Sent));
        QCOMPARE(copiesOf(u"alice"_s, id), 1);
        QCOMPARE(posts(), 3);
    }

    void aBadRequestFailsForGoodWithTheServersReason()
    {
        MessagePost post = text(u"note"_s);
        post.role = u"whisper"_s; // the server accepts appUser and appMaker only
        const QString id = outbox->enqueue(u"alice"_s, post);
        QVERIFY(waitForState(id, Outbox::State::Failed));
        QCOMPARE(outbox->entry(id)->error, u"role must be appUser or appMaker"_s);
        QSignalSpy more(&sandbox->server(), &SandboxServer::requestHandled);
        QVERIFY(!more.wait(300)); // not retried
        QCOMPARE(posts(), 1);
        QCOMPARE(outbox->undelivered(u"alice"_s).size(), 1);

        outbox->retry(id); // the agent insists: one more try, same answer
        QVERIFY(more.wait());
        QVERIFY(waitForState(id, Outbox::State::Failed));
        QCOMPARE(posts(), 2);

        QSignalSpy removed(outbox.get(), &Outbox::entryRemoved);
        QVERIFY(outbox->cancel(id));
        QCOMPARE(removed.count(), 1);
        QVERIFY(!outbox->entry(id));
    }

    void offlineMessagesGoOutInOrderWhenTheConnectionReturns()
    {
        const quint16 port = sandbox->server().port();
        sandbox->server().stop();
        QStringList ids;
        for (const QString &t : {u"first"_s, u"second"_s, u"third"_s})
            ids.append(outbox->enqueue(u"alice"_s, text(t)));
        // Refused, retried, still queued: nothing lost while the server is away.
        QVERIFY(waitForState(ids.first(), Outbox::State::Queued));
        QVERIFY(outbox->entry(ids.first())->error.contains("Retrying"_L1));
        QCOMPARE(outbox->undelivered().size(), 3);

        QVERIFY(sandbox->server().start(QHostAddress::LocalHost, port));
        outbox->setOnline(true);
        QVERIFY(waitForState(ids.last(), Outbox::State::Sent));
        const auto user = sandbox->store().findUser(u"alice"_s);
        const auto page = sandbox->store().messages(user->smoochId, PageRequest::latest());
        QStringList order;
        for (const QJsonObject &m : page.messages)
            order.append(m.value("text"_L1).toString());
        QCOMPARE(order, QStringList({u"first"_s, u"second"_s, u"third"_s}));
        for (const QString &id : ids)
            QCOMPARE(copiesOf(u"alice"_s, id), 1);
    }

    void aMessageThatArrivedBeforeACrashIsNotSentAgain()
    {
        sandbox->server().addFault(
            {.kind = SandboxFault::Kind::Delay, .delayMs = 2000, .method = u"POST"_s});
        QSignalSpy received(&sandbox->server(), &SandboxServer::requestHandled);
        const QString id = outbox->enqueue(u"alice"_s, text(u"crash after store"_s));
        QVERIFY(received.wait()); // the POST reached the server, which stored the message
        crash();
        start(); // the next start of the console, from the same file
        QVERIFY(waitForState(id, Outbox::State::Sent));
        QCOMPARE(copiesOf(u"alice"_s, id), 1);
        QCOMPARE(posts(), 1);
    }

    void aMessageLostInACrashIsSentOnTheNextStart()
    {
        sandbox->server().addFault({.kind = SandboxFault::Kind::NoAnswer, .method = u"POST"_s});
        QSignalSpy received(&sandbox->server(), &SandboxServer::requestHandled);
        const QString id = outbox->enqueue(u"alice"_s, text(u"crash before store"_s));
        QVERIFY(received.wait()); // the POST went out and was swallowed
        crash();
        start();
        QVERIFY(waitForState(id, Outbox::State::Sent));
        QCOMPARE(copiesOf(u"alice"_s, id), 1);
        QCOMPARE(posts(), 2);
    }

    void refusedCredentialsHoldTheOutbox()
    {
        const ApiConnection good = sandbox->connection();
        api->setConnection(ApiConnection(good.baseUrl(), good.appId(),
                                         Credentials::signedJwt(u"app_sandbox_key"_s, "revoked")));
        QSignalSpy held(outbox.get(), &Outbox::heldChanged);
        const QString id = outbox->enqueue(u"alice"_s, text(u"held"_s));
        QVERIFY(held.wait());
        QVERIFY(outbox->isHeld());
        QCOMPARE(outbox->entry(id)->state, Outbox::State::Queued);
        QVERIFY(outbox->entry(id)->error.contains("401"_L1));

        api->setConnection(good);
        outbox->resume();
        QVERIFY(waitForState(id, Outbox::State::Sent));
        QCOMPARE(copiesOf(u"alice"_s, id), 1);
    }

    void aSecondConsoleOnTheSameFileDoesNotSend()
    {
        LocalStore second(dbPath());
        QVERIFY(second.isOpen());
        QVERIFY(!second.isExclusive());
        ConversationApi otherApi;
        otherApi.setConnection(sandbox->connection());
        Outbox other(&otherApi, &second);
        QVERIFY(!other.canSend());
        QVERIFY(outbox->canSend());
    }
};

QTEST_GUILESS_MAIN(TestOutbox)
#include "tst_outbox.moc"
