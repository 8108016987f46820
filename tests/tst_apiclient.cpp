#include "client/apiclient.h"

#include <QPointer>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {
/*! An HTTP server on 127.0.0.1 that answers each request with the next scripted response. */
class ScriptedServer : public QTcpServer
{
public:
    struct Response
    {
        int status = 200;
        QByteArray body;
    };
    QList<Response> script; //!< the answers, in order; none left: requests are held
    int requests = 0;

    ScriptedServer()
    {
        listen(QHostAddress::LocalHost, 0);
        connect(this, &QTcpServer::newConnection, this, [this] {
            while (QTcpSocket *socket = nextPendingConnection()) {
                connect(socket, &QTcpSocket::readyRead, socket, [this, socket] { read(socket); });
                connect(socket, &QTcpSocket::disconnected, socket, &QObject::deleteLater);
            }
        });
    }
    QUrl url() const { return QUrl(u"http://127.0.0.1:%1"_s.arg(serverPort())); }

private:
    void read(QTcpSocket *socket)
    {
        QByteArray &buffer = m_buffers[socket];
        buffer += socket->readAll();
        for (;;) {
            const qsizetype end = buffer.indexOf("\r\n\r\n");
            if (end < 0)
                return;
            qsizetype length = 0;
            for (const QByteArray &line : buffer.left(end).split('\n')) {
                if (line.toLower().startsWith("content-length:"))
                    length = line.mid(15).trimmed().toLongLong();
            }
            if (buffer.size() < end + 4 + length)
                return;
            buffer.remove(0, end + 4 + length);
            ++requests;
            if (script.isEmpty())
                continue;
            const Response r = script.takeFirst();
            socket->write("HTTP/1.1 " + QByteArray::number(r.status) + " X\r\nContent-Length: " +
                          QByteArray::number(r.body.size()) + "\r\n\r\n" + r.body);
        }
    }
    QHash<QTcpSocket *, QByteArray> m_buffers;
};

/*! The smallest API: its results are the bodies, its announcements a log. */
class EchoClient : public ApiClient
{
public:
    QStringList *events = nullptr;

    EchoClient()
        : ApiClient("echo request", 1024, nullptr)
    {}
    ApiReplyOf<QByteArray> *get(QObject *context)
    {
        return start<ApiReplyOf<QByteArray>>(
            context, {.verb = "GET", .url = connection().appUrl({u"things"_s})});
    }
    ApiReply *postOnce(QObject *context)
    {
        return start<ApiReply>(context, {.verb = "POST",
                                         .url = connection().appUrl({u"things"_s}),
                                         .body = "{}",
                                         .repeat = Repeat::SentOnce});
    }
    ApiReply *refused(QObject *context)
    {
        return start<ApiReply>(
            context,
            {.verb = "GET", .url = connection().appUrl({u"things"_s}), .refusal = u"not now"_s});
    }

protected:
    void handleSuccess(RequestId id, int, const QByteArray &body) override
    {
        setResult(id, body);
        conclude(id, nullptr, [this] { *events << u"announced success"_s; });
    }
    void announce(RequestId, const ApiError *error, const std::function<void()> &success) override
    {
        *events << (error ? u"api failed"_s : u"api done"_s);
        if (success)
            success();
    }
    void announceRetry(RequestId, int attempt, std::chrono::milliseconds, const ApiError &) override
    {
        *events << u"api retrying %1"_s.arg(attempt);
    }
    QString responseTooLarge() const override { return u"too large"_s; }
};
} // namespace

/*! ApiClient's promise: the order of a request's signals, retries, refusals and cancel. */
class TestApiClient : public QObject
{
    Q_OBJECT

private:
    ScriptedServer *m_server = nullptr;
    EchoClient *m_api = nullptr;
    QStringList m_events;
    bool m_done = false;
    std::optional<ApiError> m_error;

    void watch(ApiReply *reply)
    {
        connect(reply, &ApiReply::finished, this, [this] { m_events << u"finished"_s; });
        connect(reply, &ApiReply::succeeded, this, [this, reply] {
            m_events << u"succeeded"_s;
            if (auto *r = dynamic_cast<ApiReplyOf<QByteArray> *>(reply))
                m_events << QString::fromLatin1(r->result());
            m_done = true;
        });
        connect(reply, &ApiReply::failed, this, [this](const ApiError &e) {
            m_events << u"failed"_s;
            m_error = e;
            m_done = true;
        });
        connect(reply, &ApiReply::retrying, this,
                [this](int attempt) { m_events << u"retrying %1"_s.arg(attempt); });
    }
    void waitDone()
    {
        QVERIFY(QTest::qWaitFor([this] { return m_done; }, 10000));
    }

private Q_SLOTS:
    void init()
    {
        m_server = new ScriptedServer;
        m_api = new EchoClient;
        m_api->events = &m_events;
        m_api->setConnection(
            ApiConnection(m_server->url(), u"app"_s, Credentials::signedJwt(u"k"_s, "s")));
        RetryPolicy fast;
        fast.baseDelay = std::chrono::milliseconds(5);
        fast.maxDelay = std::chrono::milliseconds(20);
        m_api->setRetryPolicy(fast);
        m_events.clear();
        m_done = false;
        m_error.reset();
    }
    void cleanup()
    {
        delete m_api;
        delete m_server;
    }

    void replyThenApiOnSuccess()
    {
        m_server->script = {{200, "hello"}};
        watch(m_api->get(this));
        waitDone();
        QTRY_COMPARE(m_events, QStringList({u"finished"_s, u"succeeded"_s, u"hello"_s,
                                            u"api done"_s, u"announced success"_s}));
        QCOMPARE(m_api->pendingCount(), 0);
    }

    void replyThenApiOnFailure()
    {
        m_server->script = {{404, "{}"}};
        watch(m_api->get(this));
        waitDone();
        QTRY_COMPARE(m_events, QStringList({u"finished"_s, u"failed"_s, u"api failed"_s}));
        QCOMPARE(m_error->kind(), ApiError::Kind::Http);
        QCOMPARE(m_error->httpStatus(), 404);
    }

    void transientFailuresAreRetried()
    {
        m_server->script = {{503, {}}, {503, {}}, {200, "third"}};
        watch(m_api->get(this));
        waitDone();
        QCOMPARE(m_server->requests, 3);
        QTRY_COMPARE(m_events, QStringList({u"retrying 2"_s, u"api retrying 2"_s, u"retrying 3"_s,
                                            u"api retrying 3"_s, u"finished"_s, u"succeeded"_s,
                                            u"third"_s, u"api done"_s, u"announced success"_s}));
    }

    void notRetriedFailsAtOnce()
    {
        m_server->script = {{503, {}}, {200, {}}};
        watch(m_api->postOnce(this));
        waitDone();
        QCOMPARE(m_events, QStringList({u"finished"_s, u"failed"_s, u"api failed"_s}));
        QCOMPARE(m_server->requests, 1);
    }

    void refusalFailsOnTheNextTurn()
    {
        watch(m_api->refused(this));
        QVERIFY(m_events.isEmpty());
        waitDone();
        QCOMPARE(m_error->kind(), ApiError::Kind::Refused);
        QVERIFY(m_error->message().contains(u"not now"_s));
        QCOMPARE(m_server->requests, 0);
    }

    void tooLargeFails()
    {
        m_server->script = {{200, QByteArray(5000, 'x')}};
        watch(m_api->get(this));
        waitDone();
        QCOMPARE(m_error->kind(), ApiError::Kind::InvalidResponse);
        QVERIFY(m_error->message().contains(u"too large"_s));
    }

    void cancelSaysNothing()
    {
        QPointer<ApiReply> reply = m_api->get(this); // the server holds it
        watch(reply);
        QTRY_COMPARE(m_server->requests, 1);
        QVERIFY(m_api->isPending(reply->id()));
        m_api->cancel(reply->id());
        QVERIFY(!reply);
        QCOMPARE(m_api->pendingCount(), 0);
        QTest::qWait(50);
        QVERIFY(m_events.isEmpty());
    }
};

QTEST_MAIN(TestApiClient)
#include "tst_apiclient.moc"
