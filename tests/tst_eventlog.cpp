#include "relay/agentstore.h"
#include "relay/eventlog.h"

#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QScopeGuard>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>

#include <linux/capability.h>
#include <sys/syscall.h>
#include <unistd.h>

using namespace Qt::StringLiterals;
using namespace std::chrono_literals;

namespace {
QByteArray fixture(const QString &name)
{
    QFile file(QStringLiteral(TEST_DATA_DIR "/webhook-fixtures/") + name);
    if (!file.open(QIODevice::ReadOnly))
        qFatal("missing fixture %s", qPrintable(name));
    return file.readAll();
}

/*! A real delivery with its first message's id, time and text changed, and its app user. */
QByteArray delivery(const QString &name, const QString &messageId, double received,
                    const QString &appUserId = {}, const QString &userId = {})
{
    QJsonObject object = QJsonDocument::fromJson(fixture(name)).object();
    QJsonArray messages = object.value("messages"_L1).toArray();
    QJsonObject message = messages.at(0).toObject();
    message.insert("_id"_L1, messageId);
    message.insert("received"_L1, received);
    messages.replace(0, message);
    object.insert("messages"_L1, messages);
    if (!appUserId.isEmpty()) {
        QJsonObject appUser = object.value("appUser"_L1).toObject();
        appUser.insert("_id"_L1, appUserId);
        if (userId.isEmpty())
            appUser.remove("userId"_L1);
        else
            appUser.insert("userId"_L1, userId);
        object.insert("appUser"_L1, appUser);
    }
    return QJsonDocument(object).toJson(QJsonDocument::Compact);
}

QByteArray customerSays(const QString &messageId, double received = 1700000000.0)
{
    return delivery(u"eddytravels_web-client_v1.1.json"_s, messageId, received);
}

/*!
 * Root passes every permission check; this thread (and the threads it starts) stops doing so
 * while the guard lives, so a read-only file is read-only for it.
 */
bool setDacOverride(bool on)
{
    __user_cap_header_struct header{_LINUX_CAPABILITY_VERSION_3, 0};
    __user_cap_data_struct data[2]{};
    if (syscall(SYS_capget, &header, data) != 0)
        return false;
    for (int cap : {CAP_DAC_OVERRIDE, CAP_DAC_READ_SEARCH}) {
        auto &d = data[cap / 32];
        const quint32 bit = 1u << (cap % 32);
        if (on)
            d.effective |= d.permitted & bit;
        else
            d.effective &= ~bit;
    }
    return syscall(SYS_capset, &header, data) == 0;
}
} // namespace

/*! The relay's log and agents on SQLite: durability, order, dedupe, group commit, failure. */
class TestEventLog : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<QTemporaryDir> dir;
    QString file;

    std::unique_ptr<EventLog> open()
    {
        QString error;
        auto log = EventLog::openSqlite(file, &error);
        if (!log)
            qWarning() << "open failed:" << error;
        return log;
    }

    /*! Appends and waits for the answer (at most \a timeoutMs). */
    static std::optional<EventLog::AppendResult>
    append(EventLog &log, const QString &app, const QByteArray &payload, int timeoutMs = 10000)
    {
        std::optional<EventLog::AppendResult> result;
        QObject context;
        log.append(app, payload, &context,
                   [&result](const EventLog::AppendResult &r) { result = r; });
        QElapsedTimer clock;
        clock.start();
        while (!result && clock.elapsed() < timeoutMs)
            QTest::qWait(5);
        return result;
    }

    static QJsonObject entryOf(const QJsonArray &conversations, const QString &userId)
    {
        for (const QJsonValue &v : conversations) {
            if (v.toObject().value("userId"_L1).toString() == userId)
                return v.toObject();
        }
        return {};
    }

private Q_SLOTS:
    void init()
    {
        dir = std::make_unique<QTemporaryDir>();
        file = dir->filePath(u"relay.sqlite"_s);
    }

    void cleanup() { dir.reset(); }

    void idsIncreaseInCommitOrder()
    {
        auto log = open();
        QVERIFY(log);
        QCOMPARE(log->lastId(), 0);
        QCOMPARE(log->oldestId(), 0);
        QList<StoredEvent> committed;
        connect(log.get(), &EventLog::eventsCommitted, this,
                [&](const QList<StoredEvent> &events) { committed += events; });
        QList<qint64> doneIds;
        for (int i = 0; i < 30; ++i) {
            log->append(u"app1"_s, customerSays(u"m%1"_s.arg(i)), this,
                        [&](const EventLog::AppendResult &r) {
                            QCOMPARE(r.outcome, EventLog::Appended::Stored);
                            doneIds.append(r.id);
                        });
            if (i % 7 == 0)
                QTest::qWait(20);
        }
        QTRY_COMPARE(doneIds.size(), 30);
        QTRY_COMPARE(committed.size(), 30);
        for (int i = 0; i < 30; ++i) {
            QCOMPARE(doneIds.at(i), i + 1); // in the order appended, without gaps
            QCOMPARE(committed.at(i).id, i + 1);
            QCOMPARE(committed.at(i).payload, customerSays(u"m%1"_s.arg(i)));
            QCOMPARE(committed.at(i).appId, u"app1"_s);
            QCOMPARE(committed.at(i).userId, u"bob@example.com"_s);
        }
        QCOMPARE(log->lastId(), 30);
        QCOMPARE(log->oldestId(), 1);
        QCOMPARE(log->readAfter(25, 100, {}).size(), 5);
        QCOMPARE(log->readAfter(0, 10, {}).constLast().id, 10);
        QCOMPARE(log->readAfter(0, 100, {u"app2"_s}).size(), 0);

        // Ids go on where they stopped after a restart.
        log.reset();
        log = open();
        QVERIFY(log);
        QCOMPARE(log->lastId(), 30);
        QCOMPARE(append(*log, u"app1"_s, customerSays(u"after"_s))->id, 31);
    }

    void doneOnlyAfterDurable()
    {
        auto log = open();
        QVERIFY(log);
        const QByteArray payload = customerSays(u"durable"_s);
        bool found = false;
        bool called = false;
        log->append(u"app1"_s, payload, this, [&](const EventLog::AppendResult &r) {
            called = true;
            QCOMPARE(QThread::currentThread(), thread()); // on the context's thread
            // Another connection, opened now, finds the row: it is committed.
            {
                QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"check"_s);
                db.setDatabaseName(file);
                if (db.open()) {
                    QSqlQuery q(db);
                    q.prepare(u"SELECT payload FROM relay_events WHERE id = ?"_s);
                    q.addBindValue(r.id);
                    found = q.exec() && q.next() && q.value(0).toByteArray() == payload;
                }
                db.close();
            }
            QSqlDatabase::removeDatabase(u"check"_s);
        });
        QTRY_VERIFY(called);
        QVERIFY(found);
        // The file is in WAL mode (header bytes 18 and 19 are 2).
        QFile db(file);
        QVERIFY(db.open(QIODevice::ReadOnly));
        const QByteArray header = db.read(20);
        QCOMPARE(header.at(18), 2);
        QCOMPARE(header.at(19), 2);
    }

    void duplicateStoredOnce()
    {
        auto log = open();
        QVERIFY(log);
        const QByteArray payload = customerSays(u"dup"_s);
        const auto first = append(*log, u"app1"_s, payload);
        QVERIFY(first);
        QCOMPARE(first->outcome, EventLog::Appended::Stored);
        // The service retries: same body, or the same delivery serialized differently.
        const auto again = append(*log, u"app1"_s, payload);
        QCOMPARE(again->outcome, EventLog::Appended::Duplicate);
        QCOMPARE(again->id, first->id);
        const QByteArray pretty = QJsonDocument::fromJson(payload).toJson(QJsonDocument::Indented);
        QCOMPARE(append(*log, u"app1"_s, pretty)->outcome, EventLog::Appended::Duplicate);
        // Both copies in one transaction: still once.
        std::optional<EventLog::AppendResult> a, b;
        const QByteArray other = customerSays(u"dup2"_s);
        log->append(u"app1"_s, other, this, [&](const auto &r) { a = r; });
        log->append(u"app1"_s, other, this, [&](const auto &r) { b = r; });
        QTRY_VERIFY(a && b);
        QCOMPARE(a->outcome, EventLog::Appended::Stored);
        QCOMPARE(b->outcome, EventLog::Appended::Duplicate);
        QCOMPARE(b->id, a->id);
        // The same delivery for another app is another event.
        QCOMPARE(append(*log, u"app2"_s, payload)->outcome, EventLog::Appended::Stored);
        // Without message ids, the body decides.
        const QByteArray typing = fixture(u"shark764_typing-start_v1.1.json"_s);
        QCOMPARE(append(*log, u"app1"_s, typing)->outcome, EventLog::Appended::Stored);
        QCOMPARE(append(*log, u"app1"_s, typing)->outcome, EventLog::Appended::Duplicate);
        QCOMPARE(append(*log, u"app1"_s, fixture(u"shark764_typing-stop_v1.1.json"_s))->outcome,
                 EventLog::Appended::Stored);
        QCOMPARE(log->readAfter(0, 100, {}).size(), 5);
        QCOMPARE(log->lastId(), 5);
        // Not a delivery at all.
        QCOMPARE(append(*log, u"app1"_s, "not json")->outcome, EventLog::Appended::Failed);
    }

    void failingTransactionFailsEveryDelivery()
    {
        auto log = open();
        QVERIFY(log);
        QCOMPARE(append(*log, u"app1"_s, customerSays(u"first"_s))->id, 1);
        const qint64 commitsBefore = log->commitCount();
        // Another process holds the write lock while deliveries arrive, and rejects one of them.
        QSqlDatabase other = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"other"_s);
        auto removeOther = qScopeGuard([&other] {
            other.close();
            other = {};
            QSqlDatabase::removeDatabase(u"other"_s);
        });
        other.setDatabaseName(file);
        QVERIFY(other.open());
        QSqlQuery q(other);
        QVERIFY(q.exec(u"CREATE TRIGGER poison BEFORE INSERT ON relay_events "
                       "WHEN NEW.user_id = 'poison' BEGIN SELECT RAISE(ABORT, 'poisoned'); END"_s));
        QVERIFY(q.exec(u"BEGIN IMMEDIATE"_s));
        QList<EventLog::AppendResult> results;
        auto collect = [&](const EventLog::AppendResult &r) { results.append(r); };
        const QString web = u"eddytravels_web-client_v1.1.json"_s;
        log->append(u"app1"_s, customerSays(u"waits"_s), this, collect); // waits for the lock
        QTest::qWait(100);
        // These arrive while that commit waits: they form the next transaction.
        log->append(u"app1"_s, customerSays(u"ok1"_s), this, collect);
        log->append(u"app1"_s, delivery(web, u"bad"_s, 1700000000, u"p"_s, u"poison"_s), this,
                    collect);
        log->append(u"app1"_s, customerSays(u"ok2"_s), this, collect);
        QTest::qWait(100);
        QVERIFY(results.isEmpty());
        QVERIFY(q.exec(u"COMMIT"_s));
        QTRY_COMPARE(results.size(), 4);
        QCOMPARE(results.at(0).outcome, EventLog::Appended::Stored);
        QCOMPARE(results.at(0).id, 2);
        for (int i = 1; i < 4; ++i) {
            QCOMPARE(results.at(i).outcome, EventLog::Appended::Failed);
            QVERIFY(results.at(i).error.contains(u"poisoned"_s));
        }
        QCOMPARE(log->commitCount(), commitsBefore + 1);
        QCOMPARE(log->lastId(), 2);
        QCOMPARE(log->readAfter(0, 10, {}).size(), 2); // none of the failed transaction
        // The service retries them: stored now, with the next ids.
        QVERIFY(q.exec(u"DROP TRIGGER poison"_s));
        QCOMPARE(append(*log, u"app1"_s, customerSays(u"ok1"_s))->id, 3);
        QCOMPARE(append(*log, u"app1"_s, customerSays(u"ok2"_s))->id, 4);
    }

    void doneOnContextThread()
    {
        auto log = open();
        QVERIFY(log);
        QThread worker;
        worker.start();
        auto *context = new QObject;
        context->moveToThread(&worker);
        auto stop = qScopeGuard([&worker, context] {
            QMetaObject::invokeMethod(
                context, [context] { delete context; }, Qt::BlockingQueuedConnection);
            worker.quit();
            worker.wait();
        });
        std::atomic<QThread *> calledOn = nullptr;
        log->append(u"app1"_s, customerSays(u"elsewhere"_s), context,
                    [&calledOn](const auto &) { calledOn = QThread::currentThread(); });
        QTRY_VERIFY(calledOn.load());
        QCOMPARE(calledOn.load(), &worker);
        // A context that is gone gets no call.
        bool called = false;
        {
            QObject shortLived;
            log->append(u"app1"_s, customerSays(u"nobody"_s), &shortLived,
                        [&called](const auto &) { called = true; });
        }
        QTest::qWait(200);
        QVERIFY(!called);
        QCOMPARE(log->lastId(), 2); // stored all the same
    }

    void concurrentAppendsGroupCommit()
    {
        auto log = open();
        QVERIFY(log);
        constexpr int count = 200;
        QSet<qint64> ids;
        int stored = 0;
        QList<StoredEvent> committed;
        connect(log.get(), &EventLog::eventsCommitted, this,
                [&](const QList<StoredEvent> &events) { committed += events; });
        for (int i = 0; i < count; ++i) {
            log->append(u"app1"_s, customerSays(u"burst%1"_s.arg(i)), this,
                        [&](const EventLog::AppendResult &r) {
                            stored += r.outcome == EventLog::Appended::Stored;
                            ids.insert(r.id);
                        });
        }
        QTRY_COMPARE(stored, count);
        QCOMPARE(ids.size(), count);
        QCOMPARE(*std::min_element(ids.begin(), ids.end()), 1);
        QCOMPARE(*std::max_element(ids.begin(), ids.end()), count);
        QCOMPARE(log->readAfter(0, 1000, {}).size(), count);
        QTRY_COMPARE(committed.size(), count);
        qInfo() << count << "appends in" << log->commitCount() << "transactions";
        QVERIFY(log->commitCount() <= count / 10);
    }

    void readOnlyFileFails()
    {
        {
            auto log = open();
            QVERIFY(log);
            QCOMPARE(append(*log, u"app1"_s, customerSays(u"before"_s))->outcome,
                     EventLog::Appended::Stored);
        }
        QVERIFY(QFile::setPermissions(file, QFile::ReadOwner | QFile::ReadGroup));
        const bool root = ::geteuid() == 0;
        if (root)
            QVERIFY2(setDacOverride(false), "cannot drop CAP_DAC_OVERRIDE to test as root");
        auto restore = qScopeGuard([root] {
            if (root)
                setDacOverride(true);
        });
        auto log = open();
        QVERIFY(log);
        QCOMPARE(log->readAfter(0, 10, {}).size(), 1); // still readable
        QElapsedTimer clock;
        clock.start();
        const auto result = append(*log, u"app1"_s, customerSays(u"after"_s));
        QVERIFY(result);
        QCOMPARE(result->outcome, EventLog::Appended::Failed);
        QVERIFY(!result->error.isEmpty());
        QVERIFY2(clock.elapsed() < 3000, qPrintable(QString::number(clock.elapsed())));
        QCOMPARE(log->lastId(), 1);
    }

    void removedFileFails()
    {
        auto log = open();
        QVERIFY(log);
        QCOMPARE(append(*log, u"app1"_s, customerSays(u"before"_s))->outcome,
                 EventLog::Appended::Stored);
        for (const QString &suffix : {u""_s, u"-wal"_s, u"-shm"_s})
            QFile::remove(file + suffix);
        QElapsedTimer clock;
        clock.start();
        // A batch of them: every one fails, none is half stored.
        QList<EventLog::AppendResult> results;
        for (int i = 0; i < 5; ++i) {
            log->append(u"app1"_s, customerSays(u"gone%1"_s.arg(i)), this,
                        [&](const auto &r) { results.append(r); });
        }
        QTRY_COMPARE(results.size(), 5);
        for (const auto &r : std::as_const(results))
            QCOMPARE(r.outcome, EventLog::Appended::Failed);
        QVERIFY(clock.elapsed() < 3000);
        // The folder gone as well.
        dir->remove();
        QCOMPARE(append(*log, u"app1"_s, customerSays(u"nodir"_s))->outcome,
                 EventLog::Appended::Failed);
        log.reset(); // and it closes without trouble
    }

    void retentionPrunes()
    {
        auto log = open();
        QVERIFY(log);
        QCOMPARE(log->retention(), std::chrono::seconds(30 * 24 * 3600));
        const qint64 a = append(*log, u"app1"_s, customerSays(u"old1"_s))->id;
        append(*log, u"app1"_s, customerSays(u"old2"_s));
        QTest::qWait(1100);
        const qint64 c = append(*log, u"app1"_s, customerSays(u"new"_s))->id;
        QCOMPARE(log->oldestId(), a);
        log->setRetention(1s);
        QTRY_COMPARE(log->oldestId(), c);
        QCOMPARE(log->readAfter(0, 10, {}).size(), 1);
        QCOMPARE(log->lastId(), c);
        // Everything pruned: ids still go on.
        QTest::qWait(1100);
        log->setRetention(1s);
        QTRY_COMPARE(log->oldestId(), 0);
        QCOMPARE(log->lastId(), c);
        QCOMPARE(append(*log, u"app1"_s, customerSays(u"newer"_s))->id, c + 1);
        // The inbox keeps the conversation.
        QCOMPARE(log->conversations({}).size(), 1);
    }

    void snapshotCountsUnread()
    {
        auto log = open();
        QVERIFY(log);
        const QString web = u"eddytravels_web-client_v1.1.json"_s;
        const QString maker = u"smooch-docs_message-appmaker-carousel_v1.json"_s;
        append(*log, u"app1"_s, delivery(web, u"u1"_s, 1700000001.5));
        append(*log, u"app1"_s, delivery(web, u"u2"_s, 1700000002.5));
        QJsonObject bob = entryOf(log->conversations({}), u"bob@example.com"_s);
        QCOMPARE(bob.value("appId"_L1).toString(), u"app1"_s);
        QCOMPARE(bob.value("smoochId"_L1).toString(), u"c7f6e6d6c3a637261bd9656f"_s);
        QCOMPARE(bob.value("name"_L1).toString(), u"Bob Steve"_s);
        QCOMPARE(bob.value("unreadCount"_L1).toInt(), 2);
        QCOMPARE(bob.value("lastActivity"_L1).toDouble(), 1700000002.5);
        QCOMPARE(bob.value("lastMessage"_L1).toObject().value("_id"_L1).toString(), u"u2"_s);
        QCOMPARE(bob.value("lastMessage"_L1).toObject().value("text"_L1).toString(),
                 u"Hi! Do you have time to chat?"_s);
        // A retried delivery counts once.
        append(*log, u"app1"_s, delivery(web, u"u2"_s, 1700000002.5));
        QCOMPARE(
            entryOf(log->conversations({}), u"bob@example.com"_s).value("unreadCount"_L1).toInt(),
            2);
        // The business answered: nothing unread; its carousel is the last message.
        append(*log, u"app1"_s,
               delivery(maker, u"a1"_s, 1700000003.0, u"c7f6e6d6c3a637261bd9656f"_s,
                        u"bob@example.com"_s));
        bob = entryOf(log->conversations({}), u"bob@example.com"_s);
        QCOMPARE(bob.value("unreadCount"_L1).toInt(), 0);
        QCOMPARE(bob.value("lastMessage"_L1).toObject().value("type"_L1).toString(), u"carousel"_s);
        append(*log, u"app1"_s, delivery(web, u"u3"_s, 1700000004.0));
        QCOMPARE(
            entryOf(log->conversations({}), u"bob@example.com"_s).value("unreadCount"_L1).toInt(),
            1);
        // An agent looked.
        log->markSeen(u"app1"_s, u"bob@example.com"_s);
        QTRY_COMPARE(
            entryOf(log->conversations({}), u"bob@example.com"_s).value("unreadCount"_L1).toInt(),
            0);
        // Another user, in another app, newer: first; scoped by app.
        append(*log, u"app2"_s,
               delivery(web, u"v1"_s, 1700000009.0, u"otherSmoochId"_s, u"carol"_s));
        const QJsonArray all = log->conversations({});
        QCOMPARE(all.size(), 2);
        QCOMPARE(all.at(0).toObject().value("userId"_L1).toString(), u"carol"_s);
        QCOMPARE(log->conversations({u"app1"_s}).size(), 1);
        QCOMPARE(log->conversations({u"app3"_s}).size(), 0);
        // A user known only by a typing delivery is in the inbox too, without a message.
        append(*log, u"app1"_s, fixture(u"shark764_typing-start_v1.1.json"_s));
        const QJsonObject typist = entryOf(log->conversations({}), u"mock-app-user-id"_s);
        QVERIFY(!typist.isEmpty());
        QVERIFY(!typist.contains("lastMessage"_L1));
        QCOMPARE(typist.value("unreadCount"_L1).toInt(), 0);
    }

    void agentTokens()
    {
        QString error;
        auto agents = AgentStore::openSqlite(file, &error);
        QVERIFY2(agents, qPrintable(error));
        const QString token = agents->add(u"alice"_s, {u"app1"_s}, &error);
        QVERIFY2(token.startsWith(u"srt_"_s), qPrintable(error));
        QCOMPARE(token.size(), 4 + 43);
        const auto alice = agents->authenticate(token);
        QVERIFY(alice);
        QCOMPARE(alice->name, u"alice"_s);
        QCOMPARE(alice->apps, QStringList{u"app1"_s});
        QVERIFY(!agents->authenticate(token.chopped(1) + u'x'));
        QVERIFY(!agents->authenticate(QString()));
        // A name once only.
        QVERIFY(agents->add(u"alice"_s, {}, &error).isEmpty());
        QVERIFY(error.contains(u"alice"_s));
        // Only the hash is stored: the token is nowhere in the database's files.
        agents.reset();
        for (const QString &suffix : {u""_s, u"-wal"_s}) {
            QFile f(file + suffix);
            if (f.open(QIODevice::ReadOnly))
                QVERIFY(!f.readAll().contains(token.toUtf8()));
        }
        agents = AgentStore::openSqlite(file, &error);
        QVERIFY(agents->authenticate(token));
    }

    void agentScopeAndRemoval()
    {
        QString error;
        auto serving = AgentStore::openSqlite(file, &error);
        auto commandLine = AgentStore::openSqlite(file, &error); // another process, in effect
        QVERIFY(serving && commandLine);
        const QString bob = commandLine->add(u"bob"_s, {u"app1"_s, u"app2"_s});
        const QString carol = commandLine->add(u"carol"_s, {});
        const auto b = serving->authenticate(bob);
        QVERIFY(b);
        QVERIFY(b->allows(u"app1"_s));
        QVERIFY(b->allows(u"app2"_s));
        QVERIFY(!b->allows(u"app3"_s));
        QVERIFY(serving->authenticate(carol)->allows(u"app3"_s)); // no apps: every app
        QCOMPARE(serving->list().size(), 2);
        QCOMPARE(serving->list().at(0).name, u"bob"_s);
        QVERIFY(commandLine->remove(u"bob"_s));
        QVERIFY(!commandLine->remove(u"bob"_s));
        QVERIFY(!serving->authenticate(bob));
        QVERIFY(serving->authenticate(carol));
        // Added again, bob has a new token; the old one stays dead.
        const QString bob2 = commandLine->add(u"bob"_s, {});
        QVERIFY(serving->authenticate(bob2));
        QVERIFY(!serving->authenticate(bob));
        // The log and the agents share the file.
        auto log = open();
        QVERIFY(log);
        QCOMPARE(append(*log, u"app1"_s, customerSays(u"shared"_s))->outcome,
                 EventLog::Appended::Stored);
    }
};

QTEST_GUILESS_MAIN(TestEventLog)
#include "tst_eventlog.moc"
