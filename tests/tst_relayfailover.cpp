#include "postgresfixture.h"
#include "session/relayclient.h"

#include <QDeadlineTimer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QProcess>
#include <QScopeGuard>
#include <QSet>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QUrl>

#include <csignal>
#include <sys/prctl.h>

using namespace Qt::StringLiterals;
using namespace std::chrono_literals;

namespace {
const QString relayBinary = QStringLiteral(BIN_DIR "/smooch-relay");
const QString caddyBinary = u"/usr/bin/caddy"_s;

QByteArray delivery(int n)
{
    const QString user = u"u%1"_s.arg(n % 5);
    const QJsonObject message{
        {u"_id"_s, u"m%1"_s.arg(n)},         {u"type"_s, u"text"_s},
        {u"text"_s, u"message %1"_s.arg(n)}, {u"role"_s, u"appUser"_s},
        {u"authorId"_s, u"sm_"_s + user},    {u"received"_s, 1700000000.0 + n}};
    return QJsonDocument(QJsonObject{{u"trigger"_s, u"message:appUser"_s},
                                     {u"app"_s, QJsonObject{{u"_id"_s, u"app1"_s}}},
                                     {u"messages"_s, QJsonArray{message}},
                                     {u"appUser"_s, QJsonObject{{u"_id"_s, u"sm_"_s + user},
                                                                {u"userId"_s, user}}},
                                     {u"version"_s, u"v1.1"_s}})
        .toJson(QJsonDocument::Compact);
}

int freePort()
{
    QTcpServer probe;
    return probe.listen(QHostAddress::LocalHost, 0) ? probe.serverPort() : 0;
}

/*! A child that dies with the test process, however that ends (QProcess kills it otherwise). */
void dieWithParent(QProcess &process)
{
    process.setChildProcessModifier([] { ::prctl(PR_SET_PDEATHSIG, SIGKILL); });
}

/*!
 * Posts deliveries to the relay as Smooch does: each one again, after a moment, until it got a
 * 200 (a 502 from the balancer, a cut connection or a 503 all mean "not stored, try again").
 */
class Smooch : public QObject
{
public:
    Smooch(const QUrl &target)
        : m_target(target)
    {}

    void deliver(int n)
    {
        QNetworkRequest request(m_target);
        request.setHeader(QNetworkRequest::ContentTypeHeader, u"application/json"_s);
        request.setRawHeader("X-API-Key", "secret-1");
        QNetworkReply *reply = m_network.post(request, delivery(n));
        connect(reply, &QNetworkReply::finished, this, [this, reply, n] {
            reply->deleteLater();
            if (reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt() == 200) {
                acknowledged.insert(n);
                return;
            }
            ++retries;
            QTimer::singleShot(50ms, this, [this, n] { deliver(n); });
        });
    }

    QSet<int> acknowledged;
    int retries = 0;

private:
    QUrl m_target;
    QNetworkAccessManager m_network;
};
} // namespace

/*!
 * Two smooch-relay instances on one real PostgreSQL server behind a real load balancer (Caddy,
 * from Debian's packages, set up as in the README's deployment section: two upstreams, health
 * checks on /healthz; here the first upstream is preferred). The instance the consoles stream from
 * is killed with SIGKILL in the middle of a burst of deliveries: the consoles fail over to the
 * other instance through the balancer and lose nothing.
 */
class TestRelayFailover : public QObject
{
    Q_OBJECT

    std::unique_ptr<PostgresFixture> m_pg;
    QTemporaryDir m_dir;

    QProcessEnvironment environment() const
    {
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(u"HOME"_s, m_dir.path()); // Caddy keeps nothing outside the test's folder
        env.insert(u"XDG_DATA_HOME"_s, m_dir.filePath(u"data"_s));
        env.insert(u"XDG_CONFIG_HOME"_s, m_dir.filePath(u"config"_s));
        env.remove(u"STATE_DIRECTORY"_s);
        env.remove(u"CREDENTIALS_DIRECTORY"_s);
        env.insert(u"SMOOCH_RELAY_WEBHOOK_SECRETS"_s, u"app1 secret-1\n"_s);
        return env;
    }
    QStringList dbArgs() const { return {u"--postgres"_s, m_pg->conninfo()}; }

    QByteArray addAgent(const QString &name)
    {
        QProcess process;
        process.setProcessEnvironment(environment());
        dieWithParent(process);
        process.start(relayBinary, QStringList{u"agent"_s, u"add"_s, name} + dbArgs());
        process.waitForFinished(10000);
        if (process.exitStatus() != QProcess::NormalExit || process.exitCode() != 0)
            qWarning() << "agent add said" << process.readAllStandardError();
        return process.readAllStandardOutput().trimmed();
    }

    /*! Starts serve on a free port; its port, or 0. */
    quint16 startServe(QProcess &process)
    {
        process.setProcessEnvironment(environment());
        dieWithParent(process);
        process.start(relayBinary,
                      QStringList{u"serve"_s, u"--listen"_s, u"127.0.0.1:0"_s} + dbArgs());
        if (!process.waitForStarted(5000))
            return 0;
        const QDeadlineTimer deadline(10000);
        while (!process.canReadLine() && !deadline.hasExpired())
            process.waitForReadyRead(100);
        const QUrl url(QString::fromUtf8(process.readLine().trimmed()));
        if (url.scheme() != "http"_L1 || url.host() != "127.0.0.1"_L1 || url.port() <= 0) {
            qWarning() << "serve said" << url << process.readAllStandardError();
            return 0;
        }
        return quint16(url.port());
    }

    /*! Starts Caddy on 127.0.0.1 in front of \a first and \a second; its port, or 0. */
    quint16 startBalancer(QProcess &caddy, quint16 first, quint16 second)
    {
        const int port = freePort();
        QFile config(m_dir.filePath(u"Caddyfile"_s));
        if (port == 0 || !config.open(QIODevice::WriteOnly))
            return 0;
        // The README's Caddy setup on loopback, with lb_policy first instead of least_conn so
        // that the test knows where the consoles stream from: every request goes to the first
        // healthy upstream, a failed dial is tried again within lb_try_duration, and /healthz is
        // polled (active health checks) so that a dead instance is skipped within 250 ms.
        // No passive health checks (fail_duration): Debian 12's Caddy 2.6 retries a POST after
        // a failed dial with a closed body ("invalid Read on closed Body", caddyserver/caddy
        // #5454, fixed by #7547) and counts that 502 against the healthy upstream, so with
        // passive checks the survivor is taken out too, for the whole fail_duration.
        config.write(QStringLiteral(R"({
	admin off
	auto_https off
	storage file_system %1
}
http://127.0.0.1:%2 {
	bind 127.0.0.1
	reverse_proxy 127.0.0.1:%3 127.0.0.1:%4 {
		lb_policy first
		lb_try_duration 5s
		lb_try_interval 50ms
		health_uri /healthz
		health_interval 250ms
		health_timeout 1s
		flush_interval -1
	}
}
)")
                         .arg(m_dir.filePath(u"caddy"_s))
                         .arg(port)
                         .arg(first)
                         .arg(second)
                         .toUtf8());
        config.close();
        caddy.setProcessEnvironment(environment());
        caddy.setProcessChannelMode(QProcess::MergedChannels);
        dieWithParent(caddy);
        caddy.start(caddyBinary,
                    {u"run"_s, u"--adapter"_s, u"caddyfile"_s, u"--config"_s, config.fileName()});
        if (!caddy.waitForStarted(5000))
            return 0;
        // Up once /healthz answers through it.
        QNetworkAccessManager network;
        const QDeadlineTimer deadline(10000);
        while (!deadline.hasExpired() && caddy.state() == QProcess::Running) {
            QNetworkReply *reply =
                network.get(QNetworkRequest(QUrl(u"http://127.0.0.1:%1/healthz"_s.arg(port))));
            QSignalSpy done(reply, &QNetworkReply::finished);
            done.wait(2000);
            const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
            delete reply;
            if (status == 200)
                return quint16(port);
            QTest::qWait(50);
        }
        qWarning() << "caddy said" << caddy.readAll();
        return 0;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        QVERIFY2(QFile::exists(relayBinary), qPrintable(relayBinary));
        if (!QFile::exists(caddyBinary))
            QSKIP(
                "no load balancer here (Debian: apt-get install caddy; scripts/test installs it)");
        if (const QString reason = PostgresFixture::unavailableReason(); !reason.isEmpty())
            QSKIP(qPrintable(u"no PostgreSQL here: "_s + reason));
        m_pg = std::make_unique<PostgresFixture>();
        QString error;
        QVERIFY2(m_pg->start(&error), qPrintable(error));
    }

    void cleanupTestCase() { m_pg.reset(); }

    void killedInstanceFailsOverLosingNothing()
    {
        const QByteArray alice = addAgent(u"alice"_s);
        const QByteArray bob = addAgent(u"bob"_s);
        QVERIFY(alice.startsWith("srt_"));
        QVERIFY(bob.startsWith("srt_"));

        // QProcess kills what is still running when it goes, so a failing check stops them too.
        QProcess first, second, caddy;
        const quint16 firstPort = startServe(first);
        const quint16 secondPort = startServe(second);
        QVERIFY(firstPort != 0 && secondPort != 0);
        const quint16 balancer = startBalancer(caddy, firstPort, secondPort);
        QVERIFY2(balancer != 0, "Caddy did not come up in front of the relays");
        const auto caddyLog = qScopeGuard([&caddy] {
            if (QTest::currentTestFailed())
                qWarning().noquote() << "Caddy's log:" << caddy.readAll().right(4000);
        });
        const QUrl url(u"http://127.0.0.1:%1"_s.arg(balancer));

        // Two consoles through the balancer: both stream from the first instance.
        RelayClient console(url, alice, u"app1"_s);
        RelayClient other(url, bob, u"app1"_s);
        for (RelayClient *client : {&console, &other}) {
            client->setBackoff(300ms, 1s);
            client->setSilenceTimeout(20s);
        }
        QList<std::pair<qint64, int>> received; // (event id, delivery) in arrival order
        connect(&console, &RelayClient::eventReceived, this, [&](const WebhookEvent &event) {
            QVERIFY(!event.messages.isEmpty());
            received.append(
                {console.lastEventId().toLongLong(), event.messages.first().id.mid(1).toInt()});
        });
        QSignalSpy streaming(&console, &RelayClient::streamingChanged);
        QSignalSpy presence(&console, &RelayClient::presenceChanged);
        console.start();
        other.start();
        QTRY_VERIFY_WITH_TIMEOUT(console.isStreaming() && other.isStreaming(), 5000);
        streaming.clear();

        // A burst; the instance streaming to the consoles dies in the middle of it.
        constexpr int burst = 300;
        Smooch smooch(QUrl(url.toString() + u"/webhooks/app1"_s));
        for (int n = 0; n < burst; ++n)
            smooch.deliver(n);
        QTRY_VERIFY_WITH_TIMEOUT(smooch.acknowledged.size() >= burst / 4, 10000);
        QVERIFY2(smooch.acknowledged.size() < burst, "the burst ended before the kill");
        ::kill(pid_t(first.processId()), SIGKILL);
        QVERIFY(first.waitForFinished(5000));
        const qsizetype acknowledgedAtKill = smooch.acknowledged.size();

        // The console's stream was on the killed instance: it drops, and comes back through the
        // balancer on the other one.
        QTRY_VERIFY_WITH_TIMEOUT(!streaming.isEmpty(), 5000);
        QCOMPARE(streaming.first().at(0).toBool(), false);
        const qsizetype seenAtDrop = received.size();
        QTRY_VERIFY_WITH_TIMEOUT(console.isStreaming(), 10000);
        const qsizetype acknowledgedAtResume = smooch.acknowledged.size();

        // Every delivery is acknowledged in the end (by the survivor), and the console has each
        // exactly once, in id order, ids without a gap.
        QTRY_COMPARE_WITH_TIMEOUT(smooch.acknowledged.size(), burst, 15000);
        QTRY_COMPARE_WITH_TIMEOUT(received.size(), qsizetype(burst), 10000);
        QTest::qWait(300); // anything more that should not come
        QCOMPARE(received.size(), qsizetype(burst));
        QSet<int> deliveries;
        for (qsizetype i = 0; i < received.size(); ++i) {
            deliveries.insert(received.at(i).second);
            if (i > 0)
                QCOMPARE(received.at(i).first, received.at(i - 1).first + 1);
        }
        QCOMPARE(deliveries.size(), burst);
        QCOMPARE(received.first().first, qint64(1));
        qInfo() << acknowledgedAtKill << "of" << burst << "acknowledged at the kill," << seenAtDrop
                << "streamed before the drop," << acknowledgedAtResume << "at the resume,"
                << smooch.retries << "retries";
        // The resume had something to catch up on: deliveries stored while no stream was up.
        QVERIFY(acknowledgedAtResume > seenAtDrop);

        // Presence still fans out, now through the survivor.
        QTRY_VERIFY_WITH_TIMEOUT(other.isStreaming(), 10000);
        other.reportPresence(u"u1"_s, RelayClient::Presence::Viewing);
        QTRY_VERIFY_WITH_TIMEOUT(std::any_of(presence.cbegin(), presence.cend(),
                                             [](const QList<QVariant> &args) {
                                                 return args.at(0).toString() == "u1"_L1 &&
                                                        args.at(1).toString() == "bob"_L1 &&
                                                        args.at(2).toString() == "viewing"_L1;
                                             }),
                                 5000);

        console.stop();
        other.stop();
        QCOMPARE(second.state(), QProcess::Running);
    }
};

QTEST_GUILESS_MAIN(TestRelayFailover)
#include "tst_relayfailover.moc"
