#include "client/conversationapi.h"
#include "sandboxfixture.h"

#include <QDateTime>
#include <QDeadlineTimer>
#include <QPointer>
#include <QSignalSpy>
#include <QTest>

using namespace Qt::StringLiterals;
using RequestId = ConversationApi::RequestId;

/*! Records every signal of a ConversationApi, in order, by request. */
class Recorder : public QObject
{
public:
    explicit Recorder(ConversationApi *api)
        : m_api(api)
    {
        connect(api, &ConversationApi::finished, this,
                [this](RequestId id) { log(id, "finished"); });
        connect(api, &ConversationApi::failed, this, [this](RequestId id, const ApiError &e) {
            errors.insert(id, e);
            log(id, "failed");
        });
        connect(
            api, &ConversationApi::retrying, this,
            [this](RequestId id, int attempt, std::chrono::milliseconds delay, const ApiError &) {
                retries[id].append({attempt, delay});
                log(id, "retrying");
            });
        connect(api, &ConversationApi::messagesReceived, this,
                [this](RequestId id, const MessagesPage &p) {
                    pages.insert(id, p);
                    log(id, "messagesReceived");
                });
        connect(api, &ConversationApi::messagePosted, this,
                [this](RequestId id, const MessageResponse &r) {
                    posted.insert(id, r);
                    log(id, "messagePosted");
                });
        connect(api, &ConversationApi::activitySent, this,
                [this](RequestId id, const Conversation &c) {
                    conversations.insert(id, c);
                    log(id, "activitySent");
                });
        connect(api, &ConversationApi::messageDeleted, this,
                [this](RequestId id) { log(id, "messageDeleted"); });
        connect(api, &ConversationApi::messagesDeleted, this,
                [this](RequestId id) { log(id, "messagesDeleted"); });
        connect(api, &ConversationApi::unreadCountReset, this,
                [this](RequestId id) { log(id, "unreadCountReset"); });
    }

    /*! Waits until \a id has finished (its result signal follows in the same turn). */
    bool wait(RequestId id, int ms = 15000)
    {
        const QDeadlineTimer deadline(ms);
        while (!events.value(id).contains("finished"_L1)) {
            QSignalSpy spy(m_api, &ConversationApi::finished);
            if (!spy.wait(int(std::max<qint64>(1, deadline.remainingTime()))))
                return false;
        }
        return true;
    }

    /*! The signals of \a id other than retrying, in order. */
    QStringList outcome(RequestId id) const
    {
        QStringList list = events.value(id);
        list.removeAll(u"retrying"_s);
        return list;
    }

    QHash<RequestId, QStringList> events;
    QHash<RequestId, ApiError> errors;
    QHash<RequestId, QList<QPair<int, std::chrono::milliseconds>>> retries;
    QHash<RequestId, MessagesPage> pages;
    QHash<RequestId, MessageResponse> posted;
    QHash<RequestId, Conversation> conversations;

private:
    void log(RequestId id, const char *name) { events[id].append(QString::fromLatin1(name)); }
    ConversationApi *m_api;
};

class TestConversationApi : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<SandboxFixture> sandbox;
    std::unique_ptr<ConversationApi> api;
    std::unique_ptr<Recorder> rec;

    static RetryPolicy fastRetries(int attempts = 4)
    {
        RetryPolicy p;
        p.maxAttempts = attempts;
        p.baseDelay = std::chrono::milliseconds(5);
        p.maxDelay = std::chrono::milliseconds(20);
        return p;
    }

    const ApiError &errorOf(RequestId id) { return rec->errors[id]; }

private Q_SLOTS:
    void init()
    {
        sandbox = std::make_unique<SandboxFixture>();
        api = std::make_unique<ConversationApi>();
        api->setConnection(sandbox->connection());
        api->setRetryPolicy(fastRetries());
        rec = std::make_unique<Recorder>(api.get());
    }

    void cleanup()
    {
        rec.reset();
        api.reset();
        sandbox.reset();
    }

    void getLatestPageOldestFirst()
    {
        const auto seeded = sandbox->seedHistory(u"alice"_s, 150);
        const RequestId id = api->getMessages(u"alice"_s, PageRequest::latest(), api.get())->id();
        QVERIFY(rec->wait(id));
        QCOMPARE(rec->outcome(id), QStringList({u"finished"_s, u"messagesReceived"_s}));
        const MessagesPage page = rec->pages.value(id);
        QCOMPARE(page.messages.size(), 100);
        QCOMPARE(page.messages.first().id, seeded.at(50).value("_id"_L1).toString());
        QCOMPARE(page.messages.last().id, seeded.last().value("_id"_L1).toString());
        QVERIFY(page.hasPrevious());
        QVERIFY(!page.hasNext());
        QVERIFY(page.conversation && !page.conversation->id.isEmpty());
    }

    void getBeforeAndAfterAreExclusive()
    {
        const auto seeded = sandbox->seedHistory(u"alice"_s, 30);
        const double t10 = seeded.at(10).value("received"_L1).toDouble();
        const RequestId before =
            api->getMessages(u"alice"_s, PageRequest::before(t10), api.get())->id();
        const RequestId after =
            api->getMessages(u"alice"_s, PageRequest::after(t10), api.get())->id();
        QVERIFY(rec->wait(before));
        QVERIFY(rec->wait(after));
        QCOMPARE(rec->pages.value(before).messages.size(), 10);
        QCOMPARE(rec->pages.value(before).messages.last().id,
                 seeded.at(9).value("_id"_L1).toString());
        QVERIFY(!rec->pages.value(before).hasPrevious());
        QVERIFY(rec->pages.value(before).hasNext());
        QCOMPARE(rec->pages.value(after).messages.size(), 19);
        QCOMPARE(rec->pages.value(after).messages.first().id,
                 seeded.at(11).value("_id"_L1).toString());
        // The query carried the timestamp with its milliseconds.
        QVERIFY(sandbox->server().requests().last().rawQuery.startsWith("after=1700000013.750"));
    }

    void getUnknownUserIs404()
    {
        const RequestId id = api->getMessages(u"nobody"_s, PageRequest::latest(), api.get())->id();
        QVERIFY(rec->wait(id));
        QCOMPARE(rec->outcome(id), QStringList({u"finished"_s, u"failed"_s}));
        QCOMPARE(errorOf(id).kind(), ApiError::Kind::Http);
        QCOMPARE(errorOf(id).httpStatus(), 404);
        QCOMPARE(errorOf(id).code(), u"not_found"_s);
        QVERIFY(!errorOf(id).description().isEmpty());
        QVERIFY(rec->retries.value(id).isEmpty());
    }

    void postCreatesConversationAndRaisesUnread()
    {
        NewMessage post = NewMessage::appMakerText(u"Hello from the console"_s);
        post.name = u"Sam"_s;
        post.metadata = {{"clientMessageId"_L1, "c-1"_L1}};
        const RequestId id = api->postMessage(u"new-user"_s, post, api.get())->id();
        QVERIFY(rec->wait(id));
        QCOMPARE(rec->outcome(id), QStringList({u"finished"_s, u"messagePosted"_s}));
        const MessageResponse r = rec->posted.value(id);
        QCOMPARE(r.message.text, post.text);
        QCOMPARE(r.message.role(), Message::Role::AppMaker);
        QCOMPARE(r.message.metadata.value("clientMessageId"_L1).toString(), u"c-1"_s);
        QCOMPARE(r.conversation->unreadCount, 1);
        const auto user = sandbox->store().findUser(u"new-user"_s);
        QVERIFY(user);
        QCOMPARE(sandbox->store().countByClientMessageId(user->smoochId, u"c-1"_s), 1);
        // The connection's own token (each copy of the credentials signs its own, with an exp).
        QCOMPARE(sandbox->server().requests().last().authorization,
                 api->connection().credentials().authorizationHeader());
    }

    void incompletePostIsRefusedWithoutSending()
    {
        const RequestId id =
            api->postMessage(u"alice"_s, NewMessage::appMakerText(u"   "_s), api.get())->id();
        QVERIFY(rec->wait(id));
        QCOMPARE(rec->outcome(id), QStringList({u"finished"_s, u"failed"_s}));
        QCOMPARE(errorOf(id).kind(), ApiError::Kind::Refused);
        QVERIFY(sandbox->server().requests().isEmpty());
    }

    void postRejectedByServerIs400()
    {
        NewMessage post = NewMessage::appMakerText(u"note"_s);
        post.role = u"whisper"_s;
        const RequestId id = api->postMessage(u"alice"_s, post, api.get())->id();
        QVERIFY(rec->wait(id));
        QCOMPARE(errorOf(id).httpStatus(), 400);
        QCOMPARE(errorOf(id).code(), u"bad_request"_s);
    }

    void postIsNeverRetried()
    {
        sandbox->server().addFault(
            {.kind = SandboxFault::Kind::Status, .status = 503, .count = 5, .retryAfter = 0});
        const RequestId id =
            api->postMessage(u"alice"_s, NewMessage::appMakerText(u"once"_s), api.get())->id();
        QVERIFY(rec->wait(id));
        QCOMPARE(errorOf(id).httpStatus(), 503);
        QVERIFY(errorOf(id).isTransient());
        QVERIFY(rec->retries.value(id).isEmpty());
        QCOMPARE(sandbox->server().requests().size(), 1);
    }

    void activity()
    {
        sandbox->seedHistory(u"alice"_s, 1);
        const RequestId ok =
            api->conversationActivity(u"alice"_s, ConversationActivity::typingStart(), api.get())
                ->id();
        const RequestId stop =
            api->conversationActivity(u"alice"_s, ConversationActivity::typingStop(), api.get())
                ->id();
        const RequestId missing =
            api->conversationActivity(u"nobody"_s, ConversationActivity::typingStart(), api.get())
                ->id();
        ConversationActivity bogus = ConversationActivity::typingStart();
        bogus.type = u"typing:maybe"_s;
        const RequestId bad = api->conversationActivity(u"alice"_s, bogus, api.get())->id();
        for (RequestId id : {ok, stop, missing, bad})
            QVERIFY(rec->wait(id));
        QCOMPARE(rec->outcome(ok), QStringList({u"finished"_s, u"activitySent"_s}));
        QVERIFY(!rec->conversations.value(ok).id.isEmpty());
        QCOMPARE(rec->outcome(stop), QStringList({u"finished"_s, u"activitySent"_s}));
        QCOMPARE(errorOf(missing).httpStatus(), 404);
        QCOMPARE(errorOf(bad).httpStatus(), 400);
    }

    void deleteOneThenAgain()
    {
        const auto seeded = sandbox->seedHistory(u"alice"_s, 3);
        const QString messageId = seeded.at(1).value("_id"_L1).toString();
        const RequestId first = api->deleteMessage(u"alice"_s, messageId, api.get())->id();
        QVERIFY(rec->wait(first));
        QCOMPARE(rec->outcome(first), QStringList({u"finished"_s, u"messageDeleted"_s}));
        const RequestId second = api->deleteMessage(u"alice"_s, messageId, api.get())->id();
        QVERIFY(rec->wait(second));
        QCOMPARE(errorOf(second).httpStatus(), 404);
        QCOMPARE(sandbox->store().messageCount(sandbox->store().findUser(u"alice"_s)->smoochId), 2);
    }

    void deleteAll()
    {
        sandbox->seedHistory(u"alice"_s, 20);
        const RequestId id = api->deleteMessages(u"alice"_s, api.get())->id();
        QVERIFY(rec->wait(id));
        QCOMPARE(rec->outcome(id), QStringList({u"finished"_s, u"messagesDeleted"_s}));
        QCOMPARE(sandbox->store().messageCount(sandbox->store().findUser(u"alice"_s)->smoochId), 0);
        const RequestId unknown = api->deleteMessages(u"nobody"_s, api.get())->id();
        QVERIFY(rec->wait(unknown));
        QCOMPARE(errorOf(unknown).httpStatus(), 404);
    }

    void resetUnread()
    {
        sandbox->seedHistory(u"alice"_s, 1);
        const QString smoochId = sandbox->store().findUser(u"alice"_s)->smoochId;
        sandbox->store().setUnreadCount(smoochId, 3);
        const RequestId id = api->resetUnreadCount(u"alice"_s, api.get())->id();
        QVERIFY(rec->wait(id));
        QCOMPARE(rec->outcome(id), QStringList({u"finished"_s, u"unreadCountReset"_s}));
        QCOMPARE(sandbox->store().findUser(smoochId)->unreadCount, 0);
        const RequestId unknown = api->resetUnreadCount(u"nobody"_s, api.get())->id();
        QVERIFY(rec->wait(unknown));
        QCOMPARE(errorOf(unknown).httpStatus(), 404);
    }

    void bodiesGoOnlyWhereTheSpecHasOne()
    {
        // The spec gives conversation/read, GET and DELETE no body; a strict server answers a
        // body there with 415. The raw requests show what went on the wire.
        const auto seeded = sandbox->seedHistory(u"alice"_s, 2);
        sandbox->server().clearRequests();
        QList<RequestId> ids{
            api->resetUnreadCount(u"alice"_s, api.get())->id(),
            api->getMessages(u"alice"_s, PageRequest::latest(), api.get())->id(),
            api->deleteMessage(u"alice"_s, seeded.first().value("_id"_L1).toString(), api.get())
                ->id(),
            api->conversationActivity(u"alice"_s, ConversationActivity::typingStart(), api.get())
                ->id(),
            api->postMessage(u"alice"_s, NewMessage::appMakerText(u"hi"_s), api.get())->id(),
            api->deleteMessages(u"alice"_s, api.get())->id()};
        for (RequestId id : std::as_const(ids)) {
            QVERIFY(rec->wait(id));
            QVERIFY2(!rec->errors.contains(id), qPrintable(errorOf(id).message()));
        }
        const auto &requests = sandbox->server().requests();
        QCOMPARE(requests.size(), ids.size());
        for (const auto &r : requests) {
            const bool hasBody = r.method == "POST"_L1 && !r.rawPath.endsWith("/read");
            QVERIFY2(r.body.isEmpty() != hasBody, r.rawPath + ' ' + r.body);
            QCOMPARE(r.contentType, hasBody ? QByteArray("application/json") : QByteArray());
        }
        QVERIFY(requests.first().rawPath.endsWith("/conversation/read"));
    }

    void aLongLivedConnectionOutlivesItsFirstToken()
    {
        // One clock for both sides, moved forward past the first token's exp.
        qint64 now = QDateTime::currentSecsSinceEpoch();
        sandbox->server().setClock([&now] { return now; });
        const ApiConnection base = sandbox->connection();
        Credentials credentials = base.credentials();
        credentials.setClock([&now] { return now; });
        api->setConnection(ApiConnection(base.baseUrl(), base.appId(), credentials));
        sandbox->seedHistory(u"alice"_s, 1);

        const RequestId first =
            api->getMessages(u"alice"_s, PageRequest::latest(), api.get())->id();
        QVERIFY(rec->wait(first));
        QVERIFY(!rec->errors.contains(first));
        const QByteArray firstToken = sandbox->server().requests().last().authorization;
        now += 3 * 3600; // a console left open all afternoon
        const RequestId later =
            api->getMessages(u"alice"_s, PageRequest::latest(), api.get())->id();
        QVERIFY(rec->wait(later));
        QVERIFY2(!rec->errors.contains(later), qPrintable(errorOf(later).message()));
        QVERIFY(sandbox->server().requests().last().authorization != firstToken);

        // The first token is refused now: it had an exp, and the server holds to it.
        ConversationApi replay;
        replay.setConnection(
            ApiConnection(base.baseUrl(), base.appId(), Credentials::jwt(firstToken.mid(7))));
        QSignalSpy failed(&replay, &ConversationApi::failed);
        replay.getMessages(u"alice"_s, PageRequest::latest(), &replay);
        QVERIFY(failed.wait());
        QCOMPARE(failed.first().at(1).value<ApiError>().httpStatus(), 401);
    }

    void aClockFarBehindTheServersCostsOneRefusal()
    {
        // The agent's clock is an hour slow: a token whose exp is ten minutes on that clock has
        // expired on the server's. The 401's Date tells the server's time; the request is
        // signed again on it once, and later requests are signed on it from the start.
        const ApiConnection base = sandbox->connection();
        Credentials credentials = base.credentials();
        credentials.setClock([] { return QDateTime::currentSecsSinceEpoch() - 3600; });
        api->setConnection(ApiConnection(base.baseUrl(), base.appId(), credentials));
        sandbox->seedHistory(u"alice"_s, 1);
        sandbox->server().clearRequests();

        const RequestId first =
            api->getMessages(u"alice"_s, PageRequest::latest(), api.get())->id();
        QVERIFY(rec->wait(first));
        QVERIFY2(!rec->errors.contains(first), qPrintable(errorOf(first).message()));
        QCOMPARE(sandbox->server().requests().size(), 2);

        const RequestId posted =
            api->postMessage(u"alice"_s, NewMessage::appMakerText(u"Hello"_s), api.get())->id();
        QVERIFY(rec->wait(posted));
        QVERIFY2(!rec->errors.contains(posted), qPrintable(errorOf(posted).message()));
        QCOMPARE(sandbox->server().requests().size(), 3);

        // A 401 the clock does not explain is not sent again.
        api->setConnection(
            ApiConnection(base.baseUrl(), base.appId(),
                          Credentials::signedJwt(base.credentials().keyId(), "not the secret")));
        const RequestId refused =
            api->getMessages(u"alice"_s, PageRequest::latest(), api.get())->id();
        QVERIFY(rec->wait(refused));
        QCOMPARE(errorOf(refused).httpStatus(), 401);
        QCOMPARE(sandbox->server().requests().size(), 4);
    }

    void retryHonoursRetryAfter()
    {
        sandbox->seedHistory(u"alice"_s, 5);
        sandbox->server().addFault(
            {.kind = SandboxFault::Kind::Status, .status = 429, .retryAfter = 1});
        const RequestId id = api->getMessages(u"alice"_s, PageRequest::latest(), api.get())->id();
        QVERIFY(rec->wait(id));
        QCOMPARE(rec->outcome(id), QStringList({u"finished"_s, u"messagesReceived"_s}));
        QCOMPARE(rec->retries.value(id).size(), 1);
        QCOMPARE(rec->retries.value(id).first().first, 2);
        QCOMPARE(rec->retries.value(id).first().second, std::chrono::milliseconds(1000));
        QCOMPARE(sandbox->server().requests().size(), 2);
    }

    void retriesTransientFailuresThenSucceeds()
    {
        sandbox->seedHistory(u"alice"_s, 5);
        sandbox->server().addFault({.kind = SandboxFault::Kind::Status, .status = 500});
        sandbox->server().addFault({.kind = SandboxFault::Kind::DropMidBody});
        sandbox->server().addFault({.kind = SandboxFault::Kind::Status, .status = 502});
        const RequestId id = api->resetUnreadCount(u"alice"_s, api.get())->id();
        QVERIFY(rec->wait(id));
        QCOMPARE(rec->outcome(id), QStringList({u"finished"_s, u"unreadCountReset"_s}));
        QCOMPARE(rec->retries.value(id).size(), 3);
        QCOMPARE(sandbox->server().requests().size(), 4);
    }

    void givesUpAfterMaxAttempts()
    {
        sandbox->seedHistory(u"alice"_s, 5);
        sandbox->server().addFault(
            {.kind = SandboxFault::Kind::Status, .status = 503, .count = 50});
        const RequestId id = api->getMessages(u"alice"_s, PageRequest::latest(), api.get())->id();
        QVERIFY(rec->wait(id));
        QCOMPARE(rec->outcome(id), QStringList({u"finished"_s, u"failed"_s}));
        QCOMPARE(errorOf(id).httpStatus(), 503);
        QCOMPARE(sandbox->server().requests().size(), 4);
        QCOMPARE(rec->retries.value(id).size(), 3);
    }

    void permanentFailuresAreNotRetried()
    {
        sandbox->server().addFault({.kind = SandboxFault::Kind::Status, .status = 403});
        const RequestId id = api->deleteMessages(u"alice"_s, api.get())->id();
        QVERIFY(rec->wait(id));
        QCOMPARE(errorOf(id).httpStatus(), 403);
        QVERIFY(errorOf(id).isAuthFailure());
        QCOMPARE(sandbox->server().requests().size(), 1);
    }

    void timeout()
    {
        api->setRetryPolicy(RetryPolicy::none());
        api->setTimeout(std::chrono::milliseconds(300));
        sandbox->server().addFault({.kind = SandboxFault::Kind::NoAnswer});
        const RequestId id = api->getMessages(u"alice"_s, PageRequest::latest(), api.get())->id();
        QVERIFY(rec->wait(id));
        QCOMPARE(errorOf(id).kind(), ApiError::Kind::Timeout);
        QVERIFY(errorOf(id).isTransient());
    }

    void malformedAndWrongShapeAreInvalidResponses_data()
    {
        QTest::addColumn<SandboxFault>("fault");
        QTest::newRow("malformed") << SandboxFault{.kind = SandboxFault::Kind::MalformedJson};
        QTest::newRow("array") << SandboxFault{
            .kind = SandboxFault::Kind::Body, .status = 200, .body = "[]"};
        QTest::newRow("no messages") << SandboxFault{
            .kind = SandboxFault::Kind::Body, .status = 200, .body = R"({"conversation":{}})"};
        QTest::newRow("bad utf-8") << SandboxFault{.kind = SandboxFault::Kind::Body,
                                                   .status = 200,
                                                   .body = "{\"messages\":[\"\xc3\x28\"]}"};
    }

    void malformedAndWrongShapeAreInvalidResponses()
    {
        QFETCH(SandboxFault, fault);
        sandbox->server().addFault(fault);
        const RequestId id = api->getMessages(u"alice"_s, PageRequest::latest(), api.get())->id();
        QVERIFY(rec->wait(id));
        QCOMPARE(rec->outcome(id), QStringList({u"finished"_s, u"failed"_s}));
        QCOMPARE(errorOf(id).kind(), ApiError::Kind::InvalidResponse);
        QCOMPARE(sandbox->server().requests().size(), 1);
    }

    void aResponseThatNeverEndsIsCut()
    {
        // A broken server or proxy streams a chunked body without end: the request stops
        // reading at the cap and fails with a clear error instead of filling the memory.
        QCOMPARE(api->maxResponseSize(), 32 * 1024 * 1024);
        sandbox->server().addFault({.kind = SandboxFault::Kind::EndlessBody});
        const RequestId id = api->getMessages(u"alice"_s, PageRequest::latest(), api.get())->id();
        QVERIFY(rec->wait(id, 60000));
        QCOMPARE(rec->outcome(id), QStringList({u"finished"_s, u"failed"_s}));
        QCOMPARE(errorOf(id).kind(), ApiError::Kind::InvalidResponse);
        QVERIFY2(errorOf(id).message().contains("larger than 32 MiB"_L1),
                 qPrintable(errorOf(id).message()));
        QCOMPARE(sandbox->server().requests().size(), 1); // not retried
        // The sandbox stopped streaming soon after the cap: the client let go of the connection.
        QTRY_VERIFY(sandbox->server().endlessBytesWritten() > 0);
        QVERIFY(sandbox->server().endlessBytesWritten() < SandboxServer::endlessBodyLimit / 2);
    }

    void aDeclaredLengthPastTheCapIsNotRead()
    {
        api->setMaxResponseSize(1024);
        sandbox->server().addFault(
            {.kind = SandboxFault::Kind::Body, .status = 200, .body = QByteArray(4096, ' ')});
        const RequestId id = api->getMessages(u"alice"_s, PageRequest::latest(), api.get())->id();
        QVERIFY(rec->wait(id));
        QCOMPARE(errorOf(id).kind(), ApiError::Kind::InvalidResponse);
        QVERIFY(errorOf(id).message().contains("larger than"_L1));
    }

    void connectionRefused()
    {
        api->setRetryPolicy(fastRetries(2));
        sandbox->server().stop();
        const RequestId id = api->getMessages(u"alice"_s, PageRequest::latest(), api.get())->id();
        QVERIFY(rec->wait(id));
        QCOMPARE(errorOf(id).kind(), ApiError::Kind::Network);
        QCOMPARE(errorOf(id).networkError(), QNetworkReply::ConnectionRefusedError);
        QCOMPARE(rec->retries.value(id).size(), 1);
    }

    void badCredentialsAre401()
    {
        const ApiConnection good = sandbox->connection();
        const QList<Credentials> bad = {
            Credentials::signedJwt(good.credentials().keyId(), "wrong-secret"),
            Credentials::signedJwt(u"app_other"_s, sandbox->server().config().secret),
            Credentials::basic(good.credentials().keyId(), "wrong-secret"),
            Credentials::jwt("eyJhbGciOiJub25lIn0.eyJzY29wZSI6ImFwcCJ9."),
        };
        for (const Credentials &c : bad) {
            api->setConnection(ApiConnection(good.baseUrl(), good.appId(), c));
            const RequestId id =
                api->getMessages(u"alice"_s, PageRequest::latest(), api.get())->id();
            QVERIFY(rec->wait(id));
            QCOMPARE(errorOf(id).httpStatus(), 401);
            QCOMPARE(errorOf(id).code(), u"unauthorized"_s);
            QVERIFY(errorOf(id).isAuthFailure());
        }
    }

    void basicAndPastedJwtWork()
    {
        sandbox->seedHistory(u"alice"_s, 2);
        const ApiConnection good = sandbox->connection();
        const auto &config = sandbox->server().config();
        for (const Credentials &c :
             {Credentials::basic(config.keyId, config.secret),
              Credentials::jwt(Credentials::signJwt(config.keyId, config.secret,
                                                    Credentials::Scope::Account))}) {
            api->setConnection(ApiConnection(good.baseUrl(), good.appId(), c));
            const RequestId id =
                api->getMessages(u"alice"_s, PageRequest::latest(), api.get())->id();
            QVERIFY(rec->wait(id));
            QCOMPARE(rec->pages.value(id).messages.size(), 2);
        }
    }

    void awkwardUserIdsStayOneSegment_data()
    {
        QTest::addColumn<QString>("userId");
        QTest::addColumn<QByteArray>("encoded");
        QTest::newRow("slash query hash umlaut")
            << u"we/ird?x=1&y=#ü"_s << QByteArray("we%2Fird%3Fx%3D1%26y%3D%23%C3%BC");
        QTest::newRow("space plus") << u"a b+c"_s << QByteArray("a%20b%2Bc");
        QTest::newRow("percent") << u"100%2F"_s << QByteArray("100%252F");
        QTest::newRow("emoji") << u"\U0001F600"_s << QByteArray("%F0%9F%98%80");
    }

    void awkwardUserIdsStayOneSegment()
    {
        QFETCH(QString, userId);
        QFETCH(QByteArray, encoded);
        const RequestId post =
            api->postMessage(userId, NewMessage::appMakerText(u"hi"_s), api.get())->id();
        QVERIFY(rec->wait(post));
        QCOMPARE(rec->outcome(post), QStringList({u"finished"_s, u"messagePosted"_s}));
        QCOMPARE(sandbox->server().requests().last().rawPath,
                 "/v1.1/apps/app_sandbox/appusers/" + encoded + "/messages");
        QVERIFY(sandbox->store().findUser(userId));
        const RequestId get = api->getMessages(userId, PageRequest::latest(), api.get())->id();
        QVERIFY(rec->wait(get));
        QCOMPARE(rec->pages.value(get).messages.size(), 1);
    }

    void cancelledRequestsSayNothing()
    {
        sandbox->seedHistory(u"alice"_s, 2);
        sandbox->server().addFault({.kind = SandboxFault::Kind::NoAnswer});
        QSignalSpy received(&sandbox->server(), &SandboxServer::requestHandled);
        const RequestId hanging =
            api->getMessages(u"alice"_s, PageRequest::latest(), api.get())->id();
        QVERIFY(received.wait()); // the server holds it and will never answer
        QVERIFY(api->isPending(hanging));
        api->cancel(hanging);
        QVERIFY(!api->isPending(hanging));
        const RequestId next = api->getMessages(u"alice"_s, PageRequest::latest(), api.get())->id();
        QVERIFY(rec->wait(next));
        QVERIFY(!rec->events.contains(hanging));
        QCOMPARE(api->pendingCount(), 0);
    }

    void redirectsAreNotFollowed()
    {
        // Following a redirect would carry the Authorization header to whatever it names.
        SandboxFixture elsewhere;
        elsewhere.seedHistory(u"alice"_s, 1);
        const QByteArray target =
            elsewhere.baseUrl().toEncoded() + "/v1.1/apps/app_sandbox/appusers/alice/messages";
        sandbox->server().addFault({.kind = SandboxFault::Kind::Body,
                                    .status = 302,
                                    .count = 10,
                                    .body = "{}",
                                    .location = target});
        const RequestId id = api->getMessages(u"alice"_s, PageRequest::latest(), api.get())->id();
        QVERIFY(rec->wait(id));
        QCOMPARE(errorOf(id).kind(), ApiError::Kind::InvalidResponse);
        QVERIFY(errorOf(id).message().contains("redirect"_L1));
        QVERIFY(elsewhere.server().requests().isEmpty());
        QCOMPARE(sandbox->server().requests().size(), 1);
    }

    void slowAnswerWithinTheTimeoutArrives()
    {
        sandbox->seedHistory(u"alice"_s, 3);
        api->setTimeout(std::chrono::milliseconds(5000));
        sandbox->server().addFault({.kind = SandboxFault::Kind::Delay, .delayMs = 300});
        const RequestId id = api->getMessages(u"alice"_s, PageRequest::latest(), api.get())->id();
        QVERIFY(rec->wait(id));
        QCOMPARE(rec->pages.value(id).messages.size(), 3);
        QVERIFY(rec->retries.value(id).isEmpty());
    }

    void insecureBaseUrlIsRefused()
    {
        api->setConnection(ApiConnection(QUrl(u"http://api.smooch.io"_s), u"app"_s,
                                         Credentials::signedJwt(u"k"_s, "s")));
        const RequestId id = api->getMessages(u"alice"_s, PageRequest::latest(), api.get())->id();
        QVERIFY(rec->wait(id));
        QCOMPARE(errorOf(id).kind(), ApiError::Kind::Refused);
        QVERIFY(errorOf(id).message().contains("https"_L1));
    }

    // Each request answers its own caller: its reply, in the fixed order, and nobody else's.
    void eachReplyAnswersItsOwnCaller()
    {
        sandbox->seedHistory(u"alice"_s, 3);
        sandbox->seedHistory(u"bob"_s, 5);
        QObject aliceSide, bobSide;
        auto *alice = api->getMessages(u"alice"_s, PageRequest::latest(), &aliceSide);
        auto *bob = api->getMessages(u"bob"_s, PageRequest::latest(), &bobSide);
        auto *refused = api->postMessage(u"bob"_s, NewMessage{}, &bobSide); // no content
        QStringList order;
        const auto record = [&order](ApiReply *reply, const QString &who) {
            connect(reply, &ApiReply::finished, reply,
                    [&order, who] { order << who + u" finished"_s; });
            connect(reply, &ApiReply::succeeded, reply, [&order, who] { order << who + u" ok"_s; });
            connect(reply, &ApiReply::failed, reply,
                    [&order, who](const ApiError &) { order << who + u" failed"_s; });
        };
        record(alice, u"alice"_s);
        record(bob, u"bob"_s);
        record(refused, u"refused"_s);
        qsizetype aliceCount = -1, bobCount = -1;
        connect(alice, &ApiReply::succeeded, alice,
                [&] { aliceCount = alice->result().messages.size(); });
        connect(bob, &ApiReply::succeeded, bob, [&] { bobCount = bob->result().messages.size(); });
        const QPointer<ApiReply> gone = alice;
        QTRY_COMPARE_WITH_TIMEOUT(order.size(), 6, 15000);
        QCOMPARE(aliceCount, 3);
        QCOMPARE(bobCount, 5);
        for (const QString &who : {u"alice"_s, u"bob"_s, u"refused"_s}) {
            const QStringList mine = order.filter(who + u" "_s);
            QCOMPARE(mine.size(), 2);
            QCOMPARE(mine.first(), who + u" finished"_s);
            QCOMPARE(mine.last(), who + (who == "refused"_L1 ? u" failed"_s : u" ok"_s));
        }
        // The reply goes once it has answered; the API keeps nothing of it.
        QTRY_VERIFY(gone.isNull());
        QCOMPARE(api->pendingCount(), 0);
    }

    // The caller's own signals come before the API-wide ones for observers.
    void theReplyAnswersBeforeTheApiWideSignals()
    {
        sandbox->seedHistory(u"alice"_s, 1);
        QStringList order;
        auto *reply = api->getMessages(u"alice"_s, PageRequest::latest(), this);
        const RequestId id = reply->id();
        connect(reply, &ApiReply::succeeded, this, [&order] { order << u"reply"_s; });
        connect(api.get(), &ConversationApi::messagesReceived, this,
                [&order, id](RequestId got) { order << (got == id ? u"api"_s : u"other"_s); });
        QVERIFY(rec->wait(id));
        QCOMPARE(order, QStringList({u"reply"_s, u"api"_s}));
    }

    void deletingTheContextStopsTheRequestSilently()
    {
        sandbox->seedHistory(u"alice"_s, 1);
        sandbox->server().addFault({.kind = SandboxFault::Kind::Delay, .delayMs = 300});
        auto context = std::make_unique<QObject>();
        auto *reply = api->getMessages(u"alice"_s, PageRequest::latest(), context.get());
        bool answered = false;
        connect(reply, &ApiReply::finished, this, [&answered] { answered = true; });
        const RequestId id = reply->id();
        QCOMPARE(api->pendingCount(), 1);
        context.reset();
        QCOMPARE(api->pendingCount(), 0);
        QTest::qWait(600);
        QVERIFY(!answered);
        QVERIFY(!rec->events.contains(id));
    }

    void cancellingInsideFinishedSilencesTheOutcome()
    {
        sandbox->seedHistory(u"alice"_s, 1);
        auto *reply = api->getMessages(u"alice"_s, PageRequest::latest(), this);
        const QPointer<ApiReply> watched = reply;
        int outcomes = 0;
        connect(reply, &ApiReply::finished, this, [reply] { reply->cancel(); });
        connect(reply, &ApiReply::succeeded, this, [&outcomes] { ++outcomes; });
        connect(reply, &ApiReply::failed, this, [&outcomes] { ++outcomes; });
        QTRY_VERIFY(watched.isNull());
        QCOMPARE(outcomes, 0);
    }

    void aReplyCancelledOrOutlivingItsApiSaysNothing()
    {
        sandbox->seedHistory(u"alice"_s, 1);
        sandbox->server().addFault({.kind = SandboxFault::Kind::Delay, .delayMs = 300});
        sandbox->server().addFault({.kind = SandboxFault::Kind::Delay, .delayMs = 300});
        int heard = 0;
        QPointer<ApiReply> cancelled = api->getMessages(u"alice"_s, PageRequest::latest(), this);
        QPointer<ApiReply> orphan = api->resetUnreadCount(u"alice"_s, this);
        for (ApiReply *r : {cancelled.data(), orphan.data()}) {
            connect(r, &ApiReply::finished, this, [&heard] { ++heard; });
            connect(r, &ApiReply::failed, this, [&heard] { ++heard; });
        }
        cancelled->cancel();
        QVERIFY(cancelled.isNull()); // gone at once: nobody takes it for a request in flight
        rec.reset();
        api.reset(); // the API goes first: its open replies go with it
        QVERIFY(orphan.isNull());
        QTest::qWait(600);
        QCOMPARE(heard, 0);
    }
};

QTEST_GUILESS_MAIN(TestConversationApi)
#include "tst_conversationapi.moc"
