#include "rawhttpclient.h"

#include <QDeadlineTimer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSet>
#include <QSignalSpy>
#include <QSslCertificate>
#include <QSslConfiguration>
#include <QSslSocket>
#include <QTemporaryDir>
#include <QTest>
#include <QUrl>

#include <csignal>
#include <memory>

using namespace Qt::StringLiterals;

namespace {
const QString relayBinary = QStringLiteral(BIN_DIR "/smooch-relay");

QByteArray delivery(int n)
{
    const QJsonObject message{{u"_id"_s, u"m%1"_s.arg(n)},
                              {u"type"_s, u"text"_s},
                              {u"text"_s, u"message %1"_s.arg(n)},
                              {u"role"_s, u"appUser"_s},
                              {u"authorId"_s, u"sm_u%1"_s.arg(n % 7)},
                              {u"received"_s, 1700000000.0 + n}};
    return QJsonDocument(
               QJsonObject{{u"trigger"_s, u"message:appUser"_s},
                           {u"app"_s, QJsonObject{{u"_id"_s, u"app1"_s}}},
                           {u"messages"_s, QJsonArray{message}},
                           {u"appUser"_s, QJsonObject{{u"_id"_s, u"sm_u%1"_s.arg(n % 7)},
                                                      {u"userId"_s, u"u%1"_s.arg(n % 7)}}},
                           {u"version"_s, u"v1.1"_s}})
        .toJson(QJsonDocument::Compact);
}

QByteArray post(int n)
{
    const QByteArray body = delivery(n);
    return "POST /webhooks/app1 HTTP/1.1\r\nHost: 127.0.0.1\r\nX-API-Key: secret-1\r\n"
           "Content-Type: application/json\r\nConnection: close\r\nContent-Length: " +
           QByteArray::number(body.size()) + "\r\n\r\n" + body;
}
} // namespace

/*! The real smooch-relay executable: killed mid-burst, restarted, and its agent commands. */
class TestRelayProcess : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;

    QProcessEnvironment environment() const
    {
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(u"XDG_DATA_HOME"_s, m_dir.filePath(u"data"_s));
        env.remove(u"STATE_DIRECTORY"_s);
        env.remove(u"CREDENTIALS_DIRECTORY"_s);
        env.insert(u"SMOOCH_RELAY_WEBHOOK_SECRETS"_s, u"app1 secret-1\n"_s);
        return env;
    }
    QStringList dbArgs() const { return {u"--db"_s, m_dir.filePath(u"relay.sqlite"_s)}; }

    /*! Starts serve; its port, or 0. */
    quint16 startServe(QProcess &process, const QStringList &more = {},
                       const QString &scheme = u"http"_s)
    {
        process.setProcessEnvironment(environment());
        process.start(relayBinary,
                      QStringList{u"serve"_s, u"--listen"_s, u"127.0.0.1:0"_s} + dbArgs() + more);
        if (!process.waitForStarted(5000))
            return 0;
        const QDeadlineTimer deadline(10000);
        while (!process.canReadLine() && !deadline.hasExpired())
            process.waitForReadyRead(100);
        const QByteArray line = process.readLine().trimmed();
        const QUrl url(QString::fromUtf8(line));
        if (url.port() <= 0)
            qWarning() << "serve said" << line << process.readAllStandardError();
        if (url.scheme() != scheme || url.host() != "127.0.0.1"_L1)
            return 0;
        return quint16(url.port());
    }

    /*! Runs a short command; its stdout, and the exit code in \a code. */
    QByteArray run(const QStringList &arguments, int *code)
    {
        QProcess process;
        process.setProcessEnvironment(environment());
        process.start(relayBinary, arguments + dbArgs());
        process.waitForFinished(10000);
        *code = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
        return process.readAllStandardOutput();
    }

    int status(quint16 port, const QByteArray &target, const QByteArray &token)
    {
        RawHttpClient client;
        if (!client.connectTo(port))
            return -1;
        client.send("GET " + target + " HTTP/1.1\r\nHost: 127.0.0.1\r\nAuthorization: Bearer " +
                    token + "\r\n\r\n");
        return client.response().status;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        QVERIFY2(QFile::exists(relayBinary), qPrintable(relayBinary));
    }

    void killedMidBurstLosesNothingAcknowledged()
    {
        int code = -1;
        const QByteArray token = run({u"agent"_s, u"add"_s, u"alice"_s}, &code).trimmed();
        QCOMPARE(code, 0);
        QVERIFY(token.startsWith("srt_"));

        QProcess relay;
        const quint16 port = startServe(relay);
        QVERIFY(port != 0);
        QCOMPARE(status(port, "/v1/conversations", token), 200);

        // 200 concurrent deliveries; the relay dies while they are being answered.
        constexpr int burst = 200;
        std::vector<std::unique_ptr<RawHttpClient>> clients;
        for (int i = 0; i < burst; ++i) {
            clients.push_back(std::make_unique<RawHttpClient>());
            clients.back()->startConnecting(port);
        }
        for (int i = 0; i < burst; ++i) {
            if (clients[i]->socket().state() != QAbstractSocket::ConnectedState)
                clients[i]->socket().waitForConnected(5000);
            clients[i]->send(post(i));
        }
        QSet<int> acknowledged;
        QByteArray received[burst];
        const auto collect = [&] {
            for (int i = 0; i < burst; ++i) {
                received[i] += clients[i]->socket().readAll();
                if (received[i].startsWith("HTTP/1.1 200 "))
                    acknowledged.insert(i);
            }
        };
        const QDeadlineTimer deadline(15000);
        while (acknowledged.size() < 20 && !deadline.hasExpired()) {
            QTest::qWait(1);
            collect();
        }
        QVERIFY(acknowledged.size() >= 20);
        ::kill(pid_t(relay.processId()), SIGKILL);
        QVERIFY(relay.waitForFinished(5000));
        QTest::qWait(100);
        collect();
        qInfo() << acknowledged.size() << "of" << burst << "deliveries acknowledged before kill -9";

        // Restarted on the same database: a console resuming from 0 gets each acknowledged
        // delivery once, in id order; none twice.
        QProcess restarted;
        const quint16 again = startServe(restarted);
        QVERIFY(again != 0);
        RawHttpClient console;
        QVERIFY(console.connectTo(again));
        console.send("GET /v1/events HTTP/1.1\r\nHost: 127.0.0.1\r\nAuthorization: Bearer " +
                     token + "\r\nLast-Event-ID: 0\r\n\r\n");
        QByteArray stream;
        QList<qint64> ids;
        QList<int> deliveries;
        const QDeadlineTimer wait(10000);
        QSet<int> pending = acknowledged;
        while (!wait.hasExpired()) {
            QSignalSpy ready(&console.socket(), &QIODevice::readyRead);
            ready.wait(100);
            stream += console.socket().readAll();
            for (qsizetype end; (end = stream.indexOf("\n\n")) >= 0;) {
                const QByteArray block = stream.left(end);
                stream.remove(0, end + 2);
                if (!block.contains("event: webhook"))
                    continue;
                qint64 id = 0;
                QByteArray data;
                for (const QByteArray &line : block.split('\n')) {
                    if (line.startsWith("id: "))
                        id = line.mid(4).toLongLong();
                    else if (line.startsWith("data: "))
                        data = line.mid(6);
                }
                ids.append(id);
                const QString messageId = QJsonDocument::fromJson(data)
                                              .object()
                                              .value(u"payload"_s)
                                              .toObject()
                                              .value(u"messages"_s)
                                              .toArray()
                                              .first()
                                              .toObject()
                                              .value(u"_id"_s)
                                              .toString();
                deliveries.append(messageId.mid(1).toInt());
                pending.remove(deliveries.last());
            }
            if (pending.isEmpty() && ids.size() >= acknowledged.size()) {
                QTest::qWait(200); // anything more that should not be there
                stream += console.socket().readAll();
                if (!stream.contains("event: webhook"))
                    break;
            }
        }
        QVERIFY2(pending.isEmpty(),
                 qPrintable(u"%1 acknowledged deliveries missing"_s.arg(pending.size())));
        QCOMPARE(QSet<int>(deliveries.cbegin(), deliveries.cend()).size(), deliveries.size());
        for (qsizetype i = 1; i < ids.size(); ++i)
            QVERIFY(ids.at(i) > ids.at(i - 1));
        QVERIFY(deliveries.size() >= acknowledged.size());
        QVERIFY(deliveries.size() <= burst);

        // A retry after the restart is still stored once.
        const int retried = *acknowledged.cbegin();
        RawHttpClient retry;
        QVERIFY(retry.connectTo(again));
        retry.send(post(retried));
        QCOMPARE(retry.response().status, 200);
        QTest::qWait(200);
        QVERIFY(!console.socket().readAll().contains("event: webhook"));

        // SIGTERM ends serve cleanly.
        ::kill(pid_t(restarted.processId()), SIGTERM);
        QVERIFY(restarted.waitForFinished(5000));
        QCOMPARE(restarted.exitStatus(), QProcess::NormalExit);
        QCOMPARE(restarted.exitCode(), 0);
    }

    void servesHttps()
    {
        const QString cert = QStringLiteral(TEST_DATA_DIR "/tls-test.crt");
        QProcess relay;
        const quint16 port = startServe(
            relay,
            {u"--tls-cert"_s, cert, u"--tls-key"_s, QStringLiteral(TEST_DATA_DIR "/tls-test.key")},
            u"https"_s);
        QVERIFY(port != 0);
        QFile certFile(cert);
        QVERIFY(certFile.open(QIODevice::ReadOnly));
        QSslSocket client;
        QSslConfiguration trust = QSslConfiguration::defaultConfiguration();
        trust.setCaCertificates(QSslCertificate::fromData(certFile.readAll()));
        client.setSslConfiguration(trust);
        QSignalSpy encrypted(&client, &QSslSocket::encrypted);
        client.connectToHostEncrypted(u"127.0.0.1"_s, port);
        QVERIFY2(encrypted.wait(5000), qPrintable(client.errorString()));
        client.write("GET /healthz HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n");
        QByteArray answer;
        QTRY_VERIFY((answer += client.readAll()).endsWith("\r\n\r\nok\n"));
        QVERIFY(answer.startsWith("HTTP/1.1 200 "));
        // --tls-cert without --tls-key is a usage error.
        int code = -1;
        run({u"serve"_s, u"--tls-cert"_s, cert}, &code);
        QCOMPARE(code, 2);
        ::kill(pid_t(relay.processId()), SIGTERM);
        QVERIFY(relay.waitForFinished(5000));
        QCOMPARE(relay.exitCode(), 0);
    }

    void agentCommandsTakeEffectWhileServing()
    {
        QProcess relay;
        const quint16 port = startServe(relay);
        QVERIFY(port != 0);
        int code = -1;
        const QByteArray token =
            run({u"agent"_s, u"add"_s, u"carol"_s, u"--app"_s, u"app1"_s}, &code).trimmed();
        QCOMPARE(code, 0);
        QVERIFY(token.startsWith("srt_"));
        QVERIFY(!token.contains('\n'));
        QCOMPARE(status(port, "/v1/conversations", token), 200);
        QCOMPARE(status(port, "/v1/conversations?appId=app2", token), 403);
        const QByteArray listed = run({u"agent"_s, u"list"_s}, &code);
        QCOMPARE(code, 0);
        QVERIFY(listed.contains("carol\tapp1\n"));
        QVERIFY(!listed.contains(token));
        run({u"agent"_s, u"add"_s, u"carol"_s}, &code);
        QVERIFY(code != 0); // the name is taken
        run({u"agent"_s, u"remove"_s, u"carol"_s}, &code);
        QCOMPARE(code, 0);
        QCOMPARE(status(port, "/v1/conversations", token), 401);
        run({u"agent"_s, u"remove"_s, u"carol"_s}, &code);
        QVERIFY(code != 0);
        run({u"agent"_s}, &code);
        QCOMPARE(code, 2);
        ::kill(pid_t(relay.processId()), SIGINT);
        QVERIFY(relay.waitForFinished(5000));
        QCOMPARE(relay.exitCode(), 0);
    }
};

QTEST_GUILESS_MAIN(TestRelayProcess)
#include "tst_relayprocess.moc"
