#include "composer.h"
#include "conversationview.h"
#include "mainwindow.h"
#include "messagelistmodel.h"
#include "outbox.h"
#include "sandboxfixture.h"
#include "uitestutil.h"

#include <QDateTime>
#include <QJsonDocument>
#include <QPlainTextEdit>
#include <QScrollBar>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

/*! The window's pieces together, against the sandbox, on the offscreen platform. */
class TestMainWindow : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<SandboxFixture> sandbox;
    std::unique_ptr<QTemporaryDir> dir;

    std::unique_ptr<MainWindow> window() { return UiTest::window(*sandbox, dir->path()); }
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
        QVERIFY(w->composer()->editor()->hasFocus());
        QTest::keyClicks(w->composer()->editor(), u"On its way!"_s);
        QTRY_VERIFY(activities().contains(u"typing:start"_s));
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
        QTRY_COMPARE(activities().last(), u"typing:stop"_s);
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
        w->close(); // waits for typing:stop to go out
        QCOMPARE(activities(), QStringList({u"typing:start"_s, u"typing:stop"_s}));
    }

    void aDraftSurvivesARestart()
    {
        {
            auto w = window();
            QVERIFY(open(*w, u"alice"_s));
            QTest::keyClicks(w->composer()->editor(), u"unfinished"_s);
            w->close();
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

        // Scrolling at the bottom is not a new arrival.
        w->conversationView()->verticalScrollBar()->setValue(
            w->conversationView()->verticalScrollBar()->maximum() - 1);
        w->conversationView()->scrollToNewest();
        QCOMPARE(reads(), 1);

        // A new message while the agent reads further up: nothing until they come down.
        w->conversationView()->verticalScrollBar()->setValue(0);
        QList<QJsonObject> fresh = {{{"_id"_L1, "late"_L1},
                                     {"type"_L1, "text"_L1},
                                     {"role"_L1, "appUser"_L1},
                                     {"text"_L1, "one more thing"_L1},
                                     {"received"_L1, 1800000000.0}}};
        QVERIFY(sandbox->store().insertMessages(user->smoochId, fresh));
        w->messageModel()->catchUp();
        QVERIFY(waitFor([&] { return w->messageModel()->rowOf(u"late"_s) >= 0; }, w->messageModel(),
                        SIGNAL(rowsInserted(QModelIndex, int, int))));
        QCOMPARE(reads(), 1);
        w->conversationView()->scrollToNewest();
        QTRY_COMPARE(reads(), 2);
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
