#include "sandboxfixture.h"
#include "session/outbox.h"
#include "storage/inboxstore.h"
#include "storage/localstore.h"

#include <QJsonObject>
#include <QSignalSpy>
#include <QSqlDatabase>
#include <QSqlQuery>
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

    void start(const std::optional<ApiConnection> &connection = {})
    {
        store = std::make_unique<LocalStore>(dbPath());
        QVERIFY(store->isOpen());
        api = std::make_unique<ConversationApi>();
        api->setConnection(connection.value_or(sandbox->connection()));
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

    int gets() const
    {
        int n = 0;
        for (const auto &r : sandbox->server().requests())
            n += r.method == "GET"_L1 && r.rawPath.endsWith("/messages") ? 1 : 0;
        return n;
    }

    static double now() { return double(QDateTime::currentMSecsSinceEpoch()) / 1000.0; }

    /*! \a count messages from \a user, at \a received or one millisecond apart from it. */
    void addMessages(const QString &user, int count, double received, bool oneInstant)
    {
        const auto u = sandbox->store().ensureUser(user);
        sandbox->store().ensureConversation(u.smoochId);
        QList<QJsonObject> messages;
        for (int i = 0; i < count; ++i)
            messages.append({{"_id"_L1, u"%1-later-%2"_s.arg(user).arg(i)},
                             {"type"_L1, "text"_L1},
                             {"role"_L1, "appUser"_L1},
                             {"text"_L1, u"later %1"_s.arg(i)},
                             {"authorId"_L1, u.smoochId},
                             {"received"_L1, oneInstant ? received : received + i * 0.001}});
        QVERIFY(sandbox->store().insertMessages(u.smoochId, messages));
    }

    /*! Waits until the sandbox has had no request for a while: the outbox is not looping. */
    bool quiet()
    {
        QSignalSpy more(&sandbox->server(), &SandboxServer::requestHandled);
        return !more.wait(500);
    }

    static NewMessage text(const QString &t) { return NewMessage::appMakerText(t); }

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
        NewMessage post = text(u"note"_s);
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

    void aCrowdedInstantMakesDeliveryUnknownInsteadOfLooping()
    {
        sandbox->server().addFault({.kind = SandboxFault::Kind::NoAnswer, .method = u"POST"_s});
        QSignalSpy received(&sandbox->server(), &SandboxServer::requestHandled);
        const QString id = outbox->enqueue(u"alice"_s, text(u"lost in the crowd"_s));
        QVERIFY(received.wait());
        crash();
        // 150 messages in one millisecond: a cursor of one instant cannot get past them.
        addMessages(u"alice"_s, 150, now() + 1, true);
        start();
        QVERIFY(waitForState(id, Outbox::State::Unknown, 5000));
        QVERIFY(quiet());
        QVERIFY2(gets() <= 5, QByteArray::number(gets()).constData());
        QCOMPARE(posts(), 1); // never posted again by itself

        outbox->retry(id); // the agent decides: send it
        QVERIFY(waitForState(id, Outbox::State::Sent));
        QCOMPARE(copiesOf(u"alice"_s, id), 1);
        QCOMPARE(posts(), 2);
    }

    void aClockAheadOfTheServerDoesNotSendTwice()
    {
        const auto fast = [] { return now() + 400; }; // the agent's clock, 400 s ahead
        outbox->setClock(fast);
        sandbox->server().addFault(
            {.kind = SandboxFault::Kind::Delay, .delayMs = 2000, .method = u"POST"_s});
        QSignalSpy received(&sandbox->server(), &SandboxServer::requestHandled);
        const QString id = outbox->enqueue(u"alice"_s, text(u"stored, then killed"_s));
        QVERIFY(received.wait()); // stored by the server; the answer never reaches the console
        crash();
        // The conversation went on: the message is no longer on the latest page.
        addMessages(u"alice"_s, 120, now() + 0.5, false);
        start();
        outbox->setClock(fast);
        QVERIFY(waitForState(id, Outbox::State::Sent));
        QCOMPARE(copiesOf(u"alice"_s, id), 1);
        QCOMPARE(posts(), 1);
    }

    void rowsOfAnotherBaseUrlAreNeverSentThere()
    {
        outbox->setOnline(false); // "staging" is unreachable
        const QString id = outbox->enqueue(u"alice"_s, text(u"for staging"_s));
        crash();
        // The profile now points at "production", which has a user of the same id.
        SandboxFixture production;
        start(production.connection());
        QSignalSpy requests(&production.server(), &SandboxServer::requestHandled);
        QVERIFY(waitForState(id, Outbox::State::OtherApp, 2000));
        QVERIFY(!requests.wait(500));
        QVERIFY(outbox->entry(id)->error.contains(sandbox->baseUrl().authority()));
        QCOMPARE(outbox->undelivered(u"alice"_s).size(), 1); // shown, as another app's
        outbox->retry(id);
        QVERIFY(!requests.wait(300)); // a retry does not send it here either
        QVERIFY(outbox->cancel(id));
        QVERIFY(!outbox->entry(id));
    }

    void rowsOfAnotherAppIdAreNeverSentThere()
    {
        outbox->setOnline(false);
        const QString id = outbox->enqueue(u"alice"_s, text(u"for the old app"_s));
        crash();
        const ApiConnection old = sandbox->connection();
        start(ApiConnection(old.baseUrl(), u"app_other"_s, old.credentials()));
        QVERIFY(waitForState(id, Outbox::State::OtherApp, 2000));
        QVERIFY(quiet());
        QCOMPARE(posts(), 0);
        QVERIFY(outbox->entry(id)->error.contains("app_sandbox"_L1));
    }

    void anOutboxFromBeforeTheBindingIsMigrated()
    {
        crash();
        QFile::remove(dbPath());
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"old"_s);
            db.setDatabaseName(dbPath());
            QVERIFY(db.open());
            QSqlQuery q(db);
            QVERIFY(q.exec(u"CREATE TABLE outbox (seq INTEGER PRIMARY KEY AUTOINCREMENT,"
                           " client_id TEXT UNIQUE NOT NULL, user_id TEXT NOT NULL,"
                           " body TEXT NOT NULL, state TEXT NOT NULL,"
                           " error TEXT NOT NULL DEFAULT '', created_at REAL NOT NULL,"
                           " first_sent_at REAL, attempts INTEGER NOT NULL DEFAULT 0,"
                           " message_id TEXT, received REAL)"_s));
            QVERIFY(q.exec(u"INSERT INTO outbox (client_id, user_id, body, state, created_at) "
                           "VALUES ('old-1', 'alice', '{\"role\":\"appMaker\",\"type\":\"text\","
                           "\"text\":\"queued long ago\",\"metadata\":{\"clientMessageId\":"
                           "\"old-1\"}}', 'queued', 1)"_s));
            // The inbox from before it said who wrote the last message.
            QVERIFY(q.exec(u"CREATE TABLE inbox (user_id TEXT PRIMARY KEY,"
                           " display_name TEXT NOT NULL DEFAULT '',"
                           " last_text TEXT NOT NULL DEFAULT '',"
                           " last_received REAL NOT NULL DEFAULT 0,"
                           " unread INTEGER NOT NULL DEFAULT 0, user_read_at REAL)"_s));
            QVERIFY(q.exec(u"INSERT INTO inbox (user_id, display_name, last_text, last_received,"
                           " unread) VALUES ('alice', 'Alice', 'old news', 5, 2)"_s));
            db.close();
        }
        QSqlDatabase::removeDatabase(u"old"_s);
        start();
        // Which app it was written for is unknown: the agent decides, nothing goes by itself.
        QVERIFY(waitForState(u"old-1"_s, Outbox::State::Unknown, 2000));
        QVERIFY(quiet());
        QCOMPARE(posts(), 0);
        outbox->retry(u"old-1"_s);
        QVERIFY(waitForState(u"old-1"_s, Outbox::State::Sent));
        QCOMPARE(outbox->entry(u"old-1"_s)->appId, u"app_sandbox"_s);
        QCOMPARE(copiesOf(u"alice"_s, u"old-1"_s), 1);
        InboxStore inbox(store.get());
        const auto alice = inbox.entry(u"alice"_s);
        QVERIFY(alice);
        QCOMPARE(alice->lastText, u"old news"_s);
        QCOMPARE(alice->unread, 2);
        QCOMPARE(alice->lastFrom, InboxStore::Entry::From::Customer);
        Message reply = Message::fromJson(QJsonObject{{"_id"_L1, "m1"_L1},
                                                      {"role"_L1, "appMaker"_L1},
                                                      {"type"_L1, "text"_L1},
                                                      {"text"_L1, "new"_L1},
                                                      {"name"_L1, "Sam"_L1},
                                                      {"received"_L1, 6.0}})
                            .value();
        inbox.record(u"alice"_s, {}, {reply}, true);
        QCOMPARE(inbox.entry(u"alice"_s)->lastFrom, InboxStore::Entry::From::Teammate);
        QCOMPARE(inbox.entry(u"alice"_s)->lastAuthor, u"Sam"_s);
    }

    void aHistoryClearedWhileUnresolvedIsNotSentAgain()
    {
        api->setTimeout(std::chrono::milliseconds(300));
        sandbox->server().addFault(
            {.kind = SandboxFault::Kind::Delay, .delayMs = 1500, .method = u"POST"_s});
        QSignalSpy received(&sandbox->server(), &SandboxServer::requestHandled);
        const QString id = outbox->enqueue(u"alice"_s, text(u"stored, then cleared"_s));
        QVERIFY(received.wait()); // the server has it; the answer will come too late
        // An administrator clears the history, as the window does it.
        outbox->beginClear(u"alice"_s);
        QSignalSpy deleted(api.get(), &ConversationApi::messagesDeleted);
        api->deleteMessages(u"alice"_s, api.get());
        QVERIFY(deleted.wait());
        outbox->endClear(u"alice"_s, true);
        QVERIFY(waitForState(id, Outbox::State::Unknown, 5000));
        QVERIFY(quiet());
        QCOMPARE(posts(), 1);
        QCOMPARE(copiesOf(u"alice"_s, id), 0);

        crash(); // still unknown on the next start: the clear is on disk
        start();
        QVERIFY(quiet());
        QCOMPARE(outbox->entry(id)->state, Outbox::State::Unknown);
        QCOMPARE(posts(), 1);

        outbox->retry(id); // the agent decides it should go again
        QVERIFY(waitForState(id, Outbox::State::Sent));
        QCOMPARE(copiesOf(u"alice"_s, id), 1);
    }

    void cancellingAMessageThatMayHaveArrivedLooksFirst()
    {
        api->setTimeout(std::chrono::milliseconds(300));
        RetryPolicy slow;
        slow.maxAttempts = 1000;
        slow.baseDelay = std::chrono::seconds(30);
        slow.maxDelay = std::chrono::seconds(60);
        outbox->setRetryPolicy(slow);
        sandbox->server().addFault(
            {.kind = SandboxFault::Kind::Delay, .delayMs = 1500, .method = u"POST"_s});
        const QString id = outbox->enqueue(u"alice"_s, text(u"timed out, but stored"_s));
        QTRY_VERIFY(outbox->entry(id)->error.contains("Retrying"_L1)); // in backoff, cancellable
        QCOMPARE(outbox->entry(id)->state, Outbox::State::Queued);
        QSignalSpy delivered(outbox.get(), &Outbox::delivered);
        QVERIFY(!outbox->cancel(id)); // not dropped blindly: it is there
        QVERIFY(delivered.wait());
        QCOMPARE(outbox->entry(id)->state, Outbox::State::Sent);
        QCOMPARE(copiesOf(u"alice"_s, id), 1);
        QCOMPARE(posts(), 1);
    }

    void cancellingWhenItCannotBeCheckedSaysItMayHaveArrived()
    {
        api->setTimeout(std::chrono::milliseconds(300));
        RetryPolicy slow;
        slow.maxAttempts = 1000;
        slow.baseDelay = std::chrono::seconds(30);
        slow.maxDelay = std::chrono::seconds(60);
        outbox->setRetryPolicy(slow);
        sandbox->server().addFault(
            {.kind = SandboxFault::Kind::Delay, .delayMs = 1500, .method = u"POST"_s});
        const QString id = outbox->enqueue(u"alice"_s, text(u"timed out, then offline"_s));
        QTRY_VERIFY(outbox->entry(id)->error.contains("Retrying"_L1));
        outbox->setOnline(false);
        QVERIFY(!outbox->cancel(id));
        QCOMPARE(outbox->entry(id)->state, Outbox::State::Unknown);
        QVERIFY(outbox->entry(id)->error.contains("may have been delivered"_L1));
        QVERIFY(outbox->cancel(id)); // the agent was told, and insists
        QVERIFY(!outbox->entry(id));
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
