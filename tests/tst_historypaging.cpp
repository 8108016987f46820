#include "client/historypaging.h"
#include "client/historywalker.h"
#include "sandboxfixture.h"

#include <QSignalSpy>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {
Message message(const QString &id, double received)
{
    Message m;
    m.id = id;
    m.received = received;
    m.typeName = u"text"_s;
    return m;
}
} // namespace

class TestHistoryPaging : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void cursorIncludesTheBoundary()
    {
        QCOMPARE(HistoryPaging::olderThan(1439220041.586).query().toString(),
                 u"before=1439220041.587"_s);
        QCOMPARE(HistoryPaging::newerThan(1439220041.586).query().toString(),
                 u"after=1439220041.585"_s);
    }

    void acceptDropsKnownAndRepeatedIdsAndSorts()
    {
        MessagesPage page;
        page.messages = {message(u"c"_s, 3), message(u"a"_s, 1), message(u"b"_s, 2),
                         message(u"a"_s, 1), message(u"known"_s, 3)};
        page.previous = u"p"_s;
        const auto batch = HistoryPaging::accept(
            page, HistoryPaging::olderThan(3), [](const QString &id) { return id == "known"_L1; });
        QStringList ids;
        for (const Message &m : batch.fresh)
            ids.append(m.id);
        QCOMPARE(ids, QStringList({u"a"_s, u"b"_s, u"c"_s}));
        QVERIFY(!batch.exhausted);
    }

    void exhaustion()
    {
        const auto none = [](const QString &) { return false; };
        const auto all = [](const QString &) { return true; };
        MessagesPage page;
        page.messages = {message(u"a"_s, 1)};
        QVERIFY(HistoryPaging::accept(page, PageRequest::latest(), none).exhausted); // no previous
        page.previous = u"p"_s;
        QVERIFY(!HistoryPaging::accept(page, PageRequest::latest(), none).exhausted);
        QVERIFY(!HistoryPaging::accept(page, PageRequest::latest(), all).exhausted);
        // Nothing new on an older page that has a previous one: the cursor cannot move, and
        // that is not the start of the history.
        const auto stalled = HistoryPaging::accept(page, HistoryPaging::olderThan(1), all);
        QVERIFY(stalled.stalled);
        QVERIFY(!stalled.exhausted);
        QVERIFY(!HistoryPaging::accept(page, HistoryPaging::olderThan(1), none).stalled);
        QVERIFY(!HistoryPaging::accept(page, PageRequest::latest(), all).stalled);
        QVERIFY(
            HistoryPaging::accept(page, HistoryPaging::newerThan(1), none).exhausted); // no next
        QVERIFY(!HistoryPaging::accept(page, HistoryPaging::newerThan(1), all).stalled);
        page.next = u"n"_s;
        QVERIFY(!HistoryPaging::accept(page, HistoryPaging::newerThan(1), none).exhausted);
        QVERIFY(HistoryPaging::accept(page, HistoryPaging::newerThan(1), all).stalled);
        page.previous.clear();
        const auto end = HistoryPaging::accept(page, HistoryPaging::olderThan(1), all);
        QVERIFY(end.exhausted);
        QVERIFY(!end.stalled);
    }

    void walkReturnsEachMessageExactlyOnce()
    {
        SandboxFixture sandbox;
        const auto seeded = sandbox.seedHistory(u"alice"_s, 250, 50);
        ConversationApi api;
        api.setConnection(sandbox.connection());

        // The data really has the hazard: paging exclusively from the oldest held timestamp
        // loses the messages that share it.
        {
            QSet<QString> naive;
            PageRequest request;
            for (int guard = 0; guard < 10; ++guard) {
                QSignalSpy spy(&api, &ConversationApi::messagesReceived);
                api.getMessages(u"alice"_s, request, &api);
                QVERIFY(spy.wait());
                const auto page = spy.first().at(1).value<MessagesPage>();
                for (const Message &m : page.messages)
                    naive.insert(m.id);
                if (!page.hasPrevious())
                    break;
                request = PageRequest::before(*page.messages.first().received);
            }
            QVERIFY(naive.size() < 250);
        }

        HistoryWalker walker(&api, u"alice"_s);
        QSignalSpy succeeded(&walker, &HistoryWalker::succeeded);
        QSignalSpy pages(&walker, &HistoryWalker::pageArrived);
        walker.start();
        QVERIFY(succeeded.wait());
        QCOMPARE(walker.messages().size(), 250);
        QSet<QString> ids;
        for (qsizetype i = 0; i < walker.messages().size(); ++i) {
            const Message &m = walker.messages().at(i);
            ids.insert(m.id);
            if (i > 0)
                QVERIFY(*m.received >= *walker.messages().at(i - 1).received);
        }
        QCOMPARE(ids.size(), 250);
        for (const QJsonObject &s : seeded)
            QVERIFY(ids.contains(s.value("_id"_L1).toString()));
        QCOMPARE(walker.requestCount(), pages.size());
        // The latest page, two older ones, and the catch-up that finds nothing new.
        QCOMPARE(walker.requestCount(), 4);
    }

    void aFullMillisecondFailsTheWalk()
    {
        // 200 messages in one millisecond: no cursor gets past them, and a walk that stopped
        // there would return half the history as the whole (an export, then a clear...).
        SandboxFixture sandbox;
        const auto user = sandbox.store().ensureUser(u"burst"_s);
        sandbox.store().ensureConversation(user.smoochId);
        QList<QJsonObject> burst;
        for (int i = 0; i < 200; ++i)
            burst.append({{"_id"_L1, u"burst-%1"_s.arg(i, 3, 10, QLatin1Char('0'))},
                          {"type"_L1, "text"_L1},
                          {"role"_L1, "appUser"_L1},
                          {"text"_L1, u"burst %1"_s.arg(i)},
                          {"received"_L1, 1700000000.123}});
        QVERIFY(sandbox.store().insertMessages(user.smoochId, burst));
        ConversationApi api;
        api.setConnection(sandbox.connection());
        HistoryWalker walker(&api, u"burst"_s);
        QSignalSpy succeeded(&walker, &HistoryWalker::succeeded);
        QSignalSpy failed(&walker, &HistoryWalker::failed);
        walker.start();
        QVERIFY(failed.wait());
        QCOMPARE(succeeded.count(), 0);
        QVERIFY2(failed.first().at(0).value<ApiError>().message().contains("one millisecond"_L1),
                 qPrintable(failed.first().at(0).value<ApiError>().message()));
        QCOMPARE(walker.requestCount(), 2); // no loop: the page that brought nothing is the last
    }

    void aMessageArrivingDuringTheWalkIsPartOfIt()
    {
        SandboxFixture sandbox;
        sandbox.seedHistory(u"alice"_s, 250);
        const QString smoochId = sandbox.store().findUser(u"alice"_s)->smoochId;
        ConversationApi api;
        api.setConnection(sandbox.connection());
        HistoryWalker walker(&api, u"alice"_s);
        // The customer writes while the walk is on its way to the first message.
        connect(&walker, &HistoryWalker::pageArrived, this, [&] {
            if (walker.requestCount() != 2)
                return;
            QVERIFY(sandbox.store().insertMessage(smoochId, {{"_id"_L1, "late"_L1},
                                                             {"type"_L1, "text"_L1},
                                                             {"role"_L1, "appUser"_L1},
                                                             {"text"_L1, "late"_L1},
                                                             {"received"_L1, 1800000000.0}}));
        });
        QSignalSpy succeeded(&walker, &HistoryWalker::succeeded);
        walker.start();
        QVERIFY(succeeded.wait());
        QCOMPARE(walker.messages().size(), 251);
        QCOMPARE(walker.messages().last().id, u"late"_s);
    }

    void aWalkTakesBoundedPages()
    {
        SandboxFixture sandbox;
        sandbox.seedHistory(u"alice"_s, 250);
        ConversationApi api;
        api.setConnection(sandbox.connection());
        HistoryWalker walker(&api, u"alice"_s);
        QCOMPARE(walker.maxPages(), HistoryWalker::defaultMaxPages);
        walker.setMaxPages(2);
        QSignalSpy succeeded(&walker, &HistoryWalker::succeeded);
        QSignalSpy failed(&walker, &HistoryWalker::failed);
        walker.start();
        QVERIFY(failed.wait());
        QCOMPARE(succeeded.count(), 0);
        QCOMPARE(walker.requestCount(), 2);
        QVERIFY(failed.first().at(0).value<ApiError>().message().contains("pages"_L1));
    }

    void walkOfAnEmptyConversation()
    {
        SandboxFixture sandbox;
        const auto user = sandbox.store().ensureUser(u"quiet"_s);
        sandbox.store().ensureConversation(user.smoochId);
        ConversationApi api;
        api.setConnection(sandbox.connection());
        HistoryWalker walker(&api, u"quiet"_s);
        QSignalSpy succeeded(&walker, &HistoryWalker::succeeded);
        walker.start();
        QVERIFY(succeeded.wait());
        QVERIFY(walker.messages().isEmpty());
    }

    void walkFailureComesAfterFinished()
    {
        SandboxFixture sandbox;
        ConversationApi api;
        api.setConnection(sandbox.connection());
        HistoryWalker walker(&api, u"nobody"_s);
        QStringList order;
        connect(&walker, &HistoryWalker::finished, this, [&] { order.append(u"finished"_s); });
        connect(&walker, &HistoryWalker::succeeded, this, [&] { order.append(u"succeeded"_s); });
        connect(&walker, &HistoryWalker::failed, this,
                [&](const ApiError &e) { order.append(u"failed %1"_s.arg(e.httpStatus())); });
        QSignalSpy failed(&walker, &HistoryWalker::failed);
        walker.start();
        QVERIFY(failed.wait());
        QCOMPARE(order, QStringList({u"finished"_s, u"failed 404"_s}));
    }
};

QTEST_GUILESS_MAIN(TestHistoryPaging)
#include "tst_historypaging.moc"
