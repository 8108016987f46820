#include "rawhttpclient.h"
#include "session/httpfront.h"

#include <QDeadlineTimer>
#include <QElapsedTimer>
#include <QFile>
#include <QPointer>
#include <QProcess>
#include <QSignalSpy>
#include <QSslKey>
#include <QSslSocket>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

using namespace std::chrono_literals;
using namespace Qt::StringLiterals;

namespace {
/*! Answers every request with its body, now or when the test says. */
class EchoFront : public HttpFront
{
    Q_OBJECT

public:
    QList<Request> requests;
    bool answerLater = false;

Q_SIGNALS:
    void received();

protected:
    void handleRequest(const Request &request) override
    {
        requests.append(request);
        if (!answerLater) {
            Response response;
            response.body = request.body;
            respond(request.connection, response);
        }
        Q_EMIT received();
    }
};

/*! Answers GET /stream with a stream, anything else with its body. */
class StreamFront : public HttpFront
{
    Q_OBJECT

public:
    QList<quint64> streams;
    QList<quint64> closed;
    QList<quint64> drained;

protected:
    void handleRequest(const Request &request) override
    {
        if (request.target == "/stream") {
            Response head;
            head.contentType = "text/event-stream";
            head.body = "start\n";
            if (startStream(request.connection, head)) {
                streams.append(request.connection);
                return;
            }
            Response busy;
            busy.status = 503;
            respond(request.connection, busy);
            return;
        }
        Response response;
        response.body = request.body;
        respond(request.connection, response);
    }
    void streamClosed(quint64 connection) override { closed.append(connection); }
    void streamDrained(quint64 connection) override { drained.append(connection); }
};

// Reads from \a socket until \a bytes have come or the time is out.
QByteArray readAtLeast(QIODevice &socket, qsizetype bytes, QByteArray received = {},
                       int timeoutMs = 5000)
{
    const QDeadlineTimer deadline(timeoutMs);
    while (received.size() < bytes && !deadline.hasExpired()) {
        received += socket.readAll();
        if (received.size() >= bytes)
            break;
        QSignalSpy ready(&socket, &QIODevice::readyRead);
        ready.wait(int(qMax<qint64>(1, qMin<qint64>(100, deadline.remainingTime()))));
    }
    return received;
}

QByteArray post(const QByteArray &framing, const QByteArray &body = {})
{
    return "POST /in HTTP/1.1\r\nHost: 127.0.0.1\r\n" + framing + "\r\n" + body;
}

QByteArray withLength(const QByteArray &body)
{
    return post("Content-Length: " + QByteArray::number(body.size()) + "\r\n", body);
}
} // namespace

/*! The HTTP front alone: what a request may cost, and what a well-behaved client gets. */
class TestHttpFront : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void listensOnLoopbackOnly()
    {
        EchoFront front;
        QVERIFY(front.listen());
        QCOMPARE(front.address(), QHostAddress(QHostAddress::LocalHost));
        QVERIFY(front.port() != 0);
        front.close();
        QVERIFY(!front.isListening());
    }

    // The body is read only up to the cap, and what a refused body sends is dropped unread.
    void bufferedBytesStayBounded()
    {
        EchoFront front;
        HttpFront::Limits limits;
        limits.maxBody = 256 * 1024;
        front.setLimits(limits);
        QVERIFY(front.listen());
        const qsizetype bound = limits.maxBody + limits.maxHeaderBytes + 64 * 1024;

        // Looks at every turn of the event loop, between any two reads of the server.
        qsizetype peak = 0;
        QTimer sampler;
        connect(&sampler, &QTimer::timeout, this,
                [&] { peak = qMax(peak, front.bufferedBytes()); });
        sampler.start(0);

        RawHttpClient client;
        QVERIFY(client.connectTo(front.port()));
        client.send(post("Transfer-Encoding: chunked\r\n"));
        const QByteArray chunk = "4000\r\n" + QByteArray(0x4000, 'x') + "\r\n";
        for (int i = 0; i < 512; ++i) // 8 MiB, never finished
            client.send(chunk);
        QCOMPARE(client.response().status, 413);
        QVERIFY(client.waitClosed(10000));
        QVERIFY2(peak <= bound, QByteArray::number(peak).constData());
        QVERIFY(peak > 0);
        QCOMPARE(front.requests.size(), 0);

        // Announced as too large and sent anyway.
        RawHttpClient large;
        QVERIFY(large.connectTo(front.port()));
        peak = 0;
        large.send(post("Content-Length: 419430400\r\n"));
        QCOMPARE(large.response().status, 413);
        for (int i = 0; i < 256; ++i) // 4 MiB of it
            large.send(chunk);
        QVERIFY(large.waitClosed(10000));
        QVERIFY2(peak <= 64 * 1024, QByteArray::number(peak).constData());
        QTRY_COMPARE(front.connectionCount(), 0);
    }

    void bodiesUpToTheCapAreRead()
    {
        EchoFront front;
        HttpFront::Limits limits;
        limits.maxBody = 1000;
        front.setLimits(limits);
        QVERIFY(front.listen());

        RawHttpClient client;
        QVERIFY(client.connectTo(front.port()));
        client.send(withLength(QByteArray(1000, 'a')));
        auto response = client.response();
        QCOMPARE(response.status, 200);
        QCOMPARE(response.body, QByteArray(1000, 'a'));
        // Chunked with an extension and a trailer, exactly at the cap.
        client.send(post("Transfer-Encoding: chunked\r\n",
                         "1f4;ext=1\r\n" + QByteArray(500, 'b') + "\r\n1F4\r\n" +
                             QByteArray(500, 'c') + "\r\n0\r\nX-Trailer: 1\r\n\r\n"));
        response = client.response();
        QCOMPARE(response.status, 200);
        QCOMPARE(response.body, QByteArray(500, 'b') + QByteArray(500, 'c'));

        client.send(withLength(QByteArray(1001, 'a')));
        QCOMPARE(client.response().status, 413);
        QVERIFY(client.waitClosed());

        RawHttpClient chunked;
        QVERIFY(chunked.connectTo(front.port()));
        chunked.send(post("Transfer-Encoding: chunked\r\n",
                          "3e8\r\n" + QByteArray(1000, 'a') + "\r\n1\r\na\r\n0\r\n\r\n"));
        QCOMPARE(chunked.response().status, 413);
        QCOMPARE(front.requests.size(), 2);
    }

    // A client waiting for "100 Continue" sends its body only once the headers are accepted.
    void expectContinue()
    {
        EchoFront front;
        QVERIFY(front.listen());
        RawHttpClient client;
        QVERIFY(client.connectTo(front.port()));
        client.send(post("Content-Length: 2\r\nExpect: 100-continue\r\n"));
        QSignalSpy ready(&client.socket(), &QIODevice::readyRead);
        QVERIFY(ready.wait());
        QCOMPARE(client.socket().readAll(), "HTTP/1.1 100 Continue\r\n\r\n");
        client.send("{}");
        const auto response = client.response();
        QCOMPARE(response.status, 200);
        QCOMPARE(response.body, "{}");
    }

    void keepsConnectionsAliveAndAnswersInOrder()
    {
        EchoFront front;
        QVERIFY(front.listen());
        RawHttpClient client;
        QVERIFY(client.connectTo(front.port()));
        client.send(withLength("one") + withLength("two"));
        QCOMPARE(client.response().body, "one");
        QCOMPARE(client.response().body, "two");
        client.send(withLength("three"));
        const auto third = client.response();
        QCOMPARE(third.body, "three");
        QVERIFY(third.header("Connection").isNull());
        QCOMPARE(front.connectionCount(), 1);

        // The client asks to close, or speaks HTTP/1.0.
        client.send(post("Connection: close\r\nContent-Length: 4\r\n", "four"));
        const auto fourth = client.response();
        QCOMPARE(fourth.body, "four");
        QCOMPARE(fourth.header("Connection"), "close");
        QVERIFY(client.waitClosed());
        RawHttpClient old;
        QVERIFY(old.connectTo(front.port()));
        old.send("POST /in HTTP/1.0\r\nContent-Length: 4\r\n\r\nfive");
        QCOMPARE(old.response().header("Connection"), "close");
        QVERIFY(old.waitClosed());
    }

    void answersLater()
    {
        EchoFront front;
        front.answerLater = true;
        QVERIFY(front.listen());
        RawHttpClient client;
        QVERIFY(client.connectTo(front.port()));
        QSignalSpy received(&front, &EchoFront::received);
        // The second request waits for the answer to the first.
        client.send(withLength("one") + withLength("two"));
        QVERIFY(received.wait());
        QCOMPARE(front.requests.size(), 1);
        HttpFront::Response response;
        response.body = "first";
        QVERIFY(front.respond(front.requests.at(0).connection, response));
        QVERIFY(!front.respond(front.requests.at(0).connection, response)); // answered already
        QCOMPARE(client.response().body, "first");
        QTRY_COMPARE(received.count(), 2);
        QCOMPARE(front.requests.at(1).body, "two");
        client.socket().abort();
        QTRY_COMPARE(front.connectionCount(), 0);
        QVERIFY(!front.respond(front.requests.at(1).connection, response)); // the client left
    }

    // At the cap, a new connection closes the oldest one rather than waiting behind it.
    void theOldestConnectionMakesRoom()
    {
        EchoFront front;
        HttpFront::Limits limits;
        limits.maxConnections = 4;
        front.setLimits(limits);
        QVERIFY(front.listen());
        RawHttpClient clients[4];
        for (auto &client : clients) {
            QVERIFY(client.connectTo(front.port()));
            client.send("POST /in HTTP/1.1\r\n");
        }
        QTRY_COMPARE(front.connectionCount(), 4);
        RawHttpClient genuine;
        QVERIFY(genuine.connectTo(front.port()));
        QVERIFY(clients[0].waitClosed());
        genuine.send(withLength("hello"));
        QCOMPARE(genuine.response().body, "hello");
        QCOMPARE(front.connectionCount(), 4);
        QCOMPARE(clients[1].socket().state(), QAbstractSocket::ConnectedState);
    }

    void anOwnerMayDeleteItsFrontWhileHandling()
    {
        auto *front = new EchoFront;
        QVERIFY(front->listen());
        const QPointer<EchoFront> alive(front);
        connect(front, &EchoFront::received, front, [front] { delete front; });
        RawHttpClient client;
        QVERIFY(client.connectTo(front->port()));
        client.send(withLength("one") + withLength("two"));
        QTRY_VERIFY(!alive);
        QVERIFY(client.waitClosed());
    }

    // A stream carries what the owner writes, in order, and outlives the idle timeout.
    void aStreamDeliversBytesInOrder()
    {
        StreamFront front;
        HttpFront::Limits limits;
        limits.idleTimeout = 200ms;
        front.setLimits(limits);
        QVERIFY(front.listen());
        RawHttpClient client;
        QVERIFY(client.connectTo(front.port()));
        client.send("GET /stream HTTP/1.1\r\nHost: x\r\n\r\n");
        QTRY_COMPARE(front.streams.size(), 1);
        const quint64 id = front.streams.first();
        QByteArray expected = "start\n";
        for (int i = 0; i < 2000; ++i) {
            const QByteArray line = QByteArray::number(i) + '\n';
            QVERIFY(front.writeStream(id, line));
            expected += line;
        }
        QTest::qWait(500); // past the idle timeout
        QVERIFY(front.writeStream(id, "end\n"));
        expected += "end\n";
        QByteArray received;
        const QDeadlineTimer deadline(5000);
        while (!received.endsWith("end\n") && !deadline.hasExpired()) {
            QSignalSpy ready(&client.socket(), &QIODevice::readyRead);
            ready.wait(100);
            received += client.socket().readAll();
        }
        const qsizetype headEnd = received.indexOf("\r\n\r\n");
        QVERIFY(headEnd > 0);
        const QByteArray head = received.left(headEnd);
        QVERIFY(head.startsWith("HTTP/1.1 200 OK\r\n"));
        QVERIFY(head.contains("Content-Type: text/event-stream"));
        QVERIFY(head.contains("Connection: close"));
        QVERIFY(!head.contains("Content-Length"));
        QCOMPARE(received.mid(headEnd + 4), expected);
        QCOMPARE(front.streamCount(), 1);
        QTRY_VERIFY(front.drained.contains(id));
        QCOMPARE(front.streamBacklog(id), 0);

        // The peer leaves: the owner hears of it, and writes fail.
        client.socket().abort();
        QTRY_COMPARE(front.closed, QList<quint64>{id});
        QVERIFY(!front.writeStream(id, "more"));
        QCOMPARE(front.streamCount(), 0);

        // The owner ends a stream: what was written still arrives, then the connection closes.
        RawHttpClient second;
        QVERIFY(second.connectTo(front.port()));
        second.send("GET /stream HTTP/1.1\r\nHost: x\r\n\r\n");
        QTRY_COMPARE(front.streams.size(), 2);
        QVERIFY(front.writeStream(front.streams.last(), "last words\n"));
        front.closeStream(front.streams.last());
        QVERIFY(second.waitClosed());
        QTest::qWait(50);
        QCOMPARE(front.closed.size(), 1);
    }

    // A peer that never reads is cut at the cap; the other stream keeps flowing meanwhile.
    void aPeerThatNeverReadsIsCutAtTheCap()
    {
        StreamFront front;
        HttpFront::Limits limits;
        limits.maxStreamBacklog = 256 * 1024;
        front.setLimits(limits);
        QVERIFY(front.listen());
        RawHttpClient stuck;
        RawHttpClient reader;
        // Qt stops reading from the system once this much waits: the peer reads nothing more.
        stuck.socket().setReadBufferSize(1024);
        QVERIFY(stuck.connectTo(front.port()));
        QVERIFY(reader.connectTo(front.port()));
        stuck.send("GET /stream HTTP/1.1\r\nHost: x\r\n\r\n");
        QTRY_COMPARE(front.streams.size(), 1);
        reader.send("GET /stream HTTP/1.1\r\nHost: x\r\n\r\n");
        QTRY_COMPARE(front.streams.size(), 2);
        const quint64 stuckId = front.streams.at(0);
        const quint64 readerId = front.streams.at(1);

        const QByteArray chunk(16 * 1024, 'x');
        qint64 sent = 0;
        QByteArray received;
        bool cut = false;
        // The kernel buffers some megabytes first; never more than 256 MiB in all.
        for (int i = 0; i < 16384 && !cut; ++i) {
            cut = !front.writeStream(stuckId, chunk);
            QVERIFY(front.writeStream(readerId, chunk));
            sent += chunk.size();
            QVERIFY(front.streamBacklog(readerId) <= limits.maxStreamBacklog);
            QCoreApplication::processEvents();
            received += reader.socket().readAll();
        }
        QVERIFY(cut);
        QVERIFY(front.streamBacklog(stuckId) == -1);
        QVERIFY(!front.writeStream(stuckId, "x"));
        received = readAtLeast(reader.socket(), sent, received, 10000);
        QVERIFY(received.endsWith(chunk));
        QCOMPARE(front.streamCount(), 1);
        QCOMPARE(front.connectionCount(), 1); // the stuck peer learns it when it reads again
        QTest::qWait(50);
        QVERIFY(!front.closed.contains(stuckId)); // the owner knew from writeStream()
    }

    // At the connection cap, streams go last, and their own cap keeps room for others.
    void streamsGoLastAtTheConnectionCap()
    {
        StreamFront front;
        HttpFront::Limits limits;
        limits.maxConnections = 4;
        limits.maxStreams = 2;
        front.setLimits(limits);
        QVERIFY(front.listen());
        RawHttpClient streams[2];
        for (auto &client : streams) {
            QVERIFY(client.connectTo(front.port()));
            client.send("GET /stream HTTP/1.1\r\nHost: x\r\n\r\n");
        }
        QTRY_COMPARE(front.streamCount(), 2);
        RawHttpClient third;
        QVERIFY(third.connectTo(front.port()));
        third.send("GET /stream HTTP/1.1\r\nHost: x\r\n\r\n");
        QCOMPARE(third.response().status, 503);
        RawHttpClient idle;
        QVERIFY(idle.connectTo(front.port()));
        QTRY_COMPARE(front.connectionCount(), 4);
        RawHttpClient fresh[2];
        for (auto &client : fresh)
            QVERIFY(client.connectTo(front.port()));
        QVERIFY(third.waitClosed());
        QVERIFY(idle.waitClosed());
        QCOMPARE(front.streamCount(), 2);
        for (auto &client : streams)
            QCOMPARE(client.socket().state(), QAbstractSocket::ConnectedState);
    }

    // HTTPS with a certificate made for the test; a handshake that never comes is cut.
    void tlsRoundTrip()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString certFile = dir.filePath(u"cert.pem"_s);
        const QString keyFile = dir.filePath(u"key.pem"_s);
        QProcess openssl;
        openssl.start(u"openssl"_s, {u"req"_s, u"-x509"_s, u"-newkey"_s, u"ec"_s, u"-pkeyopt"_s,
                                     u"ec_paramgen_curve:prime256v1"_s, u"-nodes"_s, u"-days"_s,
                                     u"1"_s, u"-subj"_s, u"/CN=127.0.0.1"_s, u"-addext"_s,
                                     u"subjectAltName=IP:127.0.0.1"_s, u"-keyout"_s, keyFile,
                                     u"-out"_s, certFile});
        QVERIFY(openssl.waitForFinished(20000));
        QCOMPARE(openssl.exitCode(), 0);
        QFile certIn(certFile);
        QFile keyIn(keyFile);
        QVERIFY(certIn.open(QIODevice::ReadOnly) && keyIn.open(QIODevice::ReadOnly));
        const QSslCertificate cert(&certIn, QSsl::Pem);
        const QSslKey key(&keyIn, QSsl::Ec, QSsl::Pem);
        QVERIFY(!cert.isNull() && !key.isNull());

        StreamFront front;
        HttpFront::Limits limits;
        limits.headerTimeout = 300ms;
        front.setLimits(limits);
        QSslConfiguration tls = QSslConfiguration::defaultConfiguration();
        tls.setLocalCertificate(cert);
        tls.setPrivateKey(key);
        front.setTlsConfiguration(tls);
        QVERIFY(front.isTls());
        QVERIFY(front.listen());

        QSslSocket client;
        QSslConfiguration trust = QSslConfiguration::defaultConfiguration();
        trust.setCaCertificates({cert});
        client.setSslConfiguration(trust);
        QSignalSpy encrypted(&client, &QSslSocket::encrypted);
        client.connectToHostEncrypted(u"127.0.0.1"_s, front.port());
        QVERIFY2(encrypted.wait(5000), qPrintable(client.errorString()));
        client.write(withLength("secret"));
        QByteArray answer;
        QTRY_VERIFY((answer += client.readAll()).endsWith("\r\n\r\nsecret"));
        QVERIFY(answer.startsWith("HTTP/1.1 200 OK"));
        client.write("GET /stream HTTP/1.1\r\nHost: x\r\n\r\n");
        QTRY_COMPARE(front.streams.size(), 1);
        QVERIFY(front.writeStream(front.streams.first(), "over tls\n"));
        QByteArray streamed;
        QTRY_VERIFY((streamed += client.readAll()).endsWith("start\nover tls\n"));

        // Plain TCP that never starts the handshake is closed within the header timeout.
        RawHttpClient silent;
        QVERIFY(silent.connectTo(front.port()));
        QElapsedTimer waited;
        waited.start();
        QVERIFY(silent.waitClosed(3000));
        QVERIFY(waited.elapsed() < 2500);
    }

    void idleAndSlowConnectionsAreClosed()
    {
        EchoFront front;
        HttpFront::Limits limits;
        limits.headerTimeout = 200ms;
        limits.idleTimeout = 200ms;
        front.setLimits(limits);
        QVERIFY(front.listen());
        RawHttpClient slow;
        QVERIFY(slow.connectTo(front.port()));
        slow.send("POST /in HTTP/1.1\r\n");
        QCOMPARE(slow.response().status, 408);
        QVERIFY(slow.waitClosed());
        RawHttpClient idle;
        QVERIFY(idle.connectTo(front.port()));
        idle.send(withLength("x"));
        QCOMPARE(idle.response().status, 200);
        QVERIFY(idle.waitClosed());
        QTRY_COMPARE(front.connectionCount(), 0);
    }
};

QTEST_GUILESS_MAIN(TestHttpFront)
#include "tst_httpfront.moc"
