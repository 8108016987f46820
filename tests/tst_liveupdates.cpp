#include "conversation/conversationview.h"
#include "conversation/messagedelegate.h"
#include "conversation/messagelistmodel.h"
#include "inbox/inboxmodel.h"
#include "sandbox/sandboxdemo.h"
#include "sandbox/sandboxseeder.h"
#include "sandboxfixture.h"
#include "session/deliverytracker.h"
#include "session/session.h"
#include "session/webhookreceiver.h"
#include "uitestutil.h"
#include "window/mainwindow.h"

#include <QAbstractItemModelTester>
#include <QDir>
#include <QJsonDocument>
#include <QLabel>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QPaintEngine>
#include <QPainter>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

/*! A paint device that keeps the text drawn on it: what a bubble says, as painted. */
class TextRecorder : public QPaintDevice
{
public:
    QStringList texts() const { return m_engine.texts; }

protected:
    QPaintEngine *paintEngine() const override { return &m_engine; }
    int metric(PaintDeviceMetric metric) const override
    {
        switch (metric) {
        case PdmWidth:
        case PdmHeight:
            return 4000;
        case PdmDpiX:
        case PdmDpiY:
        case PdmPhysicalDpiX:
        case PdmPhysicalDpiY:
            return 96;
        case PdmDepth:
            return 32;
        case PdmDevicePixelRatioScaled:
            return int(devicePixelRatioFScale());
        default:
            return 1;
        }
    }

private:
    struct Engine : QPaintEngine
    {
        Engine()
            : QPaintEngine(AllFeatures)
        {}
        bool begin(QPaintDevice *) override { return true; }
        bool end() override { return true; }
        void updateState(const QPaintEngineState &) override {}
        void drawPixmap(const QRectF &, const QPixmap &, const QRectF &) override {}
        void drawPath(const QPainterPath &) override {}
        void drawPolygon(const QPointF *, int, PolygonDrawMode) override {}
        void drawPolygon(const QPoint *, int, PolygonDrawMode) override {}
        void drawTextItem(const QPointF &, const QTextItem &item) override
        {
            texts.append(item.text());
        }
        Type type() const override { return User; }
        QStringList texts;
    };
    mutable Engine m_engine;
};

/*!
 * Live updates as the agent sees them: real webhook deliveries, from the sandbox or recorded
 * from the real service, over HTTP to the receiver of a real console window.
 */
class TestLiveUpdates : public QObject
{
    Q_OBJECT

private:
    static constexpr char hookSecret[] = "hook-secret";
    std::unique_ptr<SandboxFixture> sandbox;
    std::unique_ptr<QTemporaryDir> dir;
    QNetworkAccessManager network;
    std::unique_ptr<QWidget> elsewhere; //!< takes the focus to put the console in the background

    /*! A shown, active console with live updates on, the sandbox's webhook pointing at it. */
    std::unique_ptr<MainWindow> window()
    {
        auto w = std::make_unique<MainWindow>(nullptr, nullptr);
        Profile p = sandbox->profile(u"test"_s);
        p.webhookEnabled = true;
        w->openSession(p, sandbox->server().config().secret, hookSecret, dir->path());
        if (!w->session()->webhooks())
            qFatal("the webhook receiver did not start");
        sandbox->server().webhooks().configure(w->session()->webhooks()->url(), hookSecret);
        w->setConfirmer([](const QString &, const QString &) { return true; });
        new QAbstractItemModelTester(w->inboxModel(), w.get());
        new QAbstractItemModelTester(w->messageModel(), w.get());
        w->show();
        if (!QTest::qWaitForWindowActive(w.get()))
            qFatal("the window did not become active");
        return w;
    }

    /*! Another window takes the focus: the console goes to the background. */
    bool toBackground(MainWindow &w)
    {
        elsewhere = std::make_unique<QWidget>();
        elsewhere->show();
        elsewhere->activateWindow();
        return QTest::qWaitForWindowActive(elsewhere.get()) && !w.isActiveWindow();
    }

    static QByteArray fixture(const QString &name)
    {
        QFile file(QStringLiteral(TEST_DATA_DIR "/webhook-fixtures/") + name);
        if (!file.open(QIODevice::ReadOnly))
            qFatal("no fixture %s", qPrintable(name));
        return file.readAll();
    }

    /*! POSTs \a body to \a w's receiver as the service does; returns the status. */
    int deliver(MainWindow &w, const QByteArray &body)
    {
        QNetworkRequest request(w.session()->webhooks()->url());
        request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArray("application/json"));
        request.setRawHeader("X-API-Key", hookSecret);
        QNetworkReply *reply = network.post(request, body);
        QSignalSpy done(reply, &QNetworkReply::finished);
        if (!done.wait(10000))
            return -1;
        reply->deleteLater();
        return reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    }

    static QModelIndex inboxRow(MainWindow &w, const QString &userId)
    {
        const int row = w.inboxModel()->rowOf(userId);
        return row < 0 ? QModelIndex() : w.inboxModel()->index(row);
    }

    static int unread(MainWindow &w, const QString &userId)
    {
        return inboxRow(w, userId).data(InboxModel::UnreadRole).toInt();
    }

    /*! Opens a conversation the sandbox does not hold (a recorded delivery's user). */
    static bool openUnknown(MainWindow &w, const QString &userId)
    {
        w.openConversation(userId);
        return w.messageModel()->userId() == userId && UiTest::waitIdle(w.messageModel());
    }

    static NewMessage fromUser(const QString &text)
    {
        NewMessage post;
        post.role = u"appUser"_s;
        post.type = u"text"_s;
        post.text = text;
        return post;
    }

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void init()
    {
        sandbox = std::make_unique<SandboxFixture>();
        sandbox->seedHistory(u"alice"_s, 4);
        sandbox->seedHistory(u"bob"_s, 4);
        sandbox->server().webhooks().setRetryBase(std::chrono::milliseconds(10));
        dir = std::make_unique<QTemporaryDir>();
    }

    void cleanup()
    {
        elsewhere.reset();
        dir.reset();
        sandbox.reset();
    }

    void aRetriedDeliveryCountsOnce()
    {
        {
            auto w = window();
            QVERIFY(UiTest::open(*w, u"bob"_s));
            QVERIFY(toBackground(*w));
            QSignalSpy notified(w.get(), &MainWindow::notified);
            QSignalSpy delivered(&sandbox->server().webhooks(), &SandboxWebhooks::delivered);
            // The console handles the delivery, but its answer is lost: the service retries.
            sandbox->server().webhooks().loseAnswers(1);
            sandbox->server().createMessage(u"alice"_s, fromUser(u"Are you there?"_s));
            QVERIFY(delivered.wait());
            QCOMPARE(delivered.last().at(2).toInt(), 2); // it came twice
            QCOMPARE(unread(*w, u"alice"_s), 1);
            QCOMPARE(notified.count(), 1);
        }
        // Minutes later, after a restart, the service tries once more.
        auto w = window();
        QCOMPARE(unread(*w, u"alice"_s), 1);
        QVERIFY(toBackground(*w));
        QSignalSpy notified(w.get(), &MainWindow::notified);
        QSignalSpy delivered(&sandbox->server().webhooks(), &SandboxWebhooks::delivered);
        sandbox->server().announce(u"alice"_s);
        QVERIFY(delivered.wait());
        QCOMPARE(unread(*w, u"alice"_s), 1);
        QCOMPARE(notified.count(), 0);
    }

    void oneDeliveryToTheOpenConversationInTheBackgroundCountsOnce()
    {
        auto w = window();
        QVERIFY(UiTest::open(*w, u"alice"_s));
        QCOMPARE(unread(*w, u"alice"_s), 0);
        QVERIFY(toBackground(*w));
        QSignalSpy notified(w.get(), &MainWindow::notified);
        QSignalSpy delivered(&sandbox->server().webhooks(), &SandboxWebhooks::delivered);
        const QJsonObject m =
            sandbox->server().createMessage(u"alice"_s, fromUser(u"One more thing"_s));
        QVERIFY(delivered.wait());
        QVERIFY(w->messageModel()->rowOf(m.value("_id"_L1).toString()) >= 0);
        QCOMPARE(unread(*w, u"alice"_s), 1);
        QCOMPARE(notified.count(), 1);
    }

    void typingAndReadNameTheUserNotTheirId()
    {
        auto w = window();
        // An earlier message told who mock-app-user-id is; typing and read deliveries don't.
        QCOMPARE(deliver(*w, R"({"trigger":"message:appUser","app":{"_id":"mock-smooch-app-id"},
                 "appUser":{"_id":"mock-app-user-id"},
                 "client":{"platform":"whatsapp","displayName":"<b>Kim</b> Lee"},
                 "messages":[{"_id":"m1","type":"text","text":"hi","role":"appUser",
                              "received":1700000000.5}]})"),
                 200);
        QCOMPARE(inboxRow(*w, u"mock-app-user-id"_s).data(InboxModel::TitleRole).toString(),
                 u"<b>Kim</b> Lee"_s);
        QVERIFY(openUnknown(*w, u"mock-app-user-id"_s));
        QCOMPARE(deliver(*w, fixture(u"shark764_typing-start_v1.1.json"_s)), 200);
        QCOMPARE(w->typingLabel()->text(), u"<b>Kim</b> Lee is typing…"_s);
        // What the customer calls themselves is shown as written, never as markup.
        QCOMPARE(w->typingLabel()->textFormat(), Qt::PlainText);
        QCOMPARE(deliver(*w, fixture(u"shark764_typing-stop_v1.1.json"_s)), 200);
        QVERIFY(w->typingLabel()->text().isEmpty());
        QByteArray read = fixture(u"shark764_conversation-read_v1.1.json"_s);
        read.replace("\"mock-timestamp\"", "1700000100.25"); // the service sends a number
        QCOMPARE(deliver(*w, read), 200);
        // The read shows as "Seen" under the last message read, not as a status bar text.
        QCOMPARE(w->session()->deliveries()->readAt(u"mock-app-user-id"_s),
                 std::optional<double>(1700000100.25));
    }

    void typingFromSomeoneUnnamedShowsNoId()
    {
        auto w = window();
        QVERIFY(openUnknown(*w, u"mock-app-user-id"_s));
        QCOMPARE(deliver(*w, fixture(u"shark764_typing-start_v1.1.json"_s)), 200);
        QVERIFY(!w->typingLabel()->text().isEmpty());
        QVERIFY2(!w->typingLabel()->text().contains("mock-app-user-id"_L1),
                 qPrintable(w->typingLabel()->text()));
        QByteArray read = fixture(u"shark764_conversation-read_v1.1.json"_s);
        read.replace("\"mock-timestamp\"", "1700000100.25");
        QCOMPARE(deliver(*w, read), 200);
        QVERIFY(w->session()->deliveries()->readAt(u"mock-app-user-id"_s));
        QVERIFY2(!w->statusBar()->currentMessage().contains("mock-app-user-id"_L1),
                 qPrintable(w->statusBar()->currentMessage()));
    }

    void whatADeliveryLeavesOutIsLogged()
    {
        auto w = window();
        QVERIFY(openUnknown(*w, u"124124125120591fasgf"_s));
        // Viber, as erxes received it: no role on either message, no received on the second.
        QTest::ignoreMessage(QtWarningMsg,
                             QRegularExpression(u"asflkjsarlk1j4kj124.*no role.*appUser"_s));
        QTest::ignoreMessage(QtWarningMsg,
                             QRegularExpression(u"left out.*5e9310eef2d85d000dd84d9a.*received"_s));
        QCOMPARE(deliver(*w, fixture(u"erxes_viber-two-messages_v1.1.json"_s)), 200);
        // The first shows as the customer's, named, on their side of the conversation.
        const int row = w->messageModel()->rowOf(u"asflkjsarlk1j4kj124"_s);
        QVERIFY(row >= 0);
        const Message *m = w->messageModel()->messageAt(row);
        QCOMPARE(m->role(), Message::Role::AppUser);
        QCOMPARE(m->name, u"customer name"_s);
        QCOMPARE(w->messageModel()->rowOf(u"5e9310eef2d85d000dd84d9a"_s), -1);
    }

    void aMessageWithoutRoleShowsNoEmptyBrackets()
    {
        // One from the history (GET gives it as stored), one by webhook.
        const QString smoochId = sandbox->store().findUser(u"alice"_s)->smoochId;
        QVERIFY(sandbox->store().insertMessage(smoochId, {{"_id"_L1, "roleless"_L1},
                                                          {"type"_L1, "text"_L1},
                                                          {"text"_L1, "who wrote me?"_L1},
                                                          {"received"_L1, 1800000000.0}}));
        auto w = window();
        QVERIFY(UiTest::open(*w, smoochId)); // as a channel user's conversation is opened
        QByteArray delivery = fixture(u"erxes_viber-two-messages_v1.1.json"_s);
        delivery.replace("124124125120591fasgf", smoochId.toUtf8());
        delivery.replace("1586352836.136", "1800000001.5"); // newer than alice's history
        QTest::ignoreMessage(QtWarningMsg, QRegularExpression(u"no role"_s));
        QTest::ignoreMessage(QtWarningMsg, QRegularExpression(u"left out"_s));
        QCOMPARE(deliver(*w, delivery), 200);
        ConversationView *view = w->conversationView();
        for (const QString &id : {u"roleless"_s, u"asflkjsarlk1j4kj124"_s}) {
            const QModelIndex index = w->messageModel()->index(w->messageModel()->rowOf(id));
            QVERIFY2(index.isValid(), qPrintable(id));
            TextRecorder recorder;
            QStyleOptionViewItem option = view->optionsFor(index);
            option.rect = QRect(QPoint(0, 0), view->messageDelegate()->sizeHint(option, index));
            QPainter painter(&recorder);
            view->messageDelegate()->paint(&painter, option, index);
            painter.end();
            const QString painted = recorder.texts().join(u'|');
            QVERIFY2(!recorder.texts().isEmpty(), qPrintable(id));
            QVERIFY2(!painted.contains("()"_L1), qPrintable(painted));
        }
    }

    void everyRecordedDeliveryIsAcceptedAndNamed_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<QString>("user");  // the inbox row it makes; empty: none
        QTest::addColumn<QString>("title"); // the name that row shows
        struct Expected
        {
            const char *user;
            const char *title;
        };
        const QHash<QString, Expected> expected = {
            // No name anywhere in the delivery: the id is all there is.
            {u"check-api_appuser-client-empty_v1.1"_s, {"checkapiUserId", "checkapiUserId"}},
            {u"check-api_delivery-channel_v1.1"_s, {"", ""}},
            {u"check-api_messenger-audio-retyped_v1.1"_s, {"22bd83d736b4eb15eec863ec", "Foo Bar"}},
            {u"check-api_whatsapp-text_v1.1"_s, {"22bd83d736b4eb15eec863ec", "Foo Bar"}},
            {u"eddytravels_conversation_v1.1"_s, {"bob@example.com", "Steve"}},
            {u"eddytravels_delivery-failure_v1.1"_s, {"", ""}},
            {u"eddytravels_web-client_v1.1"_s, {"bob@example.com", "Bob Steve"}},
            {u"erxes_line_v1.1"_s, {"124124125120591fasgf", "customer name"}},
            {u"erxes_telegram_v1.1"_s, {"8ad5916691f27f17058406eb", "display name"}},
            {u"erxes_viber-two-messages_v1.1"_s, {"124124125120591fasgf", "customer name"}},
            {u"shark764_conversation-read_v1.1"_s, {"", ""}}, // its timestamp is no number
            {u"shark764_typing-start_v1.1"_s, {"", ""}},
            {u"shark764_typing-stop_v1.1"_s, {"", ""}},
            {u"smooch-docs_guide-message-appuser_v1"_s, {"bob@example.com", "Steve"}},
            {u"smooch-docs_message-appmaker-carousel_v1"_s, {"bob@example.com", "bob@example.com"}},
            {u"smooch-docs_message-appuser-location_v1"_s, {"bob@example.com", "bob@example.com"}},
        };
        const QStringList files = QDir(QStringLiteral(TEST_DATA_DIR "/webhook-fixtures"))
                                      .entryList({u"*.json"_s}, QDir::Files, QDir::Name);
        QCOMPARE(files.size(), expected.size());
        for (const QString &file : files) {
            const QString name = file.chopped(5);
            QVERIFY2(expected.contains(name), qPrintable(name)); // a new fixture needs a row
            QTest::newRow(qPrintable(name)) << file << QString::fromUtf8(expected[name].user)
                                            << QString::fromUtf8(expected[name].title);
        }
    }

    void everyRecordedDeliveryIsAcceptedAndNamed()
    {
        QFETCH(QString, file);
        QFETCH(QString, user);
        QFETCH(QString, title);
        QTest::failOnWarning(QRegularExpression(u"refused"_s));
        auto w = window();
        QSignalSpy events(w->session()->webhooks(), &WebhookReceiver::eventReceived);
        QCOMPARE(deliver(*w, fixture(file)), 200);
        QCOMPARE(events.count(), 1);
        if (user.isEmpty()) {
            QCOMPARE(w->inboxModel()->rowCount(), 0);
            return;
        }
        QCOMPARE(w->inboxModel()->rowCount(), 1);
        const QModelIndex index = inboxRow(*w, user);
        QVERIFY(index.isValid());
        QCOMPARE(index.data(InboxModel::TitleRole).toString(), title);
    }

    void theDemoNamesEveryConversation()
    {
        SandboxDemo demo;
        QVERIFY(demo.start());
        auto w = std::make_unique<MainWindow>(nullptr, nullptr);
        new QAbstractItemModelTester(w->inboxModel(), w.get());
        Profile p = sandbox->profile(u"demo"_s);
        p.baseUrl = demo.server().baseUrl();
        p.webhookEnabled = true;
        w->openSession(p, demo.server().config().secret, hookSecret, dir->path());
        new QAbstractItemModelTester(w->messageModel(), w.get());
        QVERIFY(w->session()->webhooks());
        demo.connectWebhook(w->session()->webhooks()->url(), hookSecret);
        QSignalSpy delivered(&demo.server().webhooks(), &SandboxWebhooks::delivered);
        demo.announceConversations();
        const QList<SandboxStore::AppUser> users = demo.server().store().users();
        QTRY_COMPARE(delivered.count(), users.size());

        // Both shapes: users the business knows by userId, and channel users by _id alone.
        int channelUsers = 0;
        for (const SandboxStore::AppUser &user : users) {
            const QModelIndex row = inboxRow(*w, user.id());
            QVERIFY2(row.isValid(), qPrintable(user.id()));
            const QString title = row.data(InboxModel::TitleRole).toString();
            if (user.userId.isEmpty()) {
                ++channelUsers;
                QVERIFY(!user.clientName.isEmpty());
                QCOMPARE(title, user.clientName);
            } else {
                QCOMPARE(title, user.displayName());
            }
            QVERIFY2(title != user.smoochId, qPrintable(title));
        }
        QVERIFY(channelUsers >= 2);

        // A channel user types in the open conversation: named by the channel, not by id.
        const QString priya = QString::fromLatin1(SandboxSeeder::whatsAppUser);
        w->show();
        QVERIFY(QTest::qWaitForWindowActive(w.get()));
        QVERIFY(UiTest::open(*w, priya));
        demo.server().simulateTyping(priya, true);
        QTRY_COMPARE(w->typingLabel()->text(), u"Priya Shah is typing…"_s);
    }
};

QTEST_MAIN(TestLiveUpdates)
#include "tst_liveupdates.moc"
