#include "conversation/conversationview.h"
#include "conversation/mediacache.h"
#include "conversation/messagelayout.h"
#include "conversation/messagelistmodel.h"
#include "demo/demorelay.h"
#include "protocol/webhookevent.h"
#include "sandbox/sandboxdelivery.h"
#include "sandbox/sandboxdemo.h"
#include "sandbox/sandboxseeder.h"
#include "sandboxfixture.h"
#include "session/deliverytracker.h"
#include "session/session.h"
#include "session/sessioncontroller.h"
#include "session/webhookreceiver.h"
#include "storage/localstore.h"
#include "uitestutil.h"
#include "window/mainwindow.h"

#include <QAbstractHttpServer>
#include <QAbstractItemModelTester>
#include <QDateTime>
#include <QHttpServerRequest>
#include <QJsonArray>
#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QStatusBar>
#include <QStyleOptionViewItem>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace std::chrono_literals;
using State = DeliveryStatus::State;

namespace {

/*! A webhook target on 127.0.0.1 that keeps every payload as it came, to check its shape. */
class PayloadCatcher : public QAbstractHttpServer
{
public:
    PayloadCatcher() { port = listen(QHostAddress::LocalHost, 0); }
    quint16 port = 0;
    QList<QJsonObject> payloads;
    QUrl url() const { return QUrl(u"http://127.0.0.1:%1/hook"_s.arg(port)); }
    QList<QJsonObject> withTrigger(const QString &prefix) const
    {
        QList<QJsonObject> out;
        for (const QJsonObject &p : payloads)
            if (p.value("trigger"_L1).toString().startsWith(prefix))
                out.append(p);
        return out;
    }
    QStringList triggersFor(const QString &messageId) const
    {
        QStringList out;
        for (const QJsonObject &p : payloads)
            if (p.value("message"_L1).toObject().value("_id"_L1).toString() == messageId)
                out.append(p.value("trigger"_L1).toString());
        return out;
    }

protected:
    bool handleRequest(const QHttpServerRequest &request, QTcpSocket *socket) override
    {
        payloads.append(QJsonDocument::fromJson(request.body()).object());
        socket->write("HTTP/1.1 200 OK\r\nContent-Length: 0\r\n\r\n");
        return true;
    }
    void missingHandler(const QHttpServerRequest &, QTcpSocket *) override {}
};

NewMessage reply(const QString &text)
{
    NewMessage post;
    post.role = u"appMaker"_s;
    post.type = u"text"_s;
    post.text = text;
    post.name = u"Agent"_s;
    return post;
}

QByteArray fixture(const QString &name)
{
    QFile file(QStringLiteral(TEST_DATA_DIR "/webhook-fixtures/") + name);
    if (!file.open(QIODevice::ReadOnly))
        qFatal("no fixture %s", qPrintable(name));
    return file.readAll();
}

/*! A delivery event as the service posts it, for \a messageId of the channel user \a smoochId. */
QByteArray deliveryEvent(const QString &trigger, const QString &smoochId, const QString &messageId,
                         double timestamp, std::optional<bool> final = std::nullopt)
{
    QJsonObject p{{"trigger"_L1, trigger},
                  {"version"_L1, "v1.1"_L1},
                  {"app"_L1, QJsonObject{{"_id"_L1, "app_sandbox"_L1}}},
                  {"appUser"_L1, QJsonObject{{"_id"_L1, smoochId}}},
                  {"destination"_L1, QJsonObject{{"type"_L1, "messenger"_L1}}},
                  {"message"_L1, QJsonObject{{"_id"_L1, messageId}}},
                  {"timestamp"_L1, timestamp}};
    if (final)
        p.insert("isFinalEvent"_L1, *final);
    if (trigger.endsWith(":failure"_L1))
        p.insert("error"_L1, QJsonObject{{"code"_L1, "blocked"_L1}});
    return QJsonDocument(p).toJson(QJsonDocument::Compact);
}

} // namespace

/*!
 * Whether a reply arrived, as the agent sees it: the sandbox fires the delivery triggers as the
 * customer's channel would, over HTTP to the receiver of a real console window (or through the
 * team relay), and the bubble says sent, delivered, not delivered (and why), and "Seen" under
 * the last message read. The statuses live in the profile's SQLite file.
 */
class TestDelivery : public QObject
{
    Q_OBJECT

private:
    static constexpr char hookSecret[] = "hook-secret";
    std::unique_ptr<SandboxFixture> sandbox;
    std::unique_ptr<QTemporaryDir> dir;
    QNetworkAccessManager network;
    MediaCache media;

    std::unique_ptr<MainWindow> window()
    {
        auto w = std::make_unique<MainWindow>(nullptr, nullptr);
        Profile p = sandbox->profile(u"test"_s);
        p.webhookEnabled = true;
        w->openSession(p, sandbox->server().config().secret, hookSecret, dir->path());
        if (!w->session()->webhooks())
            qFatal("the webhook receiver did not start");
        sandbox->server().webhooks().configure(w->session()->webhooks()->url(), hookSecret);
        new QAbstractItemModelTester(w->messageModel(), w.get());
        w->show();
        if (!QTest::qWaitForWindowActive(w.get()))
            qFatal("the window did not become active");
        return w;
    }

    int deliver(MainWindow &w, const QByteArray &body)
    {
        QNetworkRequest request(w.session()->webhooks()->url());
        request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArray("application/json"));
        request.setRawHeader("X-API-Key", hookSecret);
        QNetworkReply *r = network.post(request, body);
        QSignalSpy done(r, &QNetworkReply::finished);
        if (!done.wait(10000))
            return -1;
        r->deleteLater();
        return r->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    }

    /*! A channel user on \a platform whose last message was \a ago seconds before now. */
    QString channelUser(const QString &platform, const QString &name, double ago)
    {
        const auto user = sandbox->store().ensureChannelUser({}, platform, name);
        sandbox->store().ensureConversation(user.smoochId);
        const double at = double(QDateTime::currentMSecsSinceEpoch()) / 1000.0 - ago;
        sandbox->store().insertMessage(user.smoochId,
                                       {{"_id"_L1, SandboxStore::newId()},
                                        {"type"_L1, "text"_L1},
                                        {"text"_L1, "Hello?"_L1},
                                        {"role"_L1, "appUser"_L1},
                                        {"authorId"_L1, user.smoochId},
                                        {"received"_L1, at},
                                        {"source"_L1, QJsonObject{{"type"_L1, platform}}}});
        return user.smoochId;
    }

    /*! Sends \a text to \a userId from the console; the message id once the server has it. */
    static QString send(MainWindow &w, const QString &userId, const QString &text)
    {
        QSignalSpy delivered(w.controller()->outbox(), &Outbox::delivered);
        if (!w.controller()->send(userId, reply(text)).isEmpty())
            return {};
        if (!delivered.wait(10000))
            return {};
        return delivered.first().at(1).value<Message>().id;
    }

    static DeliveryStatus shown(MainWindow &w, const QString &id)
    {
        return w.messageModel()
            ->indexOf(id)
            .data(MessageListModel::DeliveryRole)
            .value<DeliveryStatus>();
    }

    /*! Every text the bubble of \a id draws, as laid out by the one layout function. */
    QStringList texts(MainWindow &w, const QString &id)
    {
        const QModelIndex index = w.messageModel()->indexOf(id);
        if (!index.isValid())
            return {};
        QStyleOptionViewItem option;
        option.initFrom(w.conversationView()->viewport());
        option.widget = w.conversationView();
        option.rect = QRect(0, 0, w.conversationView()->viewport()->width(), 100);
        const auto layout = MessageLayout::compute(option, index, &media);
        QStringList out;
        for (const auto &t : layout->texts)
            out.append(t.text);
        for (const auto &b : layout->blocks)
            out.append(b.layout->text().replace(QChar::LineSeparator, u'\n'));
        return out;
    }

    static bool anyContains(const QStringList &texts, const QString &part)
    {
        return std::any_of(texts.cbegin(), texts.cend(),
                           [&](const QString &t) { return t.contains(part); });
    }

    static QString seenText(double at)
    {
        const QDateTime when = QDateTime::fromMSecsSinceEpoch(qint64(at * 1000)).toLocalTime();
        return u"Seen "_s + QLocale().toString(when.time(), QLocale::ShortFormat);
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        qRegisterMetaType<WebhookEvent>();
    }

    void init()
    {
        sandbox = std::make_unique<SandboxFixture>();
        sandbox->server().webhooks().setRetryBase(10ms);
        sandbox->server().delivery().setDelays(60ms, 60ms);
        dir = std::make_unique<QTemporaryDir>();
    }

    void cleanup()
    {
        dir.reset();
        sandbox.reset();
    }

    void parsesTheRecordedDeliveries()
    {
        auto channel = WebhookEvent::fromJson(fixture(u"check-api_delivery-channel_v1.1.json"_s));
        QVERIFY(channel);
        QCOMPARE(channel->trigger, WebhookEvent::Trigger::DeliveryChannel);
        QVERIFY(channel->delivery);
        QCOMPARE(channel->delivery->messageId, u"checkapiMsgId"_s);
        QCOMPARE(channel->delivery->destination, u"whatsapp"_s);
        QCOMPARE(channel->delivery->finalEvent, std::optional<bool>(false));
        QCOMPARE(channel->timestamp, std::optional<double>(1537891147.555));
        QVERIFY(channel->rejected.isEmpty());

        auto failure = WebhookEvent::fromJson(fixture(u"eddytravels_delivery-failure_v1.1.json"_s));
        QVERIFY(failure && failure->delivery);
        QCOMPARE(failure->trigger, WebhookEvent::Trigger::DeliveryFailure);
        QCOMPARE(failure->delivery->messageId, u"5baa610db5bebb000ce855d6"_s);
        QCOMPARE(failure->delivery->destination, u"line"_s);
        QCOMPARE(failure->delivery->finalEvent, std::optional<bool>(true));
        QCOMPARE(failure->delivery->errorCode, u"unauthorized"_s);
        QVERIFY(failure->delivery->errorMessage.startsWith("Authentication failed"_L1));
        DeliveryStatus s;
        s.state = State::Failed;
        s.channel = failure->delivery->destination;
        s.errorCode = failure->delivery->errorCode;
        QVERIFY2(s.reason().contains("LINE"_L1), qPrintable(s.reason()));

        // The mock's timestamp is a string: the read is left out, and that is said.
        auto read = WebhookEvent::fromJson(fixture(u"shark764_conversation-read_v1.1.json"_s));
        QVERIFY(read);
        QCOMPARE(read->trigger, WebhookEvent::Trigger::ConversationRead);
        QVERIFY(!read->timestamp);
        QCOMPARE(read->rejected.size(), 1);
        QVERIFY(read->rejected.first().contains("timestamp is not a number"_L1));
    }

    void malformedDeliveriesGiveALogLine_data()
    {
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<QString>("logged");
        const QByteArray head =
            R"({"trigger":"message:delivery:user","appUser":{"_id":"sm1"},"timestamp":1.5,)";
        QTest::newRow("no message")
            << head + R"("destination":{"type":"line"}})" << u"it names no message"_s;
        QTest::newRow("message is a string")
            << head + R"("message":"5baa610db5bebb000ce855d6"})" << u"not an object"_s;
        QTest::newRow("id is a number") << head + R"("message":{"_id":42}})" << u"not a string"_s;
        QTest::newRow("id is an array")
            << head + R"("message":{"_id":["a"]}})" << u"not a string"_s;
        QTest::newRow("id is huge")
            << head + "\"message\":{\"_id\":\"" + QByteArray(5000, 'a') + "\"}}"
            << u"longer than 128"_s;
        QByteArray read = fixture(u"shark764_conversation-read_v1.1.json"_s);
        QTest::newRow("read time is a string") << read << u"timestamp is not a number"_s;
    }

    void malformedDeliveriesGiveALogLine()
    {
        QFETCH(QByteArray, body);
        QFETCH(QString, logged);
        auto w = window();
        QSignalSpy changed(w->session()->deliveries(), &DeliveryTracker::statusChanged);
        QSignalSpy read(w->session()->deliveries(), &DeliveryTracker::readChanged);
        QTest::ignoreMessage(QtWarningMsg, QRegularExpression(u"left out .*"_s +
                                                              QRegularExpression::escape(logged)));
        QCOMPARE(deliver(*w, body), 200);
        QCOMPARE(changed.size(), 0);
        QCOMPARE(read.size(), 0);
    }

    void wrongTypesAndHugeErrorsStayBounded()
    {
        auto w = window();
        QSignalSpy changed(w->session()->deliveries(), &DeliveryTracker::statusChanged);
        // Every field but the id of the wrong type; the channel's error 200 kB long.
        const QByteArray huge(200 * 1024, 'x');
        const QByteArray body =
            "{\"trigger\":\"message:delivery:failure\",\"appUser\":{\"_id\":\"sm1\"},"
            "\"message\":{\"_id\":\"m-huge\"},\"destination\":\"whatsapp\","
            "\"isFinalEvent\":\"yes\",\"timestamp\":\"soon\",\"error\":{\"code\":{\"a\":1},"
            "\"message\":\"" +
            huge + "\\n<b>bold</b>\",\"underlyingError\":{\"errors\":\"none\"}}}";
        QCOMPARE(deliver(*w, body), 200);
        QCOMPARE(changed.size(), 1);
        const DeliveryStatus s = w->session()->deliveries()->status(u"m-huge"_s);
        QCOMPARE(s.state, State::Failed);
        QVERIFY2(s.reason().size() < 600, qPrintable(QString::number(s.reason().size())));
        QVERIFY(!s.reason().contains(u'\n'));
        QVERIFY(s.final); // no isFinalEvent it could read: nothing says more will come
        // An error of another shape still gives words, never a crash.
        QCOMPARE(deliver(*w, R"({"trigger":"message:delivery:failure","message":{"_id":"m2"},
                                 "error":"boom"})"),
                 200);
        QVERIFY(!w->session()->deliveries()->status(u"m2"_s).reason().isEmpty());
    }

    void theSandboxFiresAsTheChannelWould_data()
    {
        QTest::addColumn<QString>("platform");
        QTest::addColumn<double>("lastWroteAgo");
        QTest::addColumn<QStringList>("triggers");
        const QStringList delivered = {u"message:delivery:channel"_s, u"message:delivery:user"_s};
        QTest::newRow("web") << u"web"_s << 60.0 << QStringList();
        QTest::newRow("ios") << u"ios"_s << 60.0 << QStringList();
        QTest::newRow("android") << u"android"_s << 60.0 << QStringList();
        QTest::newRow("messenger") << u"messenger"_s << 60.0 << delivered;
        QTest::newRow("telegram") << u"telegram"_s << 3 * 86400.0 << delivered;
        QTest::newRow("line") << u"line"_s << 60.0 << delivered;
        QTest::newRow("viber") << u"viber"_s << 60.0 << delivered;
        QTest::newRow("whatsapp, window open") << u"whatsapp"_s << 23 * 3600.0 << delivered;
        QTest::newRow("whatsapp, window closed")
            << u"whatsapp"_s << 2 * 86400.0 << QStringList{u"message:delivery:failure"_s};
    }

    void theSandboxFiresAsTheChannelWould()
    {
        QFETCH(QString, platform);
        QFETCH(double, lastWroteAgo);
        QFETCH(QStringList, triggers);
        PayloadCatcher catcher;
        QVERIFY(catcher.port);
        sandbox->server().webhooks().configure(catcher.url(), "s");
        // The same name for every user: the rule reads the platform and the history only.
        const QString user = channelUser(platform, u"Rafael Souza"_s, lastWroteAgo);
        const QString id = sandbox->server()
                               .createMessage(user, reply(u"Your order shipped"_s))
                               .value("_id"_L1)
                               .toString();
        // A message to a Messenger user afterwards: once its events are in, the first's are too.
        const QString other = channelUser(u"messenger"_s, u"Barrier"_s, 60);
        const QString barrier =
            sandbox->server().createMessage(other, reply(u"x"_s)).value("_id"_L1).toString();
        QTRY_VERIFY(catcher.triggersFor(barrier).contains(u"message:delivery:user"_s));
        QCOMPARE(catcher.triggersFor(id), triggers);

        for (const QJsonObject &p : catcher.payloads) {
            if (p.value("message"_L1).toObject().value("_id"_L1).toString() != id)
                continue;
            // The v1.1 shape: a single message, destination, isFinalEvent, timestamp, envelope.
            QCOMPARE(p.value("version"_L1).toString(), u"v1.1"_s);
            QCOMPARE(p.value("app"_L1).toObject().value("_id"_L1).toString(), u"app_sandbox"_s);
            QCOMPARE(p.value("appUser"_L1).toObject().value("_id"_L1).toString(), user);
            QVERIFY(!p.value("conversation"_L1).toObject().value("_id"_L1).toString().isEmpty());
            QCOMPARE(p.value("destination"_L1).toObject().value("type"_L1).toString(), platform);
            QVERIFY(p.value("isFinalEvent"_L1).isBool());
            QVERIFY(p.value("timestamp"_L1).isDouble());
            QVERIFY(!p.contains("messages"_L1));
            const auto parsed = WebhookEvent::fromJson(QJsonDocument(p).toJson());
            QVERIFY(parsed && parsed->delivery);
            QCOMPARE(parsed->delivery->messageId, id);
            if (p.value("trigger"_L1).toString() == "message:delivery:failure"_L1) {
                QCOMPARE(p.value("isFinalEvent"_L1).toBool(), true);
                const QJsonObject error = p.value("error"_L1).toObject();
                QCOMPARE(error.value("code"_L1).toString(), u"uncategorized_error"_s);
                QCOMPARE(error.value("underlyingError"_L1)
                             .toObject()
                             .value("errors"_L1)
                             .toArray()
                             .at(0)
                             .toObject()
                             .value("code"_L1)
                             .toInt(),
                         470);
            } else {
                QVERIFY(!p.contains("error"_L1));
            }
        }
    }

    void theProfilesPrimaryClientIsTheChannel()
    {
        // A user the business knows by its own id, reachable on Messenger (the demo's Bob):
        // the channel the app user API shows is the one that reports deliveries.
        PayloadCatcher catcher;
        QVERIFY(catcher.port);
        sandbox->server().webhooks().configure(catcher.url(), "s");
        sandbox->seedHistory(u"bob"_s, 2);
        const auto bob = sandbox->store().findUser(u"bob"_s);
        QVERIFY(sandbox->store().setProfile(
            bob->smoochId,
            QJsonObject{{"clients"_L1, QJsonArray{QJsonObject{{"id"_L1, "old"_L1},
                                                              {"platform"_L1, "web"_L1},
                                                              {"primary"_L1, false}},
                                                  QJsonObject{{"id"_L1, "m"_L1},
                                                              {"platform"_L1, "messenger"_L1},
                                                              {"primary"_L1, true}}}}}));
        const QString id = sandbox->server()
                               .createMessage(u"bob"_s, reply(u"Your order shipped"_s))
                               .value("_id"_L1)
                               .toString();
        QTRY_COMPARE(catcher.triggersFor(id),
                     QStringList({u"message:delivery:channel"_s, u"message:delivery:user"_s}));
    }

    void aReplyGoesFromSentToDeliveredToSeen()
    {
        auto w = window();
        const QString user = channelUser(u"messenger"_s, u"Mia Lopez"_s, 120);
        QVERIFY(UiTest::open(*w, user));
        DeliveryTracker *tracker = w->session()->deliveries();
        // What the bubble said at each change, as the view would draw it then.
        QStringList footers;
        QString id;
        connect(tracker, &DeliveryTracker::statusChanged, this,
                [&](const QString &messageId, const DeliveryStatus &status) {
                    if (messageId == id || id.isEmpty())
                        footers << DeliveryStatus::stateName(status.state);
                });
        id = send(*w, user, u"Your refund is on its way"_s);
        QVERIFY(!id.isEmpty());
        QTRY_COMPARE(shown(*w, id).state, State::User);
        QCOMPARE(footers, QStringList({u"sent"_s, u"channel"_s, u"user"_s}));
        QVERIFY(anyContains(texts(*w, id), u" · Delivered"_s));
        QVERIFY(!anyContains(texts(*w, id), u"Seen"_s));

        // The customer reads: "Seen" and the time under the message, the tick goes.
        QSignalSpy read(tracker, &DeliveryTracker::readChanged);
        sandbox->server().simulateRead(user);
        QVERIFY(read.wait());
        const double at = read.first().at(1).toDouble();
        const QModelIndex index = w->messageModel()->indexOf(id);
        QCOMPARE(index.data(MessageListModel::SeenRole).toDouble(), at);
        QVERIFY2(texts(*w, id).contains(seenText(at)), qPrintable(texts(*w, id).join(u'|')));
        QVERIFY(!anyContains(texts(*w, id), u"Delivered"_s));
        // Not a passing status bar text.
        QVERIFY2(!w->statusBar()->currentMessage().contains("read"_L1),
                 qPrintable(w->statusBar()->currentMessage()));
    }

    void whatsAppAfterTheWindowFailsInWords()
    {
        auto w = window();
        const QString closed = channelUser(u"whatsapp"_s, u"Rafael Souza"_s, 2 * 86400.0);
        const QString open = channelUser(u"whatsapp"_s, u"Rafael Souza"_s, 3600.0);
        QVERIFY(UiTest::open(*w, closed));
        const QString id = send(*w, closed, u"Are you still there?"_s);
        QTRY_COMPARE(shown(*w, id).state, State::Failed);
        const QStringList drawn = texts(*w, id);
        QVERIFY2(anyContains(drawn, u"Not delivered"_s), qPrintable(drawn.join(u'|')));
        QVERIFY2(anyContains(drawn, u"24-hour window has closed"_s), qPrintable(drawn.join(u'|')));
        // Read afterwards: a message that never arrived is not the one seen.
        QSignalSpy read(w->session()->deliveries(), &DeliveryTracker::readChanged);
        sandbox->server().simulateRead(closed);
        QVERIFY(read.wait());
        QVERIFY(!w->messageModel()->indexOf(id).data(MessageListModel::SeenRole).isValid());
        QCOMPARE(shown(*w, id).state, State::Failed);

        // Same name, window open: delivered.
        QVERIFY(UiTest::open(*w, open));
        const QString ok = send(*w, open, u"Are you still there?"_s);
        QTRY_COMPARE(shown(*w, ok).state, State::User);
        QVERIFY(anyContains(texts(*w, ok), u"Delivered"_s));
    }

    void eventsBeforeThePostAnswerStillMarkTheMessage()
    {
        auto w = window();
        const QString user = channelUser(u"telegram"_s, u"Ivan Petrov"_s, 60);
        QVERIFY(UiTest::open(*w, user));
        // The POST's answer is held back; the sandbox has the message and its channel reports.
        SandboxFault slow;
        slow.kind = SandboxFault::Kind::Delay;
        slow.delayMs = 1500;
        slow.method = u"POST"_s;
        slow.pathContains = u"/messages"_s;
        sandbox->server().addFault(slow);
        QSignalSpy fired(&sandbox->server().delivery(), &SandboxDelivery::fired);
        QSignalSpy changed(w->session()->deliveries(), &DeliveryTracker::statusChanged);
        QSignalSpy delivered(w->controller()->outbox(), &Outbox::delivered);
        QVERIFY(w->controller()->send(user, reply(u"Sent before it was known"_s)).isEmpty());
        QTRY_VERIFY(std::any_of(changed.cbegin(), changed.cend(), [](const QList<QVariant> &a) {
            return a.at(1).value<DeliveryStatus>().state == State::User;
        }));
        QVERIFY(delivered.isEmpty()); // the console has not heard the POST's answer yet
        QVERIFY(delivered.wait(10000));
        const QString id = delivered.first().at(1).value<Message>().id;
        QCOMPARE(fired.last().at(2).toString(), id);
        // Known now, and still delivered: the POST's "sent" did not take the tick back.
        QCOMPARE(shown(*w, id).state, State::User);
        QVERIFY(anyContains(texts(*w, id), u" · Delivered"_s));
    }

    void repeatedAndLateEventsNeverDowngrade()
    {
        auto w = window();
        const QString user = channelUser(u"web"_s, u"Web Walker"_s, 60); // the sandbox is silent
        QVERIFY(UiTest::open(*w, user));
        DeliveryTracker *tracker = w->session()->deliveries();
        QSignalSpy changed(tracker, &DeliveryTracker::statusChanged);
        const QString a = send(*w, user, u"one"_s);
        const QString b = send(*w, user, u"two"_s);
        const QString c = send(*w, user, u"three"_s);
        QTRY_COMPARE(changed.size(), 3); // sent, three times
        changed.clear();
        // :user, then a late :channel, then :user again.
        for (const char *t : {"message:delivery:user", "message:delivery:channel",
                              "message:delivery:user", "message:delivery:failure"})
            QCOMPARE(deliver(*w, deliveryEvent(QLatin1String(t), user, a, 1e9)), 200);
        QCOMPARE(changed.size(), 1);
        QCOMPARE(shown(*w, a).state, State::User);
        // A final failure, then whatever comes late.
        changed.clear();
        for (const char *t : {"message:delivery:failure", "message:delivery:channel",
                              "message:delivery:user", "message:delivery:failure"})
            QCOMPARE(deliver(*w, deliveryEvent(QLatin1String(t), user, b, 1e9, true)), 200);
        QCOMPARE(changed.size(), 1);
        QCOMPARE(shown(*w, b).state, State::Failed);
        QVERIFY(anyContains(texts(*w, b), u"blocked"_s));
        // A failure that is not final may still reach the user; a late :channel changes nothing.
        changed.clear();
        QCOMPARE(deliver(*w, deliveryEvent(u"message:delivery:failure"_s, user, c, 1e9, false)),
                 200);
        QCOMPARE(deliver(*w, deliveryEvent(u"message:delivery:channel"_s, user, c, 1e9)), 200);
        QCOMPARE(shown(*w, c).state, State::Failed);
        QCOMPARE(deliver(*w, deliveryEvent(u"message:delivery:user"_s, user, c, 1e9)), 200);
        QCOMPARE(shown(*w, c).state, State::User);
        QCOMPARE(changed.size(), 2);
        // An older read after a newer one does not move "Seen" back.
        QSignalSpy read(tracker, &DeliveryTracker::readChanged);
        const auto readAt = [&](double t) {
            return QJsonDocument(QJsonObject{{"trigger"_L1, "conversation:read"_L1},
                                             {"appUser"_L1, QJsonObject{{"_id"_L1, user}}},
                                             {"timestamp"_L1, t}})
                .toJson();
        };
        QCOMPARE(deliver(*w, readAt(2e9)), 200);
        QCOMPARE(deliver(*w, readAt(1e9)), 200);
        QCOMPARE(read.size(), 1);
        QCOMPARE(tracker->readAt(user), std::optional<double>(2e9));
    }

    void aWebChannelShowsNothingBeyondSent()
    {
        auto w = window();
        sandbox->seedHistory(u"alice"_s, 3, 0, double(QDateTime::currentSecsSinceEpoch()) - 600);
        QVERIFY(UiTest::open(*w, u"alice"_s));
        const QString id = send(*w, u"alice"_s, u"Hello from the web"_s);
        QCOMPARE(shown(*w, id).state, State::Sent);
        // A Messenger reply afterwards: once it is delivered, anything for alice's would be in.
        const QString other = channelUser(u"messenger"_s, u"Barrier"_s, 60);
        QSignalSpy fired(&sandbox->server().delivery(), &SandboxDelivery::fired);
        const QString barrier = send(*w, other, u"x"_s);
        QTRY_COMPARE(w->session()->deliveries()->status(barrier).state, State::User);
        for (const auto &args : std::as_const(fired))
            QVERIFY(args.at(2).toString() != id);
        QCOMPARE(shown(*w, id).state, State::Sent);
        const QStringList drawn = texts(*w, id);
        QVERIFY2(anyContains(drawn, u" · Sent"_s), qPrintable(drawn.join(u'|')));
        QVERIFY(!anyContains(drawn, u"Delivered"_s));
    }

    void seenMovesWhenTheyReadAgain()
    {
        auto w = window();
        const QString user = channelUser(u"line"_s, u"Kenji Sato"_s, 60);
        QVERIFY(UiTest::open(*w, user));
        DeliveryTracker *tracker = w->session()->deliveries();
        const QString first = send(*w, user, u"first"_s);
        QTRY_COMPARE(shown(*w, first).state, State::User);
        QSignalSpy read(tracker, &DeliveryTracker::readChanged);
        sandbox->server().simulateRead(user);
        QVERIFY(read.wait());
        const double firstRead = read.last().at(1).toDouble();
        const QString second = send(*w, user, u"second"_s);
        QTRY_COMPARE(shown(*w, second).state, State::User);
        QVERIFY(texts(*w, first).contains(seenText(firstRead)));
        QVERIFY(!anyContains(texts(*w, second), u"Seen"_s));
        QVERIFY(anyContains(texts(*w, second), u"Delivered"_s));
        read.clear();
        sandbox->server().simulateRead(user);
        QVERIFY(read.wait());
        const double secondRead = read.last().at(1).toDouble();
        QVERIFY(!anyContains(texts(*w, first), u"Seen"_s));
        QVERIFY(texts(*w, second).contains(seenText(secondRead)));
        QVERIFY(!anyContains(texts(*w, second), u"Delivered"_s));
    }

    void statusesSurviveReopenAndRestart()
    {
        const QString user = channelUser(u"viber"_s, u"Olga Novak"_s, 60);
        const QString web = channelUser(u"web"_s, u"Other"_s, 60);
        QString delivered, failed;
        double readTime = 0;
        {
            auto w = window();
            QVERIFY(UiTest::open(*w, user));
            failed = send(*w, user, u"will fail"_s);
            QCOMPARE(
                deliver(*w, deliveryEvent(u"message:delivery:failure"_s, user, failed, 1e9, true)),
                200);
            QTRY_COMPARE(shown(*w, failed).state, State::Failed);
            QSignalSpy read(w->session()->deliveries(), &DeliveryTracker::readChanged);
            sandbox->server().simulateRead(user);
            QVERIFY(read.wait());
            readTime = read.last().at(1).toDouble();
            delivered = send(*w, user, u"arrives"_s);
            QTRY_COMPARE(shown(*w, delivered).state, State::User);
            // Away and back.
            QVERIFY(UiTest::open(*w, web));
            QVERIFY(UiTest::open(*w, user));
            QCOMPARE(shown(*w, delivered).state, State::User);
            QCOMPARE(shown(*w, failed).state, State::Failed);
        }
        // The console restarts on the same data.
        auto w = window();
        QVERIFY(UiTest::open(*w, user));
        QCOMPARE(shown(*w, delivered).state, State::User);
        QCOMPARE(shown(*w, failed).state, State::Failed);
        QVERIFY(anyContains(texts(*w, failed), u"blocked"_s));
        QCOMPARE(w->session()->deliveries()->readAt(user), std::optional<double>(readTime));
    }

    void statusesStayBoundedWhileTheConsoleRuns()
    {
        LocalStore store(dir->filePath(u"bounded.sqlite"_s));
        DeliveryTracker tracker(&store, u"app"_s);
        tracker.setMaxKept(10);
        // A busy app: events for many messages, far more than are kept.
        for (int i = 0; i < 40; ++i)
            tracker.markSent(u"m%1"_s.arg(i), u"alice"_s, i);
        QVERIFY(tracker.status(u"m39"_s).state == DeliveryStatus::State::Sent);
        QVERIFY(tracker.status(u"m0"_s).isNone());
        int held = 0;
        for (int i = 0; i < 40; ++i)
            held += tracker.status(u"m%1"_s.arg(i)).isNone() ? 0 : 1;
        QVERIFY2(held <= 11, qPrintable(QString::number(held)));
        QSqlQuery q(store.database());
        QVERIFY(q.exec(u"SELECT COUNT(*) FROM delivery"_s) && q.next());
        QVERIFY2(q.value(0).toInt() <= 11, qPrintable(q.value(0).toString()));
    }

    void aReadTimeIsNotShownForAnotherApp()
    {
        // The profile is pointed at another app with the same user id: "Seen" there comes only
        // from that app's customer.
        LocalStore store(dir->filePath(u"console.sqlite"_s));
        {
            DeliveryTracker appA(&store, u"https://a.example/v1.1 app-a"_s);
            appA.markRead({u"alice"_s}, 1000);
        }
        {
            DeliveryTracker appB(&store, u"https://a.example/v1.1 app-b"_s);
            QCOMPARE(appB.readAt(u"alice"_s), std::nullopt);
            appB.markRead({u"alice"_s}, 500);
            QCOMPARE(appB.readAt(u"alice"_s), std::optional<double>(500));
        }
        DeliveryTracker appB(&store, u"https://a.example/v1.1 app-b"_s);
        QCOMPARE(appB.readAt(u"alice"_s), std::optional<double>(500));
    }

    void throughTheRelay()
    {
        SandboxDemo demo;
        QVERIFY(demo.start());
        demo.server().delivery().setDelays(60ms, 60ms);
        DemoRelay relay(demo, dir->path());
        QSignalSpy ready(&relay, &DemoRelay::ready);
        QSignalSpy failedToStart(&relay, &DemoRelay::failed);
        relay.start();
        QTRY_VERIFY_WITH_TIMEOUT(!ready.isEmpty() || !failedToStart.isEmpty(), 10000);
        QVERIFY(failedToStart.isEmpty());
        const auto &config = demo.server().config();
        Profile p = sandbox->profile(u"relay"_s);
        p.baseUrl = demo.server().baseUrl();
        p.relayUrl = ready.first().at(0).toUrl();
        MainWindow w(nullptr, nullptr);
        w.openSession(p, config.secret, {}, dir->path(), ready.first().at(1).toByteArray());
        w.show();
        QVERIFY(QTest::qWaitForWindowActive(&w));
        QTRY_VERIFY_WITH_TIMEOUT(w.controller()->isStreaming(), 5000);
        const QString priya = QString::fromLatin1(SandboxSeeder::whatsAppUser);
        QVERIFY(UiTest::open(w, priya));
        const QString id = send(w, priya, u"Through the relay"_s);
        QVERIFY(!id.isEmpty());
        QTRY_COMPARE_WITH_TIMEOUT(shown(w, id).state, State::User, 10000);
        QVERIFY(anyContains(texts(w, id), u"Delivered"_s));
        QSignalSpy read(w.session()->deliveries(), &DeliveryTracker::readChanged);
        demo.server().simulateRead(priya);
        QVERIFY(read.wait(10000));
        QTRY_VERIFY(w.messageModel()->indexOf(id).data(MessageListModel::SeenRole).isValid());
    }
};

QTEST_MAIN(TestDelivery)
#include "tst_delivery.moc"
