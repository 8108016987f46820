#include "historypaging.h"
#include "historywalker.h"
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
        // Nothing new on an older page: the cursor would not move, so the walk ends.
        QVERIFY(HistoryPaging::accept(page, HistoryPaging::olderThan(1), all).exhausted);
        QVERIFY(
            HistoryPaging::accept(page, HistoryPaging::newerThan(1), none).exhausted); // no next
        page.next = u"n"_s;
        QVERIFY(!HistoryPaging::accept(page, HistoryPaging::newerThan(1), none).exhausted);
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
                api.getMessages(u"alice"_s, request);
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
        QCOMPARE(walker.requestCount(), 3);
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
