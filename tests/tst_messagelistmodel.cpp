#include "conversation/messagelistmodel.h"
#include "sandboxfixture.h"
#include "session/outbox.h"
#include "uitestutil.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>

using namespace Qt::StringLiterals;
using RowKind = MessageListModel::RowKind;

class TestMessageListModel : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<SandboxFixture> sandbox;
    std::unique_ptr<ConversationApi> api;
    std::unique_ptr<MessageListModel> model;
    std::unique_ptr<QAbstractItemModelTester> tester;

    int getCount() const
    {
        int n = 0;
        for (const auto &r : sandbox->server().requests())
            n += r.method == "GET"_L1 ? 1 : 0;
        return n;
    }

    bool waitIdle() { return UiTest::waitIdle(model.get()); }

    bool open(const QString &user) { return UiTest::open(model.get(), user); }

    QStringList ids() const
    {
        QStringList list;
        for (int row = 0; row < model->rowCount(); ++row) {
            if (const Message *m = model->messageAt(row))
                list.append(m->id);
        }
        return list;
    }

    void verifyOrderedAndUnique()
    {
        double previous = 0;
        QSet<QString> seen;
        for (int row = 0; row < model->rowCount(); ++row) {
            const Message *m = model->messageAt(row);
            if (!m)
                continue;
            QVERIFY2(!seen.contains(m->id), qPrintable(m->id));
            seen.insert(m->id);
            QVERIFY(*m->received >= previous);
            previous = *m->received;
        }
    }

    RowKind kindAt(int row) const
    {
        return model->index(row).data(MessageListModel::RowKindRole).value<RowKind>();
    }

private Q_SLOTS:
    void init()
    {
        sandbox = std::make_unique<SandboxFixture>();
        api = std::make_unique<ConversationApi>();
        api->setConnection(sandbox->connection());
        api->setRetryPolicy(RetryPolicy::none());
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

    void pagesThroughTheWholeHistory()
    {
        const auto seeded = sandbox->seedHistory(u"alice"_s, 250, 50);
        QVERIFY(open(u"alice"_s));
        QCOMPARE(model->messageCount(), 100);
        QVERIFY(!model->isAtStart());
        QVERIFY(model->canFetchMore({}));
        QVERIFY(!model->canFetchMore(model->index(0)));
        while (model->canFetchMore({})) {
            model->fetchMore({});
            QVERIFY(waitIdle());
            verifyOrderedAndUnique();
        }
        QVERIFY(model->isAtStart());
        QCOMPARE(model->messageCount(), 250);
        QCOMPARE(model->rowCount(), 250); // no status row left
        QStringList expected;
        for (const QJsonObject &m : seeded)
            expected.append(m.value("_id"_L1).toString());
        QStringList got = ids();
        std::sort(expected.begin(), expected.end());
        std::sort(got.begin(), got.end());
        QCOMPARE(got, expected);
        QCOMPARE(getCount(), 3);
    }

    void aSecondFetchJoinsTheFirst()
    {
        sandbox->seedHistory(u"alice"_s, 250);
        QVERIFY(open(u"alice"_s));
        QSignalSpy loading(model.get(), &MessageListModel::loadingChanged);
        model->fetchMore({});
        QVERIFY(model->isLoading());
        QVERIFY(!model->canFetchMore({}));
        model->fetchMore({});
        model->fetchMore({});
        QSignalSpy rows(model.get(), &QAbstractItemModel::rowsInserted);
        QVERIFY(rows.wait());
        QCOMPARE(kindAt(0), RowKind::LoadingOlder);
        QVERIFY(waitIdle());
        QCOMPARE(getCount(), 2);
        QCOMPARE(model->messageCount(), 199); // the boundary message comes again and is dropped
        QCOMPARE(loading.count(), 2);         // started, ended
    }

    void aResponseForAnotherConversationIsDropped()
    {
        sandbox->seedHistory(u"alice"_s, 30);
        sandbox->seedHistory(u"bob"_s, 5, 0, 1600000000.0);
        sandbox->server().addFault(
            {.kind = SandboxFault::Kind::Delay, .delayMs = 400, .pathContains = u"/alice/"_s});
        QSignalSpy answered(&sandbox->server(), &SandboxServer::requestHandled);
        model->setConversation(u"alice"_s);
        QVERIFY(answered.wait()); // alice's page is on its way, slowly
        QVERIFY(open(u"bob"_s));
        // Alice's answer was due 400 ms after her request; nothing may arrive from it.
        QSignalSpy late(model.get(), &QAbstractItemModel::rowsInserted);
        QVERIFY(!late.wait(800));
        QCOMPARE(model->userId(), u"bob"_s);
        QCOMPARE(model->messageCount(), 5);
        for (const QString &id : ids())
            QVERIFY(id.startsWith("bob-"_L1));
    }

    void aFailedPageBecomesARowWithRetry()
    {
        sandbox->seedHistory(u"alice"_s, 150);
        QVERIFY(open(u"alice"_s));
        sandbox->server().addFault({.kind = SandboxFault::Kind::Status, .status = 503, .count = 1});
        model->fetchMore({});
        QVERIFY(waitIdle());
        QCOMPARE(kindAt(0), RowKind::OlderFailed);
        QVERIFY(model->index(0).data(MessageListModel::ErrorRole).toString().contains("503"_L1));
        QVERIFY(model->index(0).data().toString().contains("Couldn't load older messages"_L1));
        QVERIFY(!model->canFetchMore({}));
        QCOMPARE(model->messageCount(), 100);

        model->retry(RowKind::OlderFailed);
        QVERIFY(waitIdle());
        QCOMPARE(model->messageCount(), 150);
        QVERIFY(model->isAtStart());
        QCOMPARE(kindAt(0), RowKind::Message);
        verifyOrderedAndUnique();
    }

    void aFailedFirstPageCanBeRetried()
    {
        sandbox->seedHistory(u"alice"_s, 10);
        sandbox->server().addFault({.kind = SandboxFault::Kind::Status, .status = 500});
        QVERIFY(open(u"alice"_s));
        QCOMPARE(model->rowCount(), 1);
        QCOMPARE(kindAt(0), RowKind::OlderFailed);
        QSignalSpy loaded(model.get(), &MessageListModel::initialLoadFinished);
        model->retry(RowKind::OlderFailed);
        QVERIFY(loaded.wait());
        QCOMPARE(model->messageCount(), 10);
    }

    void aUserWithoutConversationIsEmptyNotAnError()
    {
        QVERIFY(open(u"nobody"_s));
        QCOMPARE(model->rowCount(), 0);
        QVERIFY(model->isAtStart());
        QVERIFY(!model->canFetchMore({}));
    }

    void catchUpBringsNewerMessagesOnce()
    {
        sandbox->seedHistory(u"alice"_s, 20);
        QVERIFY(open(u"alice"_s));
        // 150 new messages arrive meanwhile, some sharing a timestamp with the newest held.
        const auto user = sandbox->store().findUser(u"alice"_s);
        QList<QJsonObject> fresh;
        for (int i = 0; i < 150; ++i)
            fresh.append({{"_id"_L1, u"new-%1"_s.arg(i)},
                          {"type"_L1, "text"_L1},
                          {"role"_L1, "appUser"_L1},
                          {"text"_L1, u"new %1"_s.arg(i)},
                          {"received"_L1, 1700000025.0 + i / 3}});
        QVERIFY(sandbox->store().insertMessages(user->smoochId, fresh));
        QSignalSpy arrived(model.get(), &MessageListModel::newerMessagesArrived);
        model->catchUp();
        QTRY_COMPARE_WITH_TIMEOUT(model->messageCount(), 170, 10000);
        verifyOrderedAndUnique();
        int total = 0;
        for (const auto &args : arrived)
            total += args.at(0).toInt();
        QCOMPARE(total, 150);
        QCOMPARE(model->messageAt(model->rowCount() - 1)->id, u"new-149"_s);
    }

    void aDeliveredReplyDoesNotHideAnEarlierCustomerMessage()
    {
        sandbox->seedHistory(u"alice"_s, 20);
        QVERIFY(open(u"alice"_s));
        const QString smoochId = sandbox->store().findUser(u"alice"_s)->smoochId;
        // The customer writes at T1; before the next catch-up the agent's reply is delivered
        // at T2 > T1 and shown from the outbox (or a webhook), not from a page.
        const QJsonObject customer{{"_id"_L1, "customer"_L1},
                                   {"type"_L1, "text"_L1},
                                   {"role"_L1, "appUser"_L1},
                                   {"text"_L1, "Are you there?"_L1},
                                   {"received"_L1, 1700000100.0}};
        const QJsonObject reply{{"_id"_L1, "reply"_L1},
                                {"type"_L1, "text"_L1},
                                {"role"_L1, "appMaker"_L1},
                                {"text"_L1, "Yes"_L1},
                                {"received"_L1, 1700000200.0}};
        QVERIFY(sandbox->store().insertMessage(smoochId, customer));
        QVERIFY(sandbox->store().insertMessage(smoochId, reply));
        model->addMessages({*Message::fromJson(reply)});
        QCOMPARE(model->messageCount(), 21);

        QSignalSpy pages(api.get(), &ConversationApi::messagesReceived);
        model->catchUp();
        QVERIFY(pages.wait());
        QVERIFY(model->rowOf(u"customer"_s) >= 0);
        QCOMPARE(model->messageCount(), 22);
        verifyOrderedAndUnique();
    }

    void anOldMessageFromElsewhereDoesNotMoveTheOlderCursor()
    {
        const auto seeded = sandbox->seedHistory(u"alice"_s, 301);
        QSignalSpy loaded(model.get(), &MessageListModel::initialLoadFinished);
        model->setConversation(u"alice"_s);
        // While the first page loads, a message from the middle of the history comes from
        // elsewhere (a webhook delivered again): it is older than anything the page brings.
        model->addMessages({*Message::fromJson(seeded.at(149))});
        QVERIFY(loaded.wait());
        QVERIFY(waitIdle());
        QCOMPARE(model->messageCount(), 101);
        while (model->canFetchMore({})) {
            model->fetchMore({});
            QVERIFY(waitIdle());
        }
        QCOMPARE(model->messageCount(), 301);
        QVERIFY(model->isAtStart());
        verifyOrderedAndUnique();
        QCOMPARE(model->messageAt(0)->id, u"alice-00000"_s);
    }

    void aFullMillisecondIsNotTheStart()
    {
        // 150 messages in one millisecond: the older page brings nothing new. That is not the
        // start of the history, and the model says it could not load more.
        const QString smoochId = sandbox->store().ensureUser(u"burst"_s).smoochId;
        sandbox->store().ensureConversation(smoochId);
        QList<QJsonObject> burst;
        for (int i = 0; i < 150; ++i)
            burst.append({{"_id"_L1, u"burst-%1"_s.arg(i, 3, 10, QLatin1Char('0'))},
                          {"type"_L1, "text"_L1},
                          {"role"_L1, "appUser"_L1},
                          {"text"_L1, u"burst %1"_s.arg(i)},
                          {"received"_L1, 1700000000.123}});
        QVERIFY(sandbox->store().insertMessages(smoochId, burst));
        QVERIFY(open(u"burst"_s));
        model->fetchMore({});
        QVERIFY(waitIdle());
        QVERIFY(!model->isAtStart());
        QCOMPARE(kindAt(0), RowKind::OlderFailed);
        QVERIFY(!model->canFetchMore({}));
    }

    void aFailedCatchUpLeavesAGapRow()
    {
        sandbox->seedHistory(u"alice"_s, 20);
        QVERIFY(open(u"alice"_s));
        sandbox->server().addFault({.kind = SandboxFault::Kind::Status, .status = 502});
        QSignalSpy rows(model.get(), &QAbstractItemModel::rowsInserted);
        model->catchUp();
        QVERIFY(rows.wait());
        QCOMPARE(kindAt(model->rowCount() - 1), RowKind::NewerGap);
        QVERIFY(model->index(model->rowCount() - 1)
                    .data()
                    .toString()
                    .contains("Couldn't load newer"_L1));
        QSignalSpy removed(model.get(), &QAbstractItemModel::rowsRemoved);
        model->retry(RowKind::NewerGap);
        QVERIFY(removed.wait());
        QCOMPARE(kindAt(model->rowCount() - 1), RowKind::Message);
        QCOMPARE(model->rowCount(), 20);
    }

    void addedMessagesAreDedupedAndSortedIn()
    {
        sandbox->seedHistory(u"alice"_s, 10);
        QVERIFY(open(u"alice"_s));
        const Message known = *model->messageAt(3);
        Message middle = known;
        middle.id = u"middle"_s;
        *middle.received += 0.5;
        Message newest = known;
        newest.id = u"newest"_s;
        newest.received = 1800000000.0;
        QSignalSpy arrived(model.get(), &MessageListModel::newerMessagesArrived);
        model->addMessages({known, middle, middle, newest});
        QCOMPARE(model->messageCount(), 12);
        QCOMPARE(model->messageAt(4)->id, u"middle"_s);
        QCOMPARE(model->messageAt(11)->id, u"newest"_s);
        QCOMPARE(model->rowOf(u"middle"_s), 4);
        QCOMPARE(arrived.count(), 0); // not all of the batch is at the bottom
        verifyOrderedAndUnique();

        model->removeMessage(u"middle"_s);
        QCOMPARE(model->rowOf(u"middle"_s), -1);
        model->addMessages({middle});
        QCOMPARE(model->rowOf(u"middle"_s), -1); // a deleted message never comes back
        QCOMPARE(model->messageCount(), 11);
    }

    void unreadMarkerAndNeighbourRoles()
    {
        const auto seeded = sandbox->seedHistory(u"alice"_s, 10);
        QVERIFY(open(u"alice"_s));
        // seedHistory alternates appUser (even) and appMaker (odd).
        model->setLastSeen(seeded.at(5).value("received"_L1).toDouble());
        QCOMPARE(model->index(6).data(MessageListModel::UnreadMarkerRole).toBool(), true);
        int markers = 0;
        for (int row = 0; row < model->rowCount(); ++row)
            markers += model->index(row).data(MessageListModel::UnreadMarkerRole).toBool() ? 1 : 0;
        QCOMPARE(markers, 1);
        QCOMPARE(model->index(0).data(MessageListModel::StartsDayRole).toBool(), true);
        QCOMPARE(model->index(1).data(MessageListModel::StartsDayRole).toBool(), false);
        QCOMPARE(model->index(1).data(MessageListModel::GroupedRole).toBool(),
                 false); // other author
    }

    void anOutgoingRowCarriesItsOutboxState()
    {
        sandbox->seedHistory(u"alice"_s, 3);
        QVERIFY(open(u"alice"_s));
        Message draft = *model->messageAt(model->rowCount() - 1);
        draft.id.clear();
        draft.text = u"On its way"_s;
        MessageListModel::Outgoing outgoing{u"c1"_s, draft, Outbox::State::Sending, {}};
        // The tester watches the insert, every change and the removal.
        model->setOutgoing(outgoing);
        const int row = model->rowCount() - 1; // outgoing rows come last
        QCOMPARE(model->index(row).data(MessageListModel::IdRole).toString(), u"c1"_s);
        const auto stateRole = [this, row] {
            return model->index(row).data(MessageListModel::OutgoingStateRole);
        };
        for (const auto state : {Outbox::State::Sending, Outbox::State::Failed,
                                 Outbox::State::Unknown, Outbox::State::OtherApp}) {
            outgoing.state = state;
            model->setOutgoing(outgoing);
            // The enum itself, not a number to cast back.
            QCOMPARE(stateRole().metaType(), QMetaType::fromType<Outbox::State>());
            QCOMPARE(stateRole().value<Outbox::State>(), state);
            QCOMPARE(stateRole().toInt(), int(state)); // what a QML or debug reader sees
        }
        QVERIFY(!model->index(0).data(MessageListModel::OutgoingStateRole).isValid());
        model->removeOutgoing(u"c1"_s);
        QCOMPARE(model->rowCount(), row);
    }
};

QTEST_GUILESS_MAIN(TestMessageListModel)
#include "tst_messagelistmodel.moc"
