#include "conversation/composer.h"
#include "conversation/conversationview.h"
#include "conversation/messagelistmodel.h"
#include "inbox/inboxmodel.h"
#include "sandboxfixture.h"
#include "session/outbox.h"
#include "session/sendguard.h"
#include "session/session.h"
#include "session/sessioncontroller.h"
#include "session/typingnotifier.h"
#include "session/webhookreceiver.h"
#include "storage/draftstore.h"
#include "storage/localstore.h"
#include "uitestutil.h"
#include "window/mainwindow.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QDateTime>
#include <QJsonDocument>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QMenu>
#include <QMenuBar>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScrollBar>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

using namespace Qt::StringLiterals;
using namespace std::chrono_literals;

/*! The window's pieces together, against the sandbox, on the offscreen platform. */
class TestMainWindow : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<SandboxFixture> sandbox;
    std::unique_ptr<QTemporaryDir> dir;

    std::unique_ptr<MainWindow> window() { return UiTest::window(*sandbox, dir->path()); }

    /*! A shown, active console on \a profile, with the sandbox's webhooks delivered to it. */
    std::unique_ptr<MainWindow> window(Profile profile)
    {
        profile.webhookEnabled = true;
        auto w = std::make_unique<MainWindow>(nullptr, nullptr);
        w->openSession(profile, sandbox->server().config().secret, "hook-secret", dir->path());
        if (!w->session()->webhooks())
            qFatal("the webhook receiver did not start");
        sandbox->server().webhooks().configure(w->session()->webhooks()->url(), "hook-secret");
        w->show();
        if (!QTest::qWaitForWindowActive(w.get()))
            qFatal("the window did not become active");
        return w;
    }
    static bool open(MainWindow &w, const QString &user) { return UiTest::open(w, user); }

    /*! The typing activity types the sandbox received for alice. */
    QStringList activities() const
    {
        QStringList types;
        for (const QString &a : sandbox->activities())
            if (a.startsWith("alice "_L1))
                types.append(a.mid(6));
        return types;
    }

    /*! The JSON bodies of the messages the sandbox was asked to store, in order. */
    QList<QJsonObject> posted() const
    {
        QList<QJsonObject> bodies;
        for (const auto &r : sandbox->server().requests())
            if (r.method == "POST"_L1 && r.rawPath.endsWith("/messages"))
                bodies.append(QJsonDocument::fromJson(r.body).object());
        return bodies;
    }

    int deletes() const
    {
        int n = 0;
        for (const auto &r : sandbox->server().requests())
            n += r.method == "DELETE"_L1 ? 1 : 0;
        return n;
    }

    /*!
     * Opens the context menu of message \a id from the keyboard and returns its entries; with
     * \a choose set, picks that entry as the agent would.
     */
    QStringList contextMenu(MainWindow &w, const QString &id, const QString &choose = {})
    {
        ConversationView *view = w.conversationView();
        view->setFocus();
        view->setCurrentIndex(view->model()->index(w.messageModel()->rowOf(id), 0));
        QStringList entries;
        QTimer::singleShot(0, this, [&entries, choose] {
            auto *menu = qobject_cast<QMenu *>(QApplication::activePopupWidget());
            if (!menu)
                return;
            QAction *chosen = nullptr;
            for (QAction *action : menu->actions()) {
                entries.append(action->text());
                if (!choose.isEmpty() && action->text() == choose)
                    chosen = action;
            }
            if (chosen) {
                menu->setActiveAction(chosen);
                QTest::keyClick(menu, Qt::Key_Return);
            } else {
                menu->close();
            }
        });
        QTest::keyClick(view, Qt::Key_Menu);
        return entries;
    }

    int posts() const
    {
        int n = 0;
        for (const auto &r : sandbox->server().requests())
            n += r.method == "POST"_L1 && r.rawPath.endsWith("/messages") ? 1 : 0;
        return n;
    }

    int reads() const
    {
        int n = 0;
        for (const auto &r : sandbox->server().requests())
            n += r.rawPath.endsWith("/conversation/read") ? 1 : 0;
        return n;
    }

    bool waitFor(const std::function<bool()> &condition, QObject *sender, const char *signal)
    {
        for (int i = 0; i < 100 && !condition(); ++i) {
            QSignalSpy spy(sender, signal);
            if (!spy.wait(10000))
                return condition();
        }
        return condition();
    }

    /*! Posts \a message to alice's conversation through the API, as another agent or the
        customer would, and waits for the answer. */
    bool postToAlice(const NewMessage &message)
    {
        ConversationApi api;
        api.setConnection(sandbox->connection());
        QSignalSpy answered(api.postMessage(u"alice"_s, message, this), &ApiReply::finished);
        return answered.wait();
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true); // settings and data stay out of the user's
    }

    void init()
    {
        sandbox = std::make_unique<SandboxFixture>();
        sandbox->seedHistory(u"alice"_s, 30);
        dir = std::make_unique<QTemporaryDir>();
    }

    void cleanup()
    {
        dir.reset();
        sandbox.reset();
    }

    void typeSendAndSeeItOnce()
    {
        auto w = window();
        QVERIFY(open(*w, u"alice"_s));
        // The idle stop must not come within the test: the stop below can only be the send's.
        w->session()->typing()->setIdleTimeout(1h);
        QVERIFY(w->composer()->editor()->hasFocus());
        QTest::keyClicks(w->composer()->editor(), u"On its way!"_s);
        QTRY_VERIFY(activities().contains(u"typing:start"_s));
        QCOMPARE(activities(), QStringList{u"typing:start"_s});
        QSignalSpy delivered(w->outbox(), &Outbox::delivered);
        QTest::keyClick(w->composer()->editor(), Qt::Key_Return);
        QVERIFY(delivered.wait());
        const Message m = delivered.first().at(1).value<Message>();
        QCOMPARE(m.text, u"On its way!"_s);
        QCOMPARE(sandbox->store().countByClientMessageId(
                     sandbox->store().findUser(u"alice"_s)->smoochId,
                     m.metadata.value("clientMessageId"_L1).toString()),
                 1);
        // It shows once in the conversation, as a delivered message, not as an outgoing row.
        int shown = 0;
        for (int row = 0; row < w->messageModel()->rowCount(); ++row) {
            const QModelIndex index = w->messageModel()->index(row);
            shown += index.data().toString() == u"On its way!"_s ? 1 : 0;
            QVERIFY(index.data(MessageListModel::RowKindRole).value<MessageListModel::RowKind>() !=
                    MessageListModel::RowKind::Outgoing);
        }
        QCOMPARE(shown, 1);
        QTRY_COMPARE(activities(), QStringList({u"typing:start"_s, u"typing:stop"_s}));
    }

    void theOpenProfileDecidesWhichImagesLoad()
    {
        // The sandbox is the profile's own origin: its images load by themselves (the window
        // hands the profile's base URL to the media cache; loopback is refused without it).
        const QString smoochId = sandbox->store().findUser(u"alice"_s)->smoochId;
        QJsonObject image{
            {"_id"_L1, "photo"_L1},
            {"type"_L1, "image"_L1},
            {"role"_L1, "appUser"_L1},
            {"mediaUrl"_L1, sandbox->baseUrl().toString() + u"/media/lid-64x48.png"_s},
            {"received"_L1, double(QDateTime::currentSecsSinceEpoch())}};
        QVERIFY(sandbox->store().insertMessage(smoochId, image));
        auto w = window();
        QVERIFY(open(*w, u"alice"_s));
        QTRY_VERIFY(std::any_of(sandbox->server().requests().cbegin(),
                                sandbox->server().requests().cend(),
                                [](const auto &r) { return r.rawPath == "/media/lid-64x48.png"; }));
    }

    void closingStopsTyping()
    {
        auto w = window();
        QVERIFY(open(*w, u"alice"_s));
        QTest::keyClicks(w->composer()->editor(), u"half a thought"_s);
        w->close(); // the window goes once typing:stop went out, without a nested event loop
        QTRY_COMPARE(activities(), QStringList({u"typing:start"_s, u"typing:stop"_s}));
        QTRY_VERIFY(!w->isVisible());
    }

    void aDraftSurvivesARestart()
    {
        {
            auto w = window();
            QVERIFY(open(*w, u"alice"_s));
            QTest::keyClicks(w->composer()->editor(), u"unfinished"_s);
            w->close();
            // The session goes once typing:stop went out.
            QTRY_COMPARE(activities(), QStringList({u"typing:start"_s, u"typing:stop"_s}));
        }
        auto w = window();
        QVERIFY(open(*w, u"alice"_s));
        QCOMPARE(w->composer()->editor()->toPlainText(), u"unfinished"_s);
    }

    void readResetsOnlyWhenTheNewestIsSeen()
    {
        const auto user = sandbox->store().findUser(u"alice"_s);
        sandbox->store().setUnreadCount(user->smoochId, 4);
        auto w = window();
        QVERIFY(open(*w, u"alice"_s));
        QTRY_COMPARE(reads(), 1); // open, active, at the newest message
        QCOMPARE(sandbox->store().findUser(u"alice"_s)->unreadCount, 0);

        // Whatever a step set off has reached the sandbox once the API has nothing in flight.
        const auto settled = [&w] { return w->session()->api()->pendingCount() == 0; };

        // Scrolling at the bottom is not a new arrival.
        w->conversationView()->verticalScrollBar()->setValue(
            w->conversationView()->verticalScrollBar()->maximum() - 1);
        w->conversationView()->scrollToNewest();
        QTRY_VERIFY(settled());
        QCOMPARE(reads(), 1);

        // A new message while the agent reads further up: nothing until they come down.
        w->conversationView()->verticalScrollBar()->setValue(0);
        QVERIFY(!w->conversationView()->isAtBottom());
        QList<QJsonObject> fresh = {{{"_id"_L1, "late"_L1},
                                     {"type"_L1, "text"_L1},
                                     {"role"_L1, "appUser"_L1},
                                     {"text"_L1, "one more thing"_L1},
                                     {"received"_L1, 1800000000.0}}};
        QVERIFY(sandbox->store().insertMessages(user->smoochId, fresh));
        sandbox->store().setUnreadCount(user->smoochId, 1);
        w->messageModel()->catchUp();
        QVERIFY(waitFor([&] { return w->messageModel()->rowOf(u"late"_s) >= 0; }, w->messageModel(),
                        SIGNAL(rowsInserted(QModelIndex, int, int))));
        QVERIFY(!w->conversationView()->isAtBottom());
        QTRY_VERIFY(settled()); // a reset set off by the arrival would have been answered now
        QCOMPARE(reads(), 1);
        QCOMPARE(sandbox->store().findUser(u"alice"_s)->unreadCount, 1);
        w->conversationView()->scrollToNewest();
        QTRY_COMPARE(reads(), 2);
        QTRY_COMPARE(sandbox->store().findUser(u"alice"_s)->unreadCount, 0);
    }

    void readWaitsForTheActiveWindow()
    {
        const auto user = sandbox->store().findUser(u"alice"_s);
        auto w = window();
        QVERIFY(open(*w, u"alice"_s));
        QTRY_COMPARE(reads(), 1);
        const auto settled = [&w] { return w->session()->api()->pendingCount() == 0; };

        // The agent works in another window when a message arrives at the bottom of this one.
        QWidget elsewhere;
        elsewhere.show();
        elsewhere.activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(&elsewhere));
        QVERIFY(!w->isActiveWindow());
        QVERIFY(sandbox->store().insertMessages(user->smoochId, {{{"_id"_L1, "late"_L1},
                                                                  {"type"_L1, "text"_L1},
                                                                  {"role"_L1, "appUser"_L1},
                                                                  {"text"_L1, "anyone there?"_L1},
                                                                  {"received"_L1, 1800000000.0}}}));
        sandbox->store().setUnreadCount(user->smoochId, 1);
        w->messageModel()->catchUp();
        QVERIFY(waitFor([&] { return w->messageModel()->rowOf(u"late"_s) >= 0; }, w->messageModel(),
                        SIGNAL(rowsInserted(QModelIndex, int, int))));
        QVERIFY(w->conversationView()->isAtBottom());
        QTRY_VERIFY(settled());
        QCOMPARE(reads(), 1);
        QCOMPARE(sandbox->store().findUser(u"alice"_s)->unreadCount, 1);

        // Back in the console, the newest message on screen: now it is read.
        w->activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(w.get()));
        QTRY_COMPARE(reads(), 2);
        QTRY_COMPARE(sandbox->store().findUser(u"alice"_s)->unreadCount, 0);
    }

    void switchingConversationStopsTyping()
    {
        sandbox->seedHistory(u"bob"_s, 3, 0, 1600000000.0);
        auto w = window();
        QVERIFY(open(*w, u"alice"_s));
        w->session()->typing()->setIdleTimeout(1h); // only the switch can stop it
        QTest::keyClicks(w->composer()->editor(), u"half a thought"_s);
        QTRY_COMPARE(activities(), QStringList{u"typing:start"_s});
        QVERIFY(open(*w, u"bob"_s));
        QTRY_COMPARE(activities(), QStringList({u"typing:start"_s, u"typing:stop"_s}));
        QCOMPARE(sandbox->activities().size(), 2); // and nothing for bob, who sees no draft
    }

    void switchingProfileSendsTheTypingStopFirst()
    {
        auto w = window();
        QVERIFY(open(*w, u"alice"_s));
        w->session()->typing()->setIdleTimeout(1h); // only the switch can stop it
        QTest::keyClicks(w->composer()->editor(), u"half a thought"_s);
        QTRY_COMPARE(activities(), QStringList{u"typing:start"_s});
        // The same profile again (as after editing it): the old session goes first, once its
        // stop was answered, and with it its hold on the database; then the new one opens.
        QSignalSpy opened(w.get(), &MainWindow::sessionOpened);
        w->openSession(sandbox->profile(u"test"_s), sandbox->server().config().secret, {},
                       dir->path());
        QTRY_COMPARE(opened.count(), 1);
        QCOMPARE(activities(), QStringList({u"typing:start"_s, u"typing:stop"_s}));
        QVERIFY(w->session()->outbox()->canSend()); // no other session holds the database
        QVERIFY(!w->banner()->isVisible());
        QVERIFY(open(*w, u"alice"_s));
    }

    void tryingTheDemoFromTheWelcomeLeavesTheFilterAlone()
    {
        auto w = std::make_unique<MainWindow>(nullptr, nullptr);
        w->show();
        QVERIFY(QTest::qWaitForWindowActive(w.get()));
        // Nothing to say yet: no empty status bar takes room at the bottom.
        QVERIFY(!w->findChild<QStatusBar *>());
        QPushButton *demo = nullptr;
        for (auto *button : w->findChildren<QPushButton *>())
            if (button->text() == "Try the demo"_L1 && button->isVisible())
                demo = button;
        QVERIFY(demo);
        demo->setFocus();
        QTRY_COMPARE(QApplication::focusWidget(), demo);
        connect(w.get(), &MainWindow::demoRequested, this, [&] {
            w->openSession(sandbox->profile(u"test"_s), sandbox->server().config().secret, {},
                           dir->path());
        });
        QTest::keyClick(demo, Qt::Key_Space);
        QTRY_VERIFY(w->session());
        QTest::qWait(100);
        // Not the filter, where the next key would hide the inbox.
        QVERIFY(!qobject_cast<QLineEdit *>(QApplication::focusWidget()));
    }

    void closingWhileASwitchWaitsStillSendsTheTypingStop()
    {
        auto w = window();
        QVERIFY(open(*w, u"alice"_s));
        w->session()->typing()->setIdleTimeout(1h);
        QTest::keyClicks(w->composer()->editor(), u"half a thought"_s);
        QTRY_COMPARE(activities(), QStringList{u"typing:start"_s});
        sandbox->server().addFault({.kind = SandboxFault::Kind::Delay, .delayMs = 400});
        w->openSession(sandbox->profile(u"test"_s), sandbox->server().config().secret, {},
                       dir->path());
        QVERIFY(!w->close()); // the old session's stop is still on its way: not yet
        QVERIFY(w->isVisible());
        QTRY_VERIFY(!w->isVisible());
        QCOMPARE(activities(), QStringList({u"typing:start"_s, u"typing:stop"_s}));
    }

    void aSecondSwitchWhileTheFirstWaitsStillWaitsForTheOldSession()
    {
        auto w = window();
        QVERIFY(open(*w, u"alice"_s));
        w->session()->typing()->setIdleTimeout(1h);
        QTest::keyClicks(w->composer()->editor(), u"half a thought"_s);
        QTRY_COMPARE(activities(), QStringList{u"typing:start"_s});
        // The typing stop takes its time; two switches come while it is on its way.
        sandbox->server().addFault({.kind = SandboxFault::Kind::Delay, .delayMs = 400});
        const QPointer<QObject> old = w->controller();
        QVERIFY(old);
        QSignalSpy opened(w.get(), &MainWindow::sessionOpened);
        QList<bool> oldGoneAtOpen;
        connect(w.get(), &MainWindow::sessionOpened, this,
                [&oldGoneAtOpen, &old] { oldGoneAtOpen << old.isNull(); });
        const Profile profile = sandbox->profile(u"test"_s);
        const QByteArray secret = sandbox->server().config().secret;
        w->openSession(profile, secret, {}, dir->path());
        QTest::qWait(50);
        w->openSession(profile, secret, {}, dir->path());
        QTRY_COMPARE(opened.count(), 1);
        QTest::qWait(200);
        QCOMPARE(opened.count(), 1);                // only the latest opened
        QCOMPARE(oldGoneAtOpen, QList<bool>{true}); // and only once the old one had let go
        QVERIFY(w->session()->outbox()->canSend());
    }

    void theTypingIndicatorShowsANameAsWritten()
    {
        // An app user whose name holds markup: every label shows it literally, never rendered.
        const QString name = u"<b>Eve</b>"_s;
        const auto eve = sandbox->store().ensureUser(u"eve"_s, name, {});
        sandbox->store().ensureConversation(eve.smoochId);
        QVERIFY(sandbox->store().insertMessage(eve.smoochId, {{"_id"_L1, "eve-1"_L1},
                                                              {"type"_L1, "text"_L1},
                                                              {"role"_L1, "appUser"_L1},
                                                              {"name"_L1, name},
                                                              {"text"_L1, "hello"_L1},
                                                              {"authorId"_L1, eve.smoochId},
                                                              {"received"_L1, 1700000000.0}}));
        auto w = window(sandbox->profile(u"test"_s));
        QVERIFY(open(*w, u"eve"_s));
        sandbox->server().simulateTyping(u"eve"_s, true);
        QTRY_VERIFY(w->typingLabel()->text().contains(name));
        QCOMPARE(w->typingLabel()->textFormat(), Qt::PlainText);
        int shown = 0;
        for (const QLabel *label : w->findChildren<QLabel *>()) {
            if (!label->text().contains(name))
                continue;
            ++shown;
            QVERIFY2(label->textFormat() == Qt::PlainText,
                     qPrintable(label->accessibleName() + u": "_s + label->text()));
        }
        QVERIFY(shown >= 2); // the title and the typing indicator
    }

    void anotherAgentsReplyPausesTheSend()
    {
        Profile profile = sandbox->profile(u"test"_s);
        profile.agentName = u"Sam Support"_s;
        auto w = window(profile);
        QVERIFY(open(*w, u"alice"_s));
        QTRY_VERIFY(w->messageModel()->messageCount() > 0);
        QTest::keyClicks(w->composer()->editor(), u"Here is your refund"_s);

        // Bob, another agent, answers through the API meanwhile; the webhook brings it.
        NewMessage reply = NewMessage::appMakerText(u"<b>Refund sent</b> already"_s);
        reply.name = u"Bob"_s;
        QVERIFY(postToAlice(reply));
        QTRY_VERIFY(w->controller()->sendGuard()->shouldPause());

        // The send pauses: nothing goes, the panel says what is new, the draft stays.
        const qsizetype before = posted().size();
        QTest::keyClick(w->composer()->editor(), Qt::Key_Return);
        ConversationPane *pane = w->findChild<ConversationPane *>();
        QVERIFY(pane->guardPanel()->isVisible());
        QCOMPARE(pane->guardText()->textFormat(), Qt::PlainText);
        QVERIFY(pane->guardText()->text().contains(u"Bob: <b>Refund sent</b> already"_s));
        QCOMPARE(w->composer()->editor()->toPlainText(), u"Here is your refund"_s);
        QTest::qWait(200);
        QCOMPARE(posted().size(), before);

        // Send anyway: exactly once.
        QSignalSpy delivered(w->outbox(), &Outbox::delivered);
        QTest::mouseClick(pane->sendAnywayButton(), Qt::LeftButton);
        QVERIFY(delivered.wait());
        QVERIFY(!pane->guardPanel()->isVisible());
        QVERIFY(w->composer()->editor()->toPlainText().isEmpty());
        QTest::qWait(300);
        int mine = 0;
        for (const QJsonObject &body : posted())
            mine += body.value("text"_L1).toString() == u"Here is your refund"_s ? 1 : 0;
        QCOMPARE(mine, 1);
        QCOMPARE(posted().size(), before + 1);

        // A reply of this console's own never pauses the next one.
        QTest::keyClicks(w->composer()->editor(), u"Anything else?"_s);
        QVERIFY(!w->controller()->sendGuard()->shouldPause());
    }

    void keepEditingKeepsTheDraftAndAnUnseenCustomerMessagePauses()
    {
        auto w = window(sandbox->profile(u"test"_s));
        QVERIFY(open(*w, u"alice"_s));
        QTRY_VERIFY(w->messageModel()->messageCount() > 0);
        QTest::keyClicks(w->composer()->editor(), u"Let me check"_s);
        // The agent reads further up; the customer writes meanwhile.
        w->conversationView()->verticalScrollBar()->setValue(0);
        QVERIFY(!w->conversationView()->isAtBottom());
        NewMessage post;
        post.role = u"appUser"_s;
        post.type = u"text"_s;
        post.text = u"never mind, found it"_s;
        QVERIFY(postToAlice(post));
        QTRY_VERIFY(w->controller()->sendGuard()->shouldPause());
        const qsizetype before = posted().size();
        QTest::keyClick(w->composer()->editor(), Qt::Key_Return);
        ConversationPane *pane = w->findChild<ConversationPane *>();
        QVERIFY(pane->guardPanel()->isVisible());
        QVERIFY(pane->guardText()->text().contains(u"never mind, found it"_s));
        QVERIFY(!w->composer()->errorText().isEmpty()); // "not sent yet ... (see above)"
        QTest::mouseClick(pane->keepEditingButton(), Qt::LeftButton);
        QVERIFY(!pane->guardPanel()->isVisible());
        QCOMPARE(w->composer()->errorText(), QString()); // nothing "above" to see any more
        QCOMPARE(w->composer()->editor()->toPlainText(), u"Let me check"_s);
        QCOMPARE(posted().size(), before);
        // Dismissed: the next send goes.
        QSignalSpy delivered(w->outbox(), &Outbox::delivered);
        QTest::keyClick(w->composer()->editor(), Qt::Key_Return);
        QVERIFY(delivered.wait());
        QCOMPARE(posted().size(), before + 1);
    }

    void otherAgentsShowOnInboxRows()
    {
        auto w = window();
        QAbstractItemModelTester tester(w->inboxModel(),
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        QVERIFY(open(*w, u"alice"_s));
        QTRY_VERIFY(w->inboxModel()->rowOf(u"alice"_s) >= 0);
        const QModelIndex row = w->inboxModel()->index(w->inboxModel()->rowOf(u"alice"_s));
        QSignalSpy changed(w->inboxModel(), &QAbstractItemModel::dataChanged);
        w->inboxModel()->setPresence(u"alice"_s, u"Bob is viewing"_s);
        QCOMPARE(changed.size(), 1);
        QCOMPARE(row.data(InboxModel::PresenceRole).toString(), u"Bob is viewing"_s);
        QVERIFY(row.data(Qt::AccessibleTextRole).toString().contains(u"Bob is viewing"_s));
        w->inboxModel()->setPresence(u"alice"_s, u"Bob is viewing"_s);
        QCOMPARE(changed.size(), 1); // no change, no signal
        w->inboxModel()->clearPresence();
        QCOMPARE(row.data(InboxModel::PresenceRole).toString(), QString());
        w->inboxModel()->setPresence(u"alice"_s, u"Bob is replying"_s);
        w->findChild<QListView *>()->viewport()->repaint(); // paints with it
        QCOMPARE(row.data(InboxModel::PresenceRole).toString(), u"Bob is replying"_s);
    }

    void inboxPreviewsSayWhoWroteLastAndWhereADraftWaits()
    {
        sandbox->seedHistory(u"bob"_s, 3);
        Profile profile = sandbox->profile(u"test"_s);
        profile.agentName = u"Ana"_s;
        profile.agentEmail = u"ana@support.example"_s;
        const auto row = [](MainWindow &w, const QString &user) {
            return w.inboxModel()->index(w.inboxModel()->rowOf(user));
        };
        const auto preview = [&row](MainWindow &w, const QString &user) {
            const QModelIndex index = row(w, user);
            return index.data(InboxModel::PreviewPrefixRole).toString() + u'|' +
                   index.data(InboxModel::PreviewRole).toString();
        };
        {
            auto w = window(profile);
            QAbstractItemModelTester tester(w->inboxModel(),
                                            QAbstractItemModelTester::FailureReportingMode::QtTest);
            QVERIFY(open(*w, u"bob"_s));
            QVERIFY(open(*w, u"alice"_s));
            QTRY_VERIFY(w->inboxModel()->rowOf(u"bob"_s) >= 0);
            QVERIFY(!preview(*w, u"alice"_s).startsWith(u"Draft:"_s));

            // A draft left in alice's conversation shows on her row, the agent's words as text.
            QTest::keyClicks(w->composer()->editor(), u"<i>half</i> done"_s);
            QVERIFY(open(*w, u"bob"_s));
            QTRY_COMPARE(preview(*w, u"alice"_s), u"Draft:|<i>half</i> done"_s);
            QVERIFY(row(*w, u"alice"_s).data(InboxModel::DraftRole).toBool());
            QVERIFY(row(*w, u"alice"_s)
                        .data(Qt::AccessibleTextRole)
                        .toString()
                        .contains(u"Draft: <i>half</i> done"_s));

            // Sent, it is the last message, and the agent's own.
            QVERIFY(open(*w, u"alice"_s));
            QSignalSpy delivered(w->outbox(), &Outbox::delivered);
            QTest::keyClick(w->composer()->editor(), Qt::Key_Return);
            QVERIFY(delivered.wait());
            QTRY_COMPARE(preview(*w, u"alice"_s), u"You:|<i>half</i> done"_s);
            QVERIFY(!row(*w, u"alice"_s).data(InboxModel::DraftRole).toBool());

            // The same agent from another console is still "You"; a teammate is named.
            NewMessage elsewhere = NewMessage::appMakerText(u"From my phone"_s);
            elsewhere.name = u"Ana"_s;
            elsewhere.email = u"ANA@support.example"_s;
            QVERIFY(postToAlice(elsewhere));
            QTRY_COMPARE(preview(*w, u"alice"_s), u"You:|From my phone"_s);
            NewMessage teammate = NewMessage::appMakerText(u"Refund sent"_s);
            teammate.name = u"Sam"_s;
            teammate.email = u"sam@support.example"_s;
            QVERIFY(postToAlice(teammate));
            QTRY_COMPARE(preview(*w, u"alice"_s), u"Sam:|Refund sent"_s);
            NewMessage customer;
            customer.role = u"appUser"_s;
            customer.type = u"text"_s;
            customer.text = u"Thanks!"_s;
            QVERIFY(postToAlice(customer));
            QTRY_COMPARE(preview(*w, u"alice"_s), u"|Thanks!"_s);
            QVERIFY(postToAlice(teammate));
            QTRY_COMPARE(preview(*w, u"alice"_s), u"Sam:|Refund sent"_s);
            QVERIFY(open(*w, u"bob"_s));
            QTest::keyClicks(w->composer()->editor(), u"for later"_s);
            w->close();
            QTRY_VERIFY(!w->isVisible());
        }
        // Both survive a restart: who wrote last, and the draft.
        auto w = window(profile);
        QTRY_COMPARE(preview(*w, u"alice"_s), u"Sam:|Refund sent"_s);
        QCOMPARE(preview(*w, u"bob"_s), u"Draft:|for later"_s);
        w->findChild<QListView *>()->viewport()->repaint(); // paints with them
    }

    void aChannelUsersTitleNamesTheirChannelNotTheirId()
    {
        const auto rafael = sandbox->store().ensureChannelUser(u"5e7e05af8ab787000c88e2c3"_s,
                                                               u"whatsapp"_s, u"Rafael Souza"_s);
        NewMessage hello;
        hello.role = u"appUser"_s;
        hello.type = u"text"_s;
        hello.text = u"Olá"_s;
        sandbox->server().createMessage(rafael.smoochId, hello);
        auto w = window();
        QVERIFY(open(*w, rafael.smoochId));
        QLabel *title = w->findChild<ConversationPane *>()->title();
        QCOMPARE(title->text(), u"Rafael Souza  ·  WhatsApp"_s);
        // A user the business knows by its own id keeps it in the title.
        QVERIFY(open(*w, u"alice"_s));
        QVERIFY2(title->text().contains(u"alice"_s), qPrintable(title->text()));
    }

    void theAgentsIdentityGoesWithEveryReply()
    {
        Profile profile = sandbox->profile(u"test"_s);
        profile.agentName = u"Sam Support"_s;
        profile.agentEmail = u"sam@support.example"_s;
        profile.agentAvatarUrl = u"https://support.example/sam.png"_s;
        auto w = window(profile);
        QVERIFY(open(*w, u"alice"_s));
        QSignalSpy delivered(w->outbox(), &Outbox::delivered);
        QTest::keyClicks(w->composer()->editor(), u"Hello from Sam"_s);
        QTest::keyClick(w->composer()->editor(), Qt::Key_Return);
        QVERIFY(delivered.wait());
        const QList<QJsonObject> bodies = posted();
        QCOMPARE(bodies.size(), 1);
        QCOMPARE(bodies.first().value("role"_L1).toString(), u"appMaker"_s);
        QCOMPARE(bodies.first().value("name"_L1).toString(), u"Sam Support"_s);
        QCOMPARE(bodies.first().value("email"_L1).toString(), u"sam@support.example"_s);
        QCOMPARE(bodies.first().value("avatarUrl"_L1).toString(),
                 u"https://support.example/sam.png"_s);
    }

    void deletingAMessageAsksFirstAndOnlyForAdmins()
    {
        auto w = window();
        QStringList asked;
        bool agree = false;
        w->setConfirmer([&](const QString &title, const QString &) {
            asked.append(title);
            return agree;
        });
        QVERIFY(open(*w, u"alice"_s));
        const QString id = u"alice-00028"_s;
        const QString entry = u"Delete message…"_s;

        // Declined: the message stays, nothing is scheduled, nothing reaches the server.
        QVERIFY(contextMenu(*w, id, entry).contains(entry));
        QCOMPARE(asked.size(), 1);
        QVERIFY(w->messageModel()->rowOf(id) >= 0);
        QVERIFY(!w->undoBar()->isVisible());
        QTRY_VERIFY(w->session()->api()->pendingCount() == 0);
        QCOMPARE(deletes(), 0);

        // Agreed: gone from the view, with the undo bar.
        agree = true;
        contextMenu(*w, id, entry);
        QCOMPARE(asked.size(), 2);
        QCOMPARE(w->messageModel()->rowOf(id), -1);
        QVERIFY(w->undoBar()->isVisible());

        // A profile without administrator tools offers neither Delete nor the Admin menu.
        Profile agent = sandbox->profile(u"agent"_s);
        agent.adminTools = false;
        w->openSession(agent, sandbox->server().config().secret, {}, dir->filePath(u"agent"_s));
        QVERIFY(open(*w, u"alice"_s));
        const QStringList entries = contextMenu(*w, u"alice-00027"_s);
        QVERIFY(entries.contains(u"Copy text"_s)); // the menu did open
        QVERIFY(!entries.contains(entry));
        for (const QAction *menu : w->menuBar()->actions())
            QVERIFY2(menu->text() != u"&Admin"_s || !menu->isVisible(), "the Admin menu shows");
        QCOMPARE(asked.size(), 2);
    }

    void movingThroughTheInboxByKeyboardOpensWhatIsHighlighted()
    {
        // The highlight is the open conversation: moving it with the arrow keys opens the row
        // it lands on, so the reply box never names one customer while another looks open.
        sandbox->seedHistory(u"bob"_s, 5, 0, 1700001000.0);
        auto w = window();
        auto *list = w->findChild<QListView *>();
        QVERIFY(list);
        QAbstractItemModelTester shownTester(
            list->model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        QVERIFY(open(*w, u"bob"_s));
        QVERIFY(open(*w, u"alice"_s));
        QTRY_COMPARE(list->model()->rowCount(), 2);
        const auto highlighted = [list] {
            return list->currentIndex().data(InboxModel::UserIdRole).toString();
        };
        QTRY_COMPARE(highlighted(), u"alice"_s);
        list->setFocus();
        const int row = list->currentIndex().row();
        QTest::keyClick(list, row == 0 ? Qt::Key_Down : Qt::Key_Up);
        QCOMPARE(highlighted(), u"bob"_s);
        QCOMPARE(w->messageModel()->userId(), u"bob"_s);
        QVERIFY(list->hasFocus()); // the agent can go on moving through the list
        QTest::keyClick(list, row == 0 ? Qt::Key_Up : Qt::Key_Down);
        QCOMPARE(w->messageModel()->userId(), u"alice"_s);
        QCOMPARE(highlighted(), u"alice"_s);
    }

    void theInboxHighlightStaysOnTheOpenConversation()
    {
        // Three conversations, alice's the oldest, so each update below moves a row.
        sandbox->seedHistory(u"bob"_s, 5, 0, 1700001000.0);
        sandbox->seedHistory(u"carol"_s, 5, 0, 1700002000.0);
        auto w = window();
        auto *list = w->findChild<QListView *>();
        QVERIFY(list);
        QLineEdit *filter = nullptr;
        for (auto *edit : w->findChildren<QLineEdit *>())
            filter = edit->accessibleName() == u"Filter conversations"_s ? edit : filter;
        QVERIFY(filter);
        QAbstractItemModelTester inboxTester(
            w->inboxModel(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        QAbstractItemModelTester shownTester(
            list->model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        QSignalSpy removed(w->inboxModel(), &QAbstractItemModel::rowsRemoved);
        const auto current = [list] {
            return list->currentIndex().data(InboxModel::UserIdRole).toString();
        };
        QVERIFY(open(*w, u"bob"_s));
        QVERIFY(open(*w, u"carol"_s));
        QTRY_COMPARE(current(), u"carol"_s);

        // Opened by id with unread messages: its row appears, then its unread count resets.
        sandbox->store().setUnreadCount(sandbox->store().findUser(u"alice"_s)->smoochId, 3);
        QVERIFY(open(*w, u"alice"_s));
        QTRY_COMPARE(w->inboxModel()->rowCount(), 3);
        QTRY_COMPARE(sandbox->store().findUser(u"alice"_s)->unreadCount, 0);
        QTRY_COMPARE(w->inboxModel()
                         ->index(w->inboxModel()->rowOf(u"alice"_s))
                         .data(InboxModel::UnreadRole)
                         .toInt(),
                     0);
        QCOMPARE(current(), u"alice"_s);

        // A new message moves alice's row from the bottom to the top.
        const auto aliceId = sandbox->store().findUser(u"alice"_s)->smoochId;
        QVERIFY(sandbox->store().insertMessages(aliceId, {{{"_id"_L1, "news"_L1},
                                                           {"type"_L1, "text"_L1},
                                                           {"role"_L1, "appUser"_L1},
                                                           {"text"_L1, "news"_L1},
                                                           {"received"_L1, 1750000000.0}}}));
        w->messageModel()->catchUp();
        QTRY_COMPARE(w->inboxModel()->rowOf(u"alice"_s), 0);
        QCOMPARE(current(), u"alice"_s);

        // The agent's own reply moves bob's row to the top.
        w->openConversation(u"bob"_s);
        QTRY_COMPARE(current(), u"bob"_s);
        QSignalSpy delivered(w->outbox(), &Outbox::delivered);
        w->composer()->editor()->setPlainText(u"first reply"_s);
        QVERIFY(w->composer()->send());
        QVERIFY(delivered.wait());
        QTRY_COMPARE(w->inboxModel()->rowOf(u"bob"_s), 0);
        QCOMPARE(current(), u"bob"_s);

        // A filter that hides the open conversation, then shows it again.
        filter->setText(u"carol"_s);
        QCOMPARE(list->model()->rowCount(), 1);
        filter->clear();
        QCOMPARE(list->model()->rowCount(), 3);
        QCOMPARE(current(), u"bob"_s);
        QCOMPARE(removed.count(), 0);

        // Enter on the highlighted row, then a reply: it goes to the user the agent had open.
        list->setFocus();
        QTest::keyClick(list, Qt::Key_Return);
        QCOMPARE(w->messageModel()->userId(), u"bob"_s);
        w->composer()->editor()->setPlainText(u"for bob"_s);
        QVERIFY(w->composer()->send());
        QVERIFY(delivered.wait());
        const Message m = delivered.last().at(1).value<Message>();
        QCOMPARE(m.text, u"for bob"_s);
        QCOMPARE(sandbox->store().countByClientMessageId(
                     sandbox->store().findUser(u"bob"_s)->smoochId,
                     m.metadata.value("clientMessageId"_L1).toString()),
                 1);
    }

    void aSentMessageAndItsDraftAreOneWrite()
    {
        auto w = window();
        QVERIFY(open(*w, u"alice"_s));
        QAbstractItemModelTester tester(w->messageModel());
        QTest::keyClicks(w->composer()->editor(), u"sent once"_s);
        w->composer()->flushDraft();
        DraftStore *drafts = w->session()->drafts();
        QCOMPARE(drafts->draft(u"alice"_s), u"sent once"_s);
        // The process dies right after the outbox row is written: the draft's delete never
        // happens (here it aborts, as a kill would leave it).
        QSqlQuery kill(w->session()->store()->database());
        QVERIFY(kill.exec(u"CREATE TEMP TRIGGER killed BEFORE DELETE ON drafts "
                          "BEGIN SELECT RAISE(ABORT, 'killed'); END"_s));
        const int before = posts();
        QTest::keyClick(w->composer()->editor(), Qt::Key_Return);
        QSqlQuery rows(w->session()->store()->database());
        QVERIFY(rows.exec(u"SELECT COUNT(*) FROM outbox"_s) && rows.next());
        // Both or neither: a queued message never comes back as a draft after a restart.
        QCOMPARE(rows.value(0).toInt(), 0);
        QCOMPARE(drafts->draft(u"alice"_s), u"sent once"_s);
        QCOMPARE(w->composer()->editor()->toPlainText(), u"sent once"_s);
        QVERIFY(!w->composer()->errorText().isEmpty());
        QCOMPARE(posts(), before);

        QVERIFY(kill.exec(u"DROP TRIGGER killed"_s));
        QSignalSpy delivered(w->outbox(), &Outbox::delivered);
        QTest::keyClick(w->composer()->editor(), Qt::Key_Return);
        QCOMPARE(drafts->draft(u"alice"_s), QString());
        QVERIFY(delivered.wait());
    }

    void aClearWhileASendIsUnresolvedAsksTheAgent()
    {
        auto w = window();
        QVERIFY(open(*w, u"alice"_s));
        QAbstractItemModelTester tester(w->messageModel());
        w->session()->api()->setTimeout(std::chrono::milliseconds(300));
        // The server stores the reply but answers too late: the console cannot know.
        sandbox->server().addFault({.kind = SandboxFault::Kind::Delay,
                                    .delayMs = 1500,
                                    .method = u"POST"_s,
                                    .pathContains = u"/messages"_s});
        QSignalSpy handled(&sandbox->server(), &SandboxServer::requestHandled);
        w->composer()->editor()->setPlainText(u"stored, then cleared"_s);
        QVERIFY(w->composer()->send());
        QVERIFY(waitFor([this] { return posts() == 1; }, &sandbox->server(),
                        SIGNAL(requestHandled(QString, QString, int))));
        QSignalSpy cleared(w.get(), &MainWindow::historyCleared);
        w->clearHistory(u"alice"_s, {});
        QVERIFY(cleared.wait());
        QCOMPARE(cleared.first().at(1).toString(), QString());
        MessageListModel *model = w->messageModel();
        QVERIFY(UiTest::waitIdle(model));
        const QString clientId = w->outbox()->undelivered(u"alice"_s).value(0).clientId;
        QVERIFY(!clientId.isEmpty());
        const auto stateShown = [model, clientId] {
            for (int row = 0; row < model->rowCount(); ++row) {
                const QModelIndex index = model->index(row);
                if (index.data(MessageListModel::IdRole).toString() == clientId)
                    return index.data(MessageListModel::OutgoingStateRole).toInt();
            }
            return -1;
        };
        // Still in view after the clear, as a message whose delivery the agent decides.
        QVERIFY(stateShown() >= 0);
        QTRY_COMPARE(stateShown(), int(Outbox::State::Unknown));
        QSignalSpy more(&sandbox->server(), &SandboxServer::requestHandled);
        for (int i = 0; i < 10 && more.wait(500); ++i)
            continue;         // until the outbox is quiet
        QCOMPARE(posts(), 1); // not posted again behind the agent's back
    }

    void aFailedMessageShowsWhyAndCanBeCancelled()
    {
        auto w = window();
        QVERIFY(open(*w, u"alice"_s));
        sandbox->server().addFault({.kind = SandboxFault::Kind::Status,
                                    .status = 413,
                                    .method = u"POST"_s,
                                    .pathContains = u"/messages"_s});
        w->composer()->editor()->setPlainText(u"too big"_s);
        QVERIFY(w->composer()->send());
        MessageListModel *model = w->messageModel();
        const auto lastRow = [model] { return model->index(model->rowCount() - 1); };
        QTRY_COMPARE(lastRow().data(MessageListModel::OutgoingStateRole).toInt(),
                     int(Outbox::State::Failed));
        QVERIFY(lastRow().data(MessageListModel::ErrorRole).toString().contains("413"_L1));
        const QString clientId = lastRow().data(MessageListModel::IdRole).toString();
        Q_EMIT w->conversationView()->cancelSendRequested(clientId);
        QCOMPARE(model->rowOf(clientId), -1);
        QCOMPARE(lastRow().data(MessageListModel::RowKindRole).value<MessageListModel::RowKind>(),
                 MessageListModel::RowKind::Message);
        QVERIFY(w->outbox()->undelivered().isEmpty());
    }
};

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
