#include "rawhttpclient.h"
#include "session/httpfront.h"

#include <QPointer>
#include <QSignalSpy>
#include <QTest>
#include <QTimer>

using namespace std::chrono_literals;

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
