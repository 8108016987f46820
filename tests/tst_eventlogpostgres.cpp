#include "postgresfixture.h"
#include "relay/agentstore.h"
#include "relay/eventlog.h"

#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {
QByteArray customerSays(const QString &messageId)
{
    QFile file(QStringLiteral(TEST_DATA_DIR "/webhook-fixtures/eddytravels_web-client_v1.1.json"));
    if (!file.open(QIODevice::ReadOnly))
        qFatal("missing fixture");
    QJsonObject object = QJsonDocument::fromJson(file.readAll()).object();
    QJsonArray messages = object.value("messages"_L1).toArray();
    QJsonObject message = messages.at(0).toObject();
    message.insert("_id"_L1, messageId);
    messages.replace(0, message);
    object.insert("messages"_L1, messages);
    return QJsonDocument(object).toJson(QJsonDocument::Compact);
}
} // namespace

/*!
 * The relay's log on a real PostgreSQL server that the test starts: two instances see every
 * event of both, in id order, once; a stopped server fails appends, a restarted one serves.
 */
class TestEventLogPostgres : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<PostgresFixture> server;

    std::unique_ptr<EventLog> open()
    {
        QString error;
        auto log = EventLog::openPostgres(server->conninfo(), &error);
        if (!log)
            qWarning() << "open failed:" << error;
        return log;
    }

    static std::optional<EventLog::AppendResult> append(EventLog &log, const QByteArray &payload,
                                                        int timeoutMs = 10000)
    {
        std::optional<EventLog::AppendResult> result;
        QObject context;
        log.append(u"app1"_s, payload, &context,
                   [&result](const EventLog::AppendResult &r) { result = r; });
        QElapsedTimer clock;
        clock.start();
        while (!result && clock.elapsed() < timeoutMs)
            QTest::qWait(5);
        return result;
    }

    static QList<qint64> idsOf(const QList<StoredEvent> &events)
    {
        QList<qint64> ids;
        for (const StoredEvent &e : events)
            ids.append(e.id);
        return ids;
    }

private Q_SLOTS:
    void initTestCase()
    {
        if (const QString reason = PostgresFixture::unavailableReason(); !reason.isEmpty())
            QSKIP(qPrintable(u"no PostgreSQL here: "_s + reason));
        server = std::make_unique<PostgresFixture>();
        QString error;
        QVERIFY2(server->start(&error), qPrintable(error));
    }

    void cleanupTestCase() { server.reset(); }

    void twoInstancesSeeEverything()
    {
        auto a = open();
        auto b = open();
        QVERIFY(a && b);
        const qint64 base = a->lastId();
        QList<StoredEvent> seenByA, seenByB;
        connect(a.get(), &EventLog::eventsCommitted, this,
                [&](const QList<StoredEvent> &events) { seenByA += events; });
        connect(b.get(), &EventLog::eventsCommitted, this,
                [&](const QList<StoredEvent> &events) { seenByB += events; });
        constexpr int count = 120;
        int stored = 0;
        QSet<qint64> ids;
        for (int i = 0; i < count; ++i) {
            EventLog &log = i % 2 ? *b : *a;
            log.append(u"app1"_s, customerSays(u"pg%1"_s.arg(i)), this,
                       [&](const EventLog::AppendResult &r) {
                           stored += r.outcome == EventLog::Appended::Stored;
                           ids.insert(r.id);
                       });
            if (i % 10 == 9)
                QTest::qWait(3); // in bursts, so that both writers take turns
        }
        QTRY_COMPARE(stored, count);
        QCOMPARE(ids.size(), count);
        QTRY_COMPARE(seenByA.size(), count);
        QTRY_COMPARE(seenByB.size(), count);
        QTest::qWait(50); // nothing more comes
        QCOMPARE(seenByA.size(), count);
        QCOMPARE(seenByB.size(), count);
        QList<qint64> expected;
        for (int i = 1; i <= count; ++i)
            expected.append(base + i);
        QCOMPARE(idsOf(seenByA), expected); // in id order, each once, without gaps
        QCOMPARE(idsOf(seenByB), expected);
        QCOMPARE(seenByA, seenByB);
        QCOMPARE(a->readAfter(base, 1000, {}), seenByA);
        qInfo() << count << "appends in" << a->commitCount() << "+" << b->commitCount()
                << "transactions";
        QVERIFY(a->commitCount() + b->commitCount() < count);

        // A retry that reaches the other instance is a duplicate there.
        const auto again = append(*b, customerSays(u"pg0"_s));
        QCOMPARE(again->outcome, EventLog::Appended::Duplicate);
        const auto first = std::find_if(seenByA.cbegin(), seenByA.cend(), [](const auto &e) {
            return e.payload == customerSays(u"pg0"_s);
        });
        QVERIFY(first != seenByA.cend());
        QCOMPARE(again->id, first->id);
    }

    void snapshotAndAgents()
    {
        auto log = open();
        QVERIFY(log);
        append(*log, customerSays(u"snap1"_s));
        append(*log, customerSays(u"snap2"_s));
        const QJsonObject bob = log->conversations({u"app1"_s}).at(0).toObject();
        QCOMPARE(bob.value("userId"_L1).toString(), u"bob@example.com"_s);
        QVERIFY(bob.value("unreadCount"_L1).toInt() >= 2);
        log->markSeen(u"app1"_s, u"bob@example.com"_s);
        QTRY_COMPARE(log->conversations({u"app1"_s}).at(0).toObject().value("unreadCount"_L1),
                     QJsonValue(0));

        QString error;
        auto agents = AgentStore::openPostgres(server->conninfo(), &error);
        QVERIFY2(agents, qPrintable(error));
        const QString token = agents->add(u"alice"_s, {u"app1"_s}, &error);
        QVERIFY2(!token.isEmpty(), qPrintable(error));
        QCOMPARE(agents->authenticate(token)->apps, QStringList{u"app1"_s});
        QVERIFY(agents->add(u"alice"_s, {}).isEmpty());
        QVERIFY(agents->remove(u"alice"_s));
        QVERIFY(!agents->authenticate(token));
    }

    void stoppedServerFailsAndRecovers()
    {
        auto a = open();
        auto b = open();
        QVERIFY(a && b);
        QList<StoredEvent> seenByA, seenByB;
        connect(a.get(), &EventLog::eventsCommitted, this,
                [&](const QList<StoredEvent> &events) { seenByA += events; });
        connect(b.get(), &EventLog::eventsCommitted, this,
                [&](const QList<StoredEvent> &events) { seenByB += events; });
        QCOMPARE(append(*a, customerSays(u"up"_s))->outcome, EventLog::Appended::Stored);
        QTRY_COMPARE(seenByB.size(), 1);

        QString error;
        QVERIFY2(server->stop(&error), qPrintable(error));
        for (int i = 0; i < 2; ++i) { // a broken connection, then one that cannot connect
            QElapsedTimer clock;
            clock.start();
            const auto down = append(*a, customerSays(u"down%1"_s.arg(i)));
            QVERIFY(down);
            QCOMPARE(down->outcome, EventLog::Appended::Failed);
            QVERIFY(!down->error.isEmpty());
            QVERIFY2(clock.elapsed() < 5000, qPrintable(QString::number(clock.elapsed())));
        }
        QTest::qWait(100);

        QVERIFY2(server->restart(&error), qPrintable(error));
        const auto back = append(*a, customerSays(u"back"_s));
        QVERIFY(back);
        QCOMPARE(back->outcome, EventLog::Appended::Stored);
        QCOMPARE(append(*b, customerSays(u"backB"_s))->outcome, EventLog::Appended::Stored);
        QTRY_COMPARE(seenByA.size(), 3);
        QTRY_COMPARE(seenByB.size(), 3);
        QCOMPARE(seenByA, seenByB);
        QCOMPARE(seenByA.at(1).id, back->id);
        QCOMPARE(seenByA.at(2).id, back->id + 1);
    }

    void notificationsBetweenInstances()
    {
        auto a = open();
        auto b = open();
        QVERIFY(a && b);
        const QString channel = u"smooch_relay_presence"_s;
        a->listen(channel);
        b->listen(channel);
        QList<std::tuple<QString, QString, bool>> atA, atB;
        connect(a.get(), &EventLog::notified, this,
                [&](const QString &c, const QString &p, bool own) {
                    atA.append({c, p, own});
                });
        connect(b.get(), &EventLog::notified, this,
                [&](const QString &c, const QString &p, bool own) {
                    atB.append({c, p, own});
                });
        QVERIFY(a->notify(channel, u"{\"state\":\"viewing\"}"_s));
        QTRY_COMPARE(atB.size(), 1);
        QTRY_COMPARE(atA.size(), 1);
        QCOMPARE(atB.at(0), std::make_tuple(channel, u"{\"state\":\"viewing\"}"_s, false));
        QCOMPARE(atA.at(0), std::make_tuple(channel, u"{\"state\":\"viewing\"}"_s, true));

        // Still listening after the server restarted (once each reader has reconnected:
        // notifications sent while an instance is not connected are not kept for it).
        QVERIFY(server->stop());
        QVERIFY(!a->notify(channel, u"lost"_s));
        QVERIFY(server->restart());
        QTRY_VERIFY_WITH_TIMEOUT(b->notify(channel, u"b is back"_s), 5000);
        QTRY_VERIFY_WITH_TIMEOUT(a->notify(channel, u"again"_s), 5000);
        QTRY_VERIFY(atB.contains(std::make_tuple(channel, u"again"_s, false)));
        QVERIFY(b->notify(channel, u"b again"_s));
        QTRY_VERIFY(atA.contains(std::make_tuple(channel, u"b again"_s, false)));
    }
};

QTEST_GUILESS_MAIN(TestEventLogPostgres)
#include "tst_eventlogpostgres.moc"
