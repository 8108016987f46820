// Benchmarks of the team relay, run as it is deployed: a separate smooch-relay process on
// loopback, fed by raw HTTP senders and read by raw event-stream readers. Not a test: nothing
// here passes or fails; scripts/bench runs it in a Release build. Each figure prints one line:
//   FIGURE<TAB>name<TAB>measured<TAB>target<TAB>met
//
// The ingest figure is measured on PostgreSQL as well when a server can be started here. The
// last figure runs the console itself, in this process, against the demo's relay.
#include "demo/demorelay.h"
#include "postgresfixture.h"
#include "relay/relayserver.h"
#include "sandbox/sandboxdemo.h"
#include "session/sessioncontroller.h"
#include "uitestutil.h"
#include "window/mainwindow.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFile>
#include <QProcess>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTimer>
#include <QUrl>

#include <algorithm>
#include <cstdio>
#include <memory>

using namespace Qt::StringLiterals;

namespace {
const QByteArray appId = "app_bench";
const QByteArray secret = "bench-webhook-secret";

void report(const QString &name, const QString &measured, const QString &target, bool met)
{
    std::printf("FIGURE\t%s\t%s\t%s\t%s\n", qPrintable(name), qPrintable(measured),
                qPrintable(target), met ? "yes" : "NO");
    std::fflush(stdout);
}

double percentile(QList<double> values, double p)
{
    if (values.isEmpty())
        return 0;
    std::sort(values.begin(), values.end());
    return values.at(std::min(values.size() - 1, qsizetype(p * double(values.size()))));
}

/*! A message:appUser delivery whose message id is \a messageId. */
QByteArray delivery(const QByteArray &messageId)
{
    return R"({"trigger":"message:appUser","app":{"_id":")" + appId +
           R"("},"version":"v1.1","messages":[{"type":"text","text":"Where is my order?",)" +
           R"("role":"appUser","received":1700000000.5,"name":"Bench User",)" +
           R"("authorId":"bench-user","_id":")" + messageId +
           R"(","source":{"type":"web"}}],"appUser":{"_id":"bench-user","userId":"bench-user",)" +
           R"("conversationStarted":true}})";
}

QByteArray post(quint16 port, const QByteArray &body)
{
    return "POST /webhooks/" + appId + " HTTP/1.1\r\nHost: 127.0.0.1:" + QByteArray::number(port) +
           "\r\nContent-Type: application/json\r\nX-API-Key: " + secret +
           "\r\nContent-Length: " + QByteArray::number(body.size()) + "\r\n\r\n" + body;
}

/*! A smooch-relay serve process on a free loopback port. */
class Relay
{
public:
    Relay(const QString &dir, const QStringList &storeArgs)
        : m_dir(dir)
        , m_storeArgs(storeArgs)
    {
        QFile secrets(dir + u"/webhook-secrets"_s);
        secrets.open(QIODevice::WriteOnly);
        secrets.write(appId + ' ' + secret + '\n');
    }
    ~Relay()
    {
        m_process.kill();
        m_process.waitForFinished(5000);
    }

    bool start()
    {
        m_process.setProgram(QStringLiteral(BIN_DIR "/smooch-relay"));
        m_process.setArguments(QStringList{u"serve"_s, u"--listen"_s, u"127.0.0.1:0"_s,
                                           u"--secrets"_s, m_dir + u"/webhook-secrets"_s} +
                               m_storeArgs);
        m_process.setProcessChannelMode(QProcess::ForwardedErrorChannel);
        m_process.start();
        QElapsedTimer waited;
        waited.start();
        while (!m_process.canReadLine() && waited.elapsed() < 20000)
            m_process.waitForReadyRead(200);
        const QUrl url(QString::fromUtf8(m_process.readLine().trimmed()));
        m_port = quint16(url.port());
        return url.isValid() && m_port != 0;
    }

    QByteArray addAgent(const QString &name)
    {
        QProcess add;
        add.start(QStringLiteral(BIN_DIR "/smooch-relay"),
                  QStringList{u"agent"_s, u"add"_s, name} + m_storeArgs);
        add.waitForFinished(20000);
        return add.readAllStandardOutput().trimmed();
    }

    quint16 port() const { return m_port; }

    long residentKiB()
    {
        QFile status(u"/proc/%1/status"_s.arg(m_process.processId()));
        status.open(QIODevice::ReadOnly);
        for (const QByteArray &line : status.readAll().split('\n'))
            if (line.startsWith("VmRSS:"))
                return line.mid(6).trimmed().split(' ').first().toLong();
        return 0;
    }

private:
    QString m_dir;
    QStringList m_storeArgs;
    QProcess m_process;
    quint16 m_port = 0;
};

/*! A webhook sender on one keep-alive connection: posts, waits for the answer, posts again. */
class Sender : public QObject
{
public:
    Sender(quint16 port, int index, int *acknowledged, std::function<bool()> more)
        : m_port(port)
        , m_index(index)
        , m_acknowledged(acknowledged)
        , m_more(std::move(more))
    {
        connect(&m_socket, &QTcpSocket::connected, this, &Sender::next);
        connect(&m_socket, &QTcpSocket::readyRead, this, &Sender::read);
        m_socket.connectToHost(u"127.0.0.1"_s, port);
    }

private:
    void next()
    {
        if (!m_more())
            return;
        m_socket.write(post(m_port, delivery("ingest-" + QByteArray::number(m_index) + '-' +
                                             QByteArray::number(m_sent++))));
    }
    void read()
    {
        m_buffer += m_socket.readAll();
        for (;;) {
            const qsizetype end = m_buffer.indexOf("\r\n\r\n");
            if (end < 0)
                return;
            const QByteArray head = m_buffer.left(end).toLower();
            const qsizetype at = head.indexOf("content-length:");
            const qsizetype length =
                at < 0 ? 0
                       : head.mid(at + 15, head.indexOf('\r', at) - at - 15).trimmed().toLongLong();
            if (m_buffer.size() < end + 4 + length)
                return;
            if (head.startsWith("http/1.1 200"))
                ++*m_acknowledged;
            m_buffer.remove(0, end + 4 + length);
            next();
        }
    }

    QTcpSocket m_socket;
    quint16 m_port;
    int m_index;
    int *m_acknowledged;
    std::function<bool()> m_more;
    int m_sent = 0;
    QByteArray m_buffer;
};

/*! Deliveries acknowledged per second with \a senders concurrent senders over \a seconds. */
double ingestRate(quint16 port, int senders, int seconds)
{
    int acknowledged = 0;
    QElapsedTimer clock;
    clock.start();
    const qint64 until = qint64(seconds) * 1000;
    std::vector<std::unique_ptr<Sender>> all;
    for (int i = 0; i < senders; ++i)
        all.push_back(std::make_unique<Sender>(port, i, &acknowledged,
                                               [&] { return clock.elapsed() < until; }));
    QEventLoop loop;
    QTimer::singleShot(until + 2000, &loop, &QEventLoop::quit);
    loop.exec();
    return acknowledged / (double(clock.elapsed() - 2000) / 1000.0);
}

/*! Rows per second into a bare SQLite WAL table, one durable commit per \a perCommit rows. */
double bareSqliteRate(const QString &file, int rows, int perCommit)
{
    const QString name = u"bare-%1"_s.arg(perCommit);
    double rate = 0;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, name);
        db.setDatabaseName(file);
        db.open();
        QSqlQuery q(db);
        q.exec(u"PRAGMA journal_mode=WAL"_s);
        q.exec(u"PRAGMA synchronous=FULL"_s);
        q.exec(u"CREATE TABLE IF NOT EXISTS t (id INTEGER PRIMARY KEY, body BLOB)"_s);
        q.prepare(u"INSERT INTO t (body) VALUES (?)"_s);
        const QByteArray body = delivery("bare");
        QElapsedTimer clock;
        clock.start();
        for (int i = 0; i < rows; i += perCommit) {
            db.transaction();
            for (int k = 0; k < perCommit; ++k) {
                q.addBindValue(body);
                q.exec();
            }
            db.commit();
        }
        rate = rows / (double(clock.nsecsElapsed()) / 1e9);
    }
    QSqlDatabase::removeDatabase(name);
    return rate;
}

/*! One console reading the event stream; records when each fan-out delivery arrived. */
class Reader : public QObject
{
public:
    Reader(quint16 port, const QByteArray &token, QHash<int, qint64> *sentAt,
           QList<double> *latencies, const QElapsedTimer *clock)
        : m_sentAt(sentAt)
        , m_latencies(latencies)
        , m_clock(clock)
    {
        connect(&m_socket, &QTcpSocket::connected, this, [this, port, token] {
            m_socket.write(
                "GET /v1/events HTTP/1.1\r\nHost: 127.0.0.1:" + QByteArray::number(port) +
                "\r\nAccept: text/event-stream\r\nAuthorization: Bearer " + token + "\r\n\r\n");
        });
        connect(&m_socket, &QTcpSocket::readyRead, this, &Reader::read);
        m_socket.connectToHost(u"127.0.0.1"_s, port);
    }
    bool receivedHeaders() const { return m_headers; }

private:
    void read()
    {
        m_buffer += m_socket.readAll();
        if (!m_headers) {
            const qsizetype end = m_buffer.indexOf("\r\n\r\n");
            if (end < 0)
                return;
            m_headers = true;
            m_buffer.remove(0, end + 4);
        }
        qsizetype start = 0;
        for (qsizetype nl; (nl = m_buffer.indexOf('\n', start)) >= 0; start = nl + 1) {
            const QByteArrayView line(m_buffer.constData() + start, nl - start);
            const qsizetype at = line.indexOf("\"_id\":\"fan-");
            if (!line.startsWith("data:") || at < 0)
                continue;
            const qsizetype from = at + 11;
            const int k = line.sliced(from, line.indexOf('"', from) - from).toInt();
            if (m_sentAt->contains(k))
                m_latencies->append(double(m_clock->nsecsElapsed() - m_sentAt->value(k)) / 1e6);
        }
        m_buffer.remove(0, start);
    }

    QTcpSocket m_socket;
    QHash<int, qint64> *m_sentAt;
    QList<double> *m_latencies;
    const QElapsedTimer *m_clock;
    QByteArray m_buffer;
    bool m_headers = false;
};

void waitFor(const std::function<bool()> &condition, int timeoutMs)
{
    QElapsedTimer waited;
    waited.start();
    while (!condition() && waited.elapsed() < timeoutMs)
        QCoreApplication::processEvents(QEventLoop::AllEvents, 20);
}

/*! Webhook posted to event read, over \a consoles streams: p50 and p99 in ms. */
void fanOut(Relay &relay, const QByteArray &token, int consoles, int deliveries,
            long *kibPerConsole)
{
    QHash<int, qint64> sentAt;
    QList<double> latencies;
    QElapsedTimer clock;
    clock.start();
    const long before = relay.residentKiB();
    std::vector<std::unique_ptr<Reader>> readers;
    for (int i = 0; i < consoles; ++i)
        readers.push_back(
            std::make_unique<Reader>(relay.port(), token, &sentAt, &latencies, &clock));
    waitFor(
        [&] {
            return std::all_of(readers.begin(), readers.end(),
                               [](const auto &r) { return r->receivedHeaders(); });
        },
        20000);
    if (kibPerConsole)
        *kibPerConsole = (relay.residentKiB() - before) / std::max(1, consoles);

    QTcpSocket sender;
    sender.connectToHost(u"127.0.0.1"_s, relay.port());
    sender.waitForConnected(5000);
    static int next = 0;
    for (int i = 0; i < deliveries; ++i) {
        const int k = next++;
        sentAt.insert(k, clock.nsecsElapsed());
        sender.write(post(relay.port(), delivery("fan-" + QByteArray::number(k))));
        waitFor([&] { return latencies.size() >= qsizetype(i + 1) * consoles; }, 5000);
        sender.readAll();
        QElapsedTimer pause; // deliveries 20 ms apart, as a busy team's webhooks come
        pause.start();
        waitFor([&] { return pause.elapsed() >= 20; }, 20);
    }
    const bool complete = latencies.size() == qsizetype(deliveries) * consoles;
    const double p99 = percentile(latencies, 0.99);
    report(u"Relay fan-out, webhook to event read, %1 console(s)"_s.arg(consoles),
           u"p50 %1 ms, p99 %2 ms%3"_s.arg(percentile(latencies, 0.5), 0, 'f', 2)
               .arg(p99, 0, 'f', 2)
               .arg(complete
                        ? QString()
                        : u" (%1 of %2 reads)"_s.arg(latencies.size()).arg(deliveries * consoles)),
           consoles == 200 ? u"p99 < 50 ms"_s : u"-"_s, complete && (consoles != 200 || p99 < 50));
}
/*!
 * The console with its stream up and nothing happening: the requests it makes in a minute, to the
 * API and to the relay, with a conversation open (the demo's setup, without its simulated
 * people).
 */
void idleConsole()
{
    SandboxDemo sandbox;
    QTemporaryDir data;
    if (!sandbox.start())
        return;
    DemoRelay relay(sandbox, data.path());
    QByteArray token;
    QObject::connect(&relay, &DemoRelay::ready, &relay,
                     [&token](const QUrl &, const QByteArray &agentToken) { token = agentToken; });
    relay.start();
    waitFor([&] { return !token.isEmpty(); }, 10000);
    if (token.isEmpty())
        return;
    Profile profile;
    profile.id = u"bench"_s;
    profile.name = u"Bench"_s;
    profile.baseUrl = sandbox.server().baseUrl();
    profile.appId = sandbox.server().config().appId;
    profile.keyId = sandbox.server().config().keyId;
    profile.temporary = true;
    profile.relayUrl = relay.url();
    MainWindow window(nullptr, nullptr);
    window.openSession(profile, sandbox.server().config().secret, {}, data.path(), token);
    window.show();
    sandbox.announceConversations();
    waitFor([&] { return window.controller() && window.controller()->isStreaming(); }, 10000);
    UiTest::open(window, u"alice.martin"_s);
    waitFor([] { return false; }, 5000); // settle: the conversation's first pages, presence

    int apiRequests = 0;
    QObject::connect(&sandbox.server(), &SandboxServer::requestHandled, &window,
                     [&apiRequests] { ++apiRequests; });
    const quint64 relayBefore = relay.server()->requestCount();
    waitFor([] { return false; }, 60000);
    const int relayRequests = int(relay.server()->requestCount() - relayBefore);
    const bool streaming = window.controller()->isStreaming();
    report(u"Console requests in an idle minute, stream up, a conversation open"_s,
           u"%1 to the API, %2 to the relay%3"_s.arg(apiRequests)
               .arg(relayRequests)
               .arg(streaming ? QString() : u" (the stream was down)"_s),
           u"none"_s, streaming && apiRequests == 0 && relayRequests == 0);
}
} // namespace

int main(int argc, char **argv)
{
    QApplication app(argc, argv);
    QTemporaryDir dir;

    const double perRow = bareSqliteRate(dir.filePath(u"bare1.sqlite"_s), 300, 1);
    const double perHundred = bareSqliteRate(dir.filePath(u"bare100.sqlite"_s), 20000, 100);
    {
        Relay relay(dir.path(), {u"--db"_s, dir.filePath(u"relay.sqlite"_s)});
        if (!relay.start()) {
            std::fprintf(stderr, "smooch-relay did not start\n");
            return 1;
        }
        const double rate = ingestRate(relay.port(), 50, 5);
        report(u"Relay durable ingest, SQLite, 50 concurrent senders"_s,
               u"%1 acknowledged/s (bare SQLite WAL on this disk: %2/s one row per commit, %3/s "
               "100 per commit)"_s.arg(qRound(rate))
                   .arg(qRound(perRow))
                   .arg(qRound(perHundred)),
               u">= 5,000/s"_s, rate >= 5000);

        const QByteArray token = relay.addAgent(u"bench"_s);
        long kib = 0;
        fanOut(relay, token, 1, 100, nullptr);
        fanOut(relay, token, 50, 100, nullptr);
        fanOut(relay, token, 200, 100, &kib);
        report(u"Relay memory per connected console"_s, u"%1 KiB"_s.arg(kib), u"-"_s, true);
    }
    if (PostgresFixture::unavailableReason().isEmpty()) {
        PostgresFixture postgres;
        QString error;
        if (postgres.start(&error)) {
            Relay relay(dir.path(), {u"--postgres"_s, postgres.conninfo()});
            if (relay.start()) {
                const double rate = ingestRate(relay.port(), 50, 5);
                report(u"Relay durable ingest, PostgreSQL, 50 concurrent senders"_s,
                       u"%1 acknowledged/s"_s.arg(qRound(rate)), u"reported"_s, true);
            }
        }
    }
    idleConsole();
    return 0;
}
