#include "conversation/composer.h"
#include "conversation/messagelistmodel.h"
#include "sandboxfixture.h"
#include "session/outbox.h"
#include "storage/localstore.h"
#include "uitestutil.h"

#include <QAbstractItemModelTester>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLabel>
#include <QPlainTextEdit>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace std::chrono_literals;
using RowKind = MessageListModel::RowKind;
using Kind = SandboxFault::Kind;

/*!
 * One test per fault of the matrix in tests/README.md: what the agent sees, and that nothing is
 * lost or doubled.
 */
class TestFaultMatrix : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<SandboxFixture> sandbox;
    std::unique_ptr<ConversationApi> api;
    std::unique_ptr<MessageListModel> model;
    std::unique_ptr<QAbstractItemModelTester> tester;

    void fastRetries(int attempts = 4)
    {
        RetryPolicy p;
        p.maxAttempts = attempts;
        p.baseDelay = 5ms;
        p.maxDelay = 20ms;
        api->setRetryPolicy(p);
    }

    RowKind kindAt(int row) const
    {
        return model->index(row).data(MessageListModel::RowKindRole).value<RowKind>();
    }
    QString textAt(int row) const { return model->index(row).data().toString(); }
    bool open() { return UiTest::open(model.get(), u"alice"_s); }

    /*! Fetches newer messages and waits until the catch-up has ended, one way or the other. */
    void catchUp()
    {
        QSignalSpy done(api.get(), &ConversationApi::finished);
        model->catchUp();
        QVERIFY(done.wait());
    }

    static QByteArray page(const QJsonArray &messages)
    {
        return QJsonDocument(QJsonObject{{"conversation"_L1,
                                          QJsonObject{{"_id"_L1, "c"_L1}, {"unreadCount"_L1, 0}}},
                                         {"messages"_L1, messages}})
            .toJson(QJsonDocument::Compact);
    }

    static QJsonObject message(const QString &id, double received, const QString &text = u"hi"_s)
    {
        return {{"_id"_L1, id},
                {"type"_L1, "text"_L1},
                {"role"_L1, "appUser"_L1},
                {"text"_L1, text},
                {"received"_L1, received}};
    }

private Q_SLOTS:
    void init()
    {
        sandbox = std::make_unique<SandboxFixture>();
        sandbox->seedHistory(u"alice"_s, 20);
        api = std::make_unique<ConversationApi>();
        api->setConnection(sandbox->connection());
        fastRetries();
        model = std::make_unique<MessageListModel>(api.get());
        tester = std::make_unique<QAbstractItemModelTester>(
            model.get(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    }

    void cleanup()
    {
        tester.reset();
        model.reset();
        api.reset();
        sandbox.reset();
    }

    void connectionRefused()
    {
        const quint16 port = sandbox->server().port();
        sandbox->server().stop();
        QVERIFY(open());
        QCOMPARE(kindAt(0), RowKind::OlderFailed);
        // In plain words, not "network error: Connection refused".
        QVERIFY(textAt(0).contains("Can't reach the server: it refused the connection"_L1));
        QVERIFY(sandbox->server().start(QHostAddress::LocalHost, port));
        QSignalSpy loaded(model.get(), &MessageListModel::initialLoadFinished);
        model->retry(RowKind::OlderFailed);
        QVERIFY(loaded.wait());
        QCOMPARE(model->messageCount(), 20);
    }

    void connectionDroppedMidResponse()
    {
        sandbox->server().addFault({.kind = Kind::DropMidBody, .count = 2});
        QVERIFY(open()); // retried: the agent sees the history, nothing else
        QCOMPARE(model->messageCount(), 20);
        QCOMPARE(model->rowCount(), 20);
    }

    void serverThatNeverAnswers()
    {
        api->setTimeout(300ms);
        fastRetries(2);
        sandbox->server().addFault({.kind = Kind::NoAnswer, .count = 2});
        QVERIFY(open());
        QCOMPARE(kindAt(0), RowKind::OlderFailed);
        QVERIFY(textAt(0).contains("did not answer in time"_L1));
    }

    void serverErrorsWithAndWithoutRetryAfter_data()
    {
        QTest::addColumn<int>("status");
        QTest::addColumn<int>("retryAfter");
        QTest::newRow("500") << 500 << -1;
        QTest::newRow("502") << 502 << -1;
        QTest::newRow("503") << 503 << -1;
        QTest::newRow("503 Retry-After") << 503 << 1;
        QTest::newRow("429 Retry-After") << 429 << 1;
    }

    void serverErrorsWithAndWithoutRetryAfter()
    {
        QFETCH(int, status);
        QFETCH(int, retryAfter);
        SandboxFault fault{.kind = Kind::Status, .status = status};
        if (retryAfter >= 0)
            fault.retryAfter = retryAfter;
        sandbox->server().addFault(fault);
        QSignalSpy retrying(api.get(), &ConversationApi::retrying);
        QVERIFY(open());
        QCOMPARE(model->messageCount(), 20);
        QCOMPARE(retrying.count(), 1);
        if (retryAfter >= 0)
            QCOMPARE(retrying.first().at(2).value<std::chrono::milliseconds>(),
                     std::chrono::milliseconds(retryAfter * 1000));
        // A message sent meanwhile still arrives exactly once.
        QTemporaryDir dir;
        LocalStore store(dir.filePath(u"db.sqlite"_s));
        Outbox outbox(api.get(), &store);
        RetryPolicy fast;
        fast.maxAttempts = 100;
        fast.baseDelay = 10ms;
        outbox.setRetryPolicy(fast);
        sandbox->server().addFault({.kind = Kind::Status,
                                    .status = status,
                                    .retryAfter = fault.retryAfter,
                                    .method = u"POST"_s});
        QSignalSpy delivered(&outbox, &Outbox::delivered);
        const QString id =
            outbox.enqueue(u"alice"_s, NewMessage::appMakerText(u"through it all"_s));
        QVERIFY(delivered.wait(10000));
        QCOMPARE(sandbox->store().countByClientMessageId(
                     sandbox->store().findUser(u"alice"_s)->smoochId, id),
                 1);
    }

    void credentialsRevokedMidSession()
    {
        QTemporaryDir dir;
        auto w = UiTest::window(*sandbox, dir.path());
        QVERIFY(UiTest::open(*w, u"alice"_s));
        // From now on the key is refused.
        sandbox->server().addFault({.kind = Kind::Status, .status = 401, .count = 1000});
        QSignalSpy held(w->outbox(), &Outbox::heldChanged);
        w->composer()->editor()->setPlainText(u"are you there?"_s);
        QVERIFY(w->composer()->send());
        QVERIFY(held.wait());
        QVERIFY(w->banner()->isVisible());
        QVERIFY(w->banner()->text().contains("refused the credentials"_L1));
        const auto waiting = w->outbox()->undelivered();
        QCOMPARE(waiting.size(), 1); // the outbox holds it
        QCOMPARE(waiting.first().state, Outbox::State::Queued);

        sandbox->server().clearFaults(); // the key is fixed
        QSignalSpy delivered(w->outbox(), &Outbox::delivered);
        w->outbox()->resume();
        QVERIFY(delivered.wait());
        QCOMPARE(sandbox->store().countByClientMessageId(
                     sandbox->store().findUser(u"alice"_s)->smoochId, waiting.first().clientId),
                 1);
        QVERIFY(!w->banner()->isVisible());
    }

    void forbidden()
    {
        sandbox->server().addFault({.kind = Kind::Status, .status = 403});
        QVERIFY(open());
        QCOMPARE(kindAt(0), RowKind::OlderFailed);
        QVERIFY(textAt(0).contains("HTTP 403"_L1));
    }

    void conversationDeletedElsewhere()
    {
        QVERIFY(open());
        const auto user = sandbox->store().findUser(u"alice"_s);
        sandbox->store().deleteMessages(user->smoochId);
        sandbox->server().addFault({.kind = Kind::Status, .status = 404});
        catchUp();
        QCOMPARE(kindAt(model->rowCount() - 1), RowKind::NewerGap);
        QVERIFY(textAt(model->rowCount() - 1).contains("HTTP 404"_L1));
        QCOMPARE(model->messageCount(), 20); // what was read stays readable
    }

    void malformedJson()
    {
        QVERIFY(open());
        sandbox->server().addFault({.kind = Kind::MalformedJson});
        catchUp();
        QCOMPARE(kindAt(model->rowCount() - 1), RowKind::NewerGap);
        QVERIFY(textAt(model->rowCount() - 1).contains("malformed JSON"_L1));
    }

    void bodiesOfTheWrongShape_data()
    {
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<QString>("shown");
        QTest::newRow("array") << QByteArray("[]") << u"JSON object"_s;
        QTest::newRow("no messages")
            << QByteArray(R"({"conversation":{"_id":"c"}})") << u"messages"_s;
        QTest::newRow("invalid UTF-8")
            << QByteArray("{\"messages\":[{\"_id\":\"\xc3\x28\",\"received\":1}]}")
            << u"malformed"_s;
    }

    void bodiesOfTheWrongShape()
    {
        QFETCH(QByteArray, body);
        QFETCH(QString, shown);
        QVERIFY(open());
        sandbox->server().addFault({.kind = Kind::Body, .status = 200, .body = body});
        catchUp();
        QCOMPARE(kindAt(model->rowCount() - 1), RowKind::NewerGap);
        QVERIFY2(textAt(model->rowCount() - 1).contains(shown),
                 qPrintable(textAt(model->rowCount() - 1)));
        QCOMPARE(model->messageCount(), 20);
    }

    void receivedAsAStringLeavesOnlyThatMessageOut()
    {
        QVERIFY(open());
        QJsonObject bad = message(u"bad"_s, 0);
        bad.insert("received"_L1, "1800000000.5"_L1);
        sandbox->server().addFault({.kind = Kind::Body,
                                    .status = 200,
                                    .body = page({message(u"good"_s, 1800000000.0), bad})});
        catchUp();
        QVERIFY(model->rowOf(u"good"_s) >= 0);
        QCOMPARE(model->rowOf(u"bad"_s), -1);
        QCOMPARE(model->messageCount(), 21);
    }

    void aTenMegabytePage()
    {
        QVERIFY(open());
        QJsonArray messages;
        const QString big(100 * 1024, u'x');
        for (int i = 0; i < 100; ++i)
            messages.append(message(u"big-%1"_s.arg(i), 1800000000.0 + i, big));
        const QByteArray body = page(messages);
        QVERIFY(body.size() > 10'000'000);
        sandbox->server().addFault({.kind = Kind::Body, .status = 200, .body = body});
        catchUp();
        QCOMPARE(model->messageCount(), 120);
    }

    void aPageOfOneHundredDuplicates()
    {
        QVERIFY(open());
        QJsonArray messages;
        for (int i = 0; i < 100; ++i)
            messages.append(message(u"same"_s, 1800000000.0));
        sandbox->server().addFault({.kind = Kind::Body, .status = 200, .body = page(messages)});
        catchUp();
        QCOMPARE(model->messageCount(), 21);
    }

    void theSandboxRestartsMidSend()
    {
        QTemporaryDir dir;
        LocalStore store(dir.filePath(u"db.sqlite"_s));
        Outbox outbox(api.get(), &store);
        RetryPolicy fast;
        fast.maxAttempts = 100;
        fast.baseDelay = 20ms;
        outbox.setRetryPolicy(fast);
        // The server stores the message, then goes down before it answers.
        sandbox->server().addFault({.kind = Kind::Delay, .delayMs = 5000, .method = u"POST"_s});
        QSignalSpy received(&sandbox->server(), &SandboxServer::requestHandled);
        const QString id = outbox.enqueue(u"alice"_s, NewMessage::appMakerText(u"mid-restart"_s));
        QVERIFY(received.wait());
        const quint16 port = sandbox->server().port();
        sandbox->server().stop();
        sandbox->server().clearFaults();
        QVERIFY(sandbox->server().start(QHostAddress::LocalHost, port));
        QSignalSpy delivered(&outbox, &Outbox::delivered);
        QVERIFY(delivered.wait(10000));
        QCOMPARE(sandbox->store().countByClientMessageId(
                     sandbox->store().findUser(u"alice"_s)->smoochId, id),
                 1);
    }
};

QTEST_MAIN(TestFaultMatrix)
#include "tst_faultmatrix.moc"
