#include "client/conversationapi.h"
#include "sandboxfixture.h"
#include "session/historyclearer.h"
#include "session/session.h"
#include "session/sessioncontroller.h"
#include "session/typingnotifier.h"
#include "session/webhookreceiver.h"
#include "storage/auditlog.h"
#include "storage/localstore.h"

#include <QFile>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

/*!
 * What a session does, without a widget: live updates from the sandbox's real webhook
 * deliveries become inbox records, catch-ups and notification requests; closing waits for the
 * typing stop through signals; clearing exports first and deletes nothing unless it could.
 */
class TestSessionController : public QObject
{
    Q_OBJECT

private:
    static constexpr char hookSecret[] = "hook-secret";
    std::unique_ptr<SandboxFixture> sandbox;
    std::unique_ptr<QTemporaryDir> dir;

    /*! A controller of the sandbox's app, with its webhooks pointed at it. */
    std::unique_ptr<SessionController> controller()
    {
        Profile p = sandbox->profile(u"test"_s);
        p.webhookEnabled = true;
        auto c = std::make_unique<SessionController>(p, sandbox->server().config().secret,
                                                     hookSecret, dir->path());
        if (!c->webhooks())
            qFatal("the webhook receiver did not start");
        sandbox->server().webhooks().configure(c->webhooks()->url(), hookSecret);
        return c;
    }

    static NewMessage fromUser(const QString &text)
    {
        NewMessage post;
        post.role = u"appUser"_s;
        post.type = u"text"_s;
        post.text = text;
        return post;
    }

    int messagesOf(const QString &user) const
    {
        return sandbox->store().messageCount(sandbox->store().findUser(user)->smoochId);
    }

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void init()
    {
        sandbox = std::make_unique<SandboxFixture>();
        dir = std::make_unique<QTemporaryDir>();
        sandbox->seedHistory(u"alice"_s, 3);
        sandbox->seedHistory(u"bob"_s, 2);
    }

    void cleanup()
    {
        dir.reset();
        sandbox.reset();
    }

    void aMessageForAnotherConversationUpdatesTheInboxAndNotifiesOnce()
    {
        auto c = controller();
        QVERIFY(c->hasLiveUpdates());
        c->openConversation(u"bob"_s);
        c->setAttention(false, true); // the window is in the background
        QSignalSpy changed(c.get(), &SessionController::inboxChanged);
        QSignalSpy notifications(c.get(), &SessionController::notificationRequested);
        QSignalSpy arrived(c.get(), &SessionController::messagesArrived);
        QSignalSpy unread(c.get(), &SessionController::unreadCountChanged);
        QSignalSpy delivered(&sandbox->server().webhooks(), &SandboxWebhooks::delivered);
        sandbox->server().createMessage(u"alice"_s, fromUser(u"Are you there?"_s));
        QVERIFY(delivered.wait());
        QVERIFY(!changed.isEmpty());
        const auto entry = changed.last().at(0).value<InboxStore::Entry>();
        QCOMPARE(entry.userId, u"alice"_s);
        QCOMPARE(entry.unread, 1);
        QCOMPARE(entry.lastText, u"Are you there?"_s);
        QCOMPARE(c->inboxEntry(u"alice"_s)->unread, 1);
        QCOMPARE(notifications.count(), 1);
        QCOMPARE(notifications.first().at(1).toString(), u"Are you there?"_s);
        QVERIFY(arrived.isEmpty()); // bob's conversation is open, not alice's
        QCOMPARE(unread.last().at(0).toInt(), 1);
        QCOMPARE(c->unreadCount(), 1);
    }

    void theSameDeliveryTwiceCountsOnce()
    {
        auto c = controller();
        QSignalSpy notifications(c.get(), &SessionController::notificationRequested);
        QSignalSpy delivered(&sandbox->server().webhooks(), &SandboxWebhooks::delivered);
        // The controller handles the delivery, but its answer is lost: the service retries.
        sandbox->server().webhooks().loseAnswers(1);
        sandbox->server().createMessage(u"alice"_s, fromUser(u"Hello?"_s));
        QVERIFY(delivered.wait());
        QCOMPARE(delivered.last().at(2).toInt(), 2); // it came twice
        QCOMPARE(c->inboxEntry(u"alice"_s)->unread, 1);
        QCOMPARE(c->unreadCount(), 1);
        QCOMPARE(notifications.count(), 1);
        // And once more, later: still not new.
        sandbox->server().announce(u"alice"_s);
        QVERIFY(delivered.wait());
        QCOMPARE(c->unreadCount(), 1);
        QCOMPARE(notifications.count(), 1);
    }

    void aMessageForTheOpenConversationMakesItCatchUp()
    {
        auto c = controller();
        c->openConversation(u"alice"_s);
        c->setAttention(true, true); // the agent looks at its newest message
        QSignalSpy arrived(c.get(), &SessionController::messagesArrived);
        QSignalSpy notifications(c.get(), &SessionController::notificationRequested);
        QSignalSpy delivered(&sandbox->server().webhooks(), &SandboxWebhooks::delivered);
        const QJsonObject m = sandbox->server().createMessage(u"alice"_s, fromUser(u"Hi"_s));
        QVERIFY(delivered.wait());
        QCOMPARE(arrived.count(), 1);
        const auto messages = arrived.first().at(0).value<QList<Message>>();
        QCOMPARE(messages.size(), 1);
        QCOMPARE(messages.first().id, m.value("_id"_L1).toString());
        QCOMPARE(c->inboxEntry(u"alice"_s)->unread, 0); // seen as it came
        QVERIFY(notifications.isEmpty());               // the window is in use
    }

    void typingInTheOpenConversationIsShownAndEnds()
    {
        auto c = controller();
        c->openConversation(u"alice"_s);
        QSignalSpy open(c.get(), &SessionController::openTypingChanged);
        QSignalSpy any(c.get(), &SessionController::typingChanged);
        sandbox->server().simulateTyping(u"bob"_s, true);
        QTRY_COMPARE(any.count(), 1);
        QVERIFY(open.isEmpty()); // bob's conversation is not open
        sandbox->server().simulateTyping(u"alice"_s, true);
        QTRY_COMPARE(open.count(), 1);
        QCOMPARE(open.last().at(0).toBool(), true);
        sandbox->server().simulateTyping(u"alice"_s, false);
        QTRY_COMPARE(open.count(), 2);
        QCOMPARE(open.last().at(0).toBool(), false);
    }

    void closingSendsTheTypingStopFirst()
    {
        auto c = controller();
        TypingNotifier *typing = c->session()->typing();
        typing->setIdleTimeout(std::chrono::hours(1)); // only the close can stop it
        typing->setConversation(u"alice"_s);
        typing->textEdited(u"half a thought"_s);
        QTRY_COMPARE(sandbox->activities(), QStringList{u"alice typing:start"_s});
        QSignalSpy ready(c.get(), &SessionController::readyToClose);
        QVERIFY(!c->prepareToClose()); // the stop is on its way: not yet
        QVERIFY(sandbox->activities().size() == 1 || ready.isEmpty());
        QVERIFY(ready.wait());
        QCOMPARE(ready.count(), 1);
        QCOMPARE(sandbox->activities(),
                 QStringList({u"alice typing:start"_s, u"alice typing:stop"_s}));
        QVERIFY(typing->isIdle());
        QVERIFY(c->prepareToClose()); // nothing left to wait for
        QTest::qWait(50);
        QCOMPARE(ready.count(), 1);
    }

    void closingWithoutTypingIsAtOnce()
    {
        auto c = controller();
        QVERIFY(c->prepareToClose());
        QVERIFY(sandbox->activities().isEmpty());
    }

    void clearingDeletesNothingWhenTheExportFails()
    {
        // As smoochctl uses it: an API, no session, no outbox, no audit log.
        ConversationApi api;
        api.setConnection(sandbox->connection());
        HistoryClearer clearer(&api);
        QSignalSpy cleared(&clearer, &HistoryClearer::cleared);
        QSignalSpy failed(&clearer, &HistoryClearer::failed);
        QSignalSpy finished(&clearer, &HistoryClearer::finished);
        clearer.start({u"alice"_s, u"bob"_s}, u"/nonexistent-folder/export.json"_s);
        QVERIFY(finished.wait());
        QCOMPARE(finished.count(), 1);
        QVERIFY(cleared.isEmpty());
        QCOMPARE(failed.count(), 2);
        QCOMPARE(failed.at(0).at(1).value<HistoryClearer::Stage>(), HistoryClearer::Stage::Export);
        QCOMPARE(messagesOf(u"alice"_s), 3);
        QCOMPARE(messagesOf(u"bob"_s), 2);
        for (const auto &request : sandbox->server().requests())
            QVERIFY(request.method != "DELETE"_L1);
    }

    void clearingExportsThenDeletesEachUser()
    {
        ConversationApi api;
        api.setConnection(sandbox->connection());
        HistoryClearer clearer(&api);
        QSignalSpy cleared(&clearer, &HistoryClearer::cleared);
        QSignalSpy finished(&clearer, &HistoryClearer::finished);
        const QString path = dir->filePath(u"export.json"_s);
        clearer.start({u"alice"_s, u"bob"_s}, path);
        QVERIFY(finished.wait());
        QCOMPARE(cleared.count(), 2);
        QCOMPARE(cleared.at(0).at(0).toString(), u"alice"_s);
        QCOMPARE(cleared.at(0).at(1).toInt(), 3); // messages exported
        QCOMPARE(cleared.at(1).at(1).toInt(), 2);
        QVERIFY(QFile::exists(path));
        QCOMPARE(messagesOf(u"alice"_s), 0);
        QCOMPARE(messagesOf(u"bob"_s), 0);
    }

    void theControllerClearsAndAudits()
    {
        auto c = controller();
        c->openConversation(u"alice"_s);
        QSignalSpy cleared(c.get(), &SessionController::historyCleared);
        QSignalSpy failed(c.get(), &SessionController::historyClearFailed);
        c->clearHistory(u"alice"_s, {});
        QVERIFY(cleared.wait());
        QVERIFY(failed.isEmpty());
        QCOMPARE(cleared.first().at(0).toString(), u"alice"_s);
        QCOMPARE(messagesOf(u"alice"_s), 0);
        QSqlQuery audit(c->session()->store()->database());
        QVERIFY(audit.exec(u"SELECT COUNT(*) FROM "_s + AuditLog::table()));
        QVERIFY(audit.next());
        QCOMPARE(audit.value(0).toInt(), 1);

        // A DELETE the server refuses is a failure, and not audited.
        sandbox->server().addFault(
            {.kind = SandboxFault::Kind::Status, .status = 403, .method = u"DELETE"_s});
        c->clearHistory(u"bob"_s, {});
        QVERIFY(failed.wait());
        QCOMPARE(failed.first().at(0).toString(), u"bob"_s);
        QCOMPARE(failed.first().at(1).toBool(), false); // not the export: the DELETE
        QCOMPARE(messagesOf(u"bob"_s), 2);
        QVERIFY(audit.exec(u"SELECT COUNT(*) FROM "_s + AuditLog::table()));
        QVERIFY(audit.next());
        QCOMPARE(audit.value(0).toInt(), 1);
    }
};

QTEST_GUILESS_MAIN(TestSessionController)
#include "tst_sessioncontroller.moc"
